import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';
import { closingMarkEnd, findQuoteSpans } from '../../src/attribution/findQuoteSpans.js';

// Quotation marks written as two glued characters ('', ‘‘, ’’) read as the one mark they stand
// for, by the document model and the quotation finder alike. Every sentence is invented.

const spans = (text: string) => findQuoteSpans(text).map((s) => [text.slice(s.start, s.end), s.closed]);
const content = (text: string, cue: string) => byCue(analyse(text), cue).text;

describe('glued curly single marks (‘‘ … ’’)', () => {
  it('open and close one double quotation', () => {
    expect(spans('‘‘The pier is shut,’’ Okafor said.')).toEqual([['The pier is shut,', true]]);
    expect(content('‘‘The pier is shut,’’ Okafor said.', 'said')).toBe('The pier is shut,');
    expect(content('Citing ‘‘family duties,’’ the aide said she would leave.', 'Citing')).toBe('‘‘family duties,’’');
    expect(closingMarkEnd('shut,’’ Okafor', 5)).toBe(7);
  });

  it('’’ closes a quotation opened by a curly double mark', () => {
    expect(spans('Vale called it a “question’’ at the harbour.')).toEqual([['question', true]]);
  });

  it('not: single curly marks still make a single quotation, an apostrophe no mark', () => {
    expect(spans('‘The pier is shut,’ Okafor said.')).toEqual([['The pier is shut,', true]]);
    expect(content('‘The pier is shut,’ Okafor said.', 'said')).toBe('The pier is shut,');
    expect(spans('The growers’ levy rose.')).toEqual([]);
  });
});

describe("'' read as the document model reads it", () => {
  it("three apostrophes before a possessive s: the quotation closes at the first two", () => {
    expect(spans("The ''Harbour Post'''s editor said the levy rose.")).toEqual([['Harbour Post', true]]);
    expect(byCue(analyse("The ''Harbour Post'''s editor said the levy rose."), 'said').sourceSpan?.text).not.toBe('s editor');
  });

  it("not: three apostrophes before a space close a nested single quotation, then the double one", () => {
    expect(spans("''Harbour 'Hour,''' he said.")).toEqual([["Harbour 'Hour,'", true]]);
  });

  it("a '' set off by spaces closes the quotation, as a curly closing mark would", () => {
    const apos = byCue(analyse("''I hate the word 'levy,' '' Vale said, but paid it."), 'said');
    const curly = byCue(analyse('“I hate the word \'levy,\' ” Vale said, but paid it.'), 'said');
    expect(apos.text).toBe(curly.text);
    expect(apos.sourceSpan?.text).toBe('Vale');
  });

  it('a stray closing mark after punctuation opens no quotation', () => {
    expect(spans("The levy rose, Berg said.'' Then Ruiz left the harbour.")).toEqual([]);
  });

  it('not: an opening mark after a space or a bracket still opens one', () => {
    expect(spans("Ruiz left (''for good'') on Monday.")).toEqual([['for good', true]]);
    expect(spans("Vale said ''the pier is shut.")).toEqual([['the pier is shut.', false]]);
  });
});

describe('the quoted words of a cry, then "at"', () => {
  it('"shouted \'\'Yes!\'\' at the tram": the content ends at the closing mark', () => {
    expect(content("Ruiz shouted ''Yes!'' at the tram.", 'shouted')).toBe("''Yes!''");
    expect(content('Ruiz shouted “Yes!” at the tram and left.', 'shouted')).toBe('“Yes!”');
    expect(content('Ruiz yelled “Stop the tram” at the driver.', 'yelled')).toBe('“Stop the tram”');
  });

  it('not: another verb, or no "at" after the mark, keeps the phrase', () => {
    expect(content('Vale said “No more tolls” at the meeting.', 'said')).toBe('“No more tolls” at the meeting');
    expect(content('Ruiz shouted “Yes!” to the driver.', 'shouted')).toBe('“Yes!” to the driver');
    expect(content('Ruiz shouted that the tram was late at the meeting.', 'shouted')).toBe('the tram was late at the meeting');
  });
});

describe('a nested quotation closing with its outer mark glued to it (two tokens, unlike ’’)', () => {
  it('a relative clause on the subject ends at the pair, and the tag still reads its subject', () => {
    const a = analyse('Vale, who calls Berg a “‘menace,’” said the levy rose.');
    expect(byCue(a, 'said').sourceSpan?.text).toBe('Vale, who calls Berg a “‘menace,’”');
    expect(byCue(a, 'said').text).toBe('the levy rose');
  });

  it('chanted words run to the outer mark', () => {
    expect(content('The crowd raised chants of “‘Dara!’” at the orchard.', 'raised chants of')).toBe('“‘Dara!’”');
  });

  it('not: one closing mark keeps the same reading', () => {
    expect(byCue(analyse('Vale, who calls Berg a “menace,” said the levy rose.'), 'said').sourceSpan?.text).toBe('Vale, who calls Berg a “menace,”');
  });
});

describe('a possessive after a quoted name', () => {
  it('the name, its marks and the possessive are the source ("The “Harbour Post”’s editor said")', () => {
    expect(byCue(analyse('The “Harbour Post”’s editor said the levy rose.'), 'said').sourceSpan?.text).toBe('The “Harbour Post”’s editor');
    expect(byCue(analyse("The “Harbour Post”'s editor said the levy rose."), 'said').sourceSpan?.text).toBe("The “Harbour Post”'s editor");
    expect(byCue(analyse("The ''Harbour Post'''s editor said the levy rose."), 'said').sourceSpan?.text).toBe("The ''Harbour Post'''s editor");
  });

  it('not: quoted words with punctuation before the mark are speech, not a name', () => {
    expect(byCue(analyse('Ruiz called it “theft,”’s editor said.'), 'said').sourceSpan?.text).toBe('’s editor');
    expect(byCue(analyse('“We will pay,” Okafor’s aide said.'), 'said').sourceSpan?.text).toBe('Okafor’s aide');
  });
});

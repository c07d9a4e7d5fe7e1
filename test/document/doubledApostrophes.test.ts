import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/document/readDocument.js';
import { withDoubledApostrophesAsMarks } from '../../src/document/doubledApostrophes.js';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// A quotation mark written as two apostrophes ('') is one token, read by wink-nlp as the curly
// mark it stands for. Sentences invented.

const tokens = (text: string) => {
  const doc = readDocument(text);
  return doc.value.slice(0, doc.tokenCount);
};

describe('the copy wink-nlp reads', () => {
  it('has a curly mark and a space on its outer side for each doubled apostrophe, same length', () => {
    const text = "Vale called it ''odd,'' he said.";
    const copy = withDoubledApostrophesAsMarks(text);
    expect(copy).toBe('Vale called it  “odd,”  he said.');
    expect(copy.length).toBe(text.length);
  });

  it('leaves a text without doubled apostrophes as it is', () => {
    const text = "The growers' levy and rock 'n' roll at Berg's.";
    expect(withDoubledApostrophesAsMarks(text)).toBe(text);
  });

  it('of three apostrophes, reads the single one as standing outside the double one', () => {
    expect(withDoubledApostrophesAsMarks("''Harbour 'Hour,''' he said.")).toBe(" “Harbour 'Hour,'”  he said.");
    expect(withDoubledApostrophesAsMarks("He said, '''Tis the tide.''")).toBe("He said,  “'Tis the tide.” ");
  });
});

describe('the document', () => {
  it('has one token for a doubled-apostrophe mark, its offsets exact', () => {
    const text = "Vale called it ''odd,'' he said.";
    const doc = readDocument(text);
    const marks = [];
    for (let k = 0; k < doc.tokenCount; k++) {
      expect(text.slice(doc.start[k]!, doc.end[k]!)).toBe(doc.value[k]);
      if (doc.value[k] === "''") marks.push(doc.lower[k]);
    }
    expect(marks).toEqual(['“', '”']);
    expect(tokens(text)).toEqual(['Vale', 'called', 'it', "''", 'odd', ',', "''", 'he', 'said', '.']);
  });

  it('keeps a single apostrophe a token of its own: a possessive plural is no mark', () => {
    expect(tokens("The growers' levy rose.")).not.toContain("''");
  });
});

/** The relations of `text` as cue, source and content words, with every quotation mark written as `"`. */
const relations = (text: string) =>
  analyse(text).attributions.map((r) => [r.cue, r.sourceSpan?.text ?? null, r.text].map((s) => s && s.replace(/''|[“”]/g, '"')));

describe('relations are the same with doubled apostrophes and curly marks', () => {
  it('a quoted term after a possessive in the subject is read whole: no stray apostrophe in the source', () => {
    const apos = "Dozens of the guild's ''harbour elders'' have endorsed Ms. Vale.";
    expect(byCue(analyse(apos), 'have endorsed').sourceSpan?.text).toBe("Dozens of the guild's ''harbour elders''");
    expect(relations(apos)).toEqual(relations('Dozens of the guild’s “harbour elders” have endorsed Ms. Vale.'.replace('’', "'")));
  });

  it('a quotation opened and closed by a nested single mark and the double one keeps both marks whole', () => {
    const told = byCue(analyse("Vale told him, '''Sir, we will stay in the orchard.'.'' Then he left."), 'told');
    expect(told.text.startsWith("'''Sir")).toBe(true);
    expect(told.text.endsWith(".'.''")).toBe(true);
  });

  it('still: a quotation with doubled apostrophes before its tag', () => {
    expect(relations("''The pier is shut,'' Okafor said.")).toEqual(relations('“The pier is shut,” Okafor said.'));
  });
});

/** The curly mark each doubled mark of `text` is read as. */
const markReadings = (text: string) => {
  const doc = readDocument(text);
  const marks: string[] = [];
  for (let k = 0; k < doc.tokenCount; k++) {
    expect(text.slice(doc.start[k]!, doc.end[k]!)).toBe(doc.value[k]);
    if (doc.value[k]!.length === 2 && doc.lower[k]!.length === 1) marks.push(doc.lower[k]!);
  }
  return marks;
};

describe('opening or closing', () => {
  it("a '' set off by spaces closes a quotation open in its line", () => {
    expect(markReadings("''The pier is shut, '' Ruiz said.")).toEqual(['“', '”']);
    expect(markReadings("''I hate the word 'levy,' '' Vale said.")).toEqual(['“', '”']);
  });

  it("not: with no quotation open (or one left open on the line before), it opens", () => {
    expect(markReadings("Vale said '' the pier is shut.''")).toEqual(['“', '”']);
    expect(markReadings("''The pier is shut.\n'' Ruiz said it twice.''")).toEqual(['“', '“', '”']);
  });

  it('opens after a character that is no letter, digit or closing punctuation when a letter follows', () => {
    expect(markReadings("😀''x''😀 said Vale.")).toEqual(['“', '”']);
    expect(markReadings("Wait…''Stop,'' Vale said.")).toEqual(['“', '”']);
  });

  it('not: after a letter or closing punctuation it closes', () => {
    expect(markReadings("Vale said''odd''twice.")).toEqual(['”', '”']);
    expect(markReadings("the levy.''Then Vale left.")).toEqual(['”']);
  });
});

describe('three apostrophes before a possessive s', () => {
  it("''Harbour Post'''s editor: the double mark closes, the third apostrophe joins the s", () => {
    expect(tokens("The ''Harbour Post'''s editor said the levy rose.")).toEqual(['The', "''", 'Harbour', 'Post', "''", "'s", 'editor', 'said', 'the', 'levy', 'rose', '.']);
  });

  it('not: three apostrophes before a space close a nested single quotation, then the double one', () => {
    expect(tokens("''Harbour 'Hour,''' he said.")).toEqual(["''", 'Harbour', "'", 'Hour', ',', "'", "''", 'he', 'said', '.']);
  });
});

describe('glued curly single marks (an autocorrected doubled apostrophe)', () => {
  it('‘‘ and ’’ are one token each, read as the curly double marks', () => {
    expect(tokens('‘‘The pier is shut,’’ Okafor said.')).toEqual(['‘‘', 'The', 'pier', 'is', 'shut', ',', '’’', 'Okafor', 'said', '.']);
    expect(markReadings('‘‘The pier is shut,’’ Okafor said.')).toEqual(['“', '”']);
    expect(markReadings('Vale called it a “question’’ at the harbour.')).toEqual(['”']);
  });

  it('not: a single curly mark, a quotation in single marks or a plural possessive stays as it is', () => {
    expect(tokens('‘The pier is shut,’ Okafor said.')).toEqual(['‘', 'The', 'pier', 'is', 'shut', ',', '’', 'Okafor', 'said', '.']);
    expect(tokens('The growers’ levy rose.')).not.toContain('’’');
  });

  it('after a letter inside a quotation in single marks, ’’ is a plural possessive and the closing single mark', () => {
    expect(tokens('‘We back the growers’’, Vale said.')).not.toContain('’’');
    expect(byCue(analyse('‘We back the growers’’, Vale said.'), 'said').text).toBe('We back the growers’');
  });

  it('not: ’’ after a letter with no single quotation open, or once it has closed, is the closing double mark', () => {
    expect(markReadings('Vale called the levy ‘‘unfair’’ at the harbour.')).toEqual(['“', '”']);
    expect(markReadings('‘Yes,’ Vale said of the ‘‘harbour plan’’ on Monday.')).toEqual(['“', '”']);
  });

  it('not: an elision ‘ inside a doubled quotation opens no single one, so ’’ still closes it (review25 #2)', () => {
    expect(markReadings('‘‘We will fight ‘em on the harbour’’ Vale said.')).toEqual(['“', '”']);
    expect(markReadings('‘‘We loved the ‘90s and we want them back’’ Vale said.')).toEqual(['“', '”']);
    const a = analyse('‘‘We will fight ‘em on the harbour’’ Vale said. Ruiz argued that the levy was fair.');
    expect(byCue(a, 'said').sourceSpan?.text).toBe('Vale');
    expect(byCue(a, 'argued').text).toBe('the levy was fair');
    const b = analyse('‘‘We loved the ‘90s and we want them back’’ Vale said. Ruiz disagreed about the fare.');
    expect(byCue(b, 'said').sourceSpan?.text).toBe('Vale');
    expect(byCue(b, 'disagreed about').sourceSpan?.text).toBe('Ruiz');
  });

  it('a hostile run of glued marks stays linear with exact offsets', () => {
    for (const unit of ['‘‘x’’ ', '‘‘‘‘‘', "'''a", '’’’s ', '‘a’’ ', '‘x’’\n']) {
      const text = unit.repeat(20_000);
      const t0 = performance.now();
      const doc = readDocument(text);
      expect(performance.now() - t0).toBeLessThan(5_000);
      for (let k = 0; k < doc.tokenCount; k++) expect(text.slice(doc.start[k]!, doc.end[k]!)).toBe(doc.value[k]);
    }
  });
});

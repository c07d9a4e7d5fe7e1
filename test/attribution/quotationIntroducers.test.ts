import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// Quotations whose speaker is named without a speech verb (issue 10). Every sentence is written
// for these tests; names, places and outlets are invented.

const ofQuote = (text: string, quote: string) => {
  const a = analyse(text);
  return a.attributions.find((x) => x.text.includes(quote));
};

describe('a name and a colon before a quotation, in mid-paragraph', () => {
  it('"More from Name: “…”" and "- Name: “…”" attribute the quotation to the name, with the colon as cue', () => {
    const text = 'Turnout fell in the north. More from Lena Vostrikova: “The rural vote simply stayed home this time.” Other surveys agree - Ostia Polling Institute: “Our numbers show the same drop.”';
    expect(ofQuote(text, 'rural vote')).toMatchObject({ mode: 'direct', cue: ':', sourceSpan: { text: 'Lena Vostrikova' }, text: 'The rural vote simply stayed home this time.' });
    expect(ofQuote(text, 'same drop')).toMatchObject({ cue: ':', sourceSpan: { text: 'Ostia Polling Institute' } });
  });

  it('a sentence that opens with a name and a colon, after another sentence of the paragraph', () => {
    const text = 'Both candidates spoke about the river. Halvorsen: "The dam must be finished before winter." Then the debate moved on.';
    expect(ofQuote(text, 'dam must')).toMatchObject({ cue: ':', speaker: 'Halvorsen' });
  });

  it('a clause with a verb, a preposition or a label before the colon is not a name', () => {
    expect(ofQuote('It went well. She gave one reason: “We ran out of money.” Then it rained.', 'ran out')?.cue).not.toBe(':');
    expect(ofQuote('It went well. Update: “We ran out of money.” Then it rained.', 'ran out')).toBeUndefined();
    expect(ofQuote('It went well. He said it came from Norvik: “We ran out of money.” Then it rained.', 'ran out')?.sourceSpan?.text).not.toBe('Norvik');
  });
});

describe('a dash and a name after a quotation (a byline)', () => {
  it('"“…” - Name." signs the quotation, on its line or on a line of its own', () => {
    expect(ofQuote('The claim is old. “Every port pays less tax than a bakery.” - Tomas Berglund. The figures say otherwise.', 'bakery')).toMatchObject({ mode: 'direct', cue: '-', sourceSpan: { text: 'Tomas Berglund' } });
    const own = 'The claim is old.\n\n“Every port pays less tax than a bakery.”\n\n—Senator Ilse Marr, speaking in Norvik.\n\nThe figures say otherwise.';
    expect(ofQuote(own, 'bakery')).toMatchObject({ cue: '—', sourceSpan: { text: 'Senator Ilse Marr' } });
  });

  it('a dash followed by a clause is no byline', () => {
    expect(ofQuote('The claim is old. “Every port pays less tax than a bakery.” — and then the crowd laughed.', 'bakery')).toBeUndefined();
  });
});

describe('a full quotation after a sentence that attributes a promise, a view or a judgement', () => {
  it('goes on with the same source (news style: the speaker goes on until another is named)', () => {
    const text = 'The mayor spoke for an hour. Then she promised that the ferry would keep running. “Hear me plainly, all of you: the boats stay!” Then she left the stage.';
    const r = analyse(text).attributions.find((x) => x.cue === 'promised');
    expect(r?.contentSpans.map((s) => s.text)).toEqual(['the ferry would keep running', 'Hear me plainly, all of you: the boats stay!']);
    expect(r?.sourceSpan?.text).toBe('she');
  });
});

describe('a quotation whose report runs on after the closing mark', () => {
  it('"said, “…” until the vote": the content takes the rest of the clause and is mixed', () => {
    const r = analyse('The council met twice. Ruiz said, “We are nine days out” until the ferry vote. Then she left.').attributions.find((x) => x.cue === 'said');
    expect(r).toMatchObject({ mode: 'mixed', text: 'We are nine days out” until the ferry vote', sourceSpan: { text: 'Ruiz' } });
  });

  it('stops at a comma, and a quotation that ends its own sentence stays direct', () => {
    const a = analyse('The council met twice. Ruiz said, “We are nine days out” until the vote, and the board agreed. Then she left.');
    expect(a.attributions.find((x) => x.cue === 'said')?.text).toBe('We are nine days out” until the vote');
    const b = analyse('The council met twice. Ruiz said, “We are nine days out.” Then she left.');
    expect(b.attributions.find((x) => x.cue === 'said')).toMatchObject({ mode: 'direct', text: 'We are nine days out.' });
  });
});

import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// Words of a reporting lexicon used in a sense that attributes nothing (issue 10, precision).
// Every sentence is written for these tests; names and places are invented.

describe('"in order to": a purpose, not an order', () => {
  it('not: "in order to", "in order for … to"', () => {
    expect(analyse('The harbour board met twice in order to settle the toll.').attributions).toEqual([]);
    expect(analyse('Varga sold the ferry in order for the town to pay its debts.').attributions).toEqual([]);
  });

  it('still: an order someone gave', () => {
    const a = analyse('The mayor signed an order to close the ferry docks.');
    expect(a.attributions).toHaveLength(1);
    expect(a.attributions[0]).toMatchObject({ cue: 'signed an order', text: 'to close the ferry docks' });
    expect(a.attributions[0]!.sourceSpan?.text).toBe('The mayor');
  });
});

describe('a quotation mark that opens at the very end of the text', () => {
  it('"… said on Monday.«" followed by letters the tokenizer drops: no quotation, no crash', () => {
    for (const text of ['Ruiz said on Monday.«\u4e00', 'Ruiz said on Monday.«\u3400\u3401']) {
      const a = analyse(text);
      for (const x of a.attributions) expect(text.slice(x.cueSpan.start, x.cueSpan.end)).toBe(x.cueSpan.text);
    }
  });
});

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
    expect(a.attributions[0]).toMatchObject({ cue: 'order', text: 'to close the ferry docks' });
    expect(a.attributions[0]!.sourceSpan?.text).toBe('The mayor');
  });
});

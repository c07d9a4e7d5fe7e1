import { describe, expect, it } from 'vitest';
import { attributionRows } from '../helpers.js';

// cue44: cue shapes as news annotators mark them. Sentences written for this test; names and
// places are invented.

// (cue first: the rows of attributionRows, which checks the offsets, reordered)
const rows = (text: string) => attributionRows(text).map(([source, cue, content]) => [cue, source, content]);

describe('a saying cue shows the "of" that opens its own content', () => {
  it('"boasted of", "made no mention of", "accusations of", "tells the story of", "Reports of"', () => {
    expect(rows('The vote was close, Vale boasted of his own tally.')).toContainEqual(['boasted of', 'Vale', 'his own tally']);
    expect(rows('Ruiz made no mention of the levy.')).toEqual([['made no mention of', 'Ruiz', 'the levy']]);
    expect(rows('There were accusations of fraud against the clerk.')).toEqual([['There were accusations of', null, 'fraud against the clerk']]);
    expect(rows('Berg often tells the story of how the pier burned.')).toEqual([['often tells the story of', 'Berg', 'how the pier burned']]);
    expect(rows('Reports of a leak at the pier reached the board.')).toEqual([['Reports of', null, 'a leak at the pier']]);
  });

  it('not: an "of" phrase naming the topic of a quotation stays out of the cue', () => {
    expect(rows('Vale said of the levy, “It is a fair price.”')).toEqual([['said', 'Vale', 'It is a fair price.']]);
  });
});

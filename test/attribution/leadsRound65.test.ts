import { describe, expect, it } from 'vitest';
import { attributionRows as rows } from '../helpers.js';

// leads65 (session 37): leads62's leftovers. Every sentence is written for these tests; names and places are
// invented.

const cues = (text: string) => rows(text).map((r) => r[1]);

describe('a "to" stranded by a relative clause before an inflected main verb is no part of the cue', () => {
  it('"… spoke to | said", "… talked to | warned", "… wrote to | argued"', () => {
    expect(cues('Two clerks the Harbour Times spoke to said the pier was unsafe.')).toEqual(['said']);
    expect(cues('The growers Berg talked to warned that the levy was unfair.')).toEqual(['warned']);
    expect(cues('The pilots the board turned to insisted the ferry was late.')).toEqual(['insisted']);
  });

  it('still: an infinitive shows its "to" and the predicate governing it', () => {
    expect(rows('Vale seemed to suggest the pier was unsafe.')).toEqual([['Vale', 'seemed to suggest', 'the pier was unsafe']]);
    expect(rows('Vale was quick to point out that the pier was unsafe.')).toEqual([['Vale', 'was quick to point out', 'the pier was unsafe']]);
  });
});

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

describe('a relative clause on the noun of the cue\'s adjunct with no reported clause behind it reports nothing', () => {
  it('"said in a speech | that lasted an hour.", "in a letter that was leaked", "at a hearing which ran late"', () => {
    expect(rows('Vale said in a speech that lasted an hour.')).toEqual([]);
    expect(rows('Vale said in a letter that was leaked.')).toEqual([]);
    expect(rows('Berg argued at a hearing which ran late.')).toEqual([]);
  });

  it('still: the "that" behind such a clause, or right after the phrase, opens the content', () => {
    expect(rows('Vale said in a letter that was leaked that the pier was unsafe.')).toEqual([['Vale', 'said', 'the pier was unsafe']]);
    expect(rows('Vale said in an interview that the pier was unsafe.')).toEqual([['Vale', 'said in an interview', 'the pier was unsafe']]);
  });

  it('still: after a time word "that" is the pronoun subject of what was said', () => {
    expect(rows('Vale said on Monday that was the plan.')).toEqual([['Vale', 'said', 'that was the plan']]);
  });
});

describe('after an addressee, a relative clause on the noun of an "in" phrase does not open the content', () => {
  it('"told the board in a letter | that was leaked | that …"', () => {
    expect(rows('Vale told the board in a letter that was leaked that the pier was unsafe.')).toEqual([['Vale', 'told the board', 'the pier was unsafe']]);
    expect(rows('Berg told the clerks in a memo which circulated widely that the ferry would close.')[0]![2]).toBe('the ferry would close');
  });

  it('still: a "that" right after the phrase opens the content', () => {
    expect(rows('Vale told the board in a letter that the pier was unsafe.')).toEqual([['Vale', 'told the board', 'the pier was unsafe']]);
  });
});

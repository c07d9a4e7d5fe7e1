import { describe, expect, it } from 'vitest';
import { attributionRows as rows } from '../helpers.js';

// A clause of time after a verb of saying that opens a whole reported sentence, and "that" as the determiner of an
// object after a verb of an event's course (issue 10, review of the forty-second round). Every sentence is written
// for these tests; names are invented.

describe('a clause of time followed by a second clause is part of what was said', () => {
  it.each([
    ['Vale said once the toll rises fares will fall.', 'fares will fall'],
    ['Vale said while the pier stays shut the ferry loses money.', 'the ferry loses money'],
  ])('"%s": the relation stays, with the second clause in its content', (sentence, clause) => {
    const found = rows(sentence);
    expect(found).toHaveLength(1);
    expect(found[0]!.slice(0, 2)).toEqual(['Vale', 'said']);
    expect(found[0]![2]).toContain(clause);
  });

  it('near miss: a clause of time alone still dates the words and reports nothing', () => {
    expect(rows('Vale said as the meeting ended.')).toEqual([]);
    expect(rows('Vale said after she met the board.')).toEqual([]);
    expect(rows('Vale said before the board voted.')).toEqual([]);
  });

  it('near miss: a tag closed by a clause of time keeps the clause before it', () => {
    expect(rows('The toll was fair, Vale explained as the meeting ended.')).toEqual([['Vale', 'explained', 'The toll was fair']]);
  });
});

describe('"that" after a verb of an event\'s course that takes an object', () => {
  it('"that" with a noun and no verb after it is a determiner: the clause stays whole', () => {
    expect(rows('Vale said when the council passed that measure it erred.')).toEqual([['Vale', 'said', 'when the council passed that measure it erred']]);
  });

  it('a later "that" opens what was said ("opened that session that …")', () => {
    expect(rows('Vale said as the board opened that session that the toll was fair.')).toEqual([['Vale', 'said', 'the toll was fair']]);
  });

  it.each([
    ['Vale said as the meeting ended that the toll was fair.', 'the toll was fair'],
    ['Vale said as the meeting ended that fares would fall.', 'fares would fall'],
    ['Vale told the board as the hearing began that she was leaving.', 'she was leaving'],
  ])('near miss: "%s": a "that" followed by a subject and its verb still opens the reported clause', (sentence, content) => {
    expect(rows(sentence).map(([, , c]) => c)).toEqual([content]);
  });
});

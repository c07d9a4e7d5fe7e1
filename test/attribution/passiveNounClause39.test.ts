import { describe, expect, it } from 'vitest';
import { attributionRows as rows } from '../helpers.js';

// fixAG (review39 H3): a passive with its agent whose subject is a reporting noun with its own "that" clause.
// The clause is what the noun's owner said; the agent only judged it. Sentences written for this test; names
// and places are invented.

describe('a passive verb with an agent does not take the "that" clause of a reporting noun in its subject', () => {
  it('the noun keeps its relation, with its owner as the source', () => {
    expect(rows('Vale accusations that the clerk lied were denied by Ruiz.')).toEqual([['Vale', 'accusations', 'the clerk lied']]);
    expect(rows("Vale's allegations that the vote was rigged were rejected by the court.")).toEqual([['Vale', 'allegations', 'the vote was rigged']]);
    expect(rows('Police warnings that the pier was unsafe were dismissed by the mayor.')).toEqual([['Police', 'warnings', 'the pier was unsafe']]);
    expect(rows('The claim that the vote was rigged was rejected by the court.')).toEqual([[null, 'The claim', 'the vote was rigged']]);
  });

  it('not: the agent still judges a subject that is no reporting noun\'s clause', () => {
    expect(rows('The levy was criticized by Vale.')).toEqual([['Vale', 'was criticized', 'The levy']]);
    expect(rows('The plan to close the pier was criticized by Ruiz.')).toEqual([['Ruiz', 'was criticized', 'The plan to close the pier']]);
    expect(rows('Vale was told by aides that the pier would close.')).toEqual([['aides', 'was told', 'the pier would close']]);
  });
});

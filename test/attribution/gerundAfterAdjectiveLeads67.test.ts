import { describe, expect, it } from 'vitest';
import { attributionRows as rows } from '../helpers.js';

// leads67: a gerund after the preposition of a predicate adjective ("is good at telling", "are better at
// informing") has the subject of the linking verb as its source, not the words up to the preposition. Every
// sentence is written for these tests; names and places are invented.

describe('a gerund after a predicate adjective and its preposition', () => {
  it('"Ruiz is good at telling voters that …": Ruiz', () => {
    expect(rows('Ruiz is good at telling voters that the pier is unsafe.')).toEqual([['Ruiz', 'telling voters', 'the pier is unsafe']]);
  });

  it('"The debates are much better at informing voters that …": over an adverb of degree', () => {
    expect(rows('The debates are much better at informing voters that the race is close.')).toEqual([['The debates', 'informing', 'the race is close']]);
  });

  it('near miss: "Vale was at home telling voters that …" (no adjective) keeps its subject', () => {
    expect(rows('Vale was at home telling voters that the pier was unsafe.')).toEqual([['Vale', 'telling voters', 'the pier was unsafe']]);
  });
});

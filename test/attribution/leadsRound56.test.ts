import { describe, expect, it } from 'vitest';
import { attributionRows as rows } from '../helpers.js';

// leads56 (session 36): constructions from the lead's first list. Every sentence is written for
// these tests; names and places are invented.

describe('an adverb of degree or amount before an adjective or a number is part of a noun-phrase content', () => {
  it('"reported sharply lower fares", "predicted far higher tolls", "much lower"', () => {
    expect(rows('The clerk reported sharply lower fares.')).toEqual([['The clerk', 'reported', 'sharply lower fares']]);
    expect(rows('The board predicted far higher tolls.')).toEqual([['The board', 'predicted', 'far higher tolls']]);
    expect(rows('The clerk reported much lower fares.')).toEqual([['The clerk', 'reported', 'much lower fares']]);
  });

  it('an -ly adverb grading a predicate adjective after the object stays as it was', () => {
    expect(rows('Vale called the levy obviously unfair.')).toEqual([['Vale', 'called', 'the levy obviously unfair']]);
  });

  it('still: an adverb before a clause says how or when it was said, not what', () => {
    expect(rows('The clerk said repeatedly they were late.')).toEqual([['The clerk', 'said', 'they were late']]);
    expect(rows('The clerk said repeatedly that fares would fall.')).toEqual([['The clerk', 'said', 'fares would fall']]);
  });

  it('still: "early" before a noun is an adjective of the content, and a bare object is unchanged', () => {
    expect(rows('Berg said early voting was slow.')).toEqual([['Berg', 'said', 'early voting was slow']]);
    expect(rows('The clerk reported lower fares.')).toEqual([['The clerk', 'reported', 'lower fares']]);
  });
});

describe('a past that is its bare form, read as a noun after a predicate adjective, is the main verb', () => {
  it('"Claims that the pier was unsafe | spread …": the noun cue\'s content stops before it', () => {
    expect(rows('Claims that the pier was unsafe spread on Monday.')).toEqual([[null, 'Claims', 'the pier was unsafe']]);
    expect(rows('Reports that the ferry was late hit the town hard.')).toEqual([[null, 'Reports', 'the ferry was late']]);
    expect(rows('Rumours that the levy was illegal set off a row.')).toEqual([[null, 'Rumours', 'the levy was illegal']]);
    expect(rows('Claims that the levy was fair cost Vale the vote.')).toEqual([[null, 'Claims', 'the levy was fair']]);
  });

  it('still: a verb the tagger reads as a verb ends it as before', () => {
    expect(rows('The claim that the pier was unsafe grew louder.')).toEqual([[null, 'The claim', 'the pier was unsafe']]);
  });

  it('still: after an article the word is a noun of the clause ("was a big hit")', () => {
    expect(rows('Claims that the pier was a big hit spread.')).toEqual([[null, 'Claims', 'the pier was a big hit spread']]);
  });
});

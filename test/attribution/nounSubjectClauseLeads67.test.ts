import { describe, expect, it } from 'vitest';
import { attributionRows as rows } from '../helpers.js';

// leads67: the "that" clause of a reporting noun that is its sentence's subject ends before the main verb,
// whatever words stand before the noun (a hyphenated compound, an opening participle, a plural no verb has),
// and an -ing reporting noun after a possessive ("the board's finding") is a noun. Every sentence is written
// for these tests; names and places are invented.

describe('a hyphenated compound before a reporting noun is no verb', () => {
  it('"Her long-held belief that … proved right": her belief, the clause ends before the main verb', () => {
    expect(rows('Her long-held belief that the pier would fall proved right.')).toEqual([['Her', 'long-held belief', 'the pier would fall']]);
  });

  it('"Vale\'s well-known belief that …": the irregular participle ending the compound stays in the phrase', () => {
    expect(rows('Vale\'s well-known belief that the pier would fall proved right.')).toEqual([['Vale', 'well-known belief', 'the pier would fall']]);
  });

  it('"The long-held belief that …": no one holds it, and the clause still ends before the main verb', () => {
    expect(rows('The long-held belief that the pier would fall proved right.')).toEqual([[null, 'belief', 'the pier would fall']]);
  });

  it('near miss: "She co-signed a letter saying …": after a subject pronoun the compound is the verb', () => {
    expect(rows('She co-signed a letter saying that the pier was unsafe.')).toEqual([['She', 'co-signed a letter saying', 'the pier was unsafe']]);
  });
});

describe('an opening participle and a plural no verb has make the subject a noun phrase', () => {
  it('"Renewed suggestions that … angered Ruiz": the clause ends before the main verb', () => {
    expect(rows('Renewed suggestions that the pier was unsafe angered Ruiz.')[0]![2]).toBe('the pier was unsafe');
  });

  it('"Loud complaints that … grew": "complaints" is no verb, so the clause ends before "grew"', () => {
    expect(rows('Loud complaints that the pier was unsafe grew.')[0]![2]).toBe('the pier was unsafe');
  });

  it('near miss: "Vale claims that the pier the council built was unsafe": "claims" is the verb; the clause runs on', () => {
    expect(rows('Vale claims that the pier the council built was unsafe.')).toEqual([['Vale', 'claims', 'the pier the council built was unsafe']]);
  });
});

describe('a conjunction opening the sentence before the subject noun', () => {
  it('"But the news that … is no surprise": the clause ends before the main verb', () => {
    expect(rows('The pier closed in May. But the news that the pier was unsafe is no surprise.')).toEqual([[null, 'the news', 'the pier was unsafe']]);
  });

  it('"And the claim that … spread": the same after "and"', () => {
    expect(rows('The pier closed in May. And the claim that the pier was unsafe spread.')[0]![2]).toBe('the pier was unsafe');
  });

  it('near miss: "But Ruiz said that the claim was false": a verb cue keeps its clause', () => {
    expect(rows('The pier closed in May. But Ruiz said that the claim was false.')).toEqual([['Ruiz', 'said', 'the claim was false']]);
  });
});

describe('an -ing reporting noun after a possessive', () => {
  it('"The board\'s finding that the pier was unsafe surprised Vale": the board\'s finding', () => {
    expect(rows('The board\'s finding that the pier was unsafe surprised Vale.')).toEqual([['The board', 'finding', 'the pier was unsafe']]);
  });

  it('"His finding that …": after a possessive determiner', () => {
    expect(rows('His finding that the pier was unsafe surprised Vale.')).toEqual([['His', 'finding', 'the pier was unsafe']]);
  });

  it('near miss: "Vale\'s finding the pier unsafe surprised Ruiz": a gerund with an object is no reporting noun', () => {
    expect(rows('Vale\'s finding the pier unsafe surprised Ruiz.').some(([, cue]) => cue === 'finding')).toBe(false);
  });

  it('near miss: "His warning the crew of the storm saved them": a gerund after a possessive determiner', () => {
    expect(rows('His warning the crew of the storm saved them.').some(([, cue]) => cue === 'warning')).toBe(false);
  });

  it('near miss: "He\'s warning that …": the clitic "is" keeps the verb', () => {
    expect(rows('He\'s warning that the pier will fall.')).toEqual([['He', '\'s warning', 'the pier will fall']]);
  });
});

import { describe, expect, it } from 'vitest';
import { attributionRows as rows } from '../helpers.js';

// leads61 (session 36): leads left by leads60 and leads59. Every sentence is written for these tests; names
// and places are invented.

describe('a contact relative whose verb has a short "to" phrase of the addressee ends before the main verb', () => {
  it('"The changes Ruiz suggested | to the board | were minor": the head is the moved object, Ruiz the source', () => {
    expect(rows('The changes Ruiz suggested to the board were minor.')).toEqual([['Ruiz', 'suggested', 'The changes']]);
    expect(rows('The plan Vale proposed to the council was rejected.')).toEqual([['Vale', 'proposed', 'The plan']]);
    expect(rows('The plan Vale proposed to the council last week was rejected.')).toEqual([['Vale', 'proposed', 'The plan']]);
    expect(rows('The fixes Ruiz described to Tarn County officials were modest.')).toEqual([['Ruiz', 'described', 'The fixes']]);
  });

  it('also an object pronoun or a possessive phrase as the addressee', () => {
    expect(rows('The plan Vale proposed to them was rejected.')).toEqual([['Vale', 'proposed', 'The plan']]);
    expect(rows('The changes Ruiz suggested to her were minor.')).toEqual([['Ruiz', 'suggested', 'The changes']]);
    expect(rows('The changes Ruiz suggested to her board were minor.')).toEqual([['Ruiz', 'suggested', 'The changes']]);
  });

  it('agrees with the same clause without the "to" phrase', () => {
    expect(rows('The changes Ruiz suggested were minor.')).toEqual([['Ruiz', 'suggested', 'The changes']]);
    expect(rows('The plan Vale proposed was rejected.')).toEqual([['Vale', 'proposed', 'The plan']]);
  });

  it('still: a "to" phrase followed by a "that" clause or an object is the verb\'s own', () => {
    expect(rows('Vale suggested to the board that the levy was unfair.')).toEqual([['Vale', 'suggested', 'the levy was unfair']]);
    expect(rows('Berg said the plan Vale proposed to the harbour board was fair.')).toEqual([['Berg', 'said', 'the plan Vale proposed to the harbour board was fair']]);
  });
});

describe('a "that" clause on a noun whose verb leaves its preposition stranded is a relative clause, not the noun\'s content', () => {
  it('"A report that the guild paid for | says …": no noun-cue relation; the head is the source of the main cue', () => {
    expect(rows('A report that the guild paid for says the levy is unfair.')).toEqual([['A report', 'says', 'the levy is unfair']]);
    expect(rows('The claim that Vale argued against was weak.')).toEqual([]);
    expect(rows('Warnings that Berg spoke about were ignored.')).toEqual([]);
  });

  it('still: a preposition with its own object keeps the clause as the noun\'s content', () => {
    expect(rows('The fear that the guild paid for the pier is old.')).toEqual([[null, 'The fear', 'the guild paid for the pier']]);
    expect(rows('The fear that the levy would pass for years was real.')).toEqual([[null, 'The fear', 'the levy would pass for years']]);
  });
});

describe('an adjective of doubtful truth opening the sentence before a plural reporting noun modifies it (the tagger reads it as a name)', () => {
  it('"Vague claims that … spread.": a sourceless noun cue with the adjective in it, content up to the main verb', () => {
    expect(rows('Vague claims that the pier was unsafe spread.')).toEqual([[null, 'Vague claims', 'the pier was unsafe']]);
    expect(rows('Vague claims that the pier was unsafe circulated.')).toEqual([[null, 'Vague claims', 'the pier was unsafe']]);
    expect(rows('False claims that the levy was illegal spread.')).toEqual([[null, 'False claims', 'the levy was illegal']]);
    expect(rows('Dire warnings that the pier was unsafe went unheeded.')).toEqual([[null, 'Dire warnings', 'the pier was unsafe']]);
  });

  it('still: a name before a verb of saying in the -s form is its speaker', () => {
    expect(rows('Vale claims that the pier was unsafe.')).toEqual([['Vale', 'claims', 'the pier was unsafe']]);
    expect(rows('Berg warns that the pier is unsafe.')).toEqual([['Berg', 'warns', 'the pier is unsafe']]);
  });
});

import { describe, expect, it } from 'vitest';
import { attributionRows as rows } from '../helpers.js';

// leads53 (session 34): leads reported this session. Every sentence is written for these tests;
// names and places are invented.

describe('a subject clause whose verb has a predicate ends before the main verb "proved"', () => {
  it('"would stay fixed proved right": the participle after a linking verb is its complement, the next verb is the main one', () => {
    expect(rows("The growers' view that the fares would stay fixed proved right.")).toEqual([['The growers', 'view', 'the fares would stay fixed']]);
    expect(rows('The fear that the pier would remain closed proved wrong.')).toEqual([[null, 'The fear', 'the pier would remain closed']]);
  });

  it('"was too high proved right": a predicate read as an adverb after a degree word ends the clause\'s verb group', () => {
    expect(rows("Vale's belief that the levy was too high proved right.")).toEqual([['Vale', 'belief', 'the levy was too high']]);
    expect(rows('The claim that the fare was so low proved false.')).toEqual([[null, 'The claim', 'the fare was so low']]);
  });

  it('still: a passive verb group after a degree adverb and a participle after a linking verb stay in the clause', () => {
    expect(rows('The fear that the pier would stay closed for a year grew.')).toEqual([[null, 'The fear', 'the pier would stay closed for a year']]);
    expect(rows('The claim that the levy was too quickly approved angered the growers.')).toEqual([[null, 'The claim', 'the levy was too quickly approved']]);
  });
});

describe('an -ing form read as a noun right after a comma, before "against" or "about" and a noun phrase, is a participle', () => {
  it('", warning against a rise": the participle takes the subject of the clause it is set off from', () => {
    expect(rows('The harbour board met on Monday, warning against a rise in the levy.')).toEqual([['The harbour board', 'warning against', 'a rise in the levy']]);
    expect(rows('Ruiz left the hall early, complaining about the fares.')).toEqual([['Ruiz', 'complaining about', 'the fares']]);
  });

  it('still: the noun after a determiner and a list of nouns are no participles', () => {
    expect(rows('The port needs dredging, new piers and a warning about the tides.')).toEqual([[null, 'a warning about', 'the tides']]);
    expect(rows('The report covered pay, housing and warning of storms.')).toEqual([]);
  });
});

describe('an appositive set off by commas after an addressee stays with the addressee', () => {
  it('"asked Ruiz, the mayor, whether …": the question starts at "whether"', () => {
    expect(rows('Berg asked Ruiz, the mayor, whether the pier was safe.')).toEqual([['Berg', 'asked', 'whether the pier was safe']]);
    expect(rows('Berg asked the clerk, an old friend, if the levy had been paid.')).toEqual([['Berg', 'asked', 'if the levy had been paid']]);
  });

  it('still: a clause set off by commas after the addressee is no appositive, and a list of addressees is read whole', () => {
    expect(rows('Berg asked Ruiz, Vale and Tarn whether the pier was safe.')).toEqual([['Berg', 'asked', 'whether the pier was safe']]);
    expect(rows('Berg told the growers, the fares would rise, that the pier was unsafe.')).toEqual([['Berg', 'told the growers', 'the pier was unsafe']]);
  });
});

describe('a noun after "and" that follows the object of a subject relative opens a clause of its own', () => {
  it('"machines that lift loads and engineers hope …": the source is the noun after "and"', () => {
    expect(rows('The cranes are machines that lift loads and engineers hope the new ones will be faster.')).toEqual([['engineers', 'hope', 'the new ones will be faster']]);
    expect(rows('Vale runs a firm that builds piers and growers say it is well paid.')).toEqual([['growers', 'say', 'it is well paid']]);
  });

  it('still: two nouns joined at the start of the clause are one subject', () => {
    expect(rows('The growers and their lawyers say the levy is unfair.')).toEqual([['The growers and their lawyers', 'say', 'the levy is unfair']]);
    expect(rows('Officials in Tarn County and engineers say the pier is unsafe.')).toEqual([['Officials in Tarn County and engineers', 'say', 'the pier is unsafe']]);
  });
});

describe('a subject with a contact relative whose own subject is a determiner\'s noun phrase, before a piece set off by dashes', () => {
  it('"The two reports the clerks wrote - both leaked on Monday - showed …": the source is the whole subject, not the aside', () => {
    expect(rows('The two reports the clerks wrote - both leaked on Monday - showed the pier was unsafe.')).toEqual([['The two reports the clerks wrote', 'showed', 'the pier was unsafe']]);
    expect(rows('The memo the harbour master drafted — written in haste — claimed the levy was unfair.')).toEqual([['The memo the harbour master drafted', 'claimed', 'the levy was unfair']]);
  });

  it('still: a plain subject before the dashes, and a verb whose clause runs over the dashes', () => {
    expect(rows('Tarn officials - both named in the report - said the pier was unsafe.')).toEqual([['Tarn officials', 'said', 'the pier was unsafe']]);
    expect(rows('The board heard the clerks wrote - in haste - that the pier was unsafe.')).toEqual([['The board', 'heard', 'the clerks wrote - in haste - that the pier was unsafe']]);
  });
});

describe('an aside inside the clause a set-off relative reports does not end the relative', () => {
  it('"Vale, who said the levy, a tax on nets, was unfair, left": the report runs to the comma before the main verb', () => {
    expect(rows('Vale, who said the levy, a tax on nets, was unfair, left the port.')).toEqual([['who', 'said', 'the levy, a tax on nets, was unfair']]);
    expect(rows('Ana Vale, a clerk who said the fare, a flat sum, was too high, left the port.')).toEqual([['who', 'said', 'the fare, a flat sum, was too high']]);
  });

  it('still: a relative with a plain clause ends at its comma, and one whose verb takes an object keeps the aside outside', () => {
    expect(rows('Vale, who said the levy was unfair, left the port.')).toEqual([['who', 'said', 'the levy was unfair']]);
    expect(rows('Vale, who praised Ruiz, a clerk, said the pier was safe.')).toEqual([['Vale, who praised Ruiz, a clerk', 'said', 'the pier was safe']]);
  });
});

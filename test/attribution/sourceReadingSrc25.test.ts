import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Source-reading bugs (issue 10, "source right", round 26). Every sentence is written for these
// tests; names, places and bodies are invented.

describe('an -s verb after a noun a possessive owns, opening the clause, has the whole phrase as subject', () => {
  it('"Her lawyer plans to appeal", "The harbour board’s lawyer plans to …": the owned noun, not the possessive alone', () => {
    const a = analyse('Her lawyer plans to appeal the ruling on the tram fare.');
    expect(byCue(a, 'plans').sourceSpan?.text).toBe('Her lawyer');
    const b = analyse("The harbour board's lawyer plans to appeal.");
    expect(byCue(b, 'plans').sourceSpan?.text).toBe("The harbour board's lawyer");
  });

  it('not: the possessive of a noun whose plans they are ("Her plans to appeal …", "her travel plans … were dropped")', () => {
    const a = analyse('Her plans to appeal the ruling were dropped.');
    expect(byCue(a, 'plans').sourceSpan?.text).toBe('Her');
    const b = analyse('Her travel plans to visit Tarn were dropped.');
    expect(byCue(b, 'plans').sourceSpan?.text).toBe('Her');
  });

  it('not: an owned noun that is the object of a verb ("Vale unveiled her budget plans to cut spending")', () => {
    const a = analyse('Vale unveiled her budget plans to cut spending.');
    expect(a.attributions.some((x) => x.sourceSpan?.text === 'her budget')).toBe(false);
    expect(byCue(a, 'unveiled').sourceSpan?.text).toBe('Vale');
  });
});

describe('a second -s verb joined by "and" to an -s verb the tagger read as a noun shares its subject', () => {
  it('"Vale feuds with the board and dismisses its critics": the source is Vale, not the words before "and"', () => {
    const a = analyse('Vale feuds with the board and dismisses its critics as cranks.');
    expect(byCue(a, 'dismisses').sourceSpan?.text).toBe('Vale');
  });

  it('not: a second clause with a subject of its own ("… and Ruiz dismisses its critics")', () => {
    const a = analyse('Okafor feuds with the board and Ruiz dismisses its critics as cranks.');
    expect(byCue(a, 'dismisses').sourceSpan?.text).toMatch(/Ruiz$/);
  });
});

describe('a possessive after "and" joins a second noun to the subject', () => {
  it('"The growers and their lawyers argue": both joined nouns', () => {
    const a = analyse('The growers and their lawyers argue that the levy is unfair.');
    expect(byCue(a, 'argue').sourceSpan?.text).toBe('The growers and their lawyers');
  });

  it('not: after a verb, where "and" joins two clauses ("Ruiz met the growers and their lawyers said …")', () => {
    const a = analyse('Ruiz met the growers and their lawyers said the levy was unfair.');
    expect(byCue(a, 'said').sourceSpan?.text).toBe('their lawyers');
  });
});

describe('"and" before a possessive joins two subjects only when the first opens the clause', () => {
  it('not: the object of a preposition before "and" and a second clause ("talked about the levy and his aides insist")', () => {
    const a = analyse('Vale has not talked about the levy and his aides insist the harbour is safe.');
    expect(byCue(a, 'has not talked about').text).toBe('the levy');
    expect(byCue(a, 'insist').sourceSpan?.text).toBe('his aides');
  });
});

describe('a quoted term after a hyphened modifier heads the subject', () => {
  it('"Thousands of self-described “tram riders” say", "Hundreds of so-called “harbour guardians” argue": through the closing mark', () => {
    const a = analyse('Thousands of self-described “tram riders” say the levy is unfair.');
    expect(byCue(a, 'say').sourceSpan?.text).toBe('Thousands of self-described “tram riders”');
    expect(a.quotes.some((q) => q.text === 'tram riders')).toBe(false);
    const b = analyse('Hundreds of so-called “harbour guardians” argue that the levy is unfair.');
    expect(byCue(b, 'argue').sourceSpan?.text).toBe('Hundreds of so-called “harbour guardians”');
  });

  it('not: the term as the object of a verb before it ("Vale met self-described “tram riders” and said")', () => {
    const a = analyse('Vale met self-described “tram riders” and said the levy is unfair.');
    expect(byCue(a, 'said').sourceSpan?.text).toBe('Vale');
  });
});

describe('a name later called by its last word alone stays a person when "the company" follows', () => {
  it('"Dara Okafor … Okafor added … The company said": Okafor is no organisation', () => {
    const a = analyse('Dara Okafor said the levy was unfair. Okafor added that the tram fare would rise. The company said on Monday that the levy would rise.');
    expect(a.sources.find((s) => s.name === 'Dara Okafor')?.kind).toBe('person');
  });

  it('not: a body called by its first word ("Halvorsen Freight … Halvorsen added … The company said")', () => {
    const a = analyse('Halvorsen Freight said the levy was unfair. Halvorsen added that fares would rise. The company said on Monday that the levy would rise.');
    expect(a.sources.find((s) => s.name === 'Halvorsen Freight')?.kind).toBe('organization');
  });
});

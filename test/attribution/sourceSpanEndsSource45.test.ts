import { describe, expect, it } from 'vitest';
import { relationByCueSpan as rel } from '../helpers.js';

// Source spans that ran on past where the source phrase ends (issue 10, source45): the dash that closes an aside
// around the source ("running mate — Tarn Gov. Ana Vale — has said" gave «Tarn Gov. Ana Vale —»). Every sentence
// is written for these tests; names and places are invented.

describe('the dash that closes an aside around the source', () => {
  it('em dashes: "Vale’s running mate — Tarn Gov. Ana Vale — has said …" → «Tarn Gov. Ana Vale»', () => {
    const r = rel('Vale’s running mate — Tarn Gov. Ana Vale — has said the pier is unsafe.', 'has said');
    expect(r.sourceSpan?.text).toBe('Tarn Gov. Ana Vale');
    expect(r.text).toBe('the pier is unsafe');
  });

  it('spaced hyphens: "Vale’s running mate - Tarn Gov. Ana Vale - has said …" → «Tarn Gov. Ana Vale»', () => {
    const r = rel('Vale’s running mate - Tarn Gov. Ana Vale - has said the pier is unsafe.', 'has said');
    expect(r.sourceSpan?.text).toBe('Tarn Gov. Ana Vale');
    expect(r.text).toBe('the pier is unsafe');
  });

  it('a dash inside the source stays: "Two-thirds of the crew -- and most of the clerks -- said …"', () => {
    const r = rel('Two-thirds of the crew -- and most of the clerks -- said the pier was unsafe.', 'said');
    expect(r.sourceSpan?.text).toBe('Two-thirds of the crew -- and most of the clerks');
  });

  it('a hyphen inside a word at the end stays: "the pro-Vale camp said …"', () => {
    const r = rel('Members of the pro-Vale camp said the pier was unsafe.', 'said');
    expect(r.sourceSpan?.text).toBe('Members of the pro-Vale camp');
  });

  it('no aside, no change: "The clerk — Vale — said …" keeps «The clerk»', () => {
    expect(rel('The clerk — Vale — said the pier was unsafe.', 'said').sourceSpan?.text).toBe('The clerk');
  });
});

describe('a time noun after "of" ends a phrase of the subject, not an adjunct of the verb', () => {
  it('"Clerks who worked there for a couple of years said …" keeps «years» (was «… a couple of»)', () => {
    const r = rel('Clerks who worked there for a couple of years said the pier was unsafe.', 'said');
    expect(r.sourceSpan?.text).toBe('Clerks who worked there for a couple of years');
    expect(r.text).toBe('the pier was unsafe');
  });

  it('"Dockers Berg hired in a matter of days argued …" keeps «days»', () => {
    expect(rel('Dockers Berg hired in a matter of days argued that the pier was unsafe.', 'argued').sourceSpan?.text).toBe('Dockers Berg hired in a matter of days');
  });

  it('"Famous speeches of recent years have stressed …" keeps «recent years»', () => {
    expect(rel('Famous speeches of recent years have stressed that the pier was unsafe.', 'have stressed').sourceSpan?.text).toBe('Famous speeches of recent years');
  });

  it('a time adjunct after the subject still goes: "The chair of the board earlier this month said …" → «The chair of the board»', () => {
    expect(rel('The chair of the board earlier this month said the pier was unsafe.', 'said').sourceSpan?.text).toBe('The chair of the board');
  });

  it('"The head of the board last week said …" → «The head of the board»', () => {
    expect(rel('The head of the board last week said the pier was unsafe.', 'said').sourceSpan?.text).toBe('The head of the board');
  });

  it('"The Bank of Tarn on Monday said …" → «The Bank of Tarn»', () => {
    expect(rel('The Bank of Tarn on Monday said the pier was unsafe.', 'said').sourceSpan?.text).toBe('The Bank of Tarn');
  });
});

describe('a word an article leads right before the verb is the subject’s head, not an adverb', () => {
  it('"Less than a third agreed with Vale that …" → «Less than a third» (was «Less than a»)', () => {
    const r = rel('Less than a third agreed with Vale that the pier was unsafe.', 'agreed');
    expect(r.sourceSpan?.text).toBe('Less than a third');
    expect(r.text).toBe('the pier was unsafe');
  });

  it('"A third agreed with Vale that …" → «A third»', () => {
    expect(rel('A third agreed with Vale that the pier was unsafe.', 'agreed').sourceSpan?.text).toBe('A third');
  });

  it('an idiom is still stepped over: "The clerks have in the past said …" → «The clerks»', () => {
    expect(rel('The clerks have in the past said the pier was unsafe.', 'said').sourceSpan?.text).toBe('The clerks');
  });

  it('"Vale has at the very least argued that …" → «Vale»', () => {
    expect(rel('Vale has at the very least argued that the pier was unsafe.', 'argued').sourceSpan?.text).toBe('Vale');
  });

  it('an adverb after a noun still goes: "The board also said …" → «The board»', () => {
    expect(rel('The board also said the pier was unsafe.', 'also said').sourceSpan?.text).toBe('The board');
  });
});

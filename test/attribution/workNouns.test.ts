import { describe, expect, it } from 'vitest';
import { endsWithWorkNoun } from '../../src/attribution/classifyQuote.js';
import { analyzeArticle } from '../../src/index.js';

// The expression classifyQuote read work nouns with before cold37: the word lookup must answer the same.
const BEFORE = /\b(?:report|book|novel|film|movie|documentary|song|album|series|show|programme|program|study|paper|article|essay|column|op-ed|play|poem|exhibition|podcast|episode|memoir|titled|entitled|headlined|dubbed|named|known\s+as|nicknamed|operation|plan|slogan|hashtag)\s*$/i;

const texts = ['her report ', 'her REPORT', 'the book\n', 'a bookish ', 'the notebook ', 'her op-ed ', 'her Op-Ed', 'her top-ed', 'her op–ed', 'an op-ed\u00a0',
  '-ed ', 'ed', 'op-ed', 'p-ed', 'known as', 'known  as ', 'Known\tAS', 'unknown as', 'known as ', 'knownas', 'known_as', 'well known as', ' as', 'as',
  'a plan', 'a plan_', 'plan.', 'a plan. ', 'a film\u2028', 'the series\ufeff', 'Tarn County', '', '   ', 'x_report', 'Report', 'reports', 'a show', 'dubbed',
  'poem\u212A', 'the pla\u212An', '\u212Anown as', 'op-ed op-ed', 'the 2024 report', 'report2', 'known\u00a0as', 'op-\ned',
  'a DOCUMENTARY', 'the documentarys', 'the docu-mentary', 'OP-ED', 'KNOWN AS', 'Known As', 'a p\u00e9 plan', '\u201cthe plan ', 'her r\u00e9port', 'as\u2019 ', 'ED', 'a PlAn\t', 'Ed', 'the ADS'];

describe('work nouns before a quotation, by word lookup', () => {
  it('answers as the expression did', () => {
    for (const t of texts) expect(endsWithWorkNoun(t), JSON.stringify(t)).toBe(BEFORE.test(t));
    expect(endsWithWorkNoun('in an op-ed ')).toBe(true);
    expect(endsWithWorkNoun('in a notebook ')).toBe(false);
  });

  it('a quoted title after a work noun is no quotation of speech; a quotation after a speech verb is', () => {
    const title = analyzeArticle('Vale wrote a book “The Long Harbour Road” last year.');
    expect(title.quotes.some((q) => q.text.includes('Long Harbour'))).toBe(false);
    const speech = analyzeArticle('Vale said “the long harbour road will close in March” on Monday.');
    expect(speech.quotes.some((q) => q.text.includes('harbour road will close'))).toBe(true);
  });
});

import fc from 'fast-check';
import { francAll } from 'franc-min';
import { describe, expect, it } from 'vitest';
import { countLetters } from '../../src/document/detectLanguage.js';
import { detectLanguage, normalizeLanguageTag } from '../../src/index.js';

/**
 * The decision detectLanguage made before its letter and word counts became one pass over
 * character codes: a code-point loop, `/\p{L}+/gu` words and a lower-cased lookup per word.
 * The fast pass must decide exactly as it did.
 */
const FUNCTION_WORDS = new Set('the of and to in a is that for on with as was by at from it be are this have has had not but or an were which their they he she his her its will would said who been'.split(' '));
const iso = (code: string) => normalizeLanguageTag(code) ?? code;
function reference(text: string, declared?: string) {
  const guess = (code: string, source: string) => ({ code, source, supported: code === 'en' });
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const { latin, letters } = referenceCounts(sample);
  const declaredCode = declared ? normalizeLanguageTag(declared) : null;
  if (letters === 0) return declaredCode ? guess(declaredCode, 'declared') : guess('en', 'fallback');
  const words = sample.match(/\p{L}+/gu) ?? [];
  if (latin / letters < 0.5) {
    const top = francAll(sample, { minLength: 1 })[0]?.[0] ?? 'und';
    return guess(top === 'und' ? (declaredCode ?? 'und') : iso(top), 'detected');
  }
  if (words.length < 20) return declaredCode ? guess(declaredCode, 'declared') : guess('en', 'fallback');
  let functionWords = 0;
  for (const w of words) if (FUNCTION_WORDS.has(w.toLowerCase())) functionWords++;
  if (functionWords / words.length >= 0.12) return guess('en', 'detected');
  const ranked = francAll(sample);
  const top = ranked[0]?.[0] ?? 'und';
  if (top === 'und') return declaredCode ? guess(declaredCode, 'declared') : guess('en', 'fallback');
  const tie = declaredCode ? ranked.find(([code, score]) => score >= 0.95 && iso(code) === declaredCode) : undefined;
  return guess(tie ? declaredCode! : iso(top), 'detected');
}

/** The counts `countLetters` gives, by code points and the `/\p{L}+/gu` words. */
function referenceCounts(sample: string) {
  let latin = 0;
  let letters = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0)!;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) {
      latin++;
      letters++;
    } else if (c > 0x24f && /\p{L}/u.test(ch)) letters++;
  }
  const words = sample.match(/\p{L}+/gu) ?? [];
  const functionWords = words.filter((w) => /^[a-z]+$/i.test(w) && FUNCTION_WORDS.has(w.toLowerCase())).length;
  return { latin, letters, words: words.length, functionWords };
}

describe('detectLanguage counts letters and words in one pass', () => {
  it('counts a few invented texts by hand', () => {
    expect(countLetters('Vale said the levy was dead.')).toEqual({ latin: 22, letters: 22, words: 6, functionWords: 3 });
    // A word of non-ASCII letters is no function word; ª joins a word without being counted; × splits words.
    expect(countLetters('Ruiz dijo ªthe été×the 中文 𝐀')).toEqual({ latin: 17, letters: 20, words: 7, functionWords: 1 });
    expect(countLetters('')).toEqual({ latin: 0, letters: 0, words: 0, functionWords: 0 });
    expect(countLetters('\ud835 - 12')).toEqual({ latin: 0, letters: 0, words: 0, functionWords: 0 });
  });

  it('decides as the code-point loop and word pattern did', () => {
    const piece = fc.oneof(
      fc.constantFrom('the ', 'The ', 'THE ', 'of ', 'said ', 'Which ', 'whose ', 'la ', 'el ', 'и ', 'Ѳ', 'é', '×', '÷', 'ª', 'µ', '𝐀', '\ud835', '中文', 'Ω', 'K', '\u212a', '  ', '. ', '’', '-'),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      fc.string({ unit: fc.constantFrom('a', 'b', 'Z', ' ', 'é', 'ж', '1'), maxLength: 10 }),
    );
    // Word lists around the thresholds: 20 words, 12% function words.
    const words = fc.array(fc.constantFrom('which', 'Their', 'would', 'the', 'quux', 'zork', 'blorp', 'flim', 'ipsum', 'niño', 'été'), { minLength: 17, maxLength: 40 }).map((w) => w.join(' '));
    const text = fc.oneof(fc.array(piece, { maxLength: 80 }).map((p) => p.join('')), words);
    // The counts themselves (read over UTF-8 bytes since perf47), not only the decision they feed.
    fc.assert(
      fc.property(text, (text) => {
        expect(countLetters(text)).toEqual(referenceCounts(text));
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
    );
    fc.assert(
      fc.property(text, fc.constantFrom(undefined, 'es', 'en-GB'), (text, declared) => {
        expect(detectLanguage(text, declared)).toEqual(reference(text, declared));
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
    );
  });
});

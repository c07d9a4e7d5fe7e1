import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanWords } from '../../src/compare/articleText.js';

/** The spans the word pattern the scanner replaces finds. */
const WORD = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const byPattern = (text: string) => [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length]);
const byScanner = (text: string) => {
  const out: number[][] = [];
  scanWords(text, (start, end) => out.push([start, end]));
  return out;
};

describe('scanWords', () => {
  it('finds numbers with separators, words and apostrophe-joined words', () => {
    const text = 'We won’t pay 1,234.5 or 12,34 or 1234,567, said O\'Neil’s aide in 2024: ½ cost, 𝐀𝐁 x²';
    const words = byScanner(text).map(([s, e]) => text.slice(s!, e!));
    expect(words).toEqual(['We', 'won’t', 'pay', '1,234.5', 'or', '12', '34', 'or', '1234', '567', 'said', 'O\'Neil’s', 'aide', 'in', '2024', '½', 'cost', '𝐀𝐁', 'x²']);
  });

  it('gives the same spans as the regular expression on arbitrary text', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 8 }),
      fc.string({ unit: fc.constantFrom('1', '2', ',', '.', "'", '’', 'a', 'É', 'ß', ' ', '-', '𝐀', '\ud835', 'Ⅻ', '٣'), maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 6 }),
      fc.array(fc.constantFrom('1', '22', '333', '4444', ',', ',123', ',12', '.', '.5', "'s", '’t', 'x'), { maxLength: 6 }).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), (text) => {
        expect(byScanner(text)).toEqual(byPattern(text));
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
    );
  });
});

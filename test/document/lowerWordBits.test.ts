import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/document/readDocument.js';
import { defineLowerBit, lowerWordBits } from '../../src/document/lowerWordBits.js';
import { isAdverbLike } from '../../src/attribution/tokens.js';
import { isNegatedAt } from '../../src/framing/negationScope.js';

const NEGATIVE = new Set(['never', 'not']);
const HARBOUR = new Set(['harbour', 'tarn']);
// two bits the library leaves free (lowerWordBitNumbers.ts numbers its own from bit 0)
const NEGATIVE_BIT = 1 << 27;
const HARBOUR_BIT = 1 << 28;
defineLowerBit(NEGATIVE_BIT, (w) => NEGATIVE.has(w));
defineLowerBit(HARBOUR_BIT, (w) => HARBOUR.has(w));

describe('lowerWordBits', () => {
  it('answers as the sets do for every token, the same word again in a later document, and outside the text', () => {
    for (const text of ['Vale never visited the Harbour Times office in Tarn County.', 'Ruiz did not visit the harbour, and Tarn never asked.']) {
      const doc = readDocument(text);
      for (let k = 0; k < doc.tokenCount; k++) {
        const bits = lowerWordBits(doc, k);
        expect((bits & NEGATIVE_BIT) !== 0, doc.lower[k]).toBe(NEGATIVE.has(doc.lower[k]!));
        expect((bits & HARBOUR_BIT) !== 0, doc.lower[k]).toBe(HARBOUR.has(doc.lower[k]!));
      }
      expect(lowerWordBits(doc, -1)).toBe(0);
      expect(lowerWordBits(doc, doc.tokenCount)).toBe(0);
    }
  });

  it('numbers the library\'s bits once each, as single bits below 1 << 29, in a module the bundler can inline (no imports)', async () => {
    const numbers = Object.values(await import('../../src/document/lowerWordBitNumbers.js')) as number[];
    expect(numbers.length).toBeGreaterThan(10);
    for (const b of numbers) expect(b > 0 && b < 1 << 27 && (b & (b - 1)) === 0, String(b)).toBe(true);
    expect(new Set(numbers).size).toBe(numbers.length);
    const source = readFileSync(new URL('../../src/document/lowerWordBitNumbers.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/^\s*(?:import|export\s+(?:\*|\{[^}]*\})\s+from)\b/m);
  });

  it('refuses a bit defined twice and a value that is not one bit below the filled mark', () => {
    expect(() => defineLowerBit(HARBOUR_BIT, () => false)).toThrow(/defined twice/);
    expect(() => defineLowerBit(3, () => false)).toThrow(/not one bit/);
    expect(() => defineLowerBit(1 << 29, () => false)).toThrow(/not one bit/);
    expect(() => defineLowerBit(0, () => false)).toThrow(/not one bit/);
  });

  it('keeps the checks built on it: adverbs and negation', () => {
    const doc = readDocument('Berg has also never denied the fee, but Vale quickly backed a toll.');
    const at = (w: string) => doc.lower.indexOf(w);
    expect(isAdverbLike(doc, at('also'))).toBe(true);
    expect(isAdverbLike(doc, at('quickly'))).toBe(true);
    expect(isAdverbLike(doc, at('fee'))).toBe(false);
    expect(isAdverbLike(doc, -1)).toBe(false);
    expect(isNegatedAt(doc, at('fee'))).toBe(true);
    expect(isNegatedAt(doc, at('toll'))).toBe(false);
  });
});

describe('first-code-unit gates of the dash and possessive checks', () => {
  it('finds every dash form and the possessive marks, and nothing else', async () => {
    const { isDash, isSetOffDash, isPossessive } = await import('../../src/attribution/tokens.js');
    const doc = readDocument("Vale's plan — and Ruiz' fee – passed -- so a well-known toll ― and the pier - fell.");
    const dashes = [];
    const setOff = [];
    const possessive = [];
    for (let k = -1; k <= doc.tokenCount; k++) {
      if (isDash(doc, k)) dashes.push(doc.value[k]);
      if (isSetOffDash(doc, k)) setOff.push(doc.value[k]);
      if (isPossessive(doc, k)) possessive.push(doc.value[k]);
    }
    expect(dashes).toEqual(['—', '–', '--', '-', '―', '-']);
    expect(setOff).toEqual(['—', '–', '--', '―', '-']);
    expect(possessive).toEqual(["'s", "'"]);
  });

  it('reads a denial by its lemma in every form, not a word that only begins like one', () => {
    const denied = readDocument('Berg denied the fee.');
    expect(isNegatedAt(denied, denied.lower.indexOf('fee'))).toBe(true);
    const rules = readDocument('Ruiz rejects a toll.');
    expect(isNegatedAt(rules, rules.lower.indexOf('toll'))).toBe(true);
    const dense = readDocument('Berg saw the dense fog.');
    expect(isNegatedAt(dense, dense.lower.indexOf('fog'))).toBe(false);
  });
});

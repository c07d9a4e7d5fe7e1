import { describe, expect, it } from 'vitest';
import { readDocument, type SlantDocument } from '../../src/document/readDocument.js';
import { endsWithEd, endsWithEdOrEn, endsWithIng, endsWithIngOrEd, endsWithPlainEd, endsWithPlainS, isCap, isDigitRun, isPunct, isQuoteMark, withoutPossessive } from '../../src/attribution/tokens.js';

// The char-code tests of tokens.ts that replaced regex literals in per-token scans (perf28): each
// must answer as the literal it replaced. Words invented or common English; no corpus text.

const WORDS = ['', 'i', 'e', 'd', 'ed', 'en', 'ng', 'ing', 'Ing', 'ING', 'sing', 'saying', 'singer', 'swung', 'tinge',
  'said', 'asked', 'taken', 'even', 'Ed', 'bed', 'need', 'eden', 'tree', 'dead', 'ended', 'open', 'ten', 'harbour',
  'levy', 'Vale', 'Okafor', 'rising’s', 'crowded,', 'é', 'ingé', 'ïng', '0', '7', '12', '1999', '2026', '12345', '１２',
  '199a', 'a199', '٣٤', ' 1999', '1999 ', '-12', '3.5', 's', 'ss', "'s", '’s', 'says', 'press', 'levies', "Ruiz's", 'Berg’s',
  'S', 'bus', 'is'];
/** Quotation marks alone, doubled, mixed with other characters, and near misses. */
const MARKS = ['"', '“', '”', '„', '«', '»', '‘', '’', "'", '‹', '›', '`', '""', '“‘', "''", '’’', '"""', '"a', 'a"', '-', '—',
  '(', '‚', '‛', '「', '′', '″', '.', ',', "'s", '’s', 'x'];

describe('word endings by char code', () => {
  it('endsWithIng answers as /ing$/, undefined included', () => {
    for (const w of WORDS) expect(endsWithIng(w), w).toBe(/ing$/.test(w));
    expect(endsWithIng(undefined)).toBe(false);
  });

  it('endsWithEd answers as /ed$/', () => {
    for (const w of WORDS) expect(endsWithEd(w), w).toBe(/ed$/.test(w));
  });

  it('endsWithIngOrEd answers as /(?:ing|ed)$/', () => {
    for (const w of [...WORDS, 'ingd', 'dng', 'edg', 'nged']) expect(endsWithIngOrEd(w), w).toBe(/(?:ing|ed)$/.test(w));
  });

  it('endsWithPlainEd answers as /[^e]ed$/', () => {
    for (const w of [...WORDS, 'eed', 'agreed', 'freed', 'renewed', 'demurred', 'Xed', '1ed', 'ëed']) expect(endsWithPlainEd(w), w).toBe(/[^e]ed$/.test(w));
  });

  it('endsWithEdOrEn answers as /(?:ed|en)$/', () => {
    for (const w of WORDS) expect(endsWithEdOrEn(w), w).toBe(/(?:ed|en)$/.test(w));
  });

  it('endsWithPlainS answers as /[^s\']s$/, undefined included', () => {
    for (const w of WORDS) expect(endsWithPlainS(w), w).toBe(/[^s']s$/.test(w));
    expect(endsWithPlainS(undefined)).toBe(false);
  });

  it('isQuoteMark answers as its former literal, past the end included', () => {
    const doc = { value: [...MARKS, ...WORDS] } as unknown as SlantDocument;
    doc.value.forEach((v, k) => expect(isQuoteMark(doc, k), v).toBe(/^["“”„«»‘’'‹›`]{1,2}$/.test(v)));
    expect(isQuoteMark(doc, doc.value.length)).toBe(false);
  });

  it('isQuoteMark answers as its former literal for every BMP code unit alone and after or before a mark (perf75)', () => {
    const value: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      value.push(ch, `“${ch}`, `${ch}'`);
    }
    const doc = { value } as unknown as SlantDocument;
    const wrong = value.filter((v, k) => isQuoteMark(doc, k) !== /^["“”„«»‘’'‹›`]{1,2}$/.test(v));
    expect(wrong).toEqual([]);
  });

  it('isPunct answers as a punctuation type or /^[^\\p{L}\\p{N}]+$/u, past the end included', () => {
    const value = [...MARKS, ...WORDS, 'Émile', 'émile', '١٢', '%', '&', '#1', '…', '.', 'Vale'];
    // the type column: 'punctuation' on two words too (the type decides before the value)
    const type = value.map((v, k) => (k === value.length - 1 || v === '.' || v === 'x' ? 'punctuation' : 'word'));
    const doc = { value, type } as unknown as SlantDocument;
    value.forEach((v, k) => expect(isPunct(doc, k), v).toBe(type[k] === 'punctuation' || /^[^\p{L}\p{N}]+$/u.test(v)));
    expect(isPunct(doc, value.length)).toBe(false);
  });

  it('isCap answers as /^\\p{Lu}/u of the value, past the end included', () => {
    const doc = readDocument([...MARKS, ...WORDS, 'Émile', 'émile', 'Ωmega', '\u{1D400}x'].join(' '));
    expect(doc.tokenCount).toBeGreaterThan(60);
    doc.value.forEach((v, k) => expect(isCap(doc, k), v).toBe(/^\p{Lu}/u.test(v)));
    expect(isCap(doc, doc.value.length)).toBe(false);
  });

  it('isDigitRun answers as /^\\d{min,max}$/, not for other digits or undefined', () => {
    for (const w of WORDS) {
      expect(isDigitRun(w, 4, 4), w).toBe(/^\d{4}$/.test(w));
      expect(isDigitRun(w, 1, 4), w).toBe(/^\d{1,4}$/.test(w));
    }
    expect(isDigitRun(undefined, 1, 4)).toBe(false);
  });

  it('withoutPossessive answers as .replace(/[’\']s$/, \'\')', () => {
    for (const w of [...WORDS, ...MARKS, "Vale's", 'Vale’s', "Vale's\n", "'s's", 's’s', 'Okafors']) expect(withoutPossessive(w), w).toBe(w.replace(/[’']s$/, ''));
  });
});

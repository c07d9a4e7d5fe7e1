import { describe, expect, it } from 'vitest';
import { isPunctOrSymbolCode, isPunctOrSymbolText, isRegexSpaceCode, isRegexWordCode, countWords, endsWithLetterOrDigit, hasLetter, hasLetterOrDigit, hasNoLetterOrDigit, hasNonLetterOrDigit, hasUpper, upperLength, isAcronymShape, isLetterCode, isLetterInitial, isLetterOrDigitCode, isLowerCode, letterLengthAt, isUpperCode, isUpperInitial, isUpperInitials, isUpperRun, letterRuns, spacedWordCount, spaceSplitCount, startsWithLower, startsWithUpper, startsWithUpperOrDigit, wordRuns } from '../../src/document/letterRuns.js';

// The char-code tests stand in for `\p{L}` / `[\p{L}\p{N}]` regular expressions: they must agree
// with them on every code point, and the run splitters on every string.
describe('letter and digit tests by code point', () => {
  it('agree with \\w and \\s (no u flag) on every UTF-16 unit, and say no past the end', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (isRegexWordCode(c) !== /\w/.test(ch) || isRegexSpaceCode(c) !== /\s/.test(ch)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
    expect(isRegexWordCode('Vale'.charCodeAt(4))).toBe(false);
    expect(isRegexSpaceCode('Vale'.charCodeAt(4))).toBe(false);
  });
  it('agree with \\p{L} and [\\p{L}\\p{N}] on every code point', () => {
    const letter = /^\p{L}$/u;
    const letterOrDigit = /^[\p{L}\p{N}]$/u;
    const upper = /^\p{Lu}$/u;
    const lower = /^\p{Ll}$/u;
    const wrong: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const s = String.fromCodePoint(cp);
      if (isLetterCode(cp) !== letter.test(s) || isLetterOrDigitCode(cp) !== letterOrDigit.test(s) || isUpperCode(cp) !== upper.test(s) || isLowerCode(cp) !== lower.test(s)) wrong.push(cp);
    }
    expect(wrong).toEqual([]);
  });

  it('agree with [\\p{P}\\p{S}] on every code point', () => {
    const punctOrSymbol = /^[\p{P}\p{S}]$/u;
    const wrong: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) if (isPunctOrSymbolCode(cp) !== punctOrSymbol.test(String.fromCodePoint(cp))) wrong.push(cp);
    expect(wrong).toEqual([]);
    for (const s of ['', '—', '“', '...', '$€', '-x', '%', '\u00ad', '½', '𝐀', '😀', '\ud800']) expect(isPunctOrSymbolText(s), s).toBe(/^[\p{P}\p{S}]+$/u.test(s));
  });

  it('have no combining mark to miss in Latin-1 and General Punctuation (validateInput counts letters and marks there by isLetterCode)', () => {
    const letterOrMark = /^[\p{L}\p{M}]$/u;
    for (const [from, to] of [[0x80, 0xff], [0x2000, 0x206f]] as const) {
      for (let cp = from; cp <= to; cp++) expect(isLetterCode(cp)).toBe(letterOrMark.test(String.fromCodePoint(cp)));
    }
  });
});

const samples = [
  "The U.S. isn't—here, it’s 3.5% of Ruiz’s vote.",
  'Tomás “El Tejón” Ruiz, ½ of the ³ total; ª º µ × ÷',
  'state-run, self--made -x- ab',
  'Σωκράτης said: 東京 2024年 — ok',
  'astral 𝐀𝐁c 𝟏𝟐 😀x lone \ud800 and \udc00 surrogates 𝐀',
  "'quoted' .lead. -dash- &amp;&",
  '',
  '   ',
  'x',
];

describe('wordRuns and letterRuns', () => {
  it('give the matches of the regular expressions they replace', () => {
    for (const s of samples) {
      expect(wordRuns(s, "'’.-")).toEqual(s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []);
      expect(wordRuns(s, "'’.&-")).toEqual(s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu) ?? []);
      expect(wordRuns(s, "'’-")).toEqual(s.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []);
      expect(letterRuns(s, 3)).toEqual(s.match(/[\p{L}-]{3,}/gu) ?? []);
      expect(countWords(s)).toBe((s.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []).length);
    }
  });

  it('stop after `limit` runs with the same first runs', () => {
    for (const s of samples) {
      const all = wordRuns(s, "'’.-");
      for (const limit of [0, 1, 3, 8]) expect(wordRuns(s, "'’.-", limit)).toEqual(all.slice(0, limit));
    }
  });

  it('split a sentence into its words', () => {
    expect(wordRuns("The U.S. isn't—here", "'’.-")).toEqual(['The', 'U.S.', "isn't", 'here']);
    expect(letterRuns('the state-run agency of x', 3)).toEqual(['the', 'state-run', 'agency']);
    expect(countWords("It’s 3 o'clock, Ruiz’s a'2 b'")).toBe(7);
  });
});

describe('hasNoLetterOrDigit and endsWithLetterOrDigit', () => {
  it('agree with their regular expressions', () => {
    const tokens = [...samples, ...samples.flatMap((s) => s.split(/\s+/u)), '—', '“”', '...', '\ud835\udc00', 'a\udc00', '\ud800', '½', '%', 'U.S.', 'U.', 'A.B', 'É.', '𝐀.', 'x.', 'FEMA', 'AT&T', 'ABCDEFGH', 'ABCDEFGHI', 'É-2', 'A', 'Ab', 'A1', '𝐀𝐁', 'U.S.A.', 'U.SA', 'ÉÖ', '½x', '²', 'Ⅻ', 'ABCDEFG', 'ǅa', 'ß', 'µx', 'ªb', 'ÿ', 'ω', 'Ω.', 'xA', '—A', 'a\ud835\udc00', '\ud835\udc1a'];
    for (const t of tokens) {
      expect(hasNoLetterOrDigit(t)).toBe(/^[^\p{L}\p{N}]+$/u.test(t));
      expect(endsWithLetterOrDigit(t)).toBe(/[\p{L}\p{N}]$/u.test(t));
      expect(hasLetterOrDigit(t)).toBe(/[\p{L}\p{N}]/u.test(t));
      expect(isLetterInitial(t)).toBe(/^\p{L}\.$/u.test(t));
      expect(isUpperInitials(t)).toBe(/^(?:\p{Lu}\.){2,}$/u.test(t));
      expect(isUpperRun(t, 2, 6)).toBe(/^\p{Lu}{2,6}$/u.test(t));
      expect(startsWithUpperOrDigit(t)).toBe(/^[\p{Lu}\p{N}]/u.test(t));
      expect(startsWithUpper(t)).toBe(/^\p{Lu}/u.test(t));
      expect(startsWithLower(t)).toBe(/^\p{Ll}/u.test(t));
      expect(hasUpper(t)).toBe(/\p{Lu}/u.test(t));
      expect(isUpperInitial(t)).toBe(/^\p{Lu}\.$/u.test(t));
      expect(hasLetter(t)).toBe(/\p{L}/u.test(t));
      expect(upperLength(t)).toBe(t.replace(/[^\p{Lu}]/gu, '').length);
      expect(hasNonLetterOrDigit(t)).toBe(/[^\p{L}\p{N}]/u.test(t));
      expect(isAcronymShape(t)).toBe(/^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\d&-]{1,7}$/u.test(t));
    }
  });
});

describe('letterLengthAt', () => {
  it('advances as the sticky \\p{L} pattern does from every index, halves of surrogate pairs included', () => {
    const sticky = /\p{L}/uy;
    for (const s of [...samples, 'a\ud835\udc00b\ud83d\ude00\udc00\ud835']) {
      for (let i = 0; i <= s.length; i++) {
        sticky.lastIndex = i;
        expect(letterLengthAt(s, i)).toBe(sticky.test(s) ? sticky.lastIndex - i : 0);
      }
    }
  });
});

describe('spacedWordCount', () => {
  it('counts the words of a name joined by single spaces, as split(" ") does', () => {
    for (const name of ['Vale', 'Carlos Bravo Regidor', 'Juan Pablo Ortega Ruiz', 'Kestra Harbour Authority']) {
      expect(spacedWordCount(name)).toBe(name.split(' ').length);
    }
    expect(spacedWordCount('Okafor Vale')).toBe(2);
  });
});

describe('spaceSplitCount', () => {
  // every kind of `\s` (and near misses: zero-width space, hyphen) at the start, the middle and the end
  const SPACES = [' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b', '-', '\u180e'];
  it('counts as text.slice(0, end).trimEnd().split(/\\s+/).length', () => {
    const texts = ['', 'Vale', 'Vale Ruiz', 'J. M. Vale: note', ' Vale: x'];
    for (const a of SPACES) for (const b of SPACES) texts.push(`${a}Vale${b}${b}Ruiz Okafor${a}`, `Berg${a}${b}`, `${a}${b}`, `Dara${a}:${b}levy`);
    for (const t of texts) for (let end = 0; end <= t.length; end++) expect(spaceSplitCount(t, end), JSON.stringify([t, end])).toBe(t.slice(0, end).trimEnd().split(/\s+/).length);
  });
});

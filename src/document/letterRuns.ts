/**
 * Letter and digit tests by code point, and the word runs several stages split text into.
 *
 * Why not `/[\p{L}\p{N}]…/gu`: V8 compiles a regular expression with Unicode property classes
 * on its first run, about 1–2 ms each, and a cold start ran a dozen near-identical ones. Here
 * ASCII and Latin-1 are decided by char code and the General Punctuation block (dashes, curly
 * quotes, spaces) is known to hold no letter or digit; only other characters reach one shared
 * `\p{...}` pattern, compiled the first time a text has such a character. Results are those of
 * the regular expressions they replace (a test checks every code point).
 */

import { lazyPattern } from './segments/lazyPattern.js';
import { charCodeAt, codePointAt } from './charCodes.js';

// (built on first use: V8 parses a `\p{...}` class, about a million instructions, for a literal
// when it compiles the module, used or not)
const LETTER = lazyPattern(String.raw`\p{L}`, 'u');
const UPPER = lazyPattern(String.raw`\p{Lu}`, 'u');
const LOWER = lazyPattern(String.raw`\p{Ll}`, 'u');
const LETTER_OR_DIGIT = lazyPattern(String.raw`[\p{L}\p{N}]`, 'u');
const PUNCT_OR_SYMBOL = lazyPattern(String.raw`[\p{P}\p{S}]`, 'u');

/** Latin-1 letters by char code (U+00AA, U+00B5, U+00BA and U+00C0–U+00FF but × and ÷). */
function isLatin1Letter(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c >= 0xc0) return c !== 0xd7 && c !== 0xf7;
  return c === 0xaa || c === 0xb5 || c === 0xba;
}

/** True when the code point is a letter (`\p{L}`). */
export function isLetterCode(cp: number): boolean {
  if (cp <= 0xff) return isLatin1Letter(cp);
  if (cp >= 0x2000 && cp <= 0x206f) return false;
  return LETTER().test(String.fromCodePoint(cp));
}

/** True when the code point is a letter or a number (`[\p{L}\p{N}]`). */
export function isLetterOrDigitCode(cp: number): boolean {
  if (cp <= 0xff) {
    if (cp >= 48 && cp <= 57) return true;
    return isLatin1Letter(cp) || cp === 0xb2 || cp === 0xb3 || cp === 0xb9 || (cp >= 0xbc && cp <= 0xbe);
  }
  if (cp >= 0x2000 && cp <= 0x206f) return false;
  return LETTER_OR_DIGIT().test(String.fromCodePoint(cp));
}

/**
 * Runs that start with a letter or digit and go on with letters, digits and the characters of
 * `inner` (BMP characters, e.g. `"'’.-"`): the matches of `/[\p{L}\p{N}][\p{L}\p{N}'’.-]*\/gu`.
 * With `limit`, the scan stops after that many runs (to count words up to a bound without
 * splitting a long text).
 *
 * @example
 * wordRuns("The U.S. isn't—here", "'’.-"); // ["The", "U.S.", "isn't", "here"]
 */
export function wordRuns(text: string, inner: string, limit = Infinity): string[] {
  const out: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n && out.length < limit) {
    const cp = codePointAt(text, i);
    const w = cp > 0xffff ? 2 : 1;
    if (!isLetterOrDigitCode(cp)) {
      i += w;
      continue;
    }
    const start = i;
    i += w;
    // (the letter test first: most characters of a run are letters, and it is a few comparisons where
    // `inner.indexOf` is a builtin call; either order gives the same runs, a BMP character moving one on in both)
    while (i < n) {
      const c = codePointAt(text, i);
      if (isLetterOrDigitCode(c)) i += c > 0xffff ? 2 : 1;
      else if (c <= 0xffff && inner.indexOf(text[i]!) >= 0) i++;
      else break;
    }
    out.push(text.slice(start, i));
  }
  return out;
}

/**
 * Maximal runs of letters and hyphens at least `min` code points long: the matches of
 * `/[\p{L}-]{3,}/gu` for `min` 3.
 *
 * @example
 * letterRuns("the state-run agency of x", 3); // ["the", "state-run", "agency"]
 */
export function letterRuns(text: string, min: number): string[] {
  const out: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const start = i;
    let count = 0;
    while (i < n) {
      const c = codePointAt(text, i);
      if (c !== 45 && !isLetterCode(c)) break;
      i += c > 0xffff ? 2 : 1;
      count++;
    }
    if (count >= min) out.push(text.slice(start, i));
    if (count === 0) i += codePointAt(text, i) > 0xffff ? 2 : 1;
  }
  return out;
}

/** True when the text is not empty and has no letter or digit: `/^[^\p{L}\p{N}]+$/u`. */
export function hasNoLetterOrDigit(text: string): boolean {
  // The length read once: `isPunct` calls this per token on values of many string
  // representations, where each `length` read is a megamorphic load (perf39).
  const len = text.length;
  if (len === 0) return false;
  for (let i = 0; i < len; ) {
    const cp = codePointAt(text, i);
    if (isLetterOrDigitCode(cp)) return false;
    i += cp > 0xffff ? 2 : 1;
  }
  return true;
}

/** True when the last character (code point) is a letter or digit: `/[\p{L}\p{N}]$/u`. */
export function endsWithLetterOrDigit(text: string): boolean {
  const n = text.length;
  if (n === 0) return false;
  const last = charCodeAt(text, n - 1);
  const cp = last >= 0xdc00 && last <= 0xdfff && n >= 2 ? codePointAt(text, n - 2) : last;
  return isLetterOrDigitCode(cp > 0xffff ? cp : last);
}

/** True when the code point is punctuation or a symbol (`[\p{P}\p{S}]`). */
export function isPunctOrSymbolCode(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x21 && cp <= 0x2f) || (cp >= 0x3a && cp <= 0x40) || (cp >= 0x5b && cp <= 0x60) || (cp >= 0x7b && cp <= 0x7e);
  if (cp <= 0xff) {
    // Latin-1: all of U+00A1–U+00BF but letters, digits and the soft hyphen; × and ÷
    if (cp >= 0xa1 && cp <= 0xbf) return cp !== 0xaa && cp !== 0xad && cp !== 0xb2 && cp !== 0xb3 && cp !== 0xb5 && cp !== 0xb9 && cp !== 0xba && (cp < 0xbc || cp > 0xbe);
    return cp === 0xd7 || cp === 0xf7;
  }
  // General Punctuation: dashes, quotes, bullets, ellipsis, primes...; not its spaces and format characters
  if (cp >= 0x2000 && cp <= 0x206f) return (cp >= 0x2010 && cp <= 0x2027) || (cp >= 0x2030 && cp <= 0x205e);
  return PUNCT_OR_SYMBOL().test(String.fromCodePoint(cp));
}

/** True when the text is not empty and all punctuation or symbols: `/^[\p{P}\p{S}]+$/u`. */
export function isPunctOrSymbolText(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0, len = text.length; i < len; ) {
    const cp = codePointAt(text, i);
    if (!isPunctOrSymbolCode(cp)) return false;
    i += cp > 0xffff ? 2 : 1;
  }
  return true;
}

/**
 * True when the UTF-16 unit is white space of the regex class `\s` (and of `trim`): tab to
 * carriage return, Zs spaces, line and paragraph separators, BOM.
 */
export function isRegexSpaceCode(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * True when the UTF-16 unit is a character of the regex class `\w` without the `u` flag: ASCII
 * letters, digits and `_`; false for NaN (past the end of a string), as `\b` at the end.
 */
export function isRegexWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * How many parts `text.slice(0, end).trimEnd().split(/\s+/)` has, with no string or array made:
 * one, plus one per run of white space (`isRegexSpaceCode`) that something other than white
 * space follows before `end` (a leading run counts: it splits off an empty first part).
 *
 * @example
 * spaceSplitCount(' Vale Ruiz: said', 10); // 3 ("", "Vale", "Ruiz:")
 */
export function spaceSplitCount(text: string, end: number): number {
  let n = 1;
  let inSpace = false;
  for (let i = 0; i < end; i++) {
    const space = isRegexSpaceCode(charCodeAt(text, i));
    if (inSpace && !space) n++;
    inSpace = space;
  }
  return n;
}

/** True when the UTF-16 unit is a line terminator: what the regex `.` does not match. */
export function isLineTerminator(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/** True when `text` has the lower-case ASCII `word` at `at`, in either case (none of its letters has a non-ASCII case twin). */
export function startsWithIgnoringCase(text: string, at: number, word: string): boolean {
  if (at + word.length > text.length) return false;
  for (let i = 0, len = word.length; i < len; i++) {
    if ((charCodeAt(text, at + i) | 0x20) !== charCodeAt(word, i)) return false;
  }
  return true;
}

/** True when the code point is an upper-case letter (`\p{Lu}`). */
export function isUpperCode(cp: number): boolean {
  if (cp < 128) return cp >= 65 && cp <= 90;
  if (cp <= 0xff) return cp >= 0xc0 && cp <= 0xde && cp !== 0xd7;
  if (cp >= 0x2000 && cp <= 0x206f) return false;
  return UPPER().test(String.fromCodePoint(cp));
}

/** True when the code point is a lower-case letter (`\p{Ll}`). */
export function isLowerCode(cp: number): boolean {
  if (cp < 128) return cp >= 97 && cp <= 122;
  // (U+00AA and U+00BA are other letters, U+00B5 micro is lower-case)
  if (cp <= 0xff) return cp === 0xb5 || (cp >= 0xdf && cp !== 0xf7);
  if (cp >= 0x2000 && cp <= 0x206f) return false;
  return LOWER().test(String.fromCodePoint(cp));
}

/** Starts with an upper-case letter: `/^\p{Lu}/u`. */
export function startsWithUpper(text: string): boolean {
  return text.length > 0 && isUpperCode(codePointAt(text, 0));
}

/** Starts with a lower-case letter: `/^\p{Ll}/u`. */
export function startsWithLower(text: string): boolean {
  return text.length > 0 && isLowerCode(codePointAt(text, 0));
}

/** Has an upper-case letter: `/\p{Lu}/u`. */
export function hasUpper(text: string): boolean {
  for (let i = 0, len = text.length; i < len; ) {
    const cp = codePointAt(text, i);
    if (isUpperCode(cp)) return true;
    i += cp > 0xffff ? 2 : 1;
  }
  return false;
}

/** How many UTF-16 units the upper-case letters of the text take: `text.replace(/[^\p{Lu}]/gu, '').length`. */
export function upperLength(text: string): number {
  let n = 0;
  for (let i = 0, len = text.length; i < len; ) {
    const cp = codePointAt(text, i);
    const w = cp > 0xffff ? 2 : 1;
    if (isUpperCode(cp)) n += w;
    i += w;
  }
  return n;
}

/** Has a letter: `/\p{L}/u`. */
export function hasLetter(text: string): boolean {
  for (let i = 0, len = text.length; i < len; ) {
    const cp = codePointAt(text, i);
    if (isLetterCode(cp)) return true;
    i += cp > 0xffff ? 2 : 1;
  }
  return false;
}

/** Has a character (code point, or lone surrogate) that is neither a letter nor a digit: `/[^\p{L}\p{N}]/u`. */
export function hasNonLetterOrDigit(text: string): boolean {
  for (let i = 0, len = text.length; i < len; ) {
    const cp = codePointAt(text, i);
    if (!isLetterOrDigitCode(cp)) return true;
    i += cp > 0xffff ? 2 : 1;
  }
  return false;
}

/**
 * Length of the letter at `i` of `text` (2 for a surrogate pair, 0 if none): what the sticky
 * `/\p{L}/uy` with `lastIndex` `i` advances by. At the low half of a pair, the pattern reads
 * the whole pair and ends one after `i`.
 */
export function letterLengthAt(text: string, i: number): number {
  const c = charCodeAt(text, i);
  if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
    const h = charCodeAt(text, i - 1);
    if (h >= 0xd800 && h <= 0xdbff) return isLetterCode(codePointAt(text, i - 1)) ? 1 : 0;
  }
  if (i >= text.length) return 0;
  const cp = codePointAt(text, i);
  return isLetterCode(cp) ? (cp > 0xffff ? 2 : 1) : 0;
}

/** An upper-case letter and a period, as an initial: `/^\p{Lu}\.$/u`. */
export function isUpperInitial(text: string): boolean {
  const n = text.length;
  if (n < 2 || n > 3 || charCodeAt(text, n - 1) !== 46) return false;
  const cp = codePointAt(text, 0);
  return (cp > 0xffff ? 3 : 2) === n && isUpperCode(cp);
}

/** True when the text has a letter or digit: `/[\p{L}\p{N}]/u`. */
export function hasLetterOrDigit(text: string): boolean {
  return text.length > 0 && !hasNoLetterOrDigit(text);
}

/** A letter and a period, as an initial: `/^\p{L}\.$/u`. */
export function isLetterInitial(text: string): boolean {
  const n = text.length;
  if (n < 2 || n > 3 || charCodeAt(text, n - 1) !== 46) return false;
  const cp = codePointAt(text, 0);
  return (cp > 0xffff ? 3 : 2) === n && isLetterCode(cp);
}

/**
 * How many words the text has, a word being letters and digits with inner apostrophes before
 * letters ("Ruiz’s", "don't"): the number of matches of `/[\p{L}\p{N}]+(?:['’][\p{L}]+)*\/gu`.
 *
 * @example
 * countWords("It’s 3 o'clock, Ruiz’s"); // 4
 */
export function countWords(text: string): number {
  const n = text.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    const cp = codePointAt(text, i);
    if (!isLetterOrDigitCode(cp)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    count++;
    i += cp > 0xffff ? 2 : 1;
    while (i < n) {
      const c = codePointAt(text, i);
      if (!isLetterOrDigitCode(c)) break;
      i += c > 0xffff ? 2 : 1;
    }
    // (?:['’]\p{L}+)*: an apostrophe counts only when a letter follows it
    while (i + 1 < n && (charCodeAt(text, i) === 39 || charCodeAt(text, i) === 0x2019) && isLetterCode(codePointAt(text, i + 1))) {
      i++;
      while (i < n) {
        const c = codePointAt(text, i);
        if (!isLetterCode(c)) break;
        i += c > 0xffff ? 2 : 1;
      }
    }
  }
  return count;
}

/**
 * An acronym's shape, `/^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\d&-]{1,7}$/u`: "U.N.", "FEMA", "AT&T".
 *
 * @example
 * isAcronymShape('U.S.'); // true
 */
export function isAcronymShape(text: string): boolean {
  const n = text.length;
  if (n < 2) return false;
  const c0 = codePointAt(text, 0);
  if (!isUpperCode(c0)) return false;
  // "U.N.": no other shape has a period
  if (charCodeAt(text, c0 > 0xffff ? 2 : 1) === 46) return isUpperInitials(text);
  // \p{Lu}[\p{Lu}\d&-]{1,7}
  let rest = 0;
  for (let i = c0 > 0xffff ? 2 : 1; i < n; rest++) {
    const cp = codePointAt(text, i);
    if (!((cp >= 48 && cp <= 57) || cp === 38 || cp === 45 || isUpperCode(cp))) return false;
    i += cp > 0xffff ? 2 : 1;
  }
  return rest >= 1 && rest <= 7;
}

/** Two or more upper-case initials, each with its period ("U.N.", "J.R.R."): `/^(?:\p{Lu}\.){2,}$/u`. */
export function isUpperInitials(text: string): boolean {
  const n = text.length;
  let pairs = 0;
  for (let i = 0; i < n; ) {
    const cp = codePointAt(text, i);
    if (!isUpperCode(cp)) return false;
    i += cp > 0xffff ? 2 : 1;
    if (charCodeAt(text, i) !== 46) return false;
    i++;
    pairs++;
  }
  return pairs >= 2;
}

/** Only upper-case letters, `min` to `max` of them: `/^\p{Lu}{2,6}$/u` for 2 and 6. */
export function isUpperRun(text: string, min: number, max: number): boolean {
  let count = 0;
  for (let i = 0, len = text.length; i < len; count++) {
    const cp = codePointAt(text, i);
    if (!isUpperCode(cp)) return false;
    i += cp > 0xffff ? 2 : 1;
  }
  return count >= min && count <= max;
}

/** Starts with an upper-case letter or a number: `/^[\p{Lu}\p{N}]/u`. */
export function startsWithUpperOrDigit(text: string): boolean {
  if (text.length === 0) return false;
  const cp = codePointAt(text, 0);
  // \p{N} is a letter-or-digit that is not a letter
  return isUpperCode(cp) || (isLetterOrDigitCode(cp) && !isLetterCode(cp));
}

/**
 * How many words a text of words joined by single spaces has: `text.split(' ').length`, with no
 * array (names are counted this way for every mention).
 *
 * @example
 * spacedWordCount('Carlos Bravo Regidor'); // 3
 */
export function spacedWordCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) n++;
  return n;
}

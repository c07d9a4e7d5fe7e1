import { charCodeAt } from './charCodes.js';

/**
 * Returns a copy of `text` of exactly the same length in which characters that confuse
 * tokenization are replaced one-for-one, so that every offset into the copy is also an offset
 * into the original:
 * - BOM, no-break, zero-width and other exotic spaces, control characters and lone UTF-16
 *   surrogates become a plain space;
 * - a CR of a CRLF pair becomes a space, a lone CR (old Mac line ending), U+2028 and U+2029
 *   become `\n`.
 *
 * @example
 * ```ts
 * normalizeText('\uFEFFHi\r\nthere').length === '\uFEFFHi\r\nthere'.length // true
 * ```
 */
export function normalizeText(text: string): string {
  return normalizeTextFrom(text, 0);
}

/**
 * `normalizeText(text)` when no character before `from` is replaced (`TextScan.firstReplaced`
 * says where the first one is): the walk starts there, and `from` -1 (nothing to replace)
 * returns `text` itself without a walk.
 *
 * @example
 * ```ts
 * normalizeTextFrom('Hi\r\nthere', 2) === normalizeText('Hi\r\nthere') // true
 * normalizeTextFrom('Hi there', -1) // 'Hi there'
 * ```
 */
export function normalizeTextFrom(text: string, from: number): string {
  if (from < 0) return text;
  let out = '';
  let runStart = 0;
  const n = text.length;
  for (let i = from; i < n; i++) {
    const c = charCodeAt(text, i);
    if (c >= 0x20 && c < 0x7f) continue; // printable ASCII, most of any text: kept
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = charCodeAt(text, i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++; // a valid pair: keep both halves
        continue;
      }
    }
    const replacement = replacementFor(c, charCodeAt(text, i + 1));
    if (replacement !== null) {
      out += text.slice(runStart, i) + replacement;
      runStart = i + 1;
    }
  }
  return runStart === 0 ? text : out + text.slice(runStart);
}

/**
 * True when `normalizeText` replaces the code unit `c` (followed by `next`). A high surrogate
 * followed by a low one is kept: the caller skips such a pair before asking.
 */
export function isReplacedCode(c: number, next: number): boolean {
  return replacementFor(c, next) !== null;
}

/**
 * What `normalizeText` puts in place of the code unit `c` (followed by `next`), or null to keep
 * it. A high surrogate is only passed here when it is not followed by a low one.
 */
function replacementFor(c: number, next: number): string | null {
  if (c < 0x20) {
    if (c === 0x0d) return next === 0x0a ? ' ' : '\n';
    return c !== 0x0a && c !== 0x09 ? ' ' : null;
  }
  if (c < 0x7f) return null;
  if (c <= 0x9f) return ' ';
  if (c === 0xa0 || c === 0xfeff || c === 0x1680 || (c >= 0x2000 && c <= 0x200f) || c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0x00ad) return ' ';
  if (c === 0x2028 || c === 0x2029) return '\n';
  if (c >= 0xd800 && c <= 0xdfff) return ' '; // a lone surrogate
  if (c === 0xfffd || c === 0xfffe || c === 0xffff) return ' ';
  return null;
}

/**
 * True when `text` has at least one character that `normalizeText` keeps and that is not a
 * space: a text of only spaces, control characters (`"\u0000"`), zero-width or exotic spaces
 * and stray surrogates is blank. Stops at the first visible character.
 *
 * @example
 * ```ts
 * hasVisibleText('\u0000\u200B \n') // false
 * hasVisibleText(' x ') // true
 * ```
 */
export function hasVisibleText(text: string): boolean {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = charCodeAt(text, i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = charCodeAt(text, i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) return true;
    }
    if (c === 0x20 || c === 0x09 || c === 0x0a) continue;
    if (replacementFor(c, charCodeAt(text, i + 1)) === null) return true;
  }
  return false;
}

/** True for the characters `normalizeText` leaves as whitespace (space, tab, newline). */
export function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a;
}

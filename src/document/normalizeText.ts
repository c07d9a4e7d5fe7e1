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
  let out = '';
  let runStart = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let replacement: string | null = null;
    if (c < 0x20) {
      if (c === 0x0d) replacement = text.charCodeAt(i + 1) === 0x0a ? ' ' : '\n';
      else if (c !== 0x0a && c !== 0x09) replacement = ' ';
    } else if (c >= 0x7f && c <= 0x9f) {
      replacement = ' ';
    } else if (c === 0xa0 || c === 0xfeff || c === 0x1680 || (c >= 0x2000 && c <= 0x200f) || c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0x00ad) {
      replacement = ' ';
    } else if (c === 0x2028 || c === 0x2029) {
      replacement = '\n';
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++; // a valid pair: keep both halves
      else replacement = ' ';
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      replacement = ' '; // low surrogate without its high half
    } else if (c === 0xfffd || c === 0xfffe || c === 0xffff) {
      replacement = ' ';
    }
    if (replacement !== null) {
      out += text.slice(runStart, i) + replacement;
      runStart = i + 1;
    }
  }
  return runStart === 0 ? text : out + text.slice(runStart);
}

/** True for the characters `normalizeText` leaves as whitespace (space, tab, newline). */
export function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a;
}

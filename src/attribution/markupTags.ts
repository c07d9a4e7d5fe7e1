/**
 * Embedded posts pasted into plain text: the post's element copied with it,
 * `<tweet author="@vale">The pier is unsafe</tweet>`, a stray `<tweet/>`, and the post's signature
 * line, `— Ana Vale (@anavale) May 3, 2026`. Neither is part of what anyone said, nor of who said
 * it: a content stops before a tag or a signature that opens inside it, and a source does not
 * begin with the `>` that closes a tag.
 */
import type { SlantDocument } from '../document/readDocument.js';
import { isLetterCode, isLetterOrDigitCode } from '../document/letterRuns.js';
import type { TokenRange } from './nounPhrases.js';

const LESS_THAN = 60;
const SLASH = 47;
const OPEN_BRACKET = 40;
const AT = 64;
const EM_DASH = 0x2014;
/** Characters a signature's name may take between its dash and the handle ("— Ana Vale (@anavale)"). */
const MAX_SIGNATURE_NAME = 60;

/**
 * The end of the text [from, to) before the first markup tag that opens in it (`tagAt`:
 * "…unsafe</tweet>", "…unsafe<tweet/>", `<post author="@vale">`) or the first post signature
 * ("… — Ana Vale (@anavale) May 3"), without the spaces before it; `to` when none opens. A "<"
 * that compares ("a < b", "3<5", "x<y") or brackets a type or an address ("List<string>",
 * "<vale@tarn.gov>") is no tag and stays. One pass over the content's own characters (a tag
 * reads at most a short name ahead, a signature looks back a bounded stretch).
 */
export function endBeforeMarkupTag(text: string, from: number, to: number): number {
  for (let i = from; i < to - 1; i++) {
    const c = text.charCodeAt(i);
    let cut = -1;
    if (c === LESS_THAN) {
      if (tagAt(text, i)) cut = i;
    } else if (c === OPEN_BRACKET && text.charCodeAt(i + 1) === AT) cut = signatureDash(text, from, i);
    if (cut < 0) continue;
    while (cut > from && text.charCodeAt(cut - 1) <= 32) cut--;
    if (cut > from) return cut;
  }
  return to;
}

/** May `text` hold a tag or a signature's handle (a "<" or "(@" anywhere)? When not, no content needs `endBeforeMarkupTag`. */
export function mayHoldMarkup(text: string): boolean {
  return text.includes('<') || text.includes('(@');
}

/** Characters a tag's or an attribute's name may take (bounds the look ahead of `tagAt`). */
const MAX_TAG_NAME = 32;
const GREATER_THAN = 62;
const EQUALS = 61;

/**
 * Does a markup tag open at the "<" at `i`? Only the shapes an element pasted with a post takes:
 * a closing tag `</name>` and an empty one `<name/>` wherever they stand ("unsafe</tweet>"), an
 * opening tag `<name>` or `<name attr=` only when no letter or digit is glued before the "<" (after
 * one it compares or brackets a type: "x<y", "List<string>"). An address or a comparison has
 * no such ending ("<vale@tarn.gov>", "a<b then").
 */
function tagAt(text: string, i: number): boolean {
  const closing = text.charCodeAt(i + 1) === SLASH;
  const name = closing ? i + 2 : i + 1;
  const end = nameEnd(text, name);
  if (end === name) return false;
  const c = text.charCodeAt(end);
  if (c === GREATER_THAN) return closing || !glued(text, i);
  if (closing) return false;
  if (c === SLASH) return text.charCodeAt(end + 1) === GREATER_THAN;
  if ((c !== 32 && c !== 9 && c !== 10) || glued(text, i)) return false;
  let a = end + 1;
  while (a < end + MAX_TAG_NAME && text.charCodeAt(a) === 32) a++;
  const attr = nameEnd(text, a);
  return attr > a && text.charCodeAt(attr) === EQUALS;
}

/** End of a tag or attribute name at `at` (a letter, then letters, digits, "-", "_", ":"); `at` when none. */
function nameEnd(text: string, at: number): number {
  if (at >= text.length || !isLetterCode(text.charCodeAt(at))) return at;
  let j = at + 1;
  for (const stop = Math.min(text.length, at + MAX_TAG_NAME); j < stop; j++) {
    const c = text.charCodeAt(j);
    if (!isLetterOrDigitCode(c) && c !== 45 && c !== 95 && c !== 58) break;
  }
  return j;
}

/** Is a letter or a digit glued before the "<" at `i` ("x<y", "List<string>")? */
const glued = (text: string, i: number) => i > 0 && isLetterOrDigitCode(text.charCodeAt(i - 1));

/**
 * The dash that opens a post's signature whose handle bracket is at `bracket` ("— Ana Vale
 * (@anavale)"): an em dash at most a short name before it, after `from`; -1 when there is none
 * ("Vale (@anavale) wrote" names a handle, it signs nothing).
 */
function signatureDash(text: string, from: number, bracket: number): number {
  const floor = Math.max(from, bracket - MAX_SIGNATURE_NAME);
  for (let j = bracket - 1; j >= floor; j--) {
    const c = text.charCodeAt(j);
    if (c === EM_DASH) return j;
    if (c === 10 || c === 13) return -1;
  }
  return -1;
}

/** Source range `r` without the `>` that closes a tag before the name (`author="@vale">Vale`). */
export function withoutClosedTag(doc: SlantDocument, r: TokenRange): TokenRange {
  return r.b - r.a > 1 && doc.value[r.a] === '>' ? { ...r, a: r.a + 1 } : r;
}

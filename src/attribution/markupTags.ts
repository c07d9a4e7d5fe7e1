/**
 * Embedded posts pasted into plain text: the post's element copied with it,
 * `<tweet author="@vale">The pier is unsafe</tweet>`, a stray `<tweet/>`, and the post's signature
 * line, `— Ana Vale (@anavale) May 3, 2026`. Neither is part of what anyone said, nor of who said
 * it: a content stops before a tag or a signature that opens inside it, and a source does not
 * begin with the `>` that closes a tag.
 */
import type { SlantDocument } from '../document/readDocument.js';
import { isLetterCode } from '../document/letterRuns.js';
import type { TokenRange } from './nounPhrases.js';

const LESS_THAN = 60;
const SLASH = 47;
const OPEN_BRACKET = 40;
const AT = 64;
const EM_DASH = 0x2014;
/** Characters a signature's name may take between its dash and the handle ("— Ana Vale (@anavale)"). */
const MAX_SIGNATURE_NAME = 60;

/**
 * The end of the text [from, to) before the first markup tag that opens in it ("<" glued to a
 * tag name or to "/": "…unsafe</tweet>", "…unsafe<tweet/>") or the first post signature
 * ("… — Ana Vale (@anavale) May 3"), without the spaces before it; `to` when none opens. A "<"
 * before a space or a digit compares ("a < b", "3<5") and stays. One pass over the content's own
 * characters (a signature looks back a bounded stretch).
 */
export function endBeforeMarkupTag(text: string, from: number, to: number): number {
  for (let i = from; i < to - 1; i++) {
    const c = text.charCodeAt(i);
    let cut = -1;
    if (c === LESS_THAN) {
      const next = text.charCodeAt(i + 1);
      if (next === SLASH || isLetterCode(next)) cut = i;
    } else if (c === OPEN_BRACKET && text.charCodeAt(i + 1) === AT) cut = signatureDash(text, from, i);
    if (cut < 0) continue;
    while (cut > from && text.charCodeAt(cut - 1) <= 32) cut--;
    if (cut > from) return cut;
  }
  return to;
}

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

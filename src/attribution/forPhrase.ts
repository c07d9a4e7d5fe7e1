/**
 * The split of "A spokesman for the Kestrel Bay Police Department" into the words before the
 * first "for/of/at/from" and what follows it, by char code.
 *
 * Why not the regular expression it replaces,
 * `/^(?:a|an|the|one|another)?\s*([\p{L}\s-]+?)\s+(?:for|of|at|from)\s+(.+)$/iu`: with the `i`
 * flag V8 closes `\p{L}` over case when it compiles the pattern, the costliest pattern of a
 * process's first analysis. The scan below tries the same choices in the same order (article
 * alternatives, white space given back, the shortest head first), so it returns the same groups
 * (a test compares both).
 */

import { isLetterCode, isLineTerminator, isRegexSpaceCode, startsWithIgnoringCase } from '../document/letterRuns.js';
import { charCodeAt, codePointAt } from '../document/charCodes.js';

/** The optional article, in the pattern's order of alternatives (then none). */
const ARTICLES = ['a', 'an', 'the', 'one', 'another'];
const PREPOSITIONS = ['for', 'of', 'at', 'from'];

/** The words before the preposition (the pattern's first group) and the rest (the organisation). */
export interface ForPhrase {
  head: string;
  organization: string;
}

/**
 * Splits `text` at its first "for", "of", "at" or "from" after a run of letters, spaces and
 * hyphens (after an optional article), as the regular expression above does; null when it has none.
 *
 * @example
 * splitAtForPhrase('a spokesman for the port authority'); // { head: 'spokesman', organization: 'the port authority' }
 */
export function splitAtForPhrase(text: string): ForPhrase | null {
  const n = text.length;
  // `(.+)$`: the organisation holds no line terminator, so it starts after the last one
  let lastBreak = -1;
  for (let i = n - 1; i >= 0; i--) {
    if (isLineTerminator(charCodeAt(text, i))) {
      lastBreak = i;
      break;
    }
  }
  for (let a = 0; a <= ARTICLES.length; a++) {
    const p = a < ARTICLES.length ? (startsWithIgnoringCase(text, 0, ARTICLES[a]!) ? ARTICLES[a]!.length : -1) : 0;
    if (p < 0) continue;
    let ws = p;
    while (ws < n && isRegexSpaceCode(charCodeAt(text, ws))) ws++;
    // `\s*` is greedy: it gives the head back one space at a time
    for (let q = ws; q >= p; q--) {
      // the head is lazy: the shortest one that the rest of the pattern follows
      for (let e = q; e < n; ) {
        const cp = codePointAt(text, e);
        if (!inHeadClass(cp)) break;
        e += cp > 0xffff ? 2 : 1;
        const organization = organizationAfter(text, e, lastBreak);
        if (organization !== null) return { head: text.slice(q, e), organization };
      }
    }
  }
  return null;
}

/** `\s+(?:for|of|at|from)\s+(.+)$` at `e`: the last group, or null. */
function organizationAfter(text: string, e: number, lastBreak: number): string | null {
  const n = text.length;
  let w = e;
  while (w < n && isRegexSpaceCode(charCodeAt(text, w))) w++;
  // (a preposition starts with a letter: only after all the spaces)
  if (w === e) return null;
  for (const prep of PREPOSITIONS) {
    if (!startsWithIgnoringCase(text, w, prep)) continue;
    const s = w + prep.length;
    let w2 = s;
    while (w2 < n && isRegexSpaceCode(charCodeAt(text, w2))) w2++;
    for (let t = w2; t > s; t--) {
      if (t <= lastBreak) break;
      if (t < n) return text.slice(t);
    }
  }
  return null;
}

/** `[\p{L}\s-]` under the `iu` flags: case closure adds U+0345 (it folds to a Greek iota). */
function inHeadClass(cp: number): boolean {
  return cp === 45 || cp === 0x345 || (cp <= 0xffff && isRegexSpaceCode(cp)) || isLetterCode(cp);
}

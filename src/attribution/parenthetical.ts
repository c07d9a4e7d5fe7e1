/**
 * Parentheticals in brackets or between dashes that close before a coordinated or participle verb:
 * the verb that one shares its subject with is read back from where the parenthetical opens.
 */
import type { SlantDocument } from '../document/readDocument.js';
import { AND_BUT, isPunct, isQuoteMark, isSetOffDash } from './tokens.js';

/** The dash at `o` opens a pair: an even number of dashes stands before it in the sentence. */
export function dashOpens(doc: SlantDocument, o: number, ts: number): boolean {
  let n = 0;
  for (let t = o - 1; t >= ts; t--) if (isSetOffDash(doc, t)) n++;
  return n % 2 === 0;
}

/**
 * The token to read a coordinated or participle verb's governor back from, when a parenthetical
 * closes right before `j` ("Ruiz attacked the plan — “It is wrong,” he said — and vowed …", "called
 * them thieves (although he allowed that …) and promised …"): the opening parenthesis or dash, whose
 * verb is not the one the second verb shares its subject with; `j` itself otherwise.
 */
export function overParenthetical(doc: SlantDocument, j: number, ts: number): number {
  // (", and vowed": over the comma before the conjunction)
  const c = doc.value[j - 1] === ',' && !isPunct(doc, j) ? j - 2 : j - 1;
  if (c <= ts) return j;
  if (doc.value[c] === ')') {
    for (let o = c - 1; o > ts && c - o < 40; o--) {
      if (doc.value[o] === '(') return o;
      if (doc.value[o] === ')') return j;
    }
    return j;
  }
  if (!isSetOffDash(doc, c)) return j;
  for (let o = c - 1; o > ts && c - o < 40; o--) {
    if (doc.value[o] === ';') return j;
    if (isSetOffDash(doc, o)) return dashOpens(doc, o, ts) ? o : j;
  }
  return j;
}

/** The most tokens of a comma aside after "and" or "but" that `conjunctionBeforeAside` reads back over. */
const MAX_CONJUNCTION_ASIDE = 6;

/**
 * "and, as expected, has spoken", "but, in the end, said": the comma at `j` closes a short aside (at most six
 * tokens, no quotation mark or other punctuation in it) whose opening comma follows "and" or "but", all after `lo`;
 * the conjunction's token, or -1. (Shared by the subject search and the content cut before a second verb phrase.)
 */
export function conjunctionBeforeAside(doc: SlantDocument, j: number, lo: number): number {
  for (let o = j - 1; o > lo && j - o <= MAX_CONJUNCTION_ASIDE; o--) {
    if (doc.value[o] === ',') return o - 1 > lo && o < j - 1 && AND_BUT.has(doc.lower[o - 1]!) ? o - 1 : -1;
    if (isPunct(doc, o) || isQuoteMark(doc, o)) return -1;
  }
  return -1;
}

/**
 * A name's own appositive set off by commas ("Vale, 54, …", "Vale, a top aide, …", "Vale, who chairs the board, …"):
 * where it ends. Shared by the "according to" reader and the verb cue finder, which both read the verb after it.
 */
import type { SlantDocument } from '../document/readDocument.js';
import { hasVerb, isCap, isQuoteMark, NONCOMPLEMENT_RELATIVES } from './tokens.js';

/**
 * The comma closing a name's own appositive that opens after the comma at `k` (a short phrase with no verb
 * opened by a determiner or a number, or a relative clause opened by "who"/"which"), or -1: "Vale[, a top
 * aide,] …", "Vale[, 54,] …", "Vale[, who chairs the board,] …". A place phrase set off after an age or a
 * description belongs to the same appositive, as police reports write it: "Vale[, 54, of Tarn County,] …".
 */
export function appositiveEnd(doc: SlantDocument, k: number, te: number): number {
  if (doc.value[k] !== ',') return -1;
  const relative = NONCOMPLEMENT_RELATIVES.has(doc.lower[k + 1]!);
  if (!relative && doc.pos[k + 1] !== 'DET' && doc.pos[k + 1] !== 'NUM') return -1;
  let d = k + 1;
  while (d < te && d - k <= (relative ? 15 : 10) && doc.value[d] !== ',' && !isQuoteMark(doc, d)) d++;
  if (d >= te || doc.value[d] !== ',' || (!relative && hasVerb(doc, k + 1, d))) return -1;
  if (!relative && (doc.lower[d + 1] === 'of' || doc.lower[d + 1] === 'from') && isCap(doc, d + 2)) {
    let e = d + 2;
    while (e < te && e - d <= 6 && doc.value[e] !== ',' && !isQuoteMark(doc, e)) e++;
    if (e < te && doc.value[e] === ',' && !hasVerb(doc, d + 2, e)) return e;
  }
  return d;
}

/** Most tokens read back from a comma for the comma that opens the appositive it closes. */
const APPOSITIVE_REACH = 12;

/**
 * Does the comma at `c` close a name's own appositive ("Ana Vale, 54, | plans to run", "Vale, a clerk, | plans …")? The
 * opening comma stands within a few tokens before it, right after a name that opens its clause.
 */
export function closesNameAppositive(doc: SlantDocument, c: number, ts: number): boolean {
  if (doc.value[c] !== ',') return false;
  for (let o = c - 2; o > ts && c - o <= APPOSITIVE_REACH; o--) {
    if (doc.value[o] !== ',') continue;
    if (appositiveEnd(doc, o, c + 1) !== c || doc.pos[o - 1] !== 'PROPN' || !isCap(doc, o - 1)) return false;
    let a = o - 1;
    while (a > ts && o - a < 4 && doc.pos[a - 1] === 'PROPN' && isCap(doc, a - 1)) a--;
    return a === ts;
  }
  return false;
}

/**
 * The head of a list of three or more speakers before a verb ("Vale, Ruiz and Berg said"): the clause reader stops at
 * the list's commas, leaving the source at its last two members.
 */
import type { SlantDocument } from '../document/readDocument.js';
import { hasHead, nounPhraseBefore, type SourcePhrase } from './nounPhrases.js';
import { COORDINATORS } from './tokens.js';
import { TIME_ADJUNCT } from './timeWords.js';

/** Tags that open an adverbial or a clause rather than a list member ("In Tarn, …", "Meanwhile, …", "If so, …"). */
const NON_MEMBER_OPENERS: ReadonlySet<string> = new Set(['ADP', 'ADV', 'SCONJ', 'CCONJ', 'VERB', 'AUX', 'PART', 'INTJ']);

/** Most members read before the subject's own two (a list is short; the scan stays within the sentence's start). */
const MAX_MEMBERS = 6;

/** Most tokens of a widened source: a that-clause's source is no longer (`looseSource` in findAttributions.ts drops the relation). */
const MAX_TOKENS = 10;

/**
 * `r` widened to the list's first member when `r` joins two members with "and"/"or" right after a comma and the
 * pieces before it, each a noun phrase set off by a comma, reach back to the sentence's start `ts`; `r` otherwise
 * (an adverbial or a time phrase before the comma, "On Monday, Vale and Ruiz said", is no member; a subject with a
 * description or a relative clause of its own is left as read).
 */
export function withListHead(doc: SlantDocument, r: SourcePhrase, ts: number): SourcePhrase {
  // ("Vale, Ruiz, and Berg said": a serial comma before the conjunction leaves `r` at the last member alone; then
  // two members at least stand before it, "Vale, and Berg said" being no list)
  const serial = r.a - 3 >= ts && COORDINATORS.has(doc.lower[r.a - 1]!) && doc.value[r.a - 2] === ',';
  if (r.appositive || r.relative || r.antecedent || r.a - 2 < ts || (doc.value[r.a - 1] !== ',' && !serial)) return r;
  let joined = serial;
  for (let t = r.a + 1; t < r.b - 1 && !joined; t++) joined = COORDINATORS.has(doc.lower[t]!);
  if (!joined) return r;
  let comma = serial ? r.a - 2 : r.a - 1;
  for (let n = 0; n < MAX_MEMBERS; n++) {
    const np = nounPhraseBefore(doc, comma - 1, ts);
    if (np === null || np.b !== comma || np.a < ts || !hasHead(doc, np) || !member(doc, np.a, np.b)) return r;
    if (r.b - np.a > MAX_TOKENS) return r;
    if (np.a === ts) return serial && n === 0 ? r : { a: np.a, b: r.b };
    if (doc.value[np.a - 1] !== ',') return r;
    comma = np.a - 1;
  }
  return r;
}

/** Is `a..b` a member: not opened by an adverbial's or a clause's word, with no time word ("Last week, …", "Monday, …")? */
function member(doc: SlantDocument, a: number, b: number): boolean {
  if (NON_MEMBER_OPENERS.has(doc.pos[a]!)) return false;
  for (let t = a; t < b; t++) if (TIME_ADJUNCT.has(doc.lower[t]!)) return false;
  return true;
}

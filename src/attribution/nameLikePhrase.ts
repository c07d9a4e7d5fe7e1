/**
 * Whether a capitalised phrase can be a name rather than a time or place adjunct.
 */
import type { SlantDocument } from '../document/readDocument.js';
import { type TokenRange } from './nounPhrases.js';
import { isPunct } from './tokens.js';
import { MONTHS, NEAR_DAYS, WEEKDAYS, wordSet } from './timeWords.js';

/** Words of a time or place adjunct that a capitalised phrase holding them is no name ("On Monday", "Last May"). */
export const TIME_OR_PLACE = wordSet(NEAR_DAYS, WEEKDAYS, MONTHS, ['earlier', 'later', 'last', 'on', 'in', 'at', 'this', 'next', 'after', 'before', 'during']);

/** A capitalised phrase that can be a person's or body's name, not a time or place adjunct. */
export function looksLikeName(doc: SlantDocument, r: TokenRange): boolean {
  for (let k = r.a; k < r.b; k++) if (TIME_OR_PLACE.has(doc.lower[k]!)) return false;
  // "Still, the mayor said": a capitalised sentence adverb is no name ("Beyond Tarn, …": nor a phrase a preposition opens)
  return !NOT_A_NAME.has(doc.pos[r.b - 1]!) && !(r.b - r.a > 1 && doc.pos[r.a] === 'ADP' && r.a > 0 && isPunct(doc, r.a - 1)) && doc.lower[r.a] !== 'sure';
}

const NOT_A_NAME = new Set(['ADV', 'SCONJ', 'CCONJ', 'ADP', 'PART', 'INTJ', 'AUX', 'VERB', 'PRON', 'DET']);

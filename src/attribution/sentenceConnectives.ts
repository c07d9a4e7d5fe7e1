/**
 * Connective adverbs that open a clause and are never its subject ("however", "meanwhile"), and
 * the adverb-tagged words that can be one ("most", a capitalised name).
 */
import type { SlantDocument } from '../document/readDocument.js';
import { isCap, isListedAdverb } from './tokens.js';
import { SUBJECT_QUANTIFIERS } from './quantifiers.js';

export const CONNECTIVES = new Set(['why', 'when', 'whenever', 'where', 'how', 'so', 'then', 'yet', 'perhaps', 'maybe', 'rather', 'here', 'there', 'however', 'meanwhile', 'instead', 'nonetheless', 'nevertheless', 'moreover', 'furthermore', 'therefore', 'thus', 'hence', 'otherwise', 'indeed', 'likewise', 'similarly', 'finally', 'afterwards', 'afterward']);

/** A word the tagger may read as an adverb that can stand alone as a subject: "most", "many", a name ("Hardly"). */
export function loneSubjectWord(doc: SlantDocument, t: number): boolean {
  return SUBJECT_QUANTIFIERS.has(doc.lower[t]!) || (isCap(doc, t) && doc.pos[t] === 'ADV' && !isListedAdverb(doc, t) && !CONNECTIVES.has(doc.lower[t]!));
}

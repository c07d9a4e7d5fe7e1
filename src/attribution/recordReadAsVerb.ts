/**
 * Record nouns the tagger reads as verbs: "where polls show …", "the new polling suggests …".
 */
import type { SlantDocument } from '../document/readDocument.js';
import { DOCUMENT_NOUNS } from './describeSource.js';
import { endsWithIng, endsWithPlainS } from './tokens.js';

/**
 * Is the token at `t` a plural or -ing record noun of `DOCUMENT_NOUNS` ("polls", "polling", "data")
 * that the tagger read as a verb? Callers ask only about the word right before a verb, where it
 * heads that verb's subject: two verbs never stand side by side with nothing between them.
 *
 * @example
 * ```ts
 * // "Ruiz leads in Tarn, where polls show Vale ahead": true at "polls" (tagged VERB)
 * ```
 */
export function recordReadAsVerb(doc: SlantDocument, t: number): boolean {
  const low = doc.lower[t] ?? '';
  return doc.pos[t] === 'VERB' && DOCUMENT_NOUNS.has(low) && (endsWithPlainS(low) || endsWithIng(low) || low === 'data');
}

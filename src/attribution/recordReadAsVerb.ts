/**
 * Record nouns the tagger reads as verbs: "where polls show …", "the new polling suggests …".
 */
import type { SlantDocument } from '../document/readDocument.js';
import type { AttributionLexicons } from './attributionLexicons.js';
import { endsWithIng, endsWithPlainS } from './tokens.js';

/**
 * Is the token at `t` a plural or -ing document noun of `lex` ("polls", "polling", "data")
 * that the tagger read as a verb? Callers ask only about the word right before a verb, where it
 * heads that verb's subject: two verbs never stand side by side with nothing between them.
 *
 * @example
 * ```ts
 * // "Ruiz leads in Tarn, where polls show Vale ahead": true at "polls" (tagged VERB)
 * ```
 */
export function recordReadAsVerb(doc: SlantDocument, lex: AttributionLexicons, t: number): boolean {
  const low = doc.lower[t] ?? '';
  return doc.pos[t] === 'VERB' && lex.documentNouns.has(low) && (endsWithPlainS(low) || endsWithIng(low) || low === 'data');
}

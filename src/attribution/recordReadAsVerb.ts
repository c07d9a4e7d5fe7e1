/**
 * Record nouns the tagger reads as verbs: "where polls show …", "the new polling suggests …".
 */
import type { SlantDocument } from '../document/readDocument.js';
import type { AttributionLexicons } from './attributionLexicons.js';
import { endsWithIng, endsWithPlainS, PRONOUNS } from './tokens.js';

/**
 * Is the token at `t` a plural or -ing document noun of `lex` ("polls", "polling", "data")
 * that the tagger read as a verb? Callers ask only about the word right before a verb, where it
 * heads that verb's subject: two verbs never stand side by side with nothing between them.
 *
 * @example
 * ```ts
 * // "Ruiz leads in Tarn, where polls show Vale ahead": true at "polls" (tagged VERB)
 * // "Some analyses suggest the levy failed": true at "analyses" (its normal form "analyzes")
 * ```
 */
export function recordReadAsVerb(doc: SlantDocument, lex: AttributionLexicons, t: number): boolean {
  if (doc.pos[t] !== 'VERB') return false;
  const low = doc.lower[t] ?? '';
  if (lex.documentNouns.has(low)) return endsWithPlainS(low) || endsWithIng(low) || low === 'data';
  // ("Some analyses suggest …": the tagger's normal form spells the British verb "analyses" as "analyzes",
  // which no noun list holds; the word as written is the plural noun, unless a name, a noun or a pronoun
  // before it may be the verb's subject: "Berg analyses claims that …")
  if (t > 0 && (doc.pos[t - 1] === 'PROPN' || doc.pos[t - 1] === 'NOUN' || PRONOUNS.has(doc.lower[t - 1]!))) return false;
  const written = doc.value[t]!.toLowerCase();
  return written !== low && endsWithPlainS(written) && lex.documentNouns.has(written);
}

/**
 * A participle that modifies a cue word the tagger read as a noun: "The long-standing claim that …",
 * "Growing fears that …". The word is the noun a subject clause hangs on, not a verb whose subject is
 * the participle, so the participle names no speaker.
 */
import type { SlantDocument } from '../document/readDocument.js';
import { compoundModifierStart, endsWithIng, endsWithPlainS, isCap, isParticipleForm } from './tokens.js';

/**
 * Does a participle right before the noun-tagged cue word at `k` modify it? Either the last word of a
 * hyphenated compound ending in a participle ("long-standing", "oft-cited", "long-held": an adjective,
 * which no verb takes as its subject; a compound noun, "the fact-checker claims", keeps its verb), or an
 * "-ing" form the tagger read as a verb opening the sentence before a plural ("Growing fears that …",
 * "Mounting claims that …": a lone gerund is no speaker, and a plural verb would not agree with it).
 */
export function participleModifiesNoun(doc: SlantDocument, k: number): boolean {
  if (doc.pos[k] !== 'NOUN' || k < 1) return false;
  const m = doc.lower[k - 1]!;
  if (compoundModifierStart(doc, k - 1) >= 0) return endsWithIng(m) || isParticipleForm(m);
  return doc.pos[k - 1] === 'VERB' && endsWithIng(m) && isCap(doc, k - 1) && endsWithPlainS(doc.lower[k]) && doc.sentences[doc.sentenceOf[k - 1]!]!.tokenStart === k - 1;
}

/**
 * Noun forms of cue verbs that take only an object: "the depot attacks faded", "the May 2 attack that
 * left two hurt". As verbs they need the person or thing attacked after them; as nouns they name an
 * assault or a blast as often as a verbal attack, and the tagger's noun reading is then the right one.
 */
import type { SlantDocument } from '../document/readDocument.js';
import { isPunct, isQuoteMark, RELATIVE_WORDS } from './tokens.js';

/**
 * Cue verbs whose only complement is an object (never a clause, "that" or an infinitive), and whose noun
 * forms also name physical blows or blasts.
 */
const OBJECT_ONLY_CUE_VERBS: ReadonlySet<string> = new Set(['attack', 'slam', 'blast', 'bash', 'hammer', 'pummel']);

/** Tags after "that" that leave it a determiner of an object ("attacks that plan"). */
const DETERMINED_TAGS: ReadonlySet<string> = new Set(['NOUN', 'ADJ', 'NUM']);

/**
 * Is the token at `k`, tagged a noun, the noun form of an object-only cue verb with no object after it
 * ("the Monday depot attacks faded", "the latest depot attacks to renew its calls", "the May 2 attack that left
 * …", "statements about the harbour attacks.")? What follows is a verb, "to", a relative clause or the end of
 * the clause, none of which the verb takes: the noun stands. Not before an opening quotation mark or a colon
 * ("Vale attacks: …"), nor "that" as a determiner ("Ruiz attacks that plan").
 */
export function objectlessCueNoun(doc: SlantDocument, k: number): boolean {
  if (doc.pos[k] !== 'NOUN' || !OBJECT_ONLY_CUE_VERBS.has(doc.lemma[k]!)) return false;
  const a = k + 1;
  if (a >= doc.tokenCount) return true;
  if (isPunct(doc, a)) return !isQuoteMark(doc, a) && doc.value[a] !== ':';
  const pos = doc.pos[a];
  if (pos === 'VERB' || pos === 'AUX') return true;
  const low = doc.lower[a]!;
  if (low === 'to') return doc.pos[a + 1] === 'VERB';
  return RELATIVE_WORDS.has(low) && (low !== 'that' || !DETERMINED_TAGS.has(doc.pos[a + 1] ?? ''));
}

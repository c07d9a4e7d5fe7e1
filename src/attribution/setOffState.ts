/**
 * A state adjective set off after its clause with no "be": "Vale left the hall, confident that
 * the levy would pass", "Ruiz stayed in the race – determined to win the harbour seat". The
 * phrase describes the clause's subject as "is confident that" would, and reports that view.
 */
import type { SlantDocument } from '../document/readDocument.js';
import type { AttributionLexicons, CueSense } from './attributionLexicons.js';
import { takesClause } from './cueComplements.js';
import { mayNamePerson, namesPeople } from './peopleNouns.js';
import { isPunct, setOffMarkBefore } from './tokens.js';
import { nounPhraseOpening } from './verbCues.js';

/**
 * States that, before an infinitive, say how likely something is, as the writer sees it ("The fare rose,
 * sure to anger riders", "certain to draw buyers"): no one holds that view. Before "that" they are a view.
 */
const LIKELIHOOD_STATES: ReadonlySet<string> = new Set(['sure', 'certain', 'bound', 'likely']);
/** Tags of the first word of a clause with no "that" after a set-off state (its subject: "the", "it", a name). */
const ZERO_THAT_SUBJECT_TAGS: ReadonlySet<string> = new Set(['DET', 'PRON', 'PROPN']);
/** Tags of the word before an object noun phrase ("hired | a clerk", "met | Ruiz"). */
const OBJECT_LEADS: ReadonlySet<string> = new Set(['VERB', 'AUX']);

/**
 * Does the noun phrase ending just before the comma at `c` name a person who is a verb's object ("Vale hired a
 * young clerk, eager to learn")? Then the set-off state describes that person, not the clause's subject.
 */
function personObjectBefore(doc: SlantDocument, c: number, lex: AttributionLexicons): boolean {
  const n = c - 1;
  if (doc.pos[n] !== 'PROPN' && !(doc.pos[n] === 'NOUN' && (namesPeople(doc, lex, n) || mayNamePerson(doc, n)))) return false;
  const o = nounPhraseOpening(doc, n, c);
  // (not the subject of an inverted tag: "“…,” said Ruiz, angered that …")
  return o > 1 && OBJECT_LEADS.has(doc.pos[o - 1]!) && !isPunct(doc, o - 2) && doc.sentenceOf[o - 2] === doc.sentenceOf[c];
}

/**
 * The lexicon sense ("be confident", "be determined") of the state adjective at `k` when it
 * opens a phrase set off by a comma or a dash (one adverb may come between: ", still sure that")
 * and takes a clause ("that", "whether") or an infinitive ("to" and a verb); null otherwise.
 * Not a speech phrase ("be candid") nor "clear"/"unclear", which say what is known, not what
 * anyone holds; not a bare adjective (", proud of the harbour"), which reports nothing; not a likelihood before
 * an infinitive (", sure to anger riders"), nor after a person who is the clause's object (", eager to learn" after
 * "hired a clerk": the clerk is eager).
 *
 * @example
 * ```ts
 * const doc = readDocument('Vale left the hall, confident that the levy would pass.');
 * setOffStateSense(doc, 5, DEFAULT_ATTRIBUTION_LEXICONS)?.cueClass // 'belief'
 * ```
 */
export function setOffStateSense(doc: SlantDocument, k: number, lex: AttributionLexicons): CueSense | null {
  if (doc.pos[k] !== 'ADJ' && doc.pos[k] !== 'VERB') return null;
  const c = setOffMarkBefore(doc, k);
  if (c < 0) return null;
  const next = doc.lower[k + 1];
  // (or a clause with no "that", its subject first: "Vale, worried the tram was late, phoned …")
  const zeroThat = ZERO_THAT_SUBJECT_TAGS.has(doc.pos[k + 1]!);
  if (!(next === 'that' || next === 'whether' || (next === 'to' && doc.pos[k + 2] === 'VERB') || zeroThat)) return null;
  const low = doc.lower[k]!;
  // (no "be" phrase goes on with this word: no key built)
  if (!lex.particleSeconds.has(low)) return null;
  if (zeroThat && !takesClause(doc, k + 1, doc.sentences[doc.sentenceOf[k]!]!.tokenEnd)) return null;
  if (next === 'to' && LIKELIHOOD_STATES.has(low)) return null;
  if (doc.value[c] === ',' && personObjectBefore(doc, c, lex)) return null;
  const sense = lex.particlePhrases.get(`be ${low}`);
  if (!sense || sense.cueClass === 'speech' || low === 'clear' || low === 'unclear') return null;
  return sense;
}

/**
 * Reliance reported as a view: "Vale is counting on a late surge of voters", "the campaign is relying on
 * an old figure". News marks "count on", "rely on" as what the subject expects or takes as true mostly in the
 * progressive with a noun phrase after "on"; the other forms mostly tell what something depends on
 * ("the port relies on tolls", "Ruiz relied on her notes", "can't count on Berg"), and a gap after "on"
 * belongs to a relative clause ("the voters she is counting on in May").
 */
import type { SlantDocument } from '../document/readDocument.js';
import type { AttributionLexicons } from './attributionLexicons.js';
import { mayNamePerson, namesSpeaker } from './peopleNouns.js';
import { BE_FORMS, endsWithIng, isAdverbLike, NEGATIONS, NOUN_PHRASE_TAGS, VERB_GROUP_WORDS } from './tokens.js';
import { progressiveBe } from './verbConstructions.js';

/** The particle phrases that report reliance ("count on", "rely on" in reporting-verbs). */
export const RELIANCE_PHRASES: ReadonlySet<string> = new Set(['count on', 'rely on']);

/** Adverbs and negations between the progressive's "be" and its -ing form ("is now counting on", "is clearly not relying on"). */
const MAX_ADVERBS = 3;

/**
 * Is the reliance verb at `k` (its particle ends before `a`) a progressive ("is counting on", "had been relying
 * on", "isn't counting on") of a subject that can hold a view (a name, a pronoun, a noun of persons or of a
 * body: not "the ferry is relying on diesel") whose object, from `a`, opens with a noun phrase or a pronoun
 * ("on the fervor of", "on her")?
 */
export function relianceInProgress(doc: SlantDocument, lex: AttributionLexicons, k: number, a: number): boolean {
  if (!endsWithIng(doc.lower[k] ?? '')) return false;
  let b = k - 1;
  // (a negation is crossed too: the cue's own walk back marks it negated)
  while (b >= 0 && k - b <= MAX_ADVERBS && !BE_FORMS.has(doc.lower[b]!) && (isAdverbLike(doc, b) || NEGATIONS.has(doc.lower[b]!))) b--;
  if (!progressiveBe(doc, b) || !holderBefore(doc, lex, b - 1)) return false;
  return NOUN_PHRASE_TAGS.has(doc.pos[a] ?? '') || doc.pos[a] === 'PRON';
}

/** Can the word at `h`, the last before the progressive's "be", be (the head of) a subject that holds a view? */
function holderBefore(doc: SlantDocument, lex: AttributionLexicons, h: number): boolean {
  // (over the verb group before the "be" and a set-off adverb: "Vale and Berg now are", "Vale had been", "Vale, too, is")
  const be = h + 1;
  while (h >= 0 && be - h <= 4 && (VERB_GROUP_WORDS.test(doc.lower[h]!) || isAdverbLike(doc, h) || doc.value[h] === ',')) h--;
  if (h < 0) return false;
  // ("donors that are counting on", "the board, which is relying on": the relative's head noun)
  if ((doc.lower[h] === 'that' || doc.lower[h] === 'which') && h > 0) h--;
  const pos = doc.pos[h];
  if (pos === 'PRON' || pos === 'PROPN') return true;
  return pos === 'NOUN' && (namesSpeaker(doc, lex, h) || mayNamePerson(doc, h));
}

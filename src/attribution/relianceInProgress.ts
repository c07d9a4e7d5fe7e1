/**
 * Reliance reported as a view: "Vale is counting on a late surge of voters", "the campaign is relying on
 * an old figure". News marks "count on", "rely on" as what the subject expects or takes as true mostly in the
 * progressive with a noun phrase after "on"; the other forms mostly tell what something depends on
 * ("the port relies on tolls", "Ruiz relied on her notes", "can't count on Berg"), and a gap after "on"
 * belongs to a relative clause ("the voters she is counting on in May").
 */
import type { SlantDocument } from '../document/readDocument.js';
import { BE_FORMS, endsWithIng, NOUN_PHRASE_TAGS } from './tokens.js';

/** The particle phrases that report reliance ("count on", "rely on" in reporting-verbs). */
export const RELIANCE_PHRASES: ReadonlySet<string> = new Set(['count on', 'rely on']);

/** Adverbs between the progressive's "be" and its -ing form ("is now counting on", "are increasingly relying on"). */
const MAX_ADVERBS = 2;

/**
 * Is the reliance verb at `k` (its particle ends before `a`) a progressive ("is counting on", "had been relying
 * on") whose object, from `a`, opens with a noun phrase or a pronoun ("on the fervor of", "on her")?
 */
export function relianceInProgress(doc: SlantDocument, k: number, a: number): boolean {
  if (!endsWithIng(doc.lower[k] ?? '')) return false;
  let b = k - 1;
  while (b >= 0 && k - b <= MAX_ADVERBS && doc.pos[b] === 'ADV') b--;
  if (!BE_FORMS.has(doc.lower[b] ?? '')) return false;
  return NOUN_PHRASE_TAGS.has(doc.pos[a] ?? '') || doc.pos[a] === 'PRON';
}

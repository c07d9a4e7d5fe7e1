/**
 * Does a noun name a person or a body of people? The answer comes from the lexicons an analysis
 * uses (person titles, source nouns), so that a user's lexicon with a new role noun changes who can
 * act or speak; only the collective nouns that are no source of their own stay here.
 */
import type { SlantDocument } from '../document/readDocument.js';
import type { AttributionLexicons } from './attributionLexicons.js';

/**
 * Collective nouns of people that the source-noun lexicon does not hold because they are seldom a
 * speaker themselves ("the public said" is rare), but whose share or rank is people: "40 percent of
 * the electorate", "the first community to back the levy". The source nouns ("party", "union",
 * "council", "crowd") come from the lexicons, not from here.
 */
const COLLECTIVES = new Set(['public', 'electorate', 'population', 'membership', 'country', 'nation', 'community', 'vote', 'workforce', 'staff', 'base', 'conference', 'audience', 'class', 'faculty', 'congregation']);

/**
 * Does the noun at `t` name a person or a body of people: a person title or a source noun of a
 * person or an organization in `lex` (by its word or its lemma: "senators"), or a collective noun
 * of people ("electorate")?
 *
 * @example
 * ```ts
 * namesPeople(readDocument('The first senator spoke.'), DEFAULT_ATTRIBUTION_LEXICONS, 2) // true
 * ```
 */
export function namesPeople(doc: SlantDocument, lex: AttributionLexicons, t: number): boolean {
  const low = doc.lower[t]!;
  return lex.peopleNouns.has(low) || COLLECTIVES.has(low) || lex.peopleNouns.has(doc.lemma[t]!);
}

/**
 * Does the noun at `t` name someone who can speak or write: a person title or any source noun of
 * `lex`, people, bodies and media alike ("the mayor", "the union", "the newspaper"), by its word or
 * its lemma ("newspapers")?
 *
 * @example
 * ```ts
 * namesSpeaker(readDocument('The newspaper had harsh words.'), DEFAULT_ATTRIBUTION_LEXICONS, 1) // true
 * ```
 */
export function namesSpeaker(doc: SlantDocument, lex: AttributionLexicons, t: number): boolean {
  return lex.speakerNouns.has(doc.lower[t]!) || lex.speakerNouns.has(doc.lemma[t]!);
}

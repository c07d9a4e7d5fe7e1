/**
 * Does a noun name a person or a body of people? The answer comes from the lexicons an analysis
 * uses (person titles, source nouns), so that a user's lexicon with a new role noun changes who can
 * act or speak; only the collective nouns that are no source of their own stay here, read in share
 * phrases only.
 */
import type { SlantDocument } from '../document/readDocument.js';
import type { AttributionLexicons } from './attributionLexicons.js';
import { entityLexicons } from '../entities/entityLexicons.js';
import { foldName } from '../entities/nameKeys.js';
import type { TokenRange } from './nounPhrases.js';

/**
 * Does the noun at `t` name a person or a body of people: a person title or a source noun of a
 * person or an official body in `lex` (by its word or its lemma: "senators")?
 *
 * @example
 * ```ts
 * namesPeople(readDocument('The first senator spoke.'), DEFAULT_ATTRIBUTION_LEXICONS, 2) // true
 * ```
 */
export function namesPeople(doc: SlantDocument, lex: AttributionLexicons, t: number): boolean {
  return lex.peopleNouns.has(doc.lower[t]!) || lex.peopleNouns.has(doc.lemma[t]!);
}

/**
 * Is the noun at `t`, the group of a share phrase ("40 percent of the electorate"), people: a noun
 * `namesPeople` accepts or a collective noun of people (source nouns of kind `collective`: seldom a
 * speaker themselves, "the public said" is rare, and only in a share: elsewhere most are things or
 * events, "Vale held the first vote to back the levy": no voter acts)?
 *
 * @example
 * ```ts
 * sharedByPeople(readDocument('40 percent of the electorate'), DEFAULT_ATTRIBUTION_LEXICONS, 4) // true
 * ```
 */
export function sharedByPeople(doc: SlantDocument, lex: AttributionLexicons, t: number): boolean {
  return lex.collectiveNouns.has(doc.lower[t]!) || namesPeople(doc, lex, t);
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

/** Plural endings of nouns of persons by role or trade ("growers", "orchardists", "ferrymen", "chairwomen"). */
const PLURAL_PERSON_NOUN_ENDINGS: readonly string[] = ['ers', 'ors', 'ists', 'ians', 'lords', 'men'];
/** Endings of nouns of a person by role or trade ("driver", "landlord", "chairwoman", "activist"), singular or plural. */
const PERSON_NOUN_ENDINGS: readonly string[] = ['er', 'or', 'ist', 'ian', 'lord', 'man', 'woman', ...PLURAL_PERSON_NOUN_ENDINGS];
/** The fewest letters of such a noun ("doer" and "man" are too short to tell). */
const MIN_PERSON_NOUN_LENGTH = 5;

/**
 * Does the noun at `t` look like a noun of a person by its ending, the lexicons aside: an agent noun or a
 * role ("the driver", "the landlord", "the activists")? The lexicons cannot list every trade; a rule that
 * drops a relation for a thing subject must not drop one for a person outside them. Some things end so
 * too ("the danger", "the order"): read it only as "may be a person".
 *
 * @example
 * ```ts
 * mayNamePerson(readDocument('The landlord threatened to evict them.'), 1) // true
 * ```
 */
export function mayNamePerson(doc: SlantDocument, t: number): boolean {
  const w = doc.lower[t]!;
  if (w.length < MIN_PERSON_NOUN_LENGTH) return false;
  for (const end of PERSON_NOUN_ENDINGS) if (w.endsWith(end)) return true;
  return false;
}

/**
 * Does the noun at `t` look like a plural noun of persons by its ending ({@link mayNamePerson}, plural
 * only: "growers", "orchardists", "ferrymen")? Singular things end like singular agent nouns ("the river",
 * "the number"), plural things far less often.
 *
 * @example
 * ```ts
 * mayNamePersons(readDocument('It was criticised by orchardists.'), 4) // true
 * ```
 */
export function mayNamePersons(doc: SlantDocument, t: number): boolean {
  if (!mayNamePerson(doc, t)) return false;
  const w = doc.lower[t]!;
  for (const end of PLURAL_PERSON_NOUN_ENDINGS) if (w.endsWith(end)) return true;
  return false;
}

/**
 * Does the head noun of the agent phrase `p` (its last noun before a preposition: "growers | in the
 * valley") look like a plural noun of persons by its ending (`mayNamePersons`: "growers",
 * "environmentalists", "ferrymen")? Plural only: singular things end the same way ("the river",
 * "the number of riders", "the water").
 */
export function agentHeadMayNamePerson(doc: SlantDocument, p: TokenRange): boolean {
  let head = -1;
  for (let t = p.a; t < p.b && doc.pos[t] !== 'ADP'; t++) if (doc.pos[t] === 'NOUN') head = t;
  return head >= 0 && mayNamePersons(doc, head);
}

/**
 * Is the lower-case `word` a given name of the lexicons: of the given-name lexicon (`givenNames`) or a
 * gazetteer's entry of category "given-name…" ("dara", "lena")? The gazetteers' given names are read from
 * the entity stage's compiled sets (precompiled at build time for the defaults), never from the gazetteers
 * themselves: those are read from lexicons/ only when asked, and a default analysis must not ask.
 *
 * @example
 * ```ts
 * isGivenName(DEFAULT_ATTRIBUTION_LEXICONS, 'peter') // true
 * ```
 */
export function isGivenName(lex: AttributionLexicons, word: string): boolean {
  return lex.givenNames.has(word) || entityLexicons(lex.lexicons).givenNames.has(foldName(word));
}

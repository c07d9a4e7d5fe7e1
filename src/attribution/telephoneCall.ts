/**
 * "Called" as a telephone call: the person rung, then nothing said of them ("called him on Monday",
 * "who called Ruiz shortly after the vote", "called both wardens Tuesday night"). A naming "called"
 * gives its object a name or a description next ("called Ruiz a fraud", "called the wardens cowards").
 */

import type { SlantDocument } from '../document/readDocument.js';
import type { AttributionLexicons } from './attributionLexicons.js';
import { REFLEXIVES } from './contentExtent.js';
import { namesPeople } from './peopleNouns.js';
import { ARTICLES, isQuoteMark, isVerb, isPunct, NOUN_PHRASE_TAGS } from './tokens.js';
import { WHEN_AFTER_VERB, wordSet } from './timeWords.js';

/**
 * Words that end a noun phrase rung ("both wardens Tuesday night"): a time adjunct, also one opened by a
 * preposition of time ("a dozen directors after the vote"), the caller's own emphatic reflexive ("calling
 * major donors himself"), a coordinator, the clause's end.
 */
const AFTER_GROUP_RUNG = wordSet(['and', 'but', '.', ',', ';', '!', '?', 'after', 'before', 'during'], [...WHEN_AFTER_VERB], [...REFLEXIVES]);

/**
 * Words that end a pronoun or a name rung: those, or a preposition ("called him on Monday"; after a
 * noun phrase a preposition may be its own: "called immigrants from the coast “…”").
 */
const AFTER_PERSON_RUNG = wordSet(['on', 'at', 'to', 'from', 'after', 'before', 'during', 'late', 'back'], [...AFTER_GROUP_RUNG]);

/** Pronouns that stand for a thing named, not a person rung: "called it a disgrace". */
const NAMED_THING_PRONOUNS = new Set(['it', 'this', 'that']);

/**
 * "Called Ruiz, his rival, a “fraud”": an appositive set off by commas (from the comma at `c`), then
 * the name given (an article or a quotation after the second comma).
 */
function appositiveThenName(doc: SlantDocument, c: number, te: number): boolean {
  for (let t = c + 1; t < te && t - c <= 9; t++) {
    if (doc.value[t] === ',') return t > c + 1 && (ARTICLES.has(doc.lower[t + 1] ?? '') || isQuoteMark(doc, t + 1));
    if (isVerb(doc, t) || isPunct(doc, t)) return false;
  }
  return false;
}

/**
 * Does a name given open at `t`: a quotation, an article, or a bare noun or adjective that does not end the
 * rung ("themselves cowards", "themselves corrupt"; not "themselves on Monday", "themselves Tuesday night")?
 */
function nameGivenAt(doc: SlantDocument, t: number, ends: ReadonlySet<string>): boolean {
  if (isQuoteMark(doc, t) || ARTICLES.has(doc.lower[t]!)) return true;
  return (doc.pos[t] === 'NOUN' || doc.pos[t] === 'ADJ') && !ends.has(doc.lower[t]!);
}

/**
 * The token after the person "called" at `end` rings: after a pronoun or a name ("him", "Ruiz Vale"; a
 * name may follow a pronoun: "him Ruiz"),
 * or after a noun phrase up to its first noun of people ("both wardens", "three harbour councillors":
 * a second noun is a name given, "the wardens cowards"); -1 when the object is neither.
 */
function afterPersonRung(doc: SlantDocument, lex: AttributionLexicons, end: number, te: number): number {
  const pos = doc.pos[end];
  if ((pos === 'PRON' && !NAMED_THING_PRONOUNS.has(doc.lower[end]!)) || pos === 'PROPN') {
    let o = end + 1;
    while (o < te && o - end < 4 && doc.pos[o] === 'PROPN') o++;
    return o;
  }
  for (let o = end; o < te && o - end < 6 && NOUN_PHRASE_TAGS.has(doc.pos[o]!); o++) {
    if (doc.pos[o] === 'NOUN' && namesPeople(doc, lex, o)) return o + 1;
  }
  return -1;
}

/**
 * Is the "called" before `end` (the token after the verb) a telephone call: a person rung, then (over
 * an adverb or two: "shortly", "again") a preposition, a time adjunct, a coordinator or the clause's
 * end, and no appositive before a name given ("called Ruiz, his rival, a “fraud”")?
 *
 * @example
 * ```ts
 * const doc = readDocument('Vale called both wardens Tuesday night.');
 * telephoneCall(doc, DEFAULT_ATTRIBUTION_LEXICONS, 2, doc.tokens.length) // true
 * ```
 */
export function telephoneCall(doc: SlantDocument, lex: AttributionLexicons, end: number, te: number): boolean {
  let o = afterPersonRung(doc, lex, end, te);
  if (o < 0) return false;
  const ends = doc.pos[end] === 'PRON' || doc.pos[end] === 'PROPN' ? AFTER_PERSON_RUNG : AFTER_GROUP_RUNG;
  // "called Ruiz shortly after the vote", "called him again on Monday": over adverbs of time
  for (let n = 0; n < 2 && o + 1 < te && doc.pos[o] === 'ADV' && !ends.has(doc.lower[o]!); n++) o++;
  if (o < te && !ends.has(doc.lower[o]!)) return false;
  // "called the wardens themselves “cowards”", "called the directors themselves cowards": a reflexive stressing
  // the people named, then the name given (a bare noun or adjective too; "himself on Monday" still rings)
  if (REFLEXIVES.has(doc.lower[o] ?? '') && o + 1 < te && nameGivenAt(doc, o + 1, ends)) return false;
  return !(doc.value[o] === ',' && appositiveThenName(doc, o, te));
}

/**
 * "challenge" in its sense of running against someone ("Dara is challenging Sen. Okafor in Tarnow", "Vale
 * challenged her when she ran for mayor"), which disputes nothing said: no evaluation. The disputing sense
 * takes a thing ("challenged the ruling"), or a person and what the challenge is about or to do ("challenged
 * Ruiz to a debate", "challenged Vale over the levy", "challenges Berg on the tram fare").
 */
import type { SlantDocument } from '../document/readDocument.js';
import { AND_BUT, BE_FORMS, isQuoteMark, NOMINAL_TAGS, NOMINATIVE_PRONOUNS, OBJECT_PRONOUNS } from './tokens.js';
import { CLAUSE_PARTICIPLES } from './participleSubject.js';

/** Words after the person challenged that say what about or to do: the disputing sense. */
const CHALLENGE_TOPIC_WORDS: ReadonlySet<string> = new Set(['to', 'on', 'over', 'about', 'for', 'as', 'that', 'whether', 'why', 'how']);

/** Where a challenge to a person is a dispute, after "in"/"at" ("challenged Berg in court", "at the meeting"). */
const DISPUTE_SETTINGS: ReadonlySet<string> = new Set(['court', 'hearing', 'meeting', 'trial']);

/** Words opening another clause, where the scan for a topic stops ("when she ran for mayor"). */
const CLAUSE_OPENING_WORDS: ReadonlySet<string> = new Set(['when', 'while', 'where', 'who', 'whom', 'whose', 'which']);

/** The longest name read as the object, with its titles and modifiers ("incumbent Rep. Lena Berg"). */
const MAX_NAME_TOKENS = 8;

/**
 * How far after the name the scan for a topic looks. A clause is rarely longer, and a fixed cap keeps one
 * long unpunctuated sentence of many "challenged X and …" linear (review28 #1: the scan to the sentence's
 * end made it quadratic).
 */
const MAX_TOPIC_TOKENS = 30;

/**
 * Is "challenge" at `k` running against a person? Its object is a name (proper nouns, after at most a few
 * adjectives and titles: "incumbent Rep. Lena Berg", "Vale and Ruiz") or an object pronoun, and nothing up to
 * the end of its clause (a semicolon, the sentence's end, a word opening another clause, at most
 * `MAX_TOPIC_TOKENS` on) says what the challenge is about or to do (see `CHALLENGE_TOPIC_WORDS`, or a quotation): "is challenging Sen. Okafor in
 * Tarnow", "challenged her when she ran for mayor", "the favourite to challenge Berg." Not "challenged Ruiz to
 * a debate", "challenged Vale over the levy", "challenged the ruling".
 */
export function challengesCandidate(doc: SlantDocument, k: number): boolean {
  if (doc.pos[k] !== 'VERB') return false;
  const te = doc.sentences[doc.sentenceOf[k]!]!.tokenEnd;
  // (the passive names the challenger after "by": "Berg was challenged by Vale in the primary")
  const passive = BE_FORMS.has(doc.lower[k - 1] ?? '') && doc.lower[k + 1] === 'by';
  let h = passive ? k + 2 : k + 1;
  const nameStart = h;
  // ("her" as an object, not the determiner of "her seat")
  if (!passive && OBJECT_PRONOUNS.has(doc.lower[h] ?? '') && !(doc.lower[h] === 'her' && (NOMINAL_TAGS.has(doc.pos[h + 1]!) || doc.pos[h + 1] === 'ADJ'))) h++;
  else {
    // (modifiers and titles, then the name: "incumbent Rep. Lena Berg", "Vale and Ruiz")
    while (h < te && h - nameStart < MAX_NAME_TOKENS && (doc.pos[h] === 'ADJ' || doc.pos[h] === 'PROPN' || (doc.lower[h] === 'and' && doc.pos[h + 1] === 'PROPN' && doc.pos[h - 1] === 'PROPN'))) h++;
    if (h === nameStart || doc.pos[h - 1] !== 'PROPN' || doc.lower[h] === "'s" || doc.lower[h] === '’s') return false;
  }
  const end = Math.min(te, h + MAX_TOPIC_TOKENS);
  for (let t = h; t < end && doc.value[t] !== ';'; t++) {
    const w = doc.lower[t]!;
    // ("that"/"whether" are tagged SCONJ as complementisers: a topic, tested first; "as" stays a topic only as a
    // preposition, "challenged Berg as a fraud", not "as she ran")
    if ((CHALLENGE_TOPIC_WORDS.has(w) && !(w === 'as' && doc.pos[t] === 'SCONJ')) || isQuoteMark(doc, t)) return false;
    if (doc.pos[t] === 'SCONJ' || CLAUSE_OPENING_WORDS.has(w) || NOMINATIVE_PRONOUNS.has(w)) break;
    if (DISPUTE_SETTINGS.has(w) && (doc.lower[t - 1] === 'in' || doc.lower[t - 2] === 'at')) return false;
    if (doc.value[t] === ',') {
      // (", saying the levy was unfair": the challenge is argued; ", and Ruiz said …": another clause)
      if (CLAUSE_PARTICIPLES.has(doc.lower[t + 1] ?? '')) return false;
      if (AND_BUT.has(doc.lower[t + 1] ?? '')) break;
    }
  }
  return true;
}

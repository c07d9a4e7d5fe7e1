/**
 * A stance voiced through a verb and a noun: "expressed support for the levy", "voiced strong
 * opposition to the toll", "pledged her support to Ruiz". The verb, the noun and its preposition
 * make one cue; what follows the preposition is the one supported or opposed.
 */
import type { SlantDocument } from '../document/readDocument.js';
import { POSSESSIVE_PRONOUNS } from './sourceOfObject.js';
import { unrealisedBefore } from './enactedInstrument.js';
import { TIME_HEAD_NOUNS, wordSet } from './timeWords.js';

/** Nouns of a stance toward someone or something, each with the prepositions that name its object. */
const VOICED_STANCES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['support', new Set(['for', 'to', 'behind'])],
  ['backing', new Set(['for', 'to', 'behind'])],
  ['opposition', new Set(['to'])],
  ['praise', new Set(['for'])],
  // feelings put into words: "expressed concern that …", "voiced frustration with …" (news marks the
  // verb and the noun as one cue about two times in three; with nothing after the noun it stays the content)
  ['concern', new Set(['about', 'over', 'that'])],
  ['concerns', new Set(['about', 'over', 'that'])],
  ['confidence', new Set(['in', 'that'])],
  ['frustration', new Set(['with', 'over', 'at', 'about'])],
  ['skepticism', new Set(['about', 'of', 'that'])],
  ['scepticism', new Set(['about', 'of', 'that'])],
  ['alarm', new Set(['at', 'over', 'about', 'that'])],
  ['sympathy', new Set(['for', 'with'])],
  ['displeasure', new Set(['with', 'at', 'over'])],
]);

/** Verbs that put a stance into words: "expressed support for", "signalled opposition to". */
const VOICING_VERBS = new Set(['express', 'voice', 'signal', 'pledge']);

/**
 * Verbs that hand over a stance one owns, whose noun may take the subject's possessive ("pledged
 * his support to"); a voicing verb with a possessive reports the stance as a whole ("expressed
 * their support for Ruiz": what was expressed is "their support for Ruiz").
 */
const GIVING_VERBS = new Set(['pledge']);

/** Modifiers of degree that may stand before the stance noun: "strong support", "qualified backing". */
const isModifier = (doc: SlantDocument, t: number) => doc.pos[t] === 'ADJ' || (doc.pos[t] === 'ADV' && doc.pos[t + 1] === 'ADJ');

/**
 * Is `lemma` a verb that may voice a stance ("express", "voice", "signal", "pledge")?
 */
export const voicesStance = (lemma: string): boolean => VOICING_VERBS.has(lemma);

/**
 * "expressed support for", "voiced strong opposition to", "pledged their support to": after the
 * voicing verb at `k`, at most two modifiers (a possessive only after a verb of giving), a stance
 * noun and one of its prepositions. Returns the cue's words after the verb ("support for") and the
 * token after the preposition, or null (not "offered support." with nothing named, not "expressed
 * support on Tuesday", not "expressed their support for").
 */
export function voicedStance(doc: SlantDocument, k: number, lemma: string): { words: string; end: number } | null {
  let n = k + 1;
  if (GIVING_VERBS.has(lemma) && POSSESSIVE_PRONOUNS.has(doc.lower[n] ?? '')) n++;
  while (n < doc.tokenCount && n - k <= 3 && isModifier(doc, n)) n++;
  const noun = doc.lower[n] ?? '';
  const preps = VOICED_STANCES.get(noun);
  const prep = doc.lower[n + 1] ?? '';
  if (!preps || doc.pos[n] !== 'NOUN' || !preps.has(prep) || n + 2 >= doc.tokenCount) return null;
  // what follows the preposition is named: not a verb or punctuation ("support for cutting" is kept: a gerund names an act)
  if (doc.pos[n + 2] === 'PUNCT') return null;
  // a that-clause is the content, its "that" in neither ("expressed concern | that | the pier was unsafe")
  if (prep === 'that') return { words: noun, end: n + 1 };
  return { words: `${noun} ${prep}`, end: n + 2 };
}

/** What a voter casts: "a vote", "their ballots". */
const CAST_VOTES: ReadonlySet<string> = new Set(['vote', 'votes', 'ballot', 'ballots']);

/** The prepositions that name whom a cast vote is for or against. */
const CAST_FOR: ReadonlySet<string> = new Set(['for', 'against']);

/**
 * Heads of a "for" phrase that names no one voted for: a time or a length ("for the first time", "for
 * hours") or the contest itself ("for the mayoral race", "for the seat").
 */
const NOT_VOTED_FOR: ReadonlySet<string> = wordSet([...TIME_HEAD_NOUNS], ['times', 'hour', 'hours', 'minutes', 'decade', 'decades', 'race', 'races', 'election', 'elections', 'primary', 'seat', 'seats', 'office', 'post', 'referendum', 'contest', 'vote', 'ballot']);

/** How far into the "for" phrase its head is looked for ("for the first time", "for the mayoral race"). */
const VOTED_FOR_HEAD_REACH = 4;

/** Does the phrase after "for"/"against" at `p` name a time, a length or the contest, not whom the vote is for? */
function votedForNoOne(doc: SlantDocument, p: number): boolean {
  for (let j = p; j < doc.tokenCount && j - p < VOTED_FOR_HEAD_REACH; j++) {
    const tag = doc.pos[j];
    if (tag === 'PUNCT' || tag === 'ADP' || tag === 'VERB' || tag === 'AUX') return false;
    if (NOT_VOTED_FOR.has(doc.lower[j]!)) return true;
  }
  return false;
}

/** Tags of the words that may stand between "cast" and its vote: "a", "their", "two", "absentee". */
const VOTE_PREMODIFIERS: ReadonlySet<string> = new Set(['DET', 'PRON', 'NUM', 'ADJ', 'NOUN']);

/**
 * "Growers cast their votes for Okafor", "900 members cast a ballot against Vale": a vote cast
 * for or against someone is the voters' stand, as "voted for" is. After "cast" at `k` (the
 * tagger may read it as a noun after its subject), at most three words before "vote(s)" or
 * "ballot(s)", then "for" or "against" and what it names. Returns the cue's words after "cast" and
 * the token after the preposition, or null: not a vote not (yet) cast ("to cast a ballot for",
 * "will cast their votes for", "If members cast …"), not "the cast" of a play, nor "cast doubt", nor
 * a "for" phrase of time or of the contest ("cast their ballots for the first time").
 */
export function castVote(doc: SlantDocument, k: number): { words: string; end: number } | null {
  if (doc.pos[k - 1] === 'DET' || unrealisedBefore(doc, k)) return null;
  let n = k + 1;
  while (n < doc.tokenCount && n - k <= 3 && !CAST_VOTES.has(doc.lower[n]!) && VOTE_PREMODIFIERS.has(doc.pos[n] ?? '')) n++;
  const prep = doc.lower[n + 1] ?? '';
  if (!CAST_VOTES.has(doc.lower[n] ?? '') || !CAST_FOR.has(prep) || n + 2 >= doc.tokenCount || doc.pos[n + 2] === 'PUNCT' || votedForNoOne(doc, n + 2)) return null;
  return { words: `${doc.lower[n]} ${prep}`, end: n + 2 };
}

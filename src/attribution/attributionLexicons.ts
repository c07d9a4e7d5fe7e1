import { DEFAULT_LEXICON_LIST } from '../lexicons/defaultLexicons.js';
import type { Stance } from '../schema/articleAnalysis.js';
// (the kind of documents and the mark of media words that are documents are one word)
import { COLLECTIVE_KIND, DOCUMENT_MARK as DOCUMENT, GENERIC_MARK, MESSAGE_KIND, MESSAGE_MARK, NAME_ENDING_MARK, NOT_SOURCE_KINDS, QUANTIFIER_MARK, RECORD_KIND } from '../lexicons/sourceNounCategories.js';
import { lexiconKind, type Lexicon } from '../schema/lexicon.js';
import { asCueClass, type CueClass } from './cueClasses.js';
import type { SourceDescription } from './describeSource.js';
import { phraseSet, type PhraseSet } from './phraseSet.js';

/** What a reporting verb or noun says about the attribution it makes. */
export interface CueSense {
  cueClass: CueClass;
  stance: Stance;
}

/**
 * The attribution stage's lexicons (reporting verbs and nouns, person titles, source nouns, given names),
 * compiled for lookup. Passed explicitly to every function that reads them.
 */
export interface AttributionLexicons {
  /** Identifies the set: ids and versions. */
  key: string;
  /** Reporting verbs by lemma. */
  verbs: Map<string, CueSense>;
  /** Verb-particle phrases ("point out", "rule out") by "lemma particle". */
  particlePhrases: Map<string, CueSense>;
  /** Lemmas that start a particle phrase. */
  particleFirst: Set<string>;
  /** Second words of the particle phrases ("out" of "point out"): after any other word no phrase is looked up. */
  particleSeconds: Set<string>;
  /** The first two words ("speak out") of the phrases of three or more words ("speak out against"): after any other pair only a two-word phrase is looked up. */
  particleLonger: Set<string>;
  /** Lemmas of `verbs` and `particleFirst` in one set: one lookup per token where most tokens are no cue. */
  verbStarts: Set<string>;
  /** Reporting nouns ("claim", "fear", "plan") by singular form. */
  cueNouns: Map<string, CueSense>;
  /** The `cueNouns` key of a word: each noun itself, and its plural in -s ("claims" → "claim"); a lookup with no string sliced per word. */
  cueNounKeys: Map<string, string>;
  titles: Map<string, string>;
  nouns: Map<string, string>;
  /**
   * Nouns that name a person or a body of people: the person titles ("mayor", "chairwoman") and the
   * source nouns of the unnamed and organization categories ("senator", "council", "union"); not the
   * media words ("post", "record"), the cues of anonymity, nor the entries marked `quantifier`
   * ("some") or `name-ending` ("oil", "fund"). Read by `namesPeople`.
   */
  peopleNouns: Set<string>;
  /**
   * Nouns that name someone who can speak or write: the person titles and every source noun
   * (people, bodies, media: "mayor", "union", "newspaper"). Read by `namesSpeaker`.
   */
  speakerNouns: Set<string>;
  /**
   * Organization nouns that may stand for any body named before ("the company" after "Ferrocor"),
   * not only one called so ("the ministry", "the board"): the source nouns whose category ends in
   * `:generic` ("organization:other:generic"). Read by `resolveSpeaker`.
   */
  genericBodyNouns: Set<string>;
  /**
   * Documents and findings that speak ("the study found", "polls show"): the source nouns of kind
   * `document`, and the media words marked `document` ("report", "post"), which are documents when
   * written in lower case. Not in `nouns`: a document is no person, body or outlet.
   */
  documentNouns: Set<string>;
  /**
   * Collective nouns of people, seldom a speaker themselves, whose share is people ("40 percent of
   * the electorate"): the source nouns of kind `collective`. Read by `sharedByPeople`.
   */
  collectiveNouns: Set<string>;
  /** Records that show ("the footage shows", "photos show"), besides the documents: the source nouns of kind `record`. */
  recordNouns: Set<string>;
  /**
   * Things that carry a message as the object of a verb ("signs urging residents to vote"),
   * besides the documents: the source nouns of kind `message` and those marked `message`.
   */
  messageNouns: Set<string>;
  /** Given names and the gender they usually mark. */
  givenNames: Map<string, 'f' | 'm'>;
  /**
   * The lexicon set these were compiled from, to ask the entity stage's compiled sets (`entityLexicons`, cached
   * per set) for the gazetteers' given names (`isGivenName`).
   */
  lexicons: readonly Lexicon[];
  /** The source nouns of category `anonymous`, as phrases found in a text ("familiar with", "asked not to be named"). */
  anonymity: PhraseSet;
  /** Memo of `describeSource` for this lexicon set (a pure function of its arguments). */
  describeCache: Map<string, SourceDescription | null>;
}

const STANCES = new Set(['neutral', 'endorsing', 'distancing', 'denying']);

const NOT_PEOPLE_MARKS = new Set([QUANTIFIER_MARK, NAME_ENDING_MARK]);

/**
 * Does a source-noun category (split at its colons) name people: unnamed persons and groups, and bodies of people
 * (official or not: "the ministry", "the union"), but no quantifier and no name ending?
 */
function namesPeopleCategory(parts: readonly string[]): boolean {
  if (parts.some((p) => NOT_PEOPLE_MARKS.has(p))) return false;
  return parts[0] === 'unnamed' || parts[0] === 'organization';
}

/** Reads "class:stance" (or a bare stance, read as speech) into a cue sense. */
function senseOf(category: string | undefined): CueSense {
  const parts = (category ?? '').split(':');
  if (parts.length === 1) return { cueClass: 'speech', stance: (STANCES.has(parts[0]!) ? parts[0] : 'neutral') as Stance };
  return { cueClass: asCueClass(parts[0]), stance: (STANCES.has(parts[1]!) ? parts[1] : 'neutral') as Stance };
}

/** What a source-noun category makes of its nouns, as bits of `sourceNounBits`. */
const SPEAKER_NOUN = 1;
const ANONYMITY_CUE = 2;
const PEOPLE_NOUN = 4;
const GENERIC_BODY_NOUN = 8;
const DOCUMENT_NOUN = 16;
const MESSAGE_NOUN = 32;
const COLLECTIVE_NOUN = 64;
const RECORD_NOUN = 128;

/**
 * Which of the compiled noun tables a source noun of category `category` goes to: a function of
 * the category alone, so computed once per category (a few dozen for ≈ 700 nouns; this runs at
 * import, interpreted, where each split and test costs much: cold18, cold21).
 */
function sourceNounBits(category: string): number {
  const parts = category.split(':');
  const kind = parts[0]!;
  let bits = 0;
  // (documents, collectives, records and messages are looked up on their own: they say what a
  // phrase is, never who speaks)
  if (!NOT_SOURCE_KINDS.has(kind)) {
    bits |= SPEAKER_NOUN;
    if (category === 'anonymous') bits |= ANONYMITY_CUE;
    if (namesPeopleCategory(parts)) bits |= PEOPLE_NOUN;
    if (category.startsWith('organization') && parts.includes(GENERIC_MARK)) bits |= GENERIC_BODY_NOUN;
  }
  if (parts.includes(DOCUMENT)) bits |= DOCUMENT_NOUN;
  if (kind === MESSAGE_KIND || parts.indexOf(MESSAGE_MARK, 1) > 0) bits |= MESSAGE_NOUN;
  if (kind === COLLECTIVE_KIND) bits |= COLLECTIVE_NOUN;
  if (kind === RECORD_KIND) bits |= RECORD_NOUN;
  return bits;
}

/**
 * Compiles the attribution lexicons found in `lexicons` (by kind: reporting-verb,
 * reporting-noun, person-title, source-noun).
 *
 * @example
 * ```ts
 * const lex = compileAttributionLexicons(DEFAULT_LEXICON_LIST);
 * lex.verbs.get('say') // { cueClass: 'speech', stance: 'neutral' }
 * ```
 */
export function compileAttributionLexicons(lexicons: readonly Lexicon[]): AttributionLexicons {
  const of = (kind: string) => lexicons.filter((l) => lexiconKind(l) === kind);
  const map = (ls: Lexicon[]) => {
    const m = new Map<string, string>();
    for (const l of ls) for (const e of l.entries) m.set(e.term.toLowerCase(), e.category ?? '');
    return m;
  };
  const verbs = new Map<string, CueSense>();
  const particlePhrases = new Map<string, CueSense>();
  const particleFirst = new Set<string>();
  const particleSeconds = new Set<string>();
  const particleLonger = new Set<string>();
  // One sense per category ("speech:neutral"): ≈ 1,300 cues share a few dozen categories, and
  // this runs once at import, interpreted, where each split and object costs much (cold18).
  const senses = new Map<string, CueSense>();
  const sensed = (category: string | undefined) => {
    const key = category ?? '';
    let sense = senses.get(key);
    if (sense === undefined) senses.set(key, (sense = senseOf(category)));
    return sense;
  };
  // Loops over `keys()` and `get`, not `for (const [k, v] of map)`: this runs once at import,
  // interpreted, where destructuring each entry's pair runs the iterator protocol (cold16).
  const verbTerms = map(of('reporting-verb'));
  for (const term of verbTerms.keys()) {
    const sense = sensed(verbTerms.get(term));
    if (!term.includes(' ')) {
      verbs.set(term, sense);
      continue;
    }
    particlePhrases.set(term, sense);
    // Each phrase split once, in the order of the phrases (cold21).
    const words = term.split(' ');
    particleFirst.add(words[0]!);
    particleSeconds.add(words[1]!);
    if (words.length > 2) particleLonger.add(`${words[0]} ${words[1]}`);
  }
  const verbStarts = new Set<string>(verbs.keys());
  for (const first of particleFirst) verbStarts.add(first);
  const cueNouns = new Map<string, CueSense>();
  const nounTerms = map(of('reporting-noun'));
  for (const term of nounTerms.keys()) cueNouns.set(term, sensed(nounTerms.get(term)));
  const cueNounKeys = new Map<string, string>();
  for (const n of cueNouns.keys()) cueNounKeys.set(n, n);
  // (a noun that is also the -s plural of another stays itself)
  for (const n of cueNouns.keys()) if (!cueNounKeys.has(`${n}s`)) cueNounKeys.set(`${n}s`, n);
  const sourceNouns = map(of('source-noun'));
  const titles = map(of('person-title'));
  const nouns = new Map<string, string>();
  const documentNouns = new Set<string>();
  const messageNouns = new Set<string>();
  const collectiveNouns = new Set<string>();
  const recordNouns = new Set<string>();
  const anonymous: string[] = [];
  const peopleNouns = new Set<string>(titles.keys());
  const genericBodyNouns = new Set<string>();
  const speakerNouns = new Set<string>(titles.keys());
  const bitsOf = new Map<string, number>();
  for (const t of sourceNouns.keys()) {
    const c = sourceNouns.get(t)!;
    let bits = bitsOf.get(c);
    if (bits === undefined) bitsOf.set(c, (bits = sourceNounBits(c)));
    if ((bits & SPEAKER_NOUN) !== 0) {
      nouns.set(t, c);
      speakerNouns.add(t);
      if ((bits & ANONYMITY_CUE) !== 0) anonymous.push(t);
      if ((bits & PEOPLE_NOUN) !== 0) peopleNouns.add(t);
      if ((bits & GENERIC_BODY_NOUN) !== 0) genericBodyNouns.add(t);
    }
    if ((bits & DOCUMENT_NOUN) !== 0) documentNouns.add(t);
    if ((bits & MESSAGE_NOUN) !== 0) messageNouns.add(t);
    if ((bits & COLLECTIVE_NOUN) !== 0) collectiveNouns.add(t);
    if ((bits & RECORD_NOUN) !== 0) recordNouns.add(t);
  }
  const givenNames = new Map<string, 'f' | 'm'>();
  const nameTerms = map(of('given-name'));
  for (const term of nameTerms.keys()) {
    const category = nameTerms.get(term);
    if (category === 'f' || category === 'm') givenNames.set(term, category);
  }
  return {
    key: lexicons.filter((l) => ['reporting-verb', 'reporting-noun', 'person-title', 'source-noun', 'given-name'].includes(lexiconKind(l))).map((l) => `${l.id}@${l.version}`).join(','),
    verbs,
    particlePhrases,
    particleFirst,
    particleSeconds,
    particleLonger,
    verbStarts,
    cueNouns,
    cueNounKeys,
    titles,
    nouns,
    peopleNouns,
    speakerNouns,
    genericBodyNouns,
    documentNouns,
    collectiveNouns,
    recordNouns,
    messageNouns,
    givenNames,
    lexicons,
    anonymity: phraseSet(anonymous),
    describeCache: new Map(),
  };
}

/** The defaults, compiled once. */
export const DEFAULT_ATTRIBUTION_LEXICONS = compileAttributionLexicons(DEFAULT_LEXICON_LIST);

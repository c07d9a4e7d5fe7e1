/**
 * The cue type: the expression that makes an attribution (a reporting verb, a reporting noun,
 * "according to", an agentless form), as the cue finders produce it and the relation builders
 * (sentenceAttributions.ts and the *Relation.ts files) consume it. Its own file so that both
 * sides import the type without importing each other.
 */
import type { Stance } from '../schema/articleAnalysis.js';
import type { CueClass } from './cueClasses.js';

/** A cue: the expression that makes an attribution. Token indices are [tokStart, tokEnd). */
export interface Cue {
  /**
   * `verb`: a reporting verb with a subject ("she said", "Republicans fear"); `noun`: a
   * reporting noun ("his claim that", "news that"); `according`: "according to X" (and the
   * openers "In a poll, …" and, of class `belief`, "To Okafor, …" / "In Vale's view, …");
   * `agentless`: no source at all ("reportedly", "it is believed that", "X is said to",
   * "seems to", "a group called X", "was declared the winner"); `phrase`: another
   * construction made by the caller (colon introductions).
   */
  type: 'verb' | 'noun' | 'according' | 'agentless' | 'phrase';
  tokStart: number;
  tokEnd: number;
  /** The cue word itself (the verb of a verb cue). */
  head: number;
  lemma: string;
  stance: Stance;
  cueClass: CueClass;
  /** "did not say", "has never denied". */
  negated: boolean;
  /** Passive verb cues with an agent: the token of "by" ("was criticized by X"). */
  byAgent?: number;
  /** A reporting noun ("claim", "criticism", "plan"). */
  nominal?: boolean;
  /** Agentless cues: how the cue is built. */
  agentless?: 'adverb' | 'it-that' | 'raising' | 'naming';
  /**
   * Agentless cues that fix their own content, [a, b) in tokens: the thing named and its name
   * ("a group called Open Harbour"), the noun a reduced passive describes ("a clerk accused of fraud").
   */
  content?: { a: number; b: number };
  sentence: number;
}

/**
 * `c` with every field of `Cue` present, in the interface's order (absent optional ones
 * undefined): one hidden class for all cues. Why: the cue finders build cues by spreading shared
 * parts with optional fields, so cues have many hidden classes, each of which dies between
 * documents; a memory-reducing GC then deoptimised every function that reads cues (see
 * `anchorShape`). The cue is copied, never changed.
 *
 * @example
 * ```ts
 * const c = cueShape({ type: 'verb', tokStart: 1, tokEnd: 2, head: 1, lemma: 'say', stance: 'neutral', cueClass: 'speech', negated: false, sentence: 0 });
 * c.byAgent // undefined
 * ```
 */
export function cueShape(c: Cue): Cue {
  return {
    type: c.type,
    tokStart: c.tokStart,
    tokEnd: c.tokEnd,
    head: c.head,
    lemma: c.lemma,
    stance: c.stance,
    cueClass: c.cueClass,
    negated: c.negated,
    byAgent: c.byAgent,
    nominal: c.nominal,
    agentless: c.agentless,
    content: c.content,
    sentence: c.sentence,
    // (every field of Cue must be listed: a field added to Cue but not here would be silently dropped)
  } satisfies Record<keyof Cue, unknown>;
}

/**
 * A cue built in its final shape (the same fields, in the same order, as `cueShape`'s) from the
 * parts a verb cue's readings share: one object per cue, where spreading `base` and then
 * `cueShape` made two (perf31). The optional fields are positional so that no object of options
 * is made either.
 *
 * @example
 * ```ts
 * const base = { tokStart: 1, tokEnd: 2, head: 1, lemma: 'criticize', stance: 'distancing' as const, cueClass: 'evaluation' as const, negated: false, sentence: 0 };
 * cueFromBase(base, 'verb', undefined, base.tokStart, 3) // "was criticized by …": byAgent 3
 * ```
 */
export function cueFromBase(base: Omit<Cue, 'type'>, type: Cue['type'], agentless?: Cue['agentless'], tokStart = base.tokStart, byAgent?: number, content?: Cue['content'], tokEnd = base.tokEnd): Cue {
  return {
    type,
    tokStart,
    tokEnd,
    head: base.head,
    lemma: base.lemma,
    stance: base.stance,
    cueClass: base.cueClass,
    negated: base.negated,
    byAgent,
    nominal: undefined,
    agentless,
    content,
    sentence: base.sentence,
  } satisfies Record<keyof Cue, unknown>;
}

/** `cueShape` of a cue finder's answer, null kept. */
export function shapedOrNull(c: Cue | null): Cue | null {
  return c === null ? null : cueShape(c);
}

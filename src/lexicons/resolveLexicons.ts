import { compileAttributionLexicons, DEFAULT_ATTRIBUTION_LEXICONS, type AttributionLexicons } from '../attribution/attributionLexicons.js';
import { lexiconKind, type Lexicon, type LexiconKind } from '../schema/lexicon.js';
import { inFrameSet, type FrameSet } from './frameSet.js';
import { VALENCE } from '../language/scoreSentiment.js';
import { DEFAULT_LEXICON_LIST } from './defaultLexicons.js';
import { LexiconMatcher, LexiconMatcherGroup } from './lexiconMatcher.js';
import { defaultGroupFiling } from './precomputedFiling.js';
import { checkAnonymousPattern, validateLexicon } from './validateLexicon.js';
import { SlantwiseLexiconError } from '../errors.js';

/** The lexicons of one analysis, grouped by use, with their compiled matchers. */
export interface LexiconSet {
  /** The lexicons this analysis uses (recorded in `meta.lexicons`). */
  all: readonly Lexicon[];
  frames: readonly Lexicon[];
  frameMatcher: LexiconMatcher;
  topics: readonly Lexicon[];
  topicMatcher: LexiconMatcher;
  loadedMatcher: LexiconMatcher;
  intensifierMatcher: LexiconMatcher;
  hedgeMatcher: LexiconMatcher;
  labelMatcher: LexiconMatcher;
  /**
   * The six matchers above as one group: they share one lookup per token (`keysOf`), which also
   * reads the token's sentiment valence (`scoreSentiment`).
   */
  matchers: LexiconMatcherGroup;
  /** Reporting verbs, person titles and source nouns for the attribution stage. */
  attribution: AttributionLexicons;
}

export type { FrameSet } from './frameSet.js';

export { MATCHER_KINDS } from './matcherKinds.js';

/**
 * The default lexicons' matchers of every kind but frames, by kind: the frame set chooses only
 * the frame lexicons, so a process that analyses with both sets builds these five once.
 */
const defaultMatchers = new Map<LexiconKind, LexiconMatcher>();

function build(candidates: readonly Lexicon[], frameSet: FrameSet, isDefault = false): LexiconSet {
  const all = candidates.filter((l) => inFrameSet(l, frameSet));
  const of = (kind: LexiconKind) => all.filter((l) => lexiconKind(l) === kind);
  const matcherOf = (kind: LexiconKind, lexicons = of(kind)) => {
    if (!isDefault) return new LexiconMatcher(lexicons);
    let m = defaultMatchers.get(kind);
    if (m === undefined) defaultMatchers.set(kind, (m = new LexiconMatcher(lexicons)));
    return m;
  };
  const frames = of('frame');
  const topics = of('topic');
  const frameMatcher = new LexiconMatcher(frames);
  const topicMatcher = matcherOf('topic', topics);
  const loadedMatcher = matcherOf('loaded');
  const intensifierMatcher = matcherOf('intensifier');
  const hedgeMatcher = matcherOf('hedge');
  const labelMatcher = matcherOf('accused-label');
  return {
    all,
    frames,
    frameMatcher,
    topics,
    topicMatcher,
    loadedMatcher,
    intensifierMatcher,
    hedgeMatcher,
    labelMatcher,
    // With the sentiment words, the group its precomputed filing was written for when the six
    // matchers are the default ones (the group checks that: not so with the policy frames).
    matchers: new LexiconMatcherGroup([frameMatcher, topicMatcher, loadedMatcher, intensifierMatcher, hedgeMatcher, labelMatcher], VALENCE, defaultGroupFiling()),
    attribution: isDefault ? DEFAULT_ATTRIBUTION_LEXICONS : compileAttributionLexicons(all),
  };
}

const defaults = new Map<FrameSet, LexiconSet>();
const custom = new WeakMap<readonly unknown[], Map<FrameSet, LexiconSet>>();

const DEFAULT_IDS: ReadonlySet<string> = new Set(DEFAULT_LEXICON_LIST.map((l) => l.id));

/**
 * The lexicons for an analysis: the defaults, with each lexicon in `extra` added, or replacing
 * the default of the same id when it says `replace: true` (in the default's place: on a tie
 * between lexicons of one kind, the one listed first wins). `frameSet` chooses the bundled
 * frames: the ten default frames or the Policy Frames Codebook's dimensions. Extra lexicons
 * are validated and `SlantwiseLexiconError` is thrown for a malformed one, for one with a
 * default's id and no `replace: true` (a default is never replaced by accident), for
 * `replace: true` on an id no default has, and for two extra lexicons with the same id.
 * Compiled matchers are cached per `extra` array and frame set.
 *
 * @example
 * ```ts
 * resolveLexicons([{ ...myVictoryFrame, id: 'frame-victory', replace: true }]);
 * ```
 */
export function resolveLexicons(extra?: readonly unknown[], frameSet: FrameSet = 'default'): LexiconSet {
  if (!extra || extra.length === 0) {
    let set = defaults.get(frameSet);
    if (!set) defaults.set(frameSet, (set = build(DEFAULT_LEXICON_LIST, frameSet, true)));
    return set;
  }
  let bySet = custom.get(extra);
  const cached = bySet?.get(frameSet);
  if (cached) return cached;
  const mine = extra.map(validateLexicon);
  const byId = new Map<string, Lexicon>();
  for (const l of mine) {
    const refuse = (message: string) => {
      throw new SlantwiseLexiconError(l.id, [{ path: 'id', message }]);
    };
    if (byId.has(l.id)) refuse('is the id of another extra lexicon; give each lexicon its own id');
    byId.set(l.id, l);
    if (DEFAULT_IDS.has(l.id) && l.replace !== true) refuse('is the id of a default lexicon; add "replace": true to replace the default, or choose a new id to add a lexicon');
    if (!DEFAULT_IDS.has(l.id) && l.replace === true) refuse('has "replace": true but no default lexicon has this id (see `slantwise lexicon list`)');
  }
  const replaced = DEFAULT_LEXICON_LIST.map((l) => byId.get(l.id) ?? l);
  const added = mine.filter((l) => !DEFAULT_IDS.has(l.id));
  const all = [...replaced, ...added];
  const sourceNouns = mine.find((l) => lexiconKind(l) === 'source-noun');
  if (sourceNouns) checkAnonymousPattern(sourceNouns.id, all); // with the defaults it joins
  const set = build(all, frameSet);
  if (!bySet) custom.set(extra, (bySet = new Map()));
  bySet.set(frameSet, set);
  return set;
}

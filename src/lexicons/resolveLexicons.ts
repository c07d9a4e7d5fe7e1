import { compileAttributionLexicons, DEFAULT_ATTRIBUTION_LEXICONS, type AttributionLexicons } from '../attribution/attributionLexicons.js';
import { lexiconKind, type Lexicon, type LexiconKind } from '../schema/lexicon.js';
import { DEFAULT_LEXICON_LIST } from './defaultLexicons.js';
import { LexiconMatcher } from './lexiconMatcher.js';
import { validateLexicon } from './validateLexicon.js';

/** The lexicons of one analysis, grouped by use, with their compiled matchers. */
export interface LexiconSet {
  all: readonly Lexicon[];
  frames: readonly Lexicon[];
  frameMatcher: LexiconMatcher;
  loadedMatcher: LexiconMatcher;
  intensifierMatcher: LexiconMatcher;
  hedgeMatcher: LexiconMatcher;
  labelMatcher: LexiconMatcher;
  /** Reporting verbs, person titles and source nouns for the attribution stage. */
  attribution: AttributionLexicons;
}

function build(all: readonly Lexicon[], isDefault = false): LexiconSet {
  const of = (kind: LexiconKind) => all.filter((l) => lexiconKind(l) === kind);
  const frames = of('frame');
  return {
    all,
    frames,
    frameMatcher: new LexiconMatcher(frames),
    loadedMatcher: new LexiconMatcher(of('loaded')),
    intensifierMatcher: new LexiconMatcher(of('intensifier')),
    hedgeMatcher: new LexiconMatcher(of('hedge')),
    labelMatcher: new LexiconMatcher(of('accused-label')),
    attribution: isDefault ? DEFAULT_ATTRIBUTION_LEXICONS : compileAttributionLexicons(all),
  };
}

let defaults: LexiconSet | null = null;
const custom = new WeakMap<readonly unknown[], LexiconSet>();

/**
 * The lexicons for an analysis: the defaults, with each lexicon in `extra` added, or replacing
 * the default of the same id. Extra lexicons are validated (a malformed one throws
 * `SlantwiseLexiconError`); compiled matchers are cached per `extra` array.
 */
export function resolveLexicons(extra?: readonly unknown[]): LexiconSet {
  if (!extra || extra.length === 0) return (defaults ??= build(DEFAULT_LEXICON_LIST, true));
  const cached = custom.get(extra);
  if (cached) return cached;
  const mine = extra.map(validateLexicon);
  const ids = new Set(mine.map((l) => l.id));
  const set = build([...DEFAULT_LEXICON_LIST.filter((l) => !ids.has(l.id)), ...mine]);
  custom.set(extra, set);
  return set;
}

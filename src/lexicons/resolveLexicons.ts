import { compileAttributionLexicons, DEFAULT_ATTRIBUTION_LEXICONS, type AttributionLexicons } from '../attribution/attributionLexicons.js';
import { lexiconKind, type Lexicon, type LexiconKind } from '../schema/lexicon.js';
import { DEFAULT_LEXICON_LIST } from './defaultLexicons.js';
import { LexiconMatcher } from './lexiconMatcher.js';
import { checkAnonymousPattern, validateLexicon } from './validateLexicon.js';
import { SlantwiseLexiconError } from '../errors.js';

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

const DEFAULT_IDS: ReadonlySet<string> = new Set(DEFAULT_LEXICON_LIST.map((l) => l.id));

/**
 * The lexicons for an analysis: the defaults, with each lexicon in `extra` added, or replacing
 * the default of the same id when it says `replace: true`. Extra lexicons are validated and
 * `SlantwiseLexiconError` is thrown for a malformed one, for one with a default's id and no
 * `replace: true` (a default is never replaced by accident), for `replace: true` on an id no
 * default has, and for two extra lexicons with the same id. Compiled matchers are cached per
 * `extra` array.
 *
 * @example
 * ```ts
 * resolveLexicons([{ ...myVictoryFrame, id: 'frame-victory', replace: true }]);
 * ```
 */
export function resolveLexicons(extra?: readonly unknown[]): LexiconSet {
  if (!extra || extra.length === 0) return (defaults ??= build(DEFAULT_LEXICON_LIST, true));
  const cached = custom.get(extra);
  if (cached) return cached;
  const mine = extra.map(validateLexicon);
  const ids = new Set<string>();
  for (const l of mine) {
    const refuse = (message: string) => {
      throw new SlantwiseLexiconError(l.id, [{ path: 'id', message }]);
    };
    if (ids.has(l.id)) refuse('is the id of another extra lexicon; give each lexicon its own id');
    ids.add(l.id);
    if (DEFAULT_IDS.has(l.id) && l.replace !== true) refuse('is the id of a default lexicon; add "replace": true to replace the default, or choose a new id to add a lexicon');
    if (!DEFAULT_IDS.has(l.id) && l.replace === true) refuse('has "replace": true but no default lexicon has this id (see `slantwise lexicon list`)');
  }
  const all = [...DEFAULT_LEXICON_LIST.filter((l) => !ids.has(l.id)), ...mine];
  const sourceNouns = mine.find((l) => lexiconKind(l) === 'source-noun');
  if (sourceNouns) checkAnonymousPattern(sourceNouns.id, all); // with the defaults it joins
  const set = build(all);
  custom.set(extra, set);
  return set;
}

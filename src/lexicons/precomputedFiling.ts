import type { Lexicon } from '../schema/lexicon.js';
import { DEFAULT_MATCHER_FILING } from './defaultMatcherFiling.js';
import { hasPrecomputedSpellings } from './spellingNormalizer.js';

/**
 * A default matcher's first-word filing, as its constructor would file it: the words its
 * entries start with, in the order the root meets them (as indices among the default group's
 * words), and under each the entries filed (indices over the matcher's lexicons' entries, one
 * after the other).
 */
export interface MatcherFiling {
  /** The ids of the matcher's lexicons, in order, joined by spaces. */
  ids: string;
  words: number[];
  /** The entries under each of `words` (arrays the matcher keeps as its root children's `pending`). */
  pending: number[][];
}

/**
 * What the default lexicons' matchers and their group (`resolveLexicons`, default frames) would
 * compute on their first use, written at build time (`defaultMatcherFiling.ts`): the group's
 * words in its order (the matchers' first words, then the sentiment words), each word's
 * sentiment value, and each matcher's filing (which also gives each word's matcher bits).
 */
export interface DefaultGroupFiling {
  words: string[];
  /** One letter per word: `VALUE_ZERO + value`, or `.` (46) for none. */
  values: string;
  /** In the group's order (`MATCHER_KINDS`). */
  matchers: MatcherFiling[];
}

/** The char code of the letter of value 0 in `DefaultGroupFiling.values` (`a` … `k`: −5 … 5). */
export const VALUE_ZERO = 102;

interface FilingJson {
  /** `words` joined by `|` (AFINN has words with spaces). */
  words: string;
  values: string;
  matchers: MatcherFiling[];
}

let FILING: DefaultGroupFiling | null = null;
let BY_IDS: Map<string, MatcherFiling> | null = null;

/** The precomputed filing of the default matchers and their group, read once (JSON.parse of the generated text). */
export function defaultGroupFiling(): DefaultGroupFiling {
  if (FILING === null) {
    const json = JSON.parse(DEFAULT_MATCHER_FILING) as FilingJson;
    FILING = { words: json.words.split('|'), values: json.values, matchers: json.matchers };
  }
  return FILING;
}

/** The default group's words (`DefaultGroupFiling.words`), which a filing's `roots` index. */
export function defaultFilingWords(): readonly string[] {
  return defaultGroupFiling().words;
}

/**
 * The precomputed filing of a matcher of `lexicons`, when they are the shipped lexicons of a
 * default matcher in its order (the shipped lexicons are frozen, so their entries are those the
 * filing was written from); null otherwise (the matcher files its entries at run time).
 *
 * @example
 * ```ts
 * defaultFilingOf([DEFAULT_LEXICONS.hedges]); // the hedge matcher's filing
 * defaultFilingOf([structuredClone(DEFAULT_LEXICONS.hedges)]); // null
 * ```
 */
export function defaultFilingOf(lexicons: readonly Lexicon[]): MatcherFiling | null {
  if (lexicons.length === 0 || !hasPrecomputedSpellings(lexicons)) return null;
  if (BY_IDS === null) {
    BY_IDS = new Map();
    for (const m of defaultGroupFiling().matchers) BY_IDS.set(m.ids, m);
  }
  let ids = lexicons[0]!.id;
  for (let i = 1; i < lexicons.length; i++) ids += ` ${lexicons[i]!.id}`;
  return BY_IDS.get(ids) ?? null;
}

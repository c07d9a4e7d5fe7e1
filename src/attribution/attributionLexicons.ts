import { DEFAULT_LEXICON_LIST } from '../lexicons/defaultLexicons.js';
import type { Stance } from '../schema/articleAnalysis.js';
import { lexiconKind, type Lexicon } from '../schema/lexicon.js';

/** The attribution stage's lexicons (reporting verbs, person titles, source nouns), compiled for lookup. */
export interface AttributionLexicons {
  /** Identifies the set, for caches: ids and versions. */
  key: string;
  verbs: Map<string, Stance>;
  particlePhrases: Map<string, Stance>;
  particleFirst: Set<string>;
  titles: Map<string, string>;
  nouns: Map<string, string>;
  anonymity: RegExp;
}

const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/** Compiles the reporting-verb, person-title and source-noun lexicons found in `lexicons`. */
export function compileAttributionLexicons(lexicons: readonly Lexicon[]): AttributionLexicons {
  const of = (kind: string) => lexicons.filter((l) => lexiconKind(l) === kind);
  const map = (ls: Lexicon[]) => {
    const m = new Map<string, string>();
    for (const l of ls) for (const e of l.entries) m.set(e.term.toLowerCase(), e.category ?? '');
    return m;
  };
  const verbs = map(of('reporting-verb')) as Map<string, Stance>;
  const particlePhrases = new Map<string, Stance>();
  const particleFirst = new Set<string>();
  for (const [term, stance] of verbs) {
    if (!term.includes(' ')) continue;
    particlePhrases.set(term, stance);
    particleFirst.add(term.split(' ')[0]!);
  }
  const nouns = map(of('source-noun'));
  const anonymous = [...nouns].filter(([, c]) => c === 'anonymous').map(([t]) => escape(t));
  return {
    key: lexicons.filter((l) => ['reporting-verb', 'person-title', 'source-noun'].includes(lexiconKind(l))).map((l) => `${l.id}@${l.version}`).join(','),
    verbs,
    particlePhrases,
    particleFirst,
    titles: map(of('person-title')),
    nouns,
    anonymity: new RegExp(String.raw`\b(?:${anonymous.join('|') || '(?!)'})\b`, 'i'),
  };
}

/** The defaults, compiled once. */
export const DEFAULT_ATTRIBUTION_LEXICONS = compileAttributionLexicons(DEFAULT_LEXICON_LIST);

let active = DEFAULT_ATTRIBUTION_LEXICONS;

/** The lexicons of the attribution stage now running (the defaults outside an analysis). */
export function attributionLexicons(): AttributionLexicons {
  return active;
}

/**
 * Runs `fn` with `lexicons` as the attribution lexicons. `analyzeArticle` is synchronous, so
 * the setting holds for exactly one analysis and is restored afterwards, even on error.
 */
export function withAttributionLexicons<T>(lexicons: AttributionLexicons, fn: () => T): T {
  const previous = active;
  active = lexicons;
  try {
    return fn();
  } finally {
    active = previous;
  }
}

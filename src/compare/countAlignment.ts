import { entityLexicons } from '../entities/entityLexicons.js';
import { NUMBER_QUALIFIERS } from '../document/numberWords.js';
import { DEFAULT_LEXICON_LIST } from '../lexicons/defaultLexicons.js';
import type { ArticleAnalysis } from '../schema/articleAnalysis.js';
import { STOPWORDS } from './articleText.js';
import type { Discrepancy } from './discrepancies.js';
import { firstEndingAfter } from '../document/spanSearch.js';
import { lazyPattern } from '../document/segments/lazyPattern.js';

/** A counted group stated in an article: "26 cartel members", "more than twenty suspects". */
export interface CountMention {
  article: number;
  value: number;
  qualifier?: string;
  /** What is counted: a class of nouns (custody, dead, security, ...) or the noun itself. */
  countClass: string;
  /** The counted noun as a lemma ("member", "suspect", "man"). */
  noun: string;
  start: number;
  end: number;
  text: string;
  context: Set<string>;
}

const WORD = lazyPattern(String.raw`[\p{L}]+(?:['’-][\p{L}]+)*`, 'gu');

/** The segment holding `offset` (segments are in text order): bisection, not a scan per mention. */
function segmentAt<S extends { start: number; end: number }>(segments: readonly S[], offset: number): S | undefined {
  const s = segments[firstEndingAfter(segments, offset)];
  return s && s.start <= offset ? s : undefined;
}

/** Each number qualifier with the pattern of it ending a text, longest first (the longest that matches wins). */
const QUALIFIER_PATTERNS: readonly (readonly [string, RegExp])[] = [...NUMBER_QUALIFIERS].sort((x, y) => y.length - x.length).map((q) => [q, new RegExp(`(?:^|\\s)${q}\\s*$`)] as const);

function singular(w: string): string {
  if (w === 'men') return 'man';
  if (w === 'women') return 'woman';
  if (w === 'people') return 'people';
  if (/ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/(?:ss|us)$/.test(w)) return w;
  return w.replace(/s$/, '');
}

/**
 * The counts of people an analysis states, from its counted-group entities (`quantity`), with
 * the class of the counted noun (the `count:` entries of the `entity-words` lexicon put
 * "members", "suspects", "operatives" and "men" in one class) and the content words around
 * each mention.
 */
export function countMentions(a: ArticleAnalysis, article: number): CountMention[] {
  const lex = entityLexicons(DEFAULT_LEXICON_LIST);
  const out: CountMention[] = [];
  for (const e of a.entities ?? []) {
    if (!e.quantity) continue;
    for (const m of e.mentions) {
      const words = m.text.toLowerCase().match(WORD()) ?? [];
      const noun = singular(words[words.length - 1] ?? '');
      const seg = segmentAt(a.segments, m.start);
      const context = new Set<string>();
      let qualifier: string | undefined;
      if (seg) {
        const before = seg.text.slice(Math.max(0, m.start - seg.start - 24), m.start - seg.start).toLowerCase();
        qualifier = QUALIFIER_PATTERNS.find(([, pattern]) => pattern.test(before))?.[0];
        const from = Math.max(0, m.start - seg.start - 80);
        const around = `${seg.text.slice(from, m.start - seg.start)} ${seg.text.slice(m.end - seg.start, m.end - seg.start + 80)}`.toLowerCase();
        for (const w of around.match(WORD()) ?? []) if (w.length > 2 && !STOPWORDS.has(w)) context.add(w);
      }
      out.push({ article, value: e.quantity.value, ...(qualifier ? { qualifier } : {}), countClass: lex.countClasses.get(noun) ?? noun, noun, start: m.start, end: m.end, text: m.text, context });
    }
  }
  return out;
}

function firstPerArticle(list: readonly CountMention[]): CountMention[] {
  const seen = new Set<number>();
  return list.filter((m) => !seen.has(m.article) && (seen.add(m.article), true));
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** Occurrences listed per value in a discrepancy. */
const MAX_PER_VALUE = 10;
/** Distinct values of one class compared pairwise; more are left out (a long list of counts says little). */
const MAX_VALUES = 40;

/**
 * Different counts of the same thing: two articles count people of the same class ("26 cartel
 * members" / "29 suspects" / "twenty-six men") in similar context (Jaccard of the words
 * around ≥ `minContext`, default 0.1, or the same counted noun), with different values, where
 * neither article also states the other's value for that class. One discrepancy per pair of
 * values, joined when they share a value; each value keeps its span in its article.
 * Near-linear: mentions are grouped by class and value, and only distinct values are compared.
 */
export function findCountDiscrepancies(analyses: readonly ArticleAnalysis[], mentions: readonly CountMention[], options: { minContext?: number } = {}): Discrepancy[] {
  const { minContext = 0.25 } = options;
  const byClass = new Map<string, Map<number, CountMention[]>>();
  for (const m of mentions) {
    const values = byClass.get(m.countClass) ?? new Map<number, CountMention[]>();
    const list = values.get(m.value);
    if (list) list.push(m);
    else values.set(m.value, [m]);
    byClass.set(m.countClass, values);
  }
  const out: Discrepancy[] = [];
  for (const [countClass, values] of byClass) {
    if (values.size < 2 || values.size > MAX_VALUES) continue;
    const entries = [...values.entries()].sort((x, y) => x[0] - y[0]);
    const articlesOf = new Map(entries.map(([v, list]) => [v, new Set(list.map((m) => m.article))]));
    const pairs: [number, number][] = [];
    for (let x = 0; x < entries.length; x++) {
      for (let y = x + 1; y < entries.length; y++) {
        const [v1, l1] = entries[x]!;
        const [v2, l2] = entries[y]!;
        const a1 = articlesOf.get(v1)!;
        const a2 = articlesOf.get(v2)!;
        // Only articles that state one value and not the other disagree.
        const only1 = l1.filter((m) => !a2.has(m.article));
        const only2 = l2.filter((m) => !a1.has(m.article));
        if (only1.length === 0 || only2.length === 0) continue;
        // Far-apart values are different quantities (17 in March, 3,000 a year), not a disagreement.
        if (Math.min(v1, v2) / Math.max(v1, v2) < 0.5) continue;
        let best = 0;
        for (const p of only1.slice(0, 8)) for (const q of only2.slice(0, 8)) best = Math.max(best, jaccard(p.context, q.context));
        if (best >= minContext) pairs.push([v1, v2]);
      }
    }
    // Join pairs that share a value: 26 vs 29 and 29 vs 31 are one disagreement.
    const parent = new Map<number, number>();
    const find = (v: number): number => {
      let r = v;
      while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
      return r;
    };
    for (const [v1, v2] of pairs) {
      if (!parent.has(v1)) parent.set(v1, v1);
      if (!parent.has(v2)) parent.set(v2, v2);
      parent.set(find(v2), find(v1));
    }
    const groups = new Map<number, number[]>();
    for (const v of parent.keys()) {
      const root = find(v);
      const group = groups.get(root);
      if (group) group.push(v);
      else groups.set(root, [v]);
    }
    for (const vs of groups.values()) {
      const noun = values.get(vs[0]!)![0]!.noun;
      out.push({
        kind: 'number',
        subject: `number of ${countClass === noun ? `${noun}s` : `people counted (${countClass})`}`,
        values: vs.sort((x, y) => x - y).flatMap((v) => firstPerArticle(values.get(v)!).slice(0, MAX_PER_VALUE).map((m) => ({ articleId: analyses[m.article]!.id, value: `${m.qualifier ? `${m.qualifier} ` : ''}${m.value}`, start: m.start, end: m.end, text: m.text }))),
      });
    }
  }
  return out;
}

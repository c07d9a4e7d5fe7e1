import { diffWords } from 'diff';
import type { ArticleAnalysis } from '../schema/articleAnalysis.js';
import { contentWords } from './articleText.js';

export interface QuoteOccurrence {
  articleId: string;
  start: number;
  end: number;
  text: string;
  speaker: string | null;
}

export interface DiffPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

/** One remark quoted by several articles, with how each worded it. */
export interface SharedQuote {
  /** Speaker named by most occurrences (null when none names one). */
  speaker: string | null;
  /** True when every occurrence has the same words (case, quote marks and spacing aside). */
  identical: boolean;
  occurrences: QuoteOccurrence[];
  /** Word-level diff of each occurrence against the first one. */
  variants: { articleId: string; diff: DiffPart[] }[];
  /** Dice similarity of content words between the least similar matched pair. */
  similarity: number;
}

/** Posting lists longer than this do not propose candidate pairs. */
const MAX_POSTINGS = 300;

const normalize = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').replace(/[\s,.;:!?'"]+$/u, '').trim();
const surname = (s: string | null) => (s ? s.split(' ').pop()!.toLowerCase() : null);

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return a.size + b.size === 0 ? 0 : (2 * shared) / (a.size + b.size);
}

/**
 * Finds the same quotation in several articles by fuzzy alignment: identical wordings are
 * grouped by hash, and candidate pairs among distinct wordings come from an inverted index of
 * content words sharing at least two (so thousands of articles do not mean all pairs); a
 * pair matches when the Dice overlap of content words is at least `minSimilarity` (0.5), or
 * at least `minSimilaritySameSpeaker` (0.34) when both name the same speaker — outlets translate
 * and trim the same remark differently ("we will not allow it" / "we won't allow that").
 */
export function findSharedQuotes(analyses: readonly ArticleAnalysis[], options: { minSimilarity?: number; minSimilaritySameSpeaker?: number; minWords?: number } = {}): SharedQuote[] {
  const { minSimilarity = 0.5, minSimilaritySameSpeaker = 0.34, minWords = 4 } = options;
  const items: { occ: QuoteOccurrence; words: Set<string>; article: number }[] = [];
  analyses.forEach((a, ai) => {
    for (const q of a.quotes) {
      const words = new Set(contentWords(q.text));
      if (q.text.split(/\s+/).length < minWords || words.size < 2) continue;
      items.push({ occ: { articleId: a.id, start: q.start, end: q.end, text: q.text, speaker: q.speaker }, words, article: ai });
    }
  });
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const pairSimilarity = new Map<number, number>();
  const union = (i: number, j: number, sim: number) => {
    const ri = find(i);
    const rj = find(j);
    if (ri !== rj) parent[rj] = ri;
    pairSimilarity.set(ri, Math.min(pairSimilarity.get(ri) ?? 1, pairSimilarity.get(rj) ?? 1, sim));
  };
  // Identical wordings are grouped by hash first; fuzzy alignment then runs on distinct wordings only,
  // so a quote syndicated to a thousand sites costs one comparison, not half a million.
  const byWording = new Map<string, number>();
  const distinct: number[] = [];
  items.forEach((it, i) => {
    const key = normalize(it.occ.text);
    const first = byWording.get(key);
    if (first === undefined) {
      byWording.set(key, i);
      distinct.push(i);
    } else union(first, i, 1);
  });
  // Candidates from an inverted index over content words; a word shared by very many distinct
  // wordings ("not", the country's name) says little and is not used to propose pairs.
  const index = new Map<string, number[]>();
  for (const i of distinct) {
    for (const w of items[i]!.words) {
      const list = index.get(w);
      if (list) list.push(i);
      else index.set(w, [i]);
    }
  }
  const prefix = (i: number) => [...items[i]!.words].filter((w) => index.get(w)!.length <= MAX_POSTINGS);
  for (const i of distinct) {
    const it = items[i]!;
    const shared = new Map<number, number>();
    for (const w of prefix(i)) for (const j of index.get(w)!) if (j > i && items[j]!.article !== it.article) shared.set(j, (shared.get(j) ?? 0) + 1);
    for (const [j, n] of shared) {
      if (n < 2) continue;
      const other = items[j]!;
      const sim = dice(it.words, other.words);
      const sameSpeaker = it.occ.speaker !== null && surname(it.occ.speaker) === surname(other.occ.speaker);
      if (sim >= minSimilarity || (sameSpeaker && sim >= minSimilaritySameSpeaker)) union(i, j, sim);
    }
  }
  const clusters = new Map<number, number[]>();
  items.forEach((_, i) => {
    const r = find(i);
    const list = clusters.get(r);
    if (list) list.push(i);
    else clusters.set(r, [i]);
  });
  const out: SharedQuote[] = [];
  for (const [root, members] of clusters) {
    const articles = new Set(members.map((m) => items[m]!.article));
    if (articles.size < 2) continue;
    const occurrences = members.map((m) => items[m]!.occ);
    const votes = new Map<string, number>();
    for (const o of occurrences) if (o.speaker) votes.set(o.speaker, (votes.get(o.speaker) ?? 0) + 1);
    const speaker = [...votes.entries()].sort((x, y) => y[1] - x[1] || y[0].length - x[0].length || x[0].localeCompare(y[0]))[0]?.[0] ?? null;
    const reference = occurrences[0]!.text;
    const identical = occurrences.every((o) => normalize(o.text) === normalize(reference));
    const variants = occurrences.slice(1).map((o) => ({ articleId: o.articleId, diff: diffWords(reference, o.text).map((p) => ({ value: p.value, ...(p.added ? { added: true } : {}), ...(p.removed ? { removed: true } : {}) })) }));
    let similarity = pairSimilarity.get(root) ?? 1;
    for (const m of members) similarity = Math.min(similarity, pairSimilarity.get(m) ?? 1);
    out.push({ speaker, identical, occurrences, variants, similarity: Math.round(similarity * 1000) / 1000 });
  }
  return out.sort((x, y) => y.occurrences.length - x.occurrences.length || x.occurrences[0]!.articleId.localeCompare(y.occurrences[0]!.articleId) || x.occurrences[0]!.start - y.occurrences[0]!.start);
}

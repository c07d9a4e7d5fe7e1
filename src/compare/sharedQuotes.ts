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

const normalize = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').replace(/[\s,.;:!?'"]+$/u, '').trim();
const surname = (s: string | null) => (s ? s.split(' ').pop()!.toLowerCase() : null);

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return a.size + b.size === 0 ? 0 : (2 * shared) / (a.size + b.size);
}

/**
 * Finds the same quotation in several articles by fuzzy alignment: candidate pairs come from
 * an inverted index of content words (so thousands of articles do not mean all pairs), and a
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
  const index = new Map<string, number[]>();
  items.forEach((it, i) => {
    for (const w of it.words) {
      const list = index.get(w);
      if (list) list.push(i);
      else index.set(w, [i]);
    }
  });
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const pairSimilarity = new Map<number, number>();
  items.forEach((it, i) => {
    const shared = new Map<number, number>();
    for (const w of it.words) for (const j of index.get(w)!) if (j > i && items[j]!.article !== it.article) shared.set(j, (shared.get(j) ?? 0) + 1);
    for (const [j, n] of shared) {
      if (n < 2) continue;
      const other = items[j]!;
      const sim = dice(it.words, other.words);
      const sameSpeaker = it.occ.speaker !== null && surname(it.occ.speaker) === surname(other.occ.speaker);
      if (sim >= minSimilarity || (sameSpeaker && sim >= minSimilaritySameSpeaker)) {
        const ri = find(i);
        const rj = find(j);
        parent[rj] = ri;
        pairSimilarity.set(ri, Math.min(pairSimilarity.get(ri) ?? 1, pairSimilarity.get(rj) ?? 1, sim));
      }
    }
  });
  const clusters = new Map<number, number[]>();
  items.forEach((_, i) => {
    const r = find(i);
    clusters.set(r, [...(clusters.get(r) ?? []), i]);
  });
  const out: SharedQuote[] = [];
  for (const [root, members] of clusters) {
    const articles = new Set(members.map((m) => items[m]!.article));
    if (articles.size < 2) continue;
    const occurrences = members.map((m) => items[m]!.occ);
    const speakers = occurrences.map((o) => o.speaker).filter((s): s is string => s !== null);
    const speaker = speakers.sort((x, y) => speakers.filter((s) => s === y).length - speakers.filter((s) => s === x).length || y.length - x.length)[0] ?? null;
    const reference = occurrences[0]!.text;
    const identical = occurrences.every((o) => normalize(o.text) === normalize(reference));
    const variants = occurrences.slice(1).map((o) => ({ articleId: o.articleId, diff: diffWords(reference, o.text).map((p) => ({ value: p.value, ...(p.added ? { added: true } : {}), ...(p.removed ? { removed: true } : {}) })) }));
    let similarity = pairSimilarity.get(root) ?? 1;
    for (const m of members) similarity = Math.min(similarity, pairSimilarity.get(m) ?? 1);
    out.push({ speaker, identical, occurrences, variants, similarity: Math.round(similarity * 1000) / 1000 });
  }
  return out.sort((x, y) => y.occurrences.length - x.occurrences.length || x.occurrences[0]!.articleId.localeCompare(y.occurrences[0]!.articleId) || x.occurrences[0]!.start - y.occurrences[0]!.start);
}

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
  /** Distinct articles quoting it (an article may quote the same remark twice). */
  articles: number;
  /** The representative wording first, then every other occurrence. */
  occurrences: QuoteOccurrence[];
  /** Word-level diff of each other occurrence (`occurrences[occurrence]`) against the representative. */
  variants: { articleId: string; occurrence: number; diff: DiffPart[] }[];
  /** Lowest Dice similarity of content words between a member and the representative. */
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
 * Finds the same quotation in several articles. Identical wordings are grouped by hash; then
 * each distinct wording (most copied and longest first) joins the cluster whose
 * **representative** it matches best — Dice overlap of content words at least `minSimilarity`
 * (0.5), or `minSimilaritySameSpeaker` (0.34) when both name the same speaker — or starts a new
 * cluster. Every member is compared with the representative itself, never through a third
 * quote, so a short remark cannot chain two different remarks together. Candidates come from
 * an inverted index of the representatives' content words (a pair must share two), so
 * thousands of articles do not mean all pairs. `articles` counts distinct articles; each
 * variant's diff is taken against the representative wording.
 */
export function findSharedQuotes(analyses: readonly ArticleAnalysis[], options: { minSimilarity?: number; minSimilaritySameSpeaker?: number; minWords?: number } = {}): SharedQuote[] {
  const { minSimilarity = 0.5, minSimilaritySameSpeaker = 0.34, minWords = 4 } = options;
  const items: { occ: QuoteOccurrence; words: Set<string>; article: number; order: number; wording: string }[] = [];
  // A quotation syndicated to many articles is read once (its words and wording are only read).
  const read = new Map<string, { words: Set<string>; wording: string } | null>();
  analyses.forEach((a, ai) => {
    for (const q of a.quotes) {
      let r = read.get(q.text);
      if (r === undefined) {
        const words = new Set(contentWords(q.text));
        r = q.text.split(/\s+/).length < minWords || words.size < 2 ? null : { words, wording: normalize(q.text) };
        read.set(q.text, r);
      }
      if (r === null) continue;
      items.push({ occ: { articleId: a.id, start: q.start, end: q.end, text: q.text, speaker: q.speaker }, words: r.words, article: ai, order: items.length, wording: r.wording });
    }
  });
  // Identical wordings first: a quote syndicated to a thousand sites is one wording.
  const byWording = new Map<string, number[]>();
  items.forEach((it, i) => {
    const key = it.wording;
    const list = byWording.get(key);
    if (list) list.push(i);
    else byWording.set(key, [i]);
  });
  const wordings = [...byWording.values()].sort((x, y) => y.length - x.length || items[y[0]!]!.words.size - items[x[0]!]!.words.size || x[0]! - y[0]!);
  const clusters: { rep: number; members: number[]; similarity: number }[] = [];
  const index = new Map<string, number[]>(); // content word → clusters whose representative has it
  for (const group of wordings) {
    const it = items[group[0]!]!;
    const shared = new Map<number, number>();
    for (const w of it.words) {
      const list = index.get(w);
      if (!list || list.length > MAX_POSTINGS) continue;
      for (const c of list) shared.set(c, (shared.get(c) ?? 0) + 1);
    }
    let best = -1;
    let bestSim = 0;
    for (const [c, n] of shared) {
      if (n < 2) continue;
      const rep = items[clusters[c]!.rep]!;
      const sim = dice(it.words, rep.words);
      const sameSpeaker = it.occ.speaker !== null && surname(it.occ.speaker) === surname(rep.occ.speaker);
      if ((sim >= minSimilarity || (sameSpeaker && sim >= minSimilaritySameSpeaker)) && (sim > bestSim || (sim === bestSim && c < best))) {
        best = c;
        bestSim = sim;
      }
    }
    if (best >= 0) {
      const c = clusters[best]!;
      c.members.push(...group);
      c.similarity = Math.min(c.similarity, bestSim);
      continue;
    }
    clusters.push({ rep: group[0]!, members: [...group], similarity: 1 });
    for (const w of it.words) {
      const list = index.get(w);
      if (list) list.push(clusters.length - 1);
      else index.set(w, [clusters.length - 1]);
    }
  }
  const out: SharedQuote[] = [];
  for (const c of clusters) {
    const articles = new Set(c.members.map((m) => items[m]!.article));
    if (articles.size < 2) continue;
    // The representative first, then the others in article order.
    const rest = c.members.filter((m) => m !== c.rep).sort((x, y) => items[x]!.article - items[y]!.article || items[x]!.occ.start - items[y]!.occ.start);
    const occurrences = [c.rep, ...rest].map((m) => items[m]!.occ);
    const votes = new Map<string, number>();
    for (const o of occurrences) if (o.speaker) votes.set(o.speaker, (votes.get(o.speaker) ?? 0) + 1);
    const speaker = [...votes.entries()].sort((x, y) => y[1] - x[1] || y[0].length - x[0].length || x[0].localeCompare(y[0]))[0]?.[0] ?? null;
    const reference = occurrences[0]!.text;
    const identical = c.members.every((m) => items[m]!.wording === items[c.rep]!.wording);
    // A syndicated quote has many occurrences and few distinct texts: each text is diffed once.
    const diffs = new Map<string, DiffPart[]>();
    const diffOf = (text: string) => {
      let d = diffs.get(text);
      if (!d) diffs.set(text, (d = diffWords(reference, text).map((p) => ({ value: p.value, ...(p.added ? { added: true } : {}), ...(p.removed ? { removed: true } : {}) }))));
      return d.map((p) => ({ ...p }));
    };
    const variants = occurrences.slice(1).map((o, k) => ({ articleId: o.articleId, occurrence: k + 1, diff: diffOf(o.text) }));
    out.push({ speaker, identical, articles: articles.size, occurrences, variants, similarity: Math.round(c.similarity * 1000) / 1000 });
  }
  return out.sort((x, y) => y.articles - x.articles || y.occurrences.length - x.occurrences.length || x.occurrences[0]!.articleId.localeCompare(y.occurrences[0]!.articleId) || x.occurrences[0]!.start - y.occurrences[0]!.start);
}

import { ANALYSED_KINDS } from '../document/segments/segmentDocument.js';
import type { ArticleAnalysis } from '../schema/articleAnalysis.js';
import { articleWords, termCounts } from './articleText.js';
import { numberMentions, type NumberMention } from './discrepancies.js';
import { charCodeAt } from '../document/charCodes.js';

/** What the comparison reads from each article's words: term counts and the numbers it states. */
export interface ArticleReadings {
  /** Content-word counts per article (`termCounts`); exact copies share one map (read only). */
  counts: Map<string, number>[];
  /** The numbers every article states (`numberMentions`), in article order. */
  numbers: NumberMention[];
}

/**
 * Reads every article's analysed words once, for term counts and stated numbers. Syndicated
 * copies (the same analysed lines at the same offsets, as a wire story republished word for word)
 * are read once: they share the counts and get copies of the numbers. Copies are found by a hash
 * of the analysed lines and confirmed line by line, so nothing else is kept per article.
 *
 * @example
 * ```ts
 * const { counts, numbers } = readArticles(analyses);
 * counts[0].get('cartel'); // 3
 * ```
 */
export function readArticles(analyses: readonly ArticleAnalysis[]): ArticleReadings {
  const counts: Map<string, number>[] = [];
  const numbers: NumberMention[] = [];
  const read = new Map<number, { first: ArticleAnalysis; counts: Map<string, number>; numbers: NumberMention[] }[]>();
  analyses.forEach((a, i) => {
    const hash = analysedLinesHash(a);
    const candidates = read.get(hash);
    const copyOf = candidates?.find((r) => sameAnalysedLines(r.first, a));
    if (copyOf) {
      counts.push(copyOf.counts);
      for (const m of copyOf.numbers) numbers.push({ ...m, article: i });
      return;
    }
    const words = articleWords(a); // dropped after this article
    const r = { first: a, counts: termCounts(a, words), numbers: numberMentions(a, i, words) };
    if (candidates) candidates.push(r);
    else read.set(hash, [r]);
    counts.push(r.counts);
    for (const m of r.numbers) numbers.push(m);
  });
  return { counts, numbers };
}

/** A 32-bit hash of the analysed lines (their offsets and text). */
function analysedLinesHash(a: ArticleAnalysis): number {
  let h = 0x811c9dc5;
  for (const s of a.segments) {
    if (!ANALYSED_KINDS.has(s.kind)) continue;
    h = Math.imul(h ^ s.start, 16777619);
    const t = s.text;
    for (let i = 0; i < t.length; i++) h = Math.imul(h ^ charCodeAt(t, i), 16777619);
    h = Math.imul(h ^ 0xffff, 16777619);
  }
  return h >>> 0;
}

/** The same analysed lines, at the same offsets: the words, counts and numbers read from them are the same. */
function sameAnalysedLines(a: ArticleAnalysis, b: ArticleAnalysis): boolean {
  if (a.segments === b.segments) return true;
  const x = a.segments.filter((s) => ANALYSED_KINDS.has(s.kind));
  const y = b.segments.filter((s) => ANALYSED_KINDS.has(s.kind));
  return x.length === y.length && x.every((s, k) => s.start === y[k]!.start && s.text === y[k]!.text);
}

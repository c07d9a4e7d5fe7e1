import type { ArticleAnalysis } from '../schema/articleAnalysis.js';
import { jensenShannon } from './statistics.js';

/** Above this many articles, pairwise divergence is limited to `pairs` (the similarity candidates). */
export const ALL_DIVERGENCE_PAIRS_LIMIT = 200;

/**
 * Pairwise Jensen–Shannon divergence (bits, 0–1) of the articles' frame distributions (frame
 * scores normalised to sum to one). Null for a pair where an article has no frame hit. For
 * large sets, only the given candidate pairs are scored (n² pairs would swamp the output).
 */
export function frameDivergence(analyses: readonly ArticleAnalysis[], pairs?: readonly { a: string; b: string }[]): { a: string; b: string; jsd: number | null }[] {
  if (analyses.length > ALL_DIVERGENCE_PAIRS_LIMIT && pairs) {
    const index = new Map(analyses.map((a, i) => [a.id, i]));
    const frames = [...new Set(analyses.flatMap((a) => Object.keys(a.frames)))].sort();
    const vec = (i: number) => frames.map((f) => analyses[i]!.frames[f]?.score ?? 0);
    return pairs.map(({ a, b }) => {
      const d = jensenShannon(vec(index.get(a)!), vec(index.get(b)!));
      return { a, b, jsd: d === null ? null : Math.round(d * 10000) / 10000 };
    });
  }
  const frames = [...new Set(analyses.flatMap((a) => Object.keys(a.frames)))].sort();
  const vectors = analyses.map((a) => frames.map((f) => a.frames[f]?.score ?? 0));
  const out: { a: string; b: string; jsd: number | null }[] = [];
  for (let i = 0; i < analyses.length; i++) {
    for (let j = i + 1; j < analyses.length; j++) {
      const d = jensenShannon(vectors[i]!, vectors[j]!);
      out.push({ a: analyses[i]!.id, b: analyses[j]!.id, jsd: d === null ? null : Math.round(d * 10000) / 10000 });
    }
  }
  return out;
}

/** Each article's divergence from the set's average frame distribution (its centroid). */
export function divergenceFromCentroid(analyses: readonly ArticleAnalysis[]): { id: string; jsd: number | null }[] {
  const frames = [...new Set(analyses.flatMap((a) => Object.keys(a.frames)))].sort();
  const shares = analyses.map((a) => {
    const v = frames.map((f) => a.frames[f]?.score ?? 0);
    const s = v.reduce((x, y) => x + y, 0);
    return s > 0 ? v.map((x) => x / s) : null;
  });
  const present = shares.filter((v): v is number[] => v !== null);
  const centroid = frames.map((_, k) => present.reduce((s, v) => s + v[k]!, 0) / Math.max(1, present.length));
  return analyses.map((a, i) => {
    const v = shares[i];
    const d = v ? jensenShannon(v, centroid) : null;
    return { id: a.id, jsd: d === null ? null : Math.round(d * 10000) / 10000 };
  });
}

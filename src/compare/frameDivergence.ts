import type { ArticleAnalysis } from '../schema/articleAnalysis.js';
import { jensenShannon } from './statistics.js';

/**
 * Pairwise Jensen–Shannon divergence (bits, 0–1) of the articles' frame distributions (frame
 * scores normalised to sum to one). Null for a pair where an article has no frame hit.
 * For large sets this is n²/2 pairs of ten numbers each: cheap, but the output grows fast.
 */
export function frameDivergence(analyses: readonly ArticleAnalysis[]): { a: string; b: string; jsd: number | null }[] {
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

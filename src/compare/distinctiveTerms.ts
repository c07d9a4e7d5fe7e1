import type { ArticleAnalysis } from '../schema/articleAnalysis.js';
import { termCounts } from './articleText.js';
import { weightedLogOdds } from './statistics.js';

export interface DistinctiveTerm {
  term: string;
  count: number;
  /** Weighted log-odds z-score of the term in this article against all the others. */
  z: number;
  delta: number;
}

/**
 * Per article, the terms that set it apart from the rest of the set: weighted log-odds with an
 * informative Dirichlet prior built from the whole set (Monroe, Colaresi & Quinn 2008), stop
 * words and boilerplate excluded. Terms with z ≥ `minZ` (default 1; single short articles rarely
 * reach 1.96 against a prior built from the set itself), at most `limit` each.
 */
export function distinctiveTerms(analyses: readonly ArticleAnalysis[], options: { limit?: number; minZ?: number; minCount?: number; counts?: Map<string, number>[] } = {}): { id: string; terms: DistinctiveTerm[] }[] {
  const { limit = 15, minZ = 1, minCount = 2 } = options;
  const counts = options.counts ?? analyses.map((a) => termCounts(a));
  const total = new Map<string, number>();
  for (const c of counts) for (const [w, n] of c) total.set(w, (total.get(w) ?? 0) + n);
  const grandTotal = sumOf(total);
  return analyses.map((a, i) => {
    // Only the article's own words can be distinctive for it: score those (linear in its length).
    // Words below minCount cannot be reported: they are not scored (sizes are the full totals).
    const all = counts[i]!;
    const mine = new Map<string, number>();
    const rest = new Map<string, number>();
    const prior = new Map<string, number>();
    for (const [w, k] of all) {
      if (k < minCount) continue;
      mine.set(w, k);
      prior.set(w, total.get(w)!);
      const r = total.get(w)! - k;
      if (r > 0) rest.set(w, r);
    }
    const size = sumOf(all);
    const scores = weightedLogOdds(mine, rest, prior, { sizes: { i: size, j: grandTotal - size, prior: grandTotal } });
    const terms = [...scores.entries()]
      .filter(([w, s]) => (counts[i]!.get(w) ?? 0) >= minCount && s.z >= minZ)
      .map(([term, s]) => ({ term, count: counts[i]!.get(term)!, z: Math.round(s.z * 1000) / 1000, delta: Math.round(s.delta * 1000) / 1000 }))
      .sort((x, y) => y.z - x.z || x.term.localeCompare(y.term))
      .slice(0, limit);
    return { id: a.id, terms };
  });
}

function sumOf(m: ReadonlyMap<string, number>): number {
  let s = 0;
  for (const v of m.values()) s += v;
  return s;
}

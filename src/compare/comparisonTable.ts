import type { ArticleAnalysis } from '../schema/articleAnalysis.js';
import { measureNames, numericMeasureValue } from '../measures/measureValues.js';
import { ranks, zScores } from './statistics.js';

export interface TableRow {
  id: string;
  outlet?: string;
  values: Record<string, number | null>;
  /** z-score of each value across the set (null where the value is null). */
  z: Record<string, number | null>;
  /** Rank of each value across the set, 1 = highest (null where the value is null). */
  rank: Record<string, number | null>;
}

export interface ComparisonTable {
  measures: string[];
  rows: TableRow[];
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

/** One row per article with the headline measures of the catalogue (frame scores included), their z-scores and ranks. */
export function comparisonTable(analyses: readonly ArticleAnalysis[]): ComparisonTable {
  const measures = measureNames(analyses, { headline: true });
  const rows: TableRow[] = analyses.map((a) => ({ id: a.id, ...(a.outlet ? { outlet: a.outlet } : {}), values: {}, z: {}, rank: {} }));
  for (const m of measures) {
    const values = analyses.map((a) => numericMeasureValue(a, m));
    const present = values.map((v, i) => [v, i] as const).filter((p): p is readonly [number, number] => p[0] !== null);
    const z = zScores(present.map((p) => p[0]));
    const rk = ranks(present.map((p) => p[0]));
    values.forEach((v, i) => {
      rows[i]!.values[m] = v;
      rows[i]!.z[m] = null;
      rows[i]!.rank[m] = null;
    });
    present.forEach(([, i], k) => {
      rows[i]!.z[m] = r3(z[k]!);
      rows[i]!.rank[m] = rk[k]!;
    });
  }
  return { measures, rows };
}

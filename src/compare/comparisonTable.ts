import type { ArticleAnalysis } from '../schema/articleAnalysis.js';
import { measureNames, measureReader } from '../measures/measureValues.js';
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
  // Column by column: values, then z-scores and ranks (by sorting) of the values present.
  const columns = measures.map((m) => {
    const values = analyses.map(measureReader(m));
    const at: number[] = [];
    const present: number[] = [];
    values.forEach((v, i) => {
      if (v === null) return;
      at.push(i);
      present.push(v);
    });
    const z: (number | null)[] = new Array(analyses.length).fill(null);
    const rank: (number | null)[] = new Array(analyses.length).fill(null);
    const zs = zScores(present);
    const rk = ranks(present);
    at.forEach((i, k) => {
      z[i] = r3(zs[k]!);
      rank[i] = rk[k]!;
    });
    return { values, z, rank };
  });
  // Then row by row: each record is a copy of one template with every key (copying a shape is
  // much cheaper than adding thousands of keys one by one), then filled in.
  const template: Record<string, number | null> = {};
  for (const m of measures) template[m] = null;
  const rows: TableRow[] = analyses.map((a, i) => {
    const values = { ...template };
    const z = { ...template };
    const rank = { ...template };
    measures.forEach((m, c) => {
      values[m] = columns[c]!.values[i]!;
      z[m] = columns[c]!.z[i]!;
      rank[m] = columns[c]!.rank[i]!;
    });
    return { id: a.id, ...(a.outlet ? { outlet: a.outlet } : {}), values, z, rank };
  });
  return { measures, rows };
}

import type { ArticleAnalysis } from '../schema/articleAnalysis.js';
import { measureReader } from '../measures/measureValues.js';
import { ranks } from './statistics.js';

/**
 * Ranks analyses by a catalogue measure (`MEASURES`: `metrics.loadedPer1kWords`,
 * `frames.victory.score`, `frames.victory.byVoice.quoted`, `sentiment.author`, ...), highest
 * first; analyses without a value come last with rank null.
 *
 * @throws SlantwiseInputError for a name that is not in the catalogue, suggesting the close one.
 *
 * @example
 * ```ts
 * rankBy(analyses, 'frames.victory.score')[0] // { id: 'patriot-ledger', value: 16.9, rank: 1 }
 * ```
 */
export function rankBy(analyses: readonly ArticleAnalysis[], measure: string): { id: string; outlet?: string; value: number | null; rank: number | null }[] {
  const values = analyses.map(measureReader(measure));
  const present = values.filter((v): v is number => v !== null);
  const rk = ranks(present);
  let k = 0;
  const rows = analyses.map((a, i) => {
    const value = values[i]!;
    return { id: a.id, ...(a.outlet ? { outlet: a.outlet } : {}), value, rank: value === null ? null : rk[k++]! };
  });
  return rows.sort((x, y) => (x.rank ?? Infinity) - (y.rank ?? Infinity) || x.id.localeCompare(y.id));
}

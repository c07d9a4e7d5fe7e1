import { SlantwiseInputError } from '../errors.js';
import type { ArticleAnalysis } from '../schema/articleAnalysis.js';
import { measureValue } from './measures.js';
import { ranks } from './statistics.js';

/**
 * Ranks analyses by a measure (`metrics.<name>`, `frames.<id>`, `frames.<id>.<voice>`, `topics.<id>`,
 * `sentiment.<voice>`), highest first; analyses without a value come last with rank null.
 *
 * @example
 * ```ts
 * rankBy(analyses, 'frames.victory')[0] // { id: 'patriot-ledger', value: 16.9, rank: 1 }
 * ```
 */
export function rankBy(analyses: readonly ArticleAnalysis[], measure: string): { id: string; outlet?: string; value: number | null; rank: number | null }[] {
  if (!/^(?:metrics\.\w+|sentiment\.\w+|(?:frames|topics)\.[\w-]+(?:\.(?:author|quoted|editorial))?)$/.test(measure)) {
    throw new SlantwiseInputError([{ path: 'measure', message: `unknown measure "${measure}"; use metrics.<name>, frames.<id>[.<voice>], topics.<id>[.<voice>] or sentiment.<voice>` }]);
  }
  const values = analyses.map((a) => measureValue(a, measure));
  const present = values.filter((v): v is number => v !== null);
  const rk = ranks(present);
  let k = 0;
  const rows = analyses.map((a, i) => {
    const value = values[i]!;
    return { id: a.id, ...(a.outlet ? { outlet: a.outlet } : {}), value, rank: value === null ? null : rk[k++]! };
  });
  return rows.sort((x, y) => (x.rank ?? Infinity) - (y.rank ?? Infinity) || x.id.localeCompare(y.id));
}

import type { ArticleAnalysis } from '../schema/articleAnalysis.js';
import { measureNames, numericMeasureValue, resolveMeasure } from '../measures/measureValues.js';
import { bootstrapInterval, mean, median } from './statistics.js';

export interface OutletMeasure {
  n: number;
  mean: number;
  median: number;
  /** Percentile bootstrap 95% confidence interval of the mean (seeded: reproducible). */
  ci95: [number, number];
}

export interface OutletSummary {
  outlet: string;
  n: number;
  measures: Record<string, OutletMeasure>;
}

const r4 = (x: number) => Math.round(x * 10000) / 10000;

/**
 * Aggregates analyses by outlet (`analysis.outlet`, else `provenance.originalOutlet`, else
 * "(unknown)"): per outlet and measure, n, mean, median and a bootstrap 95% confidence interval
 * of the mean, with a seeded generator so the same input always gives the same intervals.
 * Measures are catalogue names (`MEASURES`); by default the headline ones.
 *
 * @example
 * ```ts
 * aggregateByOutlet(analyses, { resamples: 2000, seed: 7 })
 *   .map((o) => [o.outlet, o.measures['frames.victory.score'].ci95]);
 * ```
 */
export function aggregateByOutlet(analyses: readonly ArticleAnalysis[], options: { resamples?: number; seed?: number; measures?: string[] } = {}): OutletSummary[] {
  const { resamples = 2000, seed = 1 } = options;
  const measures = options.measures ?? measureNames(analyses, { headline: true });
  measures.forEach((m, i) => resolveMeasure(m, `options.measures[${i}]`));
  const groups = new Map<string, ArticleAnalysis[]>();
  for (const a of analyses) {
    const outlet = a.outlet ?? a.provenance.originalOutlet ?? '(unknown)';
    const list = groups.get(outlet);
    if (list) list.push(a);
    else groups.set(outlet, [a]);
  }
  return [...groups.entries()]
    .sort((x, y) => x[0].localeCompare(y[0]))
    .map(([outlet, list]) => {
      const out: Record<string, OutletMeasure> = {};
      measures.forEach((m, mi) => {
        const xs = list.map((a) => numericMeasureValue(a, m)).filter((v): v is number => v !== null);
        const [lo, hi] = bootstrapInterval(xs, mean, { resamples, seed: seed + mi });
        out[m] = { n: xs.length, mean: r4(mean(xs)), median: r4(median(xs)), ci95: [r4(lo), r4(hi)] };
      });
      return { outlet, n: list.length, measures: out };
    });
}

import { SlantwiseInputError } from '../errors.js';
import { measureNames, numericMeasureValue, resolveMeasure, type ResolvedMeasure } from '../measures/measureValues.js';
import type { ArticleAnalysis } from '../schema/articleAnalysis.js';
import type { Comparison } from '../schema/comparison.js';

/** A Vega-Lite v5 specification: plain JSON, with the data inline. */
export type VegaLiteSpec = Record<string, unknown> & { $schema: string; data: { values: Record<string, unknown>[] } };

/** Options of `toVegaLite`. */
export interface VegaLiteOptions {
  /** Chart title; defaults to the measure's label (one measure) or the measures' family. */
  title?: string;
  /** Width in pixels of the plotting area (default 400). */
  width?: number;
}

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v5.json';
/** The MIME type notebooks (Jupyter, VS Code, Deno) render Vega-Lite from. */
export const VEGA_LITE_MIME = 'application/vnd.vegalite.v5+json';

interface Point {
  id: string;
  outlet: string | null;
  measure: string;
  label: string;
  value: number | null;
  z?: number | null;
  rank?: number | null;
}

function isComparison(x: Comparison | readonly ArticleAnalysis[]): x is Comparison {
  return !Array.isArray(x) && typeof x === 'object' && x !== null && 'table' in x;
}

/** Names asked for, with `{frame}` expanded over the source's frames. */
function expand(source: Comparison | readonly ArticleAnalysis[], measures: readonly string[]): string[] {
  return measures.flatMap((m) => {
    if (!/\{\w+\}/.test(m)) return [m];
    const pattern = m.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '.+');
    const re = new RegExp(`^${pattern}$`);
    const all = isComparison(source) ? source.table.measures : measureNames(source);
    return all.filter((n) => re.test(n));
  });
}

function points(source: Comparison | readonly ArticleAnalysis[], measures: ResolvedMeasure[]): Point[] {
  if (isComparison(source)) {
    for (const m of measures) {
      if (!source.table.measures.includes(m.name)) {
        throw new SlantwiseInputError([{ path: 'measure', message: `"${m.name}" is not in the comparison table (it holds the headline measures); pass the analyses to chart it` }]);
      }
    }
    return source.table.rows.flatMap((r) => measures.map((m) => ({ id: r.id, outlet: r.outlet ?? null, measure: m.name, label: m.label, value: r.values[m.name] ?? null, z: r.z[m.name] ?? null, rank: r.rank[m.name] ?? null })));
  }
  return source.flatMap((a) => measures.map((m) => ({ id: a.id, outlet: a.outlet ?? null, measure: m.name, label: m.label, value: numericMeasureValue(a, m.name) })));
}

/**
 * A Vega-Lite chart of one or more catalogue measures across articles, from a comparison (its
 * table: the headline measures, with z-scores and ranks in the tooltip) or from analyses (any
 * measure). One measure gives a bar chart, highest first, coloured by outlet; several of one
 * unit (or a pattern such as `frames.{frame}.score`) give a heatmap of articles × measures.
 * The result is plain JSON that any Vega-Lite renderer takes (Jupyter, VS Code, Observable,
 * vega-embed); in a Deno notebook it also displays itself when it is a cell's last expression.
 *
 * @throws SlantwiseInputError for a name that is not in the catalogue, or not in the
 * comparison's table.
 * @example
 * ```ts
 * const spec = toVegaLite(compareArticles(analyses), 'frames.victory.score');
 * Deno.jupyter.display({ 'application/vnd.vegalite.v5+json': spec }, { raw: true });
 * toVegaLite(analyses, 'frames.{frame}.score');   // heatmap of every frame
 * ```
 */
export function toVegaLite(source: Comparison | readonly ArticleAnalysis[], measure: string | readonly string[], options: VegaLiteOptions = {}): VegaLiteSpec {
  const asked = typeof measure === 'string' ? [measure] : [...measure];
  const names = expand(source, asked);
  if (names.length === 0) throw new SlantwiseInputError([{ path: 'measure', message: `no measure matches ${asked.map((m) => `"${m}"`).join(', ')}` }]);
  const resolved = names.map((n) => resolveMeasure(n));
  const units = [...new Set(resolved.map((m) => m.definition.unit))];
  if (units.length > 1) throw new SlantwiseInputError([{ path: 'measure', message: `one chart needs measures of one unit, got ${units.join(', ')}` }]);
  const values = points(source, resolved);
  const width = options.width ?? 400;
  const first = resolved[0]!;
  const unit = first.definition.unit;
  const tooltip = [
    { field: 'id', title: 'article' },
    { field: 'outlet', title: 'outlet' },
    { field: 'measure', title: 'measure' },
    { field: 'value', title: first.definition.unit, type: 'quantitative', ...(unit === 'share' ? { format: '.1%' } : {}) },
    ...(isComparison(source) ? [{ field: 'z', title: 'z-score' }, { field: 'rank', title: 'rank' }] : []),
  ];
  let spec: VegaLiteSpec;
  if (resolved.length === 1) {
    spec = {
      $schema: SCHEMA,
      title: options.title ?? `${first.label} (${first.name})`,
      description: first.definition.description,
      width,
      data: { values: values as unknown as Record<string, unknown>[] },
      mark: { type: 'bar', tooltip: true },
      encoding: {
        y: { field: 'id', type: 'nominal', sort: '-x', title: 'article' },
        x: { field: 'value', type: 'quantitative', title: `${first.label} (${unit})`, ...(unit === 'share' ? { axis: { format: '%' } } : {}) },
        color: values.some((p) => p.outlet !== null) ? { field: 'outlet', type: 'nominal' } : { value: '#4c78a8' },
        tooltip,
      },
    };
  } else {
    spec = {
      $schema: SCHEMA,
      title: options.title ?? asked.join(', '),
      width,
      data: { values: values as unknown as Record<string, unknown>[] },
      encoding: {
        x: { field: 'label', type: 'nominal', sort: resolved.map((m) => m.label), title: null, axis: { labelAngle: -40 } },
        y: { field: 'id', type: 'nominal', title: 'article' },
      },
      layer: [
        { mark: { type: 'rect', tooltip: true }, encoding: { color: { field: 'value', type: 'quantitative', scale: { scheme: 'blues' }, title: unit }, tooltip } },
        { mark: { type: 'text', fontSize: 10 }, encoding: { text: { field: 'value', type: 'quantitative', format: unit === 'share' ? '.0%' : '.1f' } } },
      ],
    };
  }
  // Deno's Jupyter kernel renders a value carrying this symbol; JSON.stringify ignores it.
  Object.defineProperty(spec, Symbol.for('Jupyter.display'), { value: () => ({ [VEGA_LITE_MIME]: spec, 'text/plain': `Vega-Lite chart: ${String(spec.title)}` }), enumerable: false });
  return spec;
}

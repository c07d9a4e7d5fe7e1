import type { ArticleAnalysis } from '../schema/articleAnalysis.js';
import type { Comparison } from '../schema/comparison.js';
import { compareArticles } from './compareArticles.js';
import { findMeasure, measureNames, numericMeasureValue } from '../measures/measureValues.js';

/** A readable contrast of two articles. */
export interface ArticleDiff {
  a: string;
  b: string;
  /** Measures that differ, largest relative difference first. */
  measures: { measure: string; a: number | null; b: number | null; difference: number | null }[];
  /** Frame divergence of the pair (Jensen–Shannon, bits). */
  frameDivergence: number | null;
  /** Sources cited by only one of the two. */
  sourcesOnlyInA: string[];
  sourcesOnlyInB: string[];
  sharedQuotes: Comparison['sharedQuotes'];
  discrepancies: Comparison['discrepancies'];
  cosine: number;
  nearDuplicate: boolean;
  /** One-paragraph plain-language summary. */
  summary: string;
}

/**
 * Contrasts two analyses: which measures differ most, frame divergence, sources only one
 * cites, shared quotations and their wording, facts that disagree, and text similarity.
 *
 * @example
 * ```ts
 * console.log(diffArticles(wire, partisan).summary);
 * ```
 */
export function diffArticles(a: ArticleAnalysis, b: ArticleAnalysis): ArticleDiff {
  const c = compareArticles([a, b]);
  const measures = measureNames([a, b], { headline: true })
    .map((m) => {
      const x = numericMeasureValue(a, m);
      const y = numericMeasureValue(b, m);
      return { measure: m, a: x, b: y, difference: x === null || y === null ? null : Math.round((y - x) * 1000) / 1000 };
    })
    .filter((m) => m.difference !== 0)
    .sort((p, q) => relative(q) - relative(p));
  const cov = new Map(c.coverage.byArticle.map((x) => [x.id, new Set(x.includes)]));
  const label = new Map(c.coverage.items.map((i) => [i.key, i.label]));
  const only = (x: string, y: string) => [...cov.get(x)!].filter((k) => !cov.get(y)!.has(k)).map((k) => label.get(k)!);
  const sim = c.similarity[0] ?? { cosine: 0, nearDuplicate: false };
  const top = measures.filter((m) => findMeasure(m.measure)?.params.frame !== undefined).slice(0, 2).map((m) => `${findMeasure(m.measure)!.params.frame} (${m.a} vs ${m.b})`);
  const summary = [
    `${a.id} vs ${b.id}: text similarity ${sim.cosine}${sim.nearDuplicate ? ' (near-duplicate)' : ''}; frame divergence ${c.divergence[0]?.jsd ?? 'n/a'}.`,
    top.length ? `Largest frame differences: ${top.join(', ')}.` : '',
    `Loaded language per 1,000 words: ${a.metrics.loadedPer1kWords} vs ${b.metrics.loadedPer1kWords}; attributions per 100 words: ${a.metrics.attributionsPer100Words} vs ${b.metrics.attributionsPer100Words}.`,
    `${c.sharedQuotes.length} shared quotation(s), ${c.sharedQuotes.filter((q) => !q.identical).length} worded differently; ${c.discrepancies.length} disagreeing fact(s).`,
  ].filter(Boolean).join(' ');
  return { a: a.id, b: b.id, measures, frameDivergence: c.divergence[0]?.jsd ?? null, sourcesOnlyInA: only(a.id, b.id), sourcesOnlyInB: only(b.id, a.id), sharedQuotes: c.sharedQuotes, discrepancies: c.discrepancies, cosine: sim.cosine, nearDuplicate: sim.nearDuplicate, summary };
}

function relative(m: { a: number | null; b: number | null; difference: number | null }): number {
  if (m.difference === null) return -1;
  const scale = Math.max(Math.abs(m.a ?? 0), Math.abs(m.b ?? 0), 1e-9);
  return Math.abs(m.difference) / scale;
}

import { stringify } from 'csv-stringify/browser/esm/sync'; // bundled: the pure build, for Node and browsers alike
import type { ArticleAnalysis } from '../schema/articleAnalysis.js';
import type { Comparison } from '../schema/comparison.js';

type Cell = string | number | boolean | null;

const csv = (header: string[], rows: Cell[][]) => stringify([header, ...rows.map((r) => r.map((c) => (c === null ? '' : c)))], { record_delimiter: '\n' });

/**
 * Every measure of every analysis in tidy long form — one row per article, measure and voice:
 * `article, outlet, measure, voice, value` (voice `all` for overall values) — ready for pandas,
 * R or DuckDB.
 *
 * @example
 * ```ts
 * writeFileSync('measures.csv', analysesToLongCsv(analyses));
 * ```
 */
export function analysesToLongCsv(analyses: readonly ArticleAnalysis[]): string {
  const rows: Cell[][] = [];
  for (const a of analyses) {
    const outlet = a.outlet ?? a.provenance.originalOutlet ?? null;
    const push = (measure: string, voice: string, value: number | null) => rows.push([a.id, outlet, measure, voice, value]);
    for (const [k, v] of Object.entries(a.metrics)) {
      if (typeof v === 'number' || v === null) push(k, 'all', v);
      else if (k === 'loadedByVoice') for (const [voice, x] of Object.entries(v)) push('loadedPer1kWords', voice, x as number);
      else if (k === 'stanceCounts') for (const [stance, x] of Object.entries(v)) push(`stance.${stance}`, 'all', x as number);
    }
    for (const [id, f] of Object.entries(a.frames)) {
      push(`frame.${id}`, 'all', f.score);
      for (const [voice, x] of Object.entries(f.byVoice)) push(`frame.${id}`, voice, x);
      push(`frame.${id}.hits`, 'all', f.hits);
    }
    for (const [voice, x] of Object.entries(a.sentiment)) push('sentiment', voice === 'overall' ? 'all' : voice, x);
  }
  return csv(['article', 'outlet', 'measure', 'voice', 'value'], rows);
}

/** One row per article, one column per measure (frame scores as `frame.<id>`). */
export function analysesToWideCsv(analyses: readonly ArticleAnalysis[]): string {
  const frameIds = [...new Set(analyses.flatMap((a) => Object.keys(a.frames)))];
  const metricKeys = [...new Set(analyses.flatMap((a) => Object.entries(a.metrics).filter(([, v]) => typeof v === 'number' || v === null).map(([k]) => k)))];
  const header = ['article', 'outlet', 'title', 'originalOutlet', ...metricKeys, ...frameIds.map((f) => `frame.${f}`), 'sentiment.author', 'sentiment.quoted', 'quotes', 'attributions'];
  const rows = analyses.map((a) => [
    a.id,
    a.outlet ?? null,
    a.title ?? null,
    a.provenance.originalOutlet ?? null,
    ...metricKeys.map((k) => (a.metrics as unknown as Record<string, number | null>)[k] ?? null),
    ...frameIds.map((f) => a.frames[f]?.score ?? null),
    a.sentiment.author,
    a.sentiment.quoted,
    a.quotes.length,
    a.attributions.length,
  ]);
  return csv(header, rows);
}

/** The parts of a comparison, each as its own CSV table. */
export function comparisonToCsvTables(c: Comparison): Record<'table' | 'divergence' | 'shared-quotes' | 'discrepancies' | 'coverage' | 'similarity' | 'distinctive-terms', string> {
  const measures = c.table.measures;
  return {
    table: csv(['article', 'outlet', 'measure', 'value', 'z', 'rank'], c.table.rows.flatMap((r) => measures.map((m) => [r.id, r.outlet ?? null, m, r.values[m] ?? null, r.z[m] ?? null, r.rank[m] ?? null]))),
    divergence: csv(['article_a', 'article_b', 'jsd'], c.divergence.map((d) => [d.a, d.b, d.jsd])),
    'shared-quotes': csv(
      ['quote', 'speaker', 'identical', 'similarity', 'article', 'start', 'end', 'text'],
      c.sharedQuotes.flatMap((q, i) => q.occurrences.map((o) => [i + 1, q.speaker, q.identical, q.similarity, o.articleId, o.start, o.end, o.text])),
    ),
    discrepancies: csv(['discrepancy', 'kind', 'subject', 'article', 'value', 'start', 'end', 'text'], c.discrepancies.flatMap((d, i) => d.values.map((v) => [i + 1, d.kind, d.subject, v.articleId, v.value, v.start, v.end, v.text]))),
    coverage: csv(
      ['item', 'kind', 'label', 'article', 'included', 'omitted'],
      c.coverage.items.flatMap((item) => c.coverage.byArticle.map((b) => [item.key, item.kind, item.label, b.id, item.articles.includes(b.id), b.omits.includes(item.key)])),
    ),
    similarity: csv(['article_a', 'article_b', 'cosine', 'near_duplicate'], c.similarity.map((s) => [s.a, s.b, s.cosine, s.nearDuplicate])),
    'distinctive-terms': csv(['article', 'term', 'count', 'z', 'delta'], c.distinctiveTerms.flatMap((d) => d.terms.map((t) => [d.id, t.term, t.count, t.z, t.delta]))),
  };
}

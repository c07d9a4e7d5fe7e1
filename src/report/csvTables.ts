import type { ArticleAnalysis } from '../schema/articleAnalysis.js';
import type { Comparison } from '../schema/comparison.js';
import { measureValues } from '../measures/measureValues.js';
import { articlesTable, comparisonToTables, type CellValue, type ComparisonTableName, type ResultTable } from './resultTables.js';
import { csvLibrary } from './csvLibrary.js';

// Booleans as `true`/`false` (csv-stringify would write `1` and an empty field), null as empty.
const csv = (header: string[], rows: CellValue[][]) =>
  csvLibrary().stringify([header, ...rows.map((r) => r.map((c) => (c === null ? '' : c)))], { record_delimiter: '\n', cast: { boolean: (b) => (b ? 'true' : 'false') } });

/**
 * A result table (from `analysesToTables`, `comparisonToTables`) as CSV: a header of column
 * names, booleans as `true`/`false`, null as an empty field.
 *
 * @example
 * ```ts
 * writeFileSync('quotes.csv', tableToCsv(analysesToTables(analyses).quotes));
 * ```
 */
export function tableToCsv(table: ResultTable): string {
  const rows: CellValue[][] = [];
  for (let i = 0; i < table.rows; i++) rows.push(table.columns.map((c) => c.values[i]!));
  return csv(table.columns.map((c) => c.name), rows);
}

/**
 * Every measure of every analysis in tidy long form — one row per article and measure:
 * `id, outlet, measure, value`, where `measure` is the catalogue name (`MEASURES`, e.g.
 * `frames.victory.byVoice.quoted`) — ready for pandas, R or DuckDB.
 *
 * @example
 * ```ts
 * writeFileSync('measures.csv', analysesToLongCsv(analyses));
 * ```
 */
export function analysesToLongCsv(analyses: readonly ArticleAnalysis[]): string {
  const rows: CellValue[][] = [];
  for (const a of analyses) {
    for (const [measure, value] of Object.entries(measureValues(a))) rows.push([a.id, a.outlet ?? null, measure, value]);
  }
  return csv(['id', 'outlet', 'measure', 'value'], rows);
}

/**
 * One row per article: the identifying fields (`ARTICLE_FIELDS`: id, outlet, title, url,
 * publishedAt, provenance.originalOutlet) and one column per catalogue measure, named as in
 * `MEASURES` (`frames.<id>.score`, ...). The same columns as the Parquet `articles` table.
 */
export function analysesToWideCsv(analyses: readonly ArticleAnalysis[]): string {
  return tableToCsv(articlesTable(analyses));
}

/** The parts of a comparison, each as its own CSV table (see `comparisonToTables`). */
export function comparisonToCsvTables(c: Comparison): Record<ComparisonTableName, string> {
  const tables = comparisonToTables(c);
  return Object.fromEntries(Object.entries(tables).map(([name, t]) => [name, tableToCsv(t)])) as Record<ComparisonTableName, string>;
}

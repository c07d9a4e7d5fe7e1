import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { MEASURES } from '../measures/measureCatalogue.js';
import { analysesToTables, comparisonToTables, type ColumnType, type ResultTable } from '../report/resultTables.js';
import type { ArticleAnalysis } from '../schema/articleAnalysis.js';
import type { Comparison } from '../schema/comparison.js';
import { LIBRARY } from '../version.js';

const PARQUET_TYPES: Record<ColumnType, 'STRING' | 'INT32' | 'DOUBLE' | 'BOOLEAN' | 'JSON'> = {
  string: 'STRING',
  integer: 'INT32',
  number: 'DOUBLE',
  boolean: 'BOOLEAN',
  json: 'JSON',
};

/**
 * One result table as the bytes of a Parquet file (Snappy-compressed, nullable columns, the
 * library version and any `metadata` as key–value metadata).
 *
 * @example
 * ```ts
 * writeFileSync('quotes.parquet', tableToParquet(analysesToTables(analyses).quotes));
 * ```
 */
export function tableToParquet(table: ResultTable, metadata: Record<string, string> = {}): Uint8Array {
  const buffer = parquetWriteBuffer({
    columnData: table.columns.map((c) => ({
      name: c.name,
      type: PARQUET_TYPES[c.type],
      // The writer serialises JSON columns itself; the table holds them as JSON text.
      data: c.type === 'json' ? c.values.map((v) => (typeof v === 'string' ? (JSON.parse(v) as unknown) : null)) : c.values,
    })),
    kvMetadata: Object.entries({ 'slantwise.version': LIBRARY.version, ...metadata }).map(([key, value]) => ({ key, value })),
    createdBy: `${LIBRARY.name} ${LIBRARY.version}`,
  });
  return new Uint8Array(buffer);
}

/** The measure catalogue as Parquet metadata of the `articles` table: name → description and unit. */
const catalogueMetadata = () => ({ 'slantwise.measures': JSON.stringify(MEASURES.map(({ name, description, unit, type }) => ({ name, description, unit, type }))) });

/**
 * Analyses as Parquet files, one per table of `analysesToTables`: `articles` (one row per
 * article, a column per catalogue measure) and one per kind of evidence (`quotes`,
 * `attributions`, `sources`, `frame-evidence`, `loaded-language`, ...), keyed by `articleId`.
 *
 * @example
 * ```ts
 * import { analysesToParquet } from 'slantwise/node';
 * const files = analysesToParquet(analyses);
 * writeFileSync('articles.parquet', files.articles);
 * ```
 */
export function analysesToParquet(analyses: readonly ArticleAnalysis[]): Record<string, Uint8Array> {
  const tables = analysesToTables(analyses);
  return Object.fromEntries(Object.entries(tables).map(([name, t]) => [name, tableToParquet(t, name === 'articles' ? catalogueMetadata() : {})]));
}

/** Options of `writeParquet`. */
export interface WriteParquetOptions {
  /** Also write the comparison's parts as `comparison-<part>.parquet` (`table`, `divergence`, `shared-quotes`, ...). */
  comparison?: Comparison;
}

/**
 * Writes analyses as Parquet files into `dir` (created if missing): `articles.parquet`,
 * `quotes.parquet`, `attributions.parquet`, ... and, given a comparison,
 * `comparison-table.parquet`, `comparison-similarity.parquet`, ... Each file is written
 * to a temporary name and renamed, so a reader never sees half a file. Returns the paths.
 * DuckDB, Polars, pandas, Spark and R read them directly:
 * `SELECT outlet, avg("metrics.loadedPer1kWords") FROM 'out/articles.parquet' GROUP BY outlet`.
 *
 * @example
 * ```ts
 * import { writeParquet } from 'slantwise/node';
 * writeParquet(analyses, 'results/');                              // results/articles.parquet, ...
 * writeParquet(analyses, 'results/', { comparison: compareArticles(analyses) });
 * ```
 */
export function writeParquet(analyses: readonly ArticleAnalysis[], dir: string, options: WriteParquetOptions = {}): string[] {
  const files: [string, Uint8Array][] = Object.entries(analysesToParquet(analyses));
  if (options.comparison) for (const [name, t] of Object.entries(comparisonToTables(options.comparison))) files.push([`comparison-${name}`, tableToParquet(t)]);
  mkdirSync(dir, { recursive: true });
  return files.map(([name, bytes]) => {
    const path = join(dir, `${name}.parquet`);
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, bytes);
    renameSync(tmp, path);
    return path;
  });
}

import { ARTICLE_FIELDS } from '../measures/measureCatalogue.js';
import { findMeasure, measureNames, measureValues } from '../measures/measureValues.js';
import type { ArticleAnalysis, Evidence } from '../schema/articleAnalysis.js';
import type { Comparison } from '../schema/comparison.js';

/** The type of a table column: decides the Parquet type (`json` is text holding JSON). */
export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'json';

export type CellValue = string | number | boolean | null;

/** One column of a result table. */
export interface TableColumn {
  name: string;
  type: ColumnType;
  values: CellValue[];
}

/** A table in columns, all of the same length: what CSV and Parquet writers take. */
export interface ResultTable {
  rows: number;
  columns: TableColumn[];
}

/** The tables of `analysesToTables`: one row per article, then one table per kind of evidence. */
export const ANALYSIS_TABLES = [
  'articles',
  'segments',
  'quotes',
  'attributions',
  'sources',
  'frame-evidence',
  'loaded-language',
  'hedges',
  'intensifiers',
  'labels',
  'unattributed-evaluative',
] as const;
export type AnalysisTableName = (typeof ANALYSIS_TABLES)[number];

/** The tables of `comparisonToTables`, as the comparison's CSV parts. */
export const COMPARISON_TABLES = ['table', 'divergence', 'shared-quotes', 'discrepancies', 'coverage', 'similarity', 'distinctive-terms'] as const;
export type ComparisonTableName = (typeof COMPARISON_TABLES)[number];

interface ColumnSpec<T> {
  name: string;
  type: ColumnType;
  get: (item: T) => CellValue | undefined;
}

/** Builds a table from items and column specs; `undefined` becomes null. */
function build<T>(items: Iterable<T>, specs: readonly ColumnSpec<T>[]): ResultTable {
  const columns: TableColumn[] = specs.map((s) => ({ name: s.name, type: s.type, values: [] }));
  let rows = 0;
  for (const item of items) {
    specs.forEach((s, i) => columns[i]!.values.push(s.get(item) ?? null));
    rows++;
  }
  return { rows, columns };
}

type Of<T> = { a: ArticleAnalysis } & T;

/** Every item of each analysis, paired with its analysis. */
function* each<T>(analyses: readonly ArticleAnalysis[], items: (a: ArticleAnalysis) => readonly T[]): Generator<Of<{ x: T }>> {
  for (const a of analyses) for (const x of items(a)) yield { a, x };
}

const articleId: ColumnSpec<Of<unknown>> = { name: 'articleId', type: 'string', get: (r) => r.a.id };
const span = <T extends { start: number; end: number; text: string }>(prefix = ''): ColumnSpec<Of<{ x: T }>>[] => [
  { name: `${prefix}start`, type: 'integer', get: (r) => r.x.start },
  { name: `${prefix}end`, type: 'integer', get: (r) => r.x.end },
  { name: `${prefix}text`, type: 'string', get: (r) => r.x.text },
];
const evidence = <T extends Evidence>(): ColumnSpec<Of<{ x: T }>>[] => [
  articleId,
  ...span<T>(),
  { name: 'lexicon', type: 'string', get: (r) => r.x.lexicon },
  { name: 'entry', type: 'string', get: (r) => r.x.entry },
  { name: 'voice', type: 'string', get: (r) => r.x.voice },
  { name: 'negated', type: 'boolean', get: (r) => r.x.negated },
  { name: 'weight', type: 'number', get: (r) => r.x.weight },
];

const MEASURE_TYPES = { integer: 'integer', number: 'number', boolean: 'boolean' } as const;

/**
 * One row per article: the identifying fields (`ARTICLE_FIELDS`) then every catalogue measure
 * by its name, with frames expanded over the set so that every row has the same columns. The
 * wide CSV and the Parquet `articles` table.
 *
 * @example
 * ```ts
 * articlesTable(analyses).columns.map((c) => c.name); // ['id', 'outlet', ..., 'metrics.words', ..., 'frames.victory.score', ...]
 * ```
 */
export function articlesTable(analyses: readonly ArticleAnalysis[]): ResultTable {
  const names = measureNames(analyses);
  const flat = analyses.map((a) => measureValues(a, names));
  return build(analyses.keys(), [
    ...ARTICLE_FIELDS.map((f): ColumnSpec<number> => ({ name: f.name, type: 'string', get: (i) => f.value(analyses[i]!) })),
    ...names.map((n): ColumnSpec<number> => ({ name: n, type: MEASURE_TYPES[findMeasure(n)!.definition.type], get: (i) => flat[i]![n] })),
  ]);
}

/**
 * Analyses as tables for data tools: `articles` (one row per article: `ARTICLE_FIELDS`, then
 * every catalogue measure by its name, frames expanded over the set), and one table per kind
 * of evidence, each row keyed by `articleId` with offsets into that article's input:
 * `segments`, `quotes`, `attributions` (with `cueSpan.*` and `sourceSpan.*`), `sources`,
 * `frame-evidence`, `loaded-language`, `hedges`, `intensifiers`, `labels` and
 * `unattributed-evaluative`. Column names are the JSON field names (nested ones dotted).
 * Pure: `slantwise/node`'s `writeParquet` writes them as Parquet files.
 *
 * @example
 * ```ts
 * const { articles, quotes } = analysesToTables(analyses);
 * articles.columns.find((c) => c.name === 'metrics.quotedWordShare')!.values; // one per article
 * ```
 */
export function analysesToTables(analyses: readonly ArticleAnalysis[]): Record<AnalysisTableName, ResultTable> {
  return {
    articles: articlesTable(analyses),
    segments: build(each(analyses, (a) => a.segments), [
      articleId,
      { name: 'kind', type: 'string', get: (r) => r.x.kind },
      { name: 'reason', type: 'string', get: (r) => r.x.reason },
      { name: 'line', type: 'integer', get: (r) => r.x.line },
      ...span(),
    ]),
    quotes: build(each(analyses, (a) => a.quotes), [
      articleId,
      ...span(),
      { name: 'speaker', type: 'string', get: (r) => r.x.speaker },
      { name: 'sourceId', type: 'string', get: (r) => r.x.sourceId },
      { name: 'partial', type: 'boolean', get: (r) => r.x.partial },
    ]),
    attributions: build(each(analyses, (a) => a.attributions), [
      articleId,
      ...span(),
      { name: 'cue', type: 'string', get: (r) => r.x.cue },
      { name: 'cueSpan.start', type: 'integer', get: (r) => r.x.cueSpan.start },
      { name: 'cueSpan.end', type: 'integer', get: (r) => r.x.cueSpan.end },
      { name: 'cueSpan.text', type: 'string', get: (r) => r.x.cueSpan.text },
      { name: 'sourceSpan.start', type: 'integer', get: (r) => r.x.sourceSpan?.start },
      { name: 'sourceSpan.end', type: 'integer', get: (r) => r.x.sourceSpan?.end },
      { name: 'sourceSpan.text', type: 'string', get: (r) => r.x.sourceSpan?.text },
      { name: 'mode', type: 'string', get: (r) => r.x.mode },
      { name: 'sourceId', type: 'string', get: (r) => r.x.sourceId },
      { name: 'speaker', type: 'string', get: (r) => r.x.speaker },
      { name: 'stance', type: 'string', get: (r) => r.x.stance },
    ]),
    sources: build(each(analyses, (a) => a.sources), [
      articleId,
      { name: 'id', type: 'string', get: (r) => r.x.id },
      { name: 'name', type: 'string', get: (r) => r.x.name },
      { name: 'kind', type: 'string', get: (r) => r.x.kind },
      { name: 'role', type: 'string', get: (r) => r.x.role },
      { name: 'title', type: 'string', get: (r) => r.x.title },
      { name: 'affiliation', type: 'string', get: (r) => r.x.affiliation },
      { name: 'attributions', type: 'integer', get: (r) => r.x.attributions },
      { name: 'quotes', type: 'integer', get: (r) => r.x.quotes },
      { name: 'quotedWords', type: 'integer', get: (r) => r.x.quotedWords },
      { name: 'firstPosition', type: 'number', get: (r) => r.x.firstPosition },
    ]),
    'frame-evidence': build(
      each(analyses, (a) => Object.entries(a.frames).flatMap(([frame, f]) => f.evidence.map((e) => ({ ...e, frame })))),
      [articleId, { name: 'frame', type: 'string', get: (r) => r.x.frame }, ...evidence<Evidence & { frame: string }>().slice(1)],
    ),
    'loaded-language': build(each(analyses, (a) => a.language.loaded), evidence()),
    hedges: build(each(analyses, (a) => a.language.hedges), evidence()),
    intensifiers: build(each(analyses, (a) => a.language.intensifiers), evidence()),
    labels: build(each(analyses, (a) => a.language.labels), [...evidence(), { name: 'hedged', type: 'boolean', get: (r) => r.x.hedged }]),
    'unattributed-evaluative': build(each(analyses, (a) => a.language.unattributedEvaluative), [
      articleId,
      ...span(),
      { name: 'evidence', type: 'json', get: (r) => JSON.stringify(r.x.evidence) },
    ]),
  };
}

/**
 * The parts of a comparison as tables (the same as its CSV parts): `table` (long form: id,
 * outlet, measure by catalogue name, value, z, rank), `divergence`, `shared-quotes`,
 * `discrepancies`, `coverage`, `similarity` and `distinctive-terms`.
 *
 * @example
 * ```ts
 * comparisonToTables(compareArticles(analyses)).similarity.rows; // one per compared pair
 * ```
 */
export function comparisonToTables(c: Comparison): Record<ComparisonTableName, ResultTable> {
  const measures = c.table.measures;
  const cells = c.table.rows.flatMap((r) => measures.map((m) => ({ r, m })));
  const occurrences = c.sharedQuotes.flatMap((q, i) => q.occurrences.map((o) => ({ q, i, o })));
  const stated = c.discrepancies.flatMap((d, i) => d.values.map((v) => ({ d, i, v })));
  const coverage = c.coverage.items.flatMap((item) => c.coverage.byArticle.map((b) => ({ item, b })));
  const terms = c.distinctiveTerms.flatMap((d) => d.terms.map((t) => ({ d, t })));
  return {
    table: build(cells, [
      { name: 'id', type: 'string', get: (x) => x.r.id },
      { name: 'outlet', type: 'string', get: (x) => x.r.outlet },
      { name: 'measure', type: 'string', get: (x) => x.m },
      { name: 'value', type: 'number', get: (x) => x.r.values[x.m] },
      { name: 'z', type: 'number', get: (x) => x.r.z[x.m] },
      { name: 'rank', type: 'integer', get: (x) => x.r.rank[x.m] },
    ]),
    divergence: build(c.divergence, [
      { name: 'article_a', type: 'string', get: (d) => d.a },
      { name: 'article_b', type: 'string', get: (d) => d.b },
      { name: 'jsd', type: 'number', get: (d) => d.jsd },
    ]),
    'shared-quotes': build(occurrences, [
      { name: 'quote', type: 'integer', get: (x) => x.i + 1 },
      { name: 'speaker', type: 'string', get: (x) => x.q.speaker },
      { name: 'identical', type: 'boolean', get: (x) => x.q.identical },
      { name: 'similarity', type: 'number', get: (x) => x.q.similarity },
      { name: 'article', type: 'string', get: (x) => x.o.articleId },
      { name: 'start', type: 'integer', get: (x) => x.o.start },
      { name: 'end', type: 'integer', get: (x) => x.o.end },
      { name: 'text', type: 'string', get: (x) => x.o.text },
    ]),
    discrepancies: build(stated, [
      { name: 'discrepancy', type: 'integer', get: (x) => x.i + 1 },
      { name: 'kind', type: 'string', get: (x) => x.d.kind },
      { name: 'subject', type: 'string', get: (x) => x.d.subject },
      { name: 'article', type: 'string', get: (x) => x.v.articleId },
      { name: 'value', type: 'string', get: (x) => x.v.value },
      { name: 'start', type: 'integer', get: (x) => x.v.start },
      { name: 'end', type: 'integer', get: (x) => x.v.end },
      { name: 'text', type: 'string', get: (x) => x.v.text },
    ]),
    coverage: build(coverage, [
      { name: 'item', type: 'string', get: (x) => x.item.key },
      { name: 'kind', type: 'string', get: (x) => x.item.kind },
      { name: 'label', type: 'string', get: (x) => x.item.label },
      { name: 'article', type: 'string', get: (x) => x.b.id },
      { name: 'included', type: 'boolean', get: (x) => x.item.articles.includes(x.b.id) },
      { name: 'omitted', type: 'boolean', get: (x) => x.b.omits.includes(x.item.key) },
    ]),
    similarity: build(c.similarity, [
      { name: 'article_a', type: 'string', get: (s) => s.a },
      { name: 'article_b', type: 'string', get: (s) => s.b },
      { name: 'cosine', type: 'number', get: (s) => s.cosine },
      { name: 'near_duplicate', type: 'boolean', get: (s) => s.nearDuplicate },
    ]),
    'distinctive-terms': build(terms, [
      { name: 'article', type: 'string', get: (x) => x.d.id },
      { name: 'term', type: 'string', get: (x) => x.t.term },
      { name: 'count', type: 'integer', get: (x) => x.t.count },
      { name: 'z', type: 'number', get: (x) => x.t.z },
      { name: 'delta', type: 'number', get: (x) => x.t.delta },
    ]),
  };
}

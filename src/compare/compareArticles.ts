import { SlantwiseInputError } from '../errors.js';
import type { ArticleAnalysis } from '../schema/articleAnalysis.js';
import { CompareOptionsSchema, type CompareOptions, type Comparison } from '../schema/comparison.js';
import { LIBRARY, SCHEMA_VERSION } from '../version.js';
import { comparisonTable } from './comparisonTable.js';
import { computeCoverage } from './coverage.js';
import { countMentions, findCountDiscrepancies } from './countAlignment.js';
import { findEntityNameDiscrepancies, findNameDiscrepancies, findNumberDiscrepancies } from './discrepancies.js';
import { readArticles } from './readArticles.js';
import { alignEntities } from './entityAlignment.js';
import { distinctiveTerms } from './distinctiveTerms.js';
import { divergenceFromCentroid, frameDivergence } from './frameDivergence.js';
import { relativeFrameScores } from './relativeFrames.js';
import { findSharedQuotes } from './sharedQuotes.js';
import { textSimilarity } from './textSimilarity.js';

/**
 * Compares several analyses (usually of one event in several outlets): a side-by-side table
 * with z-scores and ranks, Jensen–Shannon divergence of frame distributions, frame scores
 * relative to the set's shared vocabulary, distinctive terms,
 * quotations shared across articles with their wording differences, facts that disagree
 * (names, numbers), source coverage and omissions, and text similarity flagging syndicated
 * copies. Pure and synchronous.
 *
 * @throws SlantwiseInputError when `analyses` is not an array of analyses (the message names the
 * bad element) or two analyses share an id.
 *
 * @example
 * ```ts
 * const analyses = articles.map((a) => analyzeArticle(a));
 * const c = compareArticles(analyses);
 * c.sharedQuotes.filter((q) => !q.identical); // the same remark worded differently
 * c.discrepancies; // e.g. a name spelled two ways, 22 vs 24 people
 * ```
 */
export function compareArticles(analyses: ArticleAnalysis[], options?: CompareOptions): Comparison {
  if (!Array.isArray(analyses)) throw new SlantwiseInputError([{ path: 'analyses', message: 'expected an array of analyses from analyzeArticle' }]);
  const opts = CompareOptionsSchema.safeParse(options ?? {});
  if (!opts.success) throw new SlantwiseInputError(opts.error.issues.map((i) => ({ path: ['options', ...i.path.map(String)].join('.'), message: i.message })));
  analyses.forEach((a, i) => assertAnalysis(a, i));
  const ids = new Set<string>();
  analyses.forEach((a, i) => {
    if (ids.has(a.id)) throw new SlantwiseInputError([{ path: `analyses[${i}].id`, message: `duplicate id "${a.id}"; give each article its own id` }]);
    ids.add(a.id);
  });
  // Computed once and shared: term counts (similarity, distinctive terms) and stated numbers
  // (discrepancies, coverage).
  const { counts, numbers } = readArticles(analyses);
  const similarity = textSimilarity(analyses, { threshold: opts.data.nearDuplicateThreshold, counts });
  // Entities aligned across articles feed name discrepancies, labels side by side and coverage.
  const entities = alignEntities(analyses);
  const withEntities = analyses.some((a) => Array.isArray(a.entities));
  const percents = numbers.filter((m) => m.unit === 'percent' || !withEntities);
  return {
    schemaVersion: SCHEMA_VERSION,
    articles: analyses.map((a) => ({ id: a.id, ...(a.outlet ? { outlet: a.outlet } : {}), ...(a.title ? { title: a.title } : {}) })),
    table: comparisonTable(analyses),
    divergence: frameDivergence(analyses, similarity),
    divergenceFromCentroid: divergenceFromCentroid(analyses),
    relativeFrames: relativeFrameScores(analyses),
    distinctiveTerms: distinctiveTerms(analyses, { limit: opts.data.distinctiveTermLimit, counts }),
    sharedQuotes: findSharedQuotes(analyses),
    entities,
    discrepancies: [
      ...(withEntities ? findEntityNameDiscrepancies(analyses, entities) : findNameDiscrepancies(analyses)),
      ...findCountDiscrepancies(analyses, analyses.flatMap((a, i) => countMentions(a, i))),
      ...findNumberDiscrepancies(analyses, { mentions: percents }),
    ],
    coverage: computeCoverage(analyses, numbers, entities),
    similarity,
    meta: { library: { name: LIBRARY.name, version: LIBRARY.version } },
  };
}

/** A cheap structural check (a full schema parse of thousands of analyses would dominate the cost). */
function assertAnalysis(a: unknown, i: number): void {
  const fail = (field: string, message: string) => {
    throw new SlantwiseInputError([{ path: `analyses[${i}]${field ? `.${field}` : ''}`, message }]);
  };
  if (typeof a !== 'object' || a === null) fail('', 'expected an analysis from analyzeArticle');
  const o = a as Record<string, unknown>;
  if (o.schemaVersion !== 1) fail('schemaVersion', `expected 1, got ${JSON.stringify(o.schemaVersion)}`);
  if (typeof o.id !== 'string') fail('id', 'expected a string');
  for (const field of ['segments', 'quotes', 'attributions', 'sources']) if (!Array.isArray(o[field])) fail(field, 'expected an array');
  for (const field of ['frames', 'metrics', 'sentiment', 'language']) if (typeof o[field] !== 'object' || o[field] === null) fail(field, 'expected an object');
}

/**
 * slantwise: measure media slant in news articles, with evidence for every number.
 *
 * The core entry point is isomorphic (no file system, no network): it runs in Node, Deno, Bun
 * and browsers.
 * @packageDocumentation
 */
export { analyzeArticle } from './analyzeArticle.js';
export { SlantwiseError, SlantwiseInputError, SlantwiseLexiconError, SlantwiseTimeBudgetError, type InputIssue } from './errors.js';
export { DEFAULT_TIME_BUDGET_MS } from './timeBudget.js';
export { LIBRARY, SCHEMA_VERSION } from './version.js';
export { readDocument, type SlantDocument, type Line, type Sentence } from './document/readDocument.js';
export { normalizeText } from './document/normalizeText.js';
export { segmentDocument, ANALYSED_KINDS, type Segmentation } from './document/segments/segmentDocument.js';
export { stableId } from './document/stableId.js';
export { detectLanguage, normalizeLanguageTag, SUPPORTED_LANGUAGES, type LanguageGuess } from './document/detectLanguage.js';
export { extractArticle, type ExtractOptions } from './extract/extractArticle.js';
export { DEFAULT_MAX_ELEMENTS } from './extract/extractLimits.js';
export { looksLikeHtml } from './extract/looksLikeHtml.js';
export { ExtractedArticleSchema, type ExtractedArticle } from './schema/extractedArticle.js';
export { ArticleInputSchema, AnalyzeOptionsSchema, DEFAULT_MAX_CHARS, type ArticleInput, type AnalyzeOptions } from './schema/articleInput.js';
export * from './schema/articleAnalysis.js';
export { LexiconSchema, LexiconEntrySchema, lexiconKind, type Lexicon, type LexiconEntry, type LexiconKind } from './schema/lexicon.js';
export { DEFAULT_LEXICONS, DEFAULT_LEXICON_LIST } from './lexicons/defaultLexicons.js';
export { validateLexicon } from './lexicons/validateLexicon.js';
export { LexiconMatcher } from './lexicons/lexiconMatcher.js';
export { createVoiceMap, type VoiceMap } from './attribution/voiceMap.js';
export { CUE_CLASSES, type CueClass } from './attribution/cueClasses.js';
export { DEFAULT_NEGATED_WEIGHT } from './framing/scoreFrames.js';
export { compareArticles } from './compare/compareArticles.js';
export { alignEntities, type AlignedEntity, type EntityOccurrence, type AlignmentEvidence } from './compare/entityAlignment.js';
export { linkSourcesToEntities } from './entities/linkSources.js';
export { rankBy } from './compare/rankBy.js';
export { diffArticles, type ArticleDiff } from './compare/diffArticles.js';
export { aggregateByOutlet, type OutletSummary, type OutletMeasure } from './compare/aggregateByOutlet.js';
export { MEASURES, ARTICLE_FIELDS, type MeasureDefinition, type MeasureUnit, type MeasureType, type ArticleField } from './measures/measureCatalogue.js';
export { findMeasure, measureValue, measureValues, measureNames, flattenAnalysis, type ResolvedMeasure } from './measures/measureValues.js';
export { formatMeasure } from './measures/formatMeasure.js';
export { ComparisonSchema, CompareOptionsSchema, type Comparison, type CompareOptions } from './schema/comparison.js';
export { jensenShannon, weightedLogOdds, bootstrapInterval, seededRandom } from './compare/statistics.js';
export { renderHtmlReport, type HtmlReportOptions } from './report/htmlReport.js';
export { analysesToLongCsv, analysesToWideCsv, comparisonToCsvTables, tableToCsv } from './report/csvTables.js';
export {
  analysesToTables,
  articlesTable,
  comparisonToTables,
  ANALYSIS_TABLES,
  COMPARISON_TABLES,
  type AnalysisTableName,
  type ComparisonTableName,
  type ResultTable,
  type TableColumn,
  type ColumnType,
  type CellValue,
} from './report/resultTables.js';
export { markdownReport } from './report/markdownReport.js';
export { toVegaLite, VEGA_LITE_MIME, type VegaLiteSpec, type VegaLiteOptions } from './report/toVegaLite.js';

/**
 * slantwise: measure media slant in news articles, with evidence for every number.
 *
 * The core entry point is isomorphic (no file system, no network): it runs in Node, Deno, Bun
 * and browsers.
 * @packageDocumentation
 */
export { analyzeArticle } from './analyzeArticle.js';
export { SlantwiseError, SlantwiseInputError, SlantwiseLexiconError, type InputIssue } from './errors.js';
export { LIBRARY, SCHEMA_VERSION } from './version.js';
export { readDocument, type SlantDocument, type Line, type Sentence } from './document/readDocument.js';
export { normalizeText } from './document/normalizeText.js';
export { segmentDocument, ANALYSED_KINDS, type Segmentation } from './document/segments/segmentDocument.js';
export { stableId } from './document/stableId.js';
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
export { rankBy } from './compare/rankBy.js';
export { diffArticles, type ArticleDiff } from './compare/diffArticles.js';
export { aggregateByOutlet, type OutletSummary, type OutletMeasure } from './compare/aggregateByOutlet.js';
export { measureValue, HEADLINE_MEASURES } from './compare/measures.js';
export { ComparisonSchema, CompareOptionsSchema, type Comparison, type CompareOptions } from './schema/comparison.js';
export { jensenShannon, weightedLogOdds, bootstrapInterval, seededRandom } from './compare/statistics.js';
export { renderHtmlReport, type HtmlReportOptions } from './report/htmlReport.js';
export { analysesToLongCsv, analysesToWideCsv, comparisonToCsvTables } from './report/csvTables.js';
export { markdownReport } from './report/markdownReport.js';

import { readDocument } from './document/readDocument.js';
import { segmentDocument } from './document/segments/segmentDocument.js';
import { stableId } from './document/stableId.js';
import { validateInput } from './document/validateInput.js';
import { documentStats, share } from './metrics/documentStats.js';
import type { ArticleAnalysis } from './schema/articleAnalysis.js';
import type { AnalyzeOptions, ArticleInput } from './schema/articleInput.js';
import { LIBRARY, SCHEMA_VERSION } from './version.js';
import { findAttributions } from './attribution/findAttributions.js';
import { attributionMetrics } from './attribution/attributionMetrics.js';
import { DEFAULT_LEXICONS } from './lexicons/defaultLexicons.js';

/**
 * Analyses one article: reads it once with wink-nlp, splits it into segments (story, headings,
 * editor's notes, syndication furniture), reads its provenance and measures it. Pure and
 * synchronous: same input and options give byte-identical JSON.
 *
 * @param input - the article text, or an `ArticleInput` with `text` and optional id/outlet/title.
 * @param options - `maxChars` (default 3,000,000).
 * @throws SlantwiseInputError when the input or options are invalid; the message names the field.
 *
 * @example
 * ```ts
 * import { analyzeArticle } from 'slantwise';
 * const a = analyzeArticle({ id: 'wire-1', outlet: 'Meridian Press', text: 'Officials said ...' });
 * a.segments.filter((s) => s.kind === 'boilerplate');
 * a.metrics.editorialShare;
 * ```
 */
export function analyzeArticle(input: string | ArticleInput, options?: AnalyzeOptions): ArticleAnalysis {
  const { article } = validateInput(input, options);
  const doc = readDocument(article.text);
  const { segments, provenance } = segmentDocument(doc, article.outlet);
  const stats = documentStats(doc, segments);
  const { quotes, attributions, sources } = findAttributions(doc, segments);
  const attribution = attributionMetrics(doc, stats.analysed, stats.bodyWords, quotes, attributions, sources, stats.sentences);

  const analysis: ArticleAnalysis = {
    schemaVersion: SCHEMA_VERSION,
    id: article.id ?? stableId(article.text),
    ...(article.outlet !== undefined ? { outlet: article.outlet } : {}),
    ...(article.title !== undefined ? { title: article.title } : {}),
    segments,
    provenance,
    quotes,
    attributions,
    sources,
    frames: {},
    language: { loaded: [], hedges: [], intensifiers: [], labels: [] },
    sentiment: { overall: 0, author: 0, quoted: 0 },
    metrics: {
      words: stats.words,
      bodyWords: stats.bodyWords,
      sentences: stats.sentences,
      ...attribution,
      loadedPer1kWords: 0,
      hedgedLabelShare: null,
      editorialShare: share(stats.editorialWords, stats.bodyWords),
      boilerplateShare: share(stats.excludedWords, stats.words),
    },
    meta: {
      library: { name: LIBRARY.name, version: LIBRARY.version },
      lexicons: Object.values(DEFAULT_LEXICONS).map((l) => ({ id: l.id, version: l.version })),
    },
  };
  return analysis;
}

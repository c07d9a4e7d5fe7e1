import { readDocument } from './document/readDocument.js';
import { segmentDocument } from './document/segments/segmentDocument.js';
import { stableId } from './document/stableId.js';
import { validateInput } from './document/validateInput.js';
import { documentStats, round, share } from './metrics/documentStats.js';
import type { ArticleAnalysis } from './schema/articleAnalysis.js';
import type { AnalyzeOptions, ArticleInput } from './schema/articleInput.js';
import { LIBRARY, SCHEMA_VERSION } from './version.js';
import { findAttributions } from './attribution/findAttributions.js';
import { attributionMetrics } from './attribution/attributionMetrics.js';
import { createVoiceMap } from './attribution/voiceMap.js';
import { tokenIndexAt, type SlantDocument } from './document/readDocument.js';
import { ANALYSED_KINDS } from './document/segments/segmentDocument.js';
import { evidenceFromMatches, type TokenRanges } from './framing/evidenceFromMatches.js';
import { scoreFrames } from './framing/scoreFrames.js';
import { analyzeLanguage } from './language/analyzeLanguage.js';
import { scoreSentiment } from './language/scoreSentiment.js';
import { resolveLexicons } from './lexicons/resolveLexicons.js';
import type { Quote, Segment } from './schema/articleAnalysis.js';

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
  const { article, options: opts } = validateInput(input, options);
  const lexicons = resolveLexicons(opts.lexicons);
  const doc = readDocument(article.text);
  const { segments, provenance } = segmentDocument(doc, article.outlet);
  const stats = documentStats(doc, segments);
  const { quotes, attributions, sources } = findAttributions(doc, segments, lexicons.attribution);
  const attribution = attributionMetrics(doc, stats.analysed, stats.bodyWords, quotes, attributions, sources, stats.sentences);
  const voices = createVoiceMap(segments, quotes);
  const ranges = analysedRanges(doc, segments);
  const frames = scoreFrames(lexicons.frames, evidenceFromMatches(doc, ranges, lexicons.frameMatcher, voices), stats.bodyWords, opts.negatedWeight);
  const language = analyzeLanguage(doc, ranges, lexicons, voices, segments, attributions);
  const sentiment = scoreSentiment(doc, ranges, voices);
  const per1k = (n: number) => (stats.bodyWords === 0 ? 0 : round((n / stats.bodyWords) * 1000, 3));
  const loadedIn = (v: 'author' | 'quoted' | 'editorial') => per1k(language.loaded.filter((e) => e.voice === v).length);
  const authorSentences = countAuthorSentences(doc, segments, quotes);
  const labelCount = language.labels.length;

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
    frames,
    language,
    sentiment,
    metrics: {
      words: stats.words,
      bodyWords: stats.bodyWords,
      sentences: stats.sentences,
      ...attribution,
      loadedPer1kWords: per1k(language.loaded.length),
      hedgedLabelShare: labelCount === 0 ? null : share(language.labels.filter((l) => l.hedged).length, labelCount),
      loadedByVoice: { author: loadedIn('author'), quoted: loadedIn('quoted'), editorial: loadedIn('editorial') },
      hedgesPer1kWords: per1k(language.hedges.length),
      intensifiersPer1kWords: per1k(language.intensifiers.length),
      unattributedEvaluativeSentences: language.unattributedEvaluative.length,
      unattributedEvaluativeShare: share(language.unattributedEvaluative.length, authorSentences),
      editorialShare: share(stats.editorialWords, stats.bodyWords),
      boilerplateShare: share(stats.excludedWords, stats.words),
    },
    meta: {
      library: { name: LIBRARY.name, version: LIBRARY.version },
      lexicons: lexicons.all.map((l) => ({ id: l.id, version: l.version })),
    },
  };
  return analysis;
}

/** Token ranges of the analysed lines (body, heading, editorial). */
function analysedRanges(doc: SlantDocument, segments: Segment[]): TokenRanges {
  const ranges: [number, number][] = [];
  for (const s of segments) {
    if (!ANALYSED_KINDS.has(s.kind)) continue;
    const line = doc.lines[s.line]!;
    if (line.tokenEnd > line.tokenStart) ranges.push([line.tokenStart, line.tokenEnd]);
  }
  return ranges;
}

/** Analysed body and heading sentences that do not start inside a quotation. */
function countAuthorSentences(doc: SlantDocument, segments: Segment[], quotes: Quote[]): number {
  const kinds = new Map(segments.map((s) => [s.line, s.kind]));
  const quoted = new Uint8Array(doc.tokenCount);
  for (const q of quotes) for (let k = tokenIndexAt(doc, q.start); k < doc.tokenCount && doc.start[k]! < q.end; k++) quoted[k] = 1;
  let n = 0;
  for (const s of doc.sentences) {
    const kind = kinds.get(s.line);
    if ((kind === 'body' || kind === 'heading') && !quoted[s.tokenStart + (doc.value[s.tokenStart] && /^[“"‘']$/.test(doc.value[s.tokenStart]!) ? 1 : 0)]) n++;
  }
  return n;
}

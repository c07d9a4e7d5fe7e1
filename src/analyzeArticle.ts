import { readDocument, readNormalized } from './document/readDocument.js';
import { normalizeTextFrom } from './document/normalizeText.js';
import { textFingerprint, type TextScan } from './document/scanText.js';
import { segmentDocument } from './document/segments/segmentDocument.js';
import { idOfHashes, stableId } from './document/stableId.js';
import { validateInput, validateOptions } from './document/validateInput.js';
import { documentStats, round, share } from './metrics/documentStats.js';
import type { ArticleAnalysis } from './schema/articleAnalysis.js';
import type { AnalyzeOptions, ArticleInput } from './schema/articleInput.js';
import { LIBRARY, SCHEMA_VERSION } from './version.js';
import { findAttributions } from './attribution/findAttributions.js';
import { attributionMetrics } from './attribution/attributionMetrics.js';
import { createVoiceMap } from './attribution/voiceMap.js';
import type { SlantDocument } from './document/readDocument.js';
import { ANALYSED_KINDS } from './document/segments/segmentDocument.js';
import { evidenceFromMatches, type TokenRanges } from './framing/evidenceFromMatches.js';
import { primaryFrame } from './framing/primaryFrame.js';
import { scoreFrames, topicIdOf } from './framing/scoreFrames.js';
import { analyzeLanguage } from './language/analyzeLanguage.js';
import { scoreSentiment } from './language/scoreSentiment.js';
import { resolveLexicons } from './lexicons/resolveLexicons.js';
import type { AnalysisWarning, Evidence, LabelEvidence, Language, Segment } from './schema/articleAnalysis.js';
import { articleSource } from './extract/articleSource.js';
import { detectLanguage } from './document/detectLanguage.js';
import { entityLexicons } from './entities/entityLexicons.js';
import { findEntities } from './entities/findEntities.js';
import { linkSourcesToEntities } from './entities/linkSources.js';
import { deadline, DEFAULT_TIME_BUDGET_MS, type Checkpoint } from './timeBudget.js';

/**
 * Analyses one article: reads it once with wink-nlp, splits it into segments (story, headings,
 * editor's notes, syndication furniture), reads its provenance, detects its language and
 * measures it. Pure and synchronous: same input and options give byte-identical JSON. A web
 * page (`html`, or markup given as `text`) is first extracted with `extractArticle`; the
 * analysis then carries `extraction`, whose `text` its offsets index. A language other than
 * English gets a `LANGUAGE_UNSUPPORTED` warning and no English-lexicon results.
 *
 * @param input - the article text, or an `ArticleInput` with `text` (or `html`) and optional id/outlet/title/url/language.
 * @param options - `maxChars` (default 3,000,000), `lexicons`, `negatedWeight`, `frames`
 * (`default` or `policy`), `timeBudgetMs` (default 60,000).
 * @throws SlantwiseInputError when the input or options are invalid (the message names the
 * field), the input is not text (`INPUT_NOT_TEXT`), or a page holds no article text.
 * @throws SlantwiseTimeBudgetError when the analysis takes longer than `options.timeBudgetMs`.
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
  const { article, options: opts, textScan } = validateInput(input, options);
  return analyzeValidated(article, opts, deadline(opts.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS), textScan);
}

/**
 * `analyzeArticle` for an article `validateInput` has already returned (with these options),
 * given with the `textScan` it made: the same analysis without a second validation and scan of
 * the text. The worker pool's records are validated on the main thread before they are sent. A scan whose length or
 * fingerprint (`textFingerprint`) is not the text's is not trusted: the article then goes through `analyzeArticle`.
 *
 * @internal not part of the public entry points.
 */
export function analyzeCheckedArticle(article: ArticleInput, options: AnalyzeOptions | undefined, textScan: TextScan | undefined): ArticleAnalysis {
  // (a scan that is not of this text, a stale one or one sent with another record, would give a wrong id and skip the
  // normalisation: such an article is validated and scanned again, as `analyzeArticle` does; review28 #10. The length
  // alone let a scan of another text of the same length through: the fingerprint compares sampled code units too)
  if (textScan !== undefined && !(typeof article.text === 'string' && article.text.length === textScan.length && textFingerprint(article.text) === textScan.fingerprint)) {
    return analyzeArticle(article, options);
  }
  const opts = validateOptions(options);
  return analyzeValidated(article, opts, deadline(opts.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS), textScan);
}

/**
 * The analysis proper, on validated input, calling `checkpoint` with the name of each stage as
 * it finishes (the time budget; the stage profiler of `bench/stages.bench.ts`). `textScan`, the
 * scan of `article.text` that `validateInput` made, spares the normalisation and the id their
 * own passes over the text when it is analysed as given (not extracted from markup).
 */
export function analyzeValidated(article: ArticleInput, opts: AnalyzeOptions, checkpoint: Checkpoint, textScan?: TextScan): ArticleAnalysis {
  const lexicons = resolveLexicons(opts.lexicons, opts.frames);
  checkpoint('lexicons');
  const source = articleSource(article);
  checkpoint('extraction');
  // (source.text is article.text itself when nothing was extracted)
  const scan = source.extraction === undefined ? textScan : undefined;
  const doc = scan ? readNormalized(source.text, normalizeTextFrom(source.text, scan.firstReplaced)) : readDocument(source.text);
  checkpoint('document');
  const { segments, provenance } = segmentDocument(doc, source.outlet);
  const stats = documentStats(doc, segments);
  checkpoint('segments');
  const lang = languageOf(segments, article.language, source.extraction?.lang);
  checkpoint('detection');
  // (spread into the analysis literal: a fixed-shape record built by stores was measured with no
  // steady gain, bench/HISTORY.md perf34 and perf36)
  const head = {
    schemaVersion: SCHEMA_VERSION,
    id: article.id ?? (scan ? idOfHashes(scan.h1, scan.h2) : stableId(source.text)),
    ...(source.outlet !== undefined ? { outlet: source.outlet } : {}),
    ...(source.title !== undefined ? { title: source.title } : {}),
    ...(source.url !== undefined ? { url: source.url } : {}),
    ...(source.publishedAt !== undefined ? { publishedAt: source.publishedAt } : {}),
    segments,
    provenance,
  };
  const tail = (warnings: AnalysisWarning[]) => ({
    lang,
    warnings: concatenated(source.warnings, warnings),
    ...(source.extraction ? { extraction: source.extraction } : {}),
  });
  if (!lang.supported) return unsupportedLanguageAnalysis(head, stats, lang, tail);
  const { quotes, attributions, sources: attributedSources } = findAttributions(doc, segments, lexicons.attribution);
  const attribution = attributionMetrics(doc, stats.analysed, stats.bodyWords, quotes, attributions, attributedSources, stats.sentences);
  checkpoint('attribution');
  const voices = createVoiceMap(segments, quotes);
  // Entities come after attribution and only read its public output (sources, attributions).
  const entities = findEntities({ doc, segments, voices, lexicons: entityLexicons(lexicons.all), sources: attributedSources });
  const sources = linkSourcesToEntities(attributedSources, attributions, entities);
  checkpoint('entities');
  const ranges = analysedRanges(doc, segments);
  // One lookup per token for all six lexicon matchers (frames, topics, and the four of language)
  // and the sentiment word list.
  const keys = lexicons.matchers.keysOf(doc, ranges);
  const frames = scoreFrames(lexicons.frames, evidenceFromMatches(doc, ranges, lexicons.frameMatcher, voices, 'lexicon', keys), stats.bodyWords, opts.negatedWeight);
  const topics = scoreFrames(lexicons.topics, evidenceFromMatches(doc, ranges, lexicons.topicMatcher, voices, 'lexicon', keys), stats.bodyWords, opts.negatedWeight, topicIdOf);
  checkpoint('framing');
  const language = analyzeLanguage(doc, ranges, lexicons, voices, segments, attributions, quotes, keys);
  checkpoint('language');
  const sentiment = scoreSentiment(doc, ranges, voices, keys);
  const per1k = (n: number) => (stats.bodyWords === 0 ? 0 : round((n / stats.bodyWords) * 1000, 3));
  const loadedIn = (v: 'author' | 'quoted' | 'editorial') => per1k(countInVoice(language.loaded, v));
  const authorSentences = language.reporterSentences;
  const labelCount = language.labels.length;

  const analysis: ArticleAnalysis = {
    ...head,
    quotes,
    attributions,
    sources,
    entities,
    frames,
    primaryFrame: primaryFrame(frames),
    topics,
    language: {
      loaded: language.loaded,
      hedges: language.hedges,
      intensifiers: language.intensifiers,
      labels: language.labels,
      unattributedEvaluative: language.unattributedEvaluative,
      scareQuotes: language.scareQuotes,
      subjectiveSentences: language.subjectiveSentences,
    },
    sentiment,
    metrics: {
      words: stats.words,
      bodyWords: stats.bodyWords,
      sentences: stats.sentences,
      // (the attribution measures by name, not a spread: one shape for the metrics object)
      attributionsPer100Words: attribution.attributionsPer100Words,
      quotedWordShare: attribution.quotedWordShare,
      attributedSentenceShare: attribution.attributedSentenceShare,
      namedSourceShare: attribution.namedSourceShare,
      anonymousSourceShare: attribution.anonymousSourceShare,
      distinctSources: attribution.distinctSources,
      stanceCounts: attribution.stanceCounts,
      cueClassCounts: attribution.cueClassCounts,
      loadedPer1kWords: per1k(language.loaded.length),
      hedgedLabelShare: labelCount === 0 ? null : share(countHedged(language.labels), labelCount),
      loadedByVoice: { author: loadedIn('author'), quoted: loadedIn('quoted'), editorial: loadedIn('editorial') },
      hedgesPer1kWords: per1k(language.hedges.length),
      intensifiersPer1kWords: per1k(language.intensifiers.length),
      unattributedEvaluativeSentences: language.unattributedEvaluative.length,
      unattributedEvaluativeShare: share(language.unattributedEvaluative.length, authorSentences),
      scareQuotesPer1kWords: per1k(language.scareQuotes.length),
      opinion: language.opinion,
      opinionatedSentenceShare: language.opinionatedSentenceShare,
      editorialShare: share(stats.editorialWords, stats.bodyWords),
      boilerplateShare: share(stats.excludedWords, stats.words),
    },
    ...tail([]),
    meta: {
      library: { name: LIBRARY.name, version: LIBRARY.version },
      lexicons: lexiconVersions(lexicons.all),
    },
  };
  checkpoint('metrics');
  return analysis;
}

// The four helpers below are loops, not `filter`/`map`/spreads: `analyzeValidated` runs once per analysis, so
// TurboFan compiles it only after hundreds of analyses, and each array builtin it inlined with its callback made that
// late compile a larger one (bench/HISTORY.md perf92).

/** How many of `evidence` are in voice `v`. */
function countInVoice(evidence: readonly Evidence[], v: Evidence['voice']): number {
  let n = 0;
  for (let k = 0; k < evidence.length; k++) if (evidence[k]!.voice === v) n++;
  return n;
}

/** How many of `labels` are hedged. */
function countHedged(labels: readonly LabelEvidence[]): number {
  let n = 0;
  for (let k = 0; k < labels.length; k++) if (labels[k]!.hedged) n++;
  return n;
}

/** The id and version of each lexicon, as the analysis' `meta` gives them. */
function lexiconVersions(all: readonly { id: string; version: string }[]): { id: string; version: string }[] {
  const out: { id: string; version: string }[] = [];
  for (let k = 0; k < all.length; k++) out.push({ id: all[k]!.id, version: all[k]!.version });
  return out;
}

/** `a` then `b` in a new array. */
function concatenated<T>(a: readonly T[], b: readonly T[]): T[] {
  const out: T[] = [];
  for (let k = 0; k < a.length; k++) out.push(a[k]!);
  for (let k = 0; k < b.length; k++) out.push(b[k]!);
  return out;
}

/** The language of the analysed lines: declared by the input, else detected (the page's declared language helps only short texts). */
function languageOf(segments: Segment[], declared: string | undefined, pageLang: string | null | undefined): Language {
  if (declared !== undefined) {
    const guess = detectLanguage('', declared);
    return { code: guess.code, source: 'declared', supported: guess.supported };
  }
  // (pushed into a literal, not `filter(…).map(…)`: inlined into `analyzeValidated`, the `map`
  // met the filter's result in another elements kind than in the interpreter and deoptimised the
  // whole analysis, compiled again ≈ 1,000 analyses later; bench/HISTORY.md perf52)
  const texts: string[] = [];
  for (const s of segments) if (ANALYSED_KINDS.has(s.kind)) texts.push(s.text);
  return detectLanguage(texts.join('\n'), pageLang);
}

/**
 * The analysis of a text in a language the stages do not support: segments, provenance and
 * word counts, but no quotes, attributions, frames, loaded language or sentiment (their rules
 * and lexicons are English), and a `LANGUAGE_UNSUPPORTED` warning.
 */
function unsupportedLanguageAnalysis(
  head: Pick<ArticleAnalysis, 'schemaVersion' | 'id' | 'outlet' | 'title' | 'url' | 'publishedAt' | 'segments' | 'provenance'>,
  stats: ReturnType<typeof documentStats>,
  lang: Language,
  tail: (warnings: AnalysisWarning[]) => Pick<ArticleAnalysis, 'lang' | 'warnings' | 'extraction'>,
): ArticleAnalysis {
  return {
    ...head,
    quotes: [],
    attributions: [],
    sources: [],
    entities: [],
    frames: {},
    primaryFrame: null,
    topics: {},
    language: { loaded: [], hedges: [], intensifiers: [], labels: [], unattributedEvaluative: [], scareQuotes: [], subjectiveSentences: [] },
    sentiment: { overall: null, author: null, quoted: null, editorial: null },
    metrics: {
      words: stats.words,
      bodyWords: stats.bodyWords,
      sentences: stats.sentences,
      attributionsPer100Words: null,
      quotedWordShare: null,
      attributedSentenceShare: null,
      namedSourceShare: null,
      anonymousSourceShare: null,
      distinctSources: null,
      stanceCounts: null,
      cueClassCounts: null,
      loadedPer1kWords: null,
      hedgedLabelShare: null,
      loadedByVoice: null,
      hedgesPer1kWords: null,
      intensifiersPer1kWords: null,
      unattributedEvaluativeSentences: null,
      unattributedEvaluativeShare: null,
      scareQuotesPer1kWords: null,
      opinion: null,
      opinionatedSentenceShare: null,
      editorialShare: share(stats.editorialWords, stats.bodyWords),
      boilerplateShare: share(stats.excludedWords, stats.words),
    },
    ...tail([
      {
        code: 'LANGUAGE_UNSUPPORTED',
        message: `the text is in language "${lang.code}", which slantwise does not analyse (supported: English): quotes, attributions, frames, loaded language and sentiment are left empty or null`,
      },
    ]),
    meta: { library: { name: LIBRARY.name, version: LIBRARY.version }, lexicons: [] },
  };
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

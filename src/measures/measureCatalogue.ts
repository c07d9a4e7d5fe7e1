import { CUE_CLASSES } from '../attribution/cueClasses.js';
import type { ArticleAnalysis } from '../schema/articleAnalysis.js';

/** What a measure's numbers count or divide; decides how reports format them. */
export type MeasureUnit =
  | 'words'
  | 'sentences'
  | 'count'
  /** A proportion from 0 to 1. */
  | 'share'
  | 'per 100 words'
  | 'per 1,000 words'
  /** AFINN-165 valence summed and divided by the number of words. */
  | 'valence per word'
  /** A graded score from 0 (none) to 1 (wholly), not a proportion of items. */
  | 'score (0–1)'
  | 'boolean';

/** The storage type of a measure's value (Parquet column type, CSV rendering). */
export type MeasureType = 'integer' | 'number' | 'boolean';

/**
 * One measure of the catalogue. Its `name` is the dotted path of the value in an
 * `ArticleAnalysis` (`metrics.quotedWordShare` is `analysis.metrics.quotedWordShare`), with
 * `{frame}` standing for each frame id; a measure that is computed rather than stored (the
 * `counts.*` family) has a `value` function instead.
 */
export interface MeasureDefinition {
  name: string;
  /** A short human label for reports and charts ("quoted-word share"). */
  label: string;
  description: string;
  unit: MeasureUnit;
  type: MeasureType;
  /** Part of the comparison table and the default measures of `aggregateByOutlet`. */
  headline?: boolean;
  /** May be null (e.g. a share of zero items). */
  nullable?: boolean;
  /** Computes the value when it is not stored at the path `name`; `params` holds placeholder values (`{ frame: 'victory' }`). */
  value?: (analysis: ArticleAnalysis, params: Readonly<Record<string, string>>) => number | boolean | null;
}

/** A column that identifies an article next to its measures (flat view, CSV, Parquet). */
export interface ArticleField {
  name: string;
  description: string;
  value: (analysis: ArticleAnalysis) => string | null;
}

/**
 * The identifying columns of one row per article, in order. Names are paths in the analysis.
 */
export const ARTICLE_FIELDS: readonly ArticleField[] = [
  { name: 'id', description: 'the article id (given, or a stable hash of the text)', value: (a) => a.id },
  { name: 'outlet', description: 'the outlet given with the input', value: (a) => a.outlet ?? null },
  { name: 'title', description: 'the title given with the input', value: (a) => a.title ?? null },
  { name: 'url', description: 'the URL given with the input', value: (a) => a.url ?? null },
  { name: 'publishedAt', description: 'the publication date given with the input, as given', value: (a) => a.publishedAt ?? null },
  { name: 'primaryFrame', description: 'the frame with the highest score (null when no frame has a hit)', value: (a) => a.primaryFrame ?? null },
  { name: 'lang.code', description: 'the language of the analysed text (ISO 639-1 where there is one)', value: (a) => a.lang?.code ?? null },
  { name: 'provenance.originalOutlet', description: 'the outlet that first published a syndicated copy, read from its furniture', value: (a) => a.provenance.originalOutlet ?? null },
];

const VOICES = [
  ['author', "the author's own voice"],
  ['quoted', 'quotations and reported speech'],
  ['editorial', "editor's notes"],
] as const;

const STANCES = [
  ['neutral', 'neutral reporting verbs ("said", "told")'],
  ['endorsing', 'endorsing reporting verbs ("confirmed", "noted")'],
  ['distancing', 'distancing reporting verbs ("claimed", "insisted")'],
  ['denying', 'denying reporting verbs ("denied", "dismissed")'],
] as const;

/**
 * Every measure slantwise reports, with one dotted name used everywhere: the flat view
 * (`flattenAnalysis`), CSV and Parquet columns, the comparison table, `rankBy`,
 * `aggregateByOutlet`, charts and reports. Names are paths into `ArticleAnalysis`, so
 * DuckDB reads the same name from NDJSON output (`SELECT metrics.quotedWordShare FROM ...`).
 *
 * To add a measure: add an entry here. If the value lives at the path of its name, nothing
 * else is needed; a test fails when a number in `metrics`, `sentiment` or `frames` has no entry.
 *
 * @example
 * ```ts
 * import { MEASURES } from 'slantwise';
 * MEASURES.find((m) => m.name === 'metrics.attributionsPer100Words');
 * // { name, label: 'attributions / 100 words', description: '...', unit: 'per 100 words', type: 'number', headline: true }
 * ```
 */
export const MEASURES: readonly MeasureDefinition[] = [
  { name: 'metrics.words', label: 'words', description: 'Word tokens in the whole input.', unit: 'words', type: 'integer', headline: true },
  { name: 'metrics.bodyWords', label: 'analysed words', description: 'Word tokens in analysed segments (body, heading, editorial).', unit: 'words', type: 'integer', headline: true },
  { name: 'metrics.sentences', label: 'sentences', description: 'Sentences in analysed segments.', unit: 'sentences', type: 'integer' },
  { name: 'metrics.attributionsPer100Words', label: 'attributions / 100 words', description: 'Attributions per 100 analysed words.', unit: 'per 100 words', type: 'number', headline: true },
  { name: 'metrics.quotedWordShare', label: 'quoted-word share', description: 'Analysed words inside speech quotes / analysed words.', unit: 'share', type: 'number', headline: true },
  {
    name: 'metrics.attributedSentenceShare',
    label: 'attributed sentences',
    description: "Analysed sentences holding an attribution's cue or the start of its content / analysed sentences.",
    unit: 'share',
    type: 'number',
    headline: true,
  },
  { name: 'metrics.distinctSources', label: 'distinct sources', description: 'Distinct sources after merging mentions.', unit: 'count', type: 'integer', headline: true },
  { name: 'metrics.namedSourceShare', label: 'named-source share', description: 'Sources that are a named person, organisation or outlet / distinct sources.', unit: 'share', type: 'number', headline: true },
  { name: 'metrics.anonymousSourceShare', label: 'anonymous-source share', description: 'Sources with explicit anonymity ("a person familiar with the matter") / distinct sources.', unit: 'share', type: 'number', headline: true },
  {
    name: 'metrics.loadedPer1kWords',
    label: 'loaded language / 1k words',
    description: 'Loaded-language hits (evaluative words, stance verbs, dysphemisms and epithets, distancing markers, subjective adjectives) per 1,000 analysed words.',
    unit: 'per 1,000 words',
    type: 'number',
    headline: true,
  },
  ...VOICES.map(([voice, what]): MeasureDefinition => ({
    name: `metrics.loadedByVoice.${voice}`,
    label: `loaded language / 1k words, ${voice}`,
    description: `Loaded-language hits in ${what}, per 1,000 analysed words.`,
    unit: 'per 1,000 words',
    type: 'number',
  })),
  {
    name: 'metrics.hedgedLabelShare',
    label: 'hedged label share',
    description: 'Hedged references to accused people ("suspects", "alleged members") / all such references; null when there are none.',
    unit: 'share',
    type: 'number',
    headline: true,
    nullable: true,
  },
  { name: 'metrics.hedgesPer1kWords', label: 'hedges / 1k words', description: 'Hedge hits ("apparently", "reportedly") per 1,000 analysed words.', unit: 'per 1,000 words', type: 'number' },
  { name: 'metrics.intensifiersPer1kWords', label: 'intensifiers / 1k words', description: 'Intensifier hits ("absolutely", "woefully") per 1,000 analysed words.', unit: 'per 1,000 words', type: 'number' },
  {
    name: 'metrics.unattributedEvaluativeSentences',
    label: 'unattributed evaluative sentences',
    description: "Sentences in the author's voice carrying loaded language, intensifiers or superlatives and no attribution.",
    unit: 'sentences',
    type: 'integer',
  },
  {
    name: 'metrics.unattributedEvaluativeShare',
    label: 'unattributed evaluative share',
    description: "Unattributed evaluative sentences / analysed sentences in the author's voice.",
    unit: 'share',
    type: 'number',
    headline: true,
  },
  {
    name: 'metrics.scareQuotesPer1kWords',
    label: 'scare quotes / 1k words',
    description: 'A word or two in quotation marks that is not speech (the writer keeping a distance), per 1,000 analysed words.',
    unit: 'per 1,000 words',
    type: 'number',
    nullable: true,
  },
  {
    name: 'metrics.opinion',
    label: 'opinion',
    description: "Article-level opinion estimate: mean subjectivity of the reporter's own sentences (body and headings, outside quotes and reported content).",
    unit: 'score (0–1)',
    type: 'number',
    headline: true,
    nullable: true,
  },
  {
    name: 'metrics.opinionatedSentenceShare',
    label: 'opinionated sentences',
    description: "Reporter's sentences with subjectivity of at least 0.5 / all the reporter's sentences.",
    unit: 'share',
    type: 'number',
    nullable: true,
  },
  { name: 'metrics.editorialShare', label: 'editorial share', description: 'Editorial words / analysed words.', unit: 'share', type: 'number', headline: true },
  {
    name: 'metrics.boilerplateShare',
    label: 'boilerplate share',
    description: 'Words in excluded segments (boilerplate, captions, inserts, bios, bylines) / all words.',
    unit: 'share',
    type: 'number',
    headline: true,
  },
  ...STANCES.map(([stance, what]): MeasureDefinition => ({
    name: `metrics.stanceCounts.${stance}`,
    label: `${stance} attributions`,
    description: `Attributions with ${what}.`,
    unit: 'count',
    type: 'integer',
  })),
  ...CUE_CLASSES.map((cueClass): MeasureDefinition => ({
    name: `metrics.cueClassCounts.${cueClass}`,
    label: `${cueClass} attributions`,
    description: `Attributions whose cue is of class ${cueClass} (see \`CUE_CLASSES\`).`,
    unit: 'count',
    type: 'integer',
  })),
  { name: 'counts.quotes', label: 'speech quotes', description: 'Speech quotations found (`quotes`).', unit: 'count', type: 'integer', value: (a) => a.quotes.length },
  { name: 'counts.attributions', label: 'attributions', description: 'Attribution relations found (`attributions`): speech, writing, documents, beliefs and the other cue classes.', unit: 'count', type: 'integer', value: (a) => a.attributions.length },
  {
    name: 'sentiment.overall',
    label: 'sentiment',
    description: 'AFINN-165 comparative score of the analysed text: sum of word valences / words.',
    unit: 'valence per word',
    type: 'number',
  },
  ...VOICES.map(([voice, what]): MeasureDefinition => ({
    name: `sentiment.${voice}`,
    label: `sentiment, ${voice} voice`,
    description: `AFINN-165 comparative score of the words in ${what}.`,
    unit: 'valence per word',
    type: 'number',
    ...(voice === 'editorial' ? {} : { headline: true }),
  })),
  {
    name: 'frames.{frame}.score',
    label: 'frame: {frame}',
    description: "Sum of the frame's hit weights per 1,000 analysed words (a negated hit counts `negatedWeight` times).",
    unit: 'per 1,000 words',
    type: 'number',
    headline: true,
  },
  { name: 'frames.{frame}.hits', label: 'frame hits: {frame}', description: 'Lexicon hits of the frame in analysed text.', unit: 'count', type: 'integer' },
  ...VOICES.map(([voice, what]): MeasureDefinition => ({
    name: `frames.{frame}.byVoice.${voice}`,
    label: `frame: {frame}, ${voice}`,
    description: `The frame score counting only hits in ${what}; the three voices add up to the score.`,
    unit: 'per 1,000 words',
    type: 'number',
  })),
  {
    name: 'topics.{topic}.score',
    label: 'topic: {topic}',
    description: "Hits of the topic's vocabulary (what the story is about, e.g. trade, drugs) per 1,000 analysed words, kept apart from the frames.",
    unit: 'per 1,000 words',
    type: 'number',
  },
  { name: 'topics.{topic}.hits', label: 'topic hits: {topic}', description: 'Lexicon hits of the topic in analysed text.', unit: 'count', type: 'integer' },
  ...VOICES.map(([voice, what]): MeasureDefinition => ({
    name: `topics.{topic}.byVoice.${voice}`,
    label: `topic: {topic}, ${voice}`,
    description: `The topic score counting only hits in ${what}.`,
    unit: 'per 1,000 words',
    type: 'number',
  })),
];

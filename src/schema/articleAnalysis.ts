import type { z } from 'zod';
import { lazySchema } from './lazySchema.js';
import { ExtractedArticleSchema } from './extractedArticle.js';

/** A stretch of the original input: `input.slice(start, end) === text`. */
export const SpanSchema = lazySchema((z) => z.object({ start: z.number().int(), end: z.number().int(), text: z.string() }));
export type Span = z.infer<typeof SpanSchema>;

export const SegmentKindSchema = lazySchema((z) => z.enum(['body', 'heading', 'editorial', 'boilerplate', 'caption', 'insert', 'bio', 'byline']));
export type SegmentKind = z.infer<typeof SegmentKindSchema>;

export const SegmentSchema = lazySchema((z) => SpanSchema.extend({
  kind: SegmentKindSchema,
  /** The rule that decided the kind, e.g. `syndication-footer`, `subheading`, `paragraph`. */
  reason: z.string(),
  /** Index of the line in the input (0-based, counting blank lines). */
  line: z.number().int(),
}));
export type Segment = z.infer<typeof SegmentSchema>;

export const PieceLabelSchema = lazySchema((z) => SpanSchema.pick({ start: true, end: true }).extend({
  kind: z.enum(['analysis', 'opinion', 'commentary', 'editorial', 'review', 'explainer', 'fact-check', 'column']),
  text: z.string(),
}));
export type PieceLabel = z.infer<typeof PieceLabelSchema>;

export const ProvenanceSchema = lazySchema((z) => z.object({
  originalOutlet: z.string().optional(),
  originalTitle: z.string().optional(),
  syndicator: z.string().optional(),
  authors: z.array(z.string()).optional(),
  /** A genre label at the top of the piece ("Analysis:", "Opinion |"). */
  label: PieceLabelSchema.optional(),
}));
export type Provenance = z.infer<typeof ProvenanceSchema>;

export const VoiceSchema = lazySchema((z) => z.enum(['author', 'quoted', 'editorial']));
export type Voice = z.infer<typeof VoiceSchema>;

export const QuoteSchema = lazySchema((z) => SpanSchema.extend({
  speaker: z.string().nullable(),
  sourceId: z.string().nullable(),
  partial: z.boolean(),
}));
export type Quote = z.infer<typeof QuoteSchema>;

export const StanceSchema = lazySchema((z) => z.enum(['neutral', 'endorsing', 'distancing', 'denying']));
export type Stance = z.infer<typeof StanceSchema>;

/**
 * The names `CueClassSchema` accepts, as plain data: the attribution stage reads them at import
 * (`CUE_CLASSES`), which would otherwise build the schema, and zod's first object with it.
 */
export const CUE_CLASS_NAMES = ['speech', 'writing', 'document', 'belief', 'perception', 'appearance', 'naming', 'intention', 'question', 'refusal', 'evaluation'] as const;

/**
 * What kind of attribution a cue makes (see `CUE_CLASSES` in the attribution stage for the
 * documented taxonomy): speech, writing, document, belief, perception, appearance, naming, intention, question,
 * refusal, evaluation.
 */
export const CueClassSchema = lazySchema((z) => z.enum(CUE_CLASS_NAMES));
export type CueClassName = z.infer<typeof CueClassSchema>;

/**
 * One attribution relation (source, cue, content). `start`/`end`/`text` cover the whole
 * content; when the content is interrupted (by the cue: "“A,” she said. “B.”", or "A, he said,
 * B") `contentSpans` lists its pieces, which then do not include the cue.
 */
export const AttributionSchema = lazySchema((z) => SpanSchema.extend({
  cue: z.string(),
  cueSpan: SpanSchema,
  sourceSpan: SpanSchema.nullable(),
  mode: z.enum(['direct', 'indirect', 'mixed']),
  sourceId: z.string(),
  speaker: z.string().nullable(),
  stance: StanceSchema,
  cueClass: CueClassSchema,
  /** The pieces of the content, in text order (one piece when it is continuous). */
  contentSpans: z.array(SpanSchema),
  /** The cue is negated ("did not say", "has not ruled out"); its stance is then neutral. */
  negated: z.boolean(),
}));
export type Attribution = z.infer<typeof AttributionSchema>;

/** `document`: a report, poll, study, memo, filing or data set that findings are attributed to. */
export const SourceKindSchema = lazySchema((z) => z.enum(['person', 'organization', 'media', 'unnamed', 'anonymous', 'unspecified', 'document']));
export type SourceKind = z.infer<typeof SourceKindSchema>;

export const SourceSchema = lazySchema((z) => z.object({
  id: z.string(),
  name: z.string(),
  kind: SourceKindSchema,
  role: z.enum(['official', 'expert', 'journalist', 'other']).optional(),
  title: z.string().optional(),
  affiliation: z.string().optional(),
  attributions: z.number().int(),
  quotes: z.number().int(),
  quotedWords: z.number().int(),
  firstPosition: z.number(),
  /** The entity this source is, when it is named (see `entities`). */
  entityId: z.string().optional(),
  /** The source is only a pronoun or role noun with nothing in the text it can refer to ("She said" with no woman named before). */
  unresolved: z.boolean().optional(),
}));
export type Source = z.infer<typeof SourceSchema>;

export const EntityTypeSchema = lazySchema((z) => z.enum(['person', 'organization', 'place', 'group', 'other']));
export type EntityType = z.infer<typeof EntityTypeSchema>;

/** A span of the input with the voice it stands in. */
export const VoicedSpanSchema = lazySchema((z) => SpanSchema.extend({ voice: VoiceSchema }));
export type VoicedSpan = z.infer<typeof VoicedSpanSchema>;

/** Someone or something named in the analysed text, quoted or not, with every mention. */
export const EntitySchema = lazySchema((z) => z.object({
  id: z.string(),
  /** The fullest name seen: "Claudia Tarnow", "Department of Justice". */
  name: z.string(),
  type: EntityTypeSchema,
  /** Cross-article key: `person:<surname>`, `organization:<canonical or institutional name>`, `place:<name>`, `group:count:<n>`. */
  key: z.string(),
  /** Surface forms seen: "Tarnow", "Ms. Tarnow", "Tarnow's", "DOJ". */
  aliases: z.array(z.string()),
  mentions: z.array(VoicedSpanSchema),
  /** Role words attached to it: "cartel leader", "Mexican President", "alleged trafficker". */
  labels: z.array(VoicedSpanSchema),
  /** From an honorific or a given name, when known. */
  gender: z.enum(['f', 'm']).optional(),
  /** For a counted group ("26 cartel operatives"): the number and its qualifier ("more than"). */
  quantity: z.object({ value: z.number(), qualifier: z.string().optional() }).optional(),
}));
export type Entity = z.infer<typeof EntitySchema>;

export const EvidenceSchema = lazySchema((z) => SpanSchema.extend({
  lexicon: z.string(),
  entry: z.string(),
  voice: VoiceSchema,
  negated: z.boolean(),
  weight: z.number(),
  /**
   * Other entries that matched the same words. A span counts once: the most specific entry
   * (the longest, then one with context constraints, then the lexicon listed first) is `entry`.
   */
  alternatives: z.array(z.object({ lexicon: z.string(), entry: z.string() })).optional(),
}));
export type Evidence = z.infer<typeof EvidenceSchema>;

export const LabelEvidenceSchema = lazySchema((z) => EvidenceSchema.extend({ hedged: z.boolean() }));
export type LabelEvidence = z.infer<typeof LabelEvidenceSchema>;

export const SubjectiveSentenceSchema = lazySchema((z) => SpanSchema.extend({
  /** 1 − 2^(−strength): a full-weight loaded word alone gives 0.5, two give 0.75. */
  subjectivity: z.number().min(0).max(1),
  evidence: z.array(EvidenceSchema),
}));
export type SubjectiveSentence = z.infer<typeof SubjectiveSentenceSchema>;

export const FrameScoreSchema = lazySchema((z) => z.object({
  score: z.number(),
  hits: z.number().int(),
  byVoice: z.object({ author: z.number(), quoted: z.number(), editorial: z.number() }),
  evidence: z.array(EvidenceSchema),
}));
export type FrameScore = z.infer<typeof FrameScoreSchema>;

/**
 * The measures of an analysis. Those that rest on the English lexicons and cue rules
 * (attribution, loaded language, hedges, intensifiers, unattributed evaluation) are `null` when
 * the text's language is not supported (`lang.supported === false`); word, sentence and segment
 * measures are always given.
 */
export const MetricsSchema = lazySchema((z) => z.object({
  /** Word tokens in the whole input. */
  words: z.number().int(),
  /** Word tokens in analysed segments (body, heading, editorial). */
  bodyWords: z.number().int(),
  /** Sentences in analysed segments. */
  sentences: z.number().int(),
  attributionsPer100Words: z.number().nullable(),
  quotedWordShare: z.number().nullable(),
  attributedSentenceShare: z.number().nullable(),
  namedSourceShare: z.number().nullable(),
  anonymousSourceShare: z.number().nullable(),
  distinctSources: z.number().int().nullable(),
  loadedPer1kWords: z.number().nullable(),
  hedgedLabelShare: z.number().nullable(),
  /** Attributions by reporting-verb stance. */
  stanceCounts: z.object({ neutral: z.number().int(), endorsing: z.number().int(), distancing: z.number().int(), denying: z.number().int() }).nullable(),
  /** Attributions by cue class (speech, writing, document, belief, ...). */
  cueClassCounts: z.record(CueClassSchema, z.number().int()).nullable(),
  /** Loaded-language hits per 1,000 analysed words, by the voice they stand in. */
  loadedByVoice: z.object({ author: z.number(), quoted: z.number(), editorial: z.number() }).nullable(),
  hedgesPer1kWords: z.number().nullable(),
  intensifiersPer1kWords: z.number().nullable(),
  /** Sentences in the author's voice carrying evaluation without attribution. */
  unattributedEvaluativeSentences: z.number().int().nullable(),
  /** Those sentences / analysed sentences in the author's voice. */
  unattributedEvaluativeShare: z.number().nullable(),
  /** Scare quotes per 1,000 analysed words. */
  scareQuotesPer1kWords: z.number().nullable(),
  /** Article-level opinion estimate, 0–1: mean subjectivity of the reporter's sentences (body and heading, outside quotes and reported content). */
  opinion: z.number().min(0).max(1).nullable(),
  /** Reporter's sentences whose subjectivity is at least 0.5 / all the reporter's sentences. */
  opinionatedSentenceShare: z.number().min(0).max(1).nullable(),
  /** Editorial words / analysed words. */
  editorialShare: z.number(),
  /** Words in excluded segments (boilerplate, captions, inserts, bios, bylines) / all words. */
  boilerplateShare: z.number(),
}));
export type Metrics = z.infer<typeof MetricsSchema>;

export const LanguageSchema = lazySchema((z) => z.object({
  /** ISO 639-1 code where one exists (`en`, `es`), else ISO 639-3; `und` when unknown. */
  code: z.string(),
  /** `detected` from the text, `declared` by the input (or the page, for a text too short to tell), `fallback` (too short: English assumed). */
  source: z.enum(['detected', 'declared', 'fallback']),
  /** False when the analysis stages (English today) do not support the language: lexicon-based results are then empty or null. */
  supported: z.boolean(),
}));
export type Language = z.infer<typeof LanguageSchema>;

export const AnalysisWarningSchema = lazySchema((z) => z.object({
  /** Stable code: `LANGUAGE_UNSUPPORTED`, `TEXT_WAS_HTML`. */
  code: z.string(),
  message: z.string(),
}));
export type AnalysisWarning = z.infer<typeof AnalysisWarningSchema>;

export const ArticleAnalysisSchema = lazySchema((z) => z.object({
  schemaVersion: z.literal(1),
  id: z.string(),
  outlet: z.string().optional(),
  title: z.string().optional(),
  /** The input's `url`, as given. */
  url: z.string().optional(),
  /** The input's `publishedAt` (the CLI's `--date`), as given. */
  publishedAt: z.string().optional(),
  segments: z.array(SegmentSchema),
  provenance: ProvenanceSchema,
  quotes: z.array(QuoteSchema),
  attributions: z.array(AttributionSchema),
  sources: z.array(SourceSchema),
  entities: z.array(EntitySchema),
  frames: z.record(z.string(), FrameScoreSchema),
  /** The frame with the highest score (ties: more hits, then alphabetical); null when no frame has a hit. */
  primaryFrame: z.string().nullable(),
  /**
   * Topic vocabulary, scored like frames (per 1,000 analysed words) from the topic-* lexicons:
   * words that say what a story is about (tariffs, cartels, troops), which every article on
   * the event uses, kept apart from the frames so that a frame measures how the story is told.
   */
  topics: z.record(z.string(), FrameScoreSchema),
  language: z.object({
    loaded: z.array(EvidenceSchema),
    hedges: z.array(EvidenceSchema),
    intensifiers: z.array(EvidenceSchema),
    labels: z.array(LabelEvidenceSchema),
    /** Sentences in the author's voice with loaded or evaluative words and no attribution. */
    unattributedEvaluative: z.array(SpanSchema.extend({ evidence: z.array(EvidenceSchema) })),
    /** A word or two in quotation marks that is not speech: the writer's distancing ("the “experts”"). Lexicon `scare-quotes`. */
    scareQuotes: z.array(EvidenceSchema),
    /**
     * Sentences in the reporter's voice carrying subjective language, in text order, each with
     * its subjectivity (0–1) and the evidence it rests on (reporter's-voice evidence only).
     */
    subjectiveSentences: z.array(SubjectiveSentenceSchema),
  }),
  /** AFINN-165 comparative scores (sum of valences / words), per voice; `null` when the language is not supported. */
  sentiment: z.object({ overall: z.number().nullable(), author: z.number().nullable(), quoted: z.number().nullable(), editorial: z.number().nullable() }),
  metrics: MetricsSchema,
  /** The language of the analysed text, and whether the analysis stages support it. */
  lang: LanguageSchema,
  /** What the analysis could not do as asked, e.g. `LANGUAGE_UNSUPPORTED`; empty when all went normally. */
  warnings: z.array(AnalysisWarningSchema),
  /**
   * Present when the input was HTML (`html`, or markup given as `text`): the extracted article.
   * Every offset of the analysis then indexes `extraction.text`.
   */
  extraction: ExtractedArticleSchema.optional(),
  meta: z.object({
    library: z.object({ name: z.string(), version: z.string() }),
    lexicons: z.array(z.object({ id: z.string(), version: z.string() })),
  }),
}));
export type ArticleAnalysis = z.infer<typeof ArticleAnalysisSchema>;

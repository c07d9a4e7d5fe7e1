import { z } from 'zod';

/** A stretch of the original input: `input.slice(start, end) === text`. */
export const SpanSchema = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });
export type Span = z.infer<typeof SpanSchema>;

export const SegmentKindSchema = z.enum(['body', 'heading', 'editorial', 'boilerplate', 'caption', 'insert', 'bio', 'byline']);
export type SegmentKind = z.infer<typeof SegmentKindSchema>;

export const SegmentSchema = SpanSchema.extend({
  kind: SegmentKindSchema,
  /** The rule that decided the kind, e.g. `syndication-footer`, `subheading`, `paragraph`. */
  reason: z.string(),
  /** Index of the line in the input (0-based, counting blank lines). */
  line: z.number().int(),
});
export type Segment = z.infer<typeof SegmentSchema>;

export const PieceLabelSchema = SpanSchema.pick({ start: true, end: true }).extend({
  kind: z.enum(['analysis', 'opinion', 'commentary', 'editorial', 'review', 'explainer', 'fact-check', 'column']),
  text: z.string(),
});
export type PieceLabel = z.infer<typeof PieceLabelSchema>;

export const ProvenanceSchema = z.object({
  originalOutlet: z.string().optional(),
  originalTitle: z.string().optional(),
  syndicator: z.string().optional(),
  authors: z.array(z.string()).optional(),
  /** A genre label at the top of the piece ("Analysis:", "Opinion |"). */
  label: PieceLabelSchema.optional(),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;

export const VoiceSchema = z.enum(['author', 'quoted', 'editorial']);
export type Voice = z.infer<typeof VoiceSchema>;

export const QuoteSchema = SpanSchema.extend({
  speaker: z.string().nullable(),
  sourceId: z.string().nullable(),
  partial: z.boolean(),
});
export type Quote = z.infer<typeof QuoteSchema>;

export const StanceSchema = z.enum(['neutral', 'endorsing', 'distancing', 'denying']);
export type Stance = z.infer<typeof StanceSchema>;

/**
 * What kind of attribution a cue makes (see `CUE_CLASSES` in the attribution stage for the
 * documented taxonomy): speech, writing, document, belief, perception, intention, question,
 * refusal, evaluation.
 */
export const CueClassSchema = z.enum(['speech', 'writing', 'document', 'belief', 'perception', 'intention', 'question', 'refusal', 'evaluation']);
export type CueClassName = z.infer<typeof CueClassSchema>;

/**
 * One attribution relation (source, cue, content). `start`/`end`/`text` cover the whole
 * content; when the content is interrupted (by the cue: "“A,” she said. “B.”", or "A, he said,
 * B") `contentSpans` lists its pieces, which then do not include the cue.
 */
export const AttributionSchema = SpanSchema.extend({
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
});
export type Attribution = z.infer<typeof AttributionSchema>;

/** `document`: a report, poll, study, memo, filing or data set that findings are attributed to. */
export const SourceKindSchema = z.enum(['person', 'organization', 'media', 'unnamed', 'anonymous', 'unspecified', 'document']);
export type SourceKind = z.infer<typeof SourceKindSchema>;

export const SourceSchema = z.object({
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
  /** The source is only a pronoun or role noun with nothing in the text it can refer to ("She said" with no woman named before). */
  unresolved: z.boolean().optional(),
});
export type Source = z.infer<typeof SourceSchema>;

export const EvidenceSchema = SpanSchema.extend({
  lexicon: z.string(),
  entry: z.string(),
  voice: VoiceSchema,
  negated: z.boolean(),
  weight: z.number(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const LabelEvidenceSchema = EvidenceSchema.extend({ hedged: z.boolean() });
export type LabelEvidence = z.infer<typeof LabelEvidenceSchema>;

export const FrameScoreSchema = z.object({
  score: z.number(),
  hits: z.number().int(),
  byVoice: z.object({ author: z.number(), quoted: z.number(), editorial: z.number() }),
  evidence: z.array(EvidenceSchema),
});
export type FrameScore = z.infer<typeof FrameScoreSchema>;

export const MetricsSchema = z.object({
  /** Word tokens in the whole input. */
  words: z.number().int(),
  /** Word tokens in analysed segments (body, heading, editorial). */
  bodyWords: z.number().int(),
  /** Sentences in analysed segments. */
  sentences: z.number().int(),
  attributionsPer100Words: z.number(),
  quotedWordShare: z.number(),
  attributedSentenceShare: z.number(),
  namedSourceShare: z.number(),
  anonymousSourceShare: z.number(),
  distinctSources: z.number().int(),
  loadedPer1kWords: z.number(),
  hedgedLabelShare: z.number().nullable(),
  /** Attributions by reporting-verb stance. */
  stanceCounts: z.object({ neutral: z.number().int(), endorsing: z.number().int(), distancing: z.number().int(), denying: z.number().int() }),
  /** Attributions by cue class (speech, writing, document, belief, ...). */
  cueClassCounts: z.record(CueClassSchema, z.number().int()),
  /** Loaded-language hits per 1,000 analysed words, by the voice they stand in. */
  loadedByVoice: z.object({ author: z.number(), quoted: z.number(), editorial: z.number() }),
  hedgesPer1kWords: z.number(),
  intensifiersPer1kWords: z.number(),
  /** Sentences in the author's voice carrying evaluation without attribution. */
  unattributedEvaluativeSentences: z.number().int(),
  /** Those sentences / analysed sentences in the author's voice. */
  unattributedEvaluativeShare: z.number(),
  /** Editorial words / analysed words. */
  editorialShare: z.number(),
  /** Words in excluded segments (boilerplate, captions, inserts, bios, bylines) / all words. */
  boilerplateShare: z.number(),
});
export type Metrics = z.infer<typeof MetricsSchema>;

export const ArticleAnalysisSchema = z.object({
  schemaVersion: z.literal(1),
  id: z.string(),
  outlet: z.string().optional(),
  title: z.string().optional(),
  segments: z.array(SegmentSchema),
  provenance: ProvenanceSchema,
  quotes: z.array(QuoteSchema),
  attributions: z.array(AttributionSchema),
  sources: z.array(SourceSchema),
  frames: z.record(z.string(), FrameScoreSchema),
  language: z.object({
    loaded: z.array(EvidenceSchema),
    hedges: z.array(EvidenceSchema),
    intensifiers: z.array(EvidenceSchema),
    labels: z.array(LabelEvidenceSchema),
    /** Sentences in the author's voice with loaded or evaluative words and no attribution. */
    unattributedEvaluative: z.array(SpanSchema.extend({ evidence: z.array(EvidenceSchema) })),
  }),
  /** AFINN-165 comparative scores (sum of valences / words), per voice. */
  sentiment: z.object({ overall: z.number(), author: z.number(), quoted: z.number(), editorial: z.number() }),
  metrics: MetricsSchema,
  meta: z.object({
    library: z.object({ name: z.string(), version: z.string() }),
    lexicons: z.array(z.object({ id: z.string(), version: z.string() })),
  }),
});
export type ArticleAnalysis = z.infer<typeof ArticleAnalysisSchema>;

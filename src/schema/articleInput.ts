import { z } from 'zod';

/** Default `maxChars`: texts longer than this are refused rather than analysed slowly. */
export const DEFAULT_MAX_CHARS = 3_000_000;

/** One article to analyse. Only `text` is required. */
export const ArticleInputSchema = z.strictObject({
  text: z.string().refine((t) => /\S/.test(t), { message: 'must contain some non-blank text' }),
  id: z.string().min(1, 'must not be empty').optional(),
  outlet: z.string().optional(),
  title: z.string().optional(),
  url: z.string().optional(),
  publishedAt: z.string().optional(),
});
export type ArticleInput = z.infer<typeof ArticleInputSchema>;

/** Options of `analyzeArticle`. Unknown keys are refused so that a typo is not silently ignored. */
export const AnalyzeOptionsSchema = z.strictObject({
  /** Refuse texts longer than this many UTF-16 code units. Default 3,000,000. */
  maxChars: z.number().int().positive().optional(),
  /**
   * Extra lexicons (see `LexiconSchema`): each is added, or replaces the default lexicon of the
   * same id. Frame lexicons (`frame-<name>`) add frames. Validated on use.
   */
  lexicons: z.array(z.unknown()).optional(),
  /** Weight of a frame hit in a negated scope ("no invasion"), 0–1. Default 0.5. */
  negatedWeight: z.number().min(0).max(1).optional(),
  /**
   * Which bundled frames to score: `default` (the ten frames of this library: victory,
   * invasion, ...) or `policy` (the fourteen dimensions of the Policy Frames Codebook, with
   * `framing.primary`). Frame lexicons you pass in `lexicons` are scored with either.
   */
  frames: z.enum(['default', 'policy']).optional(),
});
export type AnalyzeOptions = z.infer<typeof AnalyzeOptionsSchema>;

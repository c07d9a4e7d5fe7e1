import { z } from 'zod';
import { hasVisibleText } from '../document/normalizeText.js';

/** Default `maxChars`: texts longer than this are refused rather than analysed slowly. */
export const DEFAULT_MAX_CHARS = 3_000_000;

/** One article to analyse. Only `text` is required. */
export const ArticleInputSchema = z.strictObject({
  // Blank: only spaces, control characters ("\u0000"), zero-width spaces and the like.
  text: z.string().refine(hasVisibleText, { message: 'must contain some non-blank text' }),
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
   * Time budget of one analysis in milliseconds (default 60,000; 0 for none). Time is checked
   * between stages; past the budget the analysis throws `SlantwiseTimeBudgetError` (code
   * `TIME_BUDGET_EXCEEDED`), which a batch turns into an error record.
   */
  timeBudgetMs: z.number().nonnegative().optional(),
});
export type AnalyzeOptions = z.infer<typeof AnalyzeOptionsSchema>;

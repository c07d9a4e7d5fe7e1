import type { z } from 'zod';
import { lazySchema } from './lazySchema.js';
import { hasVisibleText } from '../document/normalizeText.js';

/** Default `maxChars`: texts longer than this are refused rather than analysed slowly. */
export const DEFAULT_MAX_CHARS = 3_000_000;

/**
 * One article to analyse: its `text`, or the web page it is on as `html` (the article is then
 * extracted with `extractArticle`). Everything else is optional.
 */
export const ArticleInputSchema = lazySchema((z) => z
  .strictObject({
    // Blank: only spaces, control characters ("\u0000"), zero-width spaces and the like.
    text: z.string().refine(hasVisibleText, { message: 'must contain some non-blank text' }).optional(),
    /** The page's HTML, instead of `text`. */
    html: z.string().refine(hasVisibleText, { message: 'must contain some non-blank text' }).optional(),
    id: z.string().min(1, 'must not be empty').optional(),
    outlet: z.string().optional(),
    title: z.string().optional(),
    url: z.string().optional(),
    publishedAt: z.string().optional(),
    /** The text's language (BCP 47, e.g. `en`, `es-MX`), when known: detection is then skipped. */
    language: z.string().regex(/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/, 'must be a language tag such as "en" or "es-MX"').optional(),
  })
  .superRefine((input, ctx) => {
    if (input.text === undefined && input.html === undefined) ctx.addIssue({ code: 'custom', path: ['text'], message: 'is required (or give the page as "html")' });
    if (input.text !== undefined && input.html !== undefined) ctx.addIssue({ code: 'custom', path: ['html'], message: 'give either "text" or "html", not both' });
  }));
export type ArticleInput = z.infer<typeof ArticleInputSchema>;

/** Options of `analyzeArticle`. Unknown keys are refused so that a typo is not silently ignored. */
export const AnalyzeOptionsSchema = lazySchema((z) => z.strictObject({
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
  /**
   * Which bundled frames to score: `default` (the ten frames of this library: victory,
   * invasion, ...) or `policy` (the fourteen dimensions of the Policy Frames Codebook, with
   * `framing.primary`). Frame lexicons you pass in `lexicons` are scored with either.
   */
  frames: z.enum(['default', 'policy']).optional(),
}));
export type AnalyzeOptions = z.infer<typeof AnalyzeOptionsSchema>;

import type { z } from 'zod';
import { SlantwiseInputError, type InputIssue } from '../errors.js';
import { AnalyzeOptionsSchema, ArticleInputSchema, DEFAULT_MAX_CHARS, type AnalyzeOptions, type ArticleInput } from '../schema/articleInput.js';
import { flatText } from './flatText.js';
import { hasVisibleText } from './normalizeText.js';
import { scanText, type TextScan } from './scanText.js';

/** Turns zod issues into `path: message` pairs a person can read. */
function toIssues(error: z.ZodError, prefix: string): InputIssue[] {
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    let message = issue.message.replace(/^Invalid input: /, '').replace(/, received /, ', got ');
    if (issue.code === 'unrecognized_keys') message = `unknown key(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    return { path: path || prefix || 'input', message };
  });
}

/**
 * Checks what `analyzeArticle` received and returns it as a validated `ArticleInput` and
 * options, or throws `SlantwiseInputError` naming every bad field. `textScan` is the scan of
 * `article.text` the not-text check made (absent for `html` input), for the analysis to reuse.
 */
export function validateInput(
  input: unknown,
  options: unknown,
): { article: ArticleInput; options: AnalyzeOptions & { maxChars: number }; textScan: TextScan | undefined } {
  const validOptions = validateOptions(options);
  const maxChars = validOptions.maxChars;

  if (typeof input !== 'string' && (typeof input !== 'object' || input === null || Array.isArray(input))) {
    const got = input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input;
    throw new SlantwiseInputError([{ path: 'input', message: `expected a string or an object with a "text" field, got ${got}` }]);
  }
  // Check the size before anything walks the text.
  for (const field of ['text', 'html'] as const) {
    const raw = typeof input === 'string' ? (field === 'text' ? input : undefined) : (input as Record<string, unknown>)[field];
    if (typeof raw === 'string' && raw.length > maxChars) {
      throw new SlantwiseInputError(
        [{ path: field, message: `is ${raw.length.toLocaleString('en-US')} characters long, over the limit of ${maxChars.toLocaleString('en-US')} (raise options.maxChars to allow it)` }],
        'INPUT_TOO_LARGE',
      );
    }
  }
  const parsed = plainArticle(input) ?? ArticleInputSchema.safeParse(typeof input === 'string' ? { text: input } : input);
  if (!parsed.success) throw new SlantwiseInputError(toIssues(parsed.error, ''));
  const field = parsed.data.html !== undefined ? 'html' : 'text';
  // (the flat copy from here on: the scan and every stage read the text by code unit, see flatText;
  // parsed.data is a copy of its own, not the caller's object)
  const value = flatText(parsed.data[field]!);
  parsed.data[field] = value;
  const scan = scanText(value);
  const problem = textProblemOf(scan, value.length);
  if (problem) throw new SlantwiseInputError([{ path: field, message: problem }], 'INPUT_NOT_TEXT');
  return { article: parsed.data, options: validOptions, textScan: field === 'text' ? scan : undefined };
}

/**
 * Checks the analysis options alone (the first step of `validateInput`) and returns them in
 * their fixed shape with `maxChars` resolved, or throws `SlantwiseInputError` naming every bad
 * option.
 */
export function validateOptions(options: unknown): AnalyzeOptions & { maxChars: number } {
  const parsedOptions = plainOptions(options) ?? AnalyzeOptionsSchema.safeParse(options ?? {});
  if (!parsedOptions.success) throw new SlantwiseInputError(toIssues(parsedOptions.error, 'options'));
  return validatedOptions(parsedOptions.data, parsedOptions.data.maxChars ?? DEFAULT_MAX_CHARS);
}

/**
 * The options in one fixed shape (every key present, absent ones `undefined`): a spread of the
 * caller's object gave each key order its own hidden class, and the stages' loads of
 * `timeBudgetMs`, `lexicons`, `frames` and `negatedWeight` went megamorphic.
 */
function validatedOptions(data: AnalyzeOptions, maxChars: number): AnalyzeOptions & { maxChars: number } {
  return { maxChars, lexicons: data.lexicons, negatedWeight: data.negatedWeight, timeBudgetMs: data.timeBudgetMs, frames: data.frames };
}

// The common inputs, checked by hand: what the schemas would return for them, without the cost
// of a schema parse per article. Anything else (and every error) goes through the schemas,
// which word the messages.

const OPTION_CHECKS: Readonly<Record<string, (v: unknown) => boolean>> = {
  maxChars: (v) => typeof v === 'number' && Number.isSafeInteger(v) && v > 0,
  negatedWeight: (v) => typeof v === 'number' && v >= 0 && v <= 1,
  timeBudgetMs: (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0,
  frames: (v) => v === 'default' || v === 'policy',
};

/** `options` as `AnalyzeOptionsSchema` parses it, when it is absent or plainly valid (no lexicons); else null. */
function plainOptions(options: unknown): { success: true; data: AnalyzeOptions } | null {
  if (options === undefined || options === null) return { success: true, data: {} };
  if (typeof options !== 'object' || Array.isArray(options) || Object.getPrototypeOf(options) !== Object.prototype) return null;
  for (const [key, value] of Object.entries(options)) {
    const check = Object.hasOwn(OPTION_CHECKS, key) ? OPTION_CHECKS[key] : undefined;
    if (!check || !check(value)) return null;
  }
  return { success: true, data: { ...(options as AnalyzeOptions) } };
}

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/;
const ARTICLE_CHECKS: Readonly<Record<string, (v: string) => boolean>> = {
  text: hasVisibleText,
  html: hasVisibleText,
  id: (v) => v.length > 0,
  outlet: () => true,
  title: () => true,
  url: () => true,
  publishedAt: () => true,
  language: (v) => LANGUAGE_TAG.test(v),
};

/** `input` as `ArticleInputSchema` parses it, when it is a string or a plainly valid object; else null. */
function plainArticle(input: unknown): { success: true; data: ArticleInput } | null {
  if (typeof input === 'string') return hasVisibleText(input) ? { success: true, data: { text: input } } : null;
  if (typeof input !== 'object' || input === null || Object.getPrototypeOf(input) !== Object.prototype) return null;
  const record = input as Record<string, unknown>;
  if ((record.text === undefined) === (record.html === undefined)) return null;
  for (const [key, value] of Object.entries(record)) {
    const check = Object.hasOwn(ARTICLE_CHECKS, key) ? ARTICLE_CHECKS[key] : undefined;
    if (!check || typeof value !== 'string' || !check(value)) return null;
  }
  return { success: true, data: { ...(record as ArticleInput) } };
}

/**
 * Why `text` is not text (binary data decoded as a string, or mostly symbols and digits), or
 * null. Binary data shows as NUL characters, control characters and U+FFFD replacement
 * characters (bytes that were not valid UTF-8); text has almost none. One linear pass
 * (`scanText`).
 *
 * @example
 * ```ts
 * notTextProblem('Rain fell.') // null
 * notTextProblem('\u0000\u0001PK\u0003\u0004') // 'looks like binary data, not text (a NUL character at offset 0)'
 * ```
 */
export function notTextProblem(text: string): string | null {
  return textProblemOf(scanText(text), text.length);
}

/** Why a text of `length` code units whose scan is `scan` is not text, or null (`notTextProblem`). */
function textProblemOf(scan: TextScan, length: number): string | null {
  if (scan.nulAt >= 0) return `looks like binary data, not text (a NUL character at offset ${scan.nulAt})`;
  const { junk, letters, visible } = scan;
  if (junk >= 8 && junk > length * 0.02) {
    return `looks like binary data, not text (${junk.toLocaleString('en-US')} control or replacement characters in ${length.toLocaleString('en-US')})`;
  }
  if (visible >= 200 && letters < visible * 0.2) {
    return `is mostly not text (${Math.round((letters / visible) * 100)}% of its visible characters are letters)`;
  }
  return null;
}

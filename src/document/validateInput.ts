import type { z } from 'zod';
import { SlantwiseInputError, type InputIssue } from '../errors.js';
import { AnalyzeOptionsSchema, ArticleInputSchema, DEFAULT_MAX_CHARS, type AnalyzeOptions, type ArticleInput } from '../schema/articleInput.js';

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
 * options, or throws `SlantwiseInputError` naming every bad field.
 */
export function validateInput(input: unknown, options: unknown): { article: ArticleInput; options: AnalyzeOptions & { maxChars: number } } {
  const parsedOptions = AnalyzeOptionsSchema.safeParse(options ?? {});
  if (!parsedOptions.success) throw new SlantwiseInputError(toIssues(parsedOptions.error, 'options'));
  const maxChars = parsedOptions.data.maxChars ?? DEFAULT_MAX_CHARS;

  if (typeof input !== 'string' && (typeof input !== 'object' || input === null || Array.isArray(input))) {
    const got = input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input;
    throw new SlantwiseInputError([{ path: 'input', message: `expected a string or an object with a "text" field, got ${got}` }]);
  }
  // Check the size before anything walks the text.
  const rawText = typeof input === 'string' ? input : (input as { text?: unknown }).text;
  if (typeof rawText === 'string' && rawText.length > maxChars) {
    throw new SlantwiseInputError(
      [{ path: 'text', message: `is ${rawText.length.toLocaleString('en-US')} characters long, over the limit of ${maxChars.toLocaleString('en-US')} (raise options.maxChars to allow it)` }],
      'INPUT_TOO_LARGE',
    );
  }
  const parsed = ArticleInputSchema.safeParse(typeof input === 'string' ? { text: input } : input);
  if (!parsed.success) throw new SlantwiseInputError(toIssues(parsed.error, ''));
  return { article: parsed.data, options: { ...parsedOptions.data, maxChars } };
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { notTextProblem, validateInput } from '../../src/document/validateInput.js';
import { scanText } from '../../src/document/scanText.js';
import { AnalyzeOptionsSchema, ArticleInputSchema } from '../../src/schema/articleInput.js';

/** validateInput as it was, every input through the schemas (errors reduced to their messages). */
function throughSchemas(input: unknown, options: unknown) {
  const issues = (error: z.ZodError) => error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  const parsedOptions = AnalyzeOptionsSchema.safeParse(options ?? {});
  if (!parsedOptions.success) throw new Error(issues(parsedOptions.error));
  const maxChars = parsedOptions.data.maxChars ?? 3_000_000;
  if (typeof input !== 'string' && (typeof input !== 'object' || input === null || Array.isArray(input))) throw new Error('not an input');
  for (const field of ['text', 'html'] as const) {
    const raw = typeof input === 'string' ? (field === 'text' ? input : undefined) : (input as Record<string, unknown>)[field];
    if (typeof raw === 'string' && raw.length > maxChars) throw new Error('too large');
  }
  const parsed = ArticleInputSchema.safeParse(typeof input === 'string' ? { text: input } : input);
  if (!parsed.success) throw new Error(issues(parsed.error));
  const field = parsed.data.html !== undefined ? 'html' : 'text';
  if (notTextProblem(parsed.data[field]!)) throw new Error('not text');
  // (and the scan of the text it checked, for the analysis to reuse)
  return { article: parsed.data, options: { ...parsedOptions.data, maxChars }, textScan: field === 'text' ? scanText(parsed.data.text!) : undefined };
}

/** What validateInput returned or threw, for comparison. */
function outcome(f: () => unknown): unknown {
  try {
    return { ok: f() };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

describe('validateInput checks common inputs by hand exactly as the schemas do', () => {
  const text = fc.oneof(fc.constantFrom('Rain fell.', '', ' \u200b ', '\u0000', 'x'), fc.string({ maxLength: 8 }));
  const value = fc.oneof(text, fc.constantFrom(undefined, null, 3, '', 'en', 'es-MX', 'e', 'english', ['x']));
  const article = fc.oneof(
    text,
    fc.record({ text: value, html: value, id: value, outlet: value, title: value, url: value, publishedAt: value, language: value, extra: value }, { requiredKeys: [] }),
  );
  const option = fc.oneof(fc.constantFrom(undefined, null, 0, 0.5, 1, 2, -1, 10.5, Infinity, Number.NaN, 'policy', 'default', 'other', 3_000_000, 2 ** 60));
  const options = fc.oneof(
    fc.constant(undefined),
    fc.record({ maxChars: option, negatedWeight: option, timeBudgetMs: option, frames: option, other: option }, { requiredKeys: [] }),
    fc.record({ maxChars: option, negatedWeight: option, timeBudgetMs: option, frames: option }, { requiredKeys: [] }),
  );

  it('agrees with the schemas on the edges of each option and field', () => {
    const cases: [unknown, unknown?][] = [
      ['Rain fell.', { negatedWeight: 2 }], ['Rain fell.', { negatedWeight: -0.1 }], ['Rain fell.', { negatedWeight: 1 }], ['Rain fell.', { negatedWeight: Number.NaN }],
      ['Rain fell.', { maxChars: 0 }], ['Rain fell.', { maxChars: 2.5 }], ['Rain fell.', { maxChars: 2 ** 60 }], ['Rain fell.', { maxChars: 5 }],
      ['Rain fell.', { timeBudgetMs: -1 }], ['Rain fell.', { timeBudgetMs: Infinity }], ['Rain fell.', { timeBudgetMs: 0 }],
      ['Rain fell.', { frames: 'other' }], ['Rain fell.', { frames: 'policy' }], ['Rain fell.', { frame: 'policy' }], ['Rain fell.', { lexicons: [] }], ['Rain fell.', null],
      [{ text: 'Rain fell.', id: '' }], [{ text: 'Rain fell.', language: 'english' }], [{ text: 'Rain fell.', language: 'es-MX' }], [{ text: 'Rain fell.', html: '<p>x</p>' }],
      [{ text: ' \u200b ' }], [{ html: '<p>Rain fell.</p>' }], [{ text: 'Rain fell.', outlet: 3 }], [{ text: 'Rain fell.', extra: 'x' }], [{}], [{ text: undefined, html: 'x' }], ['\u0000'],
    ];
    for (const [input, opts] of cases) {
      const want = outcome(() => throughSchemas(input, opts));
      const got = outcome(() => validateInput(input, opts));
      if ('error' in (want as object)) expect(got, JSON.stringify([input, opts])).toHaveProperty('error');
      else expect(got, JSON.stringify([input, opts])).toEqual(want);
    }
  });

  it('returns what the schemas parse and throws what they refuse', () => {
    fc.assert(
      fc.property(fc.oneof(article, fc.constant('Rain fell.')), options, (input, opts) => {
        const got = outcome(() => validateInput(input, opts));
        const viaSchemas = outcome(() => throughSchemas(input, opts));
        if ('error' in (viaSchemas as object)) expect(got).toHaveProperty('error');
        else expect(got).toEqual(viaSchemas);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 500) },
    );
  });
});

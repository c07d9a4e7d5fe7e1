import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ArticleAnalysisSchema, SegmentSchema, SpanSchema } from '../../src/schema/articleAnalysis.js';
import { AnalyzeOptionsSchema, ArticleInputSchema } from '../../src/schema/articleInput.js';
import { lazySchema } from '../../src/schema/lazySchema.js';

const buildSpan = () => z.strictObject({ start: z.number().int(), end: z.number().int(), text: z.string().min(1, 'must not be empty') });

describe('lazySchema', () => {
  it('builds the schema on first use only, once', () => {
    let builds = 0;
    const schema = lazySchema(() => {
      builds++;
      return buildSpan();
    });
    expect(builds).toBe(0);
    expect(schema.parse({ start: 0, end: 1, text: 'a' })).toEqual({ start: 0, end: 1, text: 'a' });
    schema.safeParse({});
    expect(builds).toBe(1);
  });

  it('parses, fails and words its errors as the schema it stands for', () => {
    const eager = buildSpan();
    const lazy = lazySchema(buildSpan);
    for (const value of [{ start: 0, end: 1, text: 'a' }, { start: 0.5, end: '1', text: '' }, { start: 0, end: 1, text: 'a', extra: 1 }, null, 'x']) {
      const a = eager.safeParse(value);
      const b = lazy.safeParse(value);
      expect(b.success).toBe(a.success);
      expect(b.error?.issues).toEqual(a.error?.issues);
    }
  });

  it('is an instance of the zod classes and composes like the schema itself', () => {
    const lazy = lazySchema(buildSpan);
    expect(lazy).toBeInstanceOf(z.ZodObject);
    expect(lazy).toBeInstanceOf(z.ZodType);
    expect(Object.keys(lazy).sort()).toEqual(Object.keys(buildSpan()).sort());
    expect(Object.getOwnPropertyDescriptor(lazy, '_zod')).toBeDefined();
    const extended = lazy.extend({ kind: z.literal('quote') });
    expect(extended.parse({ start: 0, end: 1, text: 'a', kind: 'quote' })).toEqual({ start: 0, end: 1, text: 'a', kind: 'quote' });
    const wrapper = z.object({ span: lazy, spans: z.array(lazy).optional() });
    expect(() => wrapper.parse({ span: { start: 0, end: 1, text: '' } })).toThrow(/must not be empty/);
    expect(z.toJSONSchema(wrapper)).toEqual(z.toJSONSchema(z.object({ span: buildSpan(), spans: z.array(buildSpan()).optional() })));
  });

  it('keeps writes and new properties on the schema', () => {
    const lazy = lazySchema(buildSpan) as ReturnType<typeof buildSpan> & { note?: string };
    lazy.note = 'mine';
    expect(lazy.note).toBe('mine');
    expect(Object.keys(lazy)).toContain('note');
    Object.defineProperty(lazy, 'fixed', { value: 1, configurable: false });
    expect(Object.getOwnPropertyDescriptor(lazy, 'fixed')?.value).toBe(1);
  });
});

describe('the library\'s schemas, built on first use', () => {
  it('validate as zod schemas of their kinds', () => {
    expect(SpanSchema).toBeInstanceOf(z.ZodObject);
    expect(SegmentSchema.shape.kind.options).toContain('body');
    expect(ArticleAnalysisSchema.shape.attributions).toBeInstanceOf(z.ZodArray);
    expect(AnalyzeOptionsSchema.safeParse({ maxChars: -1 }).success).toBe(false);
    const bad = ArticleInputSchema.safeParse({ text: 'a', html: '<p>a</p>' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['html']);
  });
});

describe('lazySchema and zod registries', () => {
  it('registers the exported schema itself, so that the registry finds it and JSON Schema carries its metadata', () => {
    const registry = z.registry<{ description: string }>();
    const lazy = lazySchema(buildSpan);
    expect(lazy.register(registry, { description: 'a span' })).toBe(lazy);
    expect(registry.get(lazy)).toEqual({ description: 'a span' });
    expect(z.toJSONSchema(lazy, { metadata: registry }).description).toBe('a span');
  });

  it('hands the builder zod itself, which the build loads only when a schema is first built', () => {
    let given: unknown = null;
    const harbour = lazySchema((zod) => {
      given = zod;
      return zod.object({ berth: zod.number().int() });
    });
    expect(given).toBe(null);
    expect(harbour.safeParse({ berth: 4 }).success).toBe(true);
    expect(given).toBe(z);
  });
});

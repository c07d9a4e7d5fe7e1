import { compile } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, compareArticles, SlantwiseInputError, toVegaLite, VEGA_LITE_MIME, type ArticleAnalysis } from '../../src/index.js';

const analyses: ArticleAnalysis[] = [
  analyzeArticle({ id: 'gazette', outlet: 'Gazette', text: 'Troops crossed the border in an invasion, officials said. The minister called it a victory.' }),
  analyzeArticle({ id: 'courier', outlet: 'Courier', text: 'Negotiators reached an agreement on tariffs. “We will cooperate,” the minister said.' }),
  analyzeArticle({ id: 'herald', text: 'The court charged three suspects. Their lawyer said the trial would be fair.' }),
];
const comparison = compareArticles(analyses);

/**
 * Vega-Lite compiles the spec to Vega without an error or a warning (it warns about unknown
 * channels, dropped encodings and bad types, and throws on an unknown mark).
 */
function expectRenderable(spec: object) {
  const warnings: string[] = [];
  const logger = {
    level: () => logger,
    warn: (...m: unknown[]) => (warnings.push(m.join(' ')), logger),
    info: () => logger,
    debug: () => logger,
    error: (...m: unknown[]) => (warnings.push(m.join(' ')), logger),
  };
  const json = JSON.parse(JSON.stringify(spec)) as never;
  expect(() => compile(json, { logger: logger as never })).not.toThrow();
  expect(warnings).toEqual([]);
}

describe('toVegaLite', () => {
  it('charts one measure of a comparison as bars, with the table values, z-scores and ranks', () => {
    const spec = toVegaLite(comparison, 'frames.invasion.score');
    expectRenderable(spec);
    expect(spec.$schema).toMatch(/vega-lite\/v5/);
    expect(spec.data.values.map((v) => [v.id, v.value, v.rank])).toEqual(
      comparison.table.rows.map((r) => [r.id, r.values['frames.invasion.score'], r.rank['frames.invasion.score']]),
    );
    const enc = spec.encoding as Record<string, { field?: string }>;
    for (const channel of ['x', 'y', 'color']) if (enc[channel]!.field) expect(Object.keys(spec.data.values[0]!)).toContain(enc[channel]!.field);
    expect(String(spec.title)).toContain('frames.invasion.score');
  });

  it('charts any catalogue measure from analyses, and shares as percentages', () => {
    const spec = toVegaLite(analyses, 'metrics.quotedWordShare');
    expectRenderable(spec);
    expect(spec.data.values.map((v) => v.value)).toEqual(analyses.map((a) => a.metrics.quotedWordShare));
    expect((spec.encoding as { x: { axis?: { format?: string } } }).x.axis?.format).toBe('%');
    expectRenderable(toVegaLite(analyses, 'frames.victory.byVoice.quoted'));
  });

  it('draws a heatmap for a pattern of measures', () => {
    const spec = toVegaLite(comparison, 'frames.{frame}.score', { title: 'Frames' });
    expectRenderable(spec);
    const frames = comparison.table.measures.filter((m) => /^frames\..+\.score$/.test(m));
    expect(frames.length).toBe(10);
    expect(spec.data.values).toHaveLength(analyses.length * frames.length);
    expect(new Set(spec.data.values.map((v) => v.measure))).toEqual(new Set(frames));
  });

  it('displays itself in a Deno notebook and stays plain JSON', () => {
    const spec = toVegaLite(comparison, 'metrics.loadedPer1kWords');
    const display = (spec as unknown as Record<symbol, () => Record<string, unknown>>)[Symbol.for('Jupyter.display')]!;
    expect(display()[VEGA_LITE_MIME]).toBe(spec);
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
  });

  it('says why it cannot chart a measure', () => {
    expect(() => toVegaLite(comparison, 'frames.invasion')).toThrow(/did you mean "frames\.invasion\.score"/);
    expect(() => toVegaLite(comparison, 'metrics.sentences')).toThrow(/not in the comparison table .*pass the analyses/);
    expect(() => toVegaLite(analyses, ['metrics.words', 'metrics.quotedWordShare'])).toThrow(/one unit, got words, share/);
    expect(() => toVegaLite(analyses, 'frames.{frame}.nothing')).toThrow(SlantwiseInputError);
  });
});

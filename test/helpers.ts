import { expect } from 'vitest';
import { analyzeArticle } from '../src/index.js';
import type { ArticleAnalysis, Segment } from '../src/index.js';

/** Analyses `lines` joined with newlines and returns the segments in order. */
export function segmentsOf(lines: string[], outlet?: string): Segment[] {
  return analyzeArticle({ text: lines.join('\n'), outlet }).segments;
}

/** The segment whose text starts with `prefix`. */
export function segmentStarting(segments: Segment[], prefix: string): Segment {
  const s = segments.find((x) => x.text.startsWith(prefix));
  if (!s) throw new Error(`no segment starts with ${JSON.stringify(prefix)}`);
  return s;
}

/** Every span-like object anywhere in an analysis, with the path where it was found. */
export function allSpans(a: ArticleAnalysis): { path: string; start: number; end: number; text: string }[] {
  const out: { path: string; start: number; end: number; text: string }[] = [];
  const walk = (v: unknown, path: string) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') {
        out.push({ path, start: o.start, end: o.end, text: o.text });
      }
      for (const [k, x] of Object.entries(o)) walk(x, `${path}.${k}`);
    }
  };
  walk(a, '$');
  return out;
}

/** Asserts `input.slice(start, end) === text` for every span in the analysis. */
export function expectOffsetsMatch(input: string, a: ArticleAnalysis): void {
  for (const s of allSpans(a)) {
    if (input.slice(s.start, s.end) !== s.text) {
      expect.fail(`${s.path}: input.slice(${s.start}, ${s.end}) is ${JSON.stringify(input.slice(s.start, s.end))}, span text is ${JSON.stringify(s.text)}`);
    }
  }
}

/** Analyses `text` and asserts that every span of the result slices to its text. */
export function analyseChecked(text: string): ArticleAnalysis {
  const a = analyzeArticle(text);
  expectOffsetsMatch(text, a);
  return a;
}

/** The first attribution whose cue is `cue`; throws, listing the cues found, when there is none. */
export function attributionByCue(a: ArticleAnalysis, cue: string): ArticleAnalysis['attributions'][number] {
  const found = a.attributions.find((x) => x.cue === cue);
  if (!found) throw new Error(`no attribution with cue ${JSON.stringify(cue)} in ${JSON.stringify(a.attributions.map((x) => x.cue))}`);
  return found;
}

/** The kind of the source an attribution points to (`unspecified` for sourceless ones). */
export function sourceKindOf(a: ArticleAnalysis, x: ArticleAnalysis['attributions'][number]): string | undefined {
  return a.sources.find((s) => s.id === x.sourceId)?.kind;
}

/** The attribution whose cue is `cue`, checked to be sourceless (no span, kind `unspecified`) and to slice to its text. */
export function sourcelessByCue(text: string, cue: string): ArticleAnalysis['attributions'][number] {
  const a = analyseChecked(text);
  const x = a.attributions.find((y) => y.cue === cue);
  if (!x) throw new Error(`no cue ${JSON.stringify(cue)} in ${JSON.stringify(text)}: ${JSON.stringify(a.attributions.map((y) => y.cue))}`);
  expect(x.sourceSpan).toBeNull();
  expect(sourceKindOf(a, x)).toBe('unspecified');
  expect(text.slice(x.start, x.end)).toBe(x.text);
  return x;
}

/** The attribution whose cue is `cue` in `text`, checked to slice to its cue and to its content. */
export function slicedByCue(text: string, cue: string): ArticleAnalysis['attributions'][number] {
  const x = attributionByCue(analyseChecked(text), cue);
  expect(text.slice(x.cueSpan.start, x.cueSpan.end)).toBe(cue);
  expect(text.slice(x.start, x.end)).toBe(x.text);
  return x;
}

/** The first attribution of `text` whose shown cue (`cueSpan`) is `cue`, checked to slice to its source and content. */
export function relationByCueSpan(text: string, cue: string): ArticleAnalysis['attributions'][number] {
  const all = analyseChecked(text).attributions;
  const r = all.find((a) => a.cueSpan?.text === cue);
  expect(r, `no «${cue}» relation in ${JSON.stringify(all.map((a) => a.cue))}`).toBeDefined();
  if (r!.sourceSpan) expect(text.slice(r!.sourceSpan.start, r!.sourceSpan.end)).toBe(r!.sourceSpan.text);
  expect(text.slice(r!.start, r!.end)).toBe(r!.text);
  return r!;
}

/** One attribution as the attribution tests compare it: source text (or null), cue text, content extent. */
export type AttributionRow = [string | null, string, string];

/** Source text (or null), cue text and content extent of each attribution; checks that the offsets slice to their texts. */
export function attributionRows(text: string): AttributionRow[] {
  return analyseChecked(text).attributions.map((x) => {
    expect(text.slice(x.cueSpan.start, x.cueSpan.end)).toBe(x.cue);
    if (x.sourceSpan) expect(text.slice(x.sourceSpan.start, x.sourceSpan.end)).toBe(x.sourceSpan.text);
    return [x.sourceSpan ? x.sourceSpan.text : null, x.cue, text.slice(x.start, x.end)];
  });
}

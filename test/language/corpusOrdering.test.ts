import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, type ArticleAnalysis } from '../../src/index.js';

// The example corpus was written so that its articles differ in known ways (examples/corpus/README.md).
const dir = new URL('../../examples/corpus/', import.meta.url);
const corpus = new Map<string, ArticleAnalysis>(
  readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => [f.replace(/\.txt$/, ''), analyzeArticle({ id: f, text: readFileSync(new URL(f, dir), 'utf8') })]),
);
const rank = (value: (a: ArticleAnalysis) => number) => [...corpus.entries()].sort((x, y) => value(y[1]) - value(x[1])).map(([id]) => id);

describe('the example corpus comes out in the order it was written to', () => {
  it('the partisan piece leads on victory, crime and threat framing', () => {
    expect(rank((a) => a.frames.victory!.score)[0]).toBe('patriot-ledger');
    expect(rank((a) => a.frames.crime!.score)[0]).toBe('patriot-ledger');
    expect(rank((a) => a.frames.threat!.score)[0]).toBe('patriot-ledger');
  });

  it('the partisan piece frames victory in its own voice; the wire report only quotes it', () => {
    expect(corpus.get('patriot-ledger')!.frames.victory!.byVoice.author).toBeGreaterThan(0);
    expect(corpus.get('wire-report')!.frames.victory!.byVoice.author).toBe(0);
  });

  it('the analysis piece, with its tariff section, talks most about trade; tariffs are its topic, not a frame', () => {
    expect(rank((a) => a.topics.trade!.score)[0]).toBe('continental-review');
    expect(corpus.get('continental-review')!.frames.economic!.evidence.map((e) => e.text.toLowerCase())).not.toContain('tariffs');
  });

  it('the partisan piece uses the most loaded language and the most unattributed evaluation', () => {
    expect(rank((a) => a.metrics.loadedPer1kWords!)[0]).toBe('patriot-ledger');
    expect(rank((a) => a.metrics.unattributedEvaluativeSentences!)[0]).toBe('patriot-ledger');
    expect(corpus.get('patriot-ledger')!.metrics.loadedPer1kWords).toBeGreaterThan(3 * corpus.get('wire-report')!.metrics.loadedPer1kWords!);
  });

  it('the partisan piece presumes guilt; the wire report and the cautious broadsheet hedge', () => {
    const share = (id: string) => corpus.get(id)!.metrics.hedgedLabelShare ?? 0;
    expect(rank((a) => -(a.metrics.hedgedLabelShare ?? 1))[0]).toBe('patriot-ledger');
    expect(share('patriot-ledger')).toBeLessThan(0.5);
    expect(share('wire-report')).toBeGreaterThan(0.5);
    expect(share('capital-observer')).toBeGreaterThan(0.5);
  });

  it('the cautious broadsheet hedges most and leans most on unspecified sources', () => {
    expect(rank((a) => a.metrics.hedgesPer1kWords!)[0]).toBe('capital-observer');
    const unspecified = (a: ArticleAnalysis) => a.attributions.filter((x) => x.sourceId === 'unspecified').length;
    expect(rank(unspecified)[0]).toBe('capital-observer');
  });

  it('the story with an editor’s note has the only editorial share; the syndicated copy the most boilerplate', () => {
    expect(rank((a) => a.metrics.editorialShare)[0]).toBe('harbor-times-editors-note');
    expect(rank((a) => a.metrics.boilerplateShare)[0]).toBe('newswire-hub-syndicated');
  });

  it('the wire report has the densest named attribution', () => {
    const top = rank((a) => a.metrics.attributionsPer100Words!).slice(0, 3);
    expect(top).toContain('wire-report');
  });
});

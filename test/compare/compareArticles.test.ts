import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aggregateByOutlet, analyzeArticle, compareArticles, ComparisonSchema, diffArticles, rankBy, SlantwiseInputError, type ArticleAnalysis } from '../../src/index.js';

const dir = new URL('../../examples/corpus/', import.meta.url);
const texts = new Map(readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => [f.replace(/\.txt$/, ''), readFileSync(new URL(f, dir), 'utf8')]));
const analyses: ArticleAnalysis[] = [...texts].map(([id, text]) => analyzeArticle({ id, text }));
const byId = (id: string) => analyses.find((a) => a.id === id)!;
const c = compareArticles(analyses);

describe('compareArticles on the example corpus (planted differences)', () => {
  it('returns a valid comparison with one table row per article', () => {
    ComparisonSchema.parse(c);
    expect(c.table.rows.map((r) => r.id)).toEqual(analyses.map((a) => a.id));
    expect(c.table.measures).toContain('frames.victory.score');
    const victoryRank = c.table.rows.find((r) => r.id === 'patriot-ledger')!.rank['frames.victory.score'];
    expect(victoryRank).toBe(1);
  });

  it('finds the quote worded two ways, with a word diff', () => {
    const q = c.sharedQuotes.find((x) => x.occurrences.some((o) => o.articleId === 'capital-observer' && /foreign soldiers/.test(o.text)));
    expect(q).toBeDefined();
    expect(q!.identical).toBe(false);
    expect(q!.speaker).toBe('Elena Varga');
    expect(q!.occurrences.map((o) => o.articleId).sort()).toEqual(['capital-observer', 'newswire-hub-syndicated', 'wire-report']);
    const diffText = q!.variants.flatMap((v) => v.diff.filter((p) => p.added || p.removed).map((p) => p.value.trim()));
    expect(diffText).toEqual(expect.arrayContaining(['soldiers', 'troops']));
    for (const o of q!.occurrences) expect(texts.get(o.articleId)!.slice(o.start, o.end)).toBe(o.text);
  });

  it('finds the quote shared word for word', () => {
    const q = c.sharedQuotes.find((x) => x.occurrences.some((o) => o.articleId === 'patriot-ledger'));
    expect(q).toMatchObject({ identical: true, speaker: 'Dana Kowal' });
  });

  it('reports the name spelled two ways and the number that differs, with offsets', () => {
    const name = c.discrepancies.find((d) => d.kind === 'name')!;
    expect(name.values.map((v) => v.value)).toEqual(expect.arrayContaining(['Dana Kowal', 'Diana Kowal']));
    const num = c.discrepancies.find((d) => d.kind === 'number')!;
    expect(num.values.map((v) => v.value).sort()).toEqual(expect.arrayContaining(['22', '24']));
    for (const d of c.discrepancies) for (const v of d.values) expect(texts.get(v.articleId)!.slice(v.start, v.end)).toBe(v.text);
  });

  it('shows the source only one article quotes, and what others omit', () => {
    const lucero = c.coverage.items.find((i) => i.kind === 'source' && i.label === 'Ana Lucero')!;
    expect(lucero.articles).toEqual(['continental-review']);
    expect(c.coverage.byArticle.find((b) => b.id === 'continental-review')!.unique).toContain(lucero.key);
    const omitted = c.coverage.byArticle.find((b) => b.id === 'patriot-ledger')!.omits;
    expect(omitted).toContain('source:person:varga');
  });

  it('flags the syndicated near-copy and no other pair', () => {
    const dupes = c.similarity.filter((s) => s.nearDuplicate);
    expect(dupes).toHaveLength(1);
    expect([dupes[0]!.a, dupes[0]!.b].sort()).toEqual(['newswire-hub-syndicated', 'wire-report']);
  });

  it('reports pairwise frame divergence and distinctive terms', () => {
    expect(c.divergence).toHaveLength((analyses.length * (analyses.length - 1)) / 2);
    const jsd = (a: string, b: string) => c.divergence.find((d) => (d.a === a && d.b === b) || (d.a === b && d.b === a))!.jsd!;
    expect(jsd('wire-report', 'newswire-hub-syndicated')).toBeLessThan(jsd('wire-report', 'patriot-ledger'));
    expect(c.distinctiveTerms.find((d) => d.id === 'continental-review')!.terms.map((t) => t.term)).toContain('lucero');
  });
});

describe('articles that agree', () => {
  it('yield no discrepancy', () => {
    const agree = compareArticles([byId('wire-report'), byId('harbor-times-editors-note')]);
    expect(agree.discrepancies).toEqual([]);
    const same = compareArticles([byId('wire-report'), byId('newswire-hub-syndicated')]);
    expect(same.discrepancies).toEqual([]);
  });

  it('do not mistake different people with one surname for a misspelling', () => {
    const a = analyzeArticle({ id: 'a', text: 'Mayor Carl Brandt said the port would reopen.' });
    const b = analyzeArticle({ id: 'b', text: 'Councillor Anna Brandt said the port would reopen.' });
    expect(compareArticles([a, b]).discrepancies).toEqual([]);
  });
});

describe('compareArticles input errors', () => {
  it('names a bad element and duplicate ids', () => {
    expect(() => compareArticles([analyses[0]!, { id: 'x' } as never])).toThrow(SlantwiseInputError);
    expect(() => compareArticles([analyses[0]!, { id: 'x' } as never])).toThrow(/analyses\[1\]/);
    expect(() => compareArticles([analyses[0]!, analyses[0]!])).toThrow(/duplicate id/);
  });
});

describe('helpers', () => {
  it('rankBy ranks by any measure', () => {
    expect(rankBy(analyses, 'frames.victory.score')[0]!.id).toBe('patriot-ledger');
    expect(rankBy(analyses, 'metrics.editorialShare')[0]!.id).toBe('harbor-times-editors-note');
    expect(() => rankBy(analyses, 'nonsense')).toThrow(/unknown measure/);
    expect(() => rankBy(analyses, 'frames.victory')).toThrow(/did you mean "frames\.victory\.score"/);
  });

  it('diffArticles contrasts two articles in plain words', () => {
    const d = diffArticles(byId('wire-report'), byId('patriot-ledger'));
    expect(d.sourcesOnlyInA).toContain('Elena Varga');
    expect(d.summary).toMatch(/wire-report vs patriot-ledger/);
    expect(d.measures[0]!.difference).not.toBe(0);
  });

  it('aggregateByOutlet gives n, mean, median and a seeded bootstrap interval', () => {
    const many = [0, 1, 2, 3, 4, 5].map((i) => ({ ...analyses[i % 6]!, id: `x${i}`, outlet: i % 2 ? 'Odd Times' : 'Even Post' }));
    const a = aggregateByOutlet(many, { resamples: 500, seed: 3 });
    const b = aggregateByOutlet(many, { resamples: 500, seed: 3 });
    expect(a).toEqual(b);
    expect(a.map((o) => [o.outlet, o.n])).toEqual([['Even Post', 3], ['Odd Times', 3]]);
    const m = a[0]!.measures['metrics.loadedPer1kWords']!;
    expect(m.ci95[0]).toBeLessThanOrEqual(m.mean);
    expect(m.ci95[1]).toBeGreaterThanOrEqual(m.mean);
  });
});

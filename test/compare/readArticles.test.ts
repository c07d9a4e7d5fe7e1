import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/index.js';
import { readArticles } from '../../src/compare/readArticles.js';

const WIRE = 'The port authority said 14 workers were held at the breakwater on Tuesday.\n\nPrices at the dock rose 6 percent, traders said.';
const OTHER = 'Harbour officials said 12 workers were held on Tuesday.';

describe('readArticles', () => {
  it('reads a word-for-word copy once but gives it its own numbers', () => {
    const analyses = [analyzeArticle({ id: 'a', text: WIRE }), analyzeArticle({ id: 'b', text: OTHER }), analyzeArticle({ id: 'c', text: WIRE, outlet: 'Reprint' })];
    const { counts, numbers } = readArticles(analyses);
    expect(counts).toHaveLength(3);
    expect(counts[2]).toBe(counts[0]); // the copy shares the first reading
    expect(counts[1]).not.toBe(counts[0]);
    const of = (i: number) => numbers.filter((n) => n.article === i).map((n) => n.value).sort((x, y) => x - y);
    expect(of(0)).toEqual(of(2));
    expect(of(0)).toContain(14);
    expect(of(1)).toContain(12);
  });

  it('reads again when the same words stand at other offsets', () => {
    const analyses = [analyzeArticle({ id: 'a', text: WIRE }), analyzeArticle({ id: 'b', text: `Updated.\n\n${WIRE}` })];
    const { counts } = readArticles(analyses);
    expect(counts[1]).not.toBe(counts[0]);
  });
});

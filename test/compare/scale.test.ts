import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/index.js';
import { rankBy } from '../../src/index.js';
import { ranks } from '../../src/compare/statistics.js';
import { lshCandidates, PAIRS_PER_ARTICLE, textSimilarity } from '../../src/compare/textSimilarity.js';

/** Term counts of a made-up article: the words given, once each. */
const countsOf = (words: string[]) => new Map(words.map((w) => [w, 1]));
const stub = (id: string) => ({ id }) as unknown as ArticleAnalysis;

describe('ranks', () => {
  it('gives competition ranks (1 + how many are larger), ties sharing the better rank', () => {
    expect(ranks([10, 30, 20, 30])).toEqual([4, 1, 3, 1]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 40 }), (xs) => {
        expect(ranks(xs)).toEqual(xs.map((x) => 1 + xs.filter((y) => y > x).length));
      }),
      { numRuns: 200 },
    );
  });

  it('ranks 20,000 values with many ties', () => {
    const xs = Array.from({ length: 20_000 }, (_, i) => i % 7);
    const r = ranks(xs);
    expect(r[6]).toBe(1); // the 6s come first
    expect(r[0]).toBe(1 + xs.filter((x) => x > 0).length);
  });

  it('rankBy puts analyses without a value last, ranks the others highest first', () => {
    const a = (id: string, loaded: number | undefined) => ({ id, metrics: loaded === undefined ? {} : { loadedPer1kWords: loaded }, frames: {}, sentiment: {} }) as unknown as ArticleAnalysis;
    expect(rankBy([a('x', 2), a('y', undefined), a('z', 5), a('w', 2)], 'metrics.loadedPer1kWords')).toEqual([
      { id: 'z', value: 5, rank: 1 },
      { id: 'w', value: 2, rank: 2 },
      { id: 'x', value: 2, rank: 2 },
      { id: 'y', value: null, rank: null },
    ]);
    // "constructor" is an ordinary name, not a property of every object.
    expect(rankBy([a('x', 1)], 'frames.constructor.score')[0]!.value).toBeNull();
  });
});

describe('textSimilarity on large sets', () => {
  // 150 stories told by 8 outlets each (40 shared words, 4 of their own), and one story copied 400 times.
  const stories = 150;
  const perStory = 8;
  const texts: string[][] = [];
  for (let s = 0; s < stories; s++) {
    const shared = Array.from({ length: 40 }, (_, k) => `s${s}w${k}`);
    for (let o = 0; o < perStory; o++) texts.push([...shared, ...Array.from({ length: 4 }, (_, k) => `s${s}o${o}x${k}`)]);
  }
  const copied = Array.from({ length: 30 }, (_, k) => `copy${k}`);
  for (let c = 0; c < 400; c++) texts.push(copied);
  const analyses = texts.map((_, i) => stub(`a${i}`));
  const counts = texts.map(countsOf);
  const pairs = textSimilarity(analyses, { counts });

  it('reports a bounded number of pairs: exact copies to the first copy, the others a few each', () => {
    expect(pairs.length).toBeLessThanOrEqual(texts.length * (PAIRS_PER_ARTICLE + 1));
    const firstCopy = `a${stories * perStory}`;
    const copyPairs = pairs.filter((p) => p.a === firstCopy || p.b === firstCopy);
    expect(copyPairs).toHaveLength(399);
    expect(copyPairs.every((p) => p.cosine === 1 && p.nearDuplicate)).toBe(true);
  });

  it('still finds the near-duplicates: every outlet version of a story is paired with another version of it', () => {
    const story = (id: string) => Math.floor(Number(id.slice(1)) / perStory);
    const paired = new Set<string>();
    for (const p of pairs) {
      if (p.nearDuplicate && story(p.a) === story(p.b) && story(p.a) < stories) {
        paired.add(p.a);
        paired.add(p.b);
      }
    }
    expect(paired.size).toBeGreaterThanOrEqual(stories * perStory * 0.95);
    // No pair links two different stories.
    expect(pairs.filter((p) => story(p.a) !== story(p.b) && story(p.a) < stories && story(p.b) < stories)).toEqual([]);
  });

  it('is deterministic', () => {
    expect(textSimilarity(analyses, { counts })).toEqual(pairs);
  });
});

describe('lshCandidates', () => {
  it('links a bucket of thousands of identical sets as a chain, not all pairs', () => {
    const sets = Array.from({ length: 5_000 }, () => ['alpha', 'beta', 'gamma', 'delta']);
    const pairs = lshCandidates(sets, { window: 3 });
    expect(pairs.length).toBeLessThanOrEqual(5_000 * 3);
    expect(pairs.every(([x, y]) => x < y)).toBe(true);
  });

  it('gives no item more than perItem candidates', () => {
    const sets = Array.from({ length: 2_000 }, (_, i) => ['alpha', 'beta', 'gamma', `w${i % 3}`]);
    const degree = new Map<number, number>();
    for (const [x, y] of lshCandidates(sets, { perItem: 10 })) for (const i of [x, y]) degree.set(i, (degree.get(i) ?? 0) + 1);
    expect(Math.max(...degree.values())).toBeLessThanOrEqual(10);
  });
});


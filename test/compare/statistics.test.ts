import { describe, expect, it } from 'vitest';
import { bootstrapInterval, jensenShannon, mean, median, ranks, seededRandom, standardDeviation, weightedLogOdds, zScores } from '../../src/compare/statistics.js';

describe('Jensen–Shannon divergence', () => {
  it('is 0 for identical distributions and 1 bit for disjoint ones', () => {
    expect(jensenShannon([1, 2, 3], [2, 4, 6])).toBeCloseTo(0, 12);
    expect(jensenShannon([1, 0], [0, 1])).toBeCloseTo(1, 12);
  });

  it('matches a value computed by hand', () => {
    // P = (1/2, 1/2), Q = (1, 0), M = (3/4, 1/4)
    // JSD = ½·[½·log2(½ / ¾) + ½·log2(½ / ¼)] + ½·[1·log2(1 / ¾)] = 0.311278…
    const byHand = 0.5 * (0.5 * Math.log2(0.5 / 0.75) + 0.5 * Math.log2(0.5 / 0.25)) + 0.5 * Math.log2(1 / 0.75);
    expect(byHand).toBeCloseTo(0.311278, 6);
    expect(jensenShannon([1, 1], [1, 0])).toBeCloseTo(byHand, 12);
  });

  it('is null when a side has no mass', () => {
    expect(jensenShannon([0, 0], [1, 1])).toBeNull();
  });
});

describe('weighted log-odds with an informative Dirichlet prior', () => {
  it('matches Monroe et al. (2008) computed by hand on a tiny input', () => {
    const i = new Map([['war', 3], ['deal', 1]]);
    const j = new Map([['war', 1], ['deal', 3]]);
    const prior = new Map([['war', 4], ['deal', 4]]); // a0 = 8, a_war = a_deal = 4
    const r = weightedLogOdds(i, j, prior);
    const partial = weightedLogOdds(new Map([['war', 3]]), new Map([['war', 1]]), new Map([['war', 4]]), { sizes: { i: 4, j: 4, prior: 8 } });
    expect(partial.get('war')!.z).toBeCloseTo(r.get('war')!.z, 12);
    // delta(war) = log((3+4)/(4+8-3-4)) − log((1+4)/(4+8-1-4)) = log(7/5) − log(5/7)
    const delta = Math.log(7 / 5) - Math.log(5 / 7);
    const z = delta / Math.sqrt(1 / 7 + 1 / 5);
    expect(r.get('war')!.delta).toBeCloseTo(delta, 12);
    expect(r.get('war')!.z).toBeCloseTo(z, 12);
    expect(r.get('deal')!.z).toBeCloseTo(-z, 12);
  });
});

describe('descriptive statistics', () => {
  it('computes mean, sample SD, median, z-scores and ranks', () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(standardDeviation([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(2.13809, 5);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(zScores([1, 2, 3])).toEqual([-1, 0, 1]);
    expect(ranks([10, 30, 20, 30])).toEqual([4, 1, 3, 1]);
  });
});

describe('bootstrap', () => {
  it('is deterministic for a seed and brackets the mean', () => {
    const xs = [3, 7, 1, 9, 4, 6, 2, 8, 5, 5];
    const a = bootstrapInterval(xs, mean, { seed: 42, resamples: 1000 });
    const b = bootstrapInterval(xs, mean, { seed: 42, resamples: 1000 });
    expect(a).toEqual(b);
    expect(a[0]).toBeLessThan(mean(xs));
    expect(a[1]).toBeGreaterThan(mean(xs));
    expect(bootstrapInterval(xs, mean, { seed: 43, resamples: 1000 })).not.toEqual(a);
  });

  it('uses a reproducible generator', () => {
    const r1 = seededRandom(7);
    const r2 = seededRandom(7);
    expect([r1(), r1(), r1()]).toEqual([r2(), r2(), r2()]);
  });
});

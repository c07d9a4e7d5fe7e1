/** Small, dependency-free statistics used by the comparison stage. All pure and deterministic. */

export function mean(xs: readonly number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Sample standard deviation (n − 1); 0 for fewer than two values. */
export function standardDeviation(xs: readonly number[]): number {
  if (xs.length < 2) return 0;
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** z-scores of each value against the set; all 0 when the values do not vary. */
export function zScores(xs: readonly number[]): number[] {
  const m = mean(xs);
  const sd = standardDeviation(xs);
  return xs.map((x) => (sd === 0 ? 0 : (x - m) / sd));
}

/**
 * Competition ranks, 1 = largest; ties share the better rank (rank = 1 + how many values are
 * larger). By sorting: n log n, not n². A NaN is larger than nothing and smaller than nothing,
 * so it ranks 1.
 *
 * @example
 * ```ts
 * ranks([10, 30, 20, 30]) // [4, 1, 3, 1]
 * ```
 */
export function ranks(xs: readonly number[]): number[] {
  const order: number[] = [];
  for (let i = 0; i < xs.length; i++) if (!Number.isNaN(xs[i])) order.push(i);
  order.sort((i, j) => xs[j]! - xs[i]! || i - j);
  const out = new Array<number>(xs.length).fill(1);
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    out[i] = k > 0 && xs[order[k - 1]!] === xs[i] ? out[order[k - 1]!]! : k + 1;
  }
  return out;
}

/** A seeded pseudo-random generator (mulberry32): same seed, same sequence, on every platform. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Percentile bootstrap confidence interval of `statistic` over `xs`: `resamples` resamples
 * with replacement drawn with a seeded generator, so the interval is reproducible.
 */
export function bootstrapInterval(xs: readonly number[], statistic: (sample: number[]) => number, options: { resamples?: number; seed?: number; level?: number } = {}): [number, number] {
  const { resamples = 2000, seed = 1, level = 0.95 } = options;
  if (xs.length === 0) return [0, 0];
  const random = seededRandom(seed);
  const stats: number[] = [];
  const sample = new Array<number>(xs.length);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < xs.length; i++) sample[i] = xs[Math.floor(random() * xs.length)]!;
    stats.push(statistic(sample));
  }
  stats.sort((a, b) => a - b);
  const lo = stats[Math.floor(((1 - level) / 2) * (resamples - 1))]!;
  const hi = stats[Math.ceil((1 - (1 - level) / 2) * (resamples - 1))]!;
  return [lo, hi];
}

/**
 * Jensen–Shannon divergence of two distributions (any non-negative weights; they are
 * normalised), in bits: 0 for identical distributions, 1 for disjoint ones. Returns null when
 * either side has no mass.
 */
export function jensenShannon(p: readonly number[], q: readonly number[]): number | null {
  const sp = p.reduce((a, b) => a + b, 0);
  const sq = q.reduce((a, b) => a + b, 0);
  if (sp <= 0 || sq <= 0) return null;
  let js = 0;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i]! / sp;
    const qi = (q[i] ?? 0) / sq;
    const m = (pi + qi) / 2;
    if (pi > 0) js += 0.5 * pi * Math.log2(pi / m);
    if (qi > 0) js += 0.5 * qi * Math.log2(qi / m);
  }
  return Math.max(0, Math.min(1, js));
}

/**
 * Weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008,
 * eq. 16–22): for each word, the log-odds of the word in group i minus in group j, each
 * smoothed by a prior proportional to the word's frequency in `prior` (usually the whole
 * corpus) scaled to `priorSize` pseudo-counts (default: the prior's total), divided by its
 * estimated standard deviation. Returns the z-score and delta for each word of `prior`.
 */
export function weightedLogOdds(
  countsI: ReadonlyMap<string, number>,
  countsJ: ReadonlyMap<string, number>,
  prior: ReadonlyMap<string, number>,
  options: { priorSize?: number; sizes?: { i: number; j: number; prior: number } } = {},
): Map<string, { delta: number; z: number }> {
  const sum = (m: ReadonlyMap<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  // Totals may be given when the maps hold only the words of interest.
  const ni = options.sizes?.i ?? sum(countsI);
  const nj = options.sizes?.j ?? sum(countsJ);
  const np = options.sizes?.prior ?? sum(prior);
  const a0 = options.priorSize ?? np;
  const out = new Map<string, { delta: number; z: number }>();
  for (const [w, pw] of prior) {
    const aw = (pw / np) * a0;
    const yi = countsI.get(w) ?? 0;
    const yj = countsJ.get(w) ?? 0;
    const li = Math.log((yi + aw) / (ni + a0 - yi - aw));
    const lj = Math.log((yj + aw) / (nj + a0 - yj - aw));
    const delta = li - lj;
    const variance = 1 / (yi + aw) + 1 / (yj + aw);
    out.set(w, { delta, z: delta / Math.sqrt(variance) });
  }
  return out;
}

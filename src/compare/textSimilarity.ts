import type { ArticleAnalysis } from '../schema/articleAnalysis.js';
import { stringHash } from '../document/stringHash.js';
import { termCounts } from './articleText.js';

/** Cosine similarity of two articles' TF-IDF vectors. */
export interface SimilarityPair {
  a: string;
  b: string;
  cosine: number;
  /** Cosine ≥ the near-duplicate threshold: a syndicated copy or a light rewrite. */
  nearDuplicate: boolean;
}

/** Below this many articles every pair is compared; above it, only MinHash/LSH candidates. */
export const ALL_PAIRS_LIMIT = 60;

/** Above `ALL_PAIRS_LIMIT`: pairs kept per article (its most similar), besides exact copies. */
export const PAIRS_PER_ARTICLE = 5;

/** Above `ALL_PAIRS_LIMIT`: candidate pairs whose cosine is computed, at most, per article. */
export const CANDIDATES_PER_ARTICLE = 24;

/**
 * Pairwise TF-IDF cosine similarity of the articles' analysed text (smoothed idf,
 * log(1 + n / df)). Up to `ALL_PAIRS_LIMIT` articles every pair is reported. For larger sets
 * the work and the output stay linear in the number of articles:
 * - articles with exactly the same analysed words (syndicated copies) are paired with the first
 *   of them only;
 * - the others get candidates from MinHash with LSH banding over their term sets, each bucket
 *   linked as a short chain and at most `CANDIDATES_PER_ARTICLE` candidates per article;
 * - of the candidates with cosine ≥ `minCosine` (0.3), a pair is kept when it is among the
 *   `PAIRS_PER_ARTICLE` most similar of either article.
 * Pairs at or above `threshold` (default 0.8) are flagged `nearDuplicate`.
 *
 * @example
 * ```ts
 * textSimilarity(analyses).filter((p) => p.nearDuplicate) // syndicated copies and light rewrites
 * ```
 */
export function textSimilarity(analyses: readonly ArticleAnalysis[], options: { threshold?: number; minCosine?: number; counts?: Map<string, number>[] } = {}): SimilarityPair[] {
  const { threshold = 0.8, minCosine = analyses.length <= ALL_PAIRS_LIMIT ? 0 : 0.3 } = options;
  const counts = options.counts ?? analyses.map((a) => termCounts(a));
  const n = analyses.length;
  const out: SimilarityPair[] = [];
  const pair = (i: number, j: number, c: number) => {
    if (c >= minCosine) out.push({ a: analyses[i]!.id, b: analyses[j]!.id, cosine: c, nearDuplicate: c >= threshold });
  };
  if (n <= ALL_PAIRS_LIMIT) {
    const all = counts.map((_, i) => i);
    const cosine = tfIdfCosine(counts, all, all.map(() => 1), n);
    for (const [i, j] of allPairs(n)) pair(i, j, cosine(i, j));
    return sortPairs(out);
  }
  // Exact copies (the same analysed words) pair with the first article of their group only.
  const groups = new Map<string, number[]>();
  const representatives: number[] = [];
  const copies: [number, number][] = [];
  const multiplicity = new Map<number, number>();
  const fingerprints = new Map<ReadonlyMap<string, number>, string>(); // exact copies share their counts
  counts.forEach((c, i) => {
    let key = fingerprints.get(c);
    if (key === undefined) fingerprints.set(c, (key = fingerprint(c)));
    const group = groups.get(key);
    const first = group?.find((f) => sameCounts(counts[f]!, c));
    if (first !== undefined) {
      copies.push([first, i]);
      multiplicity.set(first, (multiplicity.get(first) ?? 1) + 1);
      return;
    }
    if (group) group.push(i);
    else groups.set(key, [i]);
    representatives.push(i);
  });
  const cosine = tfIdfCosine(counts, representatives, representatives.map((i) => multiplicity.get(i) ?? 1), n);
  for (const [first, i] of copies) pair(first, i, cosine(first, first));
  // The others: LSH candidates, scored, and the best few of each article kept.
  const best = new Map<number, { j: number; c: number }[]>();
  const scored: [number, number, number][] = [];
  for (const [x, y] of lshCandidates(representatives.map((i) => [...counts[i]!.keys()]), { perItem: CANDIDATES_PER_ARTICLE })) {
    const i = representatives[x]!;
    const j = representatives[y]!;
    const c = cosine(i, j);
    if (c < minCosine) continue;
    scored.push([i, j, c]);
    for (const [p, q] of [[i, j], [j, i]] as const) {
      const list = best.get(p);
      if (list) list.push({ j: q, c });
      else best.set(p, [{ j: q, c }]);
    }
  }
  const keep = new Set<number>();
  for (const [i, list] of best) {
    list.sort((x, y) => y.c - x.c || x.j - y.j);
    for (const { j } of list.slice(0, PAIRS_PER_ARTICLE)) keep.add(i < j ? i * n + j : j * n + i);
  }
  for (const [i, j, c] of scored) if (keep.has(i * n + j)) pair(i, j, c);
  return sortPairs(out);
}

/**
 * The rounded TF-IDF cosine (smoothed idf, log(1 + n / df)) of two of the `articles`, as a
 * function of their indices. `weight[k]` says how many articles `articles[k]` stands for
 * (itself and its exact copies), for document frequencies. Vectors are sparse: term ids in
 * increasing order with their weights, so a cosine is one merge of two sorted arrays.
 */
function tfIdfCosine(counts: readonly ReadonlyMap<string, number>[], articles: readonly number[], weight: readonly number[], n: number): (i: number, j: number) => number {
  const vocabulary = new Map<string, number>();
  const df: number[] = [];
  const termIds = articles.map((a, k) => {
    const c = counts[a]!;
    const ids = new Int32Array(c.size);
    let t = 0;
    for (const w of c.keys()) {
      let id = vocabulary.get(w);
      if (id === undefined) {
        id = df.length;
        vocabulary.set(w, id);
        df.push(0);
      }
      df[id]! += weight[k]!;
      ids[t++] = id;
    }
    return ids;
  });
  const vectors = new Map<number, { ids: Int32Array; weights: Float64Array; norm: number }>();
  articles.forEach((a, k) => {
    const ids = termIds[k]!;
    const tf = [...counts[a]!.values()];
    const order = Array.from(ids.keys()).sort((x, y) => ids[x]! - ids[y]!);
    const sorted = new Int32Array(order.length);
    const weights = new Float64Array(order.length);
    let norm = 0;
    order.forEach((o, r) => {
      sorted[r] = ids[o]!;
      const x = tf[o]! * Math.log(1 + n / df[ids[o]!]!);
      weights[r] = x;
      norm += x * x;
    });
    vectors.set(a, { ids: sorted, weights, norm: Math.sqrt(norm) });
  });
  return (i, j) => {
    const p = vectors.get(i)!;
    const q = vectors.get(j)!;
    if (p.norm === 0 || q.norm === 0) return 0;
    let dot = 0;
    for (let x = 0, y = 0; x < p.ids.length && y < q.ids.length; ) {
      const a = p.ids[x]!;
      const b = q.ids[y]!;
      if (a === b) dot += p.weights[x++]! * q.weights[y++]!;
      else if (a < b) x++;
      else y++;
    }
    return Math.round((dot / (p.norm * q.norm)) * 1000) / 1000;
  };
}

function sortPairs(pairs: SimilarityPair[]): SimilarityPair[] {
  return pairs.sort((x, y) => y.cosine - x.cosine || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}

/**
 * A key that is the same for two term-count maps with the same terms and counts: order-free
 * sums of term hashes (no sorting). Equal keys are confirmed with `sameCounts`.
 */
function fingerprint(c: ReadonlyMap<string, number>): string {
  let sum = 0;
  let xor = 0;
  for (const [w, k] of c) {
    const h = stringHash(w, k);
    sum = (sum + h) >>> 0;
    xor = (xor ^ mix(h)) >>> 0;
  }
  return `${c.size}:${sum}:${xor}`;
}

function sameCounts(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  if (a === b) return true; // exact copies share their counts
  if (a.size !== b.size) return false;
  for (const [w, k] of a) if (b.get(w) !== k) return false;
  return true;
}

function allPairs(n: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) out.push([i, j]);
  return out;
}

/** A 32-bit integer mixer (murmur3 finaliser): one hash per term gives many independent ones. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Candidate pairs by MinHash over term sets with LSH banding (16 bands × 4 rows): two sets
 * with Jaccard similarity s collide in some band with probability 1 − (1 − s⁴)¹⁶. Each bucket
 * is linked as a chain (every member with the next `window` members), not as all its pairs,
 * and no item takes part in more than `perItem` pairs, so a story syndicated thousands of
 * times costs a few pairs per copy. Pairs are `[x, y]` with x < y, each once, in a fixed order.
 */
export function lshCandidates(sets: readonly string[][], options: { bands?: number; rows?: number; window?: number; perItem?: number } = {}): [number, number][] {
  const { bands = 16, rows = 4, window = 3, perItem = Infinity } = options;
  const buckets = new Map<string, number[]>();
  const seeds = Array.from({ length: bands * rows }, (_, k) => stringHash(`seed${k}`, 7));
  sets.forEach((set, i) => {
    if (set.length === 0) return;
    const base = set.map((w) => stringHash(w, 0));
    for (let b = 0; b < bands; b++) {
      let key = `${b}`;
      for (let r = 0; r < rows; r++) {
        const seed = seeds[b * rows + r]!;
        let min = 0xffffffff;
        for (const h of base) {
          const v = mix(h ^ seed);
          if (v < min) min = v;
        }
        key += `:${min}`;
      }
      const list = buckets.get(key);
      if (list) list.push(i);
      else buckets.set(key, [i]);
    }
  });
  const seen = new Set<number>();
  const degree = new Uint32Array(sets.length);
  const out: [number, number][] = [];
  const n = sets.length;
  for (const list of buckets.values()) {
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b <= a + window && b < list.length; b++) {
        const x = list[a]!;
        const y = list[b]!; // x < y: members are added in index order
        if (degree[x]! >= perItem || degree[y]! >= perItem) continue;
        const key = x * n + y;
        if (seen.has(key)) continue;
        seen.add(key);
        degree[x]!++;
        degree[y]!++;
        out.push([x, y]);
      }
    }
  }
  return out;
}

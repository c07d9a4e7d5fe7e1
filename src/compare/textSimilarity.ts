import type { ArticleAnalysis } from '../schema/articleAnalysis.js';
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

/**
 * Pairwise TF-IDF cosine similarity of the articles' analysed text (smoothed idf,
 * log(1 + n / df)). For large sets, candidate pairs come from MinHash with LSH banding over
 * the articles' term sets, so the cost stays close to linear; pairs that never collide are not
 * reported. Pairs at or above `threshold` (default 0.8) are flagged `nearDuplicate`.
 */
export function textSimilarity(analyses: readonly ArticleAnalysis[], options: { threshold?: number; minCosine?: number; counts?: Map<string, number>[] } = {}): SimilarityPair[] {
  const { threshold = 0.8, minCosine = analyses.length <= ALL_PAIRS_LIMIT ? 0 : 0.3 } = options;
  const counts = options.counts ?? analyses.map(termCounts);
  const df = new Map<string, number>();
  for (const c of counts) for (const w of c.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const n = analyses.length;
  const vectors = counts.map((c) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [w, tf] of c) {
      const x = tf * Math.log(1 + n / df.get(w)!);
      v.set(w, x);
      norm += x * x;
    }
    return { v, norm: Math.sqrt(norm) };
  });
  const cosine = (i: number, j: number) => {
    const [small, large] = vectors[i]!.v.size < vectors[j]!.v.size ? [vectors[i]!, vectors[j]!] : [vectors[j]!, vectors[i]!];
    let dot = 0;
    for (const [w, x] of small.v) dot += x * (large.v.get(w) ?? 0);
    return small.norm === 0 || large.norm === 0 ? 0 : dot / (small.norm * large.norm);
  };
  const pairs = n <= ALL_PAIRS_LIMIT ? allPairs(n) : lshCandidates(counts.map((c) => [...c.keys()]));
  const out: SimilarityPair[] = [];
  for (const [i, j] of pairs) {
    const c = Math.round(cosine(i, j) * 1000) / 1000;
    if (c < minCosine) continue;
    out.push({ a: analyses[i]!.id, b: analyses[j]!.id, cosine: c, nearDuplicate: c >= threshold });
  }
  return out.sort((x, y) => y.cosine - x.cosine || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
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

function hash32(s: string, seed: number): number {
  let h = seed ^ 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  h ^= h >>> 13;
  h = Math.imul(h, 0x5bd1e995);
  return (h ^ (h >>> 15)) >>> 0;
}

/**
 * Candidate pairs by MinHash over term sets with LSH banding (16 bands × 4 rows): two sets
 * with Jaccard similarity s collide in some band with probability 1 − (1 − s⁴)¹⁶.
 */
export function lshCandidates(sets: readonly string[][], bands = 16, rows = 4): [number, number][] {
  const buckets = new Map<string, number[]>();
  const seeds = Array.from({ length: bands * rows }, (_, k) => hash32(`seed${k}`, 7));
  sets.forEach((set, i) => {
    if (set.length === 0) return;
    const base = set.map((w) => hash32(w, 0));
    for (let b = 0; b < bands; b++) {
      let key = `${b}`;
      for (let r = 0; r < rows; r++) {
        const seed = seeds[b * rows + r]!;
        let min = 0xffffffff;
        for (const h of base) min = Math.min(min, mix(h ^ seed));
        key += `:${min}`;
      }
      const list = buckets.get(key);
      if (list) list.push(i);
      else buckets.set(key, [i]);
    }
  });
  const seen = new Set<string>();
  const out: [number, number][] = [];
  const add = (x: number, y: number) => {
    const key = x < y ? `${x}-${y}` : `${y}-${x}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(x < y ? [x, y] : [y, x]);
  };
  for (const list of buckets.values()) {
    if (list.length < 2) continue;
    // A large bucket (one story syndicated many times) is linked as a star, not all pairs.
    if (list.length > 50) for (let x = 1; x < list.length; x++) add(list[0]!, list[x]!);
    else for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) add(list[x]!, list[y]!);
  }
  return out;
}

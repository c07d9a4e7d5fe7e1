/**
 * Benchmark of compareArticles at 100, 1,000, 5,000 and 20,000 articles (npm run bench).
 *
 * The corpus is built from the six example articles with seeded variation (paragraphs dropped
 * and reordered), so articles are near-duplicates in clusters, as syndicated news is. A pool of
 * --pool distinct variants (default 2,000) is analysed once; larger sets reuse the pool's
 * analyses under new ids and outlets (exact syndicated copies), so 20,000 articles do not take
 * minutes to analyse. Only compareArticles is timed: the median of three runs per size (one
 * run for sizes over 5,000). The point is the growth: near-linear, not quadratic; the target
 * is 20,000 articles in under 20 s.
 */
import { readFileSync, readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { analyzeArticle, compareArticles } from '../dist/index.js';

const args = process.argv.slice(2);
const sizes = args.includes('--sizes') ? args[args.indexOf('--sizes') + 1].split(',').map(Number) : [100, 1000, 5000, 20000];
const poolSize = args.includes('--pool') ? Number(args[args.indexOf('--pool') + 1]) : 2000;
const dir = new URL('../examples/corpus/', import.meta.url);
const base = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(new URL(f, dir), 'utf8'));

let seed = 12345;
const random = () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
function variant(i) {
  const lines = base[i % base.length].split('\n').filter((l) => l.trim());
  const kept = lines.filter(() => random() > 0.15);
  if (random() < 0.5 && kept.length > 3) kept.splice(1, 0, kept.splice(2, 1)[0]);
  return kept.join('\n');
}

const max = Math.max(...sizes);
const t0 = performance.now();
const pool = Array.from({ length: Math.min(poolSize, max) }, (_, i) => analyzeArticle({ id: `a${i}`, outlet: `Outlet ${i % 40}`, text: variant(i) }));
const analyseMs = performance.now() - t0;
const analyses = Array.from({ length: max }, (_, i) => (i < pool.length ? pool[i] : { ...pool[i % pool.length], id: `a${i}`, outlet: `Outlet ${i % 40}` }));

const rows = [];
for (const n of sizes) {
  const set = analyses.slice(0, n);
  const times = [];
  const cpuTimes = [];
  let result;
  for (let r = 0; r < (n > 5000 ? 1 : 3); r++) {
    const t = performance.now();
    const c = process.cpuUsage();
    result = compareArticles(set);
    times.push(performance.now() - t);
    const u = process.cpuUsage(c);
    cpuTimes.push((u.user + u.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  const mid = times[times.length >> 1];
  rows.push({ articles: n, medianMs: Math.round(mid), cpuMs: Math.round(cpuTimes[cpuTimes.length >> 1]), perArticleMs: +(mid / n).toFixed(3), sharedQuotes: result.sharedQuotes.length, discrepancies: result.discrepancies.length, similarityPairs: result.similarity.length, divergencePairs: result.divergence.length });
}
console.log(`compareArticles benchmark (node ${process.version}); analysing the pool of ${pool.length} articles took ${(analyseMs / 1000).toFixed(1)} s\n`);
console.log('articles   median ms   CPU ms   ms/article   shared quotes   discrepancies   similarity pairs   divergence pairs');
for (const r of rows) console.log(`${String(r.articles).padStart(8)}   ${String(r.medianMs).padStart(9)}   ${String(r.cpuMs).padStart(6)}   ${String(r.perArticleMs).padStart(10)}   ${String(r.sharedQuotes).padStart(13)}   ${String(r.discrepancies).padStart(13)}   ${String(r.similarityPairs).padStart(16)}   ${String(r.divergencePairs).padStart(16)}`);
const largest = rows.find((r) => r.articles === 20000);
if (largest) console.log(`\n20,000 articles: ${(largest.medianMs / 1000).toFixed(1)} s wall, ${(largest.cpuMs / 1000).toFixed(1)} s CPU (target < 20 s: ${largest.medianMs < 20000 ? 'OK' : 'OVER'})`);
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(new URL('./results/compare.json', import.meta.url), JSON.stringify({ date: new Date().toISOString(), node: process.version, rows }, null, 2));

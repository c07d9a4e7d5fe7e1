/**
 * What the collector does per analysis at each size of a bench:scale pattern (scale44): young
 * collections (scavenges), bytes allocated, bytes they copied within the young generation and
 * promoted to the old one, and full collections, from V8's `--trace-gc-nvp` lines of a child
 * process. Counts and bytes, not times: they do not move with the machine's load (pause times do,
 * and are left out). A working set that outlives a scavenge shows as promoted bytes per character
 * that grow with the size; an allocation rate that falls shows as fewer scavenges.
 *
 * Usage: node bench/scaleGc.mjs [--pattern it-said-yes] [--sizes 4,16,64] [--runs 4] [--dist dist/index.js]
 * The first analysis at each size is left out (a warm-up of that size), the others are summed and averaged.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const BASE = 4000;

async function child(distPath, patternName, sizes, runs) {
  const { PATTERNS } = await import('./scale.bench.mjs');
  const lib = await import(pathToFileURL(distPath).href);
  const pattern = PATTERNS.find((p) => p.name === patternName);
  if (!pattern) throw new Error(`no pattern ${patternName}`);
  const warm = pattern.build(BASE, BASE);
  for (let i = 0; i < 60; i++) lib.analyzeArticle(warm, { timeBudgetMs: 0 });
  for (const m of sizes) {
    const text = pattern.build(BASE * m, BASE);
    for (let r = 0; r < runs; r++) {
      console.log(`@@ size ${m} chars ${text.length} run ${r}`);
      lib.analyzeArticle(text, { timeBudgetMs: 0 });
    }
  }
  console.log('@@ end');
}

function parent(values) {
  const sizes = values.sizes.split(',').map(Number);
  const runs = Number(values.runs);
  const out = spawnSync(process.execPath, ['--trace-gc-nvp', fileURLToPath(import.meta.url), '--child', resolve(values.dist), values.pattern, values.sizes, String(runs)], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (out.status !== 0) throw new Error(out.stderr);
  /** Per size: sums over the analyses after the first. */
  const totals = new Map();
  let current = null;
  for (const line of out.stdout.split('\n')) {
    const mark = /^@@ size (\d+) chars (\d+) run (\d+)/.exec(line);
    if (mark) {
      const [, m, chars, run] = mark.map(Number);
      if (!totals.has(m)) totals.set(m, { chars, analyses: 0, scavenges: 0, allocated: 0, promoted: 0, survived: 0, full: 0 });
      current = run === 0 ? null : totals.get(m);
      if (current) current.analyses++;
      continue;
    }
    if (line.startsWith('@@ end')) current = null;
    if (!current || !line.includes(' gc=')) continue;
    const field = (name) => Number(new RegExp(`\\b${name}=(\\S+)`).exec(line)?.[1] ?? 0);
    const kind = /\bgc=(\S+)/.exec(line)[1];
    current.allocated += field('allocated');
    if (kind === 's') {
      current.scavenges++;
      current.promoted += field('promoted');
      current.survived += field('new_space_survived');
    } else current.full++;
  }
  console.log(`${values.pattern}: per analysis (mean of ${runs - 1} after the first at each size; allocated as V8 counts it between collections)\n`);
  console.log('size      chars   scavenges   allocated MB   B/char   promoted MB   B/char   survived MB   full GCs');
  for (const [m, t] of totals) {
    const per = (x) => x / Math.max(1, t.analyses);
    const mb = (x) => (per(x) / 1e6).toFixed(1).padStart(12);
    const bc = (x) => (per(x) / t.chars).toFixed(0).padStart(8);
    console.log(`${`${m}×`.padEnd(5)} ${String(t.chars).padStart(9)} ${per(t.scavenges).toFixed(1).padStart(11)}   ${mb(t.allocated)} ${bc(t.allocated)}  ${mb(t.promoted)} ${bc(t.promoted)}  ${mb(t.survived)} ${per(t.full).toFixed(1).padStart(10)}`);
  }
}

if (process.argv[2] === '--child') {
  const [, , , distPath, patternName, sizes, runs] = process.argv;
  await child(distPath, patternName, sizes.split(',').map(Number), Number(runs));
} else {
  const { values } = parseArgs({ options: { pattern: { type: 'string', default: 'it-said-yes' }, sizes: { type: 'string', default: '4,16,64' }, runs: { type: 'string', default: '4' }, dist: { type: 'string', default: fileURLToPath(new URL('../dist/index.js', import.meta.url)) } } });
  parent(values);
}

/**
 * What the collector does per analysis at each size of a bench:scale pattern (scale44): young
 * collections (scavenges), bytes allocated, bytes they copied within the young generation and
 * promoted to the old one, and full collections, from V8's `--trace-gc-nvp` lines of a child
 * process. Counts and bytes, not times: they do not move with the machine's load (pause times do,
 * and are left out). A working set that outlives a scavenge shows as promoted bytes per character
 * that grow with the size; an allocation rate that falls shows as fewer scavenges.
 *
 * Each size's counted analyses run between two forced full collections (scale46): the window
 * starts with an empty young generation and its last line (the closing collection) counts the
 * bytes allocated since the window's last scavenge, so «allocated» is every byte the analyses
 * made, whatever the size (before, a window closed at its last scavenge, which at 1× and 4× is
 * often none). The forced collections are not counted as full GCs.
 * bench/scale.bench.mjs runs `gcCounts` after each pattern's timed sizes and prints the bytes
 * per character and their fitted exponent next to the timed one.
 *
 * Usage: node bench/scaleGc.mjs [--pattern it-said-yes] [--sizes 4,16,64] [--runs 4] [--dist dist/index.js]
 * The first analysis at each size is left out (a warm-up of that size); `--runs` − 1 are counted
 * and averaged.
 */
import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const BASE = 4000;

async function child(distPath, patternName, sizes, runs, base) {
  const { PATTERNS } = await import('./scale.bench.mjs');
  const lib = await import(pathToFileURL(distPath).href);
  const pattern = PATTERNS.find((p) => p.name === patternName);
  if (!pattern) throw new Error(`no pattern ${patternName}`);
  // (an input the library refuses, as «!» repeated, throws: its allocation up to the refusal is counted)
  const analyze = (text) => {
    try {
      lib.analyzeArticle(text, { timeBudgetMs: 0 });
    } catch (e) {
      if (!e?.code) throw e;
    }
  };
  const warm = pattern.build(base, base);
  for (let i = 0; i < 60; i++) analyze(warm);
  for (const [i, m] of sizes.entries()) {
    const text = pattern.build(base * m, base);
    analyze(text); // this size's warm-up, not counted
    globalThis.gc();
    console.log(`@@ size ${m} chars ${text.length}`);
    for (let r = 1; r < runs[i]; r++) analyze(text);
    console.log('@@ closing');
    globalThis.gc();
    console.log('@@ end');
  }
}

/**
 * Per size: { chars, analyses, scavenges, allocated, promoted, survived, full } summed over the
 * counted analyses (`runs` per size, a number or one per size, the first of each not counted),
 * or null when the child failed or ran past `timeoutMs`.
 */
export function gcCounts({ pattern, sizes, runs, dist, base = BASE, timeoutMs }) {
  const perSize = sizes.map((_, i) => (Array.isArray(runs) ? runs[i] : runs));
  const out = spawnSync(process.execPath, ['--expose-gc', '--trace-gc-nvp', fileURLToPath(import.meta.url), '--child', resolve(dist), pattern, sizes.join(','), perSize.join(','), String(base)], { encoding: 'utf8', maxBuffer: 1 << 28, ...(timeoutMs ? { timeout: timeoutMs } : {}) });
  if (out.status !== 0) return null;
  const totals = new Map();
  let current = null;
  let closing = false;
  for (const line of out.stdout.split('\n')) {
    const mark = /^@@ size (\d+) chars (\d+)/.exec(line);
    if (mark) {
      const [, m, chars] = mark.map(Number);
      current = { chars, analyses: perSize[sizes.indexOf(m)] - 1, scavenges: 0, allocated: 0, promoted: 0, survived: 0, full: 0 };
      totals.set(m, current);
      closing = false;
      continue;
    }
    if (line.startsWith('@@ closing')) closing = true;
    if (line.startsWith('@@ end')) current = null;
    if (!current || !line.includes(' gc=')) continue;
    const field = (name) => Number(new RegExp(`\\b${name}=(\\S+)`).exec(line)?.[1] ?? 0);
    const kind = /\bgc=(\S+)/.exec(line)[1];
    current.allocated += field('allocated');
    if (closing) continue; // the forced collection: its allocation is the window's, its work is not
    if (kind === 's') {
      current.scavenges++;
      current.promoted += field('promoted');
      current.survived += field('new_space_survived');
    } else current.full++;
  }
  return totals;
}

function parent(values) {
  const sizes = values.sizes.split(',').map(Number);
  const runs = Number(values.runs);
  const totals = gcCounts({ pattern: values.pattern, sizes, runs, dist: values.dist });
  if (!totals) throw new Error('the child failed');
  console.log(`${values.pattern}: per analysis (mean of ${runs - 1} after the first at each size, between two forced full collections)\n`);
  console.log('size      chars   scavenges   allocated MB   B/char   promoted MB   B/char   survived MB   full GCs');
  for (const [m, t] of totals) {
    const per = (x) => x / Math.max(1, t.analyses);
    const mb = (x) => (per(x) / 1e6).toFixed(1).padStart(12);
    const bc = (x) => (per(x) / t.chars).toFixed(0).padStart(8);
    console.log(`${`${m}×`.padEnd(5)} ${String(t.chars).padStart(9)} ${per(t.scavenges).toFixed(1).padStart(11)}   ${mb(t.allocated)} ${bc(t.allocated)}  ${mb(t.promoted)} ${bc(t.promoted)}  ${mb(t.survived)} ${per(t.full).toFixed(1).padStart(10)}`);
  }
}

if (process.argv[2] === '--child') {
  const [, , , distPath, patternName, sizes, runs, base] = process.argv;
  await child(distPath, patternName, sizes.split(',').map(Number), runs.split(',').map(Number), Number(base));
} else if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // as a script only: bench/scale.bench.mjs imports gcCounts from here
  const { values } = parseArgs({ options: { pattern: { type: 'string', default: 'it-said-yes' }, sizes: { type: 'string', default: '4,16,64' }, runs: { type: 'string', default: '4' }, dist: { type: 'string', default: fileURLToPath(new URL('../dist/index.js', import.meta.url)) } } });
  parent(values);
}

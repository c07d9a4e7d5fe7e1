/**
 * Load-independent scaling check (scale43): instruction counts of analysing a pattern of
 * bench/scale.bench.mjs at growing sizes, each in a fresh `node --single-threaded --predictable`
 * process under valgrind's cachegrind, split into V8's optimising compiler, its garbage
 * collector and the rest (our code, the interpreter, builtins, runtime). A shared machine moves
 * bench:scale's CPU times by ± 15 %; instruction counts do not move with the load.
 *
 * Each size runs twice after the same warm-up (20 analyses of the 1× text): once with one
 * analysis at that size and once with `--times` (default 2); the difference over the extra
 * analyses is the steady cost of one analysis at that size, without the first run's compiles.
 * The exponent is fitted on the «rest» and on the total of those steady costs.
 *
 * Usage: node bench/scaleInstructions.mjs [--pattern it-said-yes] [--sizes 1,4,16] [--times 2]
 * Needs valgrind (cachegrind, cg_annotate) and a build (dist/index.js). Slow: minutes per size.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const WARM_ANALYSES = 20;
/** cg_annotate's function names of V8's optimising compilers and of its garbage collector. */
const COMPILER = /compiler::|maglev::|turboshaft/i;
const GC = /Scaveng|MarkCompact|Marking|Sweeper|Evacuat|Heap::|GCTracer|RememberedSet|MemoryChunk|HeapVisitor|SlotSet|PagedSpace|NewSpace|SemiSpace|LargeObjectSpace|Compactor|UpdatingItem|PointersUpdating|RecordMigrated|MinorMC|WeakObjects|ObjectStats/;

/** Child: import, warm up on the 1× text, then analyse the m× text `times` times. */
async function child(pattern, m, times) {
  const { PATTERNS } = await import('./scale.bench.mjs');
  const { analyzeArticle } = await import(new URL('../dist/index.js', import.meta.url).href);
  const p = PATTERNS.find((x) => x.name === pattern);
  const base = 4000;
  const warm = p.build(base, base);
  for (let i = 0; i < WARM_ANALYSES; i++) analyzeArticle(warm, { timeBudgetMs: 0 });
  const text = p.build(base * m, base);
  for (let i = 0; i < times; i++) analyzeArticle(text, { timeBudgetMs: 0 });
}

/** Instructions of one child run: total, compiler, gc, rest (millions). */
function count(dir, pattern, m, times) {
  const out = join(dir, `cg.${m}.${times}`);
  execFileSync('valgrind', ['--tool=cachegrind', '--cache-sim=no', '--branch-sim=no', `--cachegrind-out-file=${out}`, process.execPath, '--single-threaded', '--predictable', fileURLToPath(import.meta.url), '--child', pattern, String(m), String(times)], { stdio: 'ignore' });
  const split = { total: 0, compiler: 0, gc: 0, rest: 0 };
  for (const line of execFileSync('cg_annotate', ['--threshold=0', out], { encoding: 'utf8', maxBuffer: 1 << 28 }).split('\n')) {
    const row = /^\s*([\d,]+) \(\s*[\d.]+%\)\s+(.*)$/.exec(line);
    if (!row) continue;
    const ir = Number(row[1].replaceAll(',', '')) / 1e6;
    if (row[2].includes('PROGRAM TOTALS')) split.total = ir;
    else if (COMPILER.test(row[2])) split.compiler += ir;
    else if (GC.test(row[2])) split.gc += ir;
    else split.rest += ir;
  }
  return split;
}

/** Least-squares slope of log(y) on log(x). */
function slope(xs, ys) {
  const lx = xs.map(Math.log);
  const ly = ys.map((y) => Math.log(Math.max(y, 1e-3)));
  const mx = lx.reduce((a, b) => a + b, 0) / lx.length;
  const my = ly.reduce((a, b) => a + b, 0) / ly.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < lx.length; i++) {
    num += (lx[i] - mx) * (ly[i] - my);
    den += (lx[i] - mx) ** 2;
  }
  return num / den;
}

async function parent() {
  const { values } = parseArgs({ options: { pattern: { type: 'string', default: 'it-said-yes' }, sizes: { type: 'string', default: '1,4,16' }, times: { type: 'string', default: '2' } } });
  const sizes = values.sizes.split(',').map(Number);
  const times = Number(values.times);
  const dir = mkdtempSync(join(tmpdir(), 'scale-instructions-'));
  const rows = [];
  console.log(`${values.pattern}: steady instructions per analysis (M), cachegrind, ${times - 1} extra analyses per size`);
  for (const m of sizes) {
    const one = count(dir, values.pattern, m, 1);
    const more = count(dir, values.pattern, m, times);
    const per = (k) => (more[k] - one[k]) / (times - 1);
    const row = { m, total: per('total'), compiler: per('compiler'), gc: per('gc'), rest: per('rest') };
    rows.push(row);
    console.log(`${`${m}×`.padStart(5)}  total ${row.total.toFixed(1).padStart(9)}  rest ${row.rest.toFixed(1).padStart(9)}  gc ${row.gc.toFixed(1).padStart(8)}  compiler ${row.compiler.toFixed(1).padStart(8)}`);
  }
  rmSync(dir, { recursive: true, force: true });
  if (rows.length > 1) {
    const ms = rows.map((r) => r.m);
    console.log(`exponent: rest ${slope(ms, rows.map((r) => r.rest)).toFixed(3)}, rest + gc ${slope(ms, rows.map((r) => r.rest + r.gc)).toFixed(3)}, total ${slope(ms, rows.map((r) => r.total)).toFixed(3)}`);
  }
}

const argv = process.argv.slice(2);
if (argv[0] === '--child') await child(argv[1], Number(argv[2]), Number(argv[3]));
else await parent();

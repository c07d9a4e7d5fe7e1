/**
 * Scaling benchmark (npm run bench:scale): time of analyzeArticle against input size for each
 * hostile pattern and for realistic text, at 1×, 4×, 16× and 64× a base size, with the fitted
 * log-log exponent (1 = linear, 2 = quadratic). An exponent over 1.15 is flagged.
 *
 * Each pattern runs in its own child process (warmed up first), so one pattern cannot slow
 * another and a pattern that blows up can be stopped: a size that takes longer than
 * --limit seconds (default 20) is killed, reported as a timeout, and larger sizes are skipped.
 * Times are the main thread's CPU time per analysis (Linux; elsewhere the process's user +
 * system time), which is steadier than wall time on a shared machine: the median of the runs of each size, repeated until ~600 ms of work
 * (so the 1× point is the median of dozens of runs, the 64× point usually one run).
 *
 * With --stages, each size also gets a per-stage split of one run (which stage grows faster
 * than the input), from bench/stagesProfile.ts.
 *
 * Under each timed row, a load-independent one (scale46): the bytes each analysis allocates per
 * character at each size and their fitted exponent, with the bytes promoted to the old generation
 * and the young collections per analysis, counted by V8 (`--trace-gc-nvp`, bench/scaleGc.mjs) in a
 * second child. The clock moves 10–40 % with the machine's load and the 64× point decides the
 * timed fit; the counts are the same from run to run, so an allocation exponent near 1 says the
 * work grows linearly even when the clock's fit reads over the flag (promoted bytes per character
 * that rise from 16× show the collector's regime change, the one steep step of the timed fit).
 * --timed-only skips the counts.
 *
 * Usage: npm run bench:scale
 *        node bench/scale.bench.mjs [--base 4000] [--limit 20] [--only name,name] [--stages] [--timed-only]
 * Output: a table on stdout and bench/results/scale.json (gitignored).
 */
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const MULTIPLIERS = [1, 4, 16, 64];
const FLAG_ABOVE = 1.15;
/** CPU ms of work each size gets, in batches of at least BATCH_FLOOR_MS (at most MAX_BATCHES). */
const WORK_FLOOR_MS = 750;
const BATCH_FLOOR_MS = 150;
const MAX_BATCHES = 9;

/** The middle value (the mean of the two middle values for an even count). */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
const distUrl = new URL('../dist/index.js', import.meta.url);
const { seededRandom } = await import(distUrl.href);

/** Builds a text of about `n` characters by repeating `unit(i)` (i = 0, 1, 2, ...). */
function repeatTo(n, unit) {
  const parts = [];
  let length = 0;
  for (let i = 0; length < n; i++) {
    const u = unit(i);
    parts.push(u);
    length += u.length;
  }
  return parts.join('');
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'te', 'vu', 'ne', 'si', 'do', 'ba', 'gu', 'pe'];
/** A distinct capitalised name per index: "Kalomi", "Lora", ... */
function nameOf(i) {
  let s = '';
  let x = i + 13;
  while (x > 0) {
    s += SYLLABLES[x % SYLLABLES.length];
    x = Math.floor(x / SYLLABLES.length);
  }
  return s[0].toUpperCase() + s.slice(1);
}

function realisticText() {
  const dir = new URL('../examples/corpus/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  return files.map((f) => readFileSync(new URL(f, dir), 'utf8')).join('\n');
}

/** The patterns: name, what it is, and a builder of a text of about n characters. */
export const PATTERNS = [
  { name: 'it-said-yes', what: '"It said yes.\\n" repeated', build: (n) => repeatTo(n, () => 'It said yes.\n') },
  { name: 'said-repeated', what: '"said " repeated', build: (n) => repeatTo(n, () => 'said ') },
  {
    name: 'short-attributions',
    what: 'many short attributions, a new speaker each',
    build: (n) => repeatTo(n, (i) => (i % 3 === 0 ? `"Go now," said ${nameOf(i)} ${nameOf(i + 7)}.\n` : i % 3 === 1 ? `${nameOf(i)} told reporters it was over. ` : `She said no, according to ${nameOf(i)}.\n`)),
  },
  { name: 'huge-token', what: 'one word of n letters', build: (n) => 'a'.repeat(n) },
  { name: 'hyphen-chain', what: '"ab-" repeated, no spaces', build: (n) => repeatTo(n, () => 'ab-') },
  { name: 'punctuation-run', what: '"!" repeated', build: (n) => '!'.repeat(n) },
  {
    name: 'quote-soup',
    what: 'quote marks of every kind mixed with words',
    build: (n) => {
      const random = seededRandom(7); // the library's seeded generator: every run builds the same texts
      const pieces = ['"', '“', '”', '‘', '’', "'", '«', '»', ' said ', ' she ', ' Ana ', 'yes', '.', ',', '\n', ' '];
      return repeatTo(n, () => pieces[Math.floor(random() * pieces.length)]);
    },
  },
  {
    name: 'realistic',
    what: 'the example corpus, repeated',
    build: (n, base) => {
      const text = realisticText();
      // 1× is the whole corpus once; larger sizes repeat it.
      return repeatTo((n / base) * text.length, () => `${text}\n`);
    },
  },
];

/**
 * A reader of the CPU ms spent so far by this process's main thread, from Linux's
 * /proc/self/task/<pid>/schedstat (nanoseconds on a CPU; ~0.08 ms per read), else the whole
 * process's CPU time. `process.cpuUsage` also counts V8's compiler and GC helper threads, whose
 * work lands in whichever run it overlaps: under load it moved the 1× point by half.
 */
function mainThreadCpuMs() {
  const schedstat = `/proc/self/task/${process.pid}/schedstat`;
  if (existsSync(schedstat)) return () => Number(readFileSync(schedstat, 'utf8').split(' ')[0]) / 1e6;
  return () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
}

// ---------------------------------------------------------------------------------------------
// Child: analyse one pattern at increasing sizes, reporting each as it finishes.

async function child(name, base, stagesFile) {
  const { analyzeArticle } = await import(distUrl.href);
  const profile = stagesFile ? (await import(stagesFile)).profileStages : null;
  const pattern = PATTERNS.find((p) => p.name === name);
  const cpu = mainThreadCpuMs();
  /** Analyses `text` `times` times in a row; the CPU ms per analysis and the last outcome. */
  const run = (text, times = 1) => {
    const t0 = cpu();
    let outcome = 'ok';
    for (let i = 0; i < times; i++) {
      try {
        analyzeArticle(text, { timeBudgetMs: 0 });
      } catch (e) {
        outcome = e?.code ?? 'THREW';
        if (!e?.code) outcome = `THREW ${e?.name}: ${String(e?.message).slice(0, 80)}`;
      }
    }
    return { ms: (cpu() - t0) / times, outcome };
  };
  // Warm-up: the JIT needs about a hundred small analyses before times settle.
  const warm = [pattern.build(base, base), realisticText().slice(0, base)];
  for (let i = 0, spent = 0; i < 100 && spent < 2000; i++) spent += run(warm[i % 2]).ms;
  if (profile) for (let i = 0; i < 20; i++) profile(warm[i % 2]); // the profiled copy needs its own warm-up
  for (const m of MULTIPLIERS) {
    const text = pattern.build(base * m, base);
    // Each size is timed in batches of back-to-back analyses of at least BATCH_FLOOR_MS (the
    // main thread's clock advances by scheduler ticks of a few ms, too coarse for one 5 ms run),
    // repeated until WORK_FLOOR_MS, and the median batch is kept. The fastest of up to 5 single
    // runs moved the 1× point by 10–20 % from run to run, and a minimum of several small runs
    // against one large run biased the exponent upward.
    const first = run(text);
    let outcome = first.outcome;
    const perAnalysis = [first.ms];
    const batch = Math.max(1, Math.ceil(BATCH_FLOOR_MS / Math.max(first.ms, 0.1)));
    let runs = 1;
    for (let spent = first.ms; perAnalysis.length < MAX_BATCHES && spent < WORK_FLOOR_MS; runs += batch) {
      const res = run(text, batch);
      if (batch > 1 && perAnalysis.length === 1) perAnalysis.length = 0; // one short run is not a batch
      perAnalysis.push(res.ms);
      outcome = res.outcome;
      spent += res.ms * batch;
    }
    const best = median(perAnalysis);
    let stages;
    if (profile && outcome === 'ok') {
      // The fastest of a few profiled runs, stage by stage (a split, not the timed figure).
      for (let r = 0; r < (best < 100 ? 5 : 1); r++) {
        const once = profile(text);
        stages = stages ? Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, Math.min(v, once[k] ?? v)])) : once;
      }
    }
    process.send({ multiplier: m, chars: text.length, ms: best, runs, outcome, ...(stages ? { stages } : {}) });
  }
}

// ---------------------------------------------------------------------------------------------
// Parent

/** The least-squares slope of log(`key`) on log(chars) (1 = linear). */
function fitExponent(points, key = 'ms') {
  const xs = points.map((p) => Math.log(p.chars));
  const ys = points.map((p) => Math.log(Math.max(p[key], 0.01)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i] - mx) * (ys[i] - my);
    den += (xs[i] - mx) ** 2;
  }
  return den === 0 ? null : num / den;
}

/**
 * The exponent of each step between consecutive sizes (log of the time ratio over log of the
 * size ratio): a step that is a change of regime (the working set outgrowing V8's young
 * generation, so that a scavenge copies and promotes it) shows as one steep step between flat
 * ones, where an algorithm that is not linear steepens every step.
 */
function stepExponents(points) {
  const steps = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    steps.push(Math.log(Math.max(b.ms, 0.01) / Math.max(a.ms, 0.01)) / Math.log(b.chars / a.chars));
  }
  return steps;
}

/**
 * Analyses counted per size by the load-independent row (after one uncounted analysis of that
 * size): at least 16 × the 1× text in all, at least two analyses.
 */
const COUNTED = MULTIPLIERS.map((m) => Math.max(2, Math.ceil(16 / m)));

/** The load-independent row of a pattern: per size, allocated and promoted bytes per character and scavenges per analysis. */
async function allocationRow(name, base, limitMs) {
  const { gcCounts } = await import('./scaleGc.mjs');
  const totals = gcCounts({ pattern: name, sizes: MULTIPLIERS, runs: COUNTED.map((n) => n + 1), dist: fileURLToPath(distUrl), base, timeoutMs: limitMs * 4 + 10000 });
  if (!totals) return null;
  return MULTIPLIERS.map((m) => {
    const t = totals.get(m);
    const per = (x) => x / t.analyses;
    return { multiplier: m, chars: t.chars, allocatedBytes: per(t.allocated), allocatedPerChar: per(t.allocated) / t.chars, promotedPerChar: per(t.promoted) / t.chars, scavenges: per(t.scavenges) };
  });
}

function measure(name, base, limitMs, stagesFile) {
  return new Promise((resolve) => {
    const points = [];
    let timedOut = null;
    const proc = fork(fileURLToPath(import.meta.url), ['--child', name, '--base', String(base), ...(stagesFile ? ['--stages-file', stagesFile] : [])], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let timer = null;
    const arm = () => {
      clearTimeout(timer);
      // The first point also covers the child's start and warm-up.
      timer = setTimeout(() => {
        timedOut = MULTIPLIERS[points.length] ?? null;
        proc.kill('SIGKILL');
      }, points.length === 0 ? limitMs * 2 + 5000 : limitMs + 2000);
    };
    arm();
    proc.on('message', (p) => {
      points.push(p);
      arm();
    });
    proc.on('exit', () => {
      clearTimeout(timer);
      resolve({ points, timedOut });
    });
  });
}

async function parent() {
  const { values } = parseArgs({ options: { base: { type: 'string', default: '4000' }, limit: { type: 'string', default: '20' }, only: { type: 'string' }, stages: { type: 'boolean', default: false }, 'timed-only': { type: 'boolean', default: false } } });
  const stagesFile = values.stages ? pathToFileURL(await (await import('./buildStagesProfile.mjs')).buildStagesProfile()).href : null;
  const base = Number(values.base);
  const limitMs = Number(values.limit) * 1000;
  if (!existsSync(fileURLToPath(distUrl))) {
    console.error('dist/index.js not found: run `npm run build` first (or use `npm run bench:scale`).');
    process.exit(1);
  }
  const only = values.only ? new Set(values.only.split(',')) : null;
  const rows = [];
  console.log(`slantwise scaling benchmark (node ${process.version}): CPU ms per analyzeArticle at 1×, 4×, 16×, 64× of ${base.toLocaleString('en-US')} characters (realistic: the example corpus once = 1×)\n`);
  const header = `${'pattern'.padEnd(20)} ${MULTIPLIERS.map((m) => `${m}×`.padStart(12)).join('')}   exponent   ${'outcome'.padEnd(10)} what`;
  console.log(header);
  console.log('-'.repeat(header.length + 10));
  for (const p of PATTERNS) {
    if (only && !only.has(p.name)) continue;
    const { points, timedOut } = await measure(p.name, base, limitMs, stagesFile);
    const exponent = points.length >= 2 ? fitExponent(points) : null;
    const flagged = timedOut !== null || exponent === null || exponent > FLAG_ABOVE;
    const outcomes = [...new Set(points.map((x) => x.outcome))].join(',') || '-';
    const cells = MULTIPLIERS.map((m) => {
      const pt = points.find((x) => x.multiplier === m);
      if (pt) return pt.ms.toFixed(pt.ms < 10 ? 2 : 0);
      return m === timedOut ? 'timeout' : '-';
    });
    const exp = exponent === null ? 'n/a' : exponent.toFixed(2);
    const steps = stepExponents(points);
    console.log(`${p.name.padEnd(20)} ${cells.map((c) => c.padStart(12)).join('')}   ${(exp + (flagged ? ' !' : '')).padStart(8)}   ${outcomes.padEnd(10)} ${p.what}`);
    if (steps.length > 1) console.log(`${''.padEnd(20)}   step exponents ${steps.map((e) => e.toFixed(2)).join(' / ')}`);
    const allocation = timedOut === null && !values['timed-only'] ? await allocationRow(p.name, base, limitMs) : null;
    // (no fit when a size allocated nothing V8 counted: a refused input, as «!» repeated)
    const allocationExponent = allocation && allocation.every((a) => a.allocatedBytes > 0) ? fitExponent(allocation, 'allocatedBytes') : null;
    if (allocation) {
      const cellsOf = (key, digits) => allocation.map((a) => a[key].toFixed(digits)).join(' / ');
      console.log(`${''.padEnd(20)}   allocated B/char ${cellsOf('allocatedPerChar', 0)}, exponent ${allocationExponent === null ? 'n/a' : `${allocationExponent.toFixed(2)}${allocationExponent > FLAG_ABOVE ? ' !' : ''}`} (load-independent); promoted B/char ${cellsOf('promotedPerChar', 0)}; scavenges ${cellsOf('scavenges', 1)}`);
    }
    rows.push({ pattern: p.name, what: p.what, points, timedOutAt: timedOut, exponent, steps, flagged, ...(allocation ? { allocation, allocationExponent } : {}) });
    if (stagesFile) {
      for (const pt of points.filter((x) => x.stages)) {
        const parts = Object.entries(pt.stages).filter(([, ms]) => ms >= 0.05).map(([stage, ms]) => `${stage} ${ms.toFixed(ms < 10 ? 1 : 0)}`);
        console.log(`${''.padEnd(20)}   ${pt.multiplier}× (wall ms): ${parts.join(', ')}`);
      }
    }
  }
  const bad = rows.filter((r) => r.flagged);
  console.log(`\n${bad.length === 0 ? `all exponents ≤ ${FLAG_ABOVE}` : `over ${FLAG_ABOVE} (or timed out): ${bad.map((r) => r.pattern).join(', ')}`}`);
  const counted = rows.filter((r) => r.allocationExponent != null);
  if (counted.length > 0) {
    const worst = counted.reduce((a, b) => (b.allocationExponent > a.allocationExponent ? b : a));
    console.log(`allocation exponents (load-independent): largest ${worst.allocationExponent.toFixed(2)} (${worst.pattern})${counted.length < rows.length ? `; not counted: ${rows.filter((r) => r.allocationExponent == null).map((r) => r.pattern).join(', ')}` : ''}`);
  }
  mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  writeFileSync(new URL('./results/scale.json', import.meta.url), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, base, rows }, null, 2)}\n`);
}

// Run only as a script: bench/scaleInstructions.mjs imports PATTERNS from here.
// (the script's real path: import.meta.url has symlinks resolved, process.argv[1] not)
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  if (argv[0] === '--child') await child(argv[1], Number(argv[3]), argv[4] === '--stages-file' ? argv[5] : null);
  else await parent();
}

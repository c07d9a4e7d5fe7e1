/**
 * Steady-state instructions of a window of analyses in ONE process (perf44): callgrind runs the
 * warm-up uninstrumented, is turned on after `--from` analyses (callgrind_control), zeroes its
 * counters when the child calls `os.getPriority()` (libuv's `uv_os_getpriority`, which nothing
 * else calls) after `--from` analyses, and dumps them when it calls `os.uptime()` (`uv_uptime`)
 * after `--to`. The window's count is then read from one run, where the earlier method (two
 * cachegrind processes, W `to` and W `from`, subtracted) ran `to + from` analyses under valgrind
 * and added both runs' noise (import, hash seeds, where a GC falls).
 *
 * `node --single-threaded --predictable`, as the cachegrind methods of bench/HISTORY.md: the
 * compiler's and the collector's work is counted on the one thread. The corpus is
 * bench/analyze.bench.mjs's (the example articles cycled, " (copy n)" appended to each), analysed
 * with a time budget valgrind's slowness cannot trip. `--floor` runs bench A/B's floor instead: a
 * bare wink-nlp `readDoc` (default pipeline) and one `tokens().out()` per article, so that the two
 * windows give the steady A/B ratio in instructions, which the load does not move.
 *
 * Prints the window's instructions per analysis by category (bench/cachegrindShares.mjs's) and
 * the top functions by self cost (V8's builtins, runtime and collector; JIT code is `???`).
 *
 * Usage: node bench/steadyWindow.mjs [dist/index.js] [--from 400] [--to 600] [--floor] [--top 25] [--keep dir]
 * Needs valgrind (callgrind). Slow: 600 analyses take 15–40 min on a shared 2-core machine.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os, { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { CATEGORIES, PROGRAM } from './cachegrindShares.mjs';

const ARTICLES = 300;

/** bench/analyze.bench.mjs's corpus: each example article with " (copy n)" on its last line. */
function corpus() {
  const dir = new URL('../examples/corpus/', import.meta.url);
  const sources = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(new URL(f, dir), 'utf8'));
  return Array.from({ length: ARTICLES }, (_, i) => {
    const text = sources[i % sources.length];
    const body = text.replace(/\s+$/, '');
    return `${body} (copy ${i + 1})${text.slice(body.length)}`;
  });
}

/** Child (under callgrind): `from` runs, zero the counters, `to − from` runs, dump. */
async function child(dist, from, to, floor, markerDir) {
  const texts = corpus();
  let run;
  if (floor) {
    const require = createRequire(import.meta.url);
    const nlp = require('wink-nlp')(require('wink-eng-lite-web-model'));
    run = (text) => nlp.readDoc(text).tokens().out().length;
  } else {
    const { analyzeArticle } = await import(pathToFileURL(resolve(dist)).href);
    run = (text) => analyzeArticle(text, { timeBudgetMs: 1e9 }).metrics.words;
  }
  let sink = 0;
  let n = 0;
  for (; n < from; n++) sink += run(texts[n % ARTICLES]);
  // callgrind started with instrumentation off (the warm-up runs ≈ 10× faster): turned on by
  // callgrind_control, which reaches the process through valgrind's gdbserver, polled while
  // the process runs guest code: spin (uncounted: the counters are zeroed below) until it is done.
  const done = join(markerDir, `on.${process.pid}`);
  spawn('sh', ['-c', `callgrind_control -i on ${process.pid} > /dev/null 2>&1; touch ${done}`], { stdio: 'ignore', detached: true }).unref();
  while (!existsSync(done)) for (let i = 0; i < 10_000; i++) sink += i & 1;
  os.getPriority(); // callgrind: --zero-before=uv_os_getpriority
  for (; n < to; n++) sink += run(texts[n % ARTICLES]);
  os.uptime(); // callgrind: --dump-before=uv_uptime
  if (sink === 0) throw new Error('no words analysed');
}

/**
 * A callgrind function name as cachegrind's: a recursion level (`'2`) dropped, code without a
 * symbol (JIT code: callgrind names it by its address) as `???`.
 */
function nameOf(name) {
  if (/^0x[0-9a-f]+$/.test(name)) return '???';
  return name.replace(/'\d+$/, '');
}

/**
 * Self instructions per function of a callgrind dump (names compressed as `fn=(id) name`; the
 * cost line after `calls=` is the call's inclusive cost and is skipped), and the dump's summary.
 */
function selfCosts(file) {
  const names = new Map();
  const self = new Map();
  let fn = '';
  let skipNext = false;
  let summary = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const c = line.charCodeAt(0);
    if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 42) {
      if (skipNext) skipNext = false;
      else {
        const ir = Number(line.slice(line.lastIndexOf(' ') + 1));
        self.set(fn, (self.get(fn) ?? 0) + ir);
      }
    } else if (line.startsWith('fn=')) {
      const m = /^fn=\((\d+)\)(?: (.*))?$/.exec(line);
      if (m) {
        if (m[2] !== undefined) names.set(m[1], nameOf(m[2]));
        fn = names.get(m[1]) ?? m[1];
      } else fn = nameOf(line.slice(3));
    } else if (line.startsWith('calls=')) skipNext = true;
    else if (line.startsWith('summary:')) summary = Number(line.slice(8));
    // (cfn= names the callee and may define a compressed name too)
    else if (line.startsWith('cfn=')) {
      const m = /^cfn=\((\d+)\) (.*)$/.exec(line);
      if (m) names.set(m[1], nameOf(m[2]));
    }
  }
  return { self, summary };
}

function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { from: { type: 'string', default: '400' }, to: { type: 'string', default: '600' }, floor: { type: 'boolean', default: false }, top: { type: 'string', default: '25' }, keep: { type: 'string' }, child: { type: 'boolean', default: false } },
  });
  const dist = positionals[0] ?? 'dist/index.js';
  const from = Number(values.from);
  const to = Number(values.to);
  if (values.child) return child(dist, from, to, values.floor, values.keep);
  const dir = values.keep ?? mkdtempSync(join(tmpdir(), 'steady-window-'));
  mkdirSync(dir, { recursive: true });
  const args = ['--tool=callgrind', '--instr-atstart=no', `--callgrind-out-file=${join(dir, 'callgrind.%p')}`, '--zero-before=uv_os_getpriority', '--dump-before=uv_uptime', process.execPath, '--single-threaded', '--predictable', fileURLToPath(import.meta.url), dist, '--child', '--from', String(from), '--to', String(to), '--keep', dir];
  if (values.floor) args.push('--floor');
  execFileSync('valgrind', args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  // the dump the trigger wrote is the numbered one (the file without a number holds the rest of the run)
  const dump = readdirSync(dir).find((f) => /^callgrind\.\d+\.1$/.test(f));
  if (!dump) throw new Error(`no window dump in ${dir}`);
  const { self, summary } = selfCosts(join(dir, dump));
  const per = (n) => (n / (to - from) / 1e6).toFixed(2).padStart(10);
  const byCategory = new Map();
  for (const [name, ir] of self) {
    const category = CATEGORIES.find(([, re]) => re.test(name))?.[0] ?? 'other';
    byCategory.set(category, (byCategory.get(category) ?? 0) + ir);
  }
  let program = 0;
  for (const [c, ir] of byCategory) if (PROGRAM.has(c)) program += ir;
  console.log(`${values.floor ? 'floor (wink readDoc + tokens)' : dist}: analyses ${from}–${to}, M instructions per analysis (window ${(summary / 1e6).toFixed(1)} M)`);
  for (const [c, ir] of [...byCategory].sort((a, b) => b[1] - a[1])) console.log(`${c.padEnd(36)}${per(ir)}`);
  console.log(`${'program (jit code + builtins + gc)'.padEnd(36)}${per(program)}`);
  console.log(`${'total'.padEnd(36)}${per(summary)}\n\nTop functions by self cost (M per analysis, share of the window):`);
  for (const [name, ir] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top))) console.log(`${per(ir)} ${((100 * ir) / summary).toFixed(2).padStart(6)} %  ${name.slice(0, 110)}`);
  if (values.keep === undefined) rmSync(dir, { recursive: true, force: true });
  return undefined;
}

await main();

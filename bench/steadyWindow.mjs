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
 *        node bench/steadyWindow.mjs --read dir/callgrind.<pid>.1 --from 400 --to 600 (an earlier run's window, read again;
 *        any dump number of that process, e.g. bench/tailStages.mjs' four windows, with the process's JIT map)
 * --js: JIT code named by JS function (node's --perf-basic-prof map, through the chunk's source map);
 * --callers Builtins_LoadIC,halfsiphash: the callers of those functions, by inclusive cost;
 * --cache: callgrind's cache and branch simulation too (D1/LL misses, mispredicted branches per 1,000 Ir).
 * Needs valgrind (callgrind). Slow: 600 analyses take 15–40 min on a shared 2-core machine.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire, SourceMap } from 'node:module';
import os, { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
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
 * symbol (JIT code: callgrind names it by its address) as `???`, or, with `jsName` (from node's
 * `--perf-basic-prof` map), as the JS function whose code holds that address.
 */
function nameOf(name, jsName) {
  const plain = name.replace(/'\d+$/, '');
  if (!/^0x[0-9a-f]+$/.test(plain)) return plain;
  return jsName?.(Number.parseInt(plain, 16)) ?? '???';
}

/**
 * Self instructions per function of a callgrind dump (names compressed as `fn=(id) name`; the
 * cost line after `calls=` is the call's inclusive cost: kept apart, per callee and caller, in
 * `calls`), and the dump's summary.
 */
function selfCosts(file, jsName) {
  const names = new Map();
  const self = new Map();
  const selfEvents = new Map();
  const calls = new Map();
  let fn = '';
  let callee = '';
  let inCall = false;
  let summary = 0;
  let events = [];
  let eventNames = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const c = line.charCodeAt(0);
    if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 42) {
      // (the first event, Ir, follows the position; with --cache more events follow it, trailing zeros left out)
      const from = line.indexOf(' ') + 1;
      const to = line.indexOf(' ', from);
      const ir = Number(to < 0 ? line.slice(from) : line.slice(from, to));
      if (inCall) {
        inCall = false;
        const key = `${callee}\t${fn}`;
        calls.set(key, (calls.get(key) ?? 0) + ir);
      } else {
        self.set(fn, (self.get(fn) ?? 0) + ir);
        if (to >= 0) {
          let v = selfEvents.get(fn);
          if (!v) selfEvents.set(fn, (v = []));
          const fields = line.slice(from).split(' ');
          for (let i = 0; i < fields.length; i++) v[i] = (v[i] ?? 0) + Number(fields[i]);
        }
      }
    } else if (line.startsWith('fn=')) {
      const m = /^fn=\((\d+)\)(?: (.*))?$/.exec(line);
      if (m) {
        if (m[2] !== undefined) names.set(m[1], nameOf(m[2], jsName));
        fn = names.get(m[1]) ?? m[1];
      } else fn = nameOf(line.slice(3), jsName);
    } else if (line.startsWith('calls=')) inCall = true;
    else if (line.startsWith('summary:')) {
      events = line.slice(8).trim().split(' ').map(Number);
      summary = events[0];
    } else if (line.startsWith('events:')) eventNames = line.slice(7).trim().split(' ');
    else if (line.startsWith('cfn=')) {
      // (cfn= names the callee and may define a compressed name too)
      const m = /^cfn=\((\d+)\)(?: (.*))?$/.exec(line);
      if (m) {
        if (m[2] !== undefined) names.set(m[1], nameOf(m[2], jsName));
        callee = names.get(m[1]) ?? m[1];
      } else callee = nameOf(line.slice(4), jsName);
    }
  }
  return { self, selfEvents, eventNames, calls, summary, events: new Map(eventNames.map((e, i) => [e, events[i] ?? 0])) };
}

/**
 * Address → JS function name, from node's `--perf-basic-prof` map of process `pid` (code address,
 * size, `JS:*name url:line:col`), names of a bundled chunk read through its source map (the ES
 * build is minified): `name src/file.ts:line`.
 */
function jsNamesOf(file) {
  if (!existsSync(file)) return undefined;
  const ranges = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^([0-9a-f]+) ([0-9a-f]+) (.*)$/.exec(line);
    if (m) ranges.push([Number.parseInt(m[1], 16), Number.parseInt(m[2], 16), m[3]]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const maps = new Map();
  const named = new Map();
  const readable = (raw) => {
    let out = named.get(raw);
    if (out !== undefined) return out;
    out = raw;
    const m = /^JS:([*~^+-]?)(\S*) (file:\/\/\S+):(\d+):(\d+)$/.exec(raw);
    if (m) {
      const url = m[3];
      if (!maps.has(url)) {
        let map = null;
        try {
          map = new SourceMap(JSON.parse(readFileSync(`${fileURLToPath(url)}.map`, 'utf8')));
        } catch {
          // no map: the name as V8 gives it
        }
        maps.set(url, map);
      }
      const entry = maps.get(url)?.findEntry(Number(m[4]) - 1, Number(m[5]) - 1);
      out = entry?.originalSource ? `${m[1]}${entry.name ?? m[2]} ${entry.originalSource.replace(/^.*?\/(src|node_modules)\//, '$1/')}:${entry.originalLine + 1}` : `${m[1]}${m[2] || '(anonymous)'} ${url.split('/').pop()}:${m[4]}`;
    }
    named.set(raw, out);
    return out;
  };
  return (address) => {
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ranges[mid][0] <= address) lo = mid + 1;
      else hi = mid - 1;
    }
    const r = ranges[hi];
    return r !== undefined && address < r[0] + r[1] ? readable(r[2]) : undefined;
  };
}

function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { from: { type: 'string', default: '400' }, to: { type: 'string', default: '600' }, floor: { type: 'boolean', default: false }, top: { type: 'string', default: '25' }, keep: { type: 'string' }, read: { type: 'string' }, js: { type: 'boolean', default: false }, callers: { type: 'string', default: '' }, cache: { type: 'boolean', default: false }, child: { type: 'boolean', default: false } },
  });
  const dist = positionals[0] ?? 'dist/index.js';
  const from = Number(values.from);
  const to = Number(values.to);
  if (values.child) return child(dist, from, to, values.floor, values.keep);
  // --read: the window dump of an earlier run (its --from, --to and --floor given again), no new run
  const callers = values.callers === '' ? [] : values.callers.split(',');
  if (values.read !== undefined) {
    const map = join(dirname(values.read), `perf-${/callgrind\.(\d+)\.\d+$/.exec(values.read)?.[1]}.map`);
    return report(values.read, from, to, values.floor ? 'floor (wink readDoc + tokens)' : dist, Number(values.top), jsNamesOf(map), callers);
  }
  const dir = resolve(values.keep ?? mkdtempSync(join(tmpdir(), 'steady-window-')));
  mkdirSync(dir, { recursive: true });
  const args = ['--tool=callgrind', '--instr-atstart=no', ...(values.cache ? ['--cache-sim=yes', '--branch-sim=yes'] : []), `--callgrind-out-file=${join(dir, 'callgrind.%p')}`, '--zero-before=uv_os_getpriority', '--dump-before=uv_uptime', process.execPath, '--single-threaded', '--predictable', ...(values.js ? ['--perf-basic-prof'] : []), fileURLToPath(import.meta.url), resolve(dist), '--child', '--from', String(from), '--to', String(to), '--keep', dir];
  if (values.floor) args.push('--floor');
  // (in `dir`: with --perf-basic-prof V8 also writes an isolate log to its working directory)
  execFileSync('valgrind', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  // the dump the trigger wrote is the numbered one (the file without a number holds the rest of the run)
  const dump = readdirSync(dir).find((f) => /^callgrind\.\d+\.1$/.test(f));
  if (!dump) throw new Error(`no window dump in ${dir}`);
  // node writes its map to /tmp: moved next to the dump, for --read
  const pid = /^callgrind\.(\d+)\.1$/.exec(dump)[1];
  if (values.js) renameSync(`/tmp/perf-${pid}.map`, join(dir, `perf-${pid}.map`));
  const jsName = values.js ? jsNamesOf(join(dir, `perf-${pid}.map`)) : undefined;
  report(join(dir, dump), from, to, values.floor ? 'floor (wink readDoc + tokens)' : dist, Number(values.top), jsName, callers);
  if (values.keep === undefined) rmSync(dir, { recursive: true, force: true });
  return undefined;
}

/** A JS function's name as `jsNamesOf` gives it (V8's tier mark first) or a compiled regular expression. */
const JS_NAME = /^(?:[*~^+-]\S|RegExp:|JS:)/;

/** Prints a window dump's instructions per analysis by category and its top functions by self cost. */
function report(file, from, to, what, top, jsName, callers) {
  const { self, selfEvents, eventNames, calls, summary, events } = selfCosts(file, jsName);
  const per = (n) => (n / (to - from) / 1e6).toFixed(2).padStart(10);
  const byCategory = new Map();
  for (const [name, ir] of self) {
    const category = JS_NAME.test(name) ? 'jit code' : (CATEGORIES.find(([, re]) => re.test(name))?.[0] ?? 'other');
    byCategory.set(category, (byCategory.get(category) ?? 0) + ir);
  }
  let program = 0;
  for (const [c, ir] of byCategory) if (PROGRAM.has(c)) program += ir;
  console.log(`${what}: analyses ${from}–${to}, M instructions per analysis (window ${(summary / 1e6).toFixed(1)} M)`);
  for (const [c, ir] of [...byCategory].sort((a, b) => b[1] - a[1])) console.log(`${c.padEnd(36)}${per(ir)}`);
  console.log(`${'program (jit code + builtins + gc)'.padEnd(36)}${per(program)}`);
  console.log(`${'total'.padEnd(36)}${per(summary)}`);
  // --cache: the simulated caches' and branch predictor's events of the window (callgrind's names)
  if (events.size > 1) for (const [e, n] of events) console.log(`${e.padEnd(36)}${per(n)}${e === 'Ir' ? '' : `  (${((1000 * n) / summary).toFixed(2)} per 1,000 Ir)`}`);
  // --cache with --js: the events per part of the program (JIT code by src/ folder, wink, the rest)
  if (events.size > 1 && jsName !== undefined) {
    const parts = new Map();
    for (const [name, v] of selfEvents) {
      const where = JS_NAME.test(name) ? (/ (src\/[^/:]+|node_modules\/[^/]+)/.exec(name)?.[1] ?? 'other JS') : 'builtins, runtime, compiler, GC';
      let p = parts.get(where);
      if (!p) parts.set(where, (p = []));
      for (let i = 0; i < v.length; i++) p[i] = (p[i] ?? 0) + v[i];
    }
    const col = (e) => eventNames.indexOf(e);
    console.log(`\n${'part (self)'.padEnd(36)}${'M Ir'.padStart(10)}${'I1mr‰'.padStart(8)}${'D1mr‰'.padStart(8)}${'Bcm‰'.padStart(8)}`);
    for (const [where, p] of [...parts].sort((a, b) => b[1][0] - a[1][0]).slice(0, 14)) {
      const per1k = (e) => (col(e) < 0 ? '' : ((1000 * (p[col(e)] ?? 0)) / p[0]).toFixed(1)).padStart(8);
      console.log(`${where.padEnd(36)}${per(p[0])}${per1k('I1mr')}${per1k('D1mr')}${per1k('Bcm')}`);
    }
  }
  console.log(`\nTop functions by self cost (M per analysis, share of the window):`);
  for (const [name, ir] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${per(ir)} ${((100 * ir) / summary).toFixed(2).padStart(6)} %  ${name.slice(0, 110)}`);
  // --callers: who calls a builtin (with --js, by JS function), by the inclusive cost of the calls
  for (const callee of callers) {
    console.log(`\nCallers of ${callee} (inclusive, M per analysis):`);
    const rows = [...calls].filter(([k]) => k.startsWith(`${callee}\t`)).sort((a, b) => b[1] - a[1]).slice(0, top);
    for (const [k, ir] of rows) console.log(`${per(ir)} ${((100 * ir) / summary).toFixed(2).padStart(6)} %  ${k.slice(callee.length + 1, callee.length + 111)}`);
  }
}

await main();

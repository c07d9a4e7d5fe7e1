/**
 * Where a warmed-up process's CPU time goes, by tier of code (perf48): TurboFan code, Sparkplug, the interpreter,
 * V8's builtins (Map/Set lookups and inline caches apart), regular expression code, the runtime, GC and compiler on
 * the main thread, and the other threads (concurrent TurboFan, GC helpers). Instruction counts (bench/steadyWindow.mjs)
 * say how much work runs; this says where the clock goes, which is not the same where code waits on memory.
 *
 * Method: Linux `perf record -e cpu-clock -g` (a software clock: no hardware counters needed) attached to this
 * process after `--from` analyses of bench/analyze.bench.mjs's corpus, for `--count` more; node runs with
 * `--perf-basic-prof`, so JIT code is named by JS function (tier mark `*` TurboFan, `^` Sparkplug, `~` interpreted),
 * then mapped through the chunk's source map to src/ names. `--floor` runs bench A/B's B instead (bare wink-nlp
 * `readDoc`, default pipeline, and `tokens().out()`). `--leaf RE`: the samples whose innermost frame matches RE,
 * counted by the innermost JS function on their stack (who calls that builtin).
 *
 * Usage: node bench/cpuTiers.mjs [dist/index.js] [--floor] [--from 600] [--count 1200] [--top 25] [--leaf 'FindOrderedHash']
 * Needs `perf` (linux-tools) and a perf_event_paranoid that lets a process record itself (≤ 2).
 * Timed shares move with the machine's load (a loaded machine evicts caches more): compare runs made minutes apart.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire, SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const { values: opt, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    floor: { type: 'boolean' },
    from: { type: 'string', default: '600' },
    count: { type: 'string', default: '1200' },
    top: { type: 'string', default: '25' },
    leaf: { type: 'string' },
  },
});

if (!process.execArgv.includes('--perf-basic-prof')) {
  // JIT code names need node's perf map: run again with it (the V8 log that flag also opens goes to a temporary file)
  const log = join(tmpdir(), `cpu-tiers-${process.pid}.log`);
  const r = spawnSync(process.execPath, ['--perf-basic-prof', '--no-logfile-per-isolate', `--logfile=${log}`, ...process.argv.slice(1)], { stdio: 'inherit' });
  rmSync(log, { force: true });
  process.exit(r.status ?? 1);
}

/** bench/analyze.bench.mjs's corpus: each example article with " (copy n)" on its last line. */
function corpus() {
  const dir = new URL('../examples/corpus/', import.meta.url);
  const sources = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(new URL(f, dir), 'utf8'));
  return Array.from({ length: 300 }, (_, i) => {
    const text = sources[i % sources.length];
    const body = text.replace(/\s+$/, '');
    return `${body} (copy ${i + 1})${text.slice(body.length)}`;
  });
}

let run;
if (opt.floor) {
  const require = createRequire(import.meta.url);
  const nlp = require('wink-nlp')(require('wink-eng-lite-web-model'));
  run = (text) => nlp.readDoc(text).tokens().out().length;
} else {
  const { analyzeArticle } = await import(pathToFileURL(resolve(positionals[0] ?? 'dist/index.js')).href);
  run = (text) => analyzeArticle(text).metrics.words;
}
const texts = corpus();
const from = Number(opt.from);
const count = Number(opt.count);
let sink = 0;
let n = 0;
for (; n < from; n++) sink += run(texts[n % texts.length]);

const data = join(tmpdir(), `cpu-tiers-${process.pid}.data`);
const perf = spawn('perf', ['record', '-q', '-g', '-e', 'cpu-clock', '-F', '2000', '-p', String(process.pid), '-o', data], { stdio: 'inherit' });
await new Promise((r) => setTimeout(r, 1500)); // perf attaches
const c0 = process.cpuUsage();
for (let i = 0; i < count; i++, n++) sink += run(texts[n % texts.length]);
const cpu = process.cpuUsage(c0);
perf.kill('SIGINT');
await new Promise((r) => perf.on('exit', r));
if (sink === 0) throw new Error('no words analysed');

const script = spawnSync('perf', ['script', '-i', data, '-F', 'tid,ip,sym'], { encoding: 'utf8', maxBuffer: 1 << 30 }).stdout;
rmSync(data, { force: true });
rmSync(join(tmpdir(), `perf-${process.pid}.map`), { force: true });

const maps = new Map();
/** A perf-map JS name (`JS:*name file:///…/chunk.js:L:C`) as its tier mark, src/ name and line. */
function jsName(frame) {
  const m = /JS:([*^~]?)(\S*) (?:file:\/\/)?(\S+?):(\d+):(\d+)/.exec(frame);
  if (!m) return frame;
  if (!maps.has(m[3])) {
    try {
      maps.set(m[3], new SourceMap(JSON.parse(readFileSync(`${m[3]}.map`, 'utf8'))));
    } catch {
      maps.set(m[3], null);
    }
  }
  const e = maps.get(m[3])?.findEntry(Number(m[4]) - 1, Number(m[5]) - 1);
  const where = e?.originalSource ? `${e.originalSource.replace(/^.*\/(?:src|node_modules)\//, '')}:${e.originalLine + 1}` : `${m[3].replace(/^.*\//, '')}:${m[4]}`;
  return `${m[1]}${e?.name ?? m[2]} (${where})`;
}

/** The tier of a main-thread sample by its innermost frame's symbol. */
function tier(sym) {
  if (sym.startsWith('JS:*')) return 'JS, TurboFan code';
  if (sym.startsWith('JS:^')) return 'JS, Sparkplug code';
  if (sym.startsWith('JS:~') || /InterpreterEntry|BytecodeHandler|Bytecode/.test(sym)) return 'JS, interpreter';
  if (sym.startsWith('RegExp:')) return 'regular expression code';
  if (/FindOrderedHash/.test(sym)) return 'builtins: Map/Set lookups';
  if (/LoadIC|StoreIC|KeyedLoad|KeyedStore|DefineNamedOwnIC/.test(sym)) return 'builtins: property access ICs';
  if (sym.startsWith('Builtins_')) return 'builtins: other';
  if (/compiler::|Pipeline|Turbofan/.test(sym)) return 'compiler';
  if (/Scaveng|Heap::|MarkCompact|Sweep|Evacuat|Marking|heap::/.test(sym)) return 'GC';
  if (/halfsiphash|StringTable|String::/.test(sym)) return 'runtime: string hashing, string table';
  if (/^v8::|^node::|^icu/.test(sym)) return 'runtime: other C++';
  return 'kernel, libc, unknown';
}

const tiers = new Map();
const self = new Map();
const callers = new Map();
const leaf = opt.leaf ? new RegExp(opt.leaf) : null;
let total = 0;
let other = 0;
const mainTid = String(process.pid);
for (const block of script.split(/\n\s*\n/)) {
  // (a sample: its thread id on a line, then its stack, innermost frame first, one `ip symbol` a line)
  const lines = block.trim().split('\n').map((l) => l.trim());
  const frame = /^[0-9a-f]+\s+(.*)$/.exec(lines[1] ?? '');
  if (!/^\d+$/.test(lines[0]) || !frame) continue;
  total++;
  if (lines[0] !== mainTid) {
    other++;
    continue;
  }
  const sym = frame[1];
  const t = tier(sym);
  tiers.set(t, (tiers.get(t) ?? 0) + 1);
  const name = sym.startsWith('JS:') ? jsName(sym) : sym.replace(/\(.*$/, '');
  self.set(name, (self.get(name) ?? 0) + 1);
  if (leaf?.test(sym)) {
    const js = lines.slice(2).map((l) => l.replace(/^[0-9a-f]+\s+/, '')).find((l) => l.startsWith('JS:'));
    const who = js ? jsName(js) : '(no JS frame)';
    callers.set(who, (callers.get(who) ?? 0) + 1);
  }
}
const pct = (k) => `${((100 * k) / total).toFixed(2).padStart(6)} %`;
console.log(`${opt.floor ? 'floor (bare wink-nlp readDoc)' : positionals[0] ?? 'dist/index.js'}: ${count} analyses after ${from}, ${((cpu.user + cpu.system) / 1000 / count).toFixed(3)} ms CPU each, ${total} samples`);
console.log('\nby tier (main thread), and the other threads:');
for (const [k, v] of [...tiers].sort((a, b) => b[1] - a[1])) console.log(`${pct(v)}  ${k}`);
console.log(`${pct(other)}  other threads (concurrent compiler, GC helpers)`);
console.log(`\ntop ${opt.top} by self samples (main thread):`);
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(opt.top))) console.log(`${pct(v)}  ${k}`);
if (leaf) {
  console.log(`\nsamples in /${opt.leaf}/ by the innermost JS function on the stack:`);
  for (const [k, v] of [...callers].sort((a, b) => b[1] - a[1]).slice(0, Number(opt.top))) console.log(`${pct(v)}  ${k}`);
}

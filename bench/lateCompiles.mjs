/**
 * Which functions TurboFan compiles after the warm-up, and which optimised code is thrown away (perf52): the JIT work
 * that still runs in `npm run bench`'s timed rounds (perf48: ≈ 7 % of A's CPU in analyses 600–1,800).
 *
 * Method: a child node runs bench/analyze.bench.mjs's corpus (the example articles cycled, " (copy n)" appended) in
 * blocks of `--block` analyses with `--trace-opt --trace-deopt` (V8 prints each compile with its time on the compiler
 * thread, and each deopt with its reason) and `--perf-basic-prof` (its perf map gives each minified function's place
 * in the chunk, mapped through the chunk's source map to a src/ name); the child prints a mark between blocks and the
 * CPU of the block (all threads: the compiler thread's work is on the process's clock). Per block: compiles, their
 * summed time, deopts; then, for the blocks from `--from`, the costliest compiles and every deopt by function.
 *
 * Usage: node bench/lateCompiles.mjs [dist/index.js] [--blocks 5] [--block 600] [--from 1] [--top 15]
 * Compile times are wall times of the compiler thread: on a loaded machine they stretch; counts and names do not.
 * Which deopts occur moves run to run (which documents reach optimised code first): run it two or three times.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const { values: opt, positionals } = parseArgs({
  allowPositionals: true,
  options: { blocks: { type: 'string', default: '5' }, block: { type: 'string', default: '600' }, from: { type: 'string', default: '1' }, top: { type: 'string', default: '15' }, child: { type: 'boolean' } },
});
const dist = resolve(positionals[0] ?? 'dist/index.js');

if (opt.child) {
  const { analyzeArticle } = await import(pathToFileURL(dist).href);
  const dir = new URL('../examples/corpus/', import.meta.url);
  const sources = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(new URL(f, dir), 'utf8'));
  const texts = Array.from({ length: 600 }, (_, i) => {
    const text = sources[i % sources.length];
    const body = text.replace(/\s+$/, '');
    return `${body} (copy ${i + 1})${text.slice(body.length)}`;
  });
  let n = 0;
  for (let b = 0; b < Number(opt.blocks); b++) {
    console.log(`#BLOCK ${b}`);
    const c0 = process.cpuUsage();
    for (let i = 0; i < Number(opt.block); i++, n++) analyzeArticle(texts[n % texts.length]);
    const c = process.cpuUsage(c0);
    console.log(`#CPU ${b} ${(c.user + c.system) / 1000 / Number(opt.block)}`);
  }
  console.log(`#PID ${process.pid}`);
  process.exit(0);
}

const args = ['--trace-opt', '--trace-deopt', '--perf-basic-prof', '--no-logfile-per-isolate', `--logfile=${join('/tmp', `late-compiles-${process.pid}.log`)}`];
const r = spawnSync(process.execPath, [...args, new URL(import.meta.url).pathname, dist, '--child', '--blocks', opt.blocks, '--block', opt.block], { encoding: 'utf8', maxBuffer: 1 << 28 });
rmSync(join('/tmp', `late-compiles-${process.pid}.log`), { force: true });
if (r.status !== 0) throw new Error(r.stderr || `child exited ${r.status}`);
const lines = r.stdout.split('\n');
const pid = lines.find((l) => l.startsWith('#PID '))?.slice(5);
const perfMap = `/tmp/perf-${pid}.map`;

// Minified name → its place in the chunk (the perf map's first entry of that name), then → src/ name through the source map.
const where = new Map();
for (const l of readFileSync(perfMap, 'utf8').split('\n')) {
  const m = /JS:[*^~]?(\S*) (?:file:\/\/)?(\S+?):(\d+):(\d+)$/.exec(l);
  if (m && m[1] && !where.has(m[1])) where.set(m[1], [m[2], Number(m[3]), Number(m[4])]);
}
rmSync(perfMap, { force: true });
const maps = new Map();
function srcName(min) {
  const w = where.get(min);
  if (!w) return min;
  if (!maps.has(w[0])) {
    try {
      maps.set(w[0], new SourceMap(JSON.parse(readFileSync(`${w[0]}.map`, 'utf8'))));
    } catch {
      maps.set(w[0], null);
    }
  }
  const e = maps.get(w[0])?.findEntry(w[1] - 1, w[2] - 1);
  return e?.originalSource ? `${e.name ?? min} (${e.originalSource.replace(/^.*\/(?:src|node_modules)\//, '')}:${e.originalLine + 1})` : `${min} (${w[0].replace(/^.*\//, '')}:${w[1]})`;
}

const blocks = [];
let cur = null;
for (const l of lines) {
  let m = /^#BLOCK (\d+)/.exec(l);
  if (m) blocks.push((cur = { compiles: [], deopts: [], cpu: 0 }));
  else if ((m = /^#CPU \d+ (\S+)/.exec(l))) cur.cpu = Number(m[1]);
  else if (cur && (m = /completed compiling .*?<JSFunction (\S*) .*took ([\d.]+), ([\d.]+), ([\d.]+) ms/.exec(l))) cur.compiles.push([Number(m[2]) + Number(m[3]) + Number(m[4]), m[1]]);
  else if (cur && (m = /bailout \(kind: ([^,]+), reason: ([^)]*)\).*?<JSFunction (\S*) .*bytecode offset (\d+)/.exec(l))) cur.deopts.push(`${srcName(m[3])}: ${m[1]}, ${m[2]} (bytecode offset ${m[4]})`);
}
const size = Number(opt.block);
blocks.forEach((b, i) => {
  const ms = b.compiles.reduce((s, c) => s + c[0], 0);
  console.log(`analyses ${i * size}–${(i + 1) * size}: ${b.cpu.toFixed(2)} ms CPU each; ${b.compiles.length} TurboFan compiles, ${ms.toFixed(0)} ms (${(ms / size).toFixed(3)} ms per analysis); ${b.deopts.length} deopts`);
});
for (let i = Number(opt.from); i < blocks.length; i++) {
  const b = blocks[i];
  console.log(`\nanalyses ${i * size}–${(i + 1) * size}, costliest compiles:`);
  for (const [ms, min] of [...b.compiles].sort((x, y) => y[0] - x[0]).slice(0, Number(opt.top))) console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${srcName(min)}`);
  for (const d of b.deopts) console.log(`  deopt: ${d}`);
}

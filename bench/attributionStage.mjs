/**
 * The attribution stage alone (`findAttributions`), timed and profiled apart from the rest of the analysis
 * (perf55). `npm run bench:stages` gives the stage's share; this says which of its functions take the time, and
 * compares two source trees on the stage alone, where a change to it is a larger part of what is timed.
 *
 * Builds each source tree's stage (readDocument, segmentDocument, findAttributions; syntax minified as the package
 * is, names kept, with a source map, so the profile names src/ functions) into bench/results/attribution-stage/. Timing: the builds in one
 * process, rounds alternating; each round reads its documents afresh (untimed), so the per-document memos start
 * empty as in an analysis, then times `findAttributions` over them (CPU). Prints each build's median and the
 * median of its per-round ratio to the current build (a round's load falls on both builds alike; which runs first
 * alternates by round; the bundle imported first has an edge, so run it again with `--base-first`); the outputs of the
 * first round are hashed, and the hashes must agree for a speed change. `--profile`: the V8 sampling profiler over
 * the first tree's stage after a warm-up, self and total time per function under `findAttributions` (inlined
 * functions apart, builtins charged to their JS caller) and self time per file.
 *
 * Usage: node bench/attributionStage.mjs [--base <other source tree root>] [--base-first] [--articles 100] [--rounds 30] [--warm 3]
 *        node bench/attributionStage.mjs --profile [--top 40]
 *        node bench/attributionStage.mjs --alloc [--base <tree>] [--articles 60]
 *        node bench/attributionStage.mjs --instructions [--base <tree>] [--articles 60] [--keep DIR] [--cache]
 * `--instructions` (perf63): each build in its own process under valgrind's callgrind (`--single-threaded
 * --predictable`, counting off during a warm-up of 1,200 documents), `findAttributions`' instructions per article over
 * documents read before the window: counts, not times, so the load does not move them (they miss what the clock
 * loses to cache misses; `--cache` adds callgrind's cache simulation). Builds of two trees differ by where they were
 * built (perf62: a worktree against an archive of the same commit, 10 %): compare trees made the same way and run a
 * same-code control. `--keep DIR`: the dumps and node's JIT map in DIR/current and DIR/base, for
 * `node bench/steadyWindow.mjs --read DIR/current/callgrind.<pid>.1 --from 0 --to <articles> --js`.
 * `--alloc` (perf57): bytes `findAttributions` allocates per article, per build, in a child process each: V8's
 * `--trace-gc-nvp` «allocated» summed over three windows, each between two forced collections, after five warm-up
 * passes. Counts, not times: the machine's load does not move them.
 * (another tree: a checkout or `git archive <commit> | tar -x -C <dir>`, its node_modules linked to this one's)
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import os from 'node:os';
import { createHash } from 'node:crypto';
import { Session } from 'node:inspector/promises';
import { SourceMap } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { cpuMs, exampleCorpus, median } from './exampleCorpus.mjs';
import { openCallgrindWindow } from './callgrindWindow.mjs';
import { build } from 'tsup';
import { tsImport } from 'tsx/esm/api';

const { values: opt } = parseArgs({
  options: {
    base: { type: 'string' },
    articles: { type: 'string', default: '100' },
    rounds: { type: 'string', default: '30' },
    warm: { type: 'string', default: '3' },
    'base-first': { type: 'boolean' },
    profile: { type: 'boolean' },
    top: { type: 'string', default: '40' },
    alloc: { type: 'boolean' },
    'alloc-child': { type: 'string' },
    instructions: { type: 'boolean' },
    keep: { type: 'string' },
    cache: { type: 'boolean' },
    'instructions-child': { type: 'string' },
  },
});
const root = fileURLToPath(new URL('../', import.meta.url));
const outRoot = join(root, 'bench/results/attribution-stage');

/** Builds the stage of the source tree at `tree` (a directory with src/, scripts/, package.json) as `name`; returns the bundle's path. */
async function buildStage(tree, name) {
  const dir = resolve(tree) + '/';
  const out = join(outRoot, name);
  mkdirSync(out, { recursive: true });
  const entry = join(out, 'entry.ts');
  writeFileSync(entry, ['document/readDocument', 'document/segments/segmentDocument', 'attribution/findAttributions'].map((m) => `export * from '${dir}src/${m}.js';\n`).join(''));
  const { winkCoreDataFromPackage } = await tsImport(`${dir}scripts/coldStartPlugins.ts`, import.meta.url);
  const { version } = JSON.parse(readFileSync(`${dir}package.json`, 'utf8'));
  await build({
    config: false,
    silent: true,
    entry: { stage: entry },
    format: ['esm'],
    outDir: out,
    target: 'es2022',
    platform: 'node',
    sourcemap: true,
    splitting: false,
    // (syntax minified as the package's bundles are, names kept: esbuild then inlines the constants it can, which
    // changes what the stage costs; perf63)
    minifySyntax: true,
    define: { __SLANTWISE_VERSION__: JSON.stringify(version) },
    external: ['wink-nlp', 'wink-eng-lite-web-model', 'zod', 'natural'],
    noExternal: [/eng-core-web-model\.json$/, /eng-cer-meta-model\.json$/, /^sentiment\/languages\//, /^natural\/lib\/natural\/distance\//],
    esbuildPlugins: [winkCoreDataFromPackage('esm')],
  });
  // (.js or .mjs by the nearest package.json's module type)
  return readdirSync(out).map((f) => join(out, f)).find((f) => /stage\.m?js$/.test(f));
}

const texts = exampleCorpus(Number(opt.articles));
if (opt['alloc-child']) {
  // (the child of `--alloc`, run with --expose-gc --trace-gc-nvp: marks its counted windows on stdout)
  const L = await import(pathToFileURL(opt['alloc-child']).href);
  const readAll = () => texts.map((t) => {
    const doc = L.readDocument(t);
    return [doc, L.segmentDocument(doc).segments];
  });
  for (let r = 0; r < 5; r++) for (const [doc, segs] of readAll()) L.findAttributions(doc, segs);
  for (let r = 0; r < 3; r++) {
    const docs = readAll();
    globalThis.gc();
    console.log('@@ start');
    for (const [doc, segs] of docs) L.findAttributions(doc, segs);
    console.log('@@ closing');
    globalThis.gc();
    console.log('@@ end');
  }
  process.exit(0);
}
if (opt['instructions-child']) {
  // (the child of `--instructions`, under callgrind: counting is turned on after the warm-up, zeroed before the
  // window, dumped after it)
  const L = await import(pathToFileURL(opt['instructions-child']).href);
  const readAll = () => texts.map((t) => {
    const doc = L.readDocument(t);
    return [doc, L.segmentDocument(doc).segments];
  });
  for (let n = 0; n < 1200; n += texts.length) for (const [doc, segs] of readAll()) L.findAttributions(doc, segs);
  const docs = readAll();
  let sink = openCallgrindWindow('attribution-stage');
  for (const [doc, segs] of docs) sink += L.findAttributions(doc, segs).attributions.length;
  os.uptime(); // callgrind: --dump-before=uv_uptime
  if (sink === 0) throw new Error('nothing found');
  process.exit(0);
}
const bundles = [await buildStage(root, 'current')];
if (opt.instructions) {
  if (opt.base) bundles.push(await buildStage(opt.base, 'base'));
  bundles.forEach((bundle, b) => {
    const name = b === 0 ? 'current' : 'base';
    const dir = opt.keep ? resolve(opt.keep, name) : mkdtempSync(join(os.tmpdir(), 'attribution-stage-'));
    mkdirSync(dir, { recursive: true });
    const sim = opt.cache ? ['--cache-sim=yes', '--branch-sim=yes'] : [];
    execFileSync('valgrind', ['--tool=callgrind', '--instr-atstart=no', ...sim, `--callgrind-out-file=${join(dir, 'callgrind.%p')}`, '--zero-before=uv_os_getpriority', '--dump-before=uv_uptime', process.execPath, '--single-threaded', '--predictable', '--expose-gc', ...(opt.keep ? ['--perf-basic-prof'] : []), fileURLToPath(import.meta.url), '--instructions-child', bundle, '--articles', opt.articles], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
    const dump = readdirSync(dir).find((f) => /^callgrind\.\d+\.1$/.test(f));
    const text = readFileSync(join(dir, dump), 'utf8');
    const events = /^events: (.*)$/m.exec(text)[1].split(' ');
    const totals = (/^(?:summary|totals): (.*)$/m.exec(text)[1]).split(' ').map(Number);
    const per = events.map((e, i) => `${e} ${(totals[i] / texts.length / 1e3).toFixed(1)} k`).join(', ');
    console.log(`${name}: findAttributions per article ${per} (${texts.length} articles, callgrind)`);
    if (!opt.keep) rmSync(dir, { recursive: true, force: true });
    else {
      const pid = /^callgrind\.(\d+)\./.exec(dump)[1];
      renameSync(`/tmp/perf-${pid}.map`, join(dir, `perf-${pid}.map`));
      console.log(`  dumps in ${dir}`);
    }
  });
  process.exit(0);
}
if (opt.alloc) {
  if (opt.base) bundles.push(await buildStage(opt.base, 'base'));
  bundles.forEach((bundle, i) => {
    const child = spawnSync(process.execPath, ['--expose-gc', '--trace-gc-nvp', fileURLToPath(import.meta.url), '--alloc-child', bundle, '--articles', opt.articles], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (child.status !== 0) throw new Error(child.stderr);
    const windows = [];
    let bytes = null;
    for (const line of child.stdout.split('\n')) {
      if (line.startsWith('@@ start')) bytes = 0;
      else if (line.startsWith('@@ end')) {
        windows.push(bytes / texts.length / 1024);
        bytes = null;
      } else if (bytes !== null && line.includes(' gc=')) bytes += Number(/\ballocated=(\S+)/.exec(line)?.[1] ?? 0);
    }
    console.log(`${i === 0 ? 'current' : 'base'}: ${windows.map((kb) => kb.toFixed(1)).join(' / ')} KB allocated by findAttributions per article (${texts.length} articles, three windows)`);
  });
  process.exit(0);
}
if (opt.base) bundles.push(await buildStage(opt.base, 'base'));
// (the build loaded first has an edge: run both orders)
const libs = [];
for (const i of opt['base-first'] && bundles.length > 1 ? [1, 0] : [0, 1].slice(0, bundles.length)) libs[i] = await import(pathToFileURL(bundles[i]).href);
const read = (L) => texts.map((t) => {
  const doc = L.readDocument(t);
  return [doc, L.segmentDocument(doc).segments];
});

if (opt.profile) {
  const L = libs[0];
  // (a long warm-up: the rule functions rare constructions call are compiled by TurboFan only after hundreds of
  // documents, and a profile taken before shows them in the baseline tier, larger than they are)
  for (let n = 0; n < 1000; n += texts.length) for (const [doc, segs] of read(L)) L.findAttributions(doc, segs);
  const docs = Array.from({ length: Math.ceil(600 / texts.length) }, () => read(L));
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  const c0 = process.cpuUsage();
  for (const round of docs) for (const [doc, segs] of round) L.findAttributions(doc, segs);
  const cpu = cpuMs(process.cpuUsage(c0)) / (docs.length * texts.length);
  const { profile } = await session.post('Profiler.stop');
  const map = new SourceMap(JSON.parse(readFileSync(`${bundles[0]}.map`, 'utf8')));
  const nameOf = (cf) => {
    if (!/stage\.m?js$/.test(cf.url)) return null;
    const e = map.findEntry(cf.lineNumber, cf.columnNumber);
    return e?.originalSource ? `${cf.functionName || '(anonymous)'} ${e.originalSource.replace(/^.*\/src\//, '')}:${e.originalLine + 1}` : null;
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const time = new Map();
  profile.samples.forEach((id, i) => time.set(id, (time.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0)));
  const self = new Map();
  const total = new Map();
  const files = new Map();
  let stage = 0;
  for (const [id, t] of time) {
    const stack = [];
    for (let x = id; x !== undefined; x = parent.get(x)) stack.push(nameOf(byId.get(x).callFrame));
    const top = stack.findIndex((s) => s?.startsWith('findAttributions '));
    if (top < 0) continue;
    stage += t;
    const own = stack.find((s) => s !== null);
    self.set(own, (self.get(own) ?? 0) + t);
    const file = own.replace(/^\S+ (.*):\d+$/, '$1');
    files.set(file, (files.get(file) ?? 0) + t);
    for (const s of new Set(stack.slice(0, top + 1))) if (s) total.set(s, (total.get(s) ?? 0) + t);
  }
  const share = (t) => `${((100 * t) / stage).toFixed(1).padStart(5)} %`;
  console.log(`findAttributions: ${cpu.toFixed(3)} ms CPU per article with the profiler on (${docs.length} × ${texts.length} articles after 1,000; shares of the samples under it)`);
  for (const [title, m] of [['self time by function', self], ['total time by function', total], ['self time by file', files]]) {
    console.log(`\n${title}:`);
    for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, Number(opt.top))) console.log(`${share(v)}  ${k}`);
  }
} else {
  const times = libs.map(() => []);
  const W = Number(opt.warm);
  for (let r = 0; r < W + Number(opt.rounds); r++) {
    // (which build runs first in a round alternates)
    for (const i of r % 2 === 0 ? libs.keys() : [...libs.keys()].reverse()) {
      const L = libs[i];
      const docs = read(L);
      const out = r === 0 ? [] : null;
      const c0 = process.cpuUsage();
      for (const [doc, segs] of docs) {
        const x = L.findAttributions(doc, segs);
        if (out) out.push(x);
      }
      const ms = cpuMs(process.cpuUsage(c0)) / texts.length;
      if (out) console.log(`${i === 0 ? 'current' : 'base'}: output ${createHash('sha256').update(JSON.stringify(out)).digest('hex').slice(0, 16)}`);
      if (r >= W) times[i].push(ms);
    }
  }
  libs.forEach((_, i) => {
    const ratio = median(times[i].map((t, r) => t / times[0][r]));
    console.log(`${i === 0 ? 'current' : 'base'}: ${median(times[i]).toFixed(4)} ms CPU per article (median of ${times[i].length} rounds), ratio to current ${ratio.toFixed(4)}`);
  });
}

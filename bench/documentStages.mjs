/**
 * The document stage (`readDocument`, wink-nlp's `readDoc` and the library's per-token columns) and the entity stage
 * (`findEntities`) alone, timed and profiled apart from the rest of the analysis (perf59), as
 * bench/attributionStage.mjs does for the attribution stage. Both stages are built as the package build patches
 * wink-nlp (bench/buildStagesProfile.mjs' plugins), so `readDocument` reads documents as dist/index.js does.
 *
 * Timing: each tree's bundle in one process, rounds alternating which build runs first; per round and build,
 * `readDocument` over the articles (CPU, timed), segments, attributions and the voice map (untimed), then
 * `findEntities` (CPU, timed). Prints each stage's median per build and the median of per-round ratios to the
 * current build; the first round's outputs are hashed (tokens' columns and entities), which must agree for a speed
 * change. The bundle imported first has an edge: run again with `--base-first`, and keep a control build.
 * `--profile`: the V8 sampling profiler over both stages of the current tree after a warm-up, self and total time
 * per function under each stage's entry.
 *
 * Usage: node bench/documentStages.mjs [--base <other tree root>] [--base-first] [--articles 100] [--rounds 20] [--warm 3]
 *        node bench/documentStages.mjs --profile [--top 30] [--lines FUNCTION]
 * `--lines FUNCTION`: also the samples of the functions of that name by source line (run node with
 * `--no-turbo-inlining` to keep inlined callees apart).
 *        node bench/documentStages.mjs --instructions [--base <other tree root>] [--articles 100]
 * `--instructions`: each build in its own process under valgrind's callgrind (`--single-threaded --predictable`,
 * counting off during a warm-up of 400 passes' worth of articles), the instructions of `findEntities` and of
 * `readDocument` over the articles, per article: counts, not times, so the machine's load does not move them (they
 * miss what the clock loses to cache misses; a few minutes per build). `--keep DIR`: keep the dumps (and node's
 * JIT map) in DIR/current and DIR/base, for `bench/steadyWindow.mjs --read DIR/current/callgrind.<pid>.1 --from 0
 * --to <articles> --js` (the first dump is findEntities', the second readDocument's).
 * Output in bench/results/document-stages/ (not node_modules/.cache, which linked worktrees share).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { createHash } from 'node:crypto';
import { Session } from 'node:inspector/promises';
import { SourceMap } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { cpuMs, exampleCorpus, median } from './exampleCorpus.mjs';
import { openCallgrindWindow } from './callgrindWindow.mjs';
import { buildTreeStages } from './buildStagesProfile.mjs';

const { values: opt } = parseArgs({
  options: {
    base: { type: 'string' },
    articles: { type: 'string', default: '100' },
    rounds: { type: 'string', default: '20' },
    warm: { type: 'string', default: '3' },
    'base-first': { type: 'boolean' },
    profile: { type: 'boolean' },
    top: { type: 'string', default: '30' },
    lines: { type: 'string' },
    instructions: { type: 'boolean' },
    keep: { type: 'string' },
    'instructions-child': { type: 'string' },
  },
});
const root = fileURLToPath(new URL('../', import.meta.url));
const outRoot = join(root, 'bench/results/document-stages');

const MODULES = {
  'document/readDocument': ['readDocument'],
  'document/segments/segmentDocument': ['segmentDocument'],
  'attribution/findAttributions': ['findAttributions'],
  'attribution/voiceMap': ['createVoiceMap'],
  'lexicons/resolveLexicons': ['resolveLexicons'],
  'entities/entityLexicons': ['entityLexicons'],
  'entities/findEntities': ['findEntities'],
};

const buildStages = (tree, name) => buildTreeStages(tree, name, outRoot, MODULES);

const texts = exampleCorpus(Number(opt.articles));

if (opt['instructions-child']) {
  // (the child of `--instructions`, under callgrind: zeroes the counts before each window, dumps them after)
  const L = await import(pathToFileURL(opt['instructions-child']).href);
  const lexicons = L.entityLexicons(L.resolveLexicons().all);
  const inputsOf = (docs) => docs.map((doc) => {
    const { segments } = L.segmentDocument(doc);
    const { quotes, sources } = L.findAttributions(doc, segments);
    return { doc, segments, voices: L.createVoiceMap(segments, quotes), lexicons, sources };
  });
  for (let n = 0; n < 400; n += texts.length) for (const input of inputsOf(texts.map((t) => L.readDocument(t)))) L.findEntities(input);
  const inputs = inputsOf(texts.map((t) => L.readDocument(t)));
  let sink = openCallgrindWindow('document-stages');
  for (const input of inputs) sink += L.findEntities(input).length;
  os.uptime(); // callgrind: --dump-before=uv_uptime
  globalThis.gc();
  os.getPriority();
  for (const t of texts) sink += L.readDocument(t).tokenCount;
  os.uptime();
  if (sink === 0) throw new Error('nothing read');
  process.exit(0);
}

const bundles = [await buildStages(root, 'current')];
if (opt.base) bundles.push(await buildStages(opt.base, 'base'));
if (opt.instructions) {
  bundles.forEach((bundle, b) => {
    const dir = opt.keep ? resolve(opt.keep, b === 0 ? 'current' : 'base') : mkdtempSync(join(os.tmpdir(), 'document-stages-'));
    mkdirSync(dir, { recursive: true });
    execFileSync('valgrind', ['--tool=callgrind', '--instr-atstart=no', `--callgrind-out-file=${join(dir, 'callgrind.%p')}`, '--zero-before=uv_os_getpriority', '--dump-before=uv_uptime', process.execPath, '--single-threaded', '--predictable', '--expose-gc', ...(opt.keep ? ['--perf-basic-prof'] : []), fileURLToPath(import.meta.url), '--instructions-child', bundle, '--articles', opt.articles], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
    const dumps = readdirSync(dir).filter((f) => /^callgrind\.\d+\.[12]$/.test(f)).sort();
    const per = dumps.map((f) => Number(/^(?:summary|totals): (\d+)/m.exec(readFileSync(join(dir, f), 'utf8'))?.[1] ?? NaN) / texts.length);
    console.log(`${b === 0 ? 'current' : 'base'}: findEntities ${(per[0] / 1e3).toFixed(1)} k instructions per article, readDocument ${(per[1] / 1e3).toFixed(1)} k (${texts.length} articles, callgrind)`);
    if (!opt.keep) rmSync(dir, { recursive: true, force: true });
    else {
      // (node's JIT map next to the dumps: `node bench/steadyWindow.mjs --read <dir>/callgrind.<pid>.1 --from 0 --to <articles> --js`)
      const pid = /^callgrind\.(\d+)\./.exec(dumps[0])[1];
      renameSync(`/tmp/perf-${pid}.map`, join(dir, `perf-${pid}.map`));
      console.log(`  dumps in ${dir}`);
    }
  });
  process.exit(0);
}
const libs = [];
for (const i of opt['base-first'] && bundles.length > 1 ? [1, 0] : [0, 1].slice(0, bundles.length)) libs[i] = await import(pathToFileURL(bundles[i]).href);
const lexOf = new Map(libs.map((L) => [L, L.entityLexicons(L.resolveLexicons().all)]));

/** One pass over the articles: the two stages' CPU ms per article and, when `keep`, their outputs. */
function pass(L, keep) {
  const lexicons = lexOf.get(L);
  const docs = [];
  const c0 = process.cpuUsage();
  for (const t of texts) docs.push(L.readDocument(t));
  const documentMs = cpuMs(process.cpuUsage(c0)) / texts.length;
  const inputs = docs.map((doc) => {
    const { segments } = L.segmentDocument(doc);
    const { quotes, sources } = L.findAttributions(doc, segments);
    return { doc, segments, voices: L.createVoiceMap(segments, quotes), lexicons, sources };
  });
  const out = keep ? [] : null;
  const c1 = process.cpuUsage();
  for (const input of inputs) {
    const e = L.findEntities(input);
    if (out) out.push(e);
  }
  const entitiesMs = cpuMs(process.cpuUsage(c1)) / texts.length;
  if (keep) {
    const h = createHash('sha256');
    for (const d of docs) h.update(JSON.stringify([d.tokenCount, d.sentences, d.lines, d.value, d.lower, d.lemma, d.pos, d.type, [...d.start], [...d.end], [...d.isWord], [...d.numberWord], [...d.lineOf], [...d.sentenceOf], d.normalized]));
    h.update(JSON.stringify(out));
    return { documentMs, entitiesMs, hash: h.digest('hex').slice(0, 16) };
  }
  return { documentMs, entitiesMs };
}

if (opt.profile) {
  const L = libs[0];
  for (let n = 0; n < 1000; n += texts.length) pass(L, false);
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  let dms = 0;
  let ems = 0;
  const R = Math.ceil(600 / texts.length);
  for (let r = 0; r < R; r++) {
    const x = pass(L, false);
    dms += x.documentMs / R;
    ems += x.entitiesMs / R;
  }
  const { profile } = await session.post('Profiler.stop');
  const map = new SourceMap(JSON.parse(readFileSync(`${bundles[0]}.map`, 'utf8')));
  const nameOf = (cf) => {
    if (!/stagesProfile\.m?js$/.test(cf.url)) return cf.url === '' && cf.functionName ? `(${cf.functionName})` : null;
    const e = map.findEntry(cf.lineNumber, cf.columnNumber);
    return e?.originalSource ? `${cf.functionName || '(anonymous)'} ${e.originalSource.replace(/^.*\/(src|node_modules)\//, '')}:${e.originalLine + 1}` : null;
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const time = new Map();
  profile.samples.forEach((id, i) => time.set(id, (time.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0)));
  if (opt.lines) {
    // (`--lines NAME`: the samples of functions named NAME by line of the bundle, mapped to src/ lines)
    const ticks = new Map();
    let all = 0;
    for (const node of profile.nodes) {
      if (node.callFrame.functionName !== opt.lines) continue;
      for (const { line, ticks: t } of node.positionTicks ?? []) {
        const e = map.findEntry(line - 1, 0);
        const where = e?.originalSource ? `${e.originalSource.replace(/^.*\/(src|node_modules)\//, '')}:${e.originalLine + 1}` : `bundle:${line}`;
        ticks.set(where, (ticks.get(where) ?? 0) + t);
        all += t;
      }
    }
    console.log(`\n${opt.lines}: ${all} line ticks`);
    for (const [k, v] of [...ticks].sort((a, b) => b[1] - a[1]).slice(0, Number(opt.top))) console.log(`${((100 * v) / all).toFixed(1).padStart(5)} %  ${k}`);
  }
  for (const [stageName, ms] of [['readDocument', dms], ['findEntities', ems]]) {
    const self = new Map();
    const total = new Map();
    let stage = 0;
    for (const [id, t] of time) {
      const stack = [];
      for (let x = id; x !== undefined; x = parent.get(x)) stack.push(nameOf(byId.get(x).callFrame));
      const top = stack.findIndex((s) => s?.startsWith(`${stageName} `));
      if (top < 0) continue;
      stage += t;
      const own = stack.find((s) => s !== null) ?? '(unknown)';
      self.set(own, (self.get(own) ?? 0) + t);
      for (const s of new Set(stack.slice(0, top + 1))) if (s) total.set(s, (total.get(s) ?? 0) + t);
    }
    const share = (t) => `${((100 * t) / stage).toFixed(1).padStart(5)} %`;
    console.log(`\n${stageName}: ${ms.toFixed(3)} ms CPU per article with the profiler on (${R} × ${texts.length} articles after 1,000)`);
    for (const [title, m] of [['self time by function', self], ['total time by function', total]]) {
      console.log(`\n${title}:`);
      for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, Number(opt.top))) console.log(`${share(v)}  ${k}`);
    }
  }
} else {
  const times = libs.map(() => ({ documentMs: [], entitiesMs: [] }));
  const W = Number(opt.warm);
  for (let r = 0; r < W + Number(opt.rounds); r++) {
    for (const i of r % 2 === 0 ? libs.keys() : [...libs.keys()].reverse()) {
      const x = pass(libs[i], r === 0);
      if (r === 0) console.log(`${i === 0 ? 'current' : 'base'}: output ${x.hash}`);
      if (r >= W) for (const k of ['documentMs', 'entitiesMs']) times[i][k].push(x[k]);
    }
  }
  libs.forEach((_, i) => {
    const line = ['documentMs', 'entitiesMs'].map((k) => `${k.replace('Ms', '')} ${median(times[i][k]).toFixed(4)} ms (ratio ${median(times[i][k].map((t, r) => t / times[0][k][r])).toFixed(4)})`);
    console.log(`${i === 0 ? 'current' : 'base'}: ${line.join(', ')} CPU per article, medians of ${times[i].documentMs.length} rounds`);
  });
}

// Where the CPU of a warmed-up process goes (see bench/HISTORY.md, perf25).
// node bench/steadyProfile.mjs [dist/index.js] [W=1000] [N=3000] [intervalUs=100] [out.cpuprofile]
// W analyses of the example corpus as warm-up, then a CPU profile (inspector, not --cpu-prof: the
// import and warm-up stay out of it) of N more, and three tables: the stages (what analyzeValidated
// calls, inclusive), the functions by self time, and the source lines by ticks.
// Shares are sample counts, not the profile's time deltas: under load a delta also holds the time
// the thread waited for a core. Line ticks point into the bundled chunk (`dist/chunk-*.js`); a
// tick often lands on the line after a slow memory load. Functions are named by the chunk's source
// map (src function and file:line; the minified chunk's own names say nothing), see perf34.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { SourceMap } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const lib = await import(pathToFileURL(resolve(process.argv[2] ?? 'dist/index.js')).href);
const W = Number(process.argv[3] ?? 1000);
const N = Number(process.argv[4] ?? 3000);
const interval = Number(process.argv[5] ?? 100);
const dir = new URL('../examples/corpus/', import.meta.url);
const sources = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(new URL(f, dir), 'utf8'));
// distinct texts, as a stream of articles has
const corpus = Array.from({ length: 300 }, (_, i) => `${sources[i % sources.length].trimEnd()} (copy ${i + 1})\n`);
let n = 0;
for (let i = 0; i < W; i++) lib.analyzeArticle(corpus[n++ % corpus.length], { timeBudgetMs: 1e9 });
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval });
await session.post('Profiler.start');
for (let i = 0; i < N; i++) lib.analyzeArticle(corpus[n++ % corpus.length], { timeBudgetMs: 1e9 });
const { profile } = await session.post('Profiler.stop');
if (process.argv[6]) writeFileSync(process.argv[6], JSON.stringify(profile));

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const inclusive = new Map();
/** Samples of a node and everything it called (recursion-free: the tree is not deep). */
function samplesUnder(id) {
  const node = byId.get(id);
  let t = node.hitCount;
  for (const c of node.children ?? []) t += samplesUnder(c);
  inclusive.set(id, t);
  return t;
}
const total = samplesUnder(profile.nodes[0].id);
const pct = (t) => `${((100 * t) / total).toFixed(2).padStart(6)} %`;
// The ES build is minified: a function's name and place are read through its chunk's source map
// (when the chunk has one), else the profile's own.
const maps = new Map();
function sourceMapOf(url) {
  if (!maps.has(url)) {
    let map = null;
    try {
      if (url.startsWith('file:')) map = new SourceMap(JSON.parse(readFileSync(`${fileURLToPath(url)}.map`, 'utf8')));
    } catch {
      // no map: the profile's names
    }
    maps.set(url, map);
  }
  return maps.get(url);
}
const origins = new Map();
/** `{ name, where }` of a profile node: its src function and file:line when the chunk maps it. */
function originOf(node) {
  let o = origins.get(node.id);
  if (o) return o;
  const { url, lineNumber, columnNumber, functionName } = node.callFrame;
  const entry = sourceMapOf(url)?.findEntry(lineNumber, columnNumber);
  o = entry?.originalSource
    ? { name: entry.name ?? (functionName || '(anonymous)'), where: `${entry.originalSource.replace(/^.*?\/(src|node_modules)\//, '$1/')}:${entry.originalLine + 1}` }
    : { name: functionName || '(anonymous)', where: `${url.split('/').pop()}:${lineNumber + 1}` };
  origins.set(node.id, o);
  return o;
}
const nameOf = (node) => originOf(node).name;
const top = (m, k) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k);

const stages = new Map();
for (const node of profile.nodes) {
  if (nameOf(node) !== 'analyzeValidated') continue;
  for (const c of node.children ?? []) stages.set(nameOf(byId.get(c)), (stages.get(nameOf(byId.get(c))) ?? 0) + inclusive.get(c));
}
const self = new Map();
const lines = new Map();
const chunks = new Map();
for (const node of profile.nodes) {
  const { url } = node.callFrame;
  const key = `${nameOf(node)} ${originOf(node).where}`;
  self.set(key, (self.get(key) ?? 0) + node.hitCount);
  for (const p of node.positionTicks ?? []) {
    const at = `${url}\t${p.line}\t${nameOf(node)}`;
    lines.set(at, (lines.get(at) ?? 0) + p.ticks);
  }
}
console.log(`${N} analyses after ${W}, ${total} samples of ${interval} µs\n\nStages (inclusive):`);
for (const [k, t] of top(stages, 15)) console.log(pct(t), k);
console.log('\nFunctions by self time:');
for (const [k, t] of top(self, 40)) console.log(pct(t), k);
console.log('\nLines by ticks:');
for (const [k, t] of top(lines, 30)) {
  const [url, line, fn] = k.split('\t');
  if (!chunks.has(url)) chunks.set(url, url.startsWith('file:') ? readFileSync(fileURLToPath(url), 'utf8').split('\n') : []);
  console.log(pct(t), `${fn} ${url.split('/').pop()}:${line}`, (chunks.get(url)[Number(line) - 1] ?? '').trim().slice(0, 100));
}

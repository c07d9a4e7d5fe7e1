// Deoptimisations and recompiles that memory-reducing GCs cause (see bench/HISTORY.md, perf20).
// node --trace-opt --trace-deopt bench/reducingGc.mjs [dist/index.js] [W=600] [K=3] > trace.txt
// node bench/traceSummary.mjs trace.txt
// W analyses of the example corpus, then K times: a heap snapshot (a memory-reducing GC, as the
// idle-time memory reducer does) followed by 200 analyses.
import { readdirSync, readFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';

const lib = await import(pathToFileURL(resolve(process.argv[2] ?? 'dist/index.js')).href);
const W = Number(process.argv[3] ?? 600);
const K = Number(process.argv[4] ?? 3);
const dir = new URL('../examples/corpus/', import.meta.url);
const sources = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(new URL(f, dir), 'utf8'));
// distinct texts, as a stream of articles has
const corpus = Array.from({ length: 300 }, (_, i) => `${sources[i % sources.length].trimEnd()} (copy ${i + 1})\n`);
let n = 0;
for (let i = 0; i < W; i++) lib.analyzeArticle(corpus[n++ % corpus.length]);
for (let k = 0; k < K; k++) {
  console.log(`SNAP ${k}`);
  unlinkSync(v8.writeHeapSnapshot(join(tmpdir(), `reducing-gc-${process.pid}.heapsnapshot`)));
  console.log(`AFTER ${k}`);
  for (let i = 0; i < 200; i++) lib.analyzeArticle(corpus[n++ % corpus.length]);
}
console.log('END');

// CPU time of analyses after memory-reducing GCs, per thread (see bench/HISTORY.md, perf22).
// node bench/threadCpu.mjs [dist/index.js] [W=600] [K=12] [M=200]
// W analyses of the example corpus as warm-up, then K times: a heap snapshot (a memory-reducing
// GC, as the idle-time memory reducer does) and M analyses. Prints the CPU of the main thread and
// of all threads (TurboFan compiles on its own threads; `process.cpuUsage` cannot tell them
// apart) over the K blocks of M analyses only, read from /proc/self/task/*/stat (Linux).
// Run two builds alternately (A B A B …) and compare medians: wall times under load mean little.
import { readdirSync, readFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';

const lib = await import(pathToFileURL(resolve(process.argv[2] ?? 'dist/index.js')).href);
const W = Number(process.argv[3] ?? 600);
const K = Number(process.argv[4] ?? 12);
const M = Number(process.argv[5] ?? 200);
const dir = new URL('../examples/corpus/', import.meta.url);
const sources = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(new URL(f, dir), 'utf8'));
// distinct texts, as a stream of articles has
const corpus = Array.from({ length: 300 }, (_, i) => `${sources[i % sources.length].trimEnd()} (copy ${i + 1})\n`);
const tick = 100; // USER_HZ on Linux: stat's times are in 1/100 s

/** CPU ticks (user + system) of each thread of this process, by thread id. */
function threadTicks() {
  const out = new Map();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      // fields after the command name (which may hold spaces) in parentheses
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(tid, Number(f[11]) + Number(f[12]));
    } catch {
      // a thread that ended
    }
  }
  return out;
}

let n = 0;
for (let i = 0; i < W; i++) lib.analyzeArticle(corpus[n++ % corpus.length]);
const main = String(process.pid);
let mainTicks = 0;
let allTicks = 0;
for (let k = 0; k < K; k++) {
  unlinkSync(v8.writeHeapSnapshot(join(tmpdir(), `thread-cpu-${process.pid}.heapsnapshot`)));
  const before = threadTicks();
  for (let i = 0; i < M; i++) lib.analyzeArticle(corpus[n++ % corpus.length]);
  const after = threadTicks();
  for (const [tid, t] of after) {
    const d = t - (before.get(tid) ?? 0);
    allTicks += d;
    if (tid === main) mainTicks += d;
  }
}
console.log(JSON.stringify({ dist: process.argv[2], analyses: K * M, mainCpuS: mainTicks / tick, allThreadsCpuS: allTicks / tick }));

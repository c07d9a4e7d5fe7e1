/**
 * Memory while streaming (node --expose-gc bench/memory.bench.mjs): `analyzeStream` from
 * slantwise/node over a generated stream of distinct articles (the example articles, each with a
 * paragraph of names, numbers and words no other article has, as a news stream brings new
 * names every day), on the calling thread. The heap after a full GC is sampled ten times; the
 * growth per 1,000 articles over the second half says whether memory stays flat (it should be
 * near 0: wink-nlp's lexicon of new words is dropped with its engine every 20 million
 * characters, see ENGINE_RENEWAL_CHARS).
 *
 * Usage: node --expose-gc bench/memory.bench.mjs [--articles 12000]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

if (typeof globalThis.gc !== 'function') {
  console.error('run with node --expose-gc bench/memory.bench.mjs');
  process.exit(2);
}
const { values } = parseArgs({ options: { articles: { type: 'string', default: '12000' } } });
const ARTICLES = Number(values.articles);
const { analyzeStream } = await import(new URL('../dist/node.js', import.meta.url).href);
const dir = new URL('../examples/corpus/', import.meta.url);
const sources = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(new URL(f, dir), 'utf8').trimEnd());

/** A made-up word for each number: a, b, ..., z, ba, bb, ... */
const coined = (i) => {
  let s = '';
  do {
    s += String.fromCharCode(97 + (i % 26));
    i = Math.floor(i / 26);
  } while (i > 0);
  return s;
};
function* articles() {
  for (let i = 0; i < ARTICLES; i++) {
    const news = `Councillor Zq${coined(i)}son told Rx${coined(i * 7)}ville officials that ${1000 + i} residents and ${coined(i * 13)}ly-${coined(i)} groups met.`;
    yield { id: `m${i}`, text: `${sources[i % sources.length]}\n${news}\n` };
  }
}

const samples = [];
let done = 0;
const every = Math.max(1, Math.floor(ARTICLES / 10));
const t0 = performance.now();
for await (const r of analyzeStream(articles())) {
  if ('error' in r) throw new Error(`record ${r.line}: ${r.error}`);
  done++;
  if (done % every === 0) {
    globalThis.gc();
    samples.push({ articles: done, heapMB: process.memoryUsage().heapUsed / 1048576, rssMB: process.memoryUsage().rss / 1048576 });
  }
}
const seconds = (performance.now() - t0) / 1000;
console.log(`analyzeStream, ${ARTICLES.toLocaleString('en-US')} distinct articles on the calling thread, ${seconds.toFixed(0)} s (node ${process.version})\n`);
console.log('articles   heap after GC (MB)   RSS (MB)');
for (const s of samples) console.log(`${String(s.articles).padStart(8)}   ${s.heapMB.toFixed(1).padStart(18)}   ${s.rssMB.toFixed(0).padStart(8)}`);
const half = samples.slice(Math.floor(samples.length / 2) - 1);
const slope = ((half[half.length - 1].heapMB - half[0].heapMB) / (half[half.length - 1].articles - half[0].articles)) * 1000;
console.log(`\nheap growth over the second half: ${slope.toFixed(2)} MB per 1,000 articles (flat: about 0)`);

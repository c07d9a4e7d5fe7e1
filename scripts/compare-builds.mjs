// CPU per article of two or more builds in one process, alternating rounds (steadier than two
// separate runs on a shared machine; run it in both orders: the build loaded first has an edge).
// Run from the project root:  node scripts/compare-builds.mjs <old/dist/index.js> <new/dist/index.js> [--articles 300] [--rounds 12]
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { articles: { type: 'string', default: '300' }, rounds: { type: 'string', default: '12' } } });
if (positionals.length < 2) throw new Error('usage: node scripts/compare-builds.mjs <distA/index.js> <distB/index.js> [...]');
const libs = await Promise.all(positionals.map((d) => import(pathToFileURL(resolve(d)).href)));
const dir = resolve('examples/corpus');
const base = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
const texts = Array.from({ length: Number(values.articles) }, (_, i) => `${base[i % base.length]} (copy ${i})`);
const times = libs.map(() => []);
for (let r = 0; r < Number(values.rounds); r++) {
  for (let i = 0; i < libs.length; i++) {
    const c0 = process.cpuUsage();
    for (const t of texts) libs[i].analyzeArticle(t);
    const c = process.cpuUsage(c0);
    if (r > 0) times[i].push((c.user + c.system) / 1000 / texts.length); // the first round warms up
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
positionals.forEach((d, i) => console.log(`${d}: ${median(times[i]).toFixed(3)} ms CPU per article (median of ${times[i].length} rounds)`));

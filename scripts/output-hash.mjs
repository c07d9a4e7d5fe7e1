// Byte-identity check for refactors and speed work: one SHA-256 over the JSON of analyzeArticle
// for every example article and, when the development corpus is next to the project, its texts
// (read at run time, never copied). Same hash before and after a change = same output.
// Run from the project root:  node scripts/output-hash.mjs [path/to/dist/index.js]
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';

const dist = resolve(process.argv[2] ?? 'dist/index.js');
const lib = await import(pathToFileURL(dist).href);
const texts = [];
const examples = resolve('examples/corpus');
for (const f of readdirSync(examples).sort()) if (f.endsWith('.txt')) texts.push(readFileSync(join(examples, f), 'utf8'));
const dev = resolve('../shared/devdata/attribution/attribution-train.jsonl.gz');
if (existsSync(dev)) for (const line of gunzipSync(readFileSync(dev)).toString('utf8').split('\n')) if (line.trim()) texts.push(JSON.parse(line).text);
const hash = createHash('sha256');
for (const text of texts) {
  let out;
  try {
    out = JSON.stringify(lib.analyzeArticle(text));
  } catch (e) {
    out = `ERR:${e.code}:${e.message}`;
  }
  hash.update(out).update('\n');
}
console.log(texts.length, hash.digest('hex'));

#!/usr/bin/env node
// Lists project lines that share a run of N words (default 7) with the development corpora in
// ../shared/devdata (attribution, loaded words, HTML pages). The project's text must be its own:
// tests, fixtures, comments and examples are written by the team, never copied from those articles.
// Reads the corpora at run time only; prints `file:line` (never the shared words). Skips quietly when
// the corpora are not beside the project (CI, a user's clone). Usage: node scripts/check-devdata-overlap.mjs [N]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';

// Lists of real organisations' official names: a name is a fact to recognise, not wording to avoid.
// The generated entity word sets hold every entity lexicon's words (organisations, but also
// surnames, demonyms, titles, accused labels), joined on one line: skipped whole because their
// source lexicons other than organizations.json are still checked one by one.
const NAME_LISTS = new Set(['lexicons/organizations.json', 'src/entities/defaultEntityWords.ts']);
const N = Number(process.argv[2] ?? 7);
const dev = path.resolve('..', 'shared', 'devdata');
if (!fs.existsSync(dev)) {
  console.log(`check-devdata-overlap: ${dev} not found, nothing to check`);
  process.exit(0);
}
const words = (s) => s.toLowerCase().replace(/[’‘]/g, "'").match(/[a-z0-9']+/g) ?? [];
const files = execFileSync('git', ['ls-files', 'src', 'test', 'lexicons', 'examples', 'eval', 'bench', 'README.md', 'CHANGELOG.md'], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => f && !/\.(?:gz|parquet|png|jpe?g|ico)$/.test(f) && !NAME_LISTS.has(f));
const grams = new Map();
for (const f of files) {
  const text = fs.readFileSync(f, 'utf8');
  text.split('\n').forEach((line, i) => {
    const w = words(line);
    for (let k = 0; k + N <= w.length; k++) {
      const g = w.slice(k, k + N).join(' ');
      const at = grams.get(g);
      if (at) at.push(`${f}:${i + 1}`);
      else grams.set(g, [`${f}:${i + 1}`]);
    }
  });
}
const texts = [];
const jsonl = (p, pick) => {
  if (!fs.existsSync(p)) return;
  for (const l of zlib.gunzipSync(fs.readFileSync(p)).toString().split('\n')) if (l) texts.push(pick(JSON.parse(l)));
};
jsonl(path.join(dev, 'attribution', 'attribution-train.jsonl.gz'), (o) => o.text ?? '');
jsonl(path.join(dev, 'loaded-words', 'biased-words.jsonl.gz'), (o) => o.text ?? '');
const html = path.join(dev, 'html-pages', 'html');
if (fs.existsSync(html)) for (const f of fs.readdirSync(html)) texts.push(fs.readFileSync(path.join(html, f), 'utf8').replace(/<[^>]*>/g, ' '));
// The two real sample articles beside the project (for reading, not for copying).
const samples = path.resolve('..', 'shared', 'samples');
if (fs.existsSync(samples)) for (const f of fs.readdirSync(samples)) if (/\.(?:txt|md|html?)$/.test(f)) texts.push(fs.readFileSync(path.join(samples, f), 'utf8').replace(/<[^>]*>/g, ' '));
const hits = new Set();
for (const t of texts) {
  const w = words(t);
  for (let k = 0; k + N <= w.length; k++) {
    const at = grams.get(w.slice(k, k + N).join(' '));
    if (at) for (const a of at) hits.add(a);
  }
}
for (const h of [...hits].sort()) console.log(h);
console.log(`check-devdata-overlap: ${hits.size} line(s) share ${N} words with the development corpora and samples`);
process.exit(hits.size ? 1 : 0);

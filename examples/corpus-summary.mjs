// Analyse every article of the example corpus and print how much of each is story, editorial
// and boilerplate: a first look at how differently six outlets package one event.
import { readFileSync, readdirSync } from 'node:fs';
import { analyzeArticle } from 'slantwise';

const dir = new URL('./corpus/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const rows = files.map((file) => {
  const a = analyzeArticle({ id: file.replace(/\.txt$/, ''), text: readFileSync(new URL(file, dir), 'utf8') });
  const kinds = {};
  for (const s of a.segments) kinds[s.kind] = (kinds[s.kind] ?? 0) + 1;
  return {
    article: a.id,
    words: a.metrics.words,
    analysed: a.metrics.bodyWords,
    editorial: `${(a.metrics.editorialShare * 100).toFixed(1)}%`,
    boilerplate: `${(a.metrics.boilerplateShare * 100).toFixed(1)}%`,
    segments: Object.entries(kinds).map(([k, n]) => `${k}:${n}`).join(' '),
  };
});
console.table(rows);

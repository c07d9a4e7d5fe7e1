// Write analyses as Parquet (one row per article, one table per kind of evidence) and query them
// with DuckDB: per-outlet averages, and the evidence behind one number. Polars, pandas, Spark
// and R read the same files.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { aggregateByOutlet, analyzeArticle } from 'slantwise';
import { writeParquet } from 'slantwise/node';

// Two made-up desks, three corpus articles each.
const dir = new URL('./corpus/', import.meta.url);
const analyses = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f, i) => analyzeArticle({ id: f.replace(/\.txt$/, ''), outlet: i % 2 ? 'Desk B' : 'Desk A', text: readFileSync(new URL(f, dir), 'utf8') }));

const out = mkdtempSync(join(tmpdir(), 'slantwise-parquet-example-'));
const files = writeParquet(analyses, out);
console.log(`wrote ${files.length} files to ${out}: ${files.map((f) => f.slice(out.length + 1)).join(', ')}`);

const db = await DuckDBInstance.create(':memory:');
const con = await db.connect();
const rows = async (sql) => (await con.runAndReadAll(sql)).getRowObjectsJS();

// Column names are the catalogue's dotted names: quote them in SQL.
const perOutlet = await rows(`
  SELECT outlet, count(*) AS articles,
         round(avg("metrics.loadedPer1kWords"), 4) AS loaded_per_1k,
         round(avg("frames.victory.score"), 4) AS victory
  FROM '${out}/articles.parquet' GROUP BY outlet ORDER BY outlet`);
console.table(perOutlet.map((r) => ({ ...r, articles: Number(r.articles) })));

const summary = aggregateByOutlet(analyses, { measures: ['metrics.loadedPer1kWords'] });
for (const o of summary) console.log(`aggregateByOutlet ${o.outlet}: mean ${o.measures['metrics.loadedPer1kWords'].mean}, 95% CI ${o.measures['metrics.loadedPer1kWords'].ci95.join('–')}`);

// The evidence behind the loaded-language number of the article that scores highest.
const evidence = await rows(`
  SELECT l.articleId, l.text, l.lexicon, l.voice
  FROM '${out}/loaded-language.parquet' l
  JOIN '${out}/articles.parquet' a ON a.id = l.articleId
  WHERE a."metrics.loadedPer1kWords" = (SELECT max("metrics.loadedPer1kWords") FROM '${out}/articles.parquet')
  LIMIT 5`);
console.table(evidence);
con.closeSync();
db.closeSync();

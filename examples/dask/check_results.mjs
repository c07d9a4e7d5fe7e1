// Checks the Dask job's output with DuckDB against a run in this one process:
//   node check_results.mjs INPUT_DIR OUT_DIR
// - every input record has exactly one result (an analysis or an error record);
// - each analysis is the same JSON as analyzeArticle gives here (the distributed run changes nothing);
// - DuckDB's per-outlet count, mean and median over part-*.ndjson equal aggregateByOutlet's.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { aggregateByOutlet, analyzeArticle, SlantwiseError } from 'slantwise';

const [input, out] = process.argv.slice(2);
if (!input || !out) {
  console.error('usage: node check_results.mjs INPUT_DIR OUT_DIR');
  process.exit(2);
}

/** The records of the input tree, read as analyze_with_dask.py reads them. */
function* records(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* records(path);
    else if (extname(name) === '.txt') {
      const folder = relative(input, dirname(path));
      yield { id: basename(name, '.txt'), text: readFileSync(path, 'utf8'), ...(folder ? { outlet: folder.split(sep)[0] } : {}) };
    } else if (extname(name) === '.ndjson' || extname(name) === '.jsonl') {
      for (const line of readFileSync(path, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        let record = null;
        try {
          record = JSON.parse(line);
        } catch {}
        yield record !== null && typeof record === 'object' && !Array.isArray(record) ? record : { unreadable: line };
      }
    }
  }
}

const local = new Map();
let expectedErrors = 0;
for (const r of records(input)) {
  if ('unreadable' in r) {
    expectedErrors++;
    continue;
  }
  try {
    const a = analyzeArticle(r);
    local.set(a.id, a);
  } catch (e) {
    if (!(e instanceof SlantwiseError)) throw e;
    expectedErrors++;
  }
}

const lines = (prefix) =>
  readdirSync(out)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.ndjson'))
    .flatMap((f) => readFileSync(join(out, f), 'utf8').split('\n').filter(Boolean));
const remote = lines('part-').map((l) => JSON.parse(l));
const errors = lines('errors-');
const problems = [];
if (remote.length !== local.size) problems.push(`${remote.length} analyses written, ${local.size} expected`);
if (errors.length !== expectedErrors) problems.push(`${errors.length} error records written, ${expectedErrors} expected`);
for (const a of remote) {
  if (JSON.stringify(a) !== JSON.stringify(local.get(a.id))) problems.push(`${a.id}: the distributed analysis differs from the local one`);
}

// DuckDB reads the nested NDJSON; a catalogue name is a path into it (metrics.loadedPer1kWords).
const summary = aggregateByOutlet([...local.values()], { resamples: 10 });
const measures = ['metrics.loadedPer1kWords', 'metrics.attributionsPer100Words', 'frames.victory.score', 'sentiment.author'];
const db = await DuckDBInstance.create(':memory:');
const con = await db.connect();
const select = measures.map((m, i) => `avg(${m}) AS mean${i}, median(${m}) AS median${i}`).join(', ');
const rows = (await con.runAndReadAll(`SELECT coalesce(outlet, provenance.originalOutlet, '(unknown)') AS outlet, count(*) AS n, ${select} FROM read_ndjson_auto('${join(out, 'part-*.ndjson')}') GROUP BY 1 ORDER BY 1`)).getRowObjectsJS();
con.closeSync();
db.closeSync();
if (rows.length !== summary.length) problems.push(`DuckDB found ${rows.length} outlets, aggregateByOutlet ${summary.length}`);
summary.forEach((o, k) => {
  const row = rows[k];
  if (!row || row.outlet !== o.outlet || Number(row.n) !== o.n) {
    problems.push(`outlet ${o.outlet}: DuckDB has ${JSON.stringify(row ? { outlet: row.outlet, n: Number(row.n) } : null)}`);
    return;
  }
  measures.forEach((m, i) => {
    for (const [stat, got] of [['mean', row[`mean${i}`]], ['median', row[`median${i}`]]]) {
      // aggregateByOutlet rounds to four decimals.
      if (Math.abs(Number(got) - o.measures[m][stat]) > 0.00005 + 1e-12) problems.push(`${o.outlet} ${m} ${stat}: DuckDB ${got}, aggregateByOutlet ${o.measures[m][stat]}`);
    }
  });
});

for (const o of rows) console.log(`${o.outlet}: ${Number(o.n)} articles, loaded language per 1k words ${Number(o.mean0).toFixed(3)}, victory frame ${Number(o.mean2).toFixed(3)}`);
if (problems.length > 0) {
  console.error(`check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`check passed: ${remote.length} analyses and ${errors.length} error records match a local run; DuckDB's per-outlet means and medians match aggregateByOutlet`);

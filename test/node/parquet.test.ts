import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/program.js';
import { cli } from '../cli/fixtures/cliHarness.js';
import { aggregateByOutlet, ANALYSIS_TABLES, analyzeArticle, compareArticles, type ArticleAnalysis } from '../../src/index.js';
import { writeParquet } from '../../src/node/index.js';

// The example corpus under three made-up outlets, two articles each, so each outlet has a mean
// and a median of two values; one article gets a date and URL.
const dir = new URL('../../examples/corpus/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const analyses: ArticleAnalysis[] = files.map((f, i) =>
  analyzeArticle({ id: f.replace(/\.txt$/, ''), outlet: ['North Desk', 'South Desk', 'East Desk'][i % 3], text: readFileSync(new URL(f, dir), 'utf8'), ...(i === 0 ? { publishedAt: '2026-02-03', url: 'https://example.org/1' } : {}) }),
);
const out = mkdtempSync(join(tmpdir(), 'slantwise-parquet-'));
let db: DuckDBInstance;
let con: DuckDBConnection;
const query = async (sql: string) => (await con.runAndReadAll(sql)).getRowObjectsJS();
const file = (table: string) => `'${join(out, `${table}.parquet`)}'`;

beforeAll(async () => {
  writeParquet(analyses, out, { comparison: compareArticles(analyses) });
  db = await DuckDBInstance.create(':memory:');
  con = await db.connect();
});
afterAll(() => {
  con?.closeSync();
  db?.closeSync();
});

describe('writeParquet, read back with DuckDB', () => {
  it('writes one file per table, and the comparison parts', () => {
    const written = readdirSync(out).sort();
    for (const t of ANALYSIS_TABLES) expect(written).toContain(`${t}.parquet`);
    expect(written).toContain('comparison-table.parquet');
    expect(written).toContain('comparison-shared-quotes.parquet');
    expect(written.some((f) => f.endsWith('.tmp'))).toBe(false);
  });

  it('gives the same per-outlet numbers as aggregateByOutlet', async () => {
    const summary = aggregateByOutlet(analyses, { resamples: 100 });
    const measures = Object.keys(summary[0]!.measures);
    expect(measures).toContain('frames.victory.score');
    const select = measures.map((m, i) => `avg("${m}") AS mean${i}, median("${m}") AS median${i}, count("${m}") AS n${i}`).join(', ');
    const rows = await query(`SELECT outlet, count(*) AS articles, ${select} FROM ${file('articles')} GROUP BY outlet ORDER BY outlet`);
    expect(rows.map((r) => r.outlet)).toEqual(summary.map((o) => o.outlet));
    summary.forEach((o, k) => {
      const row = rows[k]!;
      expect(Number(row.articles)).toBe(o.n);
      measures.forEach((m, i) => {
        const s = o.measures[m]!;
        expect(Number(row[`n${i}`]), m).toBe(s.n);
        if (s.n === 0) return;
        // aggregateByOutlet rounds to four decimals.
        expect(Math.abs(Number(row[`mean${i}`]) - s.mean), `${o.outlet} ${m} mean`).toBeLessThanOrEqual(0.00005 + 1e-12);
        expect(Math.abs(Number(row[`median${i}`]) - s.median), `${o.outlet} ${m} median`).toBeLessThanOrEqual(0.00005 + 1e-12);
      });
    });
  });

  it('types the columns: integers, doubles, booleans, strings with nulls', async () => {
    const types = await query(`SELECT typeof("metrics.words") AS words, typeof("metrics.quotedWordShare") AS share, typeof(publishedAt) AS date FROM ${file('articles')} LIMIT 1`);
    expect(types[0]).toEqual({ words: 'INTEGER', share: 'DOUBLE', date: 'VARCHAR' });
    const dated = await query(`SELECT id, publishedAt, url FROM ${file('articles')} WHERE publishedAt IS NOT NULL`);
    expect(dated).toEqual([{ id: analyses[0]!.id, publishedAt: '2026-02-03', url: 'https://example.org/1' }]);
    const hedged = await query(`SELECT typeof(hedged) AS t, count(*) FILTER (WHERE hedged) AS yes FROM ${file('labels')} GROUP BY 1`);
    expect(hedged[0]!.t).toBe('BOOLEAN');
    expect(Number(hedged[0]!.yes)).toBe(analyses.flatMap((a) => a.language.labels).filter((l) => l.hedged).length);
  });

  it('keeps each evidence row with its article and its exact text', async () => {
    const quotes = await query(`SELECT articleId, start, "end", text, speaker FROM ${file('quotes')} ORDER BY articleId, start`);
    const expected = analyses
      .flatMap((a) => a.quotes.map((q) => ({ articleId: a.id, start: q.start, end: q.end, text: q.text, speaker: q.speaker })))
      .sort((x, y) => x.articleId.localeCompare(y.articleId) || x.start - y.start);
    expect(quotes).toEqual(expected);
    const cues = await query(`SELECT articleId, count(*) AS n, count("sourceSpan.text") AS withSource FROM ${file('attributions')} GROUP BY 1 ORDER BY 1`);
    for (const r of cues) {
      const a = analyses.find((x) => x.id === r.articleId)!;
      expect(Number(r.n)).toBe(a.attributions.length);
      expect(Number(r.withSource)).toBe(a.attributions.filter((x) => x.sourceSpan !== null).length);
    }
    const frames = await query(`SELECT frame, count(*) AS hits FROM ${file('frame-evidence')} WHERE articleId = 'patriot-ledger' GROUP BY 1`);
    const ledger = analyses.find((a) => a.id === 'patriot-ledger')!;
    for (const r of frames) expect(Number(r.hits)).toBe(ledger.frames[r.frame as string]!.hits);
  });

  it('stores the measure catalogue in the articles file metadata', async () => {
    const kv = await query(`SELECT decode(key) AS key, decode(value) AS value FROM parquet_kv_metadata(${file('articles')})`);
    const measures = JSON.parse(kv.find((r) => r.key === 'slantwise.measures')!.value as string) as { name: string; unit: string }[];
    expect(measures.find((m) => m.name === 'metrics.quotedWordShare')?.unit).toBe('share');
  });

  it('writes a table with no rows as a readable empty file', async () => {
    const none = mkdtempSync(join(tmpdir(), 'slantwise-parquet-empty-'));
    writeParquet([analyzeArticle({ id: 'calm', text: 'The council met on Monday. It approved the budget.' })], none);
    const rows = await query(`SELECT count(*) AS n FROM '${join(none, 'quotes.parquet')}'`);
    expect(Number(rows[0]!.n)).toBe(0);
  });
});

describe('slantwise analyze/compare --format parquet', () => {

  it('needs --out DIR and then writes the tables there', async () => {
    const missing = await cli(['analyze', 'examples/corpus/wire-report.txt', '--format', 'parquet']);
    expect(missing.code).toBe(EXIT.usage);
    expect(missing.stderr).toMatch(/--format parquet writes a directory of files: give it with --out DIR/);
    const target = join(mkdtempSync(join(tmpdir(), 'slantwise-parquet-cli-')), 'results');
    const r = await cli(['compare', 'examples/corpus', '--format', 'parquet', '--out', target]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stderr).toMatch(/^wrote 18 Parquet files to /);
    expect(existsSync(join(target, 'articles.parquet'))).toBe(true);
    const rows = await query(`SELECT count(*) AS n FROM '${join(target, 'comparison-similarity.parquet')}'`);
    expect(Number(rows[0]!.n)).toBe(15);
  });
});

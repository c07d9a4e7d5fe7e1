import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../../src/cli/program.js';

async function cli(argv: string[], stdin = '') {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => (stderr += t), stdin: () => [stdin] });
  return { code, stdout, stderr };
}

/** Minimal RFC 4180 reader for assertions (quoted fields, doubled quotes, embedded newlines). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

describe('analyze output formats', () => {
  it('writes tidy long CSV: id, outlet, measure, value, with catalogue names', async () => {
    const r = await cli(['analyze', 'examples/corpus', '--format', 'csv']);
    const rows = parseCsv(r.stdout);
    expect(rows[0]).toEqual(['id', 'outlet', 'measure', 'value']);
    const victory = rows.filter((x) => x[0] === 'patriot-ledger' && x[2]!.startsWith('frames.victory.'));
    expect(victory.map((x) => x[2])).toEqual(['frames.victory.score', 'frames.victory.hits', 'frames.victory.byVoice.author', 'frames.victory.byVoice.quoted', 'frames.victory.byVoice.editorial']);
    expect(Number(victory[0]![3])).toBeGreaterThan(0);
    expect(rows.every((x) => x.length === 4)).toBe(true);
  });

  it('writes wide CSV with a row per article', async () => {
    const r = await cli(['analyze', 'examples/corpus', '--format', 'csv', '--csv', 'wide']);
    const rows = parseCsv(r.stdout);
    expect(rows).toHaveLength(7);
    const header = rows[0]!;
    expect(header.slice(0, 2)).toEqual(['id', 'outlet']);
    expect(header).toContain('frames.invasion.score');
    expect(header).toContain('metrics.hedgedLabelShare');
    expect(rows.slice(1).every((x) => x.length === header.length)).toBe(true);
  });

  it('writes NDJSON, one result per line in input order; a bad line stops the run, or with --skip-bad becomes an error record', async () => {
    const records = [JSON.stringify({ id: 'a', text: 'Rain fell.' }), 'not json', JSON.stringify({ id: 'c', text: 'Sun rose.' })].join('\n');
    const strict = await cli(['analyze', '-', '--format', 'ndjson'], records);
    expect(strict.code).toBe(EXIT.usage);
    expect(strict.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['a']); // what came before is out
    expect(strict.stderr).toMatch(/^slantwise: stdin line 2 is not an NDJSON record: not valid JSON: .*\(the line starts: not json\).*--skip-bad/);

    const r = await cli(['analyze', '-', '--format', 'ndjson', '--skip-bad'], records);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id?: string; source?: string; line?: number; error?: string; code?: string });
    expect(lines.map((l) => l.id ?? null)).toEqual(['a', null, 'c']);
    expect(lines[1]).toMatchObject({ source: 'stdin', line: 2, code: 'JSON_INVALID' });
    expect(r.code).toBe(EXIT.recordErrors);
  });

  it('writes Markdown', async () => {
    const r = await cli(['analyze', 'examples/corpus/wire-report.txt', '--format', 'md']);
    expect(r.stdout).toMatch(/^# slantwise report/);
    expect(r.stdout).toMatch(/\| wire-report \|/);
  });

  it('writes to --out and expands globs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'slantwise-out-'));
    const out = join(dir, 'measures.csv');
    const r = await cli(['analyze', 'examples/corpus/*-report.txt', '--format', 'csv', '--out', out]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(/^id,outlet,measure,value\nwire-report,/);
  });

  it('explains an unmatched glob in one line and more with --verbose', async () => {
    const r = await cli(['analyze', 'nothing/*.txt']);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toMatch(/^slantwise: no files match nothing\/\*\.txt\n\(run with --verbose for details\)\n$/);
    const v = await cli(['--verbose', 'analyze', 'nothing/*.txt']);
    expect(v.stderr).toMatch(/at /);
  });
});

describe('compare output formats', () => {
  it('prints one CSV part to stdout and every part to a directory', async () => {
    const r = await cli(['compare', 'examples/corpus', '--format', 'csv', '--part', 'discrepancies']);
    const rows = parseCsv(r.stdout);
    expect(rows[0]).toEqual(['discrepancy', 'kind', 'subject', 'article', 'value', 'start', 'end', 'text']);
    expect(rows.some((x) => x[4] === 'Diana Kowal')).toBe(true);
    const dir = join(mkdtempSync(join(tmpdir(), 'slantwise-cmp-')), 'parts');
    await cli(['compare', 'examples/corpus', '--format', 'csv', '--out', dir]);
    expect(readdirSync(dir).sort()).toEqual(['coverage.csv', 'discrepancies.csv', 'distinctive-terms.csv', 'divergence.csv', 'shared-quotes.csv', 'similarity.csv', 'table.csv']);
    const quotes = parseCsv(readFileSync(join(dir, 'shared-quotes.csv'), 'utf8'));
    expect(quotes[0]).toEqual(['quote', 'speaker', 'identical', 'similarity', 'article', 'start', 'end', 'text']);
    expect(quotes.some((x) => x[7]?.includes('foreign soldiers'))).toBe(true);
    // Booleans are written as true/false, never 1 and an empty field.
    expect(new Set(quotes.slice(1).map((x) => x[2]))).toEqual(new Set(['true', 'false']));
    const coverage = parseCsv(readFileSync(join(dir, 'coverage.csv'), 'utf8'));
    expect(new Set(coverage.slice(1).flatMap((x) => [x[4], x[5]]))).toEqual(new Set(['true', 'false']));
    const similarity = parseCsv(readFileSync(join(dir, 'similarity.csv'), 'utf8'));
    expect(similarity.slice(1).every((x) => x[3] === 'true' || x[3] === 'false')).toBe(true);
  });

  it('prints a Markdown comparison', async () => {
    const r = await cli(['compare', 'examples/corpus', '--format', 'md']);
    expect(r.stdout).toMatch(/## Shared quotations/);
    expect(r.stdout).toMatch(/## Discrepancies/);
  });
});

describe('html output', () => {
  it('writes one self-contained HTML report for analyze and compare', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'slantwise-html-'));
    const out = join(dir, 'report.html');
    const r = await cli(['compare', 'examples/corpus', '--format', 'html', '--out', out]);
    expect(r.code).toBe(EXIT.ok);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toMatch(/<svg/);
    expect(html).not.toMatch(/<script\s+src|<link[^>]+href=["']https?:/i);
    const single = await cli(['analyze', 'examples/corpus/wire-report.txt', '--format', 'html']);
    expect(single.stdout).toMatch(/<mark/);
  });
});

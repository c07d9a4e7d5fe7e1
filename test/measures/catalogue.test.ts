import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  aggregateByOutlet,
  analysesToLongCsv,
  analysesToTables,
  analysesToWideCsv,
  analyzeArticle,
  ARTICLE_FIELDS,
  compareArticles,
  comparisonToCsvTables,
  diffArticles,
  findMeasure,
  flattenAnalysis,
  formatMeasure,
  markdownReport,
  MEASURES,
  measureNames,
  measureValue,
  rankBy,
  renderHtmlReport,
  SlantwiseInputError,
  type ArticleAnalysis,
} from '../../src/index.js';
import { formatAnalysisTable } from '../../src/cli/formatAnalysisTable.js';

const dir = new URL('../../examples/corpus/', import.meta.url);
const corpus: ArticleAnalysis[] = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => analyzeArticle({ id: f.replace(/\.txt$/, ''), outlet: f.startsWith('wire') ? 'Wire' : 'Other', text: readFileSync(new URL(f, dir), 'utf8') }));
// A user frame whose id has a dot and a hyphen: its names must still resolve.
const dotted = analyzeArticle(
  { id: 'harbour', text: 'Asylum claims rose at the border crossing. The minister said the asylum system was under strain.', publishedAt: '2026-03-02', url: 'https://example.org/a' },
  { lexicons: [{ id: 'frame-migration.v2', version: '1.0.0', description: 'd', license: 'MIT', source: 's', entries: [{ term: 'asylum' }, { term: 'border crossing' }] }] },
);
const all = [...corpus, dotted];
const names = new Set([...ARTICLE_FIELDS.map((f) => f.name), ...measureNames(all)]);
const isCatalogued = (n: string) => ARTICLE_FIELDS.some((f) => f.name === n) || findMeasure(n) !== undefined;

/** Every number under metrics, sentiment and frames (evidence arrays aside), by JSON path. */
function numericLeaves(a: ArticleAnalysis): Map<string, number | null> {
  const out = new Map<string, number | null>();
  const walk = (v: unknown, path: string) => {
    if (typeof v === 'number' || v === null) out.set(path, v as number | null);
    else if (v && typeof v === 'object' && !Array.isArray(v)) for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
  };
  walk(a.metrics, 'metrics');
  walk(a.sentiment, 'sentiment');
  for (const [id, f] of Object.entries(a.frames)) walk({ ...f, evidence: undefined }, `frames.${id}`);
  return out;
}

describe('the measure catalogue', () => {
  it('gives every measure one unique name, a label, a description and a unit', () => {
    expect(new Set(MEASURES.map((m) => m.name)).size).toBe(MEASURES.length);
    for (const m of MEASURES) {
      expect(m.name).toMatch(/^[a-z]+(?:\.(?:[A-Za-z0-9]+|\{\w+\}))+$/);
      expect(m.label.length, m.name).toBeGreaterThan(0);
      expect(m.description, m.name).toMatch(/\.$/);
      expect(m.unit.length, m.name).toBeGreaterThan(0);
    }
  });

  it('has an entry for every number an analysis reports, and reads it from the path of its name', () => {
    for (const a of all) {
      for (const [path, value] of numericLeaves(a)) {
        expect(findMeasure(path), `${path} has no catalogue entry`).toBeDefined();
        expect(measureValue(a, path), path).toBe(value);
      }
    }
    expect(measureValue(dotted, 'frames.migration.v2.score')).toBeGreaterThan(0);
    expect(measureValue(dotted, 'frames.migration.v2.byVoice.quoted')).toBe(dotted.frames['migration.v2']!.byVoice.quoted);
    expect(measureValue(corpus[0]!, 'frames.migration.v2.score')).toBeNull();
  });

  it('expands {frame} over the frames of a set, and keeps the flat view in catalogue order', () => {
    const set = measureNames(all);
    expect(set).toContain('frames.migration.v2.hits');
    expect(set.filter((n) => /^frames\..+\.score$/.test(n)).length).toBe(11);
    const flat = flattenAnalysis(dotted);
    expect(Object.keys(flat).slice(0, ARTICLE_FIELDS.length)).toEqual(ARTICLE_FIELDS.map((f) => f.name));
    expect(flat).toMatchObject({ id: 'harbour', publishedAt: '2026-03-02', url: 'https://example.org/a', 'counts.quotes': 0, 'metrics.words': dotted.metrics.words });
    for (const k of Object.keys(flat)) expect(isCatalogued(k), k).toBe(true);
  });

  it('refuses a name it does not know and points to the close one', () => {
    expect(() => measureValue(dotted, 'frame.victory')).toThrow(SlantwiseInputError);
    expect(() => rankBy(all, 'frames.victory')).toThrow(/unknown measure "frames\.victory"; did you mean "frames\.victory\.score"\?/);
    expect(() => rankBy(all, 'quotedWordShare')).toThrow(/did you mean "metrics\.quotedWordShare"/);
    expect(() => aggregateByOutlet(all, { measures: ['metrics.words', 'words'] })).toThrow(/options\.measures\[1\]/);
  });

  it('formats a value by its unit', () => {
    expect(formatMeasure('metrics.quotedWordShare', 0.3127)).toBe('31.3%');
    expect(formatMeasure('frames.victory.score', 12.437)).toBe('12.4');
    expect(formatMeasure('metrics.words', 812)).toBe('812');
    expect(formatMeasure('metrics.hedgedLabelShare', null)).toBe('–');
  });
});

describe('every output names measures as the catalogue does', () => {
  const c = compareArticles(corpus);

  it('CSV: the wide header, the long measure column and the comparison table', () => {
    const wideHeader = analysesToWideCsv(all).split('\n')[0]!.split(',');
    expect(wideHeader).toEqual([...names]);
    const long = analysesToLongCsv(all).trim().split('\n').slice(1).map((l) => l.split(',')[2]!);
    for (const n of new Set(long)) expect(findMeasure(n), n).toBeDefined();
    const table = comparisonToCsvTables(c).table.trim().split('\n').slice(1).map((l) => l.split(',')[2]!);
    for (const n of new Set(table)) expect(findMeasure(n), n).toBeDefined();
  });

  it('the comparison table, rankBy, aggregateByOutlet and diffArticles', () => {
    for (const n of c.table.measures) expect(findMeasure(n)?.definition.headline, n).toBe(true);
    expect(rankBy(corpus, 'frames.victory.byVoice.author')[0]!.id).toBe('patriot-ledger');
    for (const o of aggregateByOutlet(corpus, { resamples: 50 })) for (const n of Object.keys(o.measures)) expect(findMeasure(n), n).toBeDefined();
    for (const m of diffArticles(corpus[0]!, corpus[1]!).measures) expect(findMeasure(m.measure), m.measure).toBeDefined();
  });

  it('the articles table written to Parquet', () => {
    const t = analysesToTables(all);
    expect(t.articles.columns.map((col) => col.name)).toEqual([...names]);
    const victory = t.articles.columns.find((col) => col.name === 'frames.victory.score')!;
    expect(victory.type).toBe('number');
    expect(victory.values).toEqual(all.map((a) => a.frames.victory!.score));
  });

  it('the Markdown report, the HTML report and the CLI table', () => {
    const md = markdownReport(corpus, c);
    const mdRows = md.split('\n').filter((l) => /^\| [a-z]+\.[^ ]+ \|/.test(l)).map((l) => l.split(' | ')[0]!.slice(2));
    expect(mdRows.length).toBeGreaterThan(20);
    for (const n of mdRows) expect(isCatalogued(n), n).toBe(true);

    const html = renderHtmlReport(corpus, c);
    const htmlRows = [...html.matchAll(/<th scope="row" class="rowhead"[^>]*><code>([^<]+)<\/code>/g)].map((m) => m[1]!);
    expect(htmlRows).toEqual(c.table.measures);

    // Rows of the CLI table are catalogue names, or one of the few descriptive rows.
    const cli = formatAnalysisTable(corpus).split('\n\n')[0]!.split('\n').slice(2);
    for (const line of cli) {
      const label = line.split(/\s{2,}/)[0]!;
      if (/^(?:outlet|top frames|segments: \w+|\s*\(.*)$/.test(label) || label === '') continue;
      expect(findMeasure(label), `CLI table row "${label}"`).toBeDefined();
    }
  });
});

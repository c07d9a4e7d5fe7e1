import { describe, expect, it } from 'vitest';
import { analyzeArticle, compareArticles, markdownReport } from '../../src/index.js';
import { inline } from '../../src/report/markdownReport.js';

/** Undoes `inline`: Markdown backslash escapes, then the HTML entities. */
const unescape = (s: string) => s.replace(/\\([\\`*_[\]|~])/g, '$1').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Cells of a Markdown table row, split on the pipes that are not escaped. */
const cells = (row: string) => row.slice(2, -2).split(/(?<!\\) \| /);

describe('markdownReport escapes what comes from the articles', () => {
  const texts = [
    { id: 'a|b <script>alert(1)</script>', outlet: 'Pipe | Press *bold* [link](javascript:x)', text: 'Mayor Ana Ruiz said the vote was "a <b>win</b> | for all_of_us".\nOfficials said 22 people were held.' },
    { id: 'plain', outlet: 'Gazette', text: 'Mayor Ana Ruiz said the vote was "a <b>win</b> | for all_of_us".\nOfficials said 24 people were held.' },
  ];
  const analyses = texts.map((t) => analyzeArticle(t));
  const md = markdownReport(analyses, compareArticles(analyses));

  it('keeps every table row to its columns whatever the ids and outlets hold', () => {
    const tables = md.split('\n\n').filter((block) => block.startsWith('| '));
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables) {
      const rows = t.split('\n').filter(Boolean);
      const width = cells(rows[0]!).length;
      for (const r of rows) expect(cells(r)).toHaveLength(width);
    }
    // Measures are rows, articles columns: the header holds the ids, the outlet row the outlets.
    const header = md.split('\n').find((l) => l.startsWith('| measure |'))!;
    const outletRow = md.split('\n').find((l) => l.startsWith('| outlet |'))!;
    expect(unescape(cells(header)[1]!)).toBe(texts[0]!.id);
    expect(unescape(cells(outletRow)[1]!)).toBe(texts[0]!.outlet);
  });

  it('leaves no HTML tag and no unescaped Markdown from the input', () => {
    expect(md).not.toMatch(/<script|<b>|<\/b>/);
    expect(md).toContain('&lt;script&gt;');
    expect(md).not.toContain('[link](javascript');
    expect(md).toContain('\\[link\\](javascript:x)');
  });

  it('keeps a quotation with a line break on one list line', () => {
    expect(inline('first line\nsecond | line')).toBe('first line second \\| line');
    expect(unescape(inline('a_b *c* `d` [e] ~f~ \\ <g> &amp;'))).toBe('a_b *c* `d` [e] ~f~ \\ <g> &amp;');
  });
});

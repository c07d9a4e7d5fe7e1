import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, compareArticles, type ArticleAnalysis } from '../../src/index.js';
import { renderHtmlReport } from '../../src/report/htmlReport.js';

const dir = new URL('../../examples/corpus/', import.meta.url);
const texts = new Map(readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => [f.replace(/\.txt$/, ''), readFileSync(new URL(f, dir), 'utf8')]));
const analyses: ArticleAnalysis[] = [...texts].map(([id, text]) => analyzeArticle({ id, text }));
const comparison = compareArticles(analyses);
const html = renderHtmlReport(analyses, comparison, { title: 'Six outlets & one <event>' });
const frames = comparison.table.measures.filter((m) => /^frames\..+\.score$/.test(m)).map((m) => m.slice('frames.'.length, -'.score'.length));

/** The HTML of one article's section. */
function articleSection(doc: string, id: string): string {
  const start = doc.indexOf(`data-article="${id}">`);
  expect(start).toBeGreaterThan(-1);
  const end = doc.indexOf('</section>', start);
  return doc.slice(start, end);
}

/** The reason lines of every <mark> title (own reasons, not the "within …" context lines). */
function ownReasons(section: string): string[] {
  return [...section.matchAll(/<mark [^>]*title="([^"]*)"/g)].flatMap((m) => m[1]!.split('&#10;').filter((line) => !line.startsWith('within ')));
}

/** Undoes the five escapes the report uses. */
function unescape(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&#10;/g, '\n').replace(/&amp;/g, '&');
}

/** Checks that <mark> tags are balanced and properly nested inside every segment paragraph. */
function expectWellFormedMarks(doc: string): void {
  for (const p of doc.matchAll(/<p class="seg[^"]*"[^>]*>([\s\S]*?)<\/p>/g)) {
    let depth = 0;
    for (const t of p[1]!.matchAll(/<(\/?)mark\b/g)) {
      depth += t[1] ? -1 : 1;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  }
}

describe('renderHtmlReport', () => {
  it('returns one complete, self-contained HTML document', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html.match(/<head>/g)).toHaveLength(1);
    expect(html.match(/<body>/g)).toHaveLength(1);
    expect(html).toContain('<title>Six outlets &amp; one &lt;event&gt;</title>');
    expect(html).toContain('@media print');
    // no external resources of any kind
    expect(html).not.toMatch(/<script\b/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/\ssrc\s*=/i);
    expect(html).not.toMatch(/<(img|iframe|object|embed|video|audio)\b/i);
    expect(html).not.toMatch(/@import|@font-face/i);
    for (const m of html.matchAll(/url\(([^)]*)\)/g)) expect(m[1]).toMatch(/^#/);
    for (const m of html.matchAll(/https?:\/\/[^\s"'<)]*/g)) expect(m[0]).toBe('http://www.w3.org/2000/svg');
    for (const m of html.matchAll(/\shref="([^"]*)"/g)) expect(m[1]).toMatch(/^#/);
  });

  it('shows the library version from the comparison and no date', () => {
    expect(html).toContain(`${comparison.meta.library.name} ${comparison.meta.library.version}`);
    expect(html).not.toMatch(/\b20\d\d-\d\d-\d\d\b/);
  });

  it('has an SVG heatmap with one cell per article × frame, each with its score', () => {
    const svg = /<svg class="heatmap"[\s\S]*?<\/svg>/.exec(html)![0];
    const cells = [...svg.matchAll(/<rect class="hm-cell" data-article="([^"]*)" data-frame="([^"]*)" data-score="([^"]*)"/g)];
    expect(frames.length).toBe(10);
    expect(cells).toHaveLength(analyses.length * frames.length);
    expect(svg.match(/<rect\b/g)).toHaveLength(analyses.length * frames.length);
    const seen = new Set(cells.map((c) => `${c[1]}|${c[2]}`));
    for (const a of analyses) for (const f of frames) expect(seen.has(`${a.id}|${f}`)).toBe(true);
    const row = comparison.table.rows.find((r) => r.id === 'patriot-ledger')!;
    const cell = cells.find((c) => c[1] === 'patriot-ledger' && c[2] === 'victory')!;
    expect(Number(cell[3])).toBeCloseTo(row.values['frames.victory.score']!, 3);
    expect(svg).toContain(`>${row.values['frames.victory.score']!.toFixed(1)}</text>`);
  });

  it('draws the bar charts and the source and stance profiles', () => {
    for (const heading of ['Loaded language per 1,000 words', 'Attributions per 100 words', 'Hedged label share', 'Distinct sources by kind', 'Attributions by stance of the reporting verb']) {
      expect(html).toContain(heading);
    }
    const stacked = [...html.matchAll(/<rect class="seg-bar" data-category="([^"]*)"/g)].map((m) => m[1]);
    expect(stacked).toEqual(expect.arrayContaining(['named', 'anonymous', 'neutral', 'denying']));
  });

  it('highlights quotes and frame hits with a title saying why they fired', () => {
    const wire = articleSection(html, 'wire-report');
    expect(wire).toMatch(/<mark class="hl hl-quote q-person[^"]*"[^>]*title="quote · speaker Elena Varga \(person, official\)/);
    expect(wire).toMatch(/<mark class="hl hl-frame f-invasion[^"]*"[^>]*title="frame invasion · entry ‘[^’]+’ · (author|quoted|editorial) voice/);
    expect(wire).toMatch(/class="hl hl-label hl-label-hedged"/);
    for (const m of html.matchAll(/<mark\b[^>]*>/g)) expect(m[0]).toMatch(/ title="[^"]+"/);
    expectWellFormedMarks(html);
  });

  it('places every evidence span of the corpus on the text (none lost)', () => {
    expect(html).not.toContain('not placed on the text');
    for (const a of analyses) {
      const reasons = ownReasons(articleSection(html, a.id));
      const count = (prefix: string) => reasons.filter((r) => r.startsWith(prefix)).length;
      expect(count('quote · ')).toBeGreaterThanOrEqual(a.quotes.length);
      for (const f of frames) expect(count(`frame ${f} · `)).toBeGreaterThanOrEqual(a.frames[f]!.evidence.length);
      expect(count('loaded language · ')).toBeGreaterThanOrEqual(a.language.loaded.length);
      expect(count('hedge · ')).toBeGreaterThanOrEqual(a.language.hedges.length);
      expect(count('intensifier · ')).toBeGreaterThanOrEqual(a.language.intensifiers.length);
      expect(count('accused label · ')).toBeGreaterThanOrEqual(a.language.labels.length);
    }
  });

  it('rebuilds each article text from its segments, one paragraph per segment, with kind labels', () => {
    for (const a of analyses) {
      const section = articleSection(html, a.id);
      const paras = [...section.matchAll(/<p class="seg seg-([a-z]+)[^"]*" data-kind="[a-z]+"><span class="seg-label"[^>]*>([a-z]+)<\/span>([\s\S]*?)<\/p>/g)];
      expect(paras).toHaveLength(a.segments.length);
      paras.forEach((p, i) => {
        expect(p[1]).toBe(a.segments[i]!.kind);
        expect(p[2]).toBe(a.segments[i]!.kind);
        expect(unescape(p[3]!.replace(/<[^>]+>/g, ''))).toBe(a.segments[i]!.text);
      });
    }
    expect(articleSection(html, 'newswire-hub-syndicated')).toContain('seg-boilerplate seg-excluded');
    expect(articleSection(html, 'harbor-times-editors-note')).toContain('class="seg seg-editorial"');
  });

  it('shows shared-quote diffs, discrepancies, coverage, similarity and distinctive terms', () => {
    // the most copied wording ("troops") is the reference; the variant's own words are inserted
    expect(html).toMatch(/<del[^>]*>troops<\/del><ins[^>]*>soldiers<\/ins>/);
    expect(html).toContain('worded identically');
    expect(html).toContain('Diana Kowal');
    expect(html).toMatch(/<strong>24<\/strong>/);
    expect(html).toContain('near-duplicate / syndicated copy');
    expect(html).toContain('Ana Lucero');
    expect(html).toContain('class="chip chip-omit"');
    expect(html).toContain('id="entities"');
    expect(html).toMatch(/<th scope="row"[^>]*>Dana Kowal/);
    expect(html).toContain('class="chip term"');
  });

  it('escapes untrusted text everywhere: article text, ids, outlets, quotes', () => {
    const text = 'Police said the <script>alert("x")</script> suspects were “criminals & <img src=x onerror=alert(1)> thugs,” the minister said.\nSecond line with troops and tariffs.';
    const evil = analyzeArticle({ id: 'evil"><script>alert(1)</script>', outlet: '<b>Outlet</b>', text });
    const other = analyzeArticle({ id: 'plain', text: 'The minister said troops would stay. Tariffs were discussed.' });
    const out = renderHtmlReport([evil, other], compareArticles([evil, other]), { title: '</title><script>alert(2)</script>' });
    expect(out).not.toMatch(/<script/i);
    expect(out).not.toMatch(/<img/i);
    expect(out).not.toContain('<b>Outlet</b>');
    expect(out).toContain('the &lt;script&gt;alert(&quot;');
    expect(out).toContain('&quot;)&lt;/script&gt; ');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out).toContain('&lt;b&gt;Outlet&lt;/b&gt;');
    expect(out).toContain('data-article="evil&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    // the quote holding the markup is still highlighted, with escaped content
    expect(out).toMatch(/<mark class="hl hl-quote[^"]*"[^>]*>(?:(?!<\/p>)[\s\S])*&lt;img src=x/);
    const para = /<p class="seg seg-body" data-kind="body"><span class="seg-label"[^>]*>body<\/span>([\s\S]*?)<\/p>/.exec(articleSection(out, 'evil&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;'))!;
    expect(unescape(para[1]!.replace(/<[^>]+>/g, ''))).toBe(text.split('\n')[0]);
    expectWellFormedMarks(out);
  });

  it('nests overlapping spans deterministically and lists spans it cannot place', () => {
    const base = analyzeArticle({ id: 'overlap', text: 'Officials said the suspected cartel bosses were armed.\nA second paragraph follows.' });
    const a: ArticleAnalysis = structuredClone(base);
    const seg0 = a.segments[0]!;
    const at = (s: string) => seg0.start + seg0.text.indexOf(s);
    const ev = (s: string, entry: string) => ({ start: at(s), end: at(s) + s.length, text: s, lexicon: 'test', entry, voice: 'author' as const, negated: false, weight: 1 });
    // "cartel bosses were" crosses the end of the loaded span "suspected cartel"
    a.frames = { crime: { score: 1, hits: 2, byVoice: { author: 1, quoted: 0, editorial: 0 }, evidence: [ev('cartel bosses were', 'cartel boss'), ev('cartel', 'cartel')] } };
    a.language.loaded = [ev('suspected cartel', 'x')];
    a.language.hedges = [ev('suspected', 'suspected')];
    a.language.intensifiers = [{ ...ev('cartel', 'x'), start: 999, end: 1005 }];
    a.language.labels = [];
    a.quotes = [];
    const out = renderHtmlReport([a], compareArticles([a]));
    const section = articleSection(out, 'overlap');
    expectWellFormedMarks(out);
    // the loaded span holds the hedge and the start of the crossing frame span; the frame span continues after it
    expect(section).toContain('<mark class="hl hl-loaded"');
    expect(section).toMatch(/<mark class="hl hl-hedge"[^>]*>suspected<\/mark>/);
    expect(section).toMatch(/<mark class="hl hl-frame f-crime"[^>]*>cartel<\/mark><\/mark>/);
    expect(section).toMatch(/<mark class="hl hl-frame f-crime hl-cont"[^>]*> bosses were<\/mark>/);
    // identical ranges merge into one mark with both reasons
    expect(section).toMatch(/title="frame crime · entry ‘cartel boss’ · author voice · weight 1&#10;frame crime · entry ‘cartel’ · author voice · weight 1&#10;within loaded language/);
    // the span with bad offsets is reported, not dropped silently
    expect(section).toContain('1 evidence span not placed on the text');
    expect(section).toContain('intensifier · entry ‘x’');
    expect(renderHtmlReport([a], compareArticles([a]))).toBe(out);
  });

  it('is deterministic: the same output on a second call and on a JSON copy of the inputs', () => {
    expect(renderHtmlReport(analyses, comparison, { title: 'Six outlets & one <event>' })).toBe(html);
    const copy = JSON.parse(JSON.stringify({ analyses, comparison })) as { analyses: ArticleAnalysis[]; comparison: typeof comparison };
    expect(renderHtmlReport(copy.analyses, copy.comparison, { title: 'Six outlets & one <event>' })).toBe(html);
  });

  it('does not modify its inputs', () => {
    const before = JSON.stringify({ analyses, comparison });
    renderHtmlReport(analyses, comparison);
    expect(JSON.stringify({ analyses, comparison })).toBe(before);
  });
});

describe('a custom frame whose id is the name of an object property', () => {
  it('gets a colour from the palette, not a function', () => {
    const frame = { id: 'frame-constructor', kind: 'frame' as const, version: '1.0.0', description: 'Building works.', language: 'en', license: 'CC0-1.0', source: 'test', entries: [{ term: 'scaffolding' }] };
    const a = analyzeArticle({ id: 'site', text: 'The scaffolding went up on Monday. Crews said the scaffolding would stay all winter.' }, { lexicons: [frame] });
    const out = renderHtmlReport([a], compareArticles([a]));
    expect(out).not.toContain('function');
    expect(out).toMatch(/\.f-constructor\{background-color:#[0-9a-f]{6}\}/);
  });
});

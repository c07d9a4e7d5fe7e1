import { describe, expect, it } from 'vitest';
import { analyzeArticle, compareArticles } from '../../src/index.js';
import { REPORT_SECTIONS, renderHtmlReport, type ReportSection } from '../../src/report/htmlReport.js';

const analyses = [
  analyzeArticle({ id: 'gazette', outlet: 'Gazette', text: 'The council voted to close the bridge.\nThe mayor said the decision was painful.' }),
  analyzeArticle({ id: 'courier', outlet: 'Courier', text: 'Critics called the bridge closure a disaster.\nOfficials said it would reopen in spring.' }),
];
const comparison = compareArticles(analyses);

/** Anchors of the navigation bar's section links and of the page's sections, in page order. */
function structure(html: string): { nav: string[]; sections: string[] } {
  const nav = html.slice(html.indexOf('<nav class="toc">'), html.indexOf('</nav>'));
  return {
    nav: [...nav.matchAll(/<a href="#([^"]+)">/g)].map((m) => m[1]!),
    sections: [...html.matchAll(/<section class="block" id="([^"]+)">/g)].map((m) => m[1]!),
  };
}

describe('HTML report sections', () => {
  it('shows every default section once, in list order, with a navigation link each, then the article texts', () => {
    const { nav, sections } = structure(renderHtmlReport(analyses, comparison));
    const ids = REPORT_SECTIONS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(nav).toEqual(ids);
    expect(sections).toEqual(ids);
    const html = renderHtmlReport(analyses, comparison);
    expect(html.indexOf('id="article-1"')).toBeGreaterThan(html.indexOf('id="legend"'));
  });

  it('takes a section list: a new section brings its heading, link, content and CSS, escaped', () => {
    const matrix: ReportSection = {
      id: 'entities',
      heading: 'Who is named <where>',
      nav: 'Entities & co',
      render: (ctx) => `<p class="entity-note">${ctx.analyses.length} articles</p>`,
      css: '.entity-note{color:#334155}',
    };
    const html = renderHtmlReport(analyses, comparison, { sections: [REPORT_SECTIONS[0]!, matrix] });
    const { nav, sections } = structure(html);
    expect(nav).toEqual(['overview', 'entities']);
    expect(sections).toEqual(['overview', 'entities']);
    expect(html).toContain('<h2>Who is named &lt;where&gt;</h2>\n<p class="entity-note">2 articles</p>');
    expect(html).toContain('<a href="#entities">Entities &amp; co</a>');
    expect(html).toMatch(/<style>[^]*\.entity-note\{color:#334155\}\n<\/style>/);
    expect(html).not.toContain('id="frames"');
  });
});

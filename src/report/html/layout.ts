/** The page frame of the report: the HTML document, sections, scrollable tables and the navigation bar. */
import { articleLink, type ReportContext } from './context.js';
import { esc } from './format.js';

/** One section of the report: an anchor, a heading, a link in the navigation bar, and its content. */
export interface ReportSection {
  /** Anchor id (`#frames`); unique in the page. */
  id: string;
  /** The section's heading. */
  heading: string;
  /** Its label in the navigation bar. */
  nav: string;
  /** The section's content: HTML, with every piece of text escaped. Pure: no I/O, no date. */
  render: (ctx: ReportContext) => string;
  /** CSS rules the section needs, appended to the page's style sheet. */
  css?: string;
}

export function section(id: string, heading: string, content: string): string {
  return `<section class="block" id="${id}"><h2>${esc(heading)}</h2>\n${content}\n</section>`;
}

/** A fixed first column wide enough for typical article ids. */
export const ARTICLE_COL = '<colgroup><col style="width:235px"><col></colgroup>';

export function scrollTable(head: string, body: string, cls = '', colgroup = ''): string {
  return `<div class="scroll"><table class="${cls}">${colgroup}<thead>${head}</thead><tbody>\n${body}\n</tbody></table></div>`;
}

/** The sticky navigation bar: a link per section, then a link per article text. */
export function renderNav(ctx: ReportContext, sections: readonly ReportSection[]): string {
  const articles = ctx.analyses.map((a) => articleLink(ctx, a.id)).join(' ');
  return `<nav class="toc"><div>${sections.map((s) => `<a href="#${s.id}">${esc(s.nav)}</a>`).join(' ')}</div><div class="toc-articles"><span class="muted">Texts:</span> ${articles}</div></nav>`;
}

/** A complete HTML5 document around `body`, with its inline style sheet. */
export function renderPage(o: { title: string; generator: string; css: string; body: string }): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${esc(o.generator)}">`,
    `<title>${esc(o.title)}</title>`,
    `<style>\n${o.css}\n</style>`,
    '</head>',
    '<body>',
    '<div class="wrap">',
    o.body,
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Section "Articles": one row per article with its size, segments, provenance and sources. */
import { articleLink, EXCLUDED_KINDS, provenanceText, type ReportContext } from '../context.js';
import { countBy, esc, int, pct } from '../format.js';
import { scrollTable } from '../layout.js';

export function renderOverview(ctx: ReportContext): string {
  const rows = ctx.analyses.map((a, i) => {
    const segs = countBy(a.segments.map((s) => s.kind));
    const excluded = EXCLUDED_KINDS.reduce((n, k) => n + (segs.get(k) ?? 0), 0);
    const prov = provenanceText(a);
    return `<tr><td class="num">${i + 1}</td><td>${articleLink(ctx, a.id)}${a.title ? `<div class="small">“${esc(a.title)}”</div>` : ''}${prov ? `<div class="small muted">${esc(prov)}</div>` : ''}</td><td>${esc(a.outlet ?? '–')}</td>` +
      `<td class="num">${int(a.metrics.words)}</td><td class="num">${int(a.metrics.bodyWords)}</td><td class="num">${a.segments.length}</td><td class="num">${excluded}</td>` +
      `<td class="num">${pct(a.metrics.editorialShare)}</td><td class="num">${pct(a.metrics.boilerplateShare)}</td><td class="num">${a.sources.length}</td><td class="num">${a.quotes.length}</td></tr>`;
  });
  return scrollTable(
    '<tr><th>#</th><th>article <span class="muted small">(title, provenance)</span></th><th>outlet</th><th class="num" title="word tokens in the whole input">words</th><th class="num" title="words in body, heading and editorial segments">ana&shy;lysed words</th><th class="num">seg&shy;ments</th><th class="num" title="boilerplate, captions, inserts, bios, bylines">ex&shy;cluded seg&shy;ments</th><th class="num">edi&shy;torial share</th><th class="num">boiler&shy;plate share</th><th class="num">sources</th><th class="num">quotes</th></tr>',
    rows.join('\n'),
    'overview fixed',
    `<colgroup><col style="width:2rem"><col style="width:30%"><col style="width:9%">${'<col>'.repeat(8)}</colgroup>`,
  );
}

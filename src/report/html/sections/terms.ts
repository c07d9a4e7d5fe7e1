/** Section "Distinctive terms": the words that set each article apart. */
import { articleLink, type ReportContext } from '../context.js';
import { attr, esc, num } from '../format.js';
import { ARTICLE_COL, scrollTable } from '../layout.js';

export function renderTerms(ctx: ReportContext): string {
  const byId = new Map(ctx.c.distinctiveTerms.map((d) => [d.id, d.terms]));
  const rows = ctx.analyses
    .map((a) => {
      const terms = byId.get(a.id) ?? [];
      return `<tr><td>${articleLink(ctx, a.id)}</td><td>${terms.map((t) => `<span class="chip term" title="${attr(`${t.term}: ${t.count} occurrences, z ${num(t.z, 2)}, log-odds delta ${num(t.delta, 3)}`)}">${esc(t.term)} <span class="muted small">z ${num(t.z, 1)}</span></span>`).join(' ') || '<span class="muted">none</span>'}</td></tr>`;
    })
    .join('\n');
  return `<p class="note">Words that set each article apart from all the others (weighted log-odds with an informative Dirichlet prior; z ≥ 1 and at least two occurrences), strongest first.</p>${scrollTable('<tr><th>article</th><th>terms</th></tr>', rows, 'terms fixed', ARTICLE_COL)}`;
}

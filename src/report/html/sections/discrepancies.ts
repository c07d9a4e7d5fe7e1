/** Section "Discrepancies": names and numbers the articles give differently. */
import { articleLink, type ReportContext } from '../context.js';
import { countBy, esc } from '../format.js';
import { scrollTable } from '../layout.js';

export function renderDiscrepancies(ctx: ReportContext): string {
  const ds = ctx.c.discrepancies;
  if (ds.length === 0) return '<p class="muted">No discrepancies found: the articles agree on the names and numbers that could be compared.</p>';
  const blocks = ds.map((d) => {
    const counts = countBy(d.values.map((v) => v.value));
    let most = 0; // a loop, not Math.max(...): a spread of many values overflows the stack
    for (const n of counts.values()) most = Math.max(most, n);
    const rows = d.values.map((v) => {
      const minority = (counts.get(v.value) ?? 0) < most;
      return `<tr${minority ? ' class="odd-one"' : ''}><td>${articleLink(ctx, v.articleId)}</td><td><strong>${esc(v.value)}</strong>${minority ? ' <span class="badge b-warn">differs from most</span>' : ''}</td><td>“${esc(v.text)}”</td><td class="num small muted">${v.start}–${v.end}</td></tr>`;
    });
    return `<h3><span class="badge b-kind">${esc(d.kind)}</span> ${esc(d.subject)}</h3>${scrollTable('<tr><th>article</th><th>value</th><th>as written</th><th class="num">offsets</th></tr>', rows.join('\n'), 'fixed', '<colgroup><col style="width:235px"><col style="width:260px"><col><col style="width:110px"></colgroup>')}`;
  });
  return blocks.join('\n');
}

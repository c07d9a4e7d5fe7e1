/** Section "All measures": the comparison table, each cell tinted by its z-score across the set. */
import { articleLink, type ReportContext } from '../context.js';
import { attr, esc, int, num, pct } from '../format.js';
import { scrollTable } from '../layout.js';
import { zTint } from '../palette.js';
import { findMeasure } from '../../../measures/measureValues.js';

function formatMeasure(measure: string, v: number | null | undefined): string {
  if (v === null || v === undefined) return '–';
  if (/Share$/.test(measure)) return pct(v, 1);
  if (measure === 'metrics.words' || measure === 'metrics.bodyWords' || measure === 'metrics.distinctSources') return int(v);
  if (measure.startsWith('sentiment.')) return num(v, 3);
  return num(v, 2);
}

export function renderMeasureTable(ctx: ReportContext): string {
  const rows = ctx.analyses.map((a) => ctx.rowById.get(a.id));
  const head = `<tr><th>measure</th>${ctx.analyses.map((a) => `<th>${articleLink(ctx, a.id)}</th>`).join('')}</tr>`;
  const body = ctx.c.table.measures
    .map((m) => {
      const measure = findMeasure(m);
      const label = measure ? `${measure.label}: ${measure.definition.description}` : m;
      const cells = rows.map((r, i) => {
        const v = r?.values[m];
        const z = r?.z[m];
        const rank = r?.rank[m];
        const tip = `${ctx.analyses[i]!.id} · ${m}: ${v === null || v === undefined ? 'no value' : String(v)}${z === null || z === undefined ? '' : ` · z ${num(z, 2)}`}${rank ? ` · rank ${rank}` : ''}`;
        return `<td class="num" style="background:${zTint(z)}" title="${attr(tip)}">${formatMeasure(m, v)}</td>`;
      });
      return `<tr><th scope="row" class="rowhead" title="${attr(label)}"><code>${esc(m)}</code></th>${cells.join('')}</tr>`;
    })
    .join('\n');
  return `<p class="note">Cells are tinted by z-score across the set: <span class="tint" style="background:${zTint(1.8)}">above the mean</span> <span class="tint" style="background:${zTint(-1.8)}">below the mean</span><span class="screen-only">; hover for z and rank</span>.</p>${scrollTable(head, body, 'measures')}`;
}

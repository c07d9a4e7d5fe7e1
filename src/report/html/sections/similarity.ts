/** Section "Similarity and divergence": text similarity of each pair and the most different frame mixes. */
import { articleLink, type ReportContext } from '../context.js';
import { cmpStr, num } from '../format.js';
import { scrollTable } from '../layout.js';

export function renderSimilarity(ctx: ReportContext): string {
  const sims = [...ctx.c.similarity].sort((x, y) => y.cosine - x.cosine || cmpStr(x.a, y.a) || cmpStr(x.b, y.b));
  const shown = sims.slice(0, 40);
  const rows = shown
    .map((s) => `<tr${s.nearDuplicate ? ' class="dupe"' : ''}><td>${articleLink(ctx, s.a)} ↔ ${articleLink(ctx, s.b)}</td><td class="num">${num(s.cosine, 3)}</td><td><span class="meter"><span style="width:${num(Math.max(0, Math.min(1, s.cosine)) * 100, 1)}%"></span></span></td><td>${s.nearDuplicate ? '<span class="badge b-warn">near-duplicate / syndicated copy</span>' : ''}</td></tr>`)
    .join('\n');
  const more = sims.length > shown.length ? `<p class="small muted">${sims.length - shown.length} lower-similarity pairs not shown.</p>` : '';
  const div = [...ctx.c.divergence].filter((d) => d.jsd !== null).sort((x, y) => y.jsd! - x.jsd! || cmpStr(x.a, y.a) || cmpStr(x.b, y.b)).slice(0, 10);
  const divRows = div.map((d) => `<tr><td>${articleLink(ctx, d.a)} ↔ ${articleLink(ctx, d.b)}</td><td class="num">${num(d.jsd, 3)}</td><td><span class="meter violet"><span style="width:${num(Math.min(1, d.jsd!) * 100, 1)}%"></span></span></td></tr>`).join('\n');
  return [
    '<h3>Text similarity</h3><p class="note">TF-IDF cosine over content words, highest first; pairs at or above the near-duplicate threshold are flagged.</p>',
    sims.length ? scrollTable('<tr><th>pair</th><th>cosine</th><th></th><th></th></tr>', rows, 'sim') : '<p class="muted">No pairs.</p>',
    more,
    '<h3>Most different frame mixes</h3><p class="note">Jensen–Shannon divergence in bits (0 = the same frame mix, 1 = no frame in common).</p>',
    div.length ? scrollTable('<tr><th>pair</th><th>JSD</th><th></th></tr>', divRows, 'sim') : '<p class="muted">No pairs with frame hits.</p>',
  ].join('\n');
}

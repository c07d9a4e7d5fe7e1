/** Section "Entities across articles": the entities × articles matrix with the label each article uses. */
import { articleLink, type ReportContext } from '../context.js';
import { attr, esc } from '../format.js';
import { cellText, matrixEntities } from '../../entityMatrix.js';

export const entityMatrixCss = [
  '.em-table{border-collapse:collapse;font-size:0.85rem}',
  '.em-table th,.em-table td{border:1px solid #ddd;padding:0.25rem 0.4rem;text-align:left;vertical-align:top}',
  '.em-none{color:#aaa;text-align:center}',
  '.em-name{color:#555;font-style:italic}',
  '.em-label{font-weight:600}',
  '.em-type{color:#888;font-weight:normal;font-size:0.75rem}',
  '.em-mark{color:#b35c00}',
].join('\n');

/**
 * The entities × articles matrix of a comparison as an HTML fragment: one row per person,
 * body or group, one column per article, each cell holding the label that article uses for it
 * ("suspects", "narco-terrorists", "cartel bosses"), the name it uses when it attaches no label,
 * or a dash when it leaves the entity out. Names spelled differently are marked, and so are
 * the articles in which the entity speaks.
 *
 * @example
 * ```ts
 * renderHtmlReport(analyses, compareArticles(analyses)); // includes this section
 * ```
 */
export function renderEntityMatrix(ctx: ReportContext): string {
  const c = ctx.c;
  const rows = matrixEntities(c);
  if (rows.length === 0) return '<p class="muted">No person, body or group is named in more than one article.</p>';
  const ids = c.articles.map((a) => a.id);
  const head = `<tr><th>entity</th>${ids.map((id) => `<th>${articleLink(ctx, id)}</th>`).join('')}</tr>`;
  const body = rows
    .map((e) => {
      const kind = e.evidence.length ? ` title="${attr(e.evidence.map((x) => `${x.kind}: ${x.a.name} (${x.a.articleId}) = ${x.b.name} (${x.b.articleId}), ${x.score}`).join('\n'))}"` : '';
      const cells = ids.map((id) => {
        const cell = cellText(e, id);
        if (!cell) return '<td class="em-none">—</td>';
        const marks = `${cell.renamed ? ' <span class="em-mark" title="named differently here">≠</span>' : ''}${cell.quoted ? ' <span class="em-mark" title="speaks in this article">“”</span>' : ''}`;
        return `<td class="${cell.labelled ? 'em-label' : 'em-name'}">${esc(cell.text)}${marks}</td>`;
      });
      return `<tr><th scope="row"${kind}>${esc(e.name)} <span class="em-type">${esc(e.quantity !== undefined ? 'counted group' : e.type)}${e.confidence < 1 ? ` · ${e.confidence}` : ''}</span></th>${cells.join('')}</tr>`;
    })
    .join('\n');
  return [
    '<p class="muted">How each article names and labels the same person, body or group: the role words it attaches (bold), or the name it uses when it attaches none (italic); — when it leaves the entity out; ≠ a different name or spelling; “” the entity speaks there. Hover a row name for the alignment evidence.</p>',
    `<div class="scroll"><table class="em-table"><thead>${head}</thead><tbody>\n${body}\n</tbody></table></div>`,
  ].join('\n');
}

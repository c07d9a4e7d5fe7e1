/** Section "Coverage": what each article omits or alone has, and the coverage matrix. */
import { articleLink, type ReportContext } from '../context.js';
import { attr, esc, truncate } from '../format.js';
import { scrollTable } from '../layout.js';

const COVERAGE_KINDS = [
  { kind: 'source', label: 'sources cited' },
  { kind: 'person', label: 'people named' },
  { kind: 'organization', label: 'bodies named' },
  { kind: 'number', label: 'numbers' },
] as const;

export function renderCoverage(ctx: ReportContext): string {
  const { c, analyses } = ctx;
  const items = new Map(c.coverage.items.map((i) => [i.key, i]));
  const byArticle = new Map(c.coverage.byArticle.map((b) => [b.id, b]));
  const chips = (keys: string[], cls: string) => {
    const groups = COVERAGE_KINDS.map((g) => [g.label, keys.filter((k) => items.get(k)?.kind === g.kind)] as const).filter(([, ks]) => ks.length > 0);
    const unknown = keys.filter((k) => !items.has(k));
    const html = groups.map(([label, ks]) => `<div><span class="muted small">${esc(label)}:</span> ${ks.map((k) => `<span class="chip ${cls}" title="${attr(k)}">${esc(items.get(k)!.label)}</span>`).join(' ')}</div>`);
    if (unknown.length) html.push(`<div>${unknown.map((k) => `<span class="chip ${cls}">${esc(k)}</span>`).join(' ')}</div>`);
    return html.join('') || '<span class="muted">–</span>';
  };
  const perArticle = analyses
    .map((a) => {
      const b = byArticle.get(a.id);
      return `<tr><td>${articleLink(ctx, a.id)}</td><td>${b ? chips(b.omits, 'chip-omit') : '–'}</td><td>${b ? chips(b.unique, 'chip-unique') : '–'}</td></tr>`;
    })
    .join('\n');
  const parts = [
    '<p class="note">“Omits”: sources, names and numbers that at least half of the other articles include and this one leaves out. “Only here”: what no other article has.</p>',
    scrollTable('<tr><th>article</th><th>omits</th><th>only here</th></tr>', perArticle, 'coverage fixed', '<colgroup><col style="width:235px"><col><col></colgroup>'),
  ];
  if (c.coverage.items.length > 0 && analyses.length <= 20) {
    const omitted = new Set(c.coverage.byArticle.flatMap((b) => b.omits.map((k) => `${b.id}\u0000${k}`)));
    const head = `<tr><th>item</th>${analyses.map((a, i) => `<th class="num" title="${attr(a.id)}"><a href="#${ctx.anchor.get(a.id)}">${i + 1}</a></th>`).join('')}<th class="num">articles</th></tr>`;
    const rows: string[] = [];
    for (const g of COVERAGE_KINDS) {
      const list = c.coverage.items.filter((i) => i.kind === g.kind);
      if (list.length === 0) continue;
      rows.push(`<tr class="group"><th colspan="${analyses.length + 2}">${esc(g.label)}</th></tr>`);
      for (const item of list) {
        const cells = analyses.map((a) => {
          if (item.articles.includes(a.id)) return `<td class="num cov-yes" title="${attr(`${a.id} includes ${item.label}`)}">●</td>`;
          if (omitted.has(`${a.id}\u0000${item.key}`)) return `<td class="num cov-omit" title="${attr(`${a.id} omits ${item.label}, which most others include`)}">omits</td>`;
          return '<td class="num cov-no"></td>';
        });
        rows.push(`<tr><td>${esc(truncate(item.label, 60))}${item.articles.length === 1 ? ' <span class="badge b-unique">only 1</span>' : ''}</td>${cells.join('')}<td class="num">${item.articles.length}</td></tr>`);
      }
    }
    const key = analyses.map((a, i) => `<span class="key">${i + 1} = ${articleLink(ctx, a.id)}</span>`).join(' ');
    parts.push(`<h3>Coverage matrix</h3><p class="note">${key}</p>`, scrollTable(head, rows.join('\n'), 'matrix', `<colgroup><col style="width:22rem">${analyses.map(() => '<col style="width:4.2rem">').join('')}<col style="width:5rem"></colgroup>`));
  }
  return parts.join('\n');
}

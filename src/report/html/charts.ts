/** Horizontal SVG charts (bars and stacked bars) with labels, tooltips and a legend. */
import { attr, esc, num, truncate } from './format.js';

export interface BarRow {
  label: string;
  value: number | null;
  display: string;
  tip: string;
}

/** The opening tag shared by the horizontal charts: scales down on narrow screens, labelled for screen readers. */
function chartSvgOpen(cls: string, title: string, width: number, height: number): string {
  return `<svg class="${cls}" role="img" aria-label="${attr(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" style="max-width:100%;height:auto" xmlns="http://www.w3.org/2000/svg">`;
}

/** A row's label, right-aligned before the bar, truncated with the full text on hover. */
function chartRowLabel(label: string, labelW: number, y: number, rh: number): string {
  return `<text class="bar-label" x="${labelW - 8}" y="${y + rh / 2 + 4}" text-anchor="end">${esc(truncate(label, 27))}<title>${esc(label)}</title></text>`;
}

export function barChart(o: { title: string; note: string; rows: BarRow[]; max?: number; colour: string }): string {
  const labelW = 200;
  const barW = 190;
  const rh = 24;
  const top = 6;
  const width = labelW + barW + 70;
  const height = top + o.rows.length * rh + 6;
  const max = o.max ?? o.rows.reduce((m, r) => Math.max(m, r.value ?? 0), 0);
  const parts: string[] = [chartSvgOpen('bars', o.title, width, height)];
  parts.push(`<line x1="${labelW}" x2="${labelW}" y1="${top - 2}" y2="${height - 4}" stroke="#9ca3af"/>`);
  o.rows.forEach((r, i) => {
    const y = top + i * rh;
    parts.push(chartRowLabel(r.label, labelW, y, rh));
    if (r.value === null) {
      parts.push(`<text class="bar-value muted" x="${labelW + 6}" y="${y + rh / 2 + 4}">${esc(r.display)}<title>${esc(r.tip)}</title></text>`);
      return;
    }
    const w = max > 0 ? Math.max(r.value > 0 ? 1.5 : 0, (r.value / max) * barW) : 0;
    parts.push(`<rect class="bar" x="${labelW}" y="${y + 4}" width="${num(w, 2)}" height="${rh - 8}" rx="2" fill="${o.colour}"><title>${esc(r.tip)}</title></rect>`);
    parts.push(`<text class="bar-value" x="${num(labelW + w + 6, 2)}" y="${y + rh / 2 + 4}">${esc(r.display)}</text>`);
  });
  parts.push('</svg>');
  return `<figure class="chart"><figcaption><strong>${esc(o.title)}</strong><br><span class="small muted">${esc(o.note)}</span></figcaption>${parts.join('')}</figure>`;
}

export function stackedChart(o: { title: string; note: string; categories: readonly { key: string; label: string; colour: string }[]; rows: { label: string; counts: number[]; tips: string[] }[] }): string {
  const labelW = 200;
  const barW = 230;
  const rh = 26;
  const top = 6;
  const width = labelW + barW + 50;
  const height = top + o.rows.length * rh + 6;
  const max = o.rows.reduce((m, r) => Math.max(m, r.counts.reduce((s, x) => s + x, 0)), 1);
  const parts: string[] = [chartSvgOpen('stacked', o.title, width, height)];
  o.rows.forEach((r, i) => {
    const y = top + i * rh;
    parts.push(chartRowLabel(r.label, labelW, y, rh));
    let x = labelW;
    r.counts.forEach((n, k) => {
      if (n <= 0) return;
      const w = (n / max) * barW;
      const cat = o.categories[k]!;
      parts.push(`<rect class="seg-bar" data-category="${attr(cat.key)}" x="${num(x, 2)}" y="${y + 3}" width="${num(w, 2)}" height="${rh - 6}" fill="${cat.colour}" stroke="#ffffff" stroke-width="1"><title>${esc(`${r.label} · ${cat.label}: ${n}${r.tips[k] ? `\n${r.tips[k]}` : ''}`)}</title></rect>`);
      if (w >= 16) parts.push(`<text class="seg-count" x="${num(x + w / 2, 2)}" y="${y + rh / 2 + 4}" text-anchor="middle">${n}</text>`);
      x += w;
    });
    const total = r.counts.reduce((s, v) => s + v, 0);
    parts.push(`<text class="bar-value" x="${num(x + 6, 2)}" y="${y + rh / 2 + 4}">${total}</text>`);
  });
  parts.push('</svg>');
  const legend = o.categories.map((c) => `<span class="key"><span class="swatch" style="background:${c.colour}"></span>${esc(c.label)}</span>`).join(' ');
  return `<figure class="chart"><figcaption><strong>${esc(o.title)}</strong><br><span class="small muted">${esc(o.note)}</span><div class="keys">${legend}</div></figcaption>${parts.join('')}</figure>`;
}

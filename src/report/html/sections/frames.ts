/** Section "Frames": the heatmap of frame scores (articles × frames) and its colour scale. */
import type { ArticleAnalysis } from '../../../schema/articleAnalysis.js';
import type { ReportContext } from '../context.js';
import { attr, esc, num, truncate } from '../format.js';
import { HEAT_STOPS, heatColour } from '../palette.js';

function frameScore(ctx: ReportContext, a: ArticleAnalysis, frame: string): number | null {
  const row = ctx.rowById.get(a.id);
  const v = row?.values[`frames.${frame}.score`];
  if (typeof v === 'number') return v;
  return a.frames[frame]?.score ?? null;
}

export function renderHeatmap(ctx: ReportContext): string {
  const { analyses, frames } = ctx;
  if (frames.length === 0 || analyses.length === 0) return '<p class="muted">No frame scores.</p>';
  const labelW = 210;
  const cw = 86;
  const ch = 30;
  const headH = 42;
  const width = labelW + frames.length * cw + 4;
  const height = headH + analyses.length * ch + 4;
  let max = 0;
  for (const a of analyses) for (const f of frames) max = Math.max(max, frameScore(ctx, a, f) ?? 0);
  const parts: string[] = [];
  parts.push(`<svg class="heatmap" role="img" aria-label="Frame scores per 1,000 analysed words, articles by frames" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" style="max-width:100%;height:auto" xmlns="http://www.w3.org/2000/svg">`);
  frames.forEach((f, j) => {
    const x = labelW + j * cw + cw / 2;
    parts.push(`<text class="hm-col" x="${x}" y="${headH - 16}" text-anchor="middle">${esc(truncate(f, 13))}<title>${esc(`frame ${f}`)}</title></text>`);
    parts.push(`<line x1="${labelW + j * cw + 10}" x2="${labelW + (j + 1) * cw - 10}" y1="${headH - 8}" y2="${headH - 8}" stroke="${ctx.frameColour.get(f)}" stroke-width="6" stroke-linecap="round"/>`);
  });
  analyses.forEach((a, i) => {
    const y = headH + i * ch;
    const href = ctx.anchor.get(a.id);
    parts.push(`<a href="#${href}"><text class="hm-row" x="${labelW - 10}" y="${y + ch / 2 + 4}" text-anchor="end">${esc(truncate(a.id, 28))}<title>${esc(a.id)}</title></text></a>`);
    const row = ctx.rowById.get(a.id);
    frames.forEach((f, j) => {
      const v = frameScore(ctx, a, f);
      const t = v === null || max === 0 ? 0 : v / max;
      const fill = v === null ? '#f3f4f6' : heatColour(t);
      const x = labelW + j * cw;
      const fs = a.frames[f];
      const rank = row?.rank[`frames.${f}.score`];
      const tip = v === null
        ? `${a.id} · ${f}: no score`
        : `${a.id} · frame ${f}: ${num(v, 2)} per 1,000 words${rank ? ` (rank ${rank} of ${analyses.length})` : ''}` +
          (fs ? `\n${fs.hits} hit${fs.hits === 1 ? '' : 's'} · author ${num(fs.byVoice.author, 1)} · quoted ${num(fs.byVoice.quoted, 1)} · editorial ${num(fs.byVoice.editorial, 1)}` : '');
      parts.push(`<rect class="hm-cell" data-article="${attr(a.id)}" data-frame="${attr(f)}" data-score="${v === null ? '' : num(v, 3)}" x="${x + 1}" y="${y + 1}" width="${cw - 2}" height="${ch - 2}" rx="3" fill="${fill}"><title>${esc(tip)}</title></rect>`);
      const dark = t > 0.55;
      const label = v === null ? 'n/a' : v === 0 ? '0' : num(v, 1);
      parts.push(`<text class="hm-val${v === 0 || v === null ? ' hm-zero' : ''}" x="${x + cw / 2}" y="${y + ch / 2 + 4}" text-anchor="middle" style="fill:${dark ? '#ffffff' : v === 0 || v === null ? '#9ca3af' : '#111827'}">${label}</text>`);
    });
  });
  parts.push('</svg>');
  const scale = renderHeatScale(max);
  return `<p class="note">Score = sum of hit weights per 1,000 analysed words (a negated hit counts half by default). Darker = higher; the scale runs from 0 to the highest score in the set. <span class="screen-only">Hover over a cell for its hits and voice split; click an article to read its highlighted text.</span></p>\n<figure class="chart wide">${parts.join('\n')}\n${scale}</figure>`;
}

function renderHeatScale(max: number): string {
  const w = 320;
  const stops = HEAT_STOPS.map((s, i) => `<stop offset="${num((i / (HEAT_STOPS.length - 1)) * 100, 0)}%" stop-color="${heatColour(i / (HEAT_STOPS.length - 1))}"/>`).join('');
  const x0 = 24;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((t) => `<line x1="${x0 + t * w}" x2="${x0 + t * w}" y1="24" y2="28" stroke="#6b7280"/><text x="${x0 + t * w}" y="40" text-anchor="middle" class="axis">${num(max * t, 1)}</text>`).join('');
  return `<div class="scale-row"><svg class="heat-scale" role="img" aria-label="colour scale from 0 to ${num(max, 1)}" viewBox="0 0 ${w + 2 * x0} 46" width="${w + 2 * x0}" height="46" xmlns="http://www.w3.org/2000/svg"><defs><linearGradient id="slantwise-heat-gradient" x1="0" x2="1" y1="0" y2="0">${stops}</linearGradient></defs><rect x="${x0}" y="8" width="${w}" height="16" rx="3" fill="url(#slantwise-heat-gradient)" stroke="#cbd5e1"/>${ticks}</svg><span class="small muted">frame score per 1,000 analysed words</span></div>`;
}

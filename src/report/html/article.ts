/** One article of the report: its metadata, counts of highlights, and its highlighted text. */
import type { ArticleAnalysis } from '../../schema/articleAnalysis.js';
import { EXCLUDED_KINDS, provenanceText, type ReportContext } from './context.js';
import { attr, cssIdent, esc, int, num, truncate } from './format.js';
import { collectHighlights, placeHighlights, renderTree } from './highlights.js';

export function renderArticle(ctx: ReportContext, a: ArticleAnalysis, index: number): string {
  const hls = collectHighlights(a, ctx);
  const segments = [...a.segments].sort((x, y) => x.start - y.start || x.end - y.end);
  const { perSegment, unplaced } = placeHighlights(segments, hls);
  const paras = segments.map((s, i) => {
    const excluded = EXCLUDED_KINDS.includes(s.kind);
    const cls = `seg seg-${s.kind}${excluded ? ' seg-excluded' : ''}`;
    const tip = `${s.kind} segment · rule ${s.reason}${excluded ? ' · excluded from every measure' : s.kind === 'editorial' ? " · the editor's own voice" : ''} · offsets ${s.start}–${s.end}`;
    return `<p class="${cls}" data-kind="${s.kind}"><span class="seg-label" title="${attr(tip)}">${esc(s.kind)}</span>${renderTree(ctx, s, perSegment[i]!, [])}</p>`;
  });
  const counts = [
    ['hl-quote q-person', 'quotes', a.quotes.length],
    ['hl-frame', 'frame hits', ctx.frames.reduce((n, f) => n + (a.frames[f]?.evidence.length ?? 0), 0)],
    ['hl-loaded', 'loaded', a.language.loaded.length],
    ['hl-hedge', 'hedges', a.language.hedges.length],
    ['hl-intens', 'intensifiers', a.language.intensifiers.length],
    ['hl-label hl-label-hedged', 'hedged labels', a.language.labels.filter((l) => l.hedged).length],
    ['hl-label hl-label-presumptive', 'presumptive labels', a.language.labels.filter((l) => !l.hedged).length],
  ] as const;
  const allFrames = ctx.frames.length ? `linear-gradient(90deg, ${ctx.frames.map((f, i) => `${ctx.frameColour.get(f)} ${num((i / ctx.frames.length) * 100, 1)}% ${num(((i + 1) / ctx.frames.length) * 100, 1)}%`).join(', ')})` : '#e5e7eb';
  const topFrames = ctx.frames
    .map((f) => [f, a.frames[f]?.score ?? 0] as const)
    .filter(([, v]) => v > 0)
    .sort((x, y) => y[1] - x[1])
    .slice(0, 3)
    .map(([f, v]) => `<span class="hl hl-frame f-${cssIdent(f)}">${esc(f)}</span> ${num(v, 1)}`)
    .join(' · ');
  const prov = provenanceText(a);
  const meta = [
    a.outlet ? `<strong>${esc(a.outlet)}</strong>` : '',
    a.title ? `“${esc(a.title)}”` : '',
    prov ? esc(prov) : '',
    `${int(a.metrics.words)} words, ${int(a.metrics.bodyWords)} analysed`,
    `${a.sources.length} sources`,
    a.metrics.unattributedEvaluativeSentences ? `${a.metrics.unattributedEvaluativeSentences} unattributed evaluative sentence${a.metrics.unattributedEvaluativeSentences === 1 ? '' : 's'}` : '',
  ].filter(Boolean).join(' · ');
  const problems = unplaced.length
    ? `<div class="warn"><strong>${unplaced.length} evidence span${unplaced.length === 1 ? '' : 's'} not placed on the text:</strong><ul>${unplaced.map((u) => `<li>${esc(u.hl.reason)} · “${esc(truncate(u.hl.text, 80))}” at ${u.hl.start}–${u.hl.end}: ${esc(u.why)}</li>`).join('')}</ul></div>`
    : '';
  return `<section class="block article" id="article-${index + 1}" data-article="${attr(a.id)}">
<h2><span class="artno">${index + 1}</span> ${esc(a.id)}</h2>
<p class="artmeta">${meta}</p>
<p class="artmeta">${topFrames ? `Top frames: ${topFrames}` : 'No frame hits.'}</p>
<p class="counts">${counts.map(([cls, label, n]) => `<span class="count"><span class="hl ${cls}"${cls === 'hl-frame' ? ` style="background:${allFrames}"` : ''}>${esc(label)}</span> ${n}</span>`).join(' ')} <a class="small" href="#legend">legend</a></p>
${problems}
<div class="text">
${paras.join('\n')}
</div>
</section>`;
}

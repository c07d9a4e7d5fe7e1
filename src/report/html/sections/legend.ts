/** Section "Highlight legend": what each highlight style in the article texts means. */
import type { SegmentKind } from '../../../schema/articleAnalysis.js';
import { EXCLUDED_KINDS, type ReportContext } from '../context.js';
import { attr, cssIdent, esc } from '../format.js';

export function renderLegend(ctx: ReportContext): string {
  const sample = (cls: string, text: string, tip: string, style = '') => `<span class="hl ${cls}" title="${attr(tip)}"${style ? ` style="${style}"` : ''}>${esc(text)}</span>`;
  const frames = ctx.frames.map((f) => sample(`hl-frame f-${cssIdent(f)}`, f, `frame ${f}`)).join(' ');
  const quotes = (['person', 'organization', 'media', 'unnamed', 'anonymous', 'unspecified', 'document', 'none'] as const)
    .map((k) => sample(`hl-quote q-${k}`, k === 'none' ? 'unresolved speaker' : k, `quote whose source is ${k === 'none' ? 'not resolved' : `a${/^[aeiou]/.test(k) ? 'n' : ''} ${k} source`}`))
    .join(' ');
  const segs = (['body', 'heading', 'editorial', 'boilerplate', 'caption', 'insert', 'bio', 'byline'] as SegmentKind[])
    .map((k) => `<span class="seg-sample seg-${k}${EXCLUDED_KINDS.includes(k) ? ' seg-excluded' : ''}">${k}</span>`)
    .join(' ');
  return `<div class="legend">
<div><strong>Frames</strong> (background): ${frames}</div>
<div><strong>Quotes</strong> (underline, coloured by the kind of the speaker): ${quotes}</div>
<div><strong>Language</strong>: ${sample('hl-loaded', 'loaded language', 'loaded language')} ${sample('hl-hedge', 'hedge', 'hedge')} ${sample('hl-intens', 'intensifier', 'intensifier')} ${sample('hl-label hl-label-hedged', 'hedged label', 'hedged reference to the accused (“suspects”)')} ${sample('hl-label hl-label-presumptive', 'presumptive label', 'presumptive reference to the accused (“criminals”)')} ${sample('hl-frame f-' + cssIdent(ctx.frames[0] ?? 'x') + ' hl-neg', 'negated hit', 'a negated hit (counts half)')}</div>
<div><strong>Segments</strong>: ${segs} <span class="muted small">— grey segments are excluded from every measure; editorial segments are the editor's own voice.</span></div>
<p class="note">Highlights nest: a word can sit inside a quote and carry a frame and loaded language at once; each channel (underline, background, text colour, outline) stays visible, and the tooltip lists every reason, innermost first, then the spans it sits within.</p>
</div>`;
}

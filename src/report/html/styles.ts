/** The report's style sheet: base rules (screen, narrow screens, print) and one fill class per frame. */
import type { ReportContext } from './context.js';
import { cssIdent } from './format.js';
import { SOURCE_KIND_COLOURS } from './palette.js';

export function frameCss(ctx: ReportContext): string {
  return ctx.frames.map((f) => `.f-${cssIdent(f)}{background-color:${ctx.frameColour.get(f)}}`).join('\n');
}

export function baseCss(): string {
  const quoteKinds = Object.entries(SOURCE_KIND_COLOURS)
    .map(([k, c]) => `.hl-quote.q-${k}{border-bottom-color:${c};background-color:${c}14}`)
    .join('\n');
  return `*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:#f6f7f9;color:#1f2937;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans",sans-serif}
.wrap{max-width:1200px;margin:0 auto;padding:20px 24px 40px}
h1{font-size:1.7rem;margin:0 0 .2rem;line-height:1.2}
h2{font-size:1.3rem;margin:0 0 .6rem;line-height:1.25}
h3{font-size:1.02rem;margin:1rem 0 .4rem}
a{color:#1d4ed8}
.top{margin-bottom:.6rem}
.sub{margin:.2rem 0 0;color:#4b5563;font-size:.9rem}
.toc{position:sticky;top:0;z-index:5;background:#ffffffee;border:1px solid #e5e7eb;border-radius:8px;padding:.45rem .75rem;margin:.6rem 0 1rem;font-size:.86rem;display:flex;flex-wrap:wrap;gap:.2rem 1.2rem}
.toc a{margin-right:.55rem;text-decoration:none}
.toc a:hover{text-decoration:underline}
.block{background:#fff;border:1px solid #e5e7eb;border-radius:10px;padding:1rem 1.2rem;margin:0 0 1rem}
.note{color:#4b5563;font-size:.86rem;margin:.2rem 0 .6rem}
.muted{color:#6b7280}
.small{font-size:.8rem}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;width:100%;font-size:.86rem}
th,td{border-bottom:1px solid #e5e7eb;padding:.32rem .5rem;text-align:left;vertical-align:top}
thead th{background:#f3f4f6;font-weight:600;position:sticky;top:0}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
table.measures td.num{text-align:right}
th.rowhead{font-weight:500;white-space:nowrap}
tr.group th{background:#f9fafb;font-weight:600;color:#374151}
.art{font-weight:600;text-decoration:none;overflow-wrap:anywhere}
a.art:hover{text-decoration:underline}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(470px,1fr));gap:1rem 1.5rem}
figure.chart{margin:0;min-width:0}
figure.chart figcaption{font-size:.88rem;margin-bottom:.3rem}
figure.wide{overflow-x:auto}
svg{font-family:inherit;display:block}
svg text{font-size:12px;fill:#1f2937}
svg .hm-col{font-weight:600;font-size:12.5px}
svg .hm-row{font-size:12.5px;fill:#1d4ed8}
svg .hm-val{font-size:12px;font-variant-numeric:tabular-nums;font-weight:600}
svg .hm-zero{font-weight:400}
svg .hm-cell:hover{stroke:#111827;stroke-width:2}
svg .bar-value{font-size:11.5px;font-variant-numeric:tabular-nums}
svg .seg-count{font-size:11px;fill:#ffffff;font-weight:600}
svg .axis{font-size:11px;fill:#4b5563}
svg .muted{fill:#6b7280}
.keys{margin-top:.25rem}
.key{display:inline-flex;align-items:center;gap:.3rem;margin-right:.8rem;font-size:.8rem;white-space:nowrap}
.swatch{display:inline-block;width:.85rem;height:.85rem;border-radius:2px}
.dot{display:inline-block;width:.6rem;height:.6rem;border-radius:50%;margin-right:.3rem}
.src{display:inline-block;margin:0 .8rem .15rem 0;white-space:nowrap}
.tint{padding:0 .3rem;border-radius:3px}
.badge{display:inline-block;font-size:.72rem;font-weight:600;padding:.05rem .45rem;border-radius:999px;vertical-align:middle;white-space:nowrap}
.b-same{background:#dcfce7;color:#166534}
.b-diff{background:#fef3c7;color:#92400e}
.b-warn{background:#fee2e2;color:#991b1b}
.b-kind{background:#e0e7ff;color:#3730a3}
.b-unique{background:#ede9fe;color:#5b21b6}
.chip{display:inline-block;padding:.05rem .45rem;margin:.1rem .1rem;border-radius:6px;background:#f3f4f6;font-size:.82rem}
.chip-omit{background:#fee2e2;color:#7f1d1d}
.chip-unique{background:#ede9fe;color:#4c1d95}
.quote-cluster{border-top:1px solid #e5e7eb;padding-top:.2rem}
.quote-cluster:first-of-type{border-top:none}
td.qtext{font-family:Georgia,"Times New Roman",serif;font-size:.95rem;line-height:1.5}
del{background:#fee2e2;color:#991b1b;text-decoration:line-through;text-decoration-thickness:1.5px}
ins{background:#dcfce7;color:#166534;text-decoration:underline;text-decoration-thickness:1.5px;text-underline-offset:2px}
tr.odd-one td{background:#fff7ed}
table.matrix td.cov-yes{color:#1d4ed8}
table.matrix td.cov-omit{color:#b91c1c;font-size:.75rem;font-weight:600;background:#fef2f2}
table.matrix{width:auto;table-layout:fixed}
table.matrix td,table.matrix th{padding:.2rem .5rem;vertical-align:middle}
table.matrix td.num,table.matrix th.num{text-align:center}
table.matrix td:first-child{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
table.fixed{table-layout:fixed}
td.nowrap{white-space:nowrap}
blockquote.qtext{margin:.3rem 0 .2rem;padding:.3rem .8rem;border-left:3px solid #cbd5e1;background:#f9fafb}
.where{margin-right:.6rem;white-space:nowrap}
.quote-cluster h3{margin:.7rem 0 .3rem}
.quote-cluster>p{margin:.15rem 0 .5rem}
.scale-row{display:flex;align-items:center;gap:.6rem;flex-wrap:wrap;margin-top:.3rem}
tr.dupe td{background:#fff7ed}
.meter{display:inline-block;width:160px;height:.6rem;background:#eef2f7;border-radius:4px;overflow:hidden;vertical-align:middle}
.meter>span{display:block;height:100%;background:#0d9488}
.meter.violet>span{background:#7c3aed}
.legend>div{margin:.35rem 0;line-height:2}
.seg-sample{display:inline-block;font-size:.75rem;padding:.05rem .45rem;border-radius:4px;border:1px solid #e5e7eb;margin-right:.2rem}
.article h2{display:flex;align-items:center;gap:.6rem}
.artno{display:inline-flex;align-items:center;justify-content:center;min-width:1.8rem;height:1.8rem;border-radius:50%;background:#1e3a8a;color:#fff;font-size:.95rem}
.artmeta{margin:.1rem 0;font-size:.88rem;color:#374151}
.counts{margin:.4rem 0 .8rem;font-size:.84rem;line-height:2}
.count{margin-right:.7rem;white-space:nowrap}
.warn{background:#fffbeb;border:1px solid #fcd34d;border-radius:6px;padding:.4rem .8rem;font-size:.85rem;margin:.4rem 0}
.text{max-width:900px}
table.overview td{vertical-align:top}
table.overview th.num{white-space:normal;hyphens:manual}
.block>p.note{break-after:avoid}
p.seg{position:relative;margin:0 0 .55rem;padding:.2rem .5rem .2rem 108px;white-space:pre-wrap;overflow-wrap:break-word;line-height:1.75;border-left:3px solid transparent;border-radius:3px}
.seg-label{position:absolute;left:4px;top:.42rem;width:96px;text-align:right;padding-right:10px;font:600 .64rem/1.2 system-ui,sans-serif;letter-spacing:.03em;text-transform:uppercase;color:#9ca3af;user-select:none;cursor:help;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
p.seg-heading{font-weight:700;font-size:1.05rem}
p.seg-editorial{background:#fff8e6;border-left-color:#d97706}
p.seg-editorial .seg-label{color:#b45309}
p.seg-excluded{background:#f1f2f4;color:#4b5563;border-left-color:#9ca3af;font-size:.9rem}
p.seg-excluded .seg-label{color:#6b7280}
.seg-sample.seg-editorial{background:#fff8e6;border-color:#d97706}
.seg-sample.seg-excluded{background:#f1f2f4;color:#4b5563}
.seg-sample.seg-heading{font-weight:700}
mark{background:transparent;color:inherit}
.hl{border-radius:2px;-webkit-box-decoration-break:clone;box-decoration-break:clone}
mark.hl{cursor:help}
mark.hl:hover{filter:brightness(.9) saturate(1.3)}
.hl-quote{border-bottom:2.5px solid #111827;padding-bottom:1px}
${quoteKinds}
.hl-quote.q-none{border-bottom-style:dashed}
.hl-frame{padding:0 1px}
.hl-neg{background-image:repeating-linear-gradient(135deg,transparent 0 4px,rgba(255,255,255,.75) 4px 6px)}
.hl-loaded{color:#9f1239;font-weight:650;text-decoration:underline wavy #e11d48 1px;text-underline-offset:3px}
.hl-hedge{text-decoration:underline dotted #0369a1 2px;text-decoration-skip-ink:none;text-underline-offset:3px;font-style:italic}
.hl-intens{text-decoration:underline double #c2410c 1.5px;text-decoration-skip-ink:none;text-underline-offset:3px}
.hl-label{outline-offset:1px;border-radius:3px;margin:0 2px}
p.seg-body .seg-label{color:#c0c5cc}
.hl-label-hedged{outline:1.5px dashed #15803d}
.hl-label-presumptive{outline:2px solid #b91c1c}
span.hl{display:inline-block;padding:0 .3rem;margin:.1rem .1rem;line-height:1.5}
.foot{color:#6b7280;font-size:.8rem;text-align:center;margin-top:1.5rem}
@media (max-width:760px){
.wrap{padding:10px}
.grid{grid-template-columns:1fr}
p.seg{padding-left:.5rem}
.seg-label{position:static;display:inline-block;width:auto;padding:0 .4rem 0 0}
}
@media print{
@page{margin:14mm 12mm}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{background:#fff;font-size:10pt;color:#000}
.wrap{max-width:none;padding:0}
.toc{display:none}
.block{border:none;border-radius:0;padding:0;margin:0 0 8mm}
.block h2{border-bottom:1.5px solid #1e3a8a;padding-bottom:1mm}
section.article{break-before:page}
figure.chart,svg,.quote-cluster,tr,.legend>div{break-inside:avoid}
h2,h3{break-after:avoid}
p.seg{break-inside:avoid-page}
.text{max-width:none}
.screen-only{display:none}
svg .hm-row{fill:#111827}
table{font-size:8.5pt}
.scroll,figure.wide{overflow:visible}
thead th{position:static}
.grid{grid-template-columns:1fr;gap:4mm}
p.seg{line-height:1.5;margin-bottom:.3rem}
table.overview th{font-size:7.5pt}
th .small{font-size:inherit}
a,a.art{color:inherit;text-decoration:none}
mark.hl:hover{filter:none}
.meter{border:1px solid #cbd5e1}
}`;
}

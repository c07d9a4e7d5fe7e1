/** What every part of the report reads: the analyses, the comparison, and lookups computed once. */
import type { ArticleAnalysis, SegmentKind } from '../../schema/articleAnalysis.js';
import type { Comparison } from '../../schema/comparison.js';
import { esc } from './format.js';
import { EXTRA_FRAME_COLOURS, FRAME_COLOURS } from './palette.js';

/** The inputs of the report and lookups computed once, handed to every section. */
export interface ReportContext {
  /** The analyses, in report order. */
  analyses: ArticleAnalysis[];
  /** `compareArticles(analyses)`. */
  c: Comparison;
  /** Frame ids: those of the comparison table, then any other an analysis has. */
  frames: string[];
  /** Highlight fill of each frame. */
  frameColour: Map<string, string>;
  /** Article id → anchor of its text section (`article-3`). */
  anchor: Map<string, string>;
  /** Article id → its row of the comparison table. */
  rowById: Map<string, Comparison['table']['rows'][number]>;
}

export function reportContext(analyses: ArticleAnalysis[], c: Comparison): ReportContext {
  const frames: string[] = [];
  for (const m of c.table.measures) {
    const match = /^frames\.(.+)\.score$/.exec(m);
    if (match && !frames.includes(match[1]!)) frames.push(match[1]!);
  }
  for (const a of analyses) for (const id of Object.keys(a.frames)) if (!frames.includes(id)) frames.push(id);
  const frameColour = new Map<string, string>();
  let extra = 0;
  for (const id of frames) frameColour.set(id, FRAME_COLOURS.get(id) ?? EXTRA_FRAME_COLOURS[extra++ % EXTRA_FRAME_COLOURS.length]!);
  const anchor = new Map<string, string>();
  analyses.forEach((a, i) => {
    if (!anchor.has(a.id)) anchor.set(a.id, `article-${i + 1}`);
  });
  return { analyses, c, frames, frameColour, anchor, rowById: new Map(c.table.rows.map((r) => [r.id, r])) };
}

export function articleLink(ctx: ReportContext, id: string): string {
  const href = ctx.anchor.get(id);
  return href ? `<a class="art" href="#${href}">${esc(id)}</a>` : `<span class="art">${esc(id)}</span>`;
}

export function provenanceText(a: ArticleAnalysis): string {
  const p = a.provenance;
  const parts: string[] = [];
  if (p.label) parts.push(`labelled “${p.label.text}”`);
  if (p.syndicator) parts.push(`syndicated by ${p.syndicator}`);
  if (p.originalOutlet) parts.push(`originally ${p.originalOutlet}`);
  if (p.originalTitle) parts.push(`original title “${p.originalTitle}”`);
  if (p.authors?.length) parts.push(`by ${p.authors.join(', ')}`);
  return parts.join('; ');
}

export const EXCLUDED_KINDS: readonly SegmentKind[] = ['boilerplate', 'caption', 'insert', 'bio', 'byline'];

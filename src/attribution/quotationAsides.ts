/**
 * Judgements, intentions and views inside a quotation's extent: "“We must act,” said Vale, who backs
 * the levy. “Now.”", "“It is late,” Ruiz said, looking at the crowd that had come for the vote. “Go
 * home.”". Between the first and last pieces of a quoted report, such a cue describes the speaker or
 * the scene of the quotation, not a report of its own; the gold marks few of them (≈ 3 in 10).
 */
import type { SlantDocument } from '../document/readDocument.js';
import type { Relation } from './relation.js';

/** Cue classes that report words (the quoting relation's, and those kept inside it). */
const QUOTING: ReadonlySet<string> = new Set(['speech', 'writing', 'question', 'document']);

/**
 * `relations` less the plain (indirect) non-saying ones whose cue stands inside the extent of a direct
 * or mixed saying relation, from its first piece to its last. The same array when none is dropped.
 * (Extents merged once, sorted: linear after the sort, no scan per relation.)
 */
export function dropQuotationAsides(doc: SlantDocument, relations: Relation[]): Relation[] {
  let spans: { start: number; end: number }[] | null = null;
  for (const r of relations) {
    if (r.mode === 'indirect' || !QUOTING.has(r.cue.cueClass) || r.parts.length === 0) continue;
    let start = Infinity;
    let end = -Infinity;
    for (const p of r.parts) {
      if (p.start < start) start = p.start;
      if (p.end > end) end = p.end;
    }
    (spans ??= []).push({ start, end });
  }
  if (spans === null) return relations;
  spans.sort((x, y) => x.start - y.start);
  // merged, disjoint extents in order
  const merged: { start: number; end: number }[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  let kept: Relation[] | null = null;
  for (let i = 0; i < relations.length; i++) {
    const r = relations[i]!;
    const drop = r.mode === 'indirect' && !QUOTING.has(r.cue.cueClass) && inside(merged, doc.start[r.cue.head]!, doc.end[r.cue.head]!);
    if (drop && kept === null) kept = relations.slice(0, i);
    else if (!drop && kept !== null) kept.push(r);
  }
  return kept ?? relations;
}

/** Does [a, b) lie inside one of the sorted disjoint `spans`? (binary search) */
function inside(spans: readonly { start: number; end: number }[], a: number, b: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (spans[m]!.end <= a) lo = m + 1;
    else hi = m;
  }
  const s = spans[lo];
  return s !== undefined && s.start <= a && s.end >= b;
}

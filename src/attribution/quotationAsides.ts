/**
 * Judgements, intentions and views inside a quotation's extent: "“We must act,” said Vale, who backs
 * the levy. “Now.”", "“It is late,” Ruiz said, looking at the crowd that had come for the vote. “Go
 * home.”". Between the first and last pieces of a quoted report, such a cue describes the speaker or
 * the scene of the quotation, not a report of its own; the gold marks few of them (≈ 3 in 10).
 */
import type { SlantDocument } from '../document/readDocument.js';
import type { Relation } from './relation.js';
import { ANNOUNCING_CLASSES } from './findCues.js';

/**
 * Cue classes that report words (the quoting relation's, and those kept inside it): the classes that announce words,
 * and a document's ("the report says"), which quotes as well.
 */
const QUOTING: ReadonlySet<string> = new Set([...ANNOUNCING_CLASSES, 'document']);

/** A quotation's extent (first piece to last) with the saying relations whose extent it merges. */
interface Extent {
  start: number;
  end: number;
  holders: Relation[];
}

/**
 * `relations` less the plain (indirect) non-saying ones whose cue stands inside the extent of a direct
 * or mixed saying relation, from its first piece to its last, in a sentence that holds one of its
 * pieces or its tag: a sentence of its own between two pieces ("Ruiz believes …") is a report of
 * its own. (Within the tag's sentence, another party's view is kept out as well: gold marks few of
 * them.) The same array when none is dropped. (Extents merged once, sorted: linear after the sort.)
 */
export function dropQuotationAsides(doc: SlantDocument, relations: Relation[]): Relation[] {
  let spans: Extent[] | null = null;
  for (const r of relations) {
    if (r.mode === 'indirect' || !QUOTING.has(r.cue.cueClass) || r.parts.length === 0) continue;
    let start = Infinity;
    let end = -Infinity;
    for (const p of r.parts) {
      if (p.start < start) start = p.start;
      if (p.end > end) end = p.end;
    }
    (spans ??= []).push({ start, end, holders: [r] });
  }
  if (spans === null) return relations;
  spans.sort((x, y) => x.start - y.start);
  // merged, disjoint extents in order
  const merged: Extent[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) {
      last.end = Math.max(last.end, s.end);
      last.holders.push(s.holders[0]!);
    } else merged.push({ start: s.start, end: s.end, holders: [s.holders[0]!] });
  }
  let kept: Relation[] | null = null;
  for (let i = 0; i < relations.length; i++) {
    const r = relations[i]!;
    let drop = false;
    if (r.mode === 'indirect' && !QUOTING.has(r.cue.cueClass)) {
      const extent = inside(merged, doc.start[r.cue.head]!, doc.end[r.cue.head]!);
      if (extent !== undefined) for (const q of extent.holders) if (describesQuote(doc, r, q)) drop = true;
    }
    if (drop && kept === null) kept = relations.slice(0, i);
    else if (!drop && kept !== null) kept.push(r);
  }
  return kept ?? relations;
}

/** Is `r` (a cue inside `q`'s extent) in the sentence of `q`'s tag or of one of its pieces? */
function describesQuote(doc: SlantDocument, r: Relation, q: Relation): boolean {
  const s = doc.sentenceOf[r.cue.head]!;
  if (doc.sentenceOf[q.cue.head] === s) return true;
  const sentence = doc.sentences[s]!;
  for (const p of q.parts) if (p.start < sentence.end && p.end > sentence.start) return true;
  return false;
}

/** The extent of the sorted disjoint `spans` that [a, b) lies inside, if any (binary search). */
function inside(spans: readonly Extent[], a: number, b: number): Extent | undefined {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (spans[m]!.end <= a) lo = m + 1;
    else hi = m;
  }
  const s = spans[lo];
  return s !== undefined && s.start <= a && s.end >= b ? s : undefined;
}

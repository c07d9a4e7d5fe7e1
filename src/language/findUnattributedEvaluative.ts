import type { SlantDocument } from '../document/readDocument.js';
import type { Attribution, Evidence, Segment } from '../schema/articleAnalysis.js';

/** A sentence in the author's own voice that evaluates without attributing. */
export interface EvaluativeSentence {
  start: number;
  end: number;
  text: string;
  evidence: Evidence[];
}

/**
 * "Opinion in news": sentences of body or heading text, in the author's voice, that carry
 * loaded language, intensifiers or superlative claims and hold no attribution (no reporting
 * cue, no reported content). Quoted words and editorial notes do not count.
 */
export function findUnattributedEvaluative(doc: SlantDocument, segments: Segment[], evaluative: Evidence[], attributions: Attribution[]): EvaluativeSentence[] {
  // (by line and by sentence: an array and a typed array, not a Map and a Set that grow, rehashing,
  // with the text, bench/HISTORY.md scale44)
  const kindOfLine: (Segment['kind'] | undefined)[] = new Array(doc.lines.length);
  for (const s of segments) kindOfLine[s.line] = s.kind;
  // (`sentenceAt` gives 0 when there is no sentence: room for it)
  const attributed = new Uint8Array(Math.max(1, doc.sentences.length));
  const sentenceAt = (offset: number) => {
    let lo = 0;
    let hi = doc.sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (doc.sentences[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  for (const a of attributions) {
    for (let s = sentenceAt(a.start); s <= sentenceAt(Math.max(a.start, a.end - 1)); s++) attributed[s] = 1;
    attributed[sentenceAt(a.cueSpan.start)] = 1;
  }
  const bySentence = new Map<number, Evidence[]>();
  for (const e of evaluative) {
    if (e.voice !== 'author') continue;
    const s = sentenceAt(e.start);
    const kind = kindOfLine[doc.sentences[s]!.line];
    if (kind !== 'body' && kind !== 'heading') continue;
    if (attributed[s] === 1) continue;
    const list = bySentence.get(s) ?? [];
    list.push(e);
    bySentence.set(s, list);
  }
  return [...bySentence.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([s, evidence]) => {
      const { start, end } = doc.sentences[s]!;
      return { start, end, text: doc.text.slice(start, end), evidence };
    });
}

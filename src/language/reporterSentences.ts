import { tokenIndexAt, type SlantDocument } from '../document/readDocument.js';
import type { Quote, Segment } from '../schema/articleAnalysis.js';

/** Quotation marks that may open a sentence (a Set, not a regex literal evaluated per sentence). */
const OPENING_MARKS = new Set(['“', '"', '‘', "'"]);

/**
 * Marks the sentences in the reporter's voice: analysed body and heading sentences that do not
 * open inside a speech quotation (editor's notes are the editor's; a quoted paragraph is the
 * speaker's). One flag per sentence of `doc`.
 */
export function markReporterSentences(doc: SlantDocument, segments: readonly Segment[], quotes: readonly Quote[]): Uint8Array {
  // (filled by a loop: an array made by `.map` in optimised code has another elements kind than
  // the builtin's, and the next use of it deoptimised the caller once, bench/HISTORY.md perf42)
  // (an array by line, not a Map that grows, rehashing, with the text, bench/HISTORY.md scale44)
  const kinds: (Segment['kind'] | undefined)[] = new Array(doc.lines.length);
  for (const s of segments) kinds[s.line] = s.kind;
  // Tokens inside a quotation, by a running count of quotations opened and closed: linear
  // however many quotations there are and however they overlap.
  const opened = new Int32Array(doc.tokenCount + 1);
  for (const q of quotes) {
    opened[tokenIndexAt(doc, q.start)]!++;
    opened[tokenIndexAt(doc, q.end)]!--;
  }
  const quoted = new Uint8Array(doc.tokenCount + 1);
  for (let k = 0, depth = 0; k < doc.tokenCount; k++) {
    depth += opened[k]!;
    quoted[k] = depth > 0 ? 1 : 0;
  }
  const marks = new Uint8Array(doc.sentences.length);
  doc.sentences.forEach((s, i) => {
    const kind = kinds[s.line];
    const first = s.tokenStart + (OPENING_MARKS.has(doc.value[s.tokenStart] ?? '') ? 1 : 0);
    if ((kind === 'body' || kind === 'heading') && !quoted[first]) marks[i] = 1;
  });
  return marks;
}

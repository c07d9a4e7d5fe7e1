import type { SlantDocument } from '../document/readDocument.js';
import type { Segment } from '../schema/articleAnalysis.js';
import { ANALYSED_KINDS } from '../document/segments/segmentDocument.js';

/** Word and sentence counts of the document by segment group. */
export interface DocumentStats {
  words: number;
  bodyWords: number;
  editorialWords: number;
  excludedWords: number;
  sentences: number;
  /** Per token: 1 when it lies in an analysed segment (body, heading, editorial). */
  analysed: Uint8Array;
}

/**
 * Counts words (wink-nlp word and number tokens, a split contraction counted once) overall, in
 * the analysed segments and in the excluded ones, and the sentences that fall in analysed text.
 */
export function documentStats(doc: SlantDocument, segments: Segment[]): DocumentStats {
  const analysed = new Uint8Array(doc.tokenCount);
  const { isWord } = doc;
  // Every token lies on a non-blank line, and every non-blank line is one segment: the counts
  // are read segment by segment over its line's tokens, each token once, no lookup per token.
  let words = 0;
  let bodyWords = 0;
  let editorialWords = 0;
  for (const s of segments) {
    const line = doc.lines[s.line];
    if (!line) continue;
    let lineWords = 0;
    if (ANALYSED_KINDS.has(s.kind)) {
      for (let k = line.tokenStart; k < line.tokenEnd; k++) {
        analysed[k] = 1;
        lineWords += isWord[k]!;
      }
      bodyWords += lineWords;
      if (s.kind === 'editorial') editorialWords += lineWords;
    } else {
      for (let k = line.tokenStart; k < line.tokenEnd; k++) lineWords += isWord[k]!;
    }
    words += lineWords;
  }
  let sentences = 0;
  for (const s of doc.sentences) if (analysed[s.tokenStart]) sentences++;
  return { words, bodyWords, editorialWords, excludedWords: words - bodyWords, sentences, analysed };
}

/** `part / whole`, 0 when the whole is empty, rounded to 4 decimals for stable JSON. */
export function share(part: number, whole: number): number {
  return whole === 0 ? 0 : round(part / whole);
}

export function round(x: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

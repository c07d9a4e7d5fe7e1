/**
 * Sentence windows: the bounded stretches of a sentence that cue finding and relation building
 * look at, so that every search around a cue stays linear on hostile (very long) sentences.
 */
import type { SlantDocument } from '../document/readDocument.js';

/**
 * A stretch of one sentence, [ts, te): the whole sentence, or a piece of at most
 * `MAX_WINDOW` tokens of a very long one, so that every search around a cue stays bounded.
 */
export interface SentenceWindow {
  sentence: number;
  ts: number;
  te: number;
}

/** Tokens of a sentence looked at together (real sentences are far shorter; hostile text is not). */
const MAX_WINDOW = 240;

/**
 * The first window of sentence `s` (null for a sentence with no token). With `nextWindowOf`, the
 * windows are read one at a time: no array of them is made per sentence (on a long text of short
 * sentences those arrays were a tenth of the sentence loop's garbage, bench/HISTORY.md scale45).
 */
export function firstWindowOf(doc: SlantDocument, s: number): SentenceWindow | null {
  const { tokenStart, tokenEnd } = doc.sentences[s]!;
  return tokenStart < tokenEnd ? { sentence: s, ts: tokenStart, te: Math.min(tokenEnd, tokenStart + MAX_WINDOW) } : null;
}

/** The window of the same sentence after `w` (null after its last one). */
export function nextWindowOf(doc: SlantDocument, w: SentenceWindow): SentenceWindow | null {
  const { tokenEnd } = doc.sentences[w.sentence]!;
  return w.te < tokenEnd ? { sentence: w.sentence, ts: w.te, te: Math.min(tokenEnd, w.te + MAX_WINDOW) } : null;
}

/** The last window of sentence `s`. */
export function lastWindowOf(doc: SlantDocument, s: number): SentenceWindow {
  const { tokenStart, tokenEnd } = doc.sentences[s]!;
  return { sentence: s, ts: Math.max(tokenStart, tokenEnd - MAX_WINDOW), te: tokenEnd };
}

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

/** The windows of sentence `s`. */
export function windowsOf(doc: SlantDocument, s: number): SentenceWindow[] {
  const { tokenStart, tokenEnd } = doc.sentences[s]!;
  const out: SentenceWindow[] = [];
  for (let a = tokenStart; a < tokenEnd; a += MAX_WINDOW) out.push({ sentence: s, ts: a, te: Math.min(tokenEnd, a + MAX_WINDOW) });
  return out;
}

/** The last window of sentence `s`. */
export function lastWindowOf(doc: SlantDocument, s: number): SentenceWindow {
  const { tokenStart, tokenEnd } = doc.sentences[s]!;
  return { sentence: s, ts: Math.max(tokenStart, tokenEnd - MAX_WINDOW), te: tokenEnd };
}

import { tokenIndexAt, type SlantDocument } from '../document/readDocument.js';
import type { Attribution, CueClassName, Quote, Source, Stance } from '../schema/articleAnalysis.js';
import { CUE_CLASSES } from './cueClasses.js';
import { round, share } from '../metrics/documentStats.js';
import { hasUpper } from '../document/letterRuns.js';

export interface AttributionMetrics {
  attributionsPer100Words: number;
  quotedWordShare: number;
  attributedSentenceShare: number;
  namedSourceShare: number;
  anonymousSourceShare: number;
  distinctSources: number;
  stanceCounts: Record<Stance, number>;
  cueClassCounts: Record<CueClassName, number>;
}

/**
 * Attribution measures over the analysed text: attributions per 100 analysed words; the share
 * of analysed words inside speech quotes; the share of analysed sentences that hold an
 * attribution's cue or content; among distinct sources, the share that are named (a person,
 * organisation or outlet with a name) and the share that are explicitly anonymous; counts by
 * stance and by cue class.
 */
export function attributionMetrics(doc: SlantDocument, analysed: Uint8Array, bodyWords: number, quotes: Quote[], attributions: Attribution[], sources: Source[], analysedSentences: number): AttributionMetrics {
  const inQuote = new Uint8Array(doc.tokenCount);
  const tokenAt = (offset: number) => tokenIndexAt(doc, offset);
  for (const q of quotes) for (let k = tokenAt(q.start); k < doc.tokenCount && doc.start[k]! < q.end; k++) inQuote[k] = 1;
  let quotedWords = 0;
  for (let k = 0; k < doc.tokenCount; k++) if (analysed[k] && doc.isWord[k] && inQuote[k]) quotedWords++;
  // (the sentences of cues and contents marked by index, and counted: not a Set that grows,
  // rehashing, with the text, bench/HISTORY.md scale44)
  const attributed = new Uint8Array(doc.sentences.length);
  let attributedCount = 0;
  for (const a of attributions) attributedCount += markSentenceAt(doc, attributed, a.cueSpan.start) + markSentenceAt(doc, attributed, a.start);
  const named = sources.filter((s) => (s.kind === 'person' || s.kind === 'organization' || s.kind === 'media') && s.name && !/^(?:a|an|the|one|another)\b/i.test(s.name) && hasUpper(s.name)).length;
  const anonymous = sources.filter((s) => s.kind === 'anonymous').length;
  const stanceCounts: Record<Stance, number> = { neutral: 0, endorsing: 0, distancing: 0, denying: 0 };
  for (const a of attributions) stanceCounts[a.stance]++;
  const cueClassCounts = Object.fromEntries(CUE_CLASSES.map((c) => [c, 0])) as Record<CueClassName, number>;
  for (const a of attributions) cueClassCounts[a.cueClass]++;
  return {
    attributionsPer100Words: bodyWords === 0 ? 0 : round((attributions.length / bodyWords) * 100, 3),
    quotedWordShare: share(quotedWords, bodyWords),
    attributedSentenceShare: share(Math.min(attributedCount, analysedSentences), analysedSentences),
    namedSourceShare: share(named, sources.length),
    anonymousSourceShare: share(anonymous, sources.length),
    distinctSources: sources.length,
    stanceCounts,
    cueClassCounts,
  };
}

/** Marks the sentence of the token at `offset` in `marks` (if a token starts there or after); 1 when it was not marked yet, else 0. */
function markSentenceAt(doc: SlantDocument, marks: Uint8Array, offset: number): number {
  const k = tokenIndexAt(doc, offset);
  if (k >= doc.tokenCount) return 0;
  const s = doc.sentenceOf[k]!;
  if (marks[s] === 1) return 0;
  marks[s] = 1;
  return 1;
}

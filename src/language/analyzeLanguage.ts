import type { VoiceMap } from '../attribution/voiceMap.js';
import type { SlantDocument } from '../document/readDocument.js';
import { evidenceFromMatches, toEvidence, type TokenRanges } from '../framing/evidenceFromMatches.js';
import { isNegatedAt } from '../framing/negationScope.js';
import type { LexiconSet } from '../lexicons/resolveLexicons.js';
import type { Attribution, Evidence, LabelEvidence, Segment } from '../schema/articleAnalysis.js';
import { findSuperlativeClaims } from './findSuperlatives.js';
import { findUnattributedEvaluative, type EvaluativeSentence } from './findUnattributedEvaluative.js';

export interface LanguageResult {
  loaded: Evidence[];
  hedges: Evidence[];
  intensifiers: Evidence[];
  labels: LabelEvidence[];
  unattributedEvaluative: EvaluativeSentence[];
}

const strip = toEvidence;

/**
 * Loaded language (epithets, pejorative and sensational evaluatives, superlative claims),
 * hedges, intensifiers, labels of the accused (hedged "suspects" vs presumptive "criminals")
 * and unattributed evaluative sentences, each with evidence.
 */
export function analyzeLanguage(doc: SlantDocument, ranges: TokenRanges, lexicons: LexiconSet, voices: VoiceMap, segments: Segment[], attributions: Attribution[]): LanguageResult {
  const loaded = evidenceFromMatches(doc, ranges, lexicons.loadedMatcher, voices).map(strip);
  // Superlative claims by pattern ("one of the most significant ... ever"), unless already matched.
  for (const [a, b] of findSuperlativeClaims(doc, ranges)) {
    const start = doc.start[a]!;
    const end = doc.end[b - 1]!;
    if (loaded.some((e) => e.start >= start && e.end <= end && e.lexicon === 'loaded-superlatives' && e.end - e.start > (end - start) / 2)) continue;
    loaded.push({ start, end, text: doc.text.slice(start, end), lexicon: 'superlative-pattern', entry: 'superlative … ever / in history', voice: voices.voiceAt(start), negated: isNegatedAt(doc, a), weight: 1 });
  }
  loaded.sort((x, y) => x.start - y.start || x.end - y.end);
  const hedges = evidenceFromMatches(doc, ranges, lexicons.hedgeMatcher, voices).map(strip);
  const intensifiers = evidenceFromMatches(doc, ranges, lexicons.intensifierMatcher, voices).map(strip);
  const labels: LabelEvidence[] = evidenceFromMatches(doc, ranges, lexicons.labelMatcher, voices).map((e) => ({ ...strip(e), hedged: e.category === 'hedged' }));
  const unattributedEvaluative = findUnattributedEvaluative(doc, segments, [...loaded, ...intensifiers].sort((x, y) => x.start - y.start), attributions);
  return { loaded, hedges, intensifiers, labels, unattributedEvaluative };
}

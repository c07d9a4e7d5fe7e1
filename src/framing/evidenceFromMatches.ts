import type { VoiceMap } from '../attribution/voiceMap.js';
import type { SlantDocument } from '../document/readDocument.js';
import type { LexiconMatcher } from '../lexicons/lexiconMatcher.js';
import type { Evidence } from '../schema/articleAnalysis.js';
import { isNegatedAt } from './negationScope.js';

/** Token ranges of the analysed text (body, heading and editorial lines). */
export type TokenRanges = readonly (readonly [number, number])[];

/**
 * Runs a matcher over the analysed text and turns every match into `Evidence` (one per
 * lexicon entry that matched), with its voice and negation.
 */
export function evidenceFromMatches(doc: SlantDocument, ranges: TokenRanges, matcher: LexiconMatcher, voices: VoiceMap): (Evidence & { category?: string })[] {
  const out: (Evidence & { category?: string })[] = [];
  for (const [from, to] of ranges) {
    matcher.match(doc, from, to, (m) => {
      const start = doc.start[m.tokStart]!;
      const end = doc.end[m.tokEnd - 1]!;
      const text = doc.text.slice(start, end);
      const voice = voices.voiceAt(start);
      const negated = isNegatedAt(doc, m.tokStart);
      for (const t of m.terms) {
        out.push({ start, end, text, lexicon: t.lexicon.id, entry: t.entry.term, voice, negated, weight: t.entry.weight ?? 1, ...(t.entry.category ? { category: t.entry.category } : {}) });
      }
    });
  }
  return out;
}

import type { Evidence, FrameScore } from '../schema/articleAnalysis.js';
import type { Lexicon } from '../schema/lexicon.js';
import { round } from '../metrics/documentStats.js';
import { toEvidence } from './evidenceFromMatches.js';

/** Weight of a hit in a negated scope ("there will be no invasion"): it still evokes the frame, at half strength. */
export const DEFAULT_NEGATED_WEIGHT = 0.5;

/** The frame id of a frame lexicon: its id without the `frame-` prefix. */
export const frameIdOf = (lexicon: Pick<Lexicon, 'id'>) => lexicon.id.replace(/^frame-/, '');

/**
 * Scores each frame per 1,000 analysed words: the sum of its hits' weights (a negated hit
 * counts `negatedWeight` times its weight), overall and per voice, with every hit as evidence.
 * Frames with no hit are reported with score 0.
 */
export function scoreFrames(frameLexicons: readonly Lexicon[], evidence: readonly Evidence[], analysedWords: number, negatedWeight = DEFAULT_NEGATED_WEIGHT): Record<string, FrameScore> {
  const frames: Record<string, FrameScore> = {};
  const per1k = (x: number) => (analysedWords === 0 ? 0 : round((x / analysedWords) * 1000, 3));
  for (const lexicon of frameLexicons) {
    const hits = evidence.filter((e) => e.lexicon === lexicon.id);
    const sum = { all: 0, author: 0, quoted: 0, editorial: 0 };
    for (const h of hits) {
      const w = h.weight * (h.negated ? negatedWeight : 1);
      sum.all += w;
      sum[h.voice] += w;
    }
    frames[frameIdOf(lexicon)] = {
      score: per1k(sum.all),
      hits: hits.length,
      byVoice: { author: per1k(sum.author), quoted: per1k(sum.quoted), editorial: per1k(sum.editorial) },
      evidence: hits.map(toEvidence),
    };
  }
  return frames;
}

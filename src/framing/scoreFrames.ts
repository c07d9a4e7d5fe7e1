import type { Evidence, FrameScore } from '../schema/articleAnalysis.js';
import type { Lexicon } from '../schema/lexicon.js';
import { round } from '../metrics/documentStats.js';
import { toEvidence } from './evidenceFromMatches.js';

/** Weight of a hit in a negated scope ("there will be no invasion"): it still evokes the frame, at half strength. */
export const DEFAULT_NEGATED_WEIGHT = 0.5;

/** The frame id of a frame lexicon: its id without the `frame-` prefix. */
export const frameIdOf = (lexicon: Pick<Lexicon, 'id'>) => lexicon.id.replace(/^frame-/, '');

/** The topic id of a topic lexicon: its id without the `topic-` prefix. */
export const topicIdOf = (lexicon: Pick<Lexicon, 'id'>) => lexicon.id.replace(/^topic-/, '');

/**
 * Scores each frame per 1,000 analysed words: the sum of its hits' weights (a negated hit
 * counts `negatedWeight` times its weight), overall and per voice, with every hit as evidence.
 * Frames with no hit are reported with score 0. Topics (topic-* lexicons) are scored the same way.
 */
export function scoreFrames(frameLexicons: readonly Lexicon[], evidence: readonly Evidence[], analysedWords: number, negatedWeight = DEFAULT_NEGATED_WEIGHT, idOf = frameIdOf): Record<string, FrameScore> {
  const frames: Record<string, FrameScore> = {};
  const byLexicon = new Map<string, Evidence[]>();
  for (const e of evidence) {
    const list = byLexicon.get(e.lexicon);
    if (list) list.push(e);
    else byLexicon.set(e.lexicon, [e]);
  }
  const per1k = (x: number) => (analysedWords === 0 ? 0 : round((x / analysedWords) * 1000, 3));
  for (const lexicon of frameLexicons) {
    const hits = byLexicon.get(lexicon.id) ?? [];
    const sum = { all: 0, author: 0, quoted: 0, editorial: 0 };
    for (const h of hits) {
      const w = h.weight * (h.negated ? negatedWeight : 1);
      sum.all += w;
      sum[h.voice] += w;
    }
    frames[idOf(lexicon)] = {
      score: per1k(sum.all),
      hits: hits.length,
      byVoice: { author: per1k(sum.author), quoted: per1k(sum.quoted), editorial: per1k(sum.editorial) },
      evidence: hits.map(toEvidence),
    };
  }
  return frames;
}

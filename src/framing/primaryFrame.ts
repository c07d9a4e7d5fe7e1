import type { FrameScore } from '../schema/articleAnalysis.js';

/**
 * The article's primary frame: the frame with the highest score (per 1,000 words), as the Policy
 * Frames Codebook asks coders to name one primary frame per article. Ties go to the frame with
 * more hits, then to the first in alphabetical order. Null when no frame has a hit.
 *
 * @example
 * ```ts
 * primaryFrame(analyzeArticle(text, { frames: 'policy' }).frames); // "policy-economic"
 * ```
 */
export function primaryFrame(frames: Readonly<Record<string, FrameScore>>): string | null {
  let best: string | null = null;
  for (const id of Object.keys(frames).sort()) {
    const f = frames[id]!;
    if (f.score <= 0) continue;
    const b = best === null ? null : frames[best]!;
    if (b === null || f.score > b.score || (f.score === b.score && f.hits > b.hits)) best = id;
  }
  return best;
}

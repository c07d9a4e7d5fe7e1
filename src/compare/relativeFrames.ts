import type { ArticleAnalysis } from '../schema/articleAnalysis.js';
import { DEFAULT_NEGATED_WEIGHT } from '../framing/scoreFrames.js';

/** Share of the articles that must use a frame entry for it to count as the set's shared vocabulary. */
export const SHARED_VOCABULARY_SHARE = 0.8;

export interface RelativeFrames {
  /** Per frame, the entries that at least 80% of the articles use (at least two articles): the event's own words. */
  shared: Record<string, string[]>;
  /** Per article, each frame's score counting only hits of entries outside the shared vocabulary. */
  rows: { id: string; frames: Record<string, number> }[];
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Frame scores relative to the set's shared vocabulary. Words that (nearly) every article on an
 * event must use ("cartel" in a story about a cartel handover, "tariffs" in a tariff dispute)
 * say what the event is, not how an outlet frames it; this removes, per frame, the hits of
 * entries used by at least 80% of the articles (never for a single article), and scales each
 * score by the share of its hit weight that remains (negated hits at half weight). A frame
 * that only shared words carry drops to 0; one an outlet chose its own words for keeps them.
 *
 * @example
 * ```ts
 * const r = compareArticles(analyses).relativeFrames;
 * r.shared.crime;              // ["arrest", "trafficking"]: used by every article
 * r.rows[0].frames.crime;      // the rest of the crime score
 * ```
 */
export function relativeFrameScores(analyses: readonly ArticleAnalysis[]): RelativeFrames {
  const frameIds = [...new Set(analyses.flatMap((a) => Object.keys(a.frames)))].sort();
  const need = Math.max(2, Math.ceil(SHARED_VOCABULARY_SHARE * analyses.length));
  const shared: Record<string, string[]> = {};
  const sharedSets = new Map<string, Set<string>>();
  for (const f of frameIds) {
    const users = new Map<string, number>();
    for (const a of analyses) {
      const frame = Object.hasOwn(a.frames, f) ? a.frames[f] : undefined;
      for (const entry of new Set(frame?.evidence.map((e) => e.entry) ?? [])) users.set(entry, (users.get(entry) ?? 0) + 1);
    }
    const set = new Set(analyses.length < 2 ? [] : [...users].filter(([, n]) => n >= need).map(([e]) => e));
    sharedSets.set(f, set);
    shared[f] = [...set].sort();
  }
  const rows = analyses.map((a) => {
    const frames: Record<string, number> = {};
    for (const f of frameIds) {
      const frame = Object.hasOwn(a.frames, f) ? a.frames[f] : undefined;
      if (!frame) continue;
      const set = sharedSets.get(f)!;
      let all = 0;
      let kept = 0;
      for (const e of frame.evidence) {
        const w = e.weight * (e.negated ? DEFAULT_NEGATED_WEIGHT : 1);
        all += w;
        if (!set.has(e.entry)) kept += w;
      }
      frames[f] = all === 0 ? 0 : round3((frame.score * kept) / all);
    }
    return { id: a.id, frames };
  });
  return { shared, rows };
}

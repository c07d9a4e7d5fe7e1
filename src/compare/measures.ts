import type { ArticleAnalysis } from '../schema/articleAnalysis.js';

/** The headline measures of the comparison table, as paths into an analysis. */
export const HEADLINE_MEASURES = [
  'metrics.words',
  'metrics.bodyWords',
  'metrics.attributionsPer100Words',
  'metrics.quotedWordShare',
  'metrics.attributedSentenceShare',
  'metrics.distinctSources',
  'metrics.namedSourceShare',
  'metrics.anonymousSourceShare',
  'metrics.loadedPer1kWords',
  'metrics.hedgedLabelShare',
  'metrics.unattributedEvaluativeShare',
  'metrics.opinion',
  'metrics.editorialShare',
  'metrics.boilerplateShare',
  'sentiment.author',
  'sentiment.quoted',
] as const;

/**
 * The value of a measure in an analysis: `metrics.<name>`, `sentiment.<voice>`,
 * `frames.<id>` (its score) or `frames.<id>.<voice>`, `topics.<id>` likewise. Null when the analysis has no such value.
 *
 * @example
 * ```ts
 * measureValue(a, 'frames.victory') // 12.4
 * measureValue(a, 'metrics.hedgedLabelShare') // 0.75 or null
 * ```
 */
export function measureValue(a: ArticleAnalysis, measure: string): number | null {
  const [group, name, voice] = measure.split('.');
  if ((group === 'frames' || group === 'topics') && name) {
    const scores = group === 'frames' ? a.frames : (a.topics ?? {});
    const f = Object.hasOwn(scores, name) ? scores[name] : undefined;
    if (!f) return null;
    return voice ? (f.byVoice[voice as 'author' | 'quoted' | 'editorial'] ?? null) : f.score;
  }
  if (group === 'metrics' && name) {
    const v = (a.metrics as unknown as Record<string, unknown>)[name];
    return typeof v === 'number' ? v : null;
  }
  if (group === 'sentiment' && name) {
    const v = (a.sentiment as unknown as Record<string, unknown>)[name];
    return typeof v === 'number' ? v : null;
  }
  return null;
}

/** The frame measures present in a set of analyses, in a stable order. */
export function frameMeasures(analyses: readonly ArticleAnalysis[]): string[] {
  return [...new Set(analyses.flatMap((a) => Object.keys(a.frames)))].map((id) => `frames.${id}`);
}

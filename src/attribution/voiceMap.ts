import type { Quote, Segment, Voice } from '../schema/articleAnalysis.js';

/**
 * Tells, for any offset of the input, in whose voice the text is: `editorial` inside an
 * editor's note, `quoted` inside a speech quotation, `author` otherwise. Lookups are binary
 * searches over sorted intervals.
 */
export interface VoiceMap {
  voiceAt(offset: number): Voice;
  /** The voice of a span: the voice at its start. */
  voiceOf(span: { start: number; end: number }): Voice;
}

/**
 * @example
 * ```ts
 * const voices = createVoiceMap(analysis.segments, analysis.quotes);
 * voices.voiceAt(analysis.quotes[0].start) // "quoted"
 * ```
 */
export function createVoiceMap(segments: Segment[], quotes: Quote[]): VoiceMap {
  const editorial = segments.filter((s) => s.kind === 'editorial').map((s) => [s.start, s.end] as const);
  const quoted = quotes.map((q) => [q.start, q.end] as const).sort((a, b) => a[0] - b[0]);
  const inside = (intervals: readonly (readonly [number, number])[], offset: number) => {
    let lo = 0;
    let hi = intervals.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [s, e] = intervals[mid]!;
      if (offset < s) hi = mid - 1;
      else if (offset >= e) lo = mid + 1;
      else return true;
    }
    return false;
  };
  const voiceAt = (offset: number): Voice => (inside(quoted, offset) ? 'quoted' : inside(editorial, offset) ? 'editorial' : 'author');
  return { voiceAt, voiceOf: (span) => voiceAt(span.start) };
}

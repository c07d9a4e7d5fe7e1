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
  /**
   * A lookup for a scan in offset order: the same answers as `voiceAt`, but each call with an
   * offset not below the last one's moves forward over the intervals instead of searching them
   * (an earlier offset, or intervals that overlap, fall back to `voiceAt`). Optional, so that a
   * caller's own `VoiceMap` needs only `voiceAt` and `voiceOf`; `createVoiceMap` provides it.
   */
  walker?(): (offset: number) => Voice;
}

/**
 * @example
 * ```ts
 * const voices = createVoiceMap(analysis.segments, analysis.quotes);
 * voices.voiceAt(analysis.quotes[0].start) // "quoted"
 * ```
 */
export function createVoiceMap(segments: Segment[], quotes: Quote[]): Required<VoiceMap> {
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
  // Sorted, disjoint intervals (each ends at or before the next starts) let a forward scan skip
  // the intervals that end at or before the offset and test only the next one.
  const disjoint = (intervals: readonly (readonly [number, number])[]) => {
    for (let i = 1; i < intervals.length; i++) if (intervals[i - 1]![1] > intervals[i]![0]) return false;
    return true;
  };
  const walkable = disjoint(quoted) && disjoint(editorial);
  const walker = (): ((offset: number) => Voice) => {
    if (!walkable) return voiceAt;
    let q = 0;
    let e = 0;
    let last = -Infinity;
    return (offset: number): Voice => {
      if (offset < last) return voiceAt(offset);
      last = offset;
      while (q < quoted.length && offset >= quoted[q]![1]) q++;
      if (q < quoted.length && offset >= quoted[q]![0]) return 'quoted';
      while (e < editorial.length && offset >= editorial[e]![1]) e++;
      return e < editorial.length && offset >= editorial[e]![0] ? 'editorial' : 'author';
    };
  };
  return { voiceAt, voiceOf: (span) => voiceAt(span.start), walker };
}

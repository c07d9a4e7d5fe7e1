import type { Quote, Segment, Voice } from '../schema/articleAnalysis.js';
import { anchorShape } from '../document/shapeAnchor.js';

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
  /**
   * A forward scan that also tells how far the voice it gave holds: after `at(offset)`, every
   * offset in [offset, `until`) has the same voice (the scan's caller then needs no lookup per
   * word). Same answers as `voiceAt`; an earlier offset than the last one asked, or intervals
   * that overlap, give `until` = the offset itself (nothing known beyond it). Optional, as `walker`.
   */
  runs?(): VoiceRuns;
}

/** See `VoiceMap.runs`. */
export interface VoiceRuns {
  at(offset: number): Voice;
  /** After `at(offset)`: the voice is the same up to (not including) this offset. */
  readonly until: number;
}

/**
 * @example
 * ```ts
 * const voices = createVoiceMap(analysis.segments, analysis.quotes);
 * voices.voiceAt(analysis.quotes[0].start) // "quoted"
 * ```
 */
export function createVoiceMap(segments: Segment[], quotes: Quote[]): Required<VoiceMap> {
  const editorial: Intervals = segments.filter((s) => s.kind === 'editorial').map((s) => [s.start, s.end] as const);
  const quoted: Intervals = quotes.map((q) => [q.start, q.end] as const).sort((a, b) => a[0] - b[0]);
  // (module functions bound to this document's intervals, not closures: a closure made per
  // document is compiled again after each memory-reducing GC; a bound function has no code of its own)
  const voiceAt = voiceIn.bind(null, quoted, editorial);
  const walkable = disjoint(quoted) && disjoint(editorial);
  return {
    voiceAt,
    voiceOf: voiceOfSpan.bind(null, voiceAt),
    walker: walkable ? newWalker.bind(null, quoted, editorial, voiceAt) : plainWalker.bind(null, voiceAt),
    runs: walkable ? newRuns.bind(null, quoted, editorial, voiceAt) : plainRuns.bind(null, voiceAt),
  };
}

type Intervals = readonly (readonly [number, number])[];

/** Does `offset` fall inside one of the sorted `intervals` (binary search)? */
function inside(intervals: Intervals, offset: number): boolean {
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
}

/** The voice at `offset`: quoted, editorial or the author's. */
function voiceIn(quoted: Intervals, editorial: Intervals, offset: number): Voice {
  return inside(quoted, offset) ? 'quoted' : inside(editorial, offset) ? 'editorial' : 'author';
}

/** The voice of a span: the voice at its start. */
function voiceOfSpan(voiceAt: (offset: number) => Voice, span: { start: number; end: number }): Voice {
  return voiceAt(span.start);
}

/** The plain lookup itself: the walker over intervals that overlap. */
function plainWalker(voiceAt: (offset: number) => Voice): (offset: number) => Voice {
  return voiceAt;
}

/** Are the sorted `intervals` disjoint? */
// Sorted, disjoint intervals (each ends at or before the next starts) let a forward scan skip
// the intervals that end at or before the offset and test only the next one.
function disjoint(intervals: Intervals): boolean {
  for (let i = 1; i < intervals.length; i++) if (intervals[i - 1]![1] > intervals[i]![0]) return false;
  return true;
}

/** A forward scan's position in the intervals (see `VoiceMap.walker`). */
class Walker {
  q = 0;
  e = 0;
  last = -Infinity;
  constructor(
    readonly quoted: Intervals,
    readonly editorial: Intervals,
    readonly voiceAt: (offset: number) => Voice,
  ) {}

  /** The voice at `offset`, and in `until` where it may change next (see `VoiceRuns`). */
  until = 0;

  at(offset: number): Voice {
    if (offset < this.last) {
      this.until = offset;
      return this.voiceAt(offset);
    }
    this.last = offset;
    const { quoted, editorial } = this;
    while (this.q < quoted.length && offset >= quoted[this.q]![1]) this.q++;
    // (the next quotation: a voice outside quotations holds until it starts)
    const nextQuote = this.q < quoted.length ? quoted[this.q]![0] : NO_END;
    if (offset >= nextQuote) {
      this.until = quoted[this.q]![1];
      return 'quoted';
    }
    while (this.e < editorial.length && offset >= editorial[this.e]![1]) this.e++;
    if (this.e < editorial.length && offset >= editorial[this.e]![0]) {
      this.until = Math.min(editorial[this.e]![1], nextQuote);
      return 'editorial';
    }
    this.until = Math.min(this.e < editorial.length ? editorial[this.e]![0] : NO_END, nextQuote);
    return 'author';
  }
}

/**
 * `until` past every offset: a small integer, not `Infinity`, so that the field keeps the
 * representation the kept Walker (below) was made with: a double in it would give walkers a new
 * hidden class, which dies at each memory-reducing GC with the compiled code that reads it (perf76).
 */
const NO_END = 0x3fffffff;

/** `VoiceRuns` over intervals that overlap: the plain lookup, nothing known beyond each offset. */
class PlainRuns {
  until = 0;
  constructor(readonly voiceAt: (offset: number) => Voice) {}

  at(offset: number): Voice {
    this.until = offset;
    return this.voiceAt(offset);
  }
}

/** A new forward scan over the intervals that tells how far each voice holds. */
function newRuns(quoted: Intervals, editorial: Intervals, voiceAt: (offset: number) => Voice): VoiceRuns {
  return new Walker(quoted, editorial, voiceAt);
}

/** `VoiceRuns` of the plain lookup (intervals that overlap). */
function plainRuns(voiceAt: (offset: number) => Voice): VoiceRuns {
  return new PlainRuns(voiceAt);
}

/** A new forward scan over the intervals. */
function newWalker(quoted: Intervals, editorial: Intervals, voiceAt: (offset: number) => Voice): (offset: number) => Voice {
  const w = new Walker(quoted, editorial, voiceAt);
  return w.at.bind(w);
}

// A Walker's hidden class is reached from the constructor's by transitions (one per field), which
// die when no walker outlives its document: one kept, so `at` is not deoptimised at each
// memory-reducing GC (see `anchorShape`).
anchorShape(new Walker([], [], voiceIn.bind(null, [], [])));

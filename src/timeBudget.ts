import { SlantwiseTimeBudgetError } from './errors.js';

/** Default `timeBudgetMs`: generous, so that only a pathological record reaches it. */
export const DEFAULT_TIME_BUDGET_MS = 60_000;

/** A monotonic clock in milliseconds. `performance.now` exists in Node, Deno, Bun and browsers. */
export type Clock = () => number;

/** Called between stages of an analysis with the name of the stage that has just finished. */
export type Checkpoint = (stage: string) => void;

/** `process.hrtime` where there is one (Node, Bun, Deno), else `performance.now`. */
export function monotonicClock(hrtime: (() => [number, number]) | undefined): Clock {
  // Node's `performance` global loads its perf_hooks module on first read, a few ms of the cold
  // start the first analysis pays; `process.hrtime` is loaded with Node itself.
  if (typeof hrtime !== 'function') return () => globalThis.performance.now();
  return () => {
    const [s, ns] = hrtime();
    return s * 1e3 + ns / 1e6;
  };
}

const systemClock: Clock = monotonicClock((globalThis as { process?: { hrtime?: () => [number, number] } }).process?.hrtime);

/**
 * A checkpoint that throws `SlantwiseTimeBudgetError` once more than `budgetMs` have passed
 * since it was made. The analysis stays synchronous: time is only read at stage boundaries
 * (and at loop checkpoints of long stages), never interrupted from outside. A budget of 0 (or
 * Infinity) never expires.
 *
 * @example
 * ```ts
 * const check = deadline(5_000);
 * const doc = readDocument(text);
 * check('document'); // throws SlantwiseTimeBudgetError after 5 s
 * ```
 */
export function deadline(budgetMs: number, clock: Clock = systemClock): Checkpoint {
  if (!(budgetMs > 0) || budgetMs === Infinity) return () => {};
  const started = clock();
  return (stage) => {
    const elapsed = clock() - started;
    if (elapsed > budgetMs) throw new SlantwiseTimeBudgetError(budgetMs, elapsed, stage);
  };
}

import { describe, expect, it } from 'vitest';
import { analyzeValidated } from '../../src/analyzeArticle.js';
import { validateInput } from '../../src/document/validateInput.js';
import { analyzeArticle, DEFAULT_TIME_BUDGET_MS, SlantwiseError, SlantwiseInputError, SlantwiseTimeBudgetError } from '../../src/index.js';
import { deadline, monotonicClock } from '../../src/timeBudget.js';

/** A clock that moves `step` ms each time it is read. */
const steppingClock = (step: number) => {
  let now = 0;
  return () => (now += step);
};

describe('the time budget', () => {
  const { article, options } = validateInput('Officials said on Tuesday that the bridge would close.', undefined);

  it('stops the analysis at the first stage boundary past the budget with a typed error', () => {
    try {
      analyzeValidated(article, options, deadline(25, steppingClock(10)));
      expect.fail('expected SlantwiseTimeBudgetError');
    } catch (e) {
      expect(e).toBeInstanceOf(SlantwiseTimeBudgetError);
      expect(e).toBeInstanceOf(SlantwiseError);
      const err = e as SlantwiseTimeBudgetError;
      expect(err.code).toBe('TIME_BUDGET_EXCEEDED');
      expect(err.stage).toBe('document'); // lexicons at 10 ms, extraction at 20, document at 30 > 25
      expect(err.budgetMs).toBe(25);
      expect(err.elapsedMs).toBe(30);
      expect(err.message).toBe('Analysis exceeded its time budget of 25 ms (stopped after the "document" stage); raise options.timeBudgetMs to allow it');
    }
  });

  it('lets an analysis within its budget finish with the same result as without a budget', () => {
    const within = analyzeValidated(article, options, deadline(1_000, steppingClock(10)));
    expect(JSON.stringify(within)).toBe(JSON.stringify(analyzeArticle(article, { timeBudgetMs: 0 })));
  });

  it('never expires with 0 (no budget)', () => {
    expect(() => analyzeValidated(article, options, deadline(0, steppingClock(1e9)))).not.toThrow();
  });

  it('is an option: checked like the others, generous by default', () => {
    expect(DEFAULT_TIME_BUDGET_MS).toBe(60_000);
    expect(() => analyzeArticle('Rain.', { timeBudgetMs: -1 })).toThrow(SlantwiseInputError);
    expect(() => analyzeArticle('Rain.', { timeBudgetMs: '10' as never })).toThrow(/options\.timeBudgetMs/);
    expect(() => analyzeArticle('Rain fell on the town.', { timeBudgetMs: 1e-9 })).toThrow(SlantwiseTimeBudgetError);
  });
});

describe('the default clock', () => {
  it('reads process.hrtime in milliseconds where there is one', () => {
    const clock = monotonicClock(() => [2, 500_000]);
    expect(clock()).toBe(2000.5);
  });

  it('falls back to performance.now without process.hrtime', () => {
    const clock = monotonicClock(undefined);
    const before = globalThis.performance.now();
    const read = clock();
    expect(read).toBeGreaterThanOrEqual(before);
    expect(read).toBeLessThanOrEqual(globalThis.performance.now());
  });

  it('moves forward between two reads', () => {
    const clock = monotonicClock(process.hrtime);
    const a = clock();
    const b = clock();
    // finite readings (not NaN or Infinity), and never backwards
    expect(Number.isFinite(a)).toBe(true);
    expect(Number.isFinite(b)).toBe(true);
    expect(b).toBeGreaterThanOrEqual(a);
  });
});

/**
 * Property: a batch of hostile records (hostile texts, and values that are not records at all:
 * numbers, nulls, functions, symbols, bigints, nested objects) gives the same results, in the
 * same order, with a pool of worker threads as on the calling thread, and never throws.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeStream, isErrorRecord } from '../../src/node/index.js';
import { buildNodeBundle, type NodeBundle } from '../node/fixtures/buildNodeBundle.js';
import { fuzzParameters, hostileText, RUNS } from './arbitraries.js';
import { collect } from '../node/fixtures/batchArticles.js';

const notARecord = fc.oneof(
  fc.constantFrom<unknown>(null, undefined, 42, true, [], [1, 'a'], {}, { text: null }, { txt: 'typo' }),
  fc.constant(() => 'a function'),
  fc.constant(Symbol('s')),
  fc.constant(10n),
  fc.record({ id: fc.string(), text: hostileText, outlet: fc.constantFrom<unknown>('Gazette', 3, () => 0, Symbol('o'), { deep: [1] }) }),
);
const record = fc.oneof({ weight: 3, arbitrary: fc.record({ id: fc.string({ minLength: 1, maxLength: 8 }), text: hostileText }, { requiredKeys: ['text'] }) }, { weight: 2, arbitrary: hostileText }, { weight: 2, arbitrary: notARecord });

// Each case starts a pool (two workers loading the model): a few cases suffice here, and the
// time allowed grows with them so that a long local run (FUZZ_RUNS=1500) is not cut short.
const POOL_CASES = Math.max(2, Math.ceil(RUNS / 8));
const POOL_TIMEOUT_MS = Math.max(120_000, POOL_CASES * 10_000);

describe('analyzeStream on hostile batches', () => {
  let bundle: NodeBundle;
  beforeAll(async () => {
    bundle = await buildNodeBundle();
  }, 120_000);
  afterAll(() => bundle?.remove());

  it('gives the same results with two workers as on one thread, one per record, in order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(record, { minLength: 1, maxLength: 12 }), async (records) => {
        const one = await collect(analyzeStream(records, { timeBudgetMs: 0 }));
        const two = await collect(analyzeStream(records, { timeBudgetMs: 0, jobs: 2, workerFile: bundle.worker }));
        expect(one).toHaveLength(records.length);
        expect(JSON.stringify(two)).toBe(JSON.stringify(one));
        for (const r of one) if (isErrorRecord(r)) expect(r.code).not.toBe('INTERNAL_ERROR');
      }),
      fuzzParameters(POOL_CASES),
    );
  }, POOL_TIMEOUT_MS);
});

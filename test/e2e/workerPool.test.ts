import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SlantwiseError } from '../../src/index.js';
import { analyzeMany, analyzeStream, isErrorRecord, WINDOW_PER_JOB, type AnalysisResult } from '../../src/node/index.js';
import { buildNodeBundle, type NodeBundle } from '../node/fixtures/buildNodeBundle.js';
import { article, collect, migration } from '../node/fixtures/batchArticles.js';

// analyzeStream over a real pool of worker threads, loading a throw-away build of the worker.
describe('analyzeStream with a worker pool', () => {
  let bundle: NodeBundle;
  beforeAll(async () => {
    bundle = await buildNodeBundle();
  }, 60_000);
  afterAll(() => bundle?.remove());

  const inputs = Array.from({ length: 120 }, (_, i) => (i % 17 === 5 ? { id: `bad${i}`, text: i % 2 ? '' : 7 } : i % 29 === 3 ? `Plain text number ${i}. Officials said so.` : article(i)));

  it('gives results identical to jobs: 1, in input order, options included', async () => {
    const options = { lexicons: [migration], negatedWeight: 0.3 };
    const one = await collect(analyzeStream(inputs, options));
    const two = await collect(analyzeStream(inputs, { ...options, jobs: 2, workerFile: bundle.worker }));
    expect(two).toHaveLength(inputs.length);
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    expect(one).toEqual(analyzeMany(inputs, options));
    expect(two.filter(isErrorRecord).map((r) => r.line)).toEqual(inputs.flatMap((x, i) => (typeof x === 'object' && x.id.startsWith('bad') ? [i + 1] : [])));
  });

  it('gives the same ids and offsets as jobs: 1 for texts that need normalising (the scan crosses the thread boundary, review28 #10)', async () => {
    // (CR line ends, no-break spaces, curly quotes, a soft hyphen: the worker normalises from the scan it is sent)
    const raw = [
      'Vale said the tram\u00a0fare would rise.\r\n\u201cIt is a lev\u00ady on the harbour,\u201d Okafor told the council.\r\n',
      { text: 'Rain fell on the orchard.\r\nBerg said the\u00a0levy was \u2018fair\u2019 and Dara disagreed.' },
      { id: 'kept', text: '\u201cNo,\u201d Ruiz said.\r\nThe harbour board met on Monday.' },
    ];
    const one = await collect(analyzeStream(raw));
    const two = await collect(analyzeStream(raw, { jobs: 2, workerFile: bundle.worker }));
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    expect(two.filter(isErrorRecord)).toEqual([]);
    expect(one).toEqual(analyzeMany(raw));
  });

  it('keeps at most jobs * WINDOW_PER_JOB records in flight', async () => {
    let pulled = 0;
    function* source() {
      for (let i = 0; i < 200; i++) {
        pulled++;
        yield article(i);
      }
    }
    let consumed = 0;
    let maxAhead = 0;
    for await (const r of analyzeStream(source(), { jobs: 2, workerFile: bundle.worker }) as AsyncIterable<AnalysisResult>) {
      expect((r as { id: string }).id).toBe(`a${consumed}`);
      consumed++;
      maxAhead = Math.max(maxAhead, pulled - consumed);
      if (consumed % 50 === 0) await new Promise((res) => setTimeout(res, 50)); // a slow consumer
    }
    expect(consumed).toBe(200);
    expect(maxAhead).toBeLessThanOrEqual(2 * WINDOW_PER_JOB);
  });

  it('stops the pool when the consumer stops early', async () => {
    const got: AnalysisResult[] = [];
    for await (const r of analyzeStream(inputs, { jobs: 2, workerFile: bundle.worker })) {
      got.push(r);
      if (got.length === 3) break;
    }
    expect(got.map((r) => ('id' in r ? r.id : null))).toEqual(['a0', 'a1', 'a2']);
  });

  it('yields a finished result before the source ends, even when the source is slow', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    async function* source() {
      yield article(0);
      await gate;
      yield article(1);
    }
    const it = analyzeStream(source(), { jobs: 2, workerFile: bundle.worker });
    const first = await it.next();
    expect((first.value as { id: string }).id).toBe('a0');
    release();
    expect(((await it.next()).value as { id: string }).id).toBe('a1');
    expect((await it.next()).done).toBe(true);
  });

  it('turns records that cannot be sent to a worker into the same error records as jobs: 1', async () => {
    class WithGetter {
      get text() {
        return 'Rain fell. Officials said the bridge would reopen.';
      }
    }
    const hostile: unknown[] = [
      article(0),
      { id: 'fn', text: 'Rain fell.', extra: () => 1 },
      { id: 'sym', text: Symbol('x') },
      { id: 'big', text: 10n },
      { id: 'nested', text: { deep: () => 0 } },
      new WithGetter(),
      Object.assign(Object.create(null), { id: 'nullproto', text: 'Rain fell on the town.' }),
      { id: 'ctrl', text: '\u0000\u0001 \u200B' },
      article(1),
    ];
    const one = await collect(analyzeStream(hostile));
    const two = await collect(analyzeStream(hostile, { jobs: 2, workerFile: bundle.worker }));
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    expect(one.map((r) => (isErrorRecord(r) ? r.code : r.id))).toEqual(['a0', 'INPUT_INVALID', 'INPUT_INVALID', 'INPUT_INVALID', 'INPUT_INVALID', expect.any(String), 'nullproto', 'INPUT_INVALID', 'a1']);
  });

  it('passes the time budget to the workers: a record over it becomes an error record and the others go on', async () => {
    const records = [article(0), { id: 'bad', text: 3 }, article(1)];
    const one = await collect(analyzeStream(records, { timeBudgetMs: 1e-9 }));
    const two = await collect(analyzeStream(records, { timeBudgetMs: 1e-9, jobs: 2, workerFile: bundle.worker }));
    expect(one.map((r) => (isErrorRecord(r) ? r.code : r.id))).toEqual(['TIME_BUDGET_EXCEEDED', 'INPUT_INVALID', 'TIME_BUDGET_EXCEEDED']);
    expect(two.map((r) => (isErrorRecord(r) ? r.code : r.id))).toEqual(['TIME_BUDGET_EXCEEDED', 'INPUT_INVALID', 'TIME_BUDGET_EXCEEDED']);
    expect(two[0]).toMatchObject({ id: 'a0', line: 1, error: expect.stringMatching(/time budget of 0 ms/) });
  });

  it('refuses a missing worker script at once with a SlantwiseError', () => {
    expect(() => analyzeStream(inputs, { jobs: 2, workerFile: `${bundle.dir}/missing.js` })).toThrow(SlantwiseError);
    expect(() => analyzeStream(inputs, { jobs: 2, workerFile: `${bundle.dir}/missing.js` })).toThrow(/worker script not found/);
    // From the sources there is no built worker beside the module: the error says what to do.
    expect(() => analyzeStream(inputs, { jobs: 2 })).toThrow(/node-worker\.js not found .*npm run build/);
    expect(() => analyzeStream(inputs, { jobs: 1 })).not.toThrow();
  });
});

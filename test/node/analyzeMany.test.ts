import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle, SlantwiseError, SlantwiseInputError, SlantwiseLexiconError, type Lexicon } from '../../src/index.js';
import { analyzeMany, analyzeStream, isErrorRecord, parseNdjsonLines, WINDOW_PER_JOB, type AnalysisResult } from '../../src/node/index.js';
import { buildNodeBundle, type NodeBundle } from './fixtures/buildNodeBundle.js';

const SENTENCES = [
  'The council voted on Tuesday to close the harbour bridge.',
  'Mayor Dana Varga said the decision was "painful but necessary".',
  'Critics called the move a disaster for local shops.',
  'Police said two people were arrested after the protest.',
  '"We were never consulted," said Tom Reyes, who runs a bakery near the river.',
  'Asylum seekers waited at the border crossing.',
];

function article(i: number): { id: string; outlet: string; text: string } {
  const text = [0, 2, 3].map((k) => SENTENCES[(i + k) % SENTENCES.length]).join(i % 2 ? '\n' : ' ');
  return { id: `a${i}`, outlet: i % 3 ? 'Gazette' : 'Courier', text };
}

const migration: Lexicon = {
  id: 'frame-migration', version: '1.0.0', description: 'Migration and asylum', language: 'en', license: 'CC0-1.0', source: 'test',
  entries: [{ term: 'asylum seeker', weight: 1 }, { term: 'border crossing', weight: 1 }],
};

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('analyzeMany', () => {
  it('returns one result per input, in order, identical to analyzeArticle', () => {
    const inputs = [article(0), 'A plain string article. Officials said it rained.', article(1), article(2)];
    const results = analyzeMany(inputs);
    expect(results).toHaveLength(4);
    results.forEach((r, i) => expect(r).toEqual(analyzeArticle(inputs[i] as never)));
    expect(JSON.stringify(results[2])).toBe(JSON.stringify(analyzeArticle(inputs[2] as never)));
  });

  it('passes the analysis options to every record', () => {
    const inputs = [article(5), article(11)];
    const results = analyzeMany(inputs, { lexicons: [migration], negatedWeight: 0.25 });
    results.forEach((r, i) => expect(r).toEqual(analyzeArticle(inputs[i]!, { lexicons: [migration], negatedWeight: 0.25 })));
    expect((results[0] as { frames: Record<string, { score: number }> }).frames.migration!.score).toBeGreaterThan(0);
  });

  it('puts an error record { id?, line, error, code } in place of each bad input and goes on', () => {
    const ok = analyzeMany([article(0), { id: 'empty', text: '   ' }, { id: 'num', text: 42 }, null, [1, 2], { id: 'typo', txt: 'x' }, { id: 7, text: '' }, article(3)]);
    expect(ok.map((r) => (isErrorRecord(r) ? { ...r } : r.id))).toEqual([
      'a0',
      { id: 'empty', line: 2, error: 'Invalid input: text: must contain some non-blank text', code: 'INPUT_INVALID' },
      { id: 'num', line: 3, error: expect.stringMatching(/^Invalid input: text: expected string, got number/), code: 'INPUT_INVALID' },
      { line: 4, error: expect.stringMatching(/got null/), code: 'INPUT_INVALID' },
      { line: 5, error: expect.stringMatching(/got an array/), code: 'INPUT_INVALID' },
      { id: 'typo', line: 6, error: expect.stringMatching(/unknown key\(s\) "txt"/), code: 'INPUT_INVALID' },
      { line: 7, error: expect.stringMatching(/^Invalid input: /), code: 'INPUT_INVALID' },
      'a3',
    ]);
    // An error record's message is the SlantwiseError's message.
    const e = ok[1] as { error: string };
    expect(() => analyzeArticle({ id: 'empty', text: '   ' })).toThrow(e.error);
    const big = analyzeMany([{ id: 'big', text: 'Rain fell on the town.' }], { maxChars: 10 })[0]!;
    expect(big).toMatchObject({ id: 'big', line: 1, code: 'INPUT_TOO_LARGE' });
  });

  it('reads NDJSON lines with { lines: true }: blank lines skipped but counted, bad JSON becomes an error record', () => {
    const lines = [JSON.stringify(article(0)), '', '{"id": "x", "text": ', '   ', '"just a string"', JSON.stringify({ id: 'e', text: '' }), JSON.stringify(article(1)) + '\r'];
    const results = analyzeMany(lines, { lines: true });
    expect(results.map((r) => (isErrorRecord(r) ? [r.line, r.code] : r.id))).toEqual(['a0', [3, 'JSON_INVALID'], [5, 'INPUT_INVALID'], [6, 'INPUT_INVALID'], 'a1']);
    expect((results[1] as { error: string }).error).toMatch(/^not valid JSON: /);
    expect((results[2] as { error: string }).error).toBe('a record must be a JSON object with a "text" field');
    expect(results[3]).toMatchObject({ id: 'e', line: 6 });
    expect(results[4]).toEqual(analyzeArticle(article(1)));
    expect(analyzeMany(['\uFEFF' + JSON.stringify(article(2))], { lines: true })[0]).toEqual(analyzeArticle(article(2)));
    expect(analyzeMany([42], { lines: true })[0]).toMatchObject({ line: 1, code: 'INPUT_INVALID', error: expect.stringMatching(/expected a line of NDJSON text, got number/) });
  });

  it('throws once for bad options or a bad lexicon instead of failing every record', () => {
    expect(() => analyzeMany([article(0)], { maxChar: 5 } as never)).toThrow(SlantwiseInputError);
    expect(() => analyzeMany([article(0)], { maxChar: 5 } as never)).toThrow(/options: unknown key\(s\) "maxChar"/);
    expect(() => analyzeMany([article(0)], { lexicons: [{ ...migration, version: 'one' }] })).toThrow(SlantwiseLexiconError);
    expect(analyzeMany([])).toEqual([]);
  });
});

describe('analyzeStream (jobs: 1)', () => {
  it('yields the same results as analyzeMany, from sync and async sources', async () => {
    const inputs = [article(0), { id: 'bad', text: 1 }, article(1), 'Plain text.'];
    const expected = analyzeMany(inputs);
    expect(await collect(analyzeStream(inputs))).toEqual(expected);
    async function* source() {
      for (const x of inputs) {
        await new Promise((r) => setTimeout(r, 1));
        yield x;
      }
    }
    expect(await collect(analyzeStream(source()))).toEqual(expected);
  });

  it('keeps the file line numbers of parseNdjsonLines and passes its error records through', async () => {
    const lines = ['', JSON.stringify(article(4)), 'nope', '', '[1]', JSON.stringify({ id: 'e', text: '' }), JSON.stringify(article(5))];
    const parsed = await collect(parseNdjsonLines(lines));
    expect(parsed.map((p) => p.line)).toEqual([2, 3, 5, 6, 7]);
    expect(parsed[1]).toEqual({ line: 3, error: expect.stringMatching(/^not valid JSON: /), code: 'JSON_INVALID' });
    expect(JSON.parse(JSON.stringify(parsed[1]))).toEqual(parsed[1]);
    const results = await collect(analyzeStream(parseNdjsonLines(lines)));
    expect(results.map((r) => (isErrorRecord(r) ? r.line : r.id))).toEqual(['a4', 3, 5, 6, 'a5']);
    expect(results).toEqual(analyzeMany(lines, { lines: true }));
  });

  it('reads the source only as results are consumed', async () => {
    let pulled = 0;
    function* source() {
      for (let i = 0; i < 50; i++) {
        pulled++;
        yield article(i);
      }
    }
    const it = analyzeStream(source());
    await it.next();
    await it.next();
    expect(pulled).toBe(2);
    await it.return(undefined);
  });

  it('checks options when called, before reading anything', () => {
    let pulled = 0;
    const source = { *[Symbol.iterator]() { pulled++; yield article(0); } };
    expect(() => analyzeStream(source, { jobs: 0 })).toThrow(/options\.jobs: must be a whole number/);
    expect(() => analyzeStream(source, { jobs: 1.5 })).toThrow(SlantwiseInputError);
    expect(() => analyzeStream(source, { negatedWeight: 3 })).toThrow(/options\.negatedWeight/);
    expect(pulled).toBe(0);
  });
});

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

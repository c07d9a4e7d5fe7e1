import { describe, expect, it } from 'vitest';
import { analyzeArticle, SlantwiseInputError, SlantwiseLexiconError } from '../../src/index.js';
import { analyzeMany, analyzeStream, isErrorRecord, parseNdjsonLines } from '../../src/node/index.js';
import { article, collect, migration } from './fixtures/batchArticles.js';

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

import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { PassThrough, Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SlantwiseInputError } from '../../src/index.js';
import { analyzeMany, streamNdjson } from '../../src/node/index.js';
import { buildNodeBundle, type NodeBundle } from './fixtures/buildNodeBundle.js';

const PIPE = fileURLToPath(new URL('./fixtures/ndjsonPipe.mjs', import.meta.url));

const SENTENCES = [
  'The council voted on Tuesday to close the harbour bridge.',
  'Mayor Dana Varga said the decision was "painful but necessary".',
  'Critics called the move a disaster for local shops.',
  'Police said two people were arrested after the protest.',
  'The bridge will reopen next spring, officials said.',
  '"We were never consulted," said Tom Reyes, who runs a bakery near the river.',
  'Analysts warned that the closure could cost the region millions.',
];

type Expected = { line: number; id?: string; kind: 'ok' | 'json' | 'empty' | 'type' };

/**
 * `n` NDJSON records: short articles built from a few sentences, with a malformed JSON line every
 * 97th record, an empty text every 101st, a text of the wrong type every 103rd and a blank line
 * after every 50th. Returns the text and what each non-blank line must come out as.
 */
function makeRecords(n: number): { text: string; expected: Expected[] } {
  const lines: string[] = [];
  const expected: Expected[] = [];
  for (let i = 1; i <= n; i++) {
    const id = `r${String(i).padStart(5, '0')}`;
    const line = lines.length + 1;
    if (i % 97 === 0) {
      lines.push(`{"id": "${id}", "text": "unterminated`);
      expected.push({ line, kind: 'json' });
    } else if (i % 101 === 0) {
      lines.push(JSON.stringify({ id, text: '   ' }));
      expected.push({ line, id, kind: 'empty' });
    } else if (i % 103 === 0) {
      lines.push(JSON.stringify({ id, text: 42 }));
      expected.push({ line, id, kind: 'type' });
    } else {
      const text = [SENTENCES[i % 7], SENTENCES[(i * 3) % 7], SENTENCES[(i * 5 + 1) % 7], SENTENCES[(i + 4) % 7]].join(i % 2 ? '\n' : ' ');
      lines.push(JSON.stringify({ id, outlet: i % 3 ? 'Gazette' : 'Courier', text }));
      expected.push({ line, id, kind: 'ok' });
    }
    if (i % 50 === 0) lines.push('');
  }
  return { text: `${lines.join('\n')}\n`, expected };
}

/** A writable that keeps what is written, optionally slow. */
function sink(options: { highWaterMark?: number; delay?: number } = {}) {
  const chunks: string[] = [];
  const stream = new Writable({
    highWaterMark: options.highWaterMark ?? 16_384,
    write(chunk: Buffer, _enc, cb) {
      chunks.push(chunk.toString());
      if (options.delay) setTimeout(cb, options.delay);
      else cb();
    },
  });
  return { stream, text: () => chunks.join('') };
}

async function run(input: string, options: Parameters<typeof streamNdjson>[2] = {}) {
  const out = sink();
  const counts = await streamNdjson(Readable.from([input]), out.stream, options);
  return { counts, lines: out.text().split('\n').filter(Boolean) };
}

describe('streamNdjson (in process)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes one JSON line per record, in order, with an error record in place of each bad one', async () => {
    const records = [
      JSON.stringify({ id: 'a', outlet: 'Gazette', text: 'Rain fell. "It was cold," Mayor Dana Varga said.' }),
      '',
      '{not json',
      JSON.stringify({ id: 'e', text: '' }),
      '[1, 2]',
      JSON.stringify({ id: 't', text: 42 }),
      JSON.stringify({ id: 'k', text: 'Fine.', colour: 'red' }),
      '   ',
      JSON.stringify({ id: 'z', text: 'Sun rose over the harbour.' }),
    ];
    const input = `\uFEFF${records.join('\r\n')}`; // a BOM, CRLF line ends and no final newline
    const { counts, lines } = await run(input);
    expect(counts).toEqual({ ok: 2, failed: 5 });
    const out = lines.map((l) => JSON.parse(l) as { id?: string; line?: number; error?: string; code?: string });
    expect(out.map((r) => r.id ?? null)).toEqual(['a', null, 'e', null, 't', 'k', 'z']);
    expect(out.filter((r) => r.error).map((r) => [r.line, r.code])).toEqual([
      [3, 'JSON_INVALID'],
      [4, 'INPUT_INVALID'],
      [5, 'INPUT_INVALID'],
      [6, 'INPUT_INVALID'],
      [7, 'INPUT_INVALID'],
    ]);
    expect(out[1]!.error).toMatch(/^not valid JSON: /);
    expect(out[3]!.error).toBe('a record must be a JSON object with a "text" field');
    expect(lines[2]).toBe('{"id":"e","line":4,"error":"Invalid input: text: must contain some non-blank text","code":"INPUT_INVALID"}');
    expect(out[5]!.error).toMatch(/unknown key\(s\) "colour"/);
    // Exactly what analyzeMany gives for the same lines.
    expect(lines).toEqual(analyzeMany(input.split(/\r?\n/), { lines: true }).map((r) => JSON.stringify(r)));
  });

  it('passes the analysis options on and refuses bad ones before reading', async () => {
    const input = `${JSON.stringify({ id: 'a', text: 'A long enough article about rain.' })}\n`;
    const { lines } = await run(input, { analyze: { maxChars: 10 } });
    expect(JSON.parse(lines[0]!)).toMatchObject({ id: 'a', line: 1, code: 'INPUT_TOO_LARGE' });
    const untouched = new PassThrough();
    await expect(streamNdjson(untouched, sink().stream, { analyze: { maxChar: 1 } as never })).rejects.toThrow(SlantwiseInputError);
    await expect(streamNdjson(untouched, sink().stream, { jobs: -1 })).rejects.toThrow(/options\.jobs/);
    await expect(streamNdjson(untouched, sink().stream, { jobs: 2, workerFile: join(tmpdir(), 'no-such-worker.js') })).rejects.toThrow(/worker script not found/);
    expect(untouched.readableFlowing).toBeNull(); // nobody started reading it
  });

  it('respects backpressure: reads ahead only a bounded amount while the output is blocked', async () => {
    const total = 8_000;
    let pulled = 0;
    function* lines() {
      for (let i = 0; i < total; i++) {
        pulled++;
        yield `${JSON.stringify({ id: `r${i}`, text: SENTENCES[i % 7] })}\n`;
      }
    }
    let unblock!: () => void;
    const blocked = new Promise<void>((r) => (unblock = r));
    let written = 0;
    const output = new Writable({
      highWaterMark: 1024,
      write(_chunk, _enc, cb) {
        written++;
        if (written === 1) void blocked.then(() => cb());
        else cb();
      },
    });
    const done = streamNdjson(Readable.from(lines()), output);
    await new Promise((r) => setTimeout(r, 400));
    expect(pulled, `pulled ${pulled}`).toBeLessThan(2500); // readline's buffer (1024 lines) and the stream buffers, not the whole input
    unblock();
    expect(await done).toEqual({ ok: total, failed: 0 });
    expect(pulled).toBe(total);
    expect(written).toBe(total);
  });

  it('rejects when the output fails', async () => {
    const output = new Writable({
      write(_chunk, _enc, cb) {
        cb(new Error('EPIPE: broken pipe'));
      },
    });
    output.on('error', () => {});
    const input = Array.from({ length: 50 }, (_, i) => JSON.stringify({ id: `r${i}`, text: 'Rain.' })).join('\n');
    await expect(streamNdjson(Readable.from([input]), output)).rejects.toThrow(/EPIPE/);
  });

  it('rejects when the input fails', async () => {
    const input = new Readable({
      read() {
        this.push('{"id":"a","text":"Rain."}\n');
        this.destroy(new Error('disk gone'));
      },
    });
    await expect(streamNdjson(input, sink().stream)).rejects.toThrow(/disk gone/);
  });

  it('draws a progress line on a terminal, at most ten times a second, and nothing elsewhere', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'slantwise-progress-'));
    try {
      const file = join(dir, 'in.ndjson');
      writeFileSync(file, makeRecords(100).text);
      let drawn = '';
      const tty = { isTTY: true, columns: 100, write: (s: string) => ((drawn += s), true) } as unknown as NodeJS.WriteStream;
      let clock = 1_000_000;
      vi.spyOn(Date, 'now').mockImplementation(() => (clock += 40)); // 40 ms pass between two looks at the clock
      const counts = await streamNdjson(createReadStream(file), sink().stream, { progress: tty });
      vi.restoreAllMocks();
      const frames = drawn.split('\r\x1b[2K').filter(Boolean);
      expect(frames.length).toBeGreaterThan(2);
      expect(frames.length).toBeLessThan(100 / 2); // throttled: not one per record
      const last = frames.at(-1)!;
      expect(last).toMatch(/^\[#{24}\] 100% {2}100 records {2}[\d,]+\/s {2}1 failed\n$/);
      expect(counts).toEqual({ ok: 99, failed: 1 });

      // Not a terminal, or a run shorter than a second: silent.
      let silent = '';
      const pipe = { isTTY: false, write: (s: string) => ((silent += s), true) } as unknown as NodeJS.WriteStream;
      vi.spyOn(Date, 'now').mockImplementation(() => (clock += 40));
      await streamNdjson(createReadStream(file), sink().stream, { progress: pipe });
      vi.restoreAllMocks();
      await streamNdjson(createReadStream(file), sink().stream, { progress: { ...tty, write: (s: string) => ((silent += s), true) } as unknown as NodeJS.WriteStream });
      expect(silent).toBe('');

      // Input of unknown size (a pipe): a counter without a bar.
      let counter = '';
      vi.spyOn(Date, 'now').mockImplementation(() => (clock += 40));
      await streamNdjson(Readable.from([makeRecords(30).text]), sink().stream, { progress: { ...tty, write: (s: string) => ((counter += s), true) } as unknown as NodeJS.WriteStream });
      expect(counter.split('\r\x1b[2K').at(-1)).toMatch(/^30 records {2}[\d,]+\/s\n$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

interface ChildResult {
  code: number | null;
  stderr: string;
  /** Per output line: id, line and error (the analysis itself is not kept). */
  out: { id?: string; line?: number; error?: string; analysis: boolean }[];
  sha: string;
  stats: { ok: number; failed: number; maxRSS: number };
}

/** Runs the fixture `ndjsonPipe.mjs` on `input` through a pipe, reading its output as it comes. */
function pipeThrough(bundle: NodeBundle, input: string, jobs: number, nodeFlags: string[] = []): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeFlags, PIPE, bundle.entry, String(jobs)], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: ChildResult['out'] = [];
    const hash = createHash('sha256');
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => hash.update(d));
    createInterface({ input: child.stdout, crlfDelay: Infinity }).on('line', (l) => {
      const r = JSON.parse(l) as { id?: string; line?: number; error?: string; schemaVersion?: number };
      out.push({ id: r.id, line: r.line, error: r.error, analysis: r.schemaVersion !== undefined });
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = stderr.trim().split('\n').at(-1) ?? '';
      let stats = { ok: -1, failed: -1, maxRSS: -1 };
      try {
        stats = JSON.parse(last) as typeof stats;
      } catch {
        // reported below through `code` and `stderr`
      }
      resolve({ code, stderr, out, sha: hash.digest('hex'), stats });
    });
    child.stdin.on('error', () => {}); // the child may fail before reading everything
    Readable.from([input]).pipe(child.stdin);
  });
}

function checkOutput(r: ChildResult, expected: Expected[]): void {
  expect(r.code, r.stderr).toBe(0);
  expect(r.out).toHaveLength(expected.length);
  for (let k = 0; k < expected.length; k++) {
    const e = expected[k]!;
    const o = r.out[k]!;
    if (e.kind === 'ok') {
      if (!o.analysis || o.id !== e.id) expect.fail(`output ${k + 1}: expected the analysis of ${e.id}, got ${JSON.stringify(o)}`);
      continue;
    }
    if (o.analysis || o.line !== e.line || o.id !== e.id) expect.fail(`output ${k + 1}: expected an error record for line ${e.line} (${e.kind}), got ${JSON.stringify(o)}`);
    const pattern = { json: /^not valid JSON: /, empty: /text: must contain some non-blank text/, type: /text: expected string, got number/ }[e.kind];
    expect(o.error).toMatch(pattern);
  }
  expect(r.stats.ok + r.stats.failed).toBe(expected.length);
  expect(r.stats.failed).toBe(expected.filter((e) => e.kind !== 'ok').length);
}

describe('slantwise NDJSON streaming contract (subprocess, built package)', () => {
  let bundle: NodeBundle;
  beforeAll(async () => {
    bundle = await buildNodeBundle();
  }, 60_000);
  afterAll(() => bundle?.remove());

  it('streams 10,000 records in order, an error record with its line number for each bad one, in flat memory', async () => {
    const big = makeRecords(10_000);
    const small = makeRecords(2_000);
    const r = await pipeThrough(bundle, big.text, 1);
    checkOutput(r, big.expected);
    const mb = (kb: number) => kb / 1024;
    expect(mb(r.stats.maxRSS)).toBeLessThan(400);

    // Peak RSS of a garbage-collected process mostly shows how far V8 lets its heap grow before
    // collecting (a saw-tooth up to ~250 MB here, whatever is kept). With the old generation
    // capped, it shows what the pipeline keeps: a pipeline that held its records or results
    // would grow with the input (or run out of heap); a streaming one stays flat.
    const capped = ['--max-old-space-size=128'];
    const r10k = await pipeThrough(bundle, big.text, 1, capped);
    const r2k = await pipeThrough(bundle, small.text, 1, capped);
    checkOutput(r10k, big.expected);
    checkOutput(r2k, small.expected);
    expect(mb(r10k.stats.maxRSS)).toBeLessThan(400);
    expect(mb(r10k.stats.maxRSS) - mb(r2k.stats.maxRSS)).toBeLessThan(60);
  }, 120_000);

  it('gives byte-identical output with --jobs 2 and --jobs 1', async () => {
    const { text, expected } = makeRecords(500);
    const [one, two] = await Promise.all([pipeThrough(bundle, text, 1), pipeThrough(bundle, text, 2)]);
    checkOutput(one, expected);
    checkOutput(two, expected);
    expect(two.sha).toBe(one.sha);
  }, 60_000);
});

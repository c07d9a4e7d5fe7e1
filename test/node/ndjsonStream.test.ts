import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SlantwiseInputError } from '../../src/index.js';
import { analyzeMany, streamNdjson } from '../../src/node/index.js';
import { makeRecords, SENTENCES } from './fixtures/ndjsonRecords.js';

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
    const total = 4_000;
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
    expect(pulled, `pulled ${pulled}`).toBeLessThan(2500); // readline's buffer (1024 lines) and the stream buffers, not the whole input (4,000 lines)
    unblock();
    expect(await done).toEqual({ ok: total, failed: 0 });
    expect(pulled).toBe(total);
    expect(written).toBe(total);
  }, 120_000); // 4,000 analyses: generous on a loaded machine (a guard against hanging, not a speed test)

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
      // (a clock that moves 1 ms per look: the run is short however loaded the machine is)
      vi.spyOn(Date, 'now').mockImplementation(() => (clock += 1));
      await streamNdjson(createReadStream(file), sink().stream, { progress: { ...tty, write: (s: string) => ((silent += s), true) } as unknown as NodeJS.WriteStream });
      vi.restoreAllMocks();
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

import { describe, expect, it } from 'vitest';
import { LINE_TOO_LONG, splitLines } from '../../src/cli/lines.js';
import { EXIT } from '../../src/cli/program.js';
import { cli } from './fixtures/cliHarness.js';

type Out = { id?: string; source?: string; line?: number; error?: string; code?: string; schemaVersion?: number; segments?: { text: string }[] };
const rec = (id: string, text: string) => JSON.stringify({ id, text });
const parseLines = (s: string) => s.trim().split('\n').map((l) => JSON.parse(l) as Out);

describe('standard input: what it is read as', () => {
  it('is NDJSON when the second line is a record, so a bad first line is named instead of becoming one text article', async () => {
    const input = ['2024-05-01 export started', rec('b', 'Rain fell on the harbour.'), rec('c', 'The council met.')].join('\n');
    const strict = await cli(['analyze', '-'], input);
    expect(strict.code).toBe(EXIT.usage);
    expect(strict.stderr).toMatch(/^slantwise: stdin line 1 is not an NDJSON record: not valid JSON.*\(the line starts: 2024-05-01 export started\)/);
    expect(strict.stdout).toBe('');

    const skip = await cli(['analyze', '-', '--skip-bad'], input);
    expect(skip.code).toBe(EXIT.recordErrors);
    const out = JSON.parse(skip.stdout) as Out[];
    expect(out.map((o) => o.id ?? o.code)).toEqual(['JSON_INVALID', 'b', 'c']);
    expect(out[0]).toMatchObject({ source: 'stdin', line: 1 });
  });

  it('is NDJSON when the first line is a record, and a later text line is named', async () => {
    const input = [rec('a', 'Rain fell.'), 'And then the sun came out.', rec('c', 'The council met.')].join('\n');
    const r = await cli(['analyze', '-'], input);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toMatch(/stdin line 2 is not an NDJSON record/);
    // JSON that is not an object is not a record either.
    const arr = await cli(['analyze', '-', '--format', 'ndjson', '--skip-bad'], [rec('a', 'Rain fell.'), '[1, 2]'].join('\n'));
    expect(parseLines(arr.stdout)[1]).toMatchObject({ line: 2, code: 'INPUT_INVALID', error: 'a record must be a JSON object with a "text" field' });
  });

  it('reads a pretty-printed JSON record or array as one document', async () => {
    const one = await cli(['analyze', '-'], JSON.stringify({ id: 'pretty', outlet: 'Gazette', text: 'Rain fell.' }, null, 2));
    expect(one.code).toBe(EXIT.ok);
    expect(JSON.parse(one.stdout)).toMatchObject({ id: 'pretty', outlet: 'Gazette' });
    const many = await cli(['analyze', '-'], JSON.stringify([{ id: 'x', text: 'Rain fell.' }, { id: 'y', text: 'Sun rose.' }], null, 2));
    expect((JSON.parse(many.stdout) as Out[]).map((o) => o.id)).toEqual(['x', 'y']);
  });

  it('names line 1 when the input starts like JSON but is neither a document nor NDJSON', async () => {
    const r = await cli(['analyze', '-'], '{"id": "a", "text": "Rain\n fell."}\n');
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toMatch(/stdin line 1 is not an NDJSON record/);
  });

  it('reads anything else as one plain-text article, exactly as given', async () => {
    const text = '\uFEFFCouncil votes to close bridge\r\nThe council voted on Tuesday.\r\n{not a record}\r\n';
    const r = await cli(['analyze', '-'], text);
    expect(r.code).toBe(EXIT.ok);
    const a = JSON.parse(r.stdout) as Out & { segments: { start: number; end: number; text: string }[] };
    expect(a.segments.map((s) => s.text)).toEqual(['Council votes to close bridge', 'The council voted on Tuesday.', '{not a record}']);
    for (const s of a.segments) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('follows --input-format, and reads NDJSON with --format ndjson', async () => {
    const braces = await cli(['analyze', '-', '--input-format', 'text'], '{"a":1}\n{"b":2}\n');
    expect(JSON.parse(braces.stdout).segments).toHaveLength(2);
    const filter = await cli(['analyze', '-', '--format', 'ndjson'], 'Plain text is not a record.\n');
    expect(filter.code).toBe(EXIT.usage);
    expect(filter.stderr).toMatch(/stdin line 1 is not an NDJSON record/);
    const bad = await cli(['analyze', '-', '--input-format', 'yaml'], '');
    expect(bad.code).toBe(EXIT.usage);
  });

  it('keeps characters split across chunks whole', async () => {
    const line = `${rec('u', 'Café owners in Zürich said “no”.')}\n`;
    const bytes = Buffer.from(line);
    const at = bytes.indexOf(Buffer.from('é')) + 1; // inside the two bytes of "é"
    const r = await cli(['analyze', '-', '--format', 'ndjson'], [bytes.subarray(0, at), bytes.subarray(at)]);
    expect(r.code).toBe(EXIT.ok);
    expect(parseLines(r.stdout)[0]!.segments![0]!.text).toBe('Café owners in Zürich said “no”.');
  });

  it('reads standard input only as fast as results are written', async () => {
    let pulled = 0;
    function* chunks() {
      for (let i = 0; i < 300; i++) {
        pulled++;
        yield `${rec(`r${i}`, 'Officials said the bridge would close.')}\n`;
      }
    }
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let writes = 0;
    const run = cli(['analyze', '-', '--format', 'ndjson'], chunks(), { stdout: () => (++writes === 1 ? gate : undefined) });
    await new Promise((r) => setTimeout(r, 300));
    expect(pulled).toBeLessThan(20); // the first result is waiting to be written; nothing is read ahead
    release();
    expect((await run).code).toBe(EXIT.ok);
    expect(pulled).toBe(300);
    expect(writes).toBe(300);
  });

  it('ends quietly with exit 0 when the reader goes away (EPIPE)', async () => {
    const epipe = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
    const input = Array.from({ length: 5 }, (_, i) => rec(`r${i}`, 'Rain fell.')).join('\n');
    let stderr = '';
    const r = await cli(['analyze', '-', '--format', 'ndjson'], input, { stdout: () => Promise.reject(epipe), stderr: (t) => (stderr += t) });
    expect(r.code).toBe(EXIT.ok);
    expect(stderr).toBe('');
  });
});

describe('splitLines', () => {
  async function lines(chunks: string[], max: number) {
    const out: (string | symbol)[] = [];
    async function* src() {
      yield* chunks;
    }
    for await (const l of splitLines(src(), max)) out.push(l);
    return out;
  }

  it('splits on LF and CRLF across chunk boundaries, keeping blank lines and a last line without newline', async () => {
    expect(await lines(['a\r', '\nb', 'c\n\nd'], 100)).toEqual(['a', 'bc', '', 'd']);
  });

  it('stands LINE_TOO_LONG in place of an overlong line without keeping it, and goes on', async () => {
    expect(await lines(['ok\n', 'x'.repeat(8), 'x'.repeat(8), '\nnext\n'], 10)).toEqual(['ok', LINE_TOO_LONG, 'next']);
    expect(await lines(['y'.repeat(11), '\nz'], 10)).toEqual([LINE_TOO_LONG, 'z']);
    expect(await lines(['w'.repeat(30)], 10)).toEqual([LINE_TOO_LONG]);
  });
});

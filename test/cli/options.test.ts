import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXIT } from '../../src/cli/program.js';
import { cli, fakeTerminal } from './fixtures/cliHarness.js';

const dir = mkdtempSync(join(tmpdir(), 'slantwise-options-'));
const story = join(dir, 'bridge-story.txt');
writeFileSync(story, 'The council voted on Tuesday to close the bridge.\nThe mayor said it was necessary.\n');
const rec = (id: string, text: string) => JSON.stringify({ id, text });

describe('--jobs', () => {
  it.each(['0', '-3', 'abc', '1.5', '257', ''])('refuses %j with a usage error naming the option', async (value) => {
    const r = await cli(['analyze', story, '--jobs', value]);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toMatch(/--jobs <n>.*is invalid.*whole number of worker threads from 1 to 256/);
  });

  it('accepts a whole number', async () => {
    expect((await cli(['analyze', story, '--jobs', '1'])).code).toBe(EXIT.ok);
  });
});

describe('--id, --outlet, --title, --date', () => {
  it('set the fields of a single article', async () => {
    const r = await cli(['analyze', story, '--id', 'bridge-1', '--outlet', 'Valley Gazette', '--title', 'Bridge to close', '--date', '2024-05-01']);
    expect(r.code).toBe(EXIT.ok);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: 'bridge-1', outlet: 'Valley Gazette', title: 'Bridge to close', publishedAt: '2024-05-01' });
    const piped = await cli(['analyze', '-', '--outlet', 'Courier'], 'Rain fell on the harbour.');
    expect(JSON.parse(piped.stdout)).toMatchObject({ outlet: 'Courier' });
    const oneRecord = await cli(['analyze', '-', '--title', 'Set here'], rec('r1', 'Rain fell.'));
    expect(JSON.parse(oneRecord.stdout)).toMatchObject({ id: 'r1', title: 'Set here' });
  });

  it('are refused for several articles, naming the flags, before anything is written', async () => {
    const two = await cli(['analyze', story, 'examples/corpus/wire-report.txt', '--outlet', 'Gazette']);
    expect(two.code).toBe(EXIT.usage);
    expect(two.stderr).toMatch(/--outlet set the fields of a single article, but the inputs \(2 files\) hold/);
    const stream = await cli(['analyze', '-', '--format', 'ndjson', '--id', 'x', '--date', '2024-05-01'], [rec('a', 'Rain fell.'), rec('b', 'Sun rose.')].join('\n'));
    expect(stream.code).toBe(EXIT.usage);
    expect(stream.stderr).toMatch(/--id, --date set the fields of a single article, but stdin holds more than one record/);
  });

  it('refuse a date that is not one', async () => {
    const r = await cli(['analyze', story, '--date', 'last Tuesday']);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toMatch(/--date <date>.*is invalid.*2024-05-01/);
  });
});

describe('progress on standard error', () => {
  afterEach(() => vi.restoreAllMocks());

  function clock() {
    let now = 5_000_000;
    vi.spyOn(Date, 'now').mockImplementation(() => (now += 60)); // 60 ms between two looks at the clock
  }

  it('draws a bar for file inputs of known size when stderr is a terminal, and ends with the totals', async () => {
    const file = join(dir, 'many.ndjson');
    writeFileSync(file, `${Array.from({ length: 40 }, (_, i) => rec(`r${i}`, 'Officials said the bridge would close.')).join('\n')}\n`);
    const tty = fakeTerminal();
    clock();
    const r = await cli(['analyze', file, '--format', 'ndjson', '--out', join(dir, 'out.ndjson')], '', { progress: tty.stream });
    vi.restoreAllMocks();
    expect(r.code).toBe(EXIT.ok);
    const frames = tty.drawn().split('\r\x1b[2K').filter(Boolean);
    expect(frames.length).toBeGreaterThan(2);
    expect(frames.at(-1)).toMatch(/^\[#{24}\] 100% {2}40 records {2}[\d,]+\/s\n$/);
  });

  it('draws nothing when stderr is not a terminal', async () => {
    let written = '';
    const pipe = { isTTY: false, write: (s: string) => ((written += s), true) } as unknown as NodeJS.WriteStream;
    clock();
    await cli(['analyze', story], '', { progress: pipe });
    expect(written).toBe('');
  });
});

import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/program.js';
import { cli } from './fixtures/cliHarness.js';

const rec = (id: string, text: string) => JSON.stringify({ id, text });

describe('--out', () => {
  it('writes the whole result to the target and leaves no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'slantwise-out-'));
    const target = join(dir, 'results.ndjson');
    const r = await cli(['analyze', '-', '--format', 'ndjson', '--out', target], [rec('a', 'Rain fell.'), rec('b', 'Sun rose.')].join('\n'));
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toBe('');
    expect(readFileSync(target, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['a', 'b']);
    expect(readdirSync(dir)).toEqual(['results.ndjson']);
  });

  it('leaves the target as it was when the run fails, even after some results were written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'slantwise-out-'));
    const target = join(dir, 'results.ndjson');
    writeFileSync(target, 'yesterday\'s results\n');
    const input = [...Array.from({ length: 5 }, (_, i) => rec(`r${i}`, 'Rain fell.')), '{broken'].join('\n');
    for (const format of ['ndjson', 'json', 'csv']) {
      const r = await cli(['analyze', '-', '--format', format, '--out', target], input);
      expect(r.code).toBe(EXIT.usage);
      expect(r.stderr).toMatch(/stdin line 6 is not an NDJSON record/);
      expect(readFileSync(target, 'utf8')).toBe('yesterday\'s results\n');
      expect(readdirSync(dir)).toEqual(['results.ndjson']);
    }
  });

  it('replaces the target on success, and reports a target in a missing folder as an I/O error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'slantwise-out-'));
    const target = join(dir, 'report.md');
    writeFileSync(target, 'old');
    expect((await cli(['analyze', 'examples/corpus/wire-report.txt', '--format', 'md', '--out', target])).code).toBe(EXIT.ok);
    expect(readFileSync(target, 'utf8')).toMatch(/^# slantwise report/);
    const missing = await cli(['analyze', 'examples/corpus/wire-report.txt', '--out', join(dir, 'no-such-dir', 'x.json')]);
    expect(missing.code).toBe(EXIT.usage);
    expect(missing.stderr).toMatch(/no such file: .*no-such-dir/);
    expect(readdirSync(dir)).toEqual(['report.md']);
  });
});

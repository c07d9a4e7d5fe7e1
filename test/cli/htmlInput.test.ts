import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/program.js';
import { analyzeMany } from '../../src/node/index.js';
import { expectOffsetsMatch } from '../helpers.js';
import { cli } from './fixtures/cliHarness.js';


const fixture = fileURLToPath(new URL('../fixtures/html/harbour-bridge.html', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'slantwise-html-'));
copyFileSync(fixture, join(dir, 'bridge.html'));
const small = '<html><head><title>Ferry back - Coast Courier</title><meta property="og:site_name" content="Coast Courier"></head><body><article><p>The ferry resumed service on Friday after repairs to its hull, the operator said.</p><p>“We are glad to be back,” said captain Ola Berg.</p></article></body></html>';
writeFileSync(join(dir, 'ferry.htm'), small);
writeFileSync(join(dir, 'notes.txt'), 'The council met on Monday.');

describe('slantwise analyze with web pages', () => {
  it('reads an .html file as a page: the analysis carries the extraction its offsets index', async () => {
    const r = await cli(['analyze', join(dir, 'bridge.html')]);
    expect(r.code).toBe(EXIT.ok);
    const a = JSON.parse(r.stdout);
    expect(a.id).toBe('bridge');
    expect(a.outlet).toBe('Valley Gazette');
    expect(a.extraction.title).toBe('Council shuts harbour bridge to lorries');
    expectOffsetsMatch(a.extraction.text, a);
  });

  it('includes .htm and .html files when reading a directory', async () => {
    const r = await cli(['analyze', dir, '--format', 'ndjson']);
    const ids = r.stdout.trim().split('\n').map((l) => JSON.parse(l).id);
    expect(ids).toEqual(['bridge', 'ferry', 'notes']);
  });

  it('reads NDJSON records that give html instead of text, with their url', async () => {
    const records = [JSON.stringify({ id: 'p1', html: small, url: 'https://courier.example/ferry' }), JSON.stringify({ id: 't1', text: 'Rain fell on the harbour.' })].join('\n');
    const r = await cli(['analyze', '-', '--format', 'ndjson'], records);
    expect(r.code).toBe(EXIT.ok);
    const [p1, t1] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(p1.extraction).toMatchObject({ title: 'Ferry back', url: 'https://courier.example/ferry' });
    expect(p1.quotes[0].speaker).toBe('Ola Berg');
    expect(t1.extraction).toBeUndefined();
  });

  it('reads a page piped on standard input as HTML', async () => {
    const r = await cli(['analyze', '-'], small);
    const a = JSON.parse(r.stdout);
    expect(a.extraction.siteName).toBe('Coast Courier');
    expect(a.warnings).toEqual([]);
  });

  it('puts an error record in place of a page without article text', async () => {
    const records = [JSON.stringify({ id: 'empty', html: '<html><body><nav><a href="/">Home</a></nav></body></html>' }), JSON.stringify({ id: 'ok', text: 'Rain fell.' })].join('\n');
    const r = await cli(['analyze', '-', '--format', 'ndjson'], records);
    expect(r.code).toBe(EXIT.recordErrors);
    const [bad, ok] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(bad).toMatchObject({ id: 'empty', error: expect.stringMatching(/html: holds no article text/) });
    expect(ok.id).toBe('ok');
  });
});

describe('slantwise/node with HTML records', () => {
  it('analyses html records like text records, in order', () => {
    const results = analyzeMany([{ id: 'page', html: small }, { id: 'text', text: 'Rain fell.' }]);
    expect(results.map((r) => r.id)).toEqual(['page', 'text']);
    expect('extraction' in results[0]! && results[0].extraction?.title).toBe('Ferry back');
  });
});

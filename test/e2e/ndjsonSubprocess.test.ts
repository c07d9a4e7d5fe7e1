import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildNodeBundle, type NodeBundle } from '../node/fixtures/buildNodeBundle.js';
import { makeRecords, type Expected } from '../node/fixtures/ndjsonRecords.js';

// The streaming contract of `slantwise/node` in a real process, through real pipes: order, error
// records, byte-identical output whatever the number of workers, and memory that stays flat.
const PIPE = fileURLToPath(new URL('../node/fixtures/ndjsonPipe.mjs', import.meta.url));

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

import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The built CLI in real processes: large NDJSON files streamed in bounded memory (as an argument
// and on stdin, to stdout and to --out), a closed pipe (`| head`), worker threads, an interrupted
// --out. No timing assertions: memory is compared between a small and a large input.
const root = resolve(import.meta.dirname, '../..');
const CLI = join(root, 'dist/cli.js');
const WITH_RSS = fileURLToPath(new URL('./fixtures/withMaxRss.mjs', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'slantwise-cli-e2e-'));

const SENTENCES = [
  'The council voted on Tuesday to close the harbour bridge.',
  'Mayor Dana Varga said the decision was "painful but necessary".',
  'Critics called the move a disaster for local shops.',
  'The bridge will reopen next spring, officials said.',
];

type Kind = 'ok' | 'huge' | 'bad';

/**
 * Writes an NDJSON file line by line (never whole in memory): `small` short articles, with a
 * line of `hugeChars` characters (over the 3,000,000 `maxChars`, so refused at once) after every
 * `hugeEvery` articles and a line that is not JSON after every 500th. Returns each line's kind.
 */
function writeNdjson(path: string, small: number, hugeEvery = 0, hugeChars = 3_100_000): Kind[] {
  const fd = openSync(path, 'w');
  const kinds: Kind[] = [];
  const huge = hugeEvery > 0 ? JSON.stringify({ id: 'huge', text: 'a'.repeat(hugeChars) }) : '';
  try {
    for (let i = 1; i <= small; i++) {
      writeSync(fd, `${JSON.stringify({ id: `r${i}`, outlet: i % 2 ? 'Gazette' : 'Courier', text: [SENTENCES[i % 4], SENTENCES[(i + 1) % 4]].join('\n') })}\n`);
      kinds.push('ok');
      if (hugeEvery > 0 && i % hugeEvery === 0) {
        writeSync(fd, `${huge}\n`);
        kinds.push('huge');
      }
      if (i % 500 === 0) {
        writeSync(fd, '{"id": "cut off\n');
        kinds.push('bad');
      }
    }
  } finally {
    closeSync(fd);
  }
  return kinds;
}

interface Child {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  out: { id?: string; line?: number; code?: string; analysis: boolean }[];
  sha: string;
  maxRssMb: number;
}

/** Runs the built CLI (through the max-RSS wrapper) with stdin from a file or ignored, reading stdout as it comes. */
function runCli(args: string[], options: { stdinFile?: string; nodeFlags?: string[]; ndjson?: boolean } = {}): Promise<Child> {
  return new Promise((resolvePromise, reject) => {
    const stdin = options.stdinFile ? openSync(options.stdinFile, 'r') : 'ignore';
    const child = spawn(process.execPath, [...(options.nodeFlags ?? []), WITH_RSS, CLI, ...args], { cwd: work, stdio: [stdin, 'pipe', 'pipe'] });
    if (typeof stdin === 'number') closeSync(stdin);
    const out: Child['out'] = [];
    const hash = createHash('sha256');
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => hash.update(d));
    createInterface({ input: child.stdout!, crlfDelay: Infinity }).on('line', (l) => {
      if (options.ndjson === false) return; // pretty JSON: only hashed
      const r = JSON.parse(l) as { id?: string; line?: number; code?: string; schemaVersion?: number };
      out.push({ id: r.id, line: r.line, code: r.code, analysis: r.schemaVersion !== undefined });
    });
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const last = stderr.trim().split('\n').at(-1) ?? '';
      let maxRssMb = -1;
      try {
        maxRssMb = (JSON.parse(last) as { maxRSS: number }).maxRSS / 1024;
      } catch {
        // the wrapper did not finish: reported through code and stderr
      }
      resolvePromise({ code, signal, stderr, out, sha: hash.digest('hex'), maxRssMb });
    });
  });
}

function readNdjsonFile(path: string): Child['out'] {
  return readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((l) => {
      const r = JSON.parse(l) as { id?: string; line?: number; code?: string; schemaVersion?: number };
      return { id: r.id, line: r.line, code: r.code, analysis: r.schemaVersion !== undefined };
    });
}

/** Checks one output entry per line, in order: analyses, INPUT_TOO_LARGE for huge lines, JSON_INVALID for bad ones. */
function checkOrder(out: Child['out'], kinds: Kind[]): void {
  expect(out).toHaveLength(kinds.length);
  let n = 0;
  kinds.forEach((kind, i) => {
    const o = out[i]!;
    if (kind === 'ok') {
      n++;
      if (!o.analysis || o.id !== `r${n}`) expect.fail(`line ${i + 1}: expected the analysis of r${n}, got ${JSON.stringify(o)}`);
    } else if (o.analysis || o.line !== i + 1 || o.code !== (kind === 'huge' ? 'INPUT_TOO_LARGE' : 'JSON_INVALID')) {
      expect.fail(`line ${i + 1}: expected an error record for a ${kind} line, got ${JSON.stringify(o)}`);
    }
  });
}

beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'scripts/build-if-stale.mjs')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}, 600_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('slantwise analyze on large NDJSON (subprocess, built CLI)', () => {
  it('streams a file argument and a redirected stdin, to stdout and to --out, in memory that does not grow with the input', async () => {
    const small = join(work, 'small.ndjson');
    const large = join(work, 'large.ndjson');
    const smallKinds = writeNdjson(small, 1_000);
    const largeKinds = writeNdjson(large, 1_000, 25); // + 40 lines of 3.1 MB: a 124 MB file
    // The old generation is capped so that peak RSS shows what the process keeps rather than how
    // far V8 lets garbage pile up; a reader that held the file (or its lines) would add its size.
    const capped = ['--max-old-space-size=128'];

    const fromFile = await runCli(['analyze', large, '--format', 'ndjson', '--skip-bad'], { nodeFlags: capped });
    expect(fromFile.code, fromFile.stderr).toBe(1); // error records in place: exit 1
    checkOrder(fromFile.out, largeKinds);

    const target = join(work, 'from-stdin.ndjson');
    const fromStdin = await runCli(['analyze', '-', '--format', 'ndjson', '--skip-bad', '--out', target], { stdinFile: large, nodeFlags: capped });
    expect(fromStdin.code, fromStdin.stderr).toBe(1);
    expect(fromStdin.out).toEqual([]);
    checkOrder(readNdjsonFile(target), largeKinds);

    const baseline = await runCli(['analyze', small, '--format', 'ndjson', '--skip-bad'], { nodeFlags: capped });
    checkOrder(baseline.out, smallKinds);
    console.log(`peak RSS: ${baseline.maxRssMb.toFixed(0)} MB for a 0.2 MB file, ${fromFile.maxRssMb.toFixed(0)} MB (file argument) and ${fromStdin.maxRssMb.toFixed(0)} MB (stdin to --out) for a 124 MB file`);
    for (const r of [fromFile, fromStdin]) {
      expect(r.maxRssMb, `peak RSS ${r.maxRssMb.toFixed(0)} MB against ${baseline.maxRssMb.toFixed(0)} MB for a 124x smaller input`).toBeLessThan(baseline.maxRssMb + 60);
    }
  }, 600_000);

  it('stops at a bad line without --skip-bad, naming it, after writing every result before it', async () => {
    const file = join(work, 'one-bad.ndjson');
    const kinds = writeNdjson(file, 600);
    const r = await runCli(['analyze', file, '--format', 'ndjson']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/one-bad\.ndjson line 501 is not an NDJSON record: not valid JSON/);
    checkOrder(r.out, kinds.slice(0, 500));
  }, 120_000);

  it('ends quietly with exit 0 when the reader closes the pipe (| head)', async () => {
    const file = join(work, 'for-head.ndjson');
    writeNdjson(file, 400);
    const script = `set -o pipefail; "${process.execPath}" "${CLI}" analyze "${file}" --format ndjson 2>"${join(work, 'head.err')}" | head -n 2 > "${join(work, 'head.out')}"`;
    let status = 0;
    try {
      execFileSync('bash', ['-c', script]);
    } catch (e) {
      status = (e as { status: number }).status;
    }
    expect(status).toBe(0);
    expect(readFileSync(join(work, 'head.err'), 'utf8')).toBe('');
    expect(readFileSync(join(work, 'head.out'), 'utf8').trim().split('\n')).toHaveLength(2);
  }, 120_000);

  it('gives byte-identical output with --jobs 2 and --jobs 1, for NDJSON and JSON', async () => {
    const file = join(work, 'jobs.ndjson');
    writeNdjson(file, 1_000, 400);
    for (const format of ['ndjson', 'json']) {
      const ndjson = format === 'ndjson';
      const one = await runCli(['analyze', file, '--format', format, '--skip-bad', '--jobs', '1'], { ndjson });
      const two = await runCli(['analyze', file, '--format', format, '--skip-bad', '--jobs', '2'], { ndjson });
      expect(one.code, one.stderr).toBe(1);
      expect(two.code, two.stderr).toBe(1);
      expect(two.sha).toBe(one.sha);
    }
  }, 300_000);

  it('leaves the --out target untouched and no temporary file when interrupted', async () => {
    const file = join(work, 'interrupted.ndjson');
    writeNdjson(file, 3_000);
    const dir = mkdtempSync(join(work, 'out-'));
    const target = join(dir, 'results.ndjson');
    writeFileSync(target, 'previous results\n');
    const child = spawn(process.execPath, [CLI, 'analyze', file, '--format', 'ndjson', '--out', target], { stdio: 'ignore' });
    const closed = new Promise<{ code: number | null }>((res) => child.on('close', (code) => res({ code })));
    // Interrupt once the temporary file is being written.
    for (let i = 0; i < 600 && !readdirSync(dir).some((f) => f.endsWith('.tmp')); i++) await new Promise((res) => setTimeout(res, 100));
    expect(readdirSync(dir).some((f) => f.endsWith('.tmp'))).toBe(true);
    child.kill('SIGTERM');
    expect((await closed).code).toBe(143);
    expect(readFileSync(target, 'utf8')).toBe('previous results\n');
    expect(readdirSync(dir)).toEqual(['results.ndjson']);
    expect(existsSync(target)).toBe(true);
  }, 120_000);
});

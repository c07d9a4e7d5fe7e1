import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../../src/cli/program.js';

async function cli(argv: string[], stdin = '') {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => (stderr += t), stdin: () => [stdin] });
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'slantwise-cli-'));
const txt = join(dir, 'harbour-story.txt');
writeFileSync(txt, 'By Lena Marsh\nThe council voted to close the bridge.\nThe post Bridge Closed appeared first on Valley Gazette.\n');
const ndjson = join(dir, 'records.ndjson');
writeFileSync(ndjson, [JSON.stringify({ id: 'a', outlet: 'Gazette', text: 'Rain fell.' }), '{not json', JSON.stringify({ id: 'c', text: '' }), JSON.stringify({ id: 'd', text: 'Sun rose.' })].join('\n'));
const json = join(dir, 'records.json');
writeFileSync(json, JSON.stringify([{ id: 'j1', text: 'One.' }, { id: 'j2', text: 'Two.' }]));

describe('slantwise analyze', () => {
  it('reads a .txt file with its file name as id and prints JSON', async () => {
    const r = await cli(['analyze', txt]);
    expect(r.code).toBe(EXIT.ok);
    const out = JSON.parse(r.stdout);
    expect(out.id).toBe('harbour-story');
    expect(out.segments.map((s: { kind: string }) => s.kind)).toEqual(['byline', 'body', 'boilerplate']);
  });

  it('reads NDJSON and stops at a bad line, naming the file and the line', async () => {
    const r = await cli(['analyze', ndjson]);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toMatch(/records\.ndjson line 2 is not an NDJSON record: not valid JSON/);
    expect(r.stderr).toMatch(/the line starts: \{not json/);
  });

  it('with --skip-bad puts an error record in place of each bad line, keeping the order', async () => {
    const r = await cli(['analyze', ndjson, '--skip-bad']);
    expect(r.code).toBe(EXIT.recordErrors);
    const out = JSON.parse(r.stdout) as { id?: string; source?: string; line?: number; error?: string; code?: string }[];
    expect(out.map((x) => x.id ?? null)).toEqual(['a', null, 'c', 'd']);
    expect(out[1]).toMatchObject({ source: ndjson, line: 2, code: 'JSON_INVALID' });
    expect(out[1]!.error).toMatch(/not valid JSON/);
    expect(out[2]).toMatchObject({ id: 'c', source: ndjson, line: 3, code: 'INPUT_INVALID' });
    expect(out[2]!.error).toMatch(/text: must contain some non-blank text/);
  });

  it('--time-budget: an article over it becomes an error record, the others go on; a bad value is a usage error', async () => {
    const r = await cli(['analyze', ndjson, '--skip-bad', '--time-budget', '0.000001']);
    expect(r.code).toBe(EXIT.recordErrors);
    const out = JSON.parse(r.stdout) as { id?: string; error?: string }[];
    expect(out.map((x) => x.id ?? null)).toEqual(['a', null, 'c', 'd']);
    expect(out[0]!.error).toMatch(/exceeded its time budget/);
    expect(out[2]!.error).toMatch(/non-blank text/);
    expect((await cli(['analyze', ndjson, '--skip-bad', '--time-budget', '0'])).stdout).toContain('"schemaVersion"');
    const bad = await cli(['analyze', ndjson, '--time-budget', 'soon']);
    expect(bad.code).toBe(EXIT.usage);
    expect(bad.stderr).toMatch(/--time-budget.*expected milliseconds/);
  });

  it('reads a JSON array and stdin', async () => {
    const r = await cli(['analyze', json]);
    expect((JSON.parse(r.stdout) as { id: string }[]).map((x) => x.id)).toEqual(['j1', 'j2']);
    const s = await cli(['analyze', '-'], 'Plain text from a pipe.');
    expect(JSON.parse(s.stdout).segments[0].text).toBe('Plain text from a pipe.');
  });

  it('prints a table with segment counts, editorial share and provenance', async () => {
    const r = await cli(['analyze', txt, '--format', 'table']);
    expect(r.stdout).toMatch(/harbour-story/);
    expect(r.stdout).toMatch(/segments: boilerplate\s+1/);
    expect(r.stdout).toMatch(/metrics\.editorialShare\s+0\.0%/);
    expect(r.stdout).toMatch(/original outlet: Valley Gazette/);
    expect(r.stdout).toMatch(/authors: Lena Marsh/);
    expect(r.stdout).toMatch(/metrics\.attributionsPer100Words\s+\d/);
    expect(r.stdout).toMatch(/metrics\.anonymousSourceShare\s+\d/);
  });

  it('reads a directory of articles', async () => {
    const r = await cli(['analyze', 'examples/corpus', '--format', 'json']);
    const ids = (JSON.parse(r.stdout) as { id: string }[]).map((x) => x.id);
    expect(ids).toContain('wire-report');
    expect(ids).toHaveLength(6);
  });

  it('exits 2 with one readable line for a missing file or a bad format', async () => {
    const missing = await cli(['analyze', join(dir, 'nope.txt')]);
    expect(missing.code).toBe(EXIT.usage);
    expect(missing.stderr).toMatch(/no such file: .*nope\.txt/);
    const bad = await cli(['analyze', txt, '--format', 'xml']);
    expect(bad.code).toBe(EXIT.usage);
    expect(bad.stderr).toMatch(/xml/);
  });
});

describe('slantwise lexicon', () => {
  it('lists the default lexicons', async () => {
    const r = await cli(['lexicon', 'list']);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toMatch(/frame-invasion\s+frame\s+2\.0\.0/);
    expect(r.stdout).toMatch(/reporting-verbs/);
  });

  it('validates lexicon files and names the bad entry', async () => {
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify({ id: 'frame-test', version: '1.0.0', description: 'd', license: 'MIT', source: 's', entries: [{ term: 'asylum' }] }));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ id: 'frame-test', version: '1.0.0', description: 'd', license: 'MIT', source: 's', entries: [{ term: 'x', weight: 'heavy' }] }));
    const r = await cli(['lexicon', 'validate', good, bad]);
    expect(r.code).toBe(EXIT.recordErrors);
    expect(r.stdout).toMatch(/ok\s+.*good\.json: frame-test@1\.0\.0, 1 entries/);
    expect(r.stdout).toMatch(/FAIL .*bad\.json: Invalid lexicon "frame-test": entries\[0\] \("x"\)\.weight/);
  });

  it('analyses with an extra lexicon and shows top frames in the table', async () => {
    const lex = join(dir, 'migration.json');
    writeFileSync(lex, JSON.stringify({ id: 'frame-migration', version: '1.0.0', description: 'd', license: 'MIT', source: 's', entries: [{ term: 'asylum' }] }));
    const story = join(dir, 'asylum.txt');
    writeFileSync(story, 'Asylum claims rose as troops massed at the border.\n');
    const r = await cli(['analyze', story, '--lexicon', lex, '--format', 'table']);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toMatch(/top frames\s+.*migration/);
    expect(r.stdout).toMatch(/frames\.migration\.score\s+\d/);
  });
});

describe('slantwise compare', () => {
  it('prints the side-by-side table, shared quotes with differences, discrepancies and omissions', async () => {
    const r = await cli(['compare', 'examples/corpus']);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toMatch(/Shared quotations/);
    expect(r.stdout).toMatch(/worded differently/);
    expect(r.stdout).toMatch(/\[-\w+-\]\{\+\w+\+\}|\{\+\w+\+\}/);
    expect(r.stdout).toMatch(/Diana Kowal/);
    expect(r.stdout).toMatch(/near-duplicate/);
    expect(r.stdout).toMatch(/omits/);
  });

  it('prints JSON with the comparison and error records', async () => {
    const r = await cli(['compare', ndjson, '--format', 'json', '--skip-bad']);
    const out = JSON.parse(r.stdout) as { comparison: { articles: { id: string }[] }; errors: unknown[] };
    expect(out.comparison.articles.map((a) => a.id)).toEqual(['a', 'd']);
    expect(out.errors).toHaveLength(2);
    expect(r.code).toBe(EXIT.recordErrors);
  });
});

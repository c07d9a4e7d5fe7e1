import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module script without types
import * as check from '../../scripts/check-package.mjs';
import { bundledPackages, renderNotice } from '../../scripts/third-party-notices.js';

// Packs the package (its `prepack` builds), installs the tarball into an empty project, and uses
// it the ways users do: ESM, CommonJS, TypeScript (node16 and bundler resolution) and the CLI.
// Fails when the tarball or the install grows over scripts/package-budget.json.
interface Measure {
  tarballBytes: number;
  unpackedBytes: number;
  installedBytes: number;
  installedPackages: number;
  files: string[];
  directDependencies: string[];
  transitivePackages: string[];
}

const work = mkdtempSync(join(tmpdir(), 'slantwise-tarball-'));
const project = join(work, 'project');
let tgz = '';
let measured: Measure;
const run = (cmd: string, args: string[], input?: string): string => (input === undefined ? check.run(cmd, args, project) : runWithInput(cmd, args, input));

function runWithInput(cmd: string, args: string[], input: string): string {
  writeFileSync(join(project, 'stdin.txt'), input);
  return check.run('sh', ['-c', `${cmd} ${args.map((a) => `'${a}'`).join(' ')} < stdin.txt`], project) as string;
}

beforeAll(() => {
  tgz = check.pack(work) as string;
  check.installInto(project, tgz);
  measured = check.measure(tgz, project) as Measure;
  console.log(check.describe(measured));
  // The TypeScript check needs a compiler; installed after measuring, so it does not count.
  const tsVersion = (JSON.parse(readFileSync(join(check.root as string, 'node_modules/typescript/package.json'), 'utf8')) as { version: string }).version;
  run('npm', ['install', '--no-package-lock', '--prefer-offline', `typescript@${tsVersion}`, '@types/node@20']);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

const sample = 'Officials said there would be no invasion.';
// A two-word name later called "it": speaker resolution asks whether "Dara" is a given name (review26 #1).
const itSaid = 'Dara Okafor spoke first at the harbour. It said the levy was fair.';

describe('the packed tarball', () => {
  it('holds the build, the lexicons, the schemas and the third-party notice, and nothing from the sources or tests', () => {
    for (const f of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/cli.js', 'dist/node.js', 'dist/node-worker.js', 'dist/slantwise.browser.js', 'dist/schema/article-analysis.schema.json', 'THIRD_PARTY_NOTICES.md', 'LICENSE', 'README.md', 'lexicons/frame-victory.json']) {
      expect(measured.files, f).toContain(f);
    }
    expect(measured.files.filter((f) => /^(src|test|scripts)\//.test(f))).toEqual([]);
    // The changelog is the repository's development log (hundreds of KB, growing each round): not shipped.
    expect(measured.files).not.toContain('CHANGELOG.md');
  });

  it('stays within the size and dependency budget', () => {
    expect(check.overBudget(measured)).toEqual([]);
    // Bundled packages are build-time only: nothing natural, sentiment or csv-stringify pulls in is installed.
    const installed = readdirSync(join(project, 'node_modules'));
    for (const bundled of ['natural', 'sentiment', 'csv-stringify']) expect(installed).not.toContain(bundled);
  });

  it('ships a notice listing every bundled package with its licence, as the bundles require', () => {
    const notice = readFileSync(join(project, 'node_modules/slantwise/THIRD_PARTY_NOTICES.md'), 'utf8');
    const bundled = bundledPackages();
    expect(bundled.map((p) => p.name)).toEqual(expect.arrayContaining(['natural', 'sentiment', 'csv-stringify', 'wink-nlp', 'zod']));
    for (const p of bundled) expect(notice).toContain(`| ${p.version} | ${p.license} |`);
    expect(notice).toBe(renderNotice(bundled));
    expect(notice).toMatch(/Open Database License/); // the AFINN word list inside `sentiment`
  });

  it('ships the core once per module format, and nothing Node-only in the entry bundlers pick for browsers', () => {
    expect(check.checkBuild(join(project, 'node_modules/slantwise'))).toEqual([]);
  });

  it('passes publint and arethetypeswrong', () => {
    expect(() => check.lintTarball(tgz)).not.toThrow();
  });

  // `slantwise/node` uses the same core as `slantwise`: its errors are the root entry's classes.
  const sameErrors = "let same; try { analyzeStream([], { jobs: 0 }); } catch (e) { same = e instanceof SlantwiseInputError; }";
  // Worker threads (jobs: 2) from either format, results in input order.
  const pooled = "const ids = []; for await (const r of analyzeStream(['a', 'b', 'c'].map((id) => ({ id, text: 'Officials said it was done.' })), { jobs: 2 })) ids.push(r.id);";

  it('works from ESM', () => {
    writeFileSync(join(project, 'esm.mjs'), `import { analyzeArticle, compareArticles, SlantwiseInputError } from 'slantwise';\nimport { analyzeMany, analyzeStream } from 'slantwise/node';\nconst a = analyzeArticle(${JSON.stringify(sample)});\n${sameErrors}\n${pooled}\nconsole.log(a.schemaVersion, a.attributions.length, typeof compareArticles, analyzeMany([{ text: 'x' }]).length, same, ids.join(''));`);
    expect(run('node', ['esm.mjs']).trim()).toBe('1 1 function 1 true abc');
  });

  it('works from CommonJS', () => {
    writeFileSync(join(project, 'cjs.cjs'), `const { analyzeArticle, SlantwiseInputError } = require('slantwise');\nconst { analyzeMany, analyzeStream } = require('slantwise/node');\n${sameErrors}\n(async () => {\n${pooled}\nconsole.log(analyzeArticle(${JSON.stringify(sample)}).frames.invasion.evidence[0].negated, analyzeMany([{ text: 'y' }]).length, same, ids.join(''));\n})();`);
    expect(run('node', ['cjs.cjs']).trim()).toBe('true 1 true abc');
  });

  it('gives the same results from ESM and CommonJS (the CJS build reads the lexicons from lexicons/)', () => {
    const corpus = join(check.root as string, 'examples/corpus');
    const script = (load: string) =>
      `${load}\nconst fs = require('node:fs');\nconst texts = fs.readdirSync(${JSON.stringify(corpus)}).filter((f) => f.endsWith('.txt')).map((f) => ({ id: f, text: fs.readFileSync(${JSON.stringify(corpus)} + '/' + f, 'utf8') }));\nconst a = texts.map((t) => m.analyzeArticle(t));\nconst c = m.compareArticles(a);\nfs.writeFileSync(process.argv[2], JSON.stringify([a, c, m.markdownReport(a, c), m.DEFAULT_LEXICONS]));`;
    writeFileSync(join(project, 'same.mjs'), script(`import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\nconst m = await import('slantwise');`));
    writeFileSync(join(project, 'same.cjs'), script(`const m = require('slantwise');`));
    run('node', ['same.mjs', 'esm.json']);
    run('node', ['same.cjs', 'cjs.json']);
    const esm = readFileSync(join(project, 'esm.json'), 'utf8');
    expect(JSON.parse(esm)[0]).toHaveLength(6);
    expect(readFileSync(join(project, 'cjs.json'), 'utf8')).toBe(esm);
  });

  // The gazetteers' and policy frames' entries come from lexicons/ on first read (cold19), also for a text
  // whose speaker resolution asks for given names.
  it('reads no gazetteer or policy frame file for a default analysis, the policy frames for a policy one', () => {
    writeFileSync(join(project, 'lexread.mjs'), `import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\nconst m = await import('slantwise');\nconst read = () => Object.keys(require.cache).filter((k) => k.includes('lexicons')).length;\nm.analyzeArticle(${JSON.stringify(sample)});\nm.analyzeArticle(${JSON.stringify(itSaid)});\nconst first = read();\nm.analyzeArticle(${JSON.stringify(sample)}, { frames: 'policy' });\nconsole.log(first, read(), m.DEFAULT_LEXICONS.personNames.entries.length > 1000, read());`);
    expect(run('node', ['lexread.mjs']).trim()).toBe('0 14 true 15');
    // The CommonJS build requires the other 32 lexicon files at import, these on first read.
    writeFileSync(join(project, 'lexread.cjs'), `const m = require('slantwise');\nconst read = () => Object.keys(require.cache).filter((k) => k.includes('lexicons')).length;\nm.analyzeArticle(${JSON.stringify(sample)});\nm.analyzeArticle(${JSON.stringify(itSaid)});\nconst first = read();\nm.analyzeArticle(${JSON.stringify(sample)}, { frames: 'policy' });\nconsole.log(first, read(), m.DEFAULT_LEXICONS.personNames.entries.length > 1000, read());`);
    expect(run('node', ['lexread.cjs']).trim()).toBe('32 46 true 47');
  });

  // linkedom, Readability and franc-min come from files of their own on first use (dist/lazy-libraries.cjs).
  it('extracts HTML and recognises another language from ESM and CommonJS alike', () => {
    const page = '<html><head><title>Quay works</title></head><body><article><h1>Quay works</h1><p>Workers repainted the old quay on Tuesday, the harbour office said. The cranes will move next spring.</p></article></body></html>';
    const other = 'La biblioteca del barrio abrirá sus puertas los domingos a partir del próximo mes, según anunció el ayuntamiento en una nota enviada a todos los vecinos del distrito.';
    const body = `const e = m.extractArticle(${JSON.stringify(page)});\nconst w = m.analyzeArticle(${JSON.stringify(other)}).warnings.map((x) => x.code);\nconsole.log(JSON.stringify([e.title, e.text, w]));`;
    writeFileSync(join(project, 'lazy.mjs'), `const m = await import('slantwise');\n${body}`);
    writeFileSync(join(project, 'lazy.cjs'), `const m = require('slantwise');\n${body}`);
    const esm = run('node', ['lazy.mjs']).trim();
    expect(JSON.parse(esm)[0]).toBe('Quay works');
    expect(JSON.parse(esm)[1]).toContain('repainted the old quay');
    expect(JSON.parse(esm)[2]).toContain('LANGUAGE_UNSUPPORTED');
    expect(run('node', ['lazy.cjs']).trim()).toBe(esm);
  });

  // zod comes from dist/zod-library.cjs on first use: a schema is built and validates, and bad options
  // still throw the library's typed error, from ESM and CommonJS alike (review19 #13).
  it('builds a zod schema and validates options from ESM and CommonJS alike', () => {
    const body = `let code = null;\ntry { m.analyzeArticle('Rain fell.', { bogus: 1 }); } catch (e) { code = e instanceof m.SlantwiseError ? e.code : 'other'; }\nconsole.log(JSON.stringify([m.ExtractedArticleSchema.safeParse({}).success, code]));`;
    writeFileSync(join(project, 'schema.mjs'), `const m = await import('slantwise');\n${body}`);
    writeFileSync(join(project, 'schema.cjs'), `const m = require('slantwise');\n${body}`);
    const esm = run('node', ['schema.mjs']).trim();
    expect(JSON.parse(esm)).toEqual([false, 'INPUT_INVALID']);
    expect(run('node', ['schema.cjs']).trim()).toBe(esm);
  });

  // csv-stringify comes from dist/csv-library.cjs on first use: the CSV exports write the same
  // text from ESM and CommonJS alike.
  it('writes CSV tables from ESM and CommonJS alike', () => {
    const body = `const a = m.analyzeArticle({ id: 'k1', outlet: 'Quay Post', text: 'Tarnow said the ferry would run, "on time".' });\nconsole.log(JSON.stringify([m.analysesToLongCsv([a]).split('\\n')[0], m.tableToCsv(m.analysesToTables([a]).quotes)]));`;
    writeFileSync(join(project, 'csv.mjs'), `const m = await import('slantwise');\n${body}`);
    writeFileSync(join(project, 'csv.cjs'), `const m = require('slantwise');\n${body}`);
    const esm = run('node', ['csv.mjs']).trim();
    expect(JSON.parse(esm)[0]).toBe('id,outlet,measure,value');
    expect(JSON.parse(esm)[1]).toMatch(/^\w/);
    expect(run('node', ['csv.cjs']).trim()).toBe(esm);
  });

  // The ES build loads the comparison and report code from dist/comparison-library.cjs on first use,
  // with the core's modules handed over (cold11): its errors are the core's classes, and the HTML
  // report, statistics and ranking give the same from ESM and CommonJS alike.
  it('compares and reports from ESM and CommonJS alike, with the core error classes', () => {
    const body = `const a = m.analyzeArticle({ id: 'k1', outlet: 'Quay Post', text: 'Tarnow said the ferry would run late. Okafor called the fare "a scandal".' });\nconst b = m.analyzeArticle({ id: 'k2', outlet: 'Orchard News', text: 'The ferry will run, Okafor said. Tarnow blamed the levy.' });\nconst c = m.compareArticles([a, b]);\nlet typed = null;\ntry { m.compareArticles('x'); } catch (e) { typed = e instanceof m.SlantwiseInputError && e instanceof m.SlantwiseError; }\nconsole.log(JSON.stringify([typed, m.ComparisonSchema.safeParse(c).success, m.renderHtmlReport([a, b], c).length, m.jensenShannon([0.5, 0.5], [0.9, 0.1]), m.rankBy([a, b], m.MEASURES[0].name).map((r) => r.id)]));`;
    writeFileSync(join(project, 'compare.mjs'), `const m = await import('slantwise');\n${body}`);
    writeFileSync(join(project, 'compare.cjs'), `const m = require('slantwise');\n${body}`);
    const esm = run('node', ['compare.mjs']).trim();
    expect(JSON.parse(esm).slice(0, 2)).toEqual([true, true]);
    expect(run('node', ['compare.cjs']).trim()).toBe(esm);
  });

  it('type-checks with node16 and bundler resolution', () => {
    writeFileSync(join(project, 'use.ts'), `import { analyzeArticle, type ArticleAnalysis } from 'slantwise';\nimport { analyzeMany } from 'slantwise/node';\nconst a: ArticleAnalysis = analyzeArticle('Rain fell.');\nconst n: number = a.metrics.words;\nconst m = analyzeMany([]);\nexport { n, m };\n`);
    for (const [module, resolution] of [['node16', 'node16'], ['esnext', 'bundler']]) {
      writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module, moduleResolution: resolution, target: 'es2022', strict: true, noEmit: true, skipLibCheck: false, types: ['node'] }, files: ['use.ts'] }));
      expect(() => run('npx', ['tsc', '-p', 'tsconfig.json'])).not.toThrow();
    }
  });

  it('runs the CLI with npx slantwise: files, and NDJSON on stdin with worker threads', () => {
    writeFileSync(join(project, 'story.txt'), 'The council met on Monday.\nThe post Council Meets appeared first on Gazette.\n');
    expect(run('npx', ['slantwise', '--version']).trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(JSON.parse(run('npx', ['slantwise', 'analyze', 'story.txt'])).segments[1].kind).toBe('boilerplate');
    const records = Array.from({ length: 6 }, (_, i) => JSON.stringify({ id: `r${i}`, text: `Officials said step ${i} was done.` })).join('\n');
    const lines = run('npx', ['slantwise', 'analyze', '-', '--format', 'ndjson', '--jobs', '2'], records).trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['r0', 'r1', 'r2', 'r3', 'r4', 'r5']);
  });

  it('ships the JSON Schemas and the browser bundle', () => {
    expect(run('node', ['-e', "console.log(require('slantwise/schema/article-analysis.json').type)"]).trim()).toBe('object');
    expect(readdirSync(join(project, 'node_modules/slantwise/dist'))).toContain('slantwise.browser.js');
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Packs the package, installs the tarball into an empty project, and uses it the ways users
// do: ESM, CommonJS, TypeScript (node16 and bundler resolution) and `npx slantwise`.
const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'slantwise-tarball-'));
const project = join(work, 'project');
const run = (cmd: string, args: string[], cwd = project) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' } });

beforeAll(() => {
  run('npm', ['run', 'build'], root);
  run('npm', ['pack', '--pack-destination', work], root);
  const tgz = readdirSync(work).find((f) => f.endsWith('.tgz'))!;
  execFileSync('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  run('npm', ['install', '--no-package-lock', '--prefer-offline', join(work, tgz), `typescript@${JSON.parse(readFileSync(join(root, 'node_modules/typescript/package.json'), 'utf8')).version}`, '@types/node@20']);
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const sample = 'Officials said there would be no invasion.';

describe('the packed tarball', () => {
  it('works from ESM', () => {
    writeFileSync(join(project, 'esm.mjs'), `import { analyzeArticle, compareArticles } from 'slantwise';\nimport { analyzeMany } from 'slantwise/node';\nconst a = analyzeArticle(${JSON.stringify(sample)});\nconsole.log(a.schemaVersion, a.attributions.length, typeof compareArticles, analyzeMany([{ text: 'x' }]).length);`);
    expect(run('node', ['esm.mjs']).trim()).toBe('1 1 function 1');
  });

  it('works from CommonJS', () => {
    writeFileSync(join(project, 'cjs.cjs'), `const { analyzeArticle } = require('slantwise');\nconst { analyzeMany } = require('slantwise/node');\nconsole.log(analyzeArticle(${JSON.stringify(sample)}).frames.invasion.evidence[0].negated, analyzeMany([{ text: 'y' }]).length);`);
    expect(run('node', ['cjs.cjs']).trim()).toBe('true 1');
  });

  it('type-checks with node16 and bundler resolution', () => {
    writeFileSync(join(project, 'use.ts'), `import { analyzeArticle, type ArticleAnalysis } from 'slantwise';\nimport { analyzeMany } from 'slantwise/node';\nconst a: ArticleAnalysis = analyzeArticle('Rain fell.');\nconst n: number = a.metrics.words;\nconst m = analyzeMany([]);\nexport { n, m };\n`);
    for (const [module, resolution] of [['node16', 'node16'], ['esnext', 'bundler']]) {
      writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module, moduleResolution: resolution, target: 'es2022', strict: true, noEmit: true, skipLibCheck: false, types: ['node'] }, files: ['use.ts'] }));
      expect(() => run('npx', ['tsc', '-p', 'tsconfig.json'])).not.toThrow();
    }
  });

  it('runs with npx slantwise', () => {
    writeFileSync(join(project, 'story.txt'), 'The council met on Monday.\nThe post Council Meets appeared first on Gazette.\n');
    expect(run('npx', ['slantwise', '--version']).trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(JSON.parse(run('npx', ['slantwise', 'analyze', 'story.txt'])).segments[1].kind).toBe('boilerplate');
  });

  it('ships the JSON Schemas and the browser bundle', () => {
    expect(run('node', ['-e', "console.log(require('slantwise/schema/article-analysis.json').type)"]).trim()).toBe('object');
    expect(readdirSync(join(project, 'node_modules/slantwise/dist'))).toContain('slantwise.browser.js');
  });
});

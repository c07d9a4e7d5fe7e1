import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle, compareArticles, extractArticle } from '../../src/index.js';
import { linkedomStubs } from '../../scripts/linkedomStubs.js';

// The browser build (as tsup builds dist/slantwise.browser.js: one ES module, everything
// bundled) run in Debian's headless Chromium must give the same JSON as Node.
const CHROMIUM = '/usr/bin/chromium';
const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'slantwise-browser-'));
let browser: Browser | undefined;

const html = readFileSync(join(root, 'test/fixtures/html/harbour-bridge.html'), 'utf8');
const texts = ['wire-report', 'patriot-ledger'].map((id) => ({ id, text: readFileSync(join(root, 'examples/corpus', `${id}.txt`), 'utf8') }));

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) return;
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  await build({
    entryPoints: [join(root, 'src/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outfile: join(work, 'slantwise.browser.js'),
    define: { __SLANTWISE_VERSION__: JSON.stringify(pkg.version) },
    plugins: [linkedomStubs],
    logLevel: 'silent',
  });
  writeFileSync(join(work, 'index.html'), '<!doctype html><meta charset="utf-8"><title>slantwise</title>');
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--allow-file-access-from-files'],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

describe.skipIf(!existsSync(CHROMIUM))('browser bundle in headless Chromium (skipped without /usr/bin/chromium)', () => {
  it('analyses and compares in the page with the same JSON as Node, with no console errors', async () => {
    const page = await browser!.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`file://${join(work, 'index.html')}`);
    // A string, not a function: vitest would rewrite `import()` inside a function's source.
    const script = `(async () => {
      const lib = await import(${JSON.stringify(`file://${join(work, 'slantwise.browser.js')}`)});
      const analyses = ${JSON.stringify(texts)}.map((i) => lib.analyzeArticle(i));
      return JSON.stringify({ analyses, comparison: lib.compareArticles(analyses) });
    })()`;
    const inPage = (await page.evaluate(script)) as string;
    const analyses = texts.map((t) => analyzeArticle(t));
    const inNode = JSON.stringify({ analyses, comparison: compareArticles(analyses) });
    // extractArticle runs on the bundled linkedom, not the page's DOM: the same result as Node.
    const extracted = (await page.evaluate(`(async () => {
      const lib = await import(${JSON.stringify(`file://${join(work, 'slantwise.browser.js')}`)});
      return JSON.stringify([lib.extractArticle(${JSON.stringify(html)}, { url: 'https://gazette.example/x' }), lib.analyzeArticle({ html: ${JSON.stringify(html)} })]);
    })()`)) as string;
    expect(extracted).toBe(JSON.stringify([extractArticle(html, { url: 'https://gazette.example/x' }), analyzeArticle({ html })]));
    expect(errors).toEqual([]);
    expect(inPage).toBe(inNode);
    await page.close();
  });
});

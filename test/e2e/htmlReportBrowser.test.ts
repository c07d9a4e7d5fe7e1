import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, compareArticles, type ArticleAnalysis } from '../../src/index.js';
import { renderHtmlReport } from '../../src/report/htmlReport.js';

/**
 * Opens the HTML report in a real headless Chromium (Debian's /usr/bin/chromium; playwright-core
 * never downloads a browser). Skipped where that browser is not installed; CI installs it.
 * Set SLANTWISE_SCREENSHOT=path/to/report.png to keep a full-page screenshot.
 */
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const skipNote = hasChromium ? '' : ` (skipped: ${CHROMIUM} not found; install Debian's chromium package to run it)`;
if (!hasChromium) console.warn(`htmlReport.browser.test: ${CHROMIUM} not found, skipping the real-browser test of the HTML report`);

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function corpusReport(): { html: string; analyses: ArticleAnalysis[]; frames: number } {
  const dir = new URL('../../examples/corpus/', import.meta.url);
  const analyses = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => analyzeArticle({ id: f.replace(/\.txt$/, ''), text: readFileSync(new URL(f, dir), 'utf8') }));
  const comparison = compareArticles(analyses);
  const frames = comparison.table.measures.filter((m) => /^frames\..+\.score$/.test(m)).length;
  return { html: renderHtmlReport(analyses, comparison, { title: 'Example corpus: six outlets, one event' }), analyses, frames };
}

describe('HTML report in headless Chromium', () => {
  it.skipIf(!hasChromium)(`renders without errors or network requests, with heatmap, highlights and diffs${skipNote}`, async () => {
    const { html, analyses, frames } = corpusReport();
    const work = mkdtempSync(join(tmpdir(), 'slantwise-report-'));
    const file = join(work, 'report.html');
    writeFileSync(file, html);
    const pageUrl = pathToFileURL(file).href;
    const context = await chromium.launchPersistentContext(join(work, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1366, height: 768 },
    });
    try {
      const consoleErrors: string[] = [];
      const requests: string[] = [];
      const failed: string[] = [];
      // Any request other than the page itself is recorded and refused.
      await context.route('**/*', (route) => (route.request().url() === pageUrl ? route.continue() : route.abort()));
      context.on('request', (r) => requests.push(r.url()));
      context.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
      const page = context.pages()[0] ?? (await context.newPage());
      page.on('console', (m) => {
        if (m.type() === 'error') consoleErrors.push(m.text());
      });
      page.on('pageerror', (e) => consoleErrors.push(String(e)));

      await page.goto(pageUrl, { waitUntil: 'load' });

      expect(consoleErrors).toEqual([]);
      expect(failed).toEqual([]);
      expect(requests).toEqual([pageUrl]);

      // the heatmap: one rect per article × frame
      expect(frames).toBeGreaterThan(0);
      expect(await page.locator('svg.heatmap rect').count()).toBe(analyses.length * frames);
      expect(await page.locator('svg.heatmap rect.hm-cell').count()).toBe(analyses.length * frames);

      // highlights, every one with a title
      const marks = page.locator('.article mark.hl');
      expect(await marks.count()).toBeGreaterThan(100);
      expect(await page.locator('.article mark.hl:not([title])').count()).toBe(0);
      expect(await page.locator('.article mark.hl-quote[title^="quote · speaker"]').count()).toBeGreaterThan(10);
      expect(await page.locator('.article mark.hl-frame[title^="frame "]').count()).toBeGreaterThan(50);
      const quoteTitle = await page.locator('mark.hl-quote[title*="Elena Varga"]').first().getAttribute('title');
      expect(quoteTitle).toMatch(/^quote · speaker Elena Varga \(person/);

      // shared-quote diffs
      expect(await page.locator('#quotes ins').count()).toBeGreaterThan(0);
      expect(await page.locator('#quotes del').count()).toBeGreaterThan(0);
      expect(await page.locator('#quotes ins', { hasText: 'soldiers' }).count()).toBeGreaterThan(0);

      // article text is rendered as text, and the layout fits a 1366-pixel laptop screen
      expect(await page.locator('.article').count()).toBe(analyses.length);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);

      const shot = await page.screenshot({ fullPage: true });
      writeFileSync(join(tmpdir(), 'slantwise-report.png'), shot);
      const target = process.env.SLANTWISE_SCREENSHOT;
      if (target) {
        mkdirSync(dirname(resolve(target)), { recursive: true });
        writeFileSync(resolve(target), shot);
      }

      // print: articles start on a new page and backgrounds are kept
      await page.emulateMedia({ media: 'print' });
      const print = await page.evaluate(() => {
        const article = document.querySelector('section.article')!;
        const body = getComputedStyle(document.body);
        return { breakBefore: getComputedStyle(article).breakBefore, nav: getComputedStyle(document.querySelector('nav.toc')!).display, adjust: body.getPropertyValue('print-color-adjust') || body.getPropertyValue('-webkit-print-color-adjust') };
      });
      expect(print).toEqual({ breakBefore: 'page', nav: 'none', adjust: 'exact' });
      writeFileSync(join(tmpdir(), 'slantwise-report-print.png'), await page.screenshot({ fullPage: true }));
      expect(requests).toEqual([pageUrl]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
      rmSync(work, { recursive: true, force: true });
    }
  }, 120_000);

  it.skipIf(!hasChromium)(`renders untrusted markup in an article as text${skipNote}`, async () => {
    const text = 'Officials said the <script>document.title = "pwned"; console.error("pwned")</script> suspects were moved.\nA “<img src=x onerror=console.error(1)> quote,” the minister said.';
    const a = analyzeArticle({ id: 'evil', text });
    const b = analyzeArticle({ id: 'plain', text: 'Officials said the suspects were moved by troops.' });
    const work = mkdtempSync(join(tmpdir(), 'slantwise-report-'));
    const context = await chromium.launchPersistentContext(join(work, 'profile'), { executablePath: CHROMIUM, headless: true, args: ARGS });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const errors: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('request', (r) => requests.push(r.url()));
      await page.setContent(renderHtmlReport([a, b], compareArticles([a, b]), { title: 'escaping' }), { waitUntil: 'load' });
      expect(await page.title()).toBe('escaping');
      expect(await page.locator('script').count()).toBe(0);
      expect(await page.locator('img').count()).toBe(0);
      expect(errors).toEqual([]);
      expect(requests.filter((u) => u !== 'about:blank')).toEqual([]);
      // the paragraph's text after its kind label is exactly the segment text
      const first = await page.locator('#article-1 p.seg').first().evaluate((p) => (p.textContent ?? '').slice((p.querySelector('.seg-label')?.textContent ?? '').length));
      expect(first).toBe(text.split('\n')[0]);
    } finally {
      await context.close();
      rmSync(work, { recursive: true, force: true });
    }
  }, 120_000);
});

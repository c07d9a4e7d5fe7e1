import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/index.js';

interface GoldCase { id: string; text: string; quotes: { text: string; speaker: string | null }[]; attributions: { content: string; kind: string }[] }
const gold = JSON.parse(readFileSync(new URL('../fixtures/attribution-gold.json', import.meta.url), 'utf8')) as { cases: GoldCase[] };
const norm = (s: string | null | undefined) => (s ?? '').toLowerCase().replace(/^the\s+/, '');

// A regression guard on the development gold set; `npm run eval:attribution` prints the full report.
describe('attribution gold set', () => {
  it('finds every gold quote with its speaker, and no extra quote (≥ 0.95)', () => {
    let found = 0;
    let right = 0;
    let predicted = 0;
    let total = 0;
    for (const g of gold.cases) {
      const a = analyzeArticle(g.text);
      predicted += a.quotes.length;
      total += g.quotes.length;
      for (const q of g.quotes) {
        const p = a.quotes.find((x) => x.text === q.text);
        if (!p) continue;
        found++;
        if (norm(p.speaker) === norm(q.speaker)) right++;
      }
    }
    expect(found / total).toBeGreaterThanOrEqual(0.95);
    expect(found / predicted).toBeGreaterThanOrEqual(0.95);
    expect(right / found).toBeGreaterThanOrEqual(0.95);
  });

  it('finds the gold attributions with the right source kind (≥ 0.95)', () => {
    let matched = 0;
    let kinds = 0;
    let total = 0;
    for (const g of gold.cases) {
      const a = analyzeArticle(g.text);
      for (const x of g.attributions) {
        total++;
        const start = g.text.indexOf(x.content);
        const end = start + x.content.length;
        const p = a.attributions.find((y) => Math.min(y.end, end) - Math.max(y.start, start) >= Math.min(y.end - y.start, end - start) / 2);
        if (!p) continue;
        matched++;
        if (a.sources.find((s) => s.id === p.sourceId)?.kind === x.kind) kinds++;
      }
    }
    expect(matched / total).toBeGreaterThanOrEqual(0.95);
    expect(kinds / matched).toBeGreaterThanOrEqual(0.95);
  });
});

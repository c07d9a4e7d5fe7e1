/**
 * The hostile inputs of issue 13, each finishing with a result or a typed error. No time is
 * asserted: `npm run bench:scale` measures how the cost grows with the input.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, ArticleAnalysisSchema, compareArticles, ComparisonSchema, readDocument, SlantwiseError, SlantwiseInputError, type ArticleAnalysis } from '../../src/index.js';
import { analyzeMany, isErrorRecord } from '../../src/node/index.js';
import { expectOffsetsMatch } from '../helpers.js';

/** Analyses `text` with no time budget, checks the schema and the offsets, returns the analysis. */
function analyzeChecked(text: string): ArticleAnalysis {
  const a = analyzeArticle(text, { timeBudgetMs: 0 });
  const parsed = ArticleAnalysisSchema.safeParse(a);
  if (!parsed.success) expect.fail(parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  expectOffsetsMatch(text, a);
  return a;
}

const NAMES = ['Ana Ruiz', 'Bo Lee', 'Cai Dunmore', 'Dov Ahl', 'Eli Mart', 'Fen Oru', 'Gil Sato', 'Hana Vel'];

describe('hostile inputs of the issue', () => {
  it('"It said yes.\\n" repeated 3,000 times', () => {
    const a = analyzeChecked('It said yes.\n'.repeat(3_000));
    expect(a.segments.length).toBe(3_000);
  });

  it('"said " repeated 40,000 times', () => {
    const a = analyzeChecked('said '.repeat(40_000));
    expect(a.metrics.words).toBe(40_000);
  });

  it('a 2.5 MB text of many short attributions (no stack overflow from spreading a large array)', () => {
    const lines: string[] = [];
    let length = 0;
    for (let i = 0; length < 2_500_000; i++) {
      const name = `${NAMES[i % NAMES.length]}${i % 97 === 0 ? ` ${i}` : ''}`;
      const line = i % 3 === 0 ? `"Go now," said ${name}.` : i % 3 === 1 ? `${name} told reporters it was over.` : `She said no, according to ${name}.`;
      lines.push(line);
      length += line.length + 1;
    }
    const text = lines.join('\n');
    const a = analyzeChecked(text);
    expect(a.attributions.length).toBeGreaterThan(lines.length / 2);
    // Identical with the batch API (which turns any failure into an error record instead).
    const [batch] = analyzeMany([text], { timeBudgetMs: 0 });
    expect(isErrorRecord(batch)).toBe(false);
  }, 600_000);

  it('very long tokens and punctuation runs, offsets exact and the run kept as one token', () => {
    for (const run of ['a'.repeat(1_000_000), '!'.repeat(300_000), '-'.repeat(300_000), 'ab-'.repeat(100_000), '.'.repeat(300_000), '“'.repeat(100_000), `https://example.org/${'x/'.repeat(50_000)}`]) {
      const text = `Officials said ${run} on Tuesday.`;
      // A text that is nearly all punctuation is refused as not text (a typed error); the rest
      // are analysed as one line.
      let a: ArticleAnalysis | null = null;
      try {
        a = analyzeChecked(text);
      } catch (e) {
        expect(e).toBeInstanceOf(SlantwiseInputError);
        expect((e as SlantwiseInputError).code).toBe('INPUT_NOT_TEXT');
      }
      if (a) {
        expect(a.segments).toHaveLength(1);
        expect(a.segments[0]!.text).toBe(text);
      }
      // In the document model the run ends in one token that reaches its last character.
      const doc = readDocument(text);
      const runEnd = text.indexOf(' on Tuesday');
      const last = [...doc.end].indexOf(runEnd);
      expect(last).toBeGreaterThan(0);
      for (let k = 0; k < doc.tokenCount; k++) expect(text.slice(doc.start[k], doc.end[k])).toBe(doc.value[k]);
      expect(doc.tokenCount).toBeLessThan(100);
    }
  });

  it('the word "constructor" and other names of object properties are ordinary words', () => {
    // The NaN came from the sentiment word list (src/language, issue 11); the rest is checked here.
    const text = 'The constructor said the toString and valueOf plans were the __proto__ of hasOwnProperty.';
    const a = analyzeArticle(text);
    expectOffsetsMatch(text, a);
    expect(Number.isNaN(a.metrics.loadedPer1kWords)).toBe(false);
  });

  it('"constructor" yields a number, not NaN, as sentiment', () => {
    const a = analyzeArticle('The constructor said the plan failed.');
    expect(ArticleAnalysisSchema.safeParse(a).success).toBe(true);
  });

  it('"\\u0000" and other control-only or invisible text counts as blank', () => {
    for (const text of ['\u0000', '\u0000\u0001\u0002', ' \u200B\uFEFF\u00A0', '\t\r\n\u2028', '\uD800', '\uFFFD', '\u0085\u00AD']) {
      expect(() => analyzeArticle(text), JSON.stringify(text)).toThrow(SlantwiseInputError);
      expect(() => analyzeArticle(text)).toThrow(/text: must contain some non-blank text/);
    }
    // A stray control character beside text is kept (a NUL is refused as binary: test/document/notText).
    expect(analyzeArticle('\u0001x').metrics.words).toBe(1);
  });

  it('comparing 1,000 articles, most of them copies of a few, gives a bounded, valid comparison', () => {
    const dir = new URL('../../examples/corpus/', import.meta.url);
    const base = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f, i) => analyzeArticle({ id: `base${i}`, text: readFileSync(new URL(f, dir), 'utf8') }));
    const analyses = Array.from({ length: 1_000 }, (_, i) => ({ ...base[i % base.length]!, id: `a${i}`, outlet: `Outlet ${i % 37}` }));
    const c = compareArticles(analyses);
    ComparisonSchema.parse(c);
    expect(c.similarity.length).toBeLessThanOrEqual(analyses.length * 6);
    expect(c.divergence.length).toBeLessThanOrEqual(analyses.length * 6);
    // Every copy is found as a near-duplicate of the first article with its text.
    const paired = new Set(c.similarity.filter((s) => s.nearDuplicate).flatMap((s) => [s.a, s.b]));
    expect(paired.size).toBe(analyses.length);
    // Ranks: copies tie, and share the better rank.
    const rank = (id: string) => c.table.rows.find((r) => r.id === id)!.rank['metrics.words'];
    expect(rank('a0')).toBe(rank(`a${base.length}`));
  });

  it('a record over its time budget becomes an error record; the batch goes on', () => {
    const results = analyzeMany([{ id: 'x', text: 'Rain fell. Officials said so.' }, { id: 'bad', text: '' }, 'More rain.'], { timeBudgetMs: 1e-9 });
    expect(results.map((r) => (isErrorRecord(r) ? r.code : r.id))).toEqual(['TIME_BUDGET_EXCEEDED', 'INPUT_INVALID', 'TIME_BUDGET_EXCEEDED']);
    expect(() => analyzeArticle('Rain fell.', { timeBudgetMs: 1e-9 })).toThrow(SlantwiseError);
  });
});

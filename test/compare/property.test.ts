import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, compareArticles, ComparisonSchema, SlantwiseError } from '../../src/index.js';

const piece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('“We will not allow it,” said Mayor Ana Ruiz.', '“We won’t allow that,” Ruiz said.', 'Police held 22 suspects.', 'Police held 24 people, officials said.', 'Dana Kowal said so.', 'Diana Kowal said so.', '\n', '"', '“', '’', ' 3,000 people ', '45%', 'The post X appeared first on Y.'),
);
const article = fc.array(piece, { minLength: 1, maxLength: 25 }).map((p) => p.join(''));

describe('compareArticles on arbitrary articles', () => {
  it('returns a valid comparison whose offsets point into each article', () => {
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 5 }), (texts) => {
        const analyses = [];
        for (const [i, text] of texts.entries()) {
          try {
            analyses.push(analyzeArticle({ id: `a${i}`, text }));
          } catch (e) {
            expect(e).toBeInstanceOf(SlantwiseError);
          }
        }
        const c = compareArticles(analyses);
        ComparisonSchema.parse(c);
        const textOf = new Map(texts.map((t, i) => [`a${i}`, t]));
        for (const q of c.sharedQuotes) for (const o of q.occurrences) expect(textOf.get(o.articleId)!.slice(o.start, o.end)).toBe(o.text);
        for (const d of c.discrepancies) for (const v of d.values) expect(textOf.get(v.articleId)!.slice(v.start, v.end)).toBe(v.text);
        expect(JSON.stringify(compareArticles(analyses))).toBe(JSON.stringify(c));
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 100) },
    );
  });
});

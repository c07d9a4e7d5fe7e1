/**
 * Fuzzing and properties of analyzeArticle on hostile input (see arbitraries.ts for the knobs):
 * whatever the text or the lexicon, it returns an analysis that passes its schema, with every
 * offset slicing to its text, or throws one of its own typed errors; and it does so the same
 * way twice. Time is not asserted here: `npm run bench:scale` measures it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, ArticleAnalysisSchema, SlantwiseError, SlantwiseLexiconError, type ArticleAnalysis } from '../../src/index.js';
import { expectOffsetsMatch } from '../helpers.js';
import { extremeLexicon, fuzzParameters, RUNS, hostileText, hugeTokens, quoteSoup, randomUnicode, repeated } from './arbitraries.js';

/** Analyses `text`; returns the analysis, or null after checking the error is a SlantwiseError. */
function analyzeOrTypedError(text: string, options?: Parameters<typeof analyzeArticle>[1]): ArticleAnalysis | null {
  try {
    return analyzeArticle(text, { timeBudgetMs: 0, ...options });
  } catch (e) {
    if (!(e instanceof SlantwiseError)) throw e;
    return null;
  }
}

function checkAnalysis(text: string, a: ArticleAnalysis): void {
  const parsed = ArticleAnalysisSchema.safeParse(a);
  if (!parsed.success) expect.fail(`schema: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  expectOffsetsMatch(text, a);
  for (const s of a.segments) expect(s.end).toBeGreaterThan(s.start);
}

describe('analyzeArticle on hostile text', () => {
  for (const [name, arbitrary] of [
    ['random Unicode', randomUnicode],
    ['quote-mark soup', quoteSoup],
    ['repeated constructions', repeated],
    ['huge tokens and punctuation runs', hugeTokens],
    ['all of them mixed with news text', hostileText],
  ] as const) {
    it(`${name}: a valid analysis with exact offsets, or a typed error`, () => {
      fc.assert(
        fc.property(arbitrary, (text) => {
          const a = analyzeOrTypedError(text);
          if (a) checkAnalysis(text, a);
        }),
        fuzzParameters(),
      );
    });
  }

  it('gives byte-identical results when run twice', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const a = analyzeOrTypedError(text);
        expect(JSON.stringify(analyzeOrTypedError(text))).toBe(JSON.stringify(a));
      }),
      fuzzParameters(Math.ceil(RUNS / 2)),
    );
  });

  it('a long run of non-space characters keeps the text around it intact', () => {
    fc.assert(
      fc.property(fc.constantFrom('a', '!', '-', 'ab-', '🙂'), fc.integer({ min: 65, max: 5_000 }), (unit, n) => {
        const run = unit.repeat(n);
        const text = `Officials said ${run} today.`;
        const a = analyzeOrTypedError(text);
        // A text that is nearly all punctuation may be refused as not text (a typed error).
        if (a === null && /^[!-]$/.test(unit)) return;
        expect(a).not.toBeNull();
        checkAnalysis(text, a!);
        expect(a!.segments.map((s) => s.text).join('\n')).toBe(text);
      }),
      fuzzParameters(20),
    );
  });
});

describe('analyzeArticle with extreme lexicons', () => {
  it('uses a lexicon or refuses it with SlantwiseLexiconError naming it; never anything else', () => {
    fc.assert(
      fc.property(extremeLexicon, fc.oneof(hostileText, fc.constant('The quay said a a a a a a a a a a a a the harbour master, far-left.')), (lexicon, text) => {
        try {
          const a = analyzeArticle(text, { lexicons: [lexicon], timeBudgetMs: 0 });
          checkAnalysis(text, a);
          // A text detected as another language is analysed without English lexicons: none is listed.
          if (a.lang.supported) expect(a.meta.lexicons).toContainEqual({ id: lexicon.id, version: lexicon.version });
          else expect(a.meta.lexicons).toEqual([]);
        } catch (e) {
          if (e instanceof SlantwiseLexiconError) {
            expect(e.lexicon).toBe(lexicon.id);
            expect(e.message.length).toBeLessThan(1_000);
            return;
          }
          if (e instanceof SlantwiseError) return; // the text itself was refused (blank)
          throw e;
        }
      }),
      fuzzParameters(),
    );
  });
});

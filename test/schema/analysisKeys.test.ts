import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/index.js';
import { ArticleAnalysisSchema } from '../../src/schema/articleAnalysis.js';

const REQUIRED = ['segments', 'provenance', 'quotes', 'attributions', 'sources', 'entities', 'frames', 'primaryFrame', 'topics', 'language', 'sentiment', 'metrics', 'lang', 'warnings'];

describe('the keys of an analysis', () => {
  it('lists the input fields an article has, in the schema order', () => {
    const a = analyzeArticle({ id: 'harbour-1', outlet: 'Orchard Gazette', title: 'Tram fare', url: 'https://example.org/tram', publishedAt: '2026-03-01', text: 'Dara Vale said the tram fare would rise. Okafor disagreed.' });
    expect(Object.keys(a)).toEqual(['schemaVersion', 'id', 'outlet', 'title', 'url', 'publishedAt', ...REQUIRED, 'meta']);
    expect(a.outlet).toBe('Orchard Gazette');
  });

  it('has no key for an input field the article lacks, nor for a page it was not read from', () => {
    const a = analyzeArticle({ title: 'Levy', text: 'Ruiz said the harbour levy would stay. Berg agreed with her.' });
    expect(Object.keys(a)).toEqual(['schemaVersion', 'id', 'title', ...REQUIRED, 'meta']);
    const b = analyzeArticle('Ruiz said the harbour levy would stay.');
    expect(Object.keys(b)).toEqual(['schemaVersion', 'id', ...REQUIRED, 'meta']);
    expect('outlet' in b || 'extraction' in b).toBe(false);
  });

  it('writes every key of the schema, in its order (a key added to the schema and not to the analysis literal fails here)', () => {
    const html = '<html><head><title>Levy</title></head><body><article><h1>Levy</h1><p>Ruiz said the harbour levy would stay for another year.</p><p>Berg, who runs the orchard, said she would pay it.</p></article></body></html>';
    const a = analyzeArticle({ id: 'harbour-2', outlet: 'Orchard Gazette', url: 'https://example.org/levy', publishedAt: '2026-03-01', html });
    expect(Object.keys(a)).toEqual(Object.keys(ArticleAnalysisSchema.shape));
  });

  it('puts the extraction of a page after the warnings', () => {
    const html = '<html><head><title>Levy</title></head><body><article><h1>Levy</h1><p>Ruiz said the harbour levy would stay for another year.</p><p>Berg, who runs the orchard, said she would pay it.</p></article></body></html>';
    const a = analyzeArticle({ html });
    const keys = Object.keys(a);
    expect(keys.slice(-3)).toEqual(['warnings', 'extraction', 'meta']);
  });

  it('keeps the key order for a text in a language it does not analyse', () => {
    const a = analyzeArticle({ outlet: 'Orchard Gazette', text: 'El tranvía sube de precio mañana, dijo la alcaldesa, y los vecinos del puerto no están contentos con la decisión del consejo municipal.' });
    expect(a.lang.supported).toBe(false);
    expect(Object.keys(a)).toEqual(['schemaVersion', 'id', 'outlet', ...REQUIRED, 'meta']);
  });
});

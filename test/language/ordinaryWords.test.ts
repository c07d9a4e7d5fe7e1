import { describe, expect, it } from 'vitest';
import { analyzeArticle, ArticleAnalysisSchema, compareArticles, lexiconKind, measureValue, type Lexicon } from '../../src/index.js';
import { decodeEntities } from '../../src/extract/pageMetadata.js';

// Words that are also the names of Object.prototype's properties. A lookup in a plain object
// finds a function for them (the sentiment score used to become NaN on "constructor").
const WORDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__defineGetter__'];

describe('"constructor", "__proto__" and "toString" are ordinary words', () => {
  it('gives finite sentiment and a valid analysis for text made of them', () => {
    for (const w of WORDS) {
      const a = analyzeArticle(`The ${w} said the ${w} was good. “${w},” she said about ${w}.`);
      expect(Number.isFinite(a.sentiment.overall), w).toBe(true);
      expect(Number.isFinite(a.sentiment.author), w).toBe(true);
      expect(Number.isFinite(a.metrics.opinion), w).toBe(true);
      expect(() => ArticleAnalysisSchema.parse(a), w).not.toThrow();
    }
    expect(analyzeArticle('The constructor was good.').sentiment.overall).toBeGreaterThan(0);
  });

  it('can be the source of a quotation, capitalised at the start of a sentence', () => {
    for (const w of WORDS) {
      const name = w[0]!.toUpperCase() + w.slice(1);
      const text = `${name} “Wait here,” said Ines Moro.\n${name} said the roof would hold.`;
      const a = analyzeArticle(text);
      expect(() => ArticleAnalysisSchema.parse(a), w).not.toThrow();
      expect(a.attributions.length, w).toBeGreaterThan(0);
      for (const x of a.attributions) expect(text.slice(x.start, x.end), w).toBe(x.text);
    }
  });

  it('are left alone as unknown HTML entity names in page metadata', () => {
    expect(decodeEntities('Bridge &valueOf; toll &toString; &amp; more')).toBe('Bridge &valueOf; toll &toString; & more');
  });

  it('matches them as entries of a custom lexicon, and only where they stand', () => {
    const mine: Lexicon = {
      id: 'loaded-odd-words', version: '1.0.0', description: 'test', language: 'en', license: 'CC0-1.0', source: 'test',
      entries: [{ term: 'constructor' }, { term: 'toString', context: { notNear: ['method'] } }, { term: 'valueOf' }],
    };
    const a = analyzeArticle('The constructor hid the valueOf report. A toString method. The toString call failed.', { lexicons: [mine] });
    expect(a.language.loaded.filter((e) => e.lexicon === 'loaded-odd-words').map((e) => e.text)).toEqual(['constructor', 'valueOf', 'toString']);
    expect(analyzeArticle('Nothing odd here.', { lexicons: [mine] }).language.loaded).toEqual([]);
  });

  it('finds no frame, topic, measure or lexicon kind named after them', () => {
    const a = analyzeArticle('The constructor and the __proto__ met.');
    expect(Object.keys(a.frames)).not.toContain('constructor');
    expect(measureValue(a, 'frames.constructor.score')).toBeNull();
    expect(measureValue(a, 'topics.toString.score')).toBeNull();
    // Not a catalogue measure: refused by name, not read off the object's prototype.
    expect(() => measureValue(a, 'metrics.constructor')).toThrow(/unknown measure/);
    expect(lexiconKind({ id: 'constructor' })).toBe('other');
    expect(lexiconKind({ id: 'tostring' })).toBe('other');
    const c = compareArticles([a, analyzeArticle({ id: 'b', text: 'The constructor left.' })]);
    expect(c.relativeFrames.rows).toHaveLength(2);
  });
});

import { describe, expect, it } from 'vitest';
import { LexiconSchema } from '../src/schema/lexicon.js';
import { DEFAULT_LEXICONS } from '../src/lexicons/defaultLexicons.js';
import { analyzeArticle } from '../src/index.js';
import { CUE_CLASSES } from '../src/attribution/cueClasses.js';

describe('default lexicons', () => {
  it.each(Object.entries(DEFAULT_LEXICONS))('%s is valid, with id, version, license and source', (_name, lexicon) => {
    const parsed = LexiconSchema.parse(lexicon);
    expect(parsed.license).not.toBe('');
    expect(parsed.source).not.toBe('');
    const terms = parsed.entries.map((e) => `${e.term}${e.pos ? `/${e.pos.join('|')}` : ''}`);
    expect(new Set(terms).size).toBe(terms.length);
  });

  it('gives every reporting verb and noun a cue class and one of the four stances ("class:stance")', () => {
    for (const e of [...DEFAULT_LEXICONS.reportingVerbs.entries, ...DEFAULT_LEXICONS.reportingNouns.entries]) {
      const [cueClass, stance] = (e.category ?? '').split(':');
      expect(CUE_CLASSES).toContain(cueClass);
      expect(['neutral', 'endorsing', 'distancing', 'denying']).toContain(stance);
    }
  });

  it('are recorded with their versions in every analysis', () => {
    const ids = analyzeArticle('Rain fell.').meta.lexicons.map((l) => l.id);
    expect(ids).toEqual(expect.arrayContaining(['reporting-verbs', 'reporting-nouns', 'person-titles', 'source-nouns', 'given-names']));
  });
});

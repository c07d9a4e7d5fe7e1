import { describe, expect, it } from 'vitest';
import { analyzeArticle, ArticleAnalysisSchema, DEFAULT_LEXICONS, SlantwiseLexiconError, validateLexicon, type Lexicon } from '../../src/index.js';
import { MAX_ANONYMOUS_ENTRIES } from '../../src/lexicons/validateLexicon.js';
import { MAX_LEXICON_ENTRIES, MAX_TERM_WORDS } from '../../src/schema/lexicon.js';
import { expectOffsetsMatch } from '../helpers.js';

const frame = (entries: Lexicon['entries'], extra: Partial<Lexicon> = {}): Lexicon => ({
  id: 'frame-harbour', version: '1.0.0', description: 'Harbour life', language: 'en', license: 'CC0-1.0', source: 'test', entries, ...extra,
});

/** The SlantwiseLexiconError `fn` throws. */
function lexiconError(fn: () => unknown): SlantwiseLexiconError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(SlantwiseLexiconError);
    return e as SlantwiseLexiconError;
  }
  return expect.fail('expected a SlantwiseLexiconError');
}

describe('a custom lexicon with the id of a default one', () => {
  const text = 'A historic victory and a landslide.';
  const landslide = frame([{ term: 'landslide' }], { id: 'frame-victory', version: '9.0.0' });

  it('is refused unless it asks to replace the default, naming the lexicon and what to do', () => {
    const e = lexiconError(() => analyzeArticle(text, { lexicons: [landslide] }));
    expect(e.lexicon).toBe('frame-victory');
    expect(e.message).toMatch(/id: is the id of a default lexicon; add "replace": true/);
  });

  it('replaces the default with replace: true', () => {
    const a = analyzeArticle(text, { lexicons: [{ ...landslide, replace: true }] });
    expect(a.frames.victory!.evidence.map((x) => x.entry)).toEqual(['landslide']);
    expect(a.meta.lexicons).toContainEqual({ id: 'frame-victory', version: '9.0.0' });
    expect(a.meta.lexicons.filter((l) => l.id === 'frame-victory')).toHaveLength(1);
  });

  it('refuses replace: true on an id no default has (a typo would otherwise add a frame)', () => {
    const e = lexiconError(() => analyzeArticle(text, { lexicons: [{ ...landslide, id: 'frame-victroy', replace: true }] }));
    expect(e.message).toMatch(/"frame-victroy": id: has "replace": true but no default lexicon has this id/);
  });

  it('refuses two extra lexicons with the same id', () => {
    const e = lexiconError(() => analyzeArticle(text, { lexicons: [frame([{ term: 'quay' }]), frame([{ term: 'pier' }])] }));
    expect(e.message).toMatch(/frame-harbour.*is the id of another extra lexicon/);
  });

  it('applies to every kind of lexicon, attribution lexicons included', () => {
    const verbs = { ...DEFAULT_LEXICONS.reportingVerbs, entries: [...DEFAULT_LEXICONS.reportingVerbs.entries, { term: 'ruminate' }] };
    expect(() => analyzeArticle(text, { lexicons: [verbs] })).toThrow(/"reporting-verbs": id: is the id of a default lexicon/);
    expect(() => analyzeArticle(text, { lexicons: [{ ...verbs, replace: true }] })).not.toThrow();
  });
});

describe('lexicon entries that would make matching slow are refused, naming the entry', () => {
  it('a term thousands of characters long (the message quotes only its start)', () => {
    const e = lexiconError(() => validateLexicon(frame([{ term: 'quay' }, { term: 'x'.repeat(10_000) }])));
    expect(e.issues[0]!.path).toBe(`entries[1] ("${'x'.repeat(40)}…").term`);
    expect(e.message).toMatch(/must be at most 100 characters/);
    expect(e.message.length).toBeLessThan(300);
  });

  it('a term of many words', () => {
    const words = Array.from({ length: MAX_TERM_WORDS + 1 }, () => 'ab').join(' ');
    expect(() => validateLexicon(frame([{ term: words }]))).toThrow(/entries\[0\] \("ab ab .*"\)\.term: must have at most 12 words/);
    expect(() => validateLexicon(frame([{ term: Array.from({ length: MAX_TERM_WORDS }, () => 'ab').join('-') }]))).not.toThrow();
  });

  it('a term with tabs, line breaks or repeated spaces (each would widen a compiled pattern)', () => {
    for (const term of ['quay  side', 'quay\tside', 'quay\nside']) expect(() => validateLexicon(frame([{ term }]))).toThrow(/must separate its words with single spaces/);
  });

  it('more anonymous source nouns than fit one compiled pattern', () => {
    const nouns: Lexicon = {
      id: 'source-nouns-extra', kind: 'source-noun', version: '1.0.0', description: 'many', language: 'en', license: 'CC0-1.0', source: 'test',
      entries: Array.from({ length: MAX_ANONYMOUS_ENTRIES + 10 }, (_, i) => ({ term: `insider number${i}`, category: 'anonymous' })),
    };
    const e = lexiconError(() => validateLexicon(nouns));
    expect(e.issues[0]!.path).toBe(`entries[${MAX_ANONYMOUS_ENTRIES}] ("insider number${MAX_ANONYMOUS_ENTRIES}")`);
    // Together with the default source nouns, a smaller list can cross the limit too.
    const fewer = { ...nouns, entries: nouns.entries.slice(0, MAX_ANONYMOUS_ENTRIES - 5) };
    expect(() => validateLexicon(fewer)).not.toThrow();
    expect(() => analyzeArticle('Officials said so.', { lexicons: [fewer] })).toThrow(/"source-nouns-extra": entries\[\d+\] .*too many anonymous source nouns/);
  });

  it('a lexicon of more entries than the limit', () => {
    const entries = Array.from({ length: MAX_LEXICON_ENTRIES + 1 }, (_, i) => ({ term: `w${i}` }));
    expect(() => validateLexicon(frame(entries))).toThrow(/entries: must have at most 50,000 entries/);
  });
});

describe('extreme entries that pass validation still match in bounded time', () => {
  it('a 12-word term of one repeated word over a text of that word repeated', () => {
    const term = Array.from({ length: MAX_TERM_WORDS }, () => 'quay').join(' ');
    const text = `${'quay '.repeat(20_000)}end.`;
    const a = analyzeArticle({ text, language: 'en' }, { lexicons: [frame([{ term }, { term: 'quay' }])] });
    ArticleAnalysisSchema.parse(a);
    expectOffsetsMatch(text, a);
    const hits = a.frames.harbour!.evidence;
    expect(hits.length).toBeGreaterThan(20_000 / MAX_TERM_WORDS - 1);
    expect(hits[0]!.entry).toBe(term); // the longest match wins
  });

  it('thousands of entries sharing a prefix, and words that are names of object properties', () => {
    const entries = [...Array.from({ length: 5_000 }, (_, i) => ({ term: `quay pier${i}` })), { term: 'constructor' }, { term: 'valueOf' }, { term: 'hasOwnProperty' }];
    const text = 'The quay pier4999 and the constructor met at the valueOf of hasOwnProperty.';
    const a = analyzeArticle(text, { lexicons: [frame(entries)] });
    expectOffsetsMatch(text, a);
    expect(a.frames.harbour!.evidence.map((e) => e.entry)).toEqual(['quay pier4999', 'constructor', 'valueOf', 'hasOwnProperty']);
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analyzeArticle.js';
import { compileAttributionLexicons } from '../../src/attribution/attributionLexicons.js';
import { SlantwiseLexiconError } from '../../src/errors.js';
import { sourceNounCategoryProblem } from '../../src/lexicons/sourceNounCategories.js';
import { validateLexicon } from '../../src/lexicons/validateLexicon.js';

// A source-noun category is "kind[:role][:mark…]"; a misspelt part used to be read as nothing (a
// body noun that named no body). Every term here is made up for these tests.

const sourceNouns = (entries: { term: string; category?: string }[]) => ({
  id: 'test-source-nouns', version: '1.0.0', description: 'test lexicon', language: 'en', license: 'CC0-1.0', source: 'written for this test', kind: 'source-noun', entries,
});

const issuesOf = (value: unknown) => {
  try {
    validateLexicon(value);
  } catch (e) {
    expect(e).toBeInstanceOf(SlantwiseLexiconError);
    return (e as SlantwiseLexiconError).issues;
  }
  return [];
};

describe('validateLexicon checks the kind, role and marks of source-noun categories', () => {
  it('accepts every category the default lexicon uses, and marks on the kinds that read them', () => {
    for (const c of ['anonymous', 'document', 'media', 'media:document', 'media:message', 'collective', 'record', 'record:message', 'message', 'organization:official:generic', 'organization:other:generic:name-ending', 'organization:generic', 'unnamed:other:quantifier', 'unnamed:expert']) {
      expect(sourceNounCategoryProblem(c)).toBeUndefined();
    }
    expect(issuesOf(sourceNouns([{ term: 'tidewarden', category: 'unnamed:official' }, { term: 'oysterguild', category: 'organization:other:generic' }]))).toEqual([]);
  });

  it('a misspelt kind is an error naming the entry, its term and the field', () => {
    const issues = issuesOf(sourceNouns([{ term: 'tidewarden', category: 'unnamed:official' }, { term: 'oysterguild', category: 'organisation:other:generic' }]));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe('entries[1] ("oysterguild").category');
    expect(issues[0]!.message).toMatch(/unknown kind "organisation"/);
  });

  it('a misspelt role or mark, a mark on a kind that does not read it, a role out of place, a missing category', () => {
    expect(sourceNounCategoryProblem('unnamed:oficial')).toMatch(/unknown role or mark "oficial"/);
    expect(sourceNounCategoryProblem('organization:other:generik')).toMatch(/unknown mark "generik"/);
    expect(sourceNounCategoryProblem('unnamed:other:generic')).toMatch(/unknown mark "generic" for kind "unnamed"/);
    expect(sourceNounCategoryProblem('media:official')).toMatch(/kind "media" has no role/);
    expect(sourceNounCategoryProblem('organization:generic:official')).toMatch(/must come right after the kind/);
    expect(sourceNounCategoryProblem('organization:other:generic:generic')).toMatch(/repeats "generic"/);
    expect(sourceNounCategoryProblem(undefined)).toMatch(/is missing/);
  });

  it('every bad entry is named; a lexicon of another kind keeps free categories', () => {
    const issues = issuesOf(sourceNouns([{ term: 'quaywatch', category: 'medium' }, { term: 'tidewarden' }]));
    expect(issues.map((i) => i.path)).toEqual(['entries[0] ("quaywatch").category', 'entries[1] ("tidewarden").category']);
    expect(issuesOf({ ...sourceNouns([{ term: 'harbour', category: 'organisation:whatever' }]), id: 'frame-harbour', kind: 'frame' })).toEqual([]);
  });

  it('an analysis with a misspelt user lexicon throws the typed error instead of reading the noun as nothing', () => {
    expect(() => analyzeArticle('The oysterguild said the levy rose.', { lexicons: [sourceNouns([{ term: 'oysterguild', category: 'organisation:other' }])] })).toThrow(SlantwiseLexiconError);
    expect(() => analyzeArticle('The oysterguild said the levy rose.', { lexicons: [sourceNouns([{ term: 'oysterguild', category: 'organization:other' }])] })).not.toThrow();
  });
});

describe('collectives, records and messages are source-noun kinds: a user’s lexicon changes each outcome', () => {
  const mine = (term: string, category: string) => [sourceNouns([{ term, category }]) as never];
  const cues = (text: string, lexicons?: never[]) => analyzeArticle(text, lexicons ? { lexicons } : {}).attributions.map((x) => [x.cue, x.sourceSpan?.text]);

  it('collective: "backed by 40 percent of the quayfolk" is a backing once "quayfolk" is a collective; not without', () => {
    const text = 'The levy was backed by 40 percent of the quayfolk.';
    expect(cues(text)).toEqual([]);
    expect(cues(text, mine('quayfolk', 'collective'))).toEqual([['was backed', '40 percent of the quayfolk']]);
    expect(cues('The levy was backed by 40 percent of the electorate.')).toEqual([['was backed', '40 percent of the electorate']]);
  });

  it('record: "News dronecast from the pier showed the ferry listing" once "dronecast" is a record; not without', () => {
    const text = 'News dronecast from the pier showed the ferry listing badly.';
    expect(cues(text)).toEqual([]);
    expect(cues(text, mine('dronecast', 'record'))).toEqual([['showed', 'News dronecast from the pier']]);
  });

  it('message: "carried chalkboards saying …" is the residents’ once "chalkboards" is a message; without, the chalkboards speak', () => {
    const text = 'Residents carried chalkboards saying the pier must stay open.';
    expect(cues(text)).toEqual([['saying', 'chalkboards']]);
    expect(cues(text, mine('chalkboards', 'message'))).toEqual([['saying', 'Residents']]);
    expect(cues('Residents carried signs saying the pier must stay open.')).toEqual([['saying', 'Residents']]);
  });

  it('none of them is a speaker: a collective, record or message noun is not described as a source', () => {
    const lex = compileAttributionLexicons([sourceNouns([{ term: 'quayfolk', category: 'collective' }, { term: 'dronecast', category: 'record:message' }, { term: 'chalkboard', category: 'message' }]) as never]);
    for (const w of ['quayfolk', 'dronecast', 'chalkboard']) expect(lex.speakerNouns.has(w) || lex.peopleNouns.has(w)).toBe(false);
    expect([lex.collectiveNouns.has('quayfolk'), lex.recordNouns.has('dronecast'), lex.messageNouns.has('dronecast'), lex.messageNouns.has('chalkboard')]).toEqual([true, true, true, true]);
  });
});

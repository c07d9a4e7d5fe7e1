import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analyzeArticle.js';
import type { Lexicon } from '../../src/schema/lexicon.js';
import { analyseChecked as analyse } from '../helpers.js';

// A part of a set of documents is documents, not people (review23 #5; issue 10, round 26, lexcat).
// Every sentence is written for these tests; names, places and records are invented.

const first = (text: string) => {
  const x = analyse(text).attributions[0]!;
  return [x.sourceSpan?.text, x.cueClass, x.sourceId?.split(':')[0]];
};

describe('a share or part whose of-group is a document noun describes documents', () => {
  it('"Two of the reports say", "Each of the filings shows", "Half of the polls show"', () => {
    expect(first('Two of the reports say the tram fare will rise.')).toEqual(['Two of the reports', 'document', 'document']);
    expect(first('Each of the filings shows the harbour levy rose.')).toEqual(['Each of the filings', 'document', 'document']);
    expect(first('Half of the polls show Vale ahead in the orchard towns.')).toEqual(['Half of the polls', 'document', 'document']);
  });

  it('not: a part of a group of people stays people ("Two of the clerks say", "40 percent of the tenants say")', () => {
    expect(first('Two of the clerks say the tram fare will rise.')).toEqual(['Two of the clerks', 'speech', 'unnamed']);
    expect(first('40 percent of the tenants say the harbour levy is fair.')).toEqual(['40 percent of the tenants', 'speech', 'unnamed']);
  });
});

describe('which nouns name documents comes from the source-noun lexicon (category document)', () => {
  const mine = (category: string) =>
    ({ id: 'test-document-nouns', version: '1.0.0', description: 'test lexicon', language: 'en', license: 'CC0-1.0', source: 'written for this test', kind: 'source-noun', entries: [{ term: 'tidebook', category }] }) as Lexicon;
  const relation = (text: string, lexicons: Lexicon[] = []) => {
    const x = analyzeArticle(text, { lexicons }).attributions.find((r) => r.cue === 'says');
    return [x?.sourceSpan?.text, x?.cueClass, x?.sourceId?.split(':')[0]];
  };

  it('a user’s document noun makes "The tidebook says" a document source; without it the word is no document', () => {
    const text = 'The tidebook says the harbour levy rose.';
    expect(relation(text, [mine('document')])).toEqual(['The tidebook', 'document', 'document']);
    expect(relation(text)[2]).not.toBe('document');
  });

  it('a media word marked document is a document in lower case and an outlet when capitalised', () => {
    expect(relation('The report says the harbour levy rose.')).toEqual(['The report', 'document', 'document']);
    expect(relation('The Harbour Report says the levy rose.')[2]).toBe('media');
  });
});

describe('a document a possessive owns is a document: "Vale’s report said", "The council’s study found"', () => {
  it('"Vale’s report said", "The council’s study found": class and source kind document', () => {
    expect(first('Vale’s report said the tram fare will rise.')).toEqual(['Vale’s report', 'document', 'document']);
    expect(first("The council's study found the harbour levy rose.")).toEqual(["The council's study", 'document', 'document']);
  });

  it('not: a capitalised title names an outlet, a person noun stays a person ("Vale’s Harbour Report said", "Vale’s reporter said")', () => {
    expect(first('Vale’s Harbour Report said the tram fare will rise.')).toEqual(['Vale’s Harbour Report', 'speech', 'media']);
    expect(first('Vale’s reporter said the tram fare will rise.')).toEqual(['Vale’s reporter', 'speech', 'unnamed']);
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analyzeArticle.js';
import { compileAttributionLexicons, DEFAULT_ATTRIBUTION_LEXICONS } from '../../src/attribution/attributionLexicons.js';
import { namesSpeaker } from '../../src/attribution/peopleNouns.js';
import { readDocument } from '../../src/document/readDocument.js';
import type { Lexicon } from '../../src/schema/lexicon.js';

// Which organisation noun may stand for any body named before ("the company"), and which nouns name
// someone who can speak, come from the lexicons an analysis uses (issue 10: lexicons are passed
// explicitly). Every sentence and lexicon is written for these tests; names and nouns are invented.

const sourceNouns = (terms: [string, string][]): Lexicon =>
  ({ id: 'test-speaker-nouns', version: '1.0.0', description: 'test lexicon', language: 'en', license: 'CC0-1.0', source: 'written for this test', kind: 'source-noun', entries: terms.map(([term, category]) => ({ term, category })) }) as Lexicon;

const relationByCue = (text: string, cue: string, lexicons?: Lexicon[]) => analyzeArticle(text, lexicons ? { lexicons } : {}).attributions.filter((x) => x.cue === cue);

const FARE = 'Harbourline said on Monday that it would raise the tram fare.';

describe('a generic body noun of the lexicons resolves to the body named before', () => {
  it('"The company said" after "Harbourline said": Harbourline speaks again', () => {
    const [, second] = relationByCue(`${FARE} The company said the levy was to blame.`, 'said');
    expect(second?.sourceSpan?.text).toBe('The company');
    expect(second?.sourceId).toBe('organization:harbourline');
  });

  it('not: "The board said" (a body called so, not any body named before)', () => {
    const [, second] = relationByCue(`${FARE} The board said the levy was to blame.`, 'said');
    expect(second?.sourceId).toBe('organization:board');
  });

  it('a user’s noun marked generic resolves to the body; the same noun unmarked stays its own body', () => {
    const text = `${FARE} The outfit said the levy was to blame.`;
    expect(relationByCue(text, 'said', [sourceNouns([['outfit', 'organization:other:generic']])])[1]?.sourceId).toBe('organization:harbourline');
    expect(relationByCue(text, 'said', [sourceNouns([['outfit', 'organization:other']])])[1]?.sourceId).toBe('organization:outfit');
  });

  it('the generic mark keeps the role of the category', () => {
    const lex = compileAttributionLexicons([sourceNouns([['outfit', 'organization:official:generic'], ['crew', 'organization:other']])]);
    expect(lex.genericBodyNouns.has('outfit')).toBe(true);
    expect(lex.genericBodyNouns.has('crew')).toBe(false);
    expect(DEFAULT_ATTRIBUTION_LEXICONS.genericBodyNouns.has('company')).toBe(true);
    expect(DEFAULT_ATTRIBUTION_LEXICONS.genericBodyNouns.has('ministry')).toBe(false);
    const a = analyzeArticle('The outfit said the levy was fair.', { lexicons: [sourceNouns([['outfit', 'organization:official:generic']])] });
    expect(a.sources.find((s) => s.id === 'organization:outfit')?.role).toBe('official');
  });
});

describe('namesSpeaker reads the lexicons passed in', () => {
  it('person titles and every source noun, media too, name a speaker; things do not', () => {
    const doc = readDocument('The mayor, the union, the newspapers and the budget.');
    const at = (w: string) => doc.lower.indexOf(w);
    expect(namesSpeaker(doc, DEFAULT_ATTRIBUTION_LEXICONS, at('mayor'))).toBe(true);
    expect(namesSpeaker(doc, DEFAULT_ATTRIBUTION_LEXICONS, at('union'))).toBe(true);
    expect(namesSpeaker(doc, DEFAULT_ATTRIBUTION_LEXICONS, at('newspapers'))).toBe(true);
    expect(namesSpeaker(doc, DEFAULT_ATTRIBUTION_LEXICONS, at('budget'))).toBe(false);
  });

  it('"The tidewarden had harsh words for Vale" judges Vale only when the user’s lexicon holds the noun', () => {
    const text = 'The tidewarden had harsh words for Vale.';
    expect(relationByCue(text, 'harsh words for')).toHaveLength(0);
    expect(relationByCue(text, 'harsh words for', [sourceNouns([['tidewarden', 'unnamed:official']])])[0]?.sourceSpan?.text).toBe('The tidewarden');
  });

  it('a newspaper has harsh words; a poem has none', () => {
    expect(relationByCue('The newspaper had harsh words for Vale.', 'harsh words for')[0]?.sourceSpan?.text).toBe('The newspaper');
    expect(relationByCue('The poem had warm words for the pier.', 'warm words for')).toHaveLength(0);
  });
});

describe('a person title is one who can urge or has seen, as a source noun is', () => {
  it('"The mayor pushed the council to drop the levy": the mayor urges; "The tides pushed …" do not', () => {
    expect(relationByCue('The mayor pushed the council to drop the levy.', 'pushed')[0]?.sourceSpan?.text).toBe('The mayor');
    expect(relationByCue('The tides pushed the council to drop the levy.', 'pushed')).toHaveLength(0);
  });

  it('"The mayor has seen the tram fares rise" reports; "The harbour has seen …" does not', () => {
    expect(relationByCue('The mayor has seen the tram fares rise.', 'has seen')[0]?.text).toBe('the tram fares rise');
    expect(relationByCue('The harbour has seen the tram fares rise.', 'has seen')).toHaveLength(0);
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analyzeArticle.js';
import { compileAttributionLexicons, DEFAULT_ATTRIBUTION_LEXICONS } from '../../src/attribution/attributionLexicons.js';
import { namesPeople } from '../../src/attribution/peopleNouns.js';
import { readDocument } from '../../src/document/readDocument.js';
import type { Lexicon } from '../../src/schema/lexicon.js';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Who is a person or a body of people, for finding subjects and agents, comes from the lexicons an
// analysis uses (issue 10: lexicons are passed explicitly), not from word lists of the stage. Every
// sentence and lexicon is written for these tests; names, places and role nouns are invented.

const sourceNouns = (terms: [string, string][]): Lexicon =>
  ({ id: 'test-people-nouns', version: '1.0.0', description: 'test lexicon', language: 'en', license: 'CC0-1.0', source: 'written for this test', kind: 'source-noun', entries: terms.map(([term, category]) => ({ term, category })) }) as Lexicon;

/** A made-up role noun and a made-up body of people, as a user's own source nouns. */
const MINE = sourceNouns([['tidewarden', 'unnamed:official'], ['oysterguild', 'organization:official']]);

const relationByCue = (text: string, cue: string, lexicons?: Lexicon[]) => analyzeArticle(text, lexicons ? { lexicons } : {}).attributions.find((x) => x.cue === cue);

describe('namesPeople reads the lexicons passed in', () => {
  it('person titles and the source nouns of people and official bodies name people; media words and things do not', () => {
    const doc = readDocument('The senator, the mayor, the council, the senators, the newspaper and the budget.');
    const at = (w: string) => doc.lower.indexOf(w);
    expect(namesPeople(doc, DEFAULT_ATTRIBUTION_LEXICONS, at('senator'))).toBe(true);
    expect(namesPeople(doc, DEFAULT_ATTRIBUTION_LEXICONS, at('mayor'))).toBe(true);
    expect(namesPeople(doc, DEFAULT_ATTRIBUTION_LEXICONS, at('council'))).toBe(true);
    expect(namesPeople(doc, DEFAULT_ATTRIBUTION_LEXICONS, at('senators'))).toBe(true);
    expect(namesPeople(doc, DEFAULT_ATTRIBUTION_LEXICONS, at('newspaper'))).toBe(false);
    expect(namesPeople(doc, DEFAULT_ATTRIBUTION_LEXICONS, at('budget'))).toBe(false);
  });

  it('a user’s source noun is a person; without it the word is none', () => {
    const doc = readDocument('The tidewarden spoke.');
    expect(namesPeople(doc, DEFAULT_ATTRIBUTION_LEXICONS, 1)).toBe(false);
    expect(namesPeople(doc, compileAttributionLexicons([MINE]), 1)).toBe(true);
  });
});

describe('a ranked object of a verb of doing acts when a noun of people heads it', () => {
  it('"met the first senator to back the levy": the senator backs it', () => {
    expect(byCue(analyse('Vale met the first senator to back the levy.'), 'to back').sourceSpan?.text).toBe('the first senator');
  });

  it('not: "used the first debate to attack" (an occasion: the verb’s subject attacks)', () => {
    expect(byCue(analyse('Ruiz used the first debate to attack Vale.'), 'to attack').sourceSpan?.text).toBe('Ruiz');
  });

  it('a user’s lexicon with a new role noun changes who acts: "met the first tidewarden to back the levy"', () => {
    const text = 'Vale met the first tidewarden to back the levy.';
    expect(relationByCue(text, 'to back')?.sourceSpan?.text).toBe('Vale');
    expect(relationByCue(text, 'to back', [MINE])?.sourceSpan?.text).toBe('the first tidewarden');
  });
});

describe('a share of a body of people gives a backing; a share of a thing does not', () => {
  it('"backed by 40 percent of the ministry": a body the lexicons name', () => {
    expect(byCue(analyse('The levy was backed by 40 percent of the ministry.'), 'was backed').sourceSpan?.text).toBe('40 percent of the ministry');
  });

  it('not: "backed by 40 percent of the budget" (how it is paid for)', () => {
    expect(analyse('The levy was backed by 40 percent of the budget.').attributions.some((x) => x.cue.endsWith('backed'))).toBe(false);
  });

  it('a user’s lexicon with a new body changes who backs: "backed by 40 percent of the oysterguild"', () => {
    const text = 'The levy was backed by 40 percent of the oysterguild.';
    expect(relationByCue(text, 'was backed')).toBeUndefined();
    expect(relationByCue(text, 'was backed', [MINE])?.sourceSpan?.text).toBe('40 percent of the oysterguild');
  });
});

describe('company-name endings and quantifiers of the lexicons are no people (review23 #1)', () => {
  it('the endings "oil", "fund", "campaign" and the entries "some", "one" name no one', () => {
    const doc = readDocument('The oil, the fund, the campaign, some and one.');
    for (const w of ['oil', 'fund', 'campaign', 'some', 'one']) expect(namesPeople(doc, DEFAULT_ATTRIBUTION_LEXICONS, doc.lower.indexOf(w))).toBe(false);
  });

  it('a thing urged by residents is what they urge: "A new fund was urged by residents."', () => {
    for (const thing of ['A new campaign', 'A new fund', 'More power', 'A new vote']) {
      const found = byCue(analyse(`${thing} was urged by residents.`), 'was urged');
      expect([found.sourceSpan?.text, found.text]).toEqual(['residents', thing]);
    }
  });

  it('not: a person urged by residents is no content ("The senator was urged by residents.")', () => {
    expect(analyse('The senator was urged by residents.').attributions.some((x) => x.cue.endsWith('urged'))).toBe(false);
  });

  it('a ranked event or campaign does not act: "Vale held the first vote to back the levy" — Vale backs it', () => {
    expect(byCue(analyse('Vale held the first vote to back the levy.'), 'to back').sourceSpan?.text).toBe('Vale');
    expect(byCue(analyse('Vale launched the first campaign to back the levy.'), 'to back').sourceSpan?.text).toBe('Vale');
  });

  it('a share of a fund is no backer, a share of the electorate is', () => {
    expect(analyse('The levy was backed by 40 percent of the fund.').attributions.some((x) => x.cue.endsWith('backed'))).toBe(false);
    expect(byCue(analyse('The levy was backed by 40 percent of the electorate.'), 'was backed').sourceSpan?.text).toBe('40 percent of the electorate');
  });
});

describe('a source noun marked quantifier speaks but names no person (source-nouns category mark)', () => {
  it('the default quantifier entries are speakers, not people: "some", "one", "voice"', () => {
    const doc = readDocument('Some said one voice would do.');
    for (const w of ['some', 'one', 'voice']) {
      expect(DEFAULT_ATTRIBUTION_LEXICONS.speakerNouns.has(w)).toBe(true);
      expect(namesPeople(doc, DEFAULT_ATTRIBUTION_LEXICONS, doc.lower.indexOf(w))).toBe(false);
    }
  });

  it('a user’s noun marked quantifier does not act in "met the first tidewarden to back the levy"; unmarked it does', () => {
    const text = 'Vale met the first tidewarden to back the levy.';
    expect(relationByCue(text, 'to back', [sourceNouns([['tidewarden', 'unnamed:official:quantifier']])])?.sourceSpan?.text).toBe('Vale');
    expect(relationByCue(text, 'to back', [sourceNouns([['tidewarden', 'unnamed:official']])])?.sourceSpan?.text).toBe('the first tidewarden');
  });
});

describe('bodies of people that are no official body name people again; name endings do not (source-nouns mark name-ending)', () => {
  it('"met the first union to back the levy": the union backs it; "launched the first network to back" — Vale does', () => {
    expect(byCue(analyse('Vale met the first union to back the levy.'), 'to back').sourceSpan?.text).toBe('the first union');
    expect(byCue(analyse('Vale launched the first network to back the levy.'), 'to back').sourceSpan?.text).toBe('Vale');
  });

  it('"backed by 40 percent of the committee" is a backing; "The board was advised by lawyers." attributes nothing', () => {
    expect(byCue(analyse('The levy was backed by 40 percent of the committee.'), 'was backed').sourceSpan?.text).toBe('40 percent of the committee');
    expect(analyse('The board was advised by lawyers.').attributions.some((x) => x.cue.endsWith('advised'))).toBe(false);
  });

  it('not: a place or thing that ends names is what residents urge ("A new school was urged by residents.")', () => {
    for (const thing of ['A new school', 'A new airport']) expect(byCue(analyse(`${thing} was urged by residents.`), 'was urged').text).toBe(thing);
  });

  it('a user’s organisation noun names people unless marked name-ending', () => {
    const text = 'Vale met the first oysterworks to back the levy.';
    expect(relationByCue(text, 'to back', [sourceNouns([['oysterworks', 'organization:other']])])?.sourceSpan?.text).toBe('the first oysterworks');
    expect(relationByCue(text, 'to back', [sourceNouns([['oysterworks', 'organization:other:name-ending']])])?.sourceSpan?.text).toBe('Vale');
  });
});

describe('the one urged or advised, when a noun of people heads the passive subject, is no content', () => {
  it('"The mayor was advised by lawyers.": the mayor was advised, nothing attributed', () => {
    expect(analyse('The mayor was advised by lawyers.').attributions.some((x) => x.cue.endsWith('advised'))).toBe(false);
  });

  it('not: "Restraint was advised by lawyers." (the thing advised)', () => {
    expect(byCue(analyse('Restraint was advised by lawyers.'), 'was advised').text).toBe('Restraint');
  });

  it('a user’s role noun is a person too: "The tidewarden was advised by lawyers."', () => {
    const text = 'The tidewarden was advised by lawyers.';
    expect(relationByCue(text, 'was advised')?.text).toBe('The tidewarden');
    expect(relationByCue(text, 'advised', [MINE])).toBeUndefined();
  });
});

describe('a reporting noun read as the verb of its clause agrees with a singular noun of people', () => {
  it('"The council of growers plans to appeal": the council plans', () => {
    expect(byCue(analyse('The council of growers plans to appeal.'), 'plans').sourceSpan?.text).toBe('The council of growers');
  });

  it('not: "The cost of the ferry plans to expand was high." (a thing), nor "relies on passenger reports to find" (after a preposition)', () => {
    expect(analyse('The cost of the ferry plans to expand was high.').attributions.some((x) => x.sourceSpan?.text.startsWith('The cost'))).toBe(false);
    expect(analyse('The depot relies on passenger reports to find broken seats.').attributions.some((x) => x.sourceSpan?.text === 'passenger')).toBe(false);
  });
});

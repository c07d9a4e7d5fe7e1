import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse } from '../helpers.js';

// One content for two verb phrases (issue 10, round 30, content33): a second predicate of the cue's
// subject after "and" ends the cue's object also when the cue is a progressive ("are denouncing … and
// vow"), when the second verb's past is spelt like its bare form ("cast", "put"), or when the tagger
// read the second verb as a noun. Every sentence is written for these tests; names and places are invented.

const rows = (a: ArticleAnalysis) => a.attributions.map((x) => [x.sourceSpan ? x.sourceSpan.text : null, x.cueSpan?.text ?? null, x.text]);

describe('"are denouncing the levy and vow to …": a progressive cue takes the tense of its "be"', () => {
  it('the object ends at "and" before a second verb in the form of the auxiliary', () => {
    expect(rows(analyse('Growers are praising the levy and vow to defend it.'))).toEqual([
      ['Growers', 'are praising', 'the levy'],
      ['Growers', 'vow', 'to defend it'],
    ]);
    expect(rows(analyse('Vale is denouncing the levy and vows to block the harbour.'))).toEqual([
      ['Vale', 'is denouncing', 'the levy'],
      ['Vale', 'vows', 'to block the harbour'],
    ]);
  });

  it('not: a second noun phrase of the object, even with an infinitive of its own', () => {
    expect(rows(analyse('Growers are denouncing the levy and the tram fare.'))).toEqual([['Growers', 'are denouncing', 'the levy and the tram fare']]);
    expect(rows(analyse('Growers are denouncing the levy and plans to block the harbour.'))).toEqual([['Growers', 'are denouncing', 'the levy and plans to block the harbour']]);
    expect(rows(analyse('Vale was praising the growers and their plans to cut the levy.'))).toEqual([['Vale', 'was praising', 'the growers and their plans to cut the levy']]);
  });
});

describe('"has railed against the levy and cast himself as …": a past spelt like the bare form', () => {
  it('the object ends at "and" before "cast", "put" and the like with an object of their own', () => {
    expect(rows(analyse('Vale has railed against the levy and cast himself as the growers’ friend.'))).toEqual([['Vale', 'has railed against', 'the levy']]);
    expect(rows(analyse('Vale criticised the levy and cast himself as the growers’ friend.'))).toEqual([['Vale', 'criticised', 'the levy']]);
    expect(rows(analyse('Vale had criticised the levy and put it to a vote.'))).toEqual([['Vale', 'had criticised', 'the levy']]);
  });

  it('not: the same words as nouns of the object', () => {
    expect(rows(analyse('Vale criticised the levy and the cast of the harbour play.'))).toEqual([['Vale', 'criticised', 'the levy and the cast of the harbour play']]);
    expect(rows(analyse('Vale criticised the levy and cost overruns at the harbour.'))).toEqual([['Vale', 'criticised', 'the levy and cost overruns at the harbour']]);
  });
});

describe('"rails against the levy and pledges to …": a reporting noun read for the second verb', () => {
  it('takes the subject of the verb before "and" when it takes that verb’s form', () => {
    expect(rows(analyse('Vale rails against the levy and pledges to block the harbour.'))).toEqual([
      ['Vale', 'rails against', 'the levy'],
      ['Vale', 'pledges', 'to block the harbour'],
    ]);
  });

  it('not: a noun of the object after a verb in another tense', () => {
    expect(rows(analyse('Vale criticised the budget and plans to cut fares.'))).toEqual([['Vale', 'criticised', 'the budget and plans to cut fares']]);
    expect(rows(analyse('The growers backed the levy and plan to defend it.'))).toEqual([['The growers', 'backed', 'the levy and plan to defend it']]);
  });
});

describe('"people close to her say she …": "her" after a preposition before a verb with a clause', () => {
  it('is the object of the preposition, and the verb reports; an earlier object ends before the second report', () => {
    expect(rows(analyse('People close to her say she regrets the fare.'))).toEqual([['People close to her', 'say', 'she regrets the fare']]);
    expect(rows(analyse('Vale talked about the harbour levy, and people close to her say she regrets the tram fare.'))).toEqual([
      ['Vale', 'talked about', 'the harbour levy'],
      ['people close to her', 'say', 'she regrets the tram fare'],
    ]);
  });

  it('not: "her say" as a noun, with no clause after it', () => {
    expect(rows(analyse('The growers listened to her say on the levy.'))).toEqual([]);
    expect(rows(analyse('The growers waited for her say that day.'))).toEqual([]);
  });
});

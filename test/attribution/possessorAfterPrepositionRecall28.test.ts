import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse } from '../helpers.js';

// A possessed reporting noun after a preposition (issue 10, round 28, recall28).
// Every sentence is written for these tests; names, places and bodies are invented.

const rows = (a: ArticleAnalysis) => a.attributions.map((x) => [x.sourceSpan ? x.sourceSpan.text : null, x.cueSpan?.text ?? null, x.text]);

describe('a possessed reporting noun after a preposition: "a blow to Vale’s claim that …"', () => {
  it('the possessor after the preposition is the source', () => {
    expect(rows(analyse("The ruling is a blow to Vale's claim that the harbour levy is fair."))).toEqual([['Vale', 'claim', 'the harbour levy is fair']]);
    expect(rows(analyse("It was a boost to Ruiz's hopes the tram line will reopen."))).toEqual([['Ruiz', 'hopes', 'the tram line will reopen']]);
  });

  it('an opening phrase that holds the noun ends at its comma', () => {
    const r = rows(analyse("In answer to Okafor's pledge to cut the tram fare, Berg wrote a letter."));
    expect(r[0]).toEqual(['Okafor', 'pledge', 'to cut the tram fare']);
  });

  it('not: a noun with no clause after it ("a blow to Vale’s view of the levy")', () => {
    expect(rows(analyse("The ruling is a blow to Vale's view of the harbour levy."))).toEqual([]);
    expect(rows(analyse("The ruling is a blow to Vale's hopes."))).toEqual([]);
  });
});

describe('nouns of disposition are no reporting nouns (issue 10, round 28, poss29)', () => {
  it('not: "willingness", "determination", "readiness" + an infinitive', () => {
    expect(rows(analyse("Berg's willingness to cut the tram fare surprised the growers."))).toEqual([]);
    expect(rows(analyse("Berg's determination to keep the harbour open won praise."))).toEqual([]);
    expect(rows(analyse("The ruling is a blow to Vale's readiness to cut the tram fare."))).toEqual([]);
  });

  it('refusals stay: "reluctance", "unwillingness"; a shown willingness stays', () => {
    expect(rows(analyse("The ruling is a blow to Vale's reluctance to cut the tram fare."))).toEqual([['Vale', 'reluctance', 'to cut the tram fare']]);
    expect(rows(analyse("Okafor's unwillingness to meet the growers angered the union."))[0]?.slice(0, 2)).toEqual(['Okafor', 'unwillingness']);
    expect(rows(analyse('The union has shown a willingness to talk about the levy.'))).toEqual([['The union', 'has shown a willingness', 'to talk about the levy']]);
  });
});

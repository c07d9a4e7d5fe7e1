import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// False hits and misread extents (issue 10, round 28). Every sentence is written for these tests;
// names and places are invented.

const rows = (text: string) => analyse(text).attributions.map((x) => [x.cueSpan?.text, x.sourceSpan?.text ?? null, x.text]);

describe('a passive giving its subject a character, with the agent before "as", holds the whole clause', () => {
  it('"The new levy was seen by some as a blow to the growers": the clause through the complement, source the agent', () => {
    expect(rows('The new levy was seen by some as a blow to the growers.')).toEqual([['was seen', 'some', 'The new levy was seen by some as a blow to the growers']]);
  });

  it('also past a short phrase of the agent\'s, and for other verbs of character ("portrayed", "considered")', () => {
    expect(rows('Vale is viewed by many in the harbour board as the best choice for the post.')).toEqual([['is viewed', 'many', 'Vale is viewed by many in the harbour board as the best choice for the post']]);
    expect(rows('The attack was portrayed by the board as a protest.')).toEqual([['was portrayed', 'the board', 'The attack was portrayed by the board as a protest']]);
  });

  it('not an "as" that opens a clause or a measure: the subject alone', () => {
    expect(rows('The plan was criticized by Vale as he left the hall.')).toEqual([['was criticized', 'Vale', 'The plan']]);
    expect(rows('Berg was praised by the board as recently as May.')).toEqual([['was praised', 'the board', 'Berg']]);
  });
});

describe('"it is safe/fair/reasonable to say …" is the writer\'s own hedged claim: no attribution', () => {
  it('"It\'s safe to say the levy will pass", "It is fair to assume that …": no relation', () => {
    expect(rows('It\'s safe to say the levy will pass.')).toEqual([]);
    expect(rows('It is fair to assume that the tram fare will rise.')).toEqual([]);
  });

  it('other adjectives before the infinitive still give a sourceless relation', () => {
    expect(rows('It is important to note that the levy will pass.')).toEqual([['It is important to note', null, 'the levy will pass']]);
    expect(rows('It is hard to say whether the levy will pass.')).toEqual([['It is hard to say', null, 'whether the levy will pass']]);
  });

  it('a speaker who reports it keeps the relation', () => {
    expect(rows('Vale said it is fair to assume the fare will rise.')).toEqual([['said', 'Vale', 'it is fair to assume the fare will rise']]);
  });
});

import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// The subject of a contact relative on the noun a copula predicates is the source, also when it is a bare plural
// ("It was the issue voters said mattered most"), when the head is a bare noun right after the copula ("These are
// topics Vale wants to raise") and when the relative is adverbial ("There are two reasons Vale opposes the levy")
// (issue 10, leads43): the source took in the copula's clause («It was the issue voters»). Every sentence is written
// for these tests; names and places are invented.

const source = (text: string, cue: string, expected: string) => {
  const r = byCue(analyse(text), cue);
  expect(text.slice(r.sourceSpan!.start, r.sourceSpan!.end)).toBe(expected);
  expect(r.sourceSpan!.text).toBe(expected);
};

describe('the contact relative’s subject after a copula is the source', () => {
  it('a bare plural: "It was the issue voters said mattered most."', () => {
    source('It was the issue voters said mattered most.', 'said', 'voters');
  });

  it('a bare plural with an adjective: "It was the issue rural voters said mattered most."', () => {
    source('It was the issue rural voters said mattered most.', 'said', 'rural voters');
  });

  it('an adverbial head: "There are two reasons Vale opposes the levy."', () => {
    source('There are two reasons Vale opposes the levy.', 'opposes', 'Vale');
  });

  it('an adverbial head with a bare plural: "That is the reason growers say the levy failed."', () => {
    source('That is the reason growers say the levy failed.', 'say', 'growers');
  });

  it('a bare head right after the copula: "These are topics Vale wants to raise."', () => {
    source('These are topics Vale wants to raise.', 'wants', 'Vale');
  });
});

describe('other readings kept', () => {
  it('a compound head before the bare plural stays in the head: "It was the tax issue voters said mattered most."', () => {
    source('It was the tax issue voters said mattered most.', 'said', 'voters');
  });

  it('a name with a determiner keeps its reading: "It was the issue the voters said mattered most."', () => {
    source('It was the issue the voters said mattered most.', 'said', 'the voters');
  });

  it('a plain subject before a reporting verb: "Tarn growers said the levy failed."', () => {
    source('Tarn growers said the levy failed.', 'said', 'Tarn growers');
  });

  it('a copula\'s subject with no relative: "Vale is a clerk who says the pier is safe." keeps the relative\'s antecedent', () => {
    const r = byCue(analyse('Vale is a clerk who says the pier is safe.'), 'says');
    expect(r.text).toBe('the pier is safe');
    expect(r.sourceSpan?.text).not.toMatch(/^Vale is/);
    // (the source is the relative pronoun, which stands for its antecedent)
    expect(r.sourceSpan?.text).toBe('who');
  });
});

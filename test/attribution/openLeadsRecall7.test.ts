import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse } from '../helpers.js';

// Open leads of earlier rounds (issue 10, round 18, recall7).
// Every sentence is written for these tests; names, places and bodies are invented.

const rows = (a: ArticleAnalysis) => a.attributions.map((x) => [x.sourceSpan ? x.sourceSpan.text : null, x.cueSpan?.text ?? null, x.text]);

describe('an attack "launched" or "mounted" is one of words when a modifier says so', () => {
  it('"launched a scathing attack on", "mounted a public attack on"', () => {
    expect(rows(analyse('Vale launched a scathing attack on the harbour master.'))).toEqual([['Vale', 'launched a scathing attack on', 'the harbour master']]);
    expect(rows(analyse('The senator mounted a public attack on the ferry levy.'))).toEqual([['The senator', 'mounted a public attack on', 'the ferry levy']]);
  });

  it('not: an assault with no such modifier', () => {
    expect(analyse('Rebels launched a fierce attack on the garrison at dawn.').attributions).toEqual([]);
    expect(analyse('The raiders mounted an attack on the depot.').attributions).toEqual([]);
  });
});

describe('a base verb the tagger reads as a noun after a floated quantifier', () => {
  it('"Okafor and Berg each want …", "The two clubs both support …"', () => {
    expect(rows(analyse('Okafor and Berg each want the council to close the pier.'))).toEqual([['Okafor and Berg', 'want', 'the council to close the pier']]);
    expect(rows(analyse('The two clubs both support the plan to sell the field.'))).toEqual([['The two clubs', 'support', 'the plan to sell the field']]);
  });

  it('not: "each" determining the noun of a phrase', () => {
    expect(analyse('Voters in each ward get a new polling card.').attributions).toEqual([]);
  });
});

describe('"lady" and "gentleman" are unnamed sources, not a person called so', () => {
  it('"A lady in the crowd shouted …", "the gentlemen of the choir"', () => {
    const a = analyse('A lady in the crowd shouted that the toll was unfair.');
    expect(rows(a)).toEqual([['A lady in the crowd', 'shouted', 'the toll was unfair']]);
    expect(a.sources.map((s) => [s.kind, s.name])).toEqual([['unnamed', 'lady in the crowd']]);
    const b = analyse('Two gentlemen from the choir said the hall was too cold.');
    expect(b.sources.map((s) => s.kind)).toEqual(['unnamed']);
  });
});

describe('a closing mark after a sentence\'s end, before an inverted tag', () => {
  it('"… is ours!” wrote Berg": the speaker follows the verb, also when the quotation never opened', () => {
    expect(rows(analyse('The hall fell silent. The trophy is ours!” wrote Berg.'))).toEqual([['Berg', 'wrote', 'The trophy is ours']]);
    expect(rows(analyse('The hall fell silent. What a season!!!” wrote Berg.'))).toEqual([['Berg', 'wrote', 'What a season']]);
  });

  it('an opened quotation keeps its marks and its speaker', () => {
    expect(rows(analyse('The hall fell silent. “The trophy is ours!” wrote Berg.'))).toEqual([['Berg', 'wrote', 'The trophy is ours!']]);
  });
});

describe('"in the past" between a relative pronoun and its verb', () => {
  it('"Okafor, who in the past voiced …": the pronoun stays the subject of the cue', () => {
    expect(rows(analyse('Okafor, who in the past voiced concern about the quay, left early.'))).toEqual([['who', 'voiced concern about', 'the quay']]);
    expect(rows(analyse('Berg in the past has said the ferry was too slow.'))).toEqual([['Berg', 'has said', 'the ferry was too slow']]);
  });

  it('an adverb alone before the verb is still stepped over', () => {
    expect(rows(analyse('Vale first said the quay was safe.'))).toEqual([['Vale', 'first said', 'the quay was safe']]);
  });
});

describe('a quantifier standing alone as the subject of an -ed verb the tagger reads as a noun', () => {
  it('"Some accused Vale of …", "Many accused the council of …"', () => {
    expect(rows(analyse('Some accused Tarnow of hiding the ferry accounts.'))).toEqual([['Some', 'accused', 'Tarnow of hiding the ferry accounts']]);
    expect(rows(analyse('Many accused the harbour board of wasting the grant.'))).toEqual([['Many', 'accused', 'the harbour board of wasting the grant']]);
  });

  it('not: the participle modifying a noun after the quantifier', () => {
    expect(analyse('Some accused men were freed on bail.').attributions).toEqual([]);
  });
});

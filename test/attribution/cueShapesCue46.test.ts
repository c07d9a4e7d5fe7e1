import { describe, expect, it } from 'vitest';
import { attributionRows } from '../helpers.js';

// cue46: cue shapes on found relations, as news annotators mark them (display only: which relations
// there are and their sources do not change). Sentences written for this test; names and places are
// invented.

// (cue first: the rows of attributionRows, which checks the offsets, reordered)
const rows = (text: string) => attributionRows(text).map(([source, cue, content]) => [cue, source, content]);
const rowOf = (text: string, cue: RegExp) => rows(text).find(([c]) => cue.test(String(c)));

describe('the "to" of a stance noun, left out of the content, is shown with the noun', () => {
  it('"opposition to | the levy", "strong opposition to", "objection to"', () => {
    expect(rowOf("Vale's opposition to the levy grew stronger over the winter.", /opposition/)).toEqual(['opposition to', 'Vale', 'the levy']);
    expect(rowOf('His strong opposition to the toll won him the county.', /opposition/)).toEqual(['strong opposition to', 'His', 'the toll']);
    expect(rowOf('Berg filed a short note in opposition to a pier deal.', /opposition/)).toEqual(['opposition to', 'Berg', 'a pier deal']);
  });

  it('a verb that gives or lends the stance: "gave critical support to | the plan"', () => {
    expect(rowOf("Ruiz gave critical support to the mayor's plan.", /support/)).toEqual(['gave critical support to', 'Ruiz', "the mayor's plan"]);
    expect(rowOf('Vale is lending her support to the harbour fund.', /support/)).toEqual(['is lending her support to', 'Vale', 'the harbour fund']);
  });

  it('not: an infinitive "to" opens the content it keeps', () => {
    expect(rowOf("Vale's decision to run surprised the guild.", /decision/)).toEqual(['decision', 'Vale', 'to run']);
    expect(rowOf("Ruiz's plan to close the pier was rejected.", /plan/)).toEqual(['plan', 'Ruiz', 'to close the pier']);
    expect(rowOf('Berg kept up her opposition to building the pier.', /opposition/)).toEqual(['kept up her opposition', 'Berg', 'to building the pier']);
  });

  it('not: a saying verb\'s addressee "to" stays out of its cue', () => {
    expect(rowOf('Vale wrote to the council that the pier was unsafe.', /wrote/)?.[0]).not.toMatch(/to$/);
  });
});

describe('a preposition before a gerund links the cue to its content as before a noun', () => {
  it('"took credit for | reopening the pier", "makes no apologies for | closing", "has boasted of | winning"', () => {
    expect(rowOf('Vale took credit for reopening the ferry line.', /credit/)).toEqual(['took credit for', 'Vale', 'reopening the ferry line']);
    expect(rowOf('Berg makes no apologies for accusing the council of waste.', /apologies/)).toEqual(['makes no apologies for', 'Berg', 'accusing the council of waste']);
    expect(rowOf('Ruiz has boasted of closing the pier.', /boasted/)).toEqual(['has boasted of', 'Ruiz', 'closing the pier']);
  });

  it('not: a "for" of time before the content stays out of the cue', () => {
    expect(rowOf('Vale said for months that the pier was unsafe.', /said/)).toEqual(['said', 'Vale', 'the pier was unsafe']);
  });
});

describe('a manner adverb in -ly between a reporting verb and the content that opens right after it', () => {
  it('joins the cue before a preposition, a subordinator or a quotation mark (with the preposition)', () => {
    expect(rowOf('Vale bragged prematurely about her win at the harbour.', /bragged/)).toEqual(['bragged prematurely about', 'Vale', 'her win at the harbour']);
    expect(rowOf('Harbour pilots must declare publicly if they work for the port.', /declare/)).toEqual(['must declare publicly', 'Harbour pilots', 'if they work for the port']);
    expect(rowOf('Ruiz has said repeatedly "the pier must close."', /said/)).toEqual(['has said repeatedly', 'Ruiz', '"the pier must close."']);
  });

  it('not: a degree word before a noun phrase, or an adverb of the content\'s own verb', () => {
    expect(rowOf('The inquiry found virtually nothing about the levy.', /found/)?.[0]).toBe('found');
    expect(rowOf('Berg has proposed temporarily closing the pier.', /proposed/)?.[0]).toBe('has proposed');
  });
});

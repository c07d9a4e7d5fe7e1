import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/index.js';
import { attributionRows as rows } from '../helpers.js';

// A content read as a clause that is only an infinitive or a noun phrase (issue 10, thirty-seventh round):
// ", and" or ", but" with a clause of its own after it ends it, while a reported clause goes on over one.
// Every sentence is written for these tests.

describe('an infinitive or a noun phrase ends before ", and/but" and a clause of its own', () => {
  it('an infinitive, before a pronoun subject', () => {
    expect(rows('Vale agreed to pay the fee, and he put the rest into the harbour fund.')).toEqual([['Vale', 'agreed', 'to pay the fee']]);
    expect(rows('Ruiz agreed to fix the pier, and it was fixed within a week.')).toEqual([['Ruiz', 'agreed', 'to fix the pier']]);
  });

  it('an addressee and its infinitive, before a noun phrase with an article', () => {
    expect(rows('The council urged residents to stay indoors, and the warning was soon everywhere.')).toEqual([['The council', 'urged', 'residents to stay indoors']]);
    expect(rows('Ruiz urged the clerks to wait, but the board went ahead.')).toEqual([['Ruiz', 'urged', 'the clerks to wait']]);
  });

  it('a noun phrase after a verb of saying, before a pronoun or a noun phrase', () => {
    expect(rows('Berg stressed the risk at a forum in Tarn County, and she raised it again on Friday.')).toEqual([['Berg', 'stressed', 'the risk at a forum in Tarn County']]);
    expect(rows('The Harbour Times reported a loss in May, and the paper cut ten jobs.')).toEqual([['The Harbour Times', 'reported', 'a loss in May']]);
  });

  it('an object ends before ", and" with a noun phrase an article opens and its verb', () => {
    expect(rows('Vale praised the levy on Monday, and the board approved it.')).toEqual([['Vale', 'praised', 'the levy on Monday']]);
    expect(rows('Vale refused to resign, and the council voted her out.')).toEqual([['Vale', 'refused', 'to resign']]);
  });

  it('the offsets slice to the shortened content', () => {
    const text = 'Vale agreed to pay the fee, and he put the rest into the harbour fund.';
    const [r] = analyzeArticle({ id: 'x', text }).attributions;
    expect(text.slice(r!.start, r!.end)).toBe('to pay the fee');
    expect(r!.contentSpans.map((s) => text.slice(s.start, s.end))).toEqual(['to pay the fee']);
  });
});

describe('the content goes on', () => {
  it('a reported clause goes on over ", and" or ", but" with a second clause', () => {
    expect(rows('Vale said the pier was old, and the ferry was late.')).toEqual([['Vale', 'said', 'the pier was old, and the ferry was late']]);
    expect(rows('Ruiz said the board had met, but the vote was delayed.')).toEqual([['Ruiz', 'said', 'the board had met, but the vote was delayed']]);
    expect(rows('Vale said she would pay the fee, and he put the rest into the fund.')).toEqual([['Vale', 'said', 'she would pay the fee, and he put the rest into the fund']]);
  });

  it('a list of subjects whose verb follows its last item is one clause', () => {
    expect(rows('Ruiz said the pier, the dock, and the ferry were closed.')).toEqual([['Ruiz', 'said', 'the pier, the dock, and the ferry were closed']]);
  });

  it('a list\'s last item after ", and" is no clause', () => {
    expect(rows('Vale agreed to pay fees, taxes, and other costs.')).toEqual([['Vale', 'agreed', 'to pay fees, taxes, and other costs']]);
    expect(rows('Berg urged the clerks to check the ledgers, the permits, and the harbour accounts.')).toEqual([['Berg', 'urged', 'the clerks to check the ledgers, the permits, and the harbour accounts']]);
    expect(rows('Ruiz praised the pier, the dock, and the harbour board.')).toEqual([['Ruiz', 'praised', 'the pier, the dock, and the harbour board']]);
  });
});

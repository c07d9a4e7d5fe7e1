import { describe, expect, it } from 'vitest';
import { slicedByCue } from '../helpers.js';

// An "of" phrase right after the noun phrase that follows a verb of asking or urging belongs to that noun phrase
// (issue 10): it is no part of the content by itself. Every sentence is written for these tests; names are invented.

const relation = (text: string, cue: string) => {
  const x = slicedByCue(text, cue);
  return { source: x.sourceSpan ? text.slice(x.sourceSpan.start, x.sourceSpan.end) : null, text: x.text };
};

describe('an "of" phrase on the noun after an addressee verb', () => {
  it('with nothing an addressee is followed by after it, the whole noun phrase is the object', () => {
    expect(relation('The judge ordered a review of the ferry contracts.', 'ordered')).toEqual({ source: 'The judge', text: 'a review of the ferry contracts' });
    expect(relation('Vale urged consideration of other bids.', 'urged').text).toBe('consideration of other bids');
    expect(relation('The group is challenging the department’s survey of the piers.', 'is challenging').text).toBe('the department’s survey of the piers');
  });

  it('with an infinitive or a "for" of asking after it, the noun phrase and its "of" phrase are the addressee', () => {
    // (the one asked is the infinitive's subject and stays in the content: recall38)
    expect(relation('Vale asked a member of the council to vote for the bill.', 'asked').text).toBe('a member of the council to vote for the bill');
    expect(relation('Ruiz pressed the board of the port for answers.', 'pressed').text).toBe('for answers');
  });

  it('not: verbs that take a person and "of" what they are told about keep "of" opening the content', () => {
    expect(relation('Ruiz warned voters of higher fares.', 'warned').text).toBe('of higher fares');
    expect(relation('Vale reminded the board of its promise.', 'reminded').text).toBe('of its promise');
    expect(relation('Vale told reporters of her plans.', 'told').text).toBe('of her plans');
  });
});

import { describe, expect, it } from 'vitest';
import { attributionRows as rows } from '../helpers.js';

// fixAD (session 34): mends of review36's findings. Every sentence is written for these tests; names and places are
// invented.

describe('a participle between a pair of dashes inside a reported clause does not split the clause', () => {
  it('"said the growers — fearing a levy — had left": the clause goes on after the closing dash, one report', () => {
    expect(rows('Vale said the growers — fearing a levy — had left the port.')).toEqual([['Vale', 'said', 'the growers — fearing a levy — had left the port']]);
    expect(rows('Ruiz said the clerks -- hoping for a raise -- would stay.')).toEqual([['Ruiz', 'said', 'the clerks -- hoping for a raise -- would stay']]);
    expect(rows('Berg wrote that the pilots — worrying about the tides — were staying ashore.')).toEqual([['Berg', 'wrote', 'the pilots — worrying about the tides — were staying ashore']]);
  });

  it('still: the participle of the speaker splits off, and its content ends at the closing dash', () => {
    expect(rows('Vale rejected the plan — fearing a levy — and left the port.')).toEqual([
      ['Vale', 'rejected', 'the plan'],
      ['Vale', 'fearing', 'a levy'],
    ]);
    expect(rows('Vale rejected the claim — saying the pier was safe — and left.')).toEqual([
      ['Vale', 'rejected', 'the claim'],
      ['Vale', 'saying', 'the pier was safe'],
    ]);
    expect(rows('Ruiz rejected the claim — saying the pier was safe.')).toEqual([
      ['Ruiz', 'rejected', 'the claim'],
      ['Ruiz', 'saying', 'the pier was safe'],
    ]);
  });
});

describe('a headline verb of promise or belief before a colon reports its name subject', () => {
  it('"Vale Vows: …", "Vale Promises: …", "Vale Believes: …" keep source Vale', () => {
    expect(rows('Vale Vows: No New Levy This Year')).toEqual([['Vale', 'Vows:', 'No New Levy This Year']]);
    expect(rows('Vale Promises: Lower Fares By May')).toEqual([['Vale', 'Promises:', 'Lower Fares By May']]);
    expect(rows('Vale Believes: The Pier Is Safe')).toEqual([['Vale', 'Believes:', 'The Pier Is Safe']]);
  });

  it('still: a heading phrase whose verb sits in a clause on a noun, or after a wh-word, reports nothing', () => {
    expect(rows('The One Thing Both Growers Want: Lower Fares')).toEqual([]);
    expect(rows('What the Clerks Fear: A Levy')).toEqual([]);
    expect(rows('In the Harbour We Love: A Memoir of Tarn County')).toEqual([]);
  });
});

describe('"or" before a participle modifying a bare plural noun lists alternatives, it joins no second verb', () => {
  it('"criticized the delays or closed piers": one object', () => {
    expect(rows('Vale criticized the delays or closed piers at the dock.')).toEqual([['Vale', 'criticized', 'the delays or closed piers at the dock']]);
    expect(rows('Vale criticized the delays or cancelled ferries at the dock.')).toEqual([['Vale', 'criticized', 'the delays or cancelled ferries at the dock']]);
  });

  it('still: "or" before a verb with its own object ends the first predicate', () => {
    expect(rows('Vale has not endorsed Ruiz or conceded the race.')).toEqual([
      ['Vale', 'has not endorsed', 'Ruiz'],
      ['Vale', 'conceded', 'the race'],
    ]);
    expect(rows('Vale praised the fares or raised money for the pier.').map((r) => r[2])).toEqual(['the fares']);
  });
});

describe('"admitted to reporters the pier was unsafe": a short addressee after "to" is not what was reported', () => {
  it('the reported clause opens after the addressee, with no "that", as with one', () => {
    expect(rows('Vale admitted to reporters the pier was unsafe.')).toEqual([['Vale', 'admitted', 'the pier was unsafe']]);
    expect(rows('Vale complained to him the fares were high.')).toEqual([['Vale', 'complained', 'the fares were high']]);
    expect(rows('Vale admitted to reporters that the pier was unsafe.')).toEqual([['Vale', 'admitted', 'the pier was unsafe']]);
  });

  it('still: what is admitted to stays the content ("admitted to the theft")', () => {
    expect(rows('Vale admitted to the theft.')).toEqual([['Vale', 'admitted to', 'the theft']]);
  });
});

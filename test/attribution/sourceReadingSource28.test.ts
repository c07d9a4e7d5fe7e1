import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// Source reading (issue 10, source28): relative clauses in a sentence's subject. Every sentence is written for
// these tests; names and places are invented.

const rows = (text: string) => analyse(text).attributions.map((x) => [x.cueSpan?.text, x.sourceSpan?.text ?? null, x.text]);

describe('an object relative whose verb has a prepositional phrase before the cue', () => {
  it('the head before "that" or "whom" is the source, not the phrase', () => {
    expect(rows('The growers that Vale met on the pier said the levy was unfair.')).toEqual([['said', 'The growers', 'the levy was unfair']]);
    expect(rows('The clerks whom Ruiz visited at Harbour Hall argued that fares should fall.')).toEqual([['argued', 'The clerks', 'fares should fall']]);
  });

  it('not a phrase that is part of the subject, nor a clause completing a noun', () => {
    expect(rows('Officials on the pier said the levy was unfair.')).toEqual([['said', 'Officials on the pier', 'the levy was unfair']]);
    expect(rows('The fear that Vale lied to the board grew, Berg said.')).toEqual([['said', 'Berg', 'The fear that Vale lied to the board grew']]);
    expect(rows('The fear that Vale lied on the radio worried Ruiz.')[0]).toEqual(['The fear', null, 'Vale lied on the radio']);
  });
});

describe('the main verb with a clause of its own after a relative clause cue', () => {
  it('ends the relative clause: the head is the main verb\'s source', () => {
    // (the relative clause's own "wrote" has only its moved "that" for content, which says nothing: false39)
    expect(rows('The memo that Berg wrote says the harbour will close.')).toEqual([['says', 'The memo', 'the harbour will close']]);
    expect(rows('The letter that Okafor wrote argues the levy is unfair.')).toEqual([['argues', 'The letter', 'the levy is unfair']]);
  });

  it('not a reported verb in the cue\'s own tense', () => {
    expect(rows('The clerk that Vale said stole the levy resigned.').map((r) => r[1])).toEqual(['Vale']);
    // (on a document a verb that takes it as its object has its gap in any tense: src39; the relative's own
    // relation, content «that» alone, is no relation: false39)
    expect(rows('The memo that Berg writes says the harbour will close.').map((r) => r[1])).toEqual(['The memo']);
  });
});

describe('a relative clause on a reporting noun before the main verb in the present', () => {
  it('is no content of the noun: the main verb reports, with the whole phrase as its source', () => {
    expect(rows('Critics of the plan that Vale made argue it will raise fares.')).toEqual([['argue', 'Critics of the plan', 'it will raise fares']]);
  });

  it('not a clause whose verb has its own object', () => {
    expect(rows('The fear that Vale wants higher fares spread.').map((r) => r[0])).toContain('The fear');
    expect(rows('Critics of the plan that Vale made the levy argue it will raise fares.').map((r) => r[0])).toContain('plan');
  });
});

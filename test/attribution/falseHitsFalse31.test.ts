import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// false31 (issue 10, precision): constructions the gold never marks. Every sentence is written for these
// tests; names and places are invented.

describe('the noun of a verb that takes only an object, with no object after it', () => {
  it('"the Monday depot attacks faded": a verb after the noun, no report', () => {
    const a = analyse('When the panic over the Monday depot attacks faded, the council met again.');
    expect(a.attributions.filter((r) => r.cue === 'attacks')).toEqual([]);
  });

  it('"the May 2 attack that left …": a relative clause on the noun, no report', () => {
    expect(analyse('Ruiz died in a shootout after the May 2 attack that left four guards hurt.').attributions).toEqual([]);
  });

  it('"statements about the harbour attacks.": the noun ends the sentence, no report reaching back', () => {
    const a = analyse('Vale said the remarks matched her statements about the harbour attacks. The debate went on.');
    expect(a.attributions.map((r) => r.cue)).toEqual(['said']);
  });

  it('still: the verb with its object, "that" as a determiner, or a colon', () => {
    const det = analyse('Ruiz attacks that plan.');
    expect(det.attributions).toHaveLength(1);
    expect(det.attributions[0]).toMatchObject({ text: 'that plan', sourceSpan: { text: 'Ruiz' } });
    const obj = analyse('The senator attacks the plan.');
    expect(obj.attributions[0]).toMatchObject({ text: 'the plan', sourceSpan: { text: 'The senator' } });
    const colon = analyse('Berg attacks: “It is a scandal.”');
    expect(colon.attributions[0]).toMatchObject({ sourceSpan: { text: 'Berg' } });
  });
});

describe('"admit" letting people in', () => {
  it('"admits more out-of-town students": an object of people, no report', () => {
    expect(analyse('Colleges closed the gap by admitting more out-of-town and foreign students, cutting staff.').attributions.filter((r) => r.cue === 'admitting')).toEqual([]);
    expect(analyse('The board moved to admit Harbour families as refugees.').attributions).toEqual([]);
  });

  it('"refugees admitted to Ostland": a participle with "to" and a place, no report', () => {
    expect(analyse('Two thirds of the refugees admitted to Ostland are farmers.').attributions).toEqual([]);
  });

  it('still: a clause, a thing owned up to, "to" with a gerund or an addressee and "that"', () => {
    const clause = analyse('Vale admitted students in the harbour district had lied.');
    expect(clause.attributions[0]).toMatchObject({ text: 'students in the harbour district had lied', sourceSpan: { text: 'Vale' } });
    expect(analyse('Okafor admitted his mistake.').attributions[0]).toMatchObject({ text: 'his mistake' });
    expect(analyse('Vale admitted to taking the money.').attributions[0]).toMatchObject({ sourceSpan: { text: 'Vale' } });
    expect(analyse('The mayor admitted to Okafor that the levy failed.').attributions[0]).toMatchObject({ text: 'the levy failed' });
  });
});

describe('"floated the idea that / the notion of": an idea put forward', () => {
  it('"floated the idea that …": the clause, the floater the source', () => {
    const a = analyse('Ruiz floated the idea that the ferry should be free.');
    expect(a.attributions).toHaveLength(1);
    expect(a.attributions[0]).toMatchObject({ cue: 'floated the idea', text: 'the ferry should be free', sourceSpan: { text: 'Ruiz' } });
  });

  it('"floated the notion Monday of …": past a day, the "of" phrase', () => {
    const a = analyse('Vale and Ruiz floated the notion Monday of a harbour levy for growers.');
    expect(a.attributions).toHaveLength(1);
    expect(a.attributions[0]).toMatchObject({ sourceSpan: { text: 'Vale and Ruiz' } });
    expect(a.attributions[0]!.text).toContain('a harbour levy for growers');
  });

  it('still: a raft floated, or an idea with nothing after it', () => {
    expect(analyse('The barge floated the raft down the river.').attributions).toEqual([]);
    expect(analyse('Vale floated the idea.').attributions).toEqual([]);
  });
});

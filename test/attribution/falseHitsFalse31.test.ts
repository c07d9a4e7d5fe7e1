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

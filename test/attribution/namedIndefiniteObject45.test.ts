import { describe, expect, it } from 'vitest';
import { attributionRows } from '../helpers.js';

// "called" right after a preposition's indefinite object ("the founder of a group called Pier Watch")
// names that object; it is not a verb of calling with the phrase as its subject (issue 10, round 40).
// Before, "Ana Vale, the founder of a group called Pier Watch, said …" gave a "called" relation from
// «the founder of a group» to «Pier Watch, said …» and lost the "said" relation.
// Only a name after "called" is given to the object: a pronoun or a common noun there is called something.
// Every sentence is written for these tests; names and places are invented.

describe('a preposition\'s indefinite object followed by "called" + a name is named, not a speaker', () => {
  it('"Ana Vale, the founder of a group called Pier Watch, said …": the relation is Vale\'s "said"', () => {
    const rows = attributionRows('Ana Vale, the founder of a group called Pier Watch, said the pier was unsafe.');
    expect(rows.some(([, cue]) => cue === 'called')).toBe(false);
    expect(rows).toContainEqual(['Ana Vale', 'said', 'the pier was unsafe']);
  });

  it('"said Ana Vale, the founder of a club called Pier Watch, which meets …": only the quotation\'s "said"', () => {
    const rows = attributionRows('“The pier must stay open,” said Ana Vale, the founder of a club called Pier Watch, which meets on Fridays.');
    expect(rows.some(([, cue]) => cue === 'called')).toBe(false);
    expect(rows).toContainEqual(['Ana Vale', 'said', 'The pier must stay open,']);
  });
});

describe('near misses: a subject that calls something', () => {
  it('"The head of a union called Vale a liar": a second object, so still a call', () => {
    expect(attributionRows('The head of a union called Vale a liar.')).toContainEqual(['The head of a union', 'called', 'Vale a liar']);
  });

  it('"The head of a union called it a disgrace": a pronoun after "called", so still a call', () => {
    expect(attributionRows('The head of a union called it a disgrace.')).toContainEqual(['The head of a union', 'called', 'it a disgrace']);
  });

  it('"The founder of a firm called the plan a disgrace": a common noun after "called", so still a call', () => {
    expect(attributionRows('The founder of a firm called the plan a disgrace.')).toContainEqual(['The founder of a firm', 'called', 'the plan a disgrace']);
  });

  it('"The head of the union called the pier a disgrace": a definite object, still a call', () => {
    expect(attributionRows('Ruiz said little. The head of the union called the pier a disgrace.')).toContainEqual(['The head of the union', 'called', 'the pier a disgrace']);
  });
});

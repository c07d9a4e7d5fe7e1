import { describe, expect, it } from 'vitest';
import { attributionRows } from '../helpers.js';

// "Name, <appositive with a cue>, said …": a cue inside a name's appositive whose source was found back over the
// appositive's comma (the name itself) reports only what stands in the appositive; the main verb after the closing
// comma keeps its own relation (leads74). Sentences invented.

describe('a cue in a name’s appositive whose source is the name', () => {
  it('a light verb and a reporting noun in an infinitive: the main "said" keeps its relation', () => {
    const rows = attributionRows('Ana Vale, a lawyer for one of the unions to file a complaint against the toll, said the ruling was wrong.');
    expect(rows).toContainEqual(['Ana Vale', 'said', 'the ruling was wrong']);
    // (the appositive's report ends at the appositive's closing comma)
    expect(rows.find((r) => r[1] === 'file a complaint against')?.[2]).toBe('the toll');
  });

  it('the same before "told" with an addressee, and before "argued that"', () => {
    expect(attributionRows('Ana Vale, a lawyer for the union to file a complaint against the toll, told the board the ruling was wrong.')).toContainEqual(['Ana Vale', 'told the board', 'the ruling was wrong']);
    expect(attributionRows('Berg, an aide for one of the growers to file a complaint about the levy, argued that the vote was rigged.')).toContainEqual(['Berg', 'argued', 'the vote was rigged']);
  });

  it('near-miss: the appositive with no cue, and a cue in a plain clause before a tag, are unchanged', () => {
    expect(attributionRows('Ana Vale, a lawyer for the union, filed a complaint against the toll.')).toEqual([['Ana Vale', 'filed a complaint against', 'the toll']]);
    expect(attributionRows('Ana Vale filed a complaint against the toll, Berg said.')).toEqual([['Berg', 'said', 'Ana Vale filed a complaint against the toll']]);
  });

  it('near-miss: a relative clause read past its comma holds no report of the name’s own main verb', () => {
    // ("recently ordered up" is Vale's main verb, not a verb of the relative clause: nothing is "first reported" by Vale)
    const rows = attributionRows('But Vale, who has long praised Berg, recently ordered up a review of the toll law, first reported by the Harbour Times, which found that the toll can be cut.');
    expect(rows.some((r) => r[1] === 'first reported')).toBe(false);
  });
});

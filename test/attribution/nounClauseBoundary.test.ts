import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// Twenty-sixth round (issue 10, overlap5): a clause boundary that ends a verb's content also ends the
// clause of a reporting noun in that content. Every sentence is written for these tests; names are invented.

describe('a reporting noun in an object, before ", and" and a second verb of the same subject', () => {
  it('"challenged the assertion that …, and said …": the noun\'s clause ends at the boundary', () => {
    const text = 'The aide challenged the assertion that Vale had attacked Ruiz, and said he "admires her a lot."';
    const a = analyse(text);
    // (cut at the boundary, the noun's clause is the verb's content, and the noun's relation goes as a
    // duplicate of it, as in the plain "The aide challenged the assertion that Vale had attacked Ruiz.")
    expect(a.attributions.map((x) => [x.cue, x.text])).toEqual([
      ['challenged', 'Vale had attacked Ruiz'],
      ['said', 'he "admires her a lot."'],
    ]);
    expect(analyse('The aide challenged the assertion that Vale had attacked Ruiz.').attributions.map((x) => [x.cue, x.text])).toEqual([['challenged', 'Vale had attacked Ruiz']]);
    expect(a.attributions.find((x) => x.cue === 'said')).toMatchObject({ text: 'he "admires her a lot."', sourceSpan: { text: 'The aide' } });
  });

  it('still: a verb\'s report in the object keeps its own extent', () => {
    const a = analyse('Vale rejected the claim that the levy was unfair and that it hurt the harbour.');
    expect(a.attributions.map((x) => x.text)).toEqual(['the claim that the levy was unfair and that it hurt the harbour']);
  });
});

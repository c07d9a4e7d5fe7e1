import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Density of attributions (issue 10, Spearman round 27): nouns that name a saying repeated by a
// person or a side ("a refrain", "a mantra") carry content like "claim" does. Every sentence is
// written for these tests; names and places are invented.

const cuesOf = (text: string) => analyse(text).attributions.map((a) => text.slice(a.cueSpan.start, a.cueSpan.end));

describe('"refrain" and "mantra" as reporting nouns', () => {
  it('"A common refrain is that …": the copula complement is the content, with no source', () => {
    const refrain = byCue(analyse('A common refrain is that the levy will doom the ferry plan.'), 'A common refrain is');
    expect(refrain.text).toBe('the levy will doom the ferry plan');
    expect(refrain.sourceSpan).toBeNull();
  });

  it('"Vale\'s mantra is that …": the possessor is the source', () => {
    const mantra = byCue(analyse('Vale’s mantra is that the harbour pays for itself.'), 'mantra is');
    expect(mantra.text).toBe('the harbour pays for itself');
    expect(mantra.sourceSpan?.text).toBe('Vale');
  });

  it('not the verb "refrain from", nor a relative clause after the noun, nor a refrain of a song', () => {
    expect(cuesOf('The growers refrain from raising prices in winter.')).toEqual([]);
    expect(cuesOf('The mantra that worked in the orchard failed at the harbour.')).toEqual([]);
    expect(cuesOf('The refrain of the harbour song was catchy.')).toEqual([]);
  });

  it('with a possessor, "of" may still open the content: "Vale\'s mantra of never raising fares"', () => {
    const mantra = byCue(analyse('Whatever happened to Vale’s mantra of never raising fares?'), 'mantra of');
    expect(mantra.text).toBe('never raising fares');
  });
});

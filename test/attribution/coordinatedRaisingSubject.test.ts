import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// A raising cue ("is expected to", "were said to") whose subject is two noun phrases joined by
// "and" (or "or"): the content starts at the first one. Every sentence is written for these tests.

describe('a coordinated subject of a raising cue', () => {
  it('"The old mill and the new bakery are expected to close": the content holds both conjuncts', () => {
    const text = 'The old mill and the new bakery are expected to close.';
    const x = byCue(analyse(text), 'are expected');
    expect(x.sourceSpan).toBeNull();
    expect(x.text).toBe('The old mill and the new bakery are expected to close');
    expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(byCue(analyse('The kiln and the pottery shed were said to be for sale.'), 'were said').text).toBe('The kiln and the pottery shed were said to be for sale');
  });

  it('not when a verb before "and" makes it a second clause', () => {
    expect(byCue(analyse('Tarnow sold the mill and the bakery is expected to close.'), 'is expected').text).toBe('the bakery is expected to close');
  });

  it('"Okafor or Berg is expected to …": a subject joined by "or" is whole too', () => {
    const text = 'Either the glassworks or the tannery is expected to move north.';
    const x = byCue(analyse(text), 'is expected');
    expect(x.text).toBe('Either the glassworks or the tannery is expected to move north');
    expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(byCue(analyse('Okafor or Berg is expected to chair the jury.'), 'is expected').text).toBe('Okafor or Berg is expected to chair the jury');
  });

  it('not when a verb before "or" makes it a second clause', () => {
    expect(byCue(analyse('Tarnow will sell the mill or the bakery is expected to close.'), 'is expected').text).toBe('the bakery is expected to close');
  });
});

import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// "that" before a singular time noun and its verb is the noun's determiner: the reported clause
// starts with it. Every sentence is written for these tests.

describe('"said that year was …": "that" determines a time noun that is the subject', () => {
  it('the content keeps "that year"', () => {
    const a = analyse('Berg said that year was the hardest for the choir.');
    const x = byCue(a, 'said');
    expect(x.sourceSpan?.text).toBe('Berg');
    expect(x.text).toBe('that year was the hardest for the choir');
    expect(byCue(analyse('Vale wrote that week had been a long one for the ferry crews.'), 'wrote').text).toBe('that week had been a long one for the ferry crews');
  });

  it('"that" still opens the clause before another subject or a mass noun', () => {
    expect(byCue(analyse('Berg said that week the choir would rest.'), 'said').text).toBe('the choir would rest');
    expect(byCue(analyse('Berg said that money was short for the choir.'), 'said').text).toBe('money was short for the choir');
  });
});

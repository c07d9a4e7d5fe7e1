import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Direct and mixed quotations bound with the wrong bounds (issue 10, fourteenth round).
// Every sentence is written for these tests; names, places and bodies are invented.

describe('a tag with a day and a place after a content that came first', () => {
  it('"said Tuesday in Lisbon," leaves the place out: the content stands before the tag', () => {
    const a = analyse('The mayor’s “excesses” are troubling, Ruiz said Tuesday in Lisbon, noting the plan “makes no sense.”');
    const r = byCue(a, 'said');
    expect(r.text).toBe('The mayor’s “excesses” are troubling');
    expect(r.sourceSpan?.text).toBe('Ruiz');
    const b = analyse('Prices will rise, Vale said on Friday at a rally in Ostia.');
    expect(byCue(b, 'said').text).toBe('Prices will rise');
  });

  it('a clause after the day still is the content', () => {
    const a = analyse('Ruiz said Tuesday in Lisbon that prices will rise.');
    expect(byCue(a, 'said').text).toBe('prices will rise');
    const b = analyse('Berg said on Monday the fees will go up.');
    expect(byCue(b, 'said').text).toBe('the fees will go up');
  });
});

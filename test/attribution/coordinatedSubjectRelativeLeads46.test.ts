import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// A relative clause set off on the first of two coordinated subjects ends at the comma before "and" + the second
// subject and its own comma: "The pier, which Ruiz said was unsafe, and the tram, which …, were closed" ran «said»
// over the second subject and its relative (issue 10, leads46). Every sentence is written for these tests.

describe('a second subject after a set-off relative', () => {
  it('`The pier, which Ruiz said was unsafe, and the tram, which Berg called slow, were closed.`', () => {
    const text = 'The pier, which Ruiz said was unsafe, and the tram, which Berg called slow, were closed.';
    const r = byCue(analyse(text), 'said');
    expect(r.text).toBe('which Ruiz said was unsafe');
    expect(text.slice(r.start, r.end)).toBe(r.text);
    expect(r.sourceSpan?.text).toBe('Ruiz');
  });

  it('"or" and a name: `The levy, which Vale said would hurt growers, or Tarn County, will be blamed.`', () => {
    const r = byCue(analyse('The levy, which Vale said would hurt growers, or Tarn County, will be blamed.'), 'said');
    expect(r.text).toBe('which Vale said would hurt growers');
  });
});

describe('a list inside the clause', () => {
  it('`Vale, who said the pier, the tram and the dock were unsafe, left.` keeps the list', () => {
    const r = byCue(analyse('Vale, who said the pier, the tram and the dock were unsafe, left.'), 'said');
    expect(r.text).toBe('the pier, the tram and the dock were unsafe');
  });

  it('"and" with a verb after the comma is no second subject: `Berg, who said the pier was unsafe, and then left, was right.`', () => {
    const r = byCue(analyse('Berg, who said the pier was unsafe, and then left, was right.'), 'said');
    expect(r.text.startsWith('the pier was unsafe')).toBe(true);
    expect(r.text).not.toContain('was right');
  });
});

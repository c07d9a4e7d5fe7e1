import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// fixR: "Those around him think …": "those", a word of nearness and an object pronoun name a group of people,
// a source like "people around him". Every sentence is written for these tests; names and places are invented.

describe('"those around him" as a source', () => {
  it('"Those around him think that …" reports, with the whole phrase as its source', () => {
    const r = byCue(analyse('The harbour opened in May. Those around him think that the levy is fair.'), 'think');
    expect(r.sourceSpan?.text).toBe('Those around him');
    expect(r.text).toBe('the levy is fair');
  });

  it('"it" names no one near whom people stand: "Those around it" is no group source', () => {
    const a = analyse('The harbour opened in May. Those around it think that the levy is fair.');
    expect(a.attributions.map((x) => x.sourceSpan?.text ?? null)).not.toContain('Those around it');
  });
});

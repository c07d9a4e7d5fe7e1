import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// A lasting esteem held by no one named (issue 10, round 31): "is revered among growers", where the
// tagger reads the participle after "be" as an adjective. Every sentence is written for these tests;
// names and places are invented.

const cuesOf = (text: string) => analyse(text).attributions.map((a) => text.slice(a.cueSpan.start, a.cueSpan.end));

describe('"revered" as an agentless passive of regard', () => {
  it('"Berg is revered among harbour workers": the subject is who is esteemed, no source named', () => {
    const revered = byCue(analyse('Dara Berg is revered among harbour workers for her long fight over the tram fare.'), 'is revered');
    expect(revered.text).toMatch(/^Dara Berg is revered among harbour workers/);
    expect(revered.sourceSpan).toBeNull();
    expect(revered.cueClass).toBe('evaluation');
  });

  it('after a perfect: "has been revered at home since …"', () => {
    const revered = byCue(analyse('Okafor has been revered at home since she took on the orchard levy in 1990.'), 'has been revered');
    expect(revered.sourceSpan).toBeNull();
  });

  it('not the adjective before a noun: "the revered founder of the orchard retired"', () => {
    expect(cuesOf('The revered founder of the orchard retired last spring.')).toEqual([]);
  });

  it('not another adjective in -ed after "be" that no agentless passive gives: "the pier was crowded at dawn"', () => {
    expect(cuesOf('The pier was crowded at dawn before the ferry left.')).toEqual([]);
  });
});

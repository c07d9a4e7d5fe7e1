import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Cue lemmas read too rarely (issue 10, round 29): a lasting regard held by no one named ("is
// reviled across the towns"). Every sentence is written for these tests; names and places are invented.

const cuesOf = (text: string) => analyse(text).attributions.map((a) => text.slice(a.cueSpan.start, a.cueSpan.end));

describe('"reviled" as an agentless passive of regard', () => {
  it('"The levy is reviled across the towns": the subject is what is judged, no source named', () => {
    const reviled = byCue(analyse('The orchard levy is reviled across the harbour towns.'), 'is reviled');
    expect(reviled.text).toMatch(/^The orchard levy/);
    expect(reviled.sourceSpan).toBeNull();
    expect(reviled.cueClass).toBe('evaluation');
  });

  it('not the adjective before a noun: "the most reviled plan of the year was dropped"', () => {
    expect(cuesOf('The most reviled plan of the year was dropped by the harbour board.')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// false32 (issue 10, precision): constructions the gold never marks. Every sentence is written for these
// tests; names and places are invented.

const cues = (text: string) => analyse(text).attributions.map((r) => r.cue);

describe('"challenge" running against someone', () => {
  it('a name or pronoun and nothing said about what: no report', () => {
    expect(cues('Dara, who is challenging Sen. Ruiz Okafor in Tarnow, raised more money.')).toEqual([]);
    expect(cues('Vale challenged her when she ran for mayor in 2010.')).toEqual([]);
    expect(cues('She will be challenging incumbent Rep. Lena Berg (R-Tarnow).')).toEqual([]);
    expect(cues('No grower had the money to challenge Okafor in the autumn primary.')).toEqual([]);
  });

  it('still: a thing, or a person and what about or to do', () => {
    expect(cues('Vale challenged Ruiz to a debate on the harbour levy.')).toEqual(['challenged']);
    expect(cues('Okafor challenged Berg over the tram fare.')).toEqual(['challenged']);
    expect(cues('The growers challenged the orchard levy in court.')).toEqual(['challenged']);
    expect(cues('Dara challenges Vale on the levy every week.')).toEqual(['challenges']);
  });
});

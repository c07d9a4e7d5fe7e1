import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// An appearance adverb grading an adjective before its noun ("a seemingly endless debate") is
// the writer's description of a thing, not a clause that seems: no cue. Predicative and clause
// readings keep theirs. Every sentence is written for these tests; names and places are invented.

const cues = (text: string) => analyse(text).attributions.map((x) => x.cue);

describe('appearance adverb inside a noun phrase (cue35)', () => {
  it('no cue: "seemingly" / "ostensibly" + adjective + noun', () => {
    expect(cues('The baker gave a seemingly heartfelt toast to the harbour crew.')).toEqual([]);
    expect(cues('Ruiz trails Vale by a seemingly insurmountable margin.')).toEqual([]);
    expect(cues('The ostensibly neutral referee waved play on at the orchard ground.')).toEqual([]);
  });

  it('keeps the cue: predicative, before a verb, or before "of" (near sentences)', () => {
    expect(cues('The debate over the tram fare was seemingly endless.')).toEqual(['seemingly']);
    expect(cues('Okafor, seemingly unaware of the levy, smiled at the harbour.')).toEqual(['seemingly']);
    expect(cues('The ferry plan seemingly collapsed overnight.')).toEqual(['seemingly']);
  });

  it('keeps a speech adverb before an attributive adjective (another\'s claim)', () => {
    expect(cues('Police found the allegedly stolen tram near the harbour.')).toEqual(['allegedly']);
  });
});

import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// An adverb right after a question cue says how or when it was asked ("Asked specifically what …",
// "Pressed again about …"): it goes to the cue, the question keeps the rest. Every sentence is
// written for these tests.

describe('an adverb after a question cue', () => {
  it('"Asked specifically what …": cue "Asked specifically"', () => {
    const a = analyse('Asked specifically what the board would do, Ruiz said it would wait.');
    expect(byCue(a, 'Asked specifically').text).toBe('what the board would do');
  });

  it('"Pressed again about the tram fare": the linking preposition follows the adverb into the cue', () => {
    const a = analyse('Pressed again about the tram fare at the orchard, Okafor declined to answer.');
    expect(byCue(a, 'Pressed again about').text).toBe('the tram fare at the orchard');
  });

  it('not a wh-word, which opens the question ("Asked how …")', () => {
    const a = analyse('Asked how the levy would be spent, Vale said nothing.');
    expect(byCue(a, 'Asked').text).toBe('how the levy would be spent');
  });

  it('not a particle of time or place ("asked back in March …")', () => {
    const a = analyse('Berg was asked back in March whether the levy would rise.');
    expect(a.attributions.some((x) => x.cue.includes('back'))).toBe(false);
  });
});

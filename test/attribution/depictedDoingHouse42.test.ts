import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, sourcelessByCue } from '../helpers.js';

// house42: one set of depicting verbs (tokens.ts DEPICTED_DOING) read by both subject search and the
// agentless "is shown V-ing" cue, so "depict" behaves as "show" does. Every sentence is written for these
// tests; names and places are invented.

const cues = (text: string) => analyse(text).attributions.map((x) => x.cue);

describe('"X is depicted V-ing": a depicted act that no one named shows, as with "show"', () => {
  it('the passive of "depict" before an -ing verb is a sourceless relation over its clause', () => {
    expect(sourcelessByCue('Vale is depicted waving to the crowd at the harbour.', 'is depicted').text).toBe('Vale is depicted waving to the crowd at the harbour');
    expect(sourcelessByCue('Berg was depicted in a mural holding the levy notice.', 'was depicted').text).toBe('Berg was depicted in a mural holding the levy notice');
  });

  it('the cue is the passive and its content slices to its text, with no source', () => {
    const a = analyse('The crews were depicted in the footage hauling nets.');
    expect(a.attributions).toHaveLength(1);
    const [r] = a.attributions;
    expect(r!.cue).toBe('were depicted');
    expect(r!.sourceSpan).toBeNull();
    expect('The crews were depicted in the footage hauling nets.'.slice(r!.start, r!.end)).toBe('The crews were depicted in the footage hauling nets');
  });

  it('not a thing depicted somewhere, nor an -ing preposition', () => {
    expect(cues('The harbour was depicted in a painting.')).toEqual([]);
    expect(cues('The clerks were depicted at the festival.')).toEqual([]);
    expect(cues('Vale was depicted following the vote.')).toEqual([]);
  });

  it('a reporting verb after it keeps its own cue, not the depiction', () => {
    expect(cues('Vale is depicted saying the pier was unsafe.')).toEqual(['saying']);
  });

  it('a verb that depicts nothing is no such cue', () => {
    expect(cues('Vale is described waving to the crowd.')).not.toContain('is described');
  });
});

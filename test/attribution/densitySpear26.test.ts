import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Density of attributions (issue 10, Spearman round 26): a noun the tagger read as a reporting
// verb adds a relation where there is none. Every sentence is written for these tests; names and
// places are invented.

const cuesOf = (text: string) => analyse(text).attributions.map((a) => text.slice(a.cueSpan.start, a.cueSpan.end));

describe('a bare form after a singular noun, with an inflected verb straight after it, ends the noun phrase', () => {
  it('"the orchard suspect fled": "suspect" is the noun, no belief', () => {
    expect(cuesOf('The orchard suspect fled on Monday.')).toEqual([]);
  });

  it('also in a headline in title case: "Orchard Fire Suspect Named By Police"', () => {
    expect(cuesOf('Orchard Fire Suspect Named By Police Before Mayor’s Briefing.\n\nThe harbour board met on Monday.')).toEqual([]);
  });

  it('still a verb after a plural subject, with a clause after it', () => {
    expect(byCue(analyse('Officials suspect the fire was set.'), 'suspect').text).toBe('the fire was set');
    expect(byCue(analyse('Growers suspect rigged scales.'), 'suspect').text).toBe('rigged scales');
  });

  it('still a verb after a coordinated subject, even with a participle after it', () => {
    const believe = byCue(analyse('Ruiz and the Vale family believe hidden costs will rise.'), 'believe');
    expect(believe.text).toBe('hidden costs will rise');
  });

  it('still a verb after a singular noun with a clause after it ("the harbour board suspect the levy was …")', () => {
    expect(byCue(analyse('The harbour board suspect the levy was set too high.'), 'suspect').text).toBe('the levy was set too high');
  });
});

describe('a headline in title case: a capitalised participle with "By" after a name-tagged noun is a passive with its agent', () => {
  it('"Harbour Levy Plan Criticized By Dara Okafor": Okafor criticized the plan', () => {
    const text = 'Harbour Levy Plan Criticized By Dara Okafor.\n\nThe harbour board met on Monday.';
    const a = analyse(text);
    const criticized = byCue(a, 'Criticized');
    expect(criticized.text).toBe('Harbour Levy Plan');
    expect(criticized.sourceSpan?.text).toBe('Dara Okafor');
  });

  it('not a lower-case verb after a name with "by" as a means: "The clerk Vale reported by phone that …"', () => {
    const reported = byCue(analyse('The clerk Vale reported by phone that the pier was shut.'), 'reported');
    expect(reported.text).toBe('the pier was shut');
    expect(reported.sourceSpan?.text).toBe('The clerk Vale');
  });
});

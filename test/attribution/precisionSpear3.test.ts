import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Precision and density, seventeenth attribution round (issue 10, spear3): words that only look
// like reporting cues. Every sentence is written for these tests; names and places are invented.

const cues = (text: string) => analyse(text).attributions.map((x) => x.cue);

describe('a plural noun after a number, an adjective or an article is no reporting verb', () => {
  it('"the dozen states that voted", "two states that …", "coastal states that …"', () => {
    expect(cues('Strong turnout in the dozen states that voted on Tuesday helped Vale.')).not.toContain('states');
    expect(cues('Ruiz spent heavily in the two states that open the season.')).not.toContain('states');
    expect(cues('Okafor trails in coastal states that vote in June.')).not.toContain('states');
  });

  it('still: the -s verb after its subject', () => {
    expect(byCue(analyse('Vale states that the depot closed.'), 'states')).toMatchObject({ speaker: 'Vale', text: 'the depot closed' });
    expect(byCue(analyse('The memo states that the depot closed.'), 'states').text).toBe('the depot closed');
  });
});

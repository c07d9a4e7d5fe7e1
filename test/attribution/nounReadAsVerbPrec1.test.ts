import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Precision, sixteenth attribution round (issue 10, prec1): plural nouns and other words read as
// reporting cues. Every sentence is written for these tests; names and places are invented.

const cues = (text: string) => analyse(text).attributions.map((x) => x.cue);

describe('an -s form before a verb of its own is a plural noun, not a reporting verb', () => {
  it('before a base-form verb: "the Tarnow attacks compel …"', () => {
    expect(cues('The Tarnow attacks compel the council to act.')).not.toContain('attacks');
  });

  it('still: the -s verb with its clause or object', () => {
    expect(byCue(analyse('Vale states that the depot closed.'), 'states')).toMatchObject({ speaker: 'Vale', text: 'the depot closed' });
    expect(byCue(analyse('The report states that the depot closed.'), 'states').text).toBe('the depot closed');
    expect(byCue(analyse('Ruiz attacks the plan as reckless.'), 'attacks').speaker).toBe('Ruiz');
    // (the pronoun "that" before its verb is the clause's subject, round 34)
    expect(byCue(analyse('Vale notes that was a mistake.'), 'notes').text).toBe('that was a mistake');
  });
});

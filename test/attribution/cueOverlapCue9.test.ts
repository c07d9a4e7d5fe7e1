import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Cue overlap, sixteenth attribution round (issue 10, cue9): the reporting act is the cue, and its
// doer the source. Every sentence is written for these tests; names and places are invented.

describe('"pushed / pressured / lobbied someone to …": the urging is the cue, not the infinitive', () => {
  it('the urging verb is the cue, its subject the source, the one urged and the act the content', () => {
    expect(byCue(analyse('Vale pushes lawmakers to reject the ferry deal.'), 'pushes')).toMatchObject({ speaker: 'Vale', text: 'lawmakers to reject the ferry deal' });
    expect(byCue(analyse('Ruiz has pushed the council to adopt the levy.'), 'has pushed')).toMatchObject({ speaker: 'Ruiz', text: 'the council to adopt the levy' });
    expect(byCue(analyse('Okafor pressured the mayor to resign.'), 'pressured')).toMatchObject({ speaker: 'Okafor', text: 'the mayor to resign' });
    expect(byCue(analyse('The union lobbied lawmakers to reject the bill.'), 'lobbied')).toMatchObject({ speaker: 'union', text: 'lawmakers to reject the bill' });
  });

  it('the one urged is not given the act as a speaker', () => {
    const a = analyse('Vale pushes lawmakers to reject the ferry deal.');
    expect(a.attributions.map((r) => r.speaker)).not.toContain('lawmakers');
  });

  it('still: a push with no one urged to act attributes nothing, and the phrases keep their cue', () => {
    for (const text of ['Berg pushed the cart into the barn.', 'Berg pushed the cart to the barn.', 'Ruiz was pushed to resign.', 'Prices pushed higher to a record.']) {
      expect(analyse(text).attributions).toEqual([]);
    }
    expect(byCue(analyse('Vale pushed for a recount of the ballots.'), 'pushed for').text).toBe('a recount of the ballots');
    expect(byCue(analyse('Tarnow pushed back against the plan.'), 'pushed back against').text).toBe('the plan');
  });
});

describe('an -s form right before a past-tense verb is a plural noun, the head of that verb\'s subject', () => {
  it('the past-tense verb is the cue, not the plural noun', () => {
    const a = analyse('Harbor advocates hailed the ruling.');
    expect(byCue(a, 'hailed').text).toBe('the ruling');
    expect(a.attributions.map((x) => x.cue)).not.toContain('advocates');
    expect(byCue(analyse('Early estimates showed a wide gap.'), 'showed').text).toBe('a wide gap');
  });

  it('still: "says" before an adjective, a clause with a gap after "which", a verb of appearance', () => {
    expect(byCue(analyse('Vale says hired crews left early.'), 'says').text).toBe('hired crews left early');
    expect(byCue(analyse('The speech, which Ruiz claims rallied the town, ran long.'), 'claims').speaker).toBe('Ruiz');
    expect(analyse('Vale seems fixated on the toll.').attributions.map((x) => x.cue)).toContain('seems');
  });
});

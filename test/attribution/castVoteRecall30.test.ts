import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// recall30: a vote cast for or against someone is the voters' stand, as "voted for" is ("cast",
// which the tagger may read as a noun after its subject). Every sentence is written for these
// tests; names and places are invented.

const cuesOf = (text: string) => analyse(text).attributions.map((a) => text.slice(a.cueSpan.start, a.cueSpan.end));

describe('"cast a vote / their ballots for|against X"', () => {
  it('"Delegates cast their votes for Berg": cue through the preposition, the one voted for as content', () => {
    const r = byCue(analyse('The harbour opened in May. Delegates cast their votes for Berg.'), 'cast their votes for');
    expect(r.text).toBe('Berg');
    expect(r.sourceSpan?.text).toBe('Delegates');
  });

  it('"against", after a number of people', () => {
    const r = byCue(analyse('The harbour opened in May. More than 900 growers cast a ballot against Vale.'), 'cast a ballot against');
    expect(r.text).toBe('Vale');
  });

  it('no stand: a vote not cast yet, a vote with no one named, the cast of a play, "cast doubt"', () => {
    expect(cuesOf('The harbour opened in May. Members will cast their ballots for Berg.')).toEqual([]);
    expect(cuesOf('The harbour opened in May. Ruiz urged growers to cast a ballot for Vale.')).not.toContain('cast a ballot for');
    expect(cuesOf('The harbour opened in May. Members cast their ballots on Tuesday.')).toEqual([]);
    expect(cuesOf('The harbour opened in May. Ruiz cast doubt on the levy.')).toEqual(['cast doubt on']);
  });

  it('no stand: a "for" phrase of time or length, or the contest itself', () => {
    expect(cuesOf('The harbour opened in May. Growers cast their ballots for the first time in the orchard.')).toEqual([]);
    expect(cuesOf('The harbour opened in May. Residents cast their votes for hours at the harbour school.')).toEqual([]);
    expect(cuesOf('The harbour opened in May. Voters cast ballots for the mayoral race on Tuesday.')).toEqual([]);
    expect(byCue(analyse('The harbour opened in May. Voters cast ballots for Okafor in the mayoral race.'), 'cast ballots for').sourceSpan?.text).toBe('Voters');
  });
});

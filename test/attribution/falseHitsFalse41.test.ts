import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// False hits, round 41: words that name who made something, not what anyone said. Every sentence is written
// for these tests.

const cues = (text: string) => analyse(text).attributions.map((a) => a.cue);

describe('a participle of making or keeping a text with a "by" agent names its maker, not a report', () => {
  it('"an affidavit written by Berg", "a video posted by the Harbour Times"', () => {
    expect(cues('The charge is set out in an affidavit written by Berg, a clerk at the port.')).toEqual([]);
    expect(cues('Ruiz shared a video posted by the Harbour Times.')).toEqual([]);
  });

  it('a passive or a relative: "which is narrated by Vale", "was jointly written by Vale and Ruiz"', () => {
    expect(cues('The ferry ad, which is narrated by Vale, ran for a week.')).toEqual([]);
    expect(cues('The letter was jointly written by Vale and Ruiz.')).toEqual([]);
    expect(cues('The clerk checked the logs maintained by the harbour office.')).toEqual([]);
  });

  it('keeps the active verbs with a clause, and a judgement passed by an agent', () => {
    const wrote = byCue(analyse('Berg wrote that the pier was unsafe.'), 'wrote');
    expect(wrote.sourceSpan?.text).toBe('Berg');
    expect(wrote.text).toBe('the pier was unsafe');
    const maintained = byCue(analyse('Vale maintained that the levy was fair.'), 'maintained');
    expect(maintained.sourceSpan?.text).toBe('Vale');
    expect(maintained.text).toBe('the levy was fair');
    const text = 'The levy was criticized by Berg.';
    const criticized = byCue(analyse(text), 'was criticized');
    expect(criticized.sourceSpan?.text).toBe('Berg');
    expect(criticized.text).toBe('The levy');
    expect(text.slice(criticized.start, criticized.end)).toBe(criticized.text);
  });

  it('keeps what a text made by someone says', () => {
    const text = 'A notice posted by the council said the pier would close.';
    const said = byCue(analyse(text), 'said');
    expect(said.text).toBe('the pier would close');
    expect(text.slice(said.start, said.end)).toBe(said.text);
  });
});

describe('struggling for or against something, and joining it, report nothing (reporting-verbs 2.22.0)', () => {
  it('"fought for", "fighting for third place", "fought back", "fought against"', () => {
    expect(cues('Vale has fought for the new pier for a decade.')).toEqual([]);
    expect(cues('Ruiz and Berg are fighting for third place in Tarn County.')).toEqual([]);
    expect(cues('Berg fought back against the levy in court.')).toEqual([]);
    expect(cues('Vale fought back to win the seat.')).toEqual([]);
    expect(cues('The clerks fought against the toll for years.')).toEqual([]);
  });

  it('"signed on to the petition", "signed on for a second season"', () => {
    expect(cues('Two more clerks have signed on to the petition.')).toEqual([]);
    expect(cues('Vale signed on for a second season of the show.')).toEqual([]);
  });

  it('keeps a report joined to the fight, backing, and pushing back', () => {
    const text = 'Vale fought for the pier and said the levy was unfair.';
    const said = byCue(analyse(text), 'said');
    expect(said.sourceSpan?.text).toBe('Vale');
    expect(said.text).toBe('the levy was unfair');
    expect(byCue(analyse('Ruiz backed the plan.'), 'backed').text).toBe('the plan');
    const pushed = byCue(analyse('Vale pushed back against the levy.'), 'pushed back against');
    expect(pushed.sourceSpan?.text).toBe('Vale');
    expect(pushed.text).toBe('the levy');
  });
});

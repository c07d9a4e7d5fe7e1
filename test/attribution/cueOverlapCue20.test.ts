import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Cue choice, twenty-second attribution round (issue 10, cue1). Every sentence is written for
// these tests; names and places are invented.

describe('an answer that reports through "by" and a participle', () => {
  it('shows the answer and the participle as one cue when the participle is the cue', () => {
    const text = 'Ruiz responded by saying that the night ferry would keep running.';
    const r = byCue(analyse(text), 'responded by saying');
    expect(r.text).toBe('the night ferry would keep running');
    expect(r.sourceSpan?.text).toBe('Ruiz');
    expect(text.slice(r.cueSpan.start, r.cueSpan.end)).toBe('responded by saying');
  });

  it('over a time phrase between the answer and "by"', () => {
    const r = byCue(analyse('The rowing club countered on Tuesday by suggesting two later dates for the regatta.'), 'countered on Tuesday by suggesting');
    expect(r.text).toBe('two later dates for the regatta');
    expect(r.sourceSpan?.text).toBe('The rowing club');
  });

  it('moves "by" and the participle out of the content when the answer is the cue', () => {
    const text = 'Okafor replied to the petition by calling the new parking rules unfair.';
    const r = byCue(analyse(text), 'replied to the petition by calling');
    expect(r.text).toBe('the new parking rules unfair');
    expect(text.slice(r.start, r.end)).toBe(r.text);
    expect(r.sourceSpan?.text).toBe('Okafor');
  });

  it('also behind an adverb of the answer, and without the "that"', () => {
    const r = byCue(analyse('Berg answered first by noting that the bakery had closed early.'), 'answered first by noting');
    expect(r.text).toBe('the bakery had closed early');
  });

  it('not after a verb that is no answer: one relation, the participle\'s (cue44: shown with "began by")', () => {
    const a = analyse('Tarnow began by saying the orchard needed rain.');
    expect(a.attributions.map((x) => x.cue)).toEqual(['began by saying']);
    expect(byCue(a, 'began by saying').text).toBe('the orchard needed rain');
  });

  it('not without "by" and a participle: the answer keeps its content', () => {
    const a = analyse('Vale responded to the complaint within a week.');
    expect(a.attributions.map((x) => x.cue)).toEqual(['responded to']);
    expect(byCue(a, 'responded to').text).toBe('the complaint within a week');
  });
});

describe('a short aside between a cue and its infinitive', () => {
  it('keeps the main verb as the cue, with the infinitive as its content', () => {
    const text = 'Okafor vowed, once again, to block the new ferry toll.';
    const r = byCue(analyse(text), 'vowed');
    expect(r.text).toBe('to block the new ferry toll');
    expect(text.slice(r.start, r.end)).toBe(r.text);
    expect(r.sourceSpan?.text).toBe('Okafor');
  });

  it('also for "declined", whose sense needs the infinitive', () => {
    const a = analyse('Berg declined, however, to say whether the old dock would reopen.');
    expect(a.attributions.map((x) => x.cue)).toEqual(['declined']);
    expect(byCue(a, 'declined').text).toBe('to say whether the old dock would reopen');
  });

  it('not a fall in figures with an aside and no infinitive', () => {
    expect(analyse('Orchard profits declined, however, in the spring.').attributions).toEqual([]);
  });
});

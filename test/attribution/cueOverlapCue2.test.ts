import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// Cue choice, cue1's leads (issue 10, cue2). Every sentence is written for these tests; names and
// places are invented.

describe('an answer through "by" and a participle that is no reporting verb', () => {
  it('gives no relation when the answer is an act ("replied by cutting …")', () => {
    const a = analyse('Vale replied by cutting the budget of the ferry service.');
    expect(a.attributions.filter((r) => /replied/.test(r.cueSpan?.text ?? ''))).toEqual([]);
  });

  it('also behind a short addressee ("responded to the letter by easing …")', () => {
    const a = analyse('Ruiz responded to the letter by easing the toll on the harbour bridge.');
    expect(a.attributions.filter((r) => /responded/.test(r.cueSpan?.text ?? ''))).toEqual([]);
  });

  it('keeps the answer when the participle reports ("responded by noting …")', () => {
    const text = 'Okafor responded by noting that the orchard tour was cancelled.';
    const r = analyse(text).attributions.find((x) => x.cueSpan?.text === 'responded by noting');
    expect(r?.text).toBe('the orchard tour was cancelled');
    expect(r?.sourceSpan?.text).toBe('Okafor');
  });
});

describe('a saying that is put off reports nothing', () => {
  it('"too early to say whether …" gives no relation of its own', () => {
    const a = analyse('It is too early to say whether the new ferry timetable will hold.');
    expect(a.attributions.filter((r) => /to say/.test(r.cueSpan?.text ?? ''))).toEqual([]);
  });

  it('"too soon to tell if …" neither, and the speaker\'s own cue keeps the whole', () => {
    const text = 'It is too soon to tell if the orchard will recover, Tarnow said.';
    const a = analyse(text);
    expect(a.attributions.filter((r) => /to tell/.test(r.cueSpan?.text ?? ''))).toEqual([]);
    const r = a.attributions.find((x) => x.cueSpan?.text === 'said');
    expect(r?.sourceSpan?.text).toBe('Tarnow');
    expect(r?.text).toBe('It is too soon to tell if the orchard will recover');
  });

  it('keeps an act done too eagerly ("too quick to blame")', () => {
    const a = analyse('Okafor was too quick to blame the referees for the loss.');
    expect(a.attributions.some((r) => /blame/.test(r.cueSpan?.text ?? ''))).toBe(true);
  });
});

describe('a reduced passive of writing after a subject noun', () => {
  it('"A notice posted on the marina website said …": the notice reports, "posted" is no cue', () => {
    const text = 'A notice posted on the marina website said the regatta was cancelled.';
    const a = analyse(text);
    expect(a.attributions.filter((r) => r.cueSpan?.text === 'posted')).toEqual([]);
    const r = a.attributions.find((x) => x.cueSpan?.text === 'said');
    expect(r?.text).toBe('the regatta was cancelled');
    expect(r?.sourceSpan?.text.startsWith('A notice')).toBe(true);
    expect(text.slice(r!.start, r!.end)).toBe(r?.text);
  });

  it('keeps a finite verb of writing after a noun with its own clause', () => {
    const r = analyse('The coach added on Friday that the fans believed the club had given up.').attributions.find((x) => x.cueSpan?.text === 'added');
    expect(r?.sourceSpan?.text).toBe('The coach');
    expect(r?.text).toBe('the fans believed the club had given up');
  });

  it('keeps a subject with a finite verb and its object ("the council suggested the tolls …")', () => {
    for (const [text, source] of [
      ['The Harbour Gazette suggested the new tolls reveal the weakness of the port board.', 'The Harbour Gazette'],
      ['The council suggested the new tolls reveal the weakness of the port board.', 'The council'],
    ] as const) {
      const r = analyse(text).attributions.find((x) => x.cueSpan?.text === 'suggested');
      expect(r?.sourceSpan?.text).toBe(source);
    }
  });
});

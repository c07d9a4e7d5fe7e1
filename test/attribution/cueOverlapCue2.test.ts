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

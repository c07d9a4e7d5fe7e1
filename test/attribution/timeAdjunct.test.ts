import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// The shared time-adjunct words (`timeWords.TIME_ADJUNCT`) between an issued document and its
// participle. Sentences written for this test; names are invented.

describe('a time adjunct between a statement and its participle', () => {
  it('a month ("a statement in May saying") and a period ("a letter last week urging")', () => {
    const a = analyse('Ruiz issued a statement in May saying the levy was unfair.');
    expect(a.attributions.map((x) => [x.sourceSpan?.text, x.cue, x.text])).toEqual([['Ruiz', 'issued a statement in May saying', 'the levy was unfair']]);
    const b = analyse('Berg released a letter last week urging calm.');
    expect(b.attributions.map((x) => [x.sourceSpan?.text, x.cue, x.text])).toEqual([['Berg', 'released a letter last week urging', 'calm']]);
  });
});

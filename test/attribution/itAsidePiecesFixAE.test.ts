import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/index.js';

// Mend of the "it" aside's content pieces (review 37): the second piece resumes after the comma that closes the aside,
// past a time phrase. Every sentence is written for these tests.

const pieces = (text: string) => {
  const a = analyzeArticle({ text }).attributions;
  for (const x of a) for (const p of x.contentSpans) expect(text.slice(p.start, p.end)).toBe(p.text);
  return a.map((x) => [x.sourceSpan?.text ?? null, x.cue, x.contentSpans.map((p) => p.text)]);
};

describe('"The levy, it was reported on Monday, will rise": pieces on both sides of the aside', () => {
  it('the second piece starts after the aside\'s closing comma, past a time phrase', () => {
    expect(pieces('The levy, it was reported on Monday, will rise.')).toEqual([[null, 'it was reported', ['The levy,', 'will rise']]]);
    expect(pieces('The pier, it was said last week, is unsafe.')).toEqual([[null, 'it was said', ['The pier,', 'is unsafe']]]);
  });

  it('with no time phrase, not on the comma', () => {
    expect(pieces('Ruiz, it is said, never lost a vote.')).toEqual([[null, 'it is said', ['Ruiz,', 'never lost a vote']]]);
  });

  it('an "it" cue with its clause after it keeps one piece', () => {
    expect(pieces('It is believed that the pier is unsafe.')).toEqual([[null, 'It is believed', ['the pier is unsafe']]]);
  });
});

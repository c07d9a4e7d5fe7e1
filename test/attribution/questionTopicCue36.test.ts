import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// Cue spans, thirty-second attribution round (issue 10, cue36): an agentless question shows the
// preposition of its topic. Every sentence is written for these tests; names and places are invented.

/** The one attribution of `text`, with its cue, content and source checked to slice the text. */
function only(text: string) {
  const a = analyse(text);
  expect(a.attributions).toHaveLength(1);
  const x = a.attributions[0]!;
  expect(text.slice(x.cueSpan.start, x.cueSpan.end)).toBe(x.cue);
  expect(text.slice(x.start, x.end)).toBe(x.text);
  if (x.sourceSpan) expect(text.slice(x.sourceSpan.start, x.sourceSpan.end)).toBe(x.sourceSpan.text);
  return x;
}

describe('an agentless question shows the preposition of its topic', () => {
  it('"was asked about", "were pressed on": the cue grows, the content stays the whole clause', () => {
    const x = only('Vale was asked about the toll plan.');
    expect(x).toMatchObject({ cue: 'was asked about', text: 'Vale was asked about the toll plan', sourceSpan: null });
    expect(only('Ruiz and Berg were pressed on the cost of the pier.')).toMatchObject({ cue: 'were pressed on', text: 'Ruiz and Berg were pressed on the cost of the pier', sourceSpan: null });
  });

  it('not: a time after "on", an infinitive, or an active question with its own content', () => {
    expect(only('Vale was asked on Tuesday whether the toll would rise.').cue).toBe('was asked');
    expect(only('Vale was asked to resign.').cue).toBe('was asked');
    expect(only('Ruiz asked about the toll plan.')).toMatchObject({ cue: 'asked about', text: 'the toll plan', sourceSpan: { text: 'Ruiz' } });
  });
});

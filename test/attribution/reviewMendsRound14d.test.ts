import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Review mends of the sixteenth round (issue 10). Every sentence is written for these tests;
// names and places are invented.

/** The attributions whose cue text is `cue`. */
const withCue = (text: string, cue: string) => analyse(text).attributions.filter((x) => x.cue === cue);

describe('a verb object that names a period is content, not a time adjunct', () => {
  it('a bare noun phrase object ("recalled the past decade") is what was said', () => {
    for (const [text, cue, content] of [
      ['Ruiz recalled the past decade.', 'recalled', 'the past decade'],
      ['Berg described the weekend.', 'described', 'the weekend'],
      ['Okafor predicted a long decade.', 'predicted', 'a long decade'],
      ['Vale spoke of the past few years.', 'spoke of', 'the past few years'],
    ] as const) {
      const found = byCue(analyse(text), cue);
      expect(found, text).toBeTruthy();
      expect(found.text, text).toContain(content);
      expect(text.slice(found.start, found.end)).toBe(found.text);
    }
  });

  it('still: a period behind a preposition, or "last week", is no content', () => {
    expect(withCue('The two councils have been discussing for several weeks.', 'discussing')).toHaveLength(0);
    expect(withCue('Tarnow was skeptical at first.', 'skeptical')).toHaveLength(0);
  });
});

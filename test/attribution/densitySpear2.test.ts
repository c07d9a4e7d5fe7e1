import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Density of attributions (issue 10, Spearman round): relations that count in
// `attributionsPer100Words` but report nothing. Every sentence is written for these tests; names
// and places are invented.

describe('a cue followed only by a time adjunct reports nothing', () => {
  it('a period after a preposition is how long, not what ("for several weeks", "for two days", "over the weekend")', () => {
    for (const text of ['Harbor officials and the council have been discussing for several weeks.', 'Mayor Vale did not respond for two days.', 'Tarnow advocated over the weekend.']) {
      expect(analyse(text).attributions, text).toHaveLength(0);
    }
  });

  it('"at first", "for long", "for today" are times too', () => {
    for (const text of ['Her publisher, Okafor, was skeptical at first.', 'The Berg family did not have to wonder for long.', 'Ten Things to Know for Today.\n\nThe council met on Monday.']) {
      expect(analyse(text).attributions, text).toHaveLength(0);
    }
  });

  it('still: a content that goes on after its time words keeps them', () => {
    const a = analyse('Ruiz has been discussing the levy for several weeks.');
    expect(byCue(a, 'has been discussing').text).toBe('the levy for several weeks');
    expect(byCue(analyse('Vale said on Monday that the port would reopen.'), 'said').text).toBe('the port would reopen');
  });

  it('still: a word that only looks like a time word is content ("This is tweeted by …")', () => {
    const a = analyse('This is tweeted by several reporters at the harbor.');
    expect(a.attributions.map((x) => x.text)).toContain('This');
  });

  it('still: a quoted time is words someone said', () => {
    const said = byCue(analyse('Asked when the bridge would open, Berg said: “Next week.”'), 'said:');
    expect(said.mode).toBe('direct');
    expect(said.text).toContain('Next week.');
  });
});

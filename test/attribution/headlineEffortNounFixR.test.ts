import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// fixR: a bare effort noun after a preposition with a to-infinitive ("in push to secure votes") is headline
// shorthand, no one's report: no cue. Every sentence is written for these tests; names and places are invented.

const cuesOf = (text: string) => analyse(text).attributions.map((a) => text.slice(a.cueSpan.start, a.cueSpan.end));

describe('a bare effort noun after a preposition before "to"', () => {
  it('"Vale visits harbour in push to secure votes": no "push" cue', () => {
    expect(cuesOf('The harbour opened in May. Vale visits harbour in push to secure votes for the levy.')).toEqual([]);
  });

  it('the same noun with an article, and a bare noun with a that-clause, keep their cues', () => {
    expect(cuesOf('The harbour opened in May. Amid a push to secure votes, Vale promised a levy cut.')).toContain('a push');
    expect(cuesOf('The harbour opened in May. Amid fear that the levy would pass, growers sold their orchards.')).toEqual(['fear']);
  });
});

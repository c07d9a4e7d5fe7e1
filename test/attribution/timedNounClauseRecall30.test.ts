import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// recall30 (c): a reporting noun whose that-clause follows a short time adjunct ("Vale's claim
// Monday that …"). Every sentence is written for these tests; names and places are invented.

const cuesOf = (text: string) => analyse(text).attributions.map((a) => text.slice(a.cueSpan.start, a.cueSpan.end));

describe('reporting noun + time adjunct + that-clause', () => {
  it('"Vale\'s assertion last week that …" opening the sentence: the clause ends before the main verb', () => {
    const r = byCue(analyse('Vale’s assertion last week that the tram fare would fall was wrong.'), 'assertion');
    expect(r.text).toBe('the tram fare would fall');
    expect(r.sourceSpan?.text).toBe('Vale');
  });

  it('"on Tuesday" between the noun and "that"', () => {
    const r = byCue(analyse('Vale’s statement on Tuesday that the pier would close surprised growers.'), 'statement');
    expect(r.text).toBe('the pier would close');
  });

  it('no content: a relative clause after the time adjunct, or a noun that reports nothing', () => {
    expect(cuesOf('Okafor’s pledge last week that Berg made to growers was kept.')).not.toContain('pledge');
    expect(cuesOf('Vale’s speech Monday that lasted an hour bored the growers.')).not.toContain('speech');
  });
});

import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Reports with apostrophes in their content that no cue reached (issue 10, fifteenth round).
// Every sentence is written for these tests; names, places and bodies are invented.

describe('a perfect "’s" before a participle and a span of time', () => {
  it('"who’s argued for years that …" reports the clause', () => {
    const a = analyse('Berg, who’s argued for years that tolls can’t be raised, spoke first.');
    const r = byCue(a, 'argued');
    expect(r.text).toBe('tolls can’t be raised');
    expect(r.speaker).toBe('Berg');
  });

  it('"she’s warned since May that …" and "for the past two weeks" do too', () => {
    const a = analyse('She’s warned since May that the Lorn dam will fail.');
    expect(byCue(a, 'warned').text).toBe('the Lorn dam will fail');
    const b = analyse('Vale spoke. He’s said for the past two weeks that the ferry is safe.');
    expect(byCue(b, 'said').text).toBe('the ferry is safe');
  });

  it('a passive "’s been debated for years" stays a passive', () => {
    const a = analyse('The Lorn levy’s been debated for years.');
    expect(a.attributions.every((x) => x.sourceSpan === undefined || x.sourceSpan === null)).toBe(true);
  });
});

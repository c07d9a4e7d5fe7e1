import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, slicedByCue } from '../helpers.js';

// "count on", "rely on" as a view the subject holds: in the progressive with a noun phrase after "on"
// (issue 10). Every sentence is written for these tests; names are invented.

const cues = (text: string) => analyse(text).attributions.map((x) => x.cue);
const relation = (text: string, cue: string) => {
  const x = slicedByCue(text, cue);
  return { source: x.sourceSpan ? text.slice(x.sourceSpan.start, x.sourceSpan.end) : null, text: x.text, cueClass: x.cueClass };
};

describe('reliance in the progressive ("is counting on", "is relying on")', () => {
  it('attributes the noun phrase after "on" to the subject, as a belief', () => {
    expect(relation('The Tarn County board is counting on a late surge of voters.', 'is counting on')).toEqual({ source: 'The Tarn County board', text: 'a late surge of voters', cueClass: 'belief' });
    expect(relation('Senator Ruiz is relying on an outdated figure about ferry fares.', 'is relying on')).toMatchObject({ source: 'Senator Ruiz', text: 'an outdated figure about ferry fares' });
  });

  it('with adverbs or a perfect before the -ing form ("now are counting on", "had been relying on")', () => {
    expect(relation('Vale and Berg now are counting on the dockers to carry the vote.', 'now are counting on').source).toBe('Vale and Berg');
    expect(relation('Vale had been relying on grants from the harbour trust.', 'had been relying on')).toMatchObject({ source: 'Vale', text: 'grants from the harbour trust' });
  });

  it('not: other forms, which tell what something depends on', () => {
    expect(cues('The port relies on tolls from the ferry.')).toEqual([]);
    expect(cues('Ruiz relied on her notes during the debate.')).toEqual([]);
    expect(cues('Conservatives can no longer count on Berg.')).toEqual([]);
  });

  it('not: a gap after "on" (a relative clause) or a count that is a noun', () => {
    expect(cues('The voters she is counting on in May stayed home.')).toEqual([]);
    expect(cues('The vote count on Tuesday was slow.')).toEqual([]);
  });
});

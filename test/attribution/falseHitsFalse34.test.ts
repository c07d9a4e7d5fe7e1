import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// false34 (issue 10, precision): constructions the gold (almost) never marks. Every sentence is written
// for these tests; names and places are invented.

const cues = (text: string) => analyse(text).attributions.map((r) => r.cue);
const relations = (text: string) => analyse(text).attributions.map((r) => `${r.cue}: ${text.slice(r.start, r.end)}`);

describe('a content left with only when or where it was said', () => {
  it('a time adjunct left after a clause boundary cut the content back: no relation', () => {
    expect(cues('Ruiz stepped up his attacks on Friday, saying the harbour levy was a scam.')).toEqual(['saying']);
    expect(cues('Dara apologized the next day, saying she regretted the remark.')).toEqual(['saying']);
  });

  it('only the medium, after "on" in the cue or the content: no relation', () => {
    expect(cues('Ruiz responded on Twitter, but Okafor said nothing.')).toEqual([]);
    expect(cues('Berg made his case on television.')).toEqual([]);
  });

  it('still: a content after the time or the medium, a thing criticized, a medium as the object or the topic', () => {
    expect(relations('Ruiz stepped up his attacks on the levy on Friday, saying it was a scam.')).toEqual(['stepped up his attacks on: the levy on Friday', 'saying: it was a scam']);
    expect(relations('Ruiz responded on Twitter that the levy was unfair.')).toEqual(['responded: the levy was unfair']);
    expect(relations('Vale taunted Twitter by opening a new account.')).toEqual(['taunted: Twitter by opening a new account']);
    expect(relations('Okafor reported on the tram fare.')).toEqual(['reported on: the tram fare']);
    expect(relations('Okafor criticized them on social media.')).toEqual(['criticized: them on social media']);
  });
});

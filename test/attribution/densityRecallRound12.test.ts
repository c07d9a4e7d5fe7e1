import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Recall in articles the library under-counts (issue 10, density), twelfth round. Every sentence
// is written for these tests; names and places are invented.

describe('"talked" / "spoke" and a separated "about"', () => {
  it('whom to, where, when and "at length" may stand between the verb and "about"', () => {
    const cases: [string, string, string, string][] = [
      ['Ruiz spoke at the town hall on Tuesday about the harbour plan.', 'spoke at the town hall on Tuesday about', 'Ruiz', 'the harbour plan'],
      ['Vale is talking to voters about the toll.', 'is talking to voters about', 'Vale', 'the toll'],
      ['Berg has spoken at length about his doubts over the ferry.', 'has spoken at length about', 'Berg', 'his doubts over the ferry'],
      ['Okafor talked with the Marlow dockers about their pensions.', 'talked with the Marlow dockers about', 'Okafor', 'their pensions'],
      ['The mayor talked openly on local radio about the flooding.', 'talked openly on local radio about', 'The mayor', 'the flooding'],
    ];
    for (const [text, cue, source, content] of cases) {
      const r = byCue(analyse(text), cue);
      expect(text.slice(r.cueSpan!.start, r.cueSpan!.end)).toBe(cue);
      expect(r.sourceSpan?.text).toBe(source);
      expect(text.slice(r.start, r.end)).toBe(content);
    }
  });

  it('not: "about" before a quantity, nor with nothing between', () => {
    for (const text of ['Ruiz spoke to the crowd for about an hour.', 'Vale talked with Berg about 20 minutes before the vote.', 'Okafor spoke at the dinner in Marlow.']) {
      expect(analyse(text).attributions).toEqual([]);
    }
  });
});

describe('a text or record released or published', () => {
  it('"released a list", "released its findings", "is releasing a new ad", "published a story": the object is what is attributed', () => {
    const cases: [string, string, string, string][] = [
      ['Ruiz released a list of more than 2,000 donors.', 'released', 'Ruiz', 'a list of more than 2,000 donors'],
      ['The harbour board released its findings on Friday.', 'released', 'The harbour board', 'its findings on Friday'],
      ['The Vale campaign is releasing a new ad aimed at Berg.', 'is releasing', 'The Vale campaign', 'a new ad aimed at Berg'],
      ['The Marlow Gazette published a story about the toll.', 'published', 'The Marlow Gazette', 'a story about the toll'],
    ];
    for (const [text, cue, source, content] of cases) {
      const r = byCue(analyse(text), cue);
      expect(text.slice(r.cueSpan!.start, r.cueSpan!.end)).toBe(cue);
      expect(r.sourceSpan?.text).toBe(source);
      expect(text.slice(r.start, r.end)).toBe(content);
      expect(r.cueClass).toBe('writing');
    }
  });

  it('not: people or things set free, nor a release only asked for or promised', () => {
    for (const text of ['The rebels released the hostages on Monday.', 'The dam released more water overnight.']) {
      expect(analyse(text).attributions).toEqual([]);
    }
    for (const text of ['Okafor refused to release his tax returns.', 'Berg said he would release the report in May.']) {
      expect(analyse(text).attributions.some((x) => /releas/.test(x.cue))).toBe(false);
    }
  });
});

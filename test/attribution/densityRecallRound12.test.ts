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

  it('not: an event with a topic of its own before "about" ("the debate about the toll" may be what the debate was about)', () => {
    for (const text of ['Ruiz spoke at the county debate about the toll.', 'Vale talked at the hearing about the ferry.']) {
      expect(analyse(text).attributions.some((x) => /^(?:spoke|talked)/.test(x.cue))).toBe(false);
    }
  });
});

describe('"talked of" as a verb', () => {
  it('"talked of", "talks openly of": what was talked of is attributed to the subject', () => {
    const cases: [string, string, string, string][] = [
      ['Ruiz talked of new jobs for the harbour.', 'talked of', 'Ruiz', 'new jobs for the harbour'],
      ['Vale now talks openly of her years at sea.', 'now talks openly of', 'Vale', 'her years at sea'],
    ];
    for (const [text, cue, source, content] of cases) {
      const r = byCue(analyse(text), cue);
      expect(text.slice(r.cueSpan!.start, r.cueSpan!.end)).toBe(cue);
      expect(r.sourceSpan?.text).toBe(source);
      expect(text.slice(r.start, r.end)).toBe(content);
    }
  });

  it('not: the noun "talk of" ("All the talk of a merger faded") keeps its own ownerless cue', () => {
    const a = analyse('All the talk of a merger faded by June.');
    expect(a.attributions.some((x) => x.cue === 'talk of')).toBe(false);
    expect(a.attributions.every((x) => x.sourceSpan === null)).toBe(true);
  });
});

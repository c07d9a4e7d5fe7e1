import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// "at the request of X": X asked for the act of the clause; X is never the content. Sentences
// written for this test; names are invented.

describe('an asking noun in "at the request of X", "on the advice of X" reports nothing', () => {
  it('whatever noun names the asker', () => {
    for (const text of [
      'The hearing was delayed at the request of the president.',
      'The clause was added at the suggestion of the mayor.',
      'The bill was drafted at the insistence of the governor.',
      'Tarnow sold the shares on the advice of his lawyer.',
    ]) {
      expect(analyse(text).attributions).toEqual([]);
    }
  });

  it('keeps the report of the sentence, with its own content', () => {
    const text = 'The vote was delayed at the request of the president, Okafor said.';
    const rels = analyse(text).attributions;
    expect(rels).toHaveLength(1);
    expect(text.slice(rels[0]!.cueSpan!.start, rels[0]!.cueSpan!.end)).toBe('said');
  });

  it('still: a request with its own content is a relation', () => {
    const text = 'Vale made a request that the vote be delayed.';
    expect(analyse(text).attributions.length).toBeGreaterThan(0);
  });
});

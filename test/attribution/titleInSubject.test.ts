import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// A quoted title ending in "?" or "!" inside the subject (review of round 16). Sentences invented.

describe('a title ending in "?" or "!" in the subject', () => {
  it('keeps the subject as the source: "Berg’s poem “Why Now?” claims that …"', () => {
    const text = 'Berg’s poem “Why Now?” claims that ferries are doomed.';
    const claims = byCue(analyse(text), 'claims');
    expect(claims.sourceSpan?.text).toBe('Berg’s poem');
    expect(claims.text).toBe('ferries are doomed');
    expect(text.slice(claims.start, claims.end)).toBe(claims.text);
  });

  it('still: a quotation closing after its own "!" is no subject', () => {
    expect(byCue(analyse('“The tide is ours!” wrote Berg.'), 'wrote').sourceSpan?.text).toBe('Berg');
  });
});

describe('"reporting that" after a form of "be"', () => {
  it('"will be reporting that" is a report', () => {
    expect(byCue(analyse('The Gazette will be reporting that the kiln closed.'), 'will be reporting').text).toBe('the kiln closed');
  });

  it('not after a possessive: "the Gazette’s reporting that …"', () => {
    expect(analyse('The Gazette’s reporting that week won a prize.').attributions.filter((x) => x.cue.includes('reporting'))).toEqual([]);
  });
});

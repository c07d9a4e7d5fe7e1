import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// "Both" as a subject (issue 10, round 33): first in its sentence before an auxiliary it is the source, not a
// quantifier floated into the verb group ("they have both argued"). Every sentence is written for these
// tests; names and places are invented.

const sourceOf = (text: string, cue: string) => {
  const r = byCue(analyse(text), cue);
  return r.sourceSpan ? text.slice(r.sourceSpan.start, r.sourceSpan.end) : null;
};

describe('"Both have …": the quantifier is the source', () => {
  it('"Both have promised to cut the toll."', () => {
    const text = 'Vale and Ruiz met the ferry crews. Both have promised to cut the toll.';
    const r = byCue(analyse(text), 'have promised');
    expect(text.slice(r.sourceSpan!.start, r.sourceSpan!.end)).toBe('Both');
    expect(r.text).toBe('to cut the toll');
    expect(text.slice(r.start, r.end)).toBe(r.text);
  });

  it('after an opening conjunction: "But both had warned that …"', () => {
    const text = 'But both had warned that the pier would close.';
    expect(sourceOf(text, 'had warned')).toBe('both');
    expect(byCue(analyse(text), 'had warned').text).toBe('the pier would close');
  });
});

describe('"both" floated after its subject stays in the verb group', () => {
  it('"Vale and Ruiz have both argued …": the subject is the pair', () => {
    expect(sourceOf('Vale and Ruiz have both argued that the toll is unfair.', 'have both argued')).toBe('Vale and Ruiz');
  });

  it('"They both have argued …": the pronoun is the subject', () => {
    expect(sourceOf('They both have argued that the toll is unfair.', 'both have argued')).toBe('They');
  });

  it('"Both Vale and Ruiz have argued …": the whole pair', () => {
    expect(sourceOf('Both Vale and Ruiz have argued that the toll is unfair.', 'have argued')).toBe('Both Vale and Ruiz');
  });
});

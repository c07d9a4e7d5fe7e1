import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue } from '../helpers.js';

// "Vale, a senior clerk said, was pleased": a tag set off by commas whose speaker is a phrase a determiner opens,
// with no comma between that phrase and its verb, is a parenthetical report with its own speaker (issue 10,
// round 35); before, the phrase was read as a description of the name before it, which became the source.
// Every sentence is written for these tests; names and places are invented.

const sourceOf = (text: string, cue: string) => {
  const x = attributionByCue(analyse(text), cue);
  return x.sourceSpan ? text.slice(x.sourceSpan.start, x.sourceSpan.end) : null;
};

describe('a parenthetical tag after a name has its own speaker', () => {
  it('"Vale, a senior clerk said, was pleased with the toll"', () => {
    expect(sourceOf('Vale, a senior clerk said, was pleased with the toll.', 'said')).toBe('a senior clerk');
  });

  it('with a quotation after the tag: "Vale, one clerk said, “was pleased”"', () => {
    const text = 'Vale, one clerk said, “was pleased” with the toll.';
    expect(sourceOf(text, 'said')).toBe('one clerk');
    expect(attributionByCue(analyse(text), 'said').text).toContain('was pleased');
  });

  it('"Ruiz, the harbour master said, will sign the levy": a definite phrase too', () => {
    expect(sourceOf('Ruiz, the harbour master said, will sign the levy.', 'said')).toBe('the harbour master');
  });
});

describe('a description set off by two commas stays a description', () => {
  it('"Dr. Ana Vale, a senior clerk, said …": the name is the source', () => {
    expect(sourceOf('Dr. Ana Vale, a senior clerk, said the levy would pass.', 'said')).toBe('Dr. Ana Vale');
  });

  it('"Dr. Ana Vale, the lead author of the study, said …"', () => {
    expect(sourceOf('Dr. Ana Vale, the lead author of the study, said the levy would pass.', 'said')).toBe('Dr. Ana Vale');
  });

  it('a description closed by its comma before "and said": "Ruiz met Vale, a senior clerk, and said …"', () => {
    expect(sourceOf('Ruiz met Vale, a senior clerk, and said the levy would pass.', 'said')).toBe('Ruiz');
  });
});

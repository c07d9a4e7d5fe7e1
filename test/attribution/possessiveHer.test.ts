import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue } from '../helpers.js';

// "her" as an object versus "her" as an owner, and plural reporting nouns after an owner (issue 10,
// eighteenth round). Every sentence is written for these tests; names and places are invented.

describe('"her" closing a relative clause is an object, not the determiner of the verb after it', () => {
  it('"The tutor who coached her said …": the main verb keeps its subject and clause', () => {
    const text = 'The tutor who coached her said the chess final had been fair.';
    const x = attributionByCue(analyse(text), 'said');
    expect(x.sourceSpan?.text).toBe('The tutor who coached her');
    expect(x.text).toBe('the chess final had been fair');
  });

  it('also after a preposition inside the relative clause', () => {
    const text = 'The gardeners who worked beside her told the paper the orchard was thriving.';
    const x = attributionByCue(analyse(text), 'told the paper');
    expect(x.sourceSpan?.text).toBe('The gardeners who worked beside her');
    expect(x.text).toBe('the orchard was thriving');
  });

  it('"her" owning a participle before its noun stays a determiner ("her stated aim")', () => {
    const a = analyse('Tarnow praised her stated aim of cheaper ferry fares.');
    expect(a.attributions.some((x) => x.cue === 'stated')).toBe(false);
  });
});

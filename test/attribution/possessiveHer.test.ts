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

describe('an -s form after an owner, before a preposition, is a plural reporting noun', () => {
  it('"Okafor renewed her calls for …": the light verb and owned noun form the cue, Okafor is the source', () => {
    const text = 'Okafor renewed her calls for a second footbridge.';
    const x = attributionByCue(analyse(text), 'renewed her calls for');
    expect(x.sourceSpan?.text).toBe('Okafor');
    expect(x.text).toBe('a second footbridge');
  });

  it('"Berg’s calls for …" and "Her calls for …" as subjects: the owner is the source', () => {
    const text = 'Berg’s calls for longer library hours went unanswered.';
    const x = attributionByCue(analyse(text), 'calls for');
    expect(x.sourceSpan?.text).toBe('Berg');
    expect(x.text).toBe('longer library hours');
    const y = attributionByCue(analyse('Her calls for longer library hours went unanswered.'), 'calls for');
    expect(y.sourceSpan?.text).toBe('Her');
  });

  it('after "her" that closes a relative clause the -s form stays the verb', () => {
    const text = 'The tutor who coached her calls for calm before the final.';
    const x = attributionByCue(analyse(text), 'calls for');
    expect(x.sourceSpan?.text).toBe('The tutor who coached her');
  });
});

import { describe, expect, it } from 'vitest';
import { sourcelessByCue } from '../helpers.js';

// Cues with no holder (issue 10, eighteenth round). Every sentence is written for these tests.

describe('a raising passive after a noun with a "that" clause opening the sentence', () => {
  it('takes the whole subject, from the noun phrase, as what is seen', () => {
    const x = sourcelessByCue('Her claim that the pier was safe was seen as reckless.', 'was seen');
    expect(x.text.startsWith('Her claim that the pier was safe')).toBe(true);
    const y = sourcelessByCue('The idea that Vale would quit is seen as absurd.', 'is seen');
    expect(y.text.startsWith('The idea that Vale would quit')).toBe(true);
  });
});

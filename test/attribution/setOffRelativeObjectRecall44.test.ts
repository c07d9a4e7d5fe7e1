import { describe, expect, it } from 'vitest';
import { attributionRows as rows } from '../helpers.js';

// An object relative "which" set off by a dash or a bracket reads as one set off by a comma (issue 10, fortieth
// round): the relative word is the content. Every sentence is written for these tests.

describe('"which" set off by a dash or a bracket', () => {
  it('a dash or a bracket before "which" as a comma', () => {
    expect(rows('Vale fought the new tax — which he once supported — and lost.')).toEqual([['he', 'once supported', 'which']]);
    expect(rows('Vale fought the new tax (which he once supported) and lost.')).toEqual([['he', 'once supported', 'which']]);
    expect(rows('Vale fought the new tax, which he once supported, and lost.')).toEqual([['he', 'once supported', 'which']]);
  });
});

describe('no object relative', () => {
  it('"which" as the subject of its clause', () => {
    expect(rows('The pier — which opened in May — closed in June.')).toEqual([]);
  });
});

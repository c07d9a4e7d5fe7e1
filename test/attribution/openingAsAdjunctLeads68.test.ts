import { describe, expect, it } from 'vitest';
import { attributionRows as rows } from '../helpers.js';

// leads68 (session 38): every sentence is written for these tests; names and places are invented.

describe('an opening «as» clause before an adjunct set off by commas: the main clause after it is what was reported', () => {
  it('«As the Harbour Times reported, even on Friday morning, the council voted …»: the content runs through the adjunct', () => {
    expect(rows('As the Harbour Times reported, even on Friday morning, the council voted to close the pier.')).toContainEqual(['the Harbour Times', 'reported', 'even on Friday morning, the council voted to close the pier']);
    expect(rows('As the Harbour Times reported, even on Friday, the council said the pier was unsafe.')).toEqual([['the Harbour Times', 'reported', 'even on Friday, the council said the pier was unsafe']]);
  });

  it('still: with no adjunct the content is as before', () => {
    expect(rows('As the Harbour Times reported, the council voted to close the pier.')).toEqual([['the Harbour Times', 'reported', 'the council voted to close the pier']]);
  });
});

import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// An imperative opening a sentence addresses the reader (issue 10, sourceless relations). Every
// sentence is written for these tests; names are invented.

describe('an imperative opening a sentence', () => {
  it('what follows is its object, not a speaker: no source', () => {
    expect(byCue(analyse('Expect the council to raise fares again next year.'), 'Expect').sourceSpan).toBeNull();
    expect(byCue(analyse('Recall Senator Vale promising a new bridge by spring.'), 'Recall').sourceSpan).toBeNull();
  });

  it('an inverted speech tag after a quotation keeps its speaker', () => {
    expect(byCue(analyse('“We will win,” said Ruiz.'), 'said').sourceSpan?.text).toBe('Ruiz');
  });
});

import { describe, expect, it } from 'vitest';
import { slicedByCue } from '../helpers.js';

// A tag after its content whose verb has only an addressee after it (issue 10, twenty-first round).
// Sentences written for these tests; names are invented.

describe('a tag with only its addressee after the verb', () => {
  it('"…, Ruiz said to reporters.": the content is the clause before the comma', () => {
    expect(slicedByCue('The orchard harvest was poor, Ruiz said to reporters.', 'said').text).toBe('The orchard harvest was poor');
    expect(slicedByCue('The orchard harvest was poor, Ruiz wrote to the growers union.', 'wrote').text).toBe('The orchard harvest was poor');
  });

  it('"…, Ruiz wrote Berg.": a name or pronoun after a verb of writing is whom it was written to', () => {
    expect(slicedByCue('The orchard harvest was poor, Ruiz wrote Berg.', 'wrote').text).toBe('The orchard harvest was poor');
    expect(slicedByCue('The orchard harvest was poor, Ruiz wrote them.', 'wrote').text).toBe('The orchard harvest was poor');
  });

  it('a name after "said" is what was said, and more after the addressee keeps the old reading', () => {
    expect(slicedByCue('Asked who should run the orchard, he said Okafor.', 'said').text).toBe('Okafor');
    expect(slicedByCue('The orchard harvest was poor, Ruiz wrote a long letter.', 'wrote').text).toBe('a long letter');
  });
});

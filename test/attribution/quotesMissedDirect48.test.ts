import { describe, expect, it } from 'vitest';
import { analyseChecked, slicedByCue } from '../helpers.js';

// Direct and mixed quotations still missed (issue 10, direct48).
// Every sentence is written for these tests; names, places and bodies are invented.

describe('an -ing cue inside a participle phrase that opens the sentence', () => {
  it('"Holding signs calling Berg “a fraud,” the crowd marched …": the label ends at the comma inside the mark', () => {
    const text = 'Holding signs calling Berg “a fraud,” the protesters marched to the pier.';
    expect(slicedByCue(text, 'calling').text).toBe('Berg “a fraud,”');
  });

  it('the main clause keeps its own quotation: "…, the protesters chanted “Berg out now.”"', () => {
    const text = 'Carrying a banner calling Berg “a fraud,” the protesters chanted “Berg out now.”';
    expect(slicedByCue(text, 'calling').text).toBe('Berg “a fraud,”');
    expect(slicedByCue(text, 'chanted')).toMatchObject({ text: '“Berg out now.”', sourceSpan: { text: 'the protesters' } });
  });

  it('a near miss: the phrase after the subject is no opening phrase, and its list runs over commas', () => {
    const text = 'The protesters held signs calling Berg a fraud, a liar and a coward.';
    expect(slicedByCue(text, 'calling').text).toBe('Berg a fraud, a liar and a coward');
  });
});

import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// A participle set off after a present-tense clause whose verb the tagger reads as a plural noun ("Vale hammers
// Ruiz, calling him …, and contrasts …", issue 10): the participle's content ran over the subject's next act, as it
// did for a past before direct38's mend. Every sentence is written for these tests; names and places are invented.

describe('a present read as a noun before a set-off participle', () => {
  it('"Vale hammers Ruiz, calling him a “wreck,” and contrasts the mayor with Berg"', () => {
    const text = 'Vale hammers Ruiz, calling him a “wreck,” and contrasts the mayor with Berg.';
    const r = byCue(analyse(text), 'calling');
    expect(r.text.includes('contrasts')).toBe(false);
    expect(r.text.startsWith('him a “wreck')).toBe(true);
    expect(text.slice(r.start, r.end)).toBe(r.text);
  });
});

describe('a noun that is no verb stays a noun', () => {
  it('a plural after a name and before its verb: "Tarn Farms workers backed Vale, calling him a “hero,” and …"', () => {
    const text = 'Tarn Farms workers backed Vale, calling him a “hero,” and contrasted him with Berg.';
    const r = byCue(analyse(text), 'calling');
    expect(r.text.includes('contrasted')).toBe(false);
    expect(text.slice(r.start, r.end)).toBe(r.text);
  });
});

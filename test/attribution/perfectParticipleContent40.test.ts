import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// A reporting verb in a perfect participle phrase ("Having announced that …,", "Vale, having warned that …,")
// ends its content at the comma that closes the phrase, as an -ing participle's does (issue 10, round 36,
// recall40): before, "having" hid the phrase and the content ran on over the main clause.
// Every sentence is written for these tests; names and places are invented.

const contentOf = (a: ReturnType<typeof analyse>, cue: string) => byCue(a, cue).contentSpans.map((s) => s.text).join(' ');

describe('a perfect participle phrase of reporting', () => {
  it('opening the sentence: "Having announced that the pier would close, Vale left the room."', () => {
    const a = analyse('Having announced that the pier would close, Vale left the room.');
    expect(contentOf(a, 'announced')).toBe('the pier would close');
    expect(byCue(a, 'announced').sourceSpan?.text).toBe('Vale');
  });

  it('with a time phrase: "Having announced on Monday that …, the crews left."', () => {
    const a = analyse('Having announced on Monday that the ferry would stop, the crews left.');
    expect(contentOf(a, 'announced')).toBe('the ferry would stop');
  });

  it('set off after its subject: "Vale, having warned that the pier would close, left the room."', () => {
    const a = analyse('Vale, having warned that the pier would close, left the room.');
    expect(contentOf(a, 'warned')).toBe('the pier would close');
    expect(byCue(a, 'warned').sourceSpan?.text).toBe('Vale');
  });
});

describe('not a perfect participle phrase', () => {
  it('a finite perfect keeps its clause to the end of the report', () => {
    const a = analyse('Ruiz said that Vale had announced the closure and left.');
    expect(contentOf(a, 'said')).toBe('Vale had announced the closure and left');
  });
});

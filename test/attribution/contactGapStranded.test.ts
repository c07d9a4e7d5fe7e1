import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/document/readDocument.js';
import { endsAfterStranded, mainVerbAfterStranded, mainVerbOverStranded, strandedRelativeHead } from '../../src/attribution/contactGap.js';

// leads62 (session 37): the one reading of a relative clause closed by a stranded preposition, shared by the verb
// cue finder, the noun cue finder and the subject reader. Sentences written for these tests; names are invented.

const at = (text: string, word: string) => {
  const doc = readDocument(text);
  return { doc, t: doc.lower.indexOf(word), te: doc.tokenCount };
};

describe('strandedRelativeHead', () => {
  it('finds the head over a one-word subject, with or without "that"/"which"', () => {
    const a = at('The letter Vale asked for says the levy is fair.', 'asked');
    expect(a.doc.value[strandedRelativeHead(a.doc, a.t, 0)]).toBe('letter');
    const b = at('A study that the union asked for found the levy was unfair.', 'asked');
    expect(b.doc.value[strandedRelativeHead(b.doc, b.t, 0)]).toBe('study');
    const c = at('A survey which Vale paid for found the ferry was late.', 'paid');
    expect(c.doc.value[strandedRelativeHead(c.doc, c.t, 0)]).toBe('survey');
  });

  it('none when the verb opens its own clause or the head is a name', () => {
    const a = at('Vale asked for more time.', 'asked');
    expect(strandedRelativeHead(a.doc, a.t, 0)).toBe(-1);
    const b = at('Reports that the clerks argued over claims spread.', 'argued');
    expect(strandedRelativeHead(b.doc, b.t, 0)).toBe(-1);
  });
});

describe('what follows the stranded preposition', () => {
  it('mainVerbAfterStranded: an inflected verb or an -s form before what it reports, not a bare form', () => {
    const a = at('The letter Vale asked for says the levy is fair.', 'says');
    expect(mainVerbAfterStranded(a.doc, a.t, a.te)).toBe(true);
    const b = at('The memo that the clerks argued over claims the pier is unsafe.', 'claims');
    expect(mainVerbAfterStranded(b.doc, b.t, b.te)).toBe(true);
    const c = at('Vale asked for help.', 'help');
    expect(mainVerbAfterStranded(c.doc, c.t, c.te)).toBe(false);
  });

  it('endsAfterStranded: also punctuation, the end, or an auxiliary', () => {
    const a = at('She read the report that the guild paid for.', '.');
    expect(endsAfterStranded(a.doc, a.t, a.te)).toBe(true);
    const b = at('The report that the guild paid for was long.', 'was');
    expect(endsAfterStranded(b.doc, b.t, b.te)).toBe(true);
    // (the token right after "for" is the article of its own object)
    const c = at('The fear that the union asked for the files grew.', 'files');
    expect(endsAfterStranded(c.doc, c.t - 1, c.te)).toBe(false);
  });

  it('mainVerbOverStranded: the preposition, the relative verb and its head before the main verb', () => {
    const a = at('The memo that the clerks argued over claims the pier is unsafe.', 'claims');
    expect(mainVerbOverStranded(a.doc, a.t, 0, a.te)).toBe(true);
    const b = at('Vale argued over claims the pier was unsafe.', 'claims');
    expect(mainVerbOverStranded(b.doc, b.t, 0, b.te)).toBe(false);
    const c = at('Concerns grew over claims that the pier was unsafe.', 'claims');
    expect(mainVerbOverStranded(c.doc, c.t, 0, c.te)).toBe(false);
  });
});

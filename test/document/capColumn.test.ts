import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDocument, type SlantDocument } from '../../src/document/readDocument.js';
import { isCap } from '../../src/attribution/tokens.js';

// The document's `cap` column (perf66): 1 when a token's value starts with an upper-case letter, as
// `/^\p{Lu}/u` of the value, in every way a token's value is made. Sentences invented.

const capitalised = (v: string) => /^\p{Lu}/u.test(v);

/** Every token's column entry and `isCap` answer as the regex of its value; past both ends false. */
function expectCapColumn(doc: SlantDocument) {
  expect(doc.cap).toHaveLength(doc.tokenCount);
  const wrong = doc.value.filter((v, k) => doc.cap[k] !== (capitalised(v) ? 1 : 0) || isCap(doc, k) !== capitalised(v));
  expect(wrong).toEqual([]);
  expect(isCap(doc, doc.tokenCount)).toBe(false);
  expect(isCap(doc, -1)).toBe(false);
}

describe('the cap column', () => {
  it('marks capitalised words, not lower-case ones, digits or marks', () => {
    const doc = readDocument('Ana Vale of Tarn County said 12 clerks “never” paid.');
    expect(doc.value.filter((_, k) => doc.cap[k] === 1)).toEqual(['Ana', 'Vale', 'Tarn', 'County']);
    expectCapColumn(doc);
  });

  it('reads letters beyond ASCII: accented and Greek capitals yes, their lower case no, astral capitals yes', () => {
    const doc = readDocument('Émile Ørsted met Ωmega and élise in \u{1D400}x Harbour.');
    const capped = doc.value.filter((_, k) => doc.cap[k] === 1);
    expect(capped).toEqual(expect.arrayContaining(['Émile', 'Ørsted', 'Harbour']));
    // the tokenizer may split a word opening with a Greek or astral capital: its first token is capitalised
    expect(capped.some((v) => v.startsWith('Ω'))).toBe(true);
    expect(capped.some((v) => v.startsWith('\u{1D400}'))).toBe(true);
    expect(capped.filter((v) => /^[\p{Ll}\d]/u.test(v))).toEqual([]);
    expect(doc.value).toContain('élise');
    expectCapColumn(doc);
  });

  it('holds where the value is not wink-nlp\'s token: exotic spaces, doubled apostrophes, a period glued to a word, a capped run', () => {
    expectCapColumn(readDocument('Vale\u00A0said\u2009Ruiz\uFEFF agreed.'));
    expectCapColumn(readDocument("''Berg paid,'' Ruiz said. Vale chimed in. Then Tarn left."));
    const run = readDocument(`Vale wrote ${'A'.repeat(200)} and ${'b'.repeat(200)} then left.`);
    expect(run.value.some((v) => v.length > 100 && v.startsWith('A'))).toBe(true);
    expectCapColumn(run);
  });

  it('agrees with the regex on arbitrary text', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.string({ unit: 'binary', maxLength: 8 }),
      fc.constantFrom(' ', '\n', 'Vale said ', 'Émile ', '“Ruiz”', "''", '\u00A0', '\ud800', '\u0000', 'chimed in.', 'A'.repeat(80)),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 20 }), (parts) => expectCapColumn(readDocument(parts.join('')))), { numRuns: 200 });
  });
});

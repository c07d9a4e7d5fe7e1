import { describe, expect, it } from 'vitest';
import { flatText } from '../../src/document/flatText.js';
import { readDocument } from '../../src/document/readDocument.js';
import { validateInput } from '../../src/document/validateInput.js';

// Joined strings are built at run time (a literal is flat already).
const joined = (head: string, tail: string): string => [head].concat(tail).reduce((a, b) => a + b);

describe('flatText', () => {
  it('gives the same characters for joined one-byte and two-byte texts', () => {
    const one = joined('Vale said the pier at Tarn was unsafe. ', 'Ruiz agreed. (copy 2)');
    const two = joined('Vale said the pier was \u201cunsafe\u201d. ', 'Ruiz agreed \u2014 twice. \ud83d\ude00');
    expect(flatText(one)).toBe('Vale said the pier at Tarn was unsafe. Ruiz agreed. (copy 2)');
    expect(flatText(two)).toBe('Vale said the pier was \u201cunsafe\u201d. Ruiz agreed \u2014 twice. \ud83d\ude00');
  });

  it('keeps a lone surrogate and the empty string as they are', () => {
    expect(flatText(joined('Berg \ud800 said ', 'so.'))).toBe('Berg \ud800 said so.');
    expect(flatText('')).toBe('');
  });

  it('returns a text holding NUL characters unchanged (the separator it searches for)', () => {
    const withNul = joined('Vale\u0000said ', '\u0000so\u0000');
    expect(flatText(withNul)).toBe('Vale\u0000said \u0000so\u0000');
    expect(flatText(withNul).length).toBe(withNul.length);
  });

  it('leaves offsets exact: a joined text reads as the same document as its literal', () => {
    const literal = 'Vale said the pier was unsafe.\r\nRuiz\u00a0agreed, the Harbour Times reported.';
    const doc = readDocument(joined('Vale said the pier was unsafe.\r\n', 'Ruiz\u00a0agreed, the Harbour Times reported.'));
    const ref = readDocument(literal);
    expect(doc.text).toBe(literal);
    expect(doc.normalized).toBe(ref.normalized);
    expect([...doc.start]).toEqual([...ref.start]);
    expect(doc.value).toEqual(ref.value);
    for (let i = 0; i < doc.tokenCount; i++) expect(doc.text.slice(doc.start[i]!, doc.end[i]!)).toBe(doc.value[i]);
  });

  it('hands the validated text on with its characters unchanged, string or object input', () => {
    const text = joined('Vale said the levy was unfair. ', 'Berg disagreed.');
    expect(validateInput(text, undefined).article.text).toBe('Vale said the levy was unfair. Berg disagreed.');
    const input = { id: 'tarn-1', text };
    expect(validateInput(input, undefined).article.text).toBe('Vale said the levy was unfair. Berg disagreed.');
    expect(input.text).toBe(text); // the caller's object is not written to
  });
});

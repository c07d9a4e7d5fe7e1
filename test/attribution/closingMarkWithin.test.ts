import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/document/readDocument.js';
import { closingMarkWithin, isQuoteMark } from '../../src/attribution/tokens.js';

// The shared scan of tokens.ts for the closing mark of a short quotation. Sentences written for
// this test; names are invented.

/** The index of the first quotation mark of `text`, with the document. */
const opened = (text: string) => {
  const doc = readDocument(text);
  let open = 0;
  while (open < doc.tokenCount && !isQuoteMark(doc, open)) open++;
  return { doc, open };
};

describe('closingMarkWithin', () => {
  it('finds the closing mark of a short quoted term', () => {
    const text = 'Vale called the fee “a scandal” and left.';
    const { doc, open } = opened(text);
    const close = closingMarkWithin(doc, open, 10, doc.tokenCount);
    expect(text.slice(doc.start[open], doc.end[close])).toBe('“a scandal”');
  });

  it('gives -1 when the mark lies beyond the limit or the end', () => {
    const { doc, open } = opened('Berg read “one two three four five” aloud.');
    expect(closingMarkWithin(doc, open, 3, doc.tokenCount)).toBe(-1);
    expect(closingMarkWithin(doc, open, 10, open + 3)).toBe(-1);
  });

  it('gives -1 when a stop token comes before the mark', () => {
    const { doc, open } = opened('Ruiz wrote “Early Show. then more” later.');
    expect(closingMarkWithin(doc, open, 10, doc.tokenCount, (t) => doc.value[t] === '.')).toBe(-1);
    expect(closingMarkWithin(doc, open, 10, doc.tokenCount)).toBeGreaterThan(open);
  });
});

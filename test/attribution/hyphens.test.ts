import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/document/readDocument.js';
import { hyphenJoinsAfter, hyphenJoinsBefore, isHyphen, isSetOffDash, isSpacedHyphen, isWordHyphen } from '../../src/attribution/tokens.js';

// The named hyphen tests of tokens.ts: which side of a "-" token touches a word. Sentences
// written for this test; names are invented.

/** The indices of the "-" tokens of `text`, each checked to slice to "-". */
const hyphens = (text: string) => {
  const doc = readDocument(text);
  const at: number[] = [];
  for (let t = 0; t < doc.tokenCount; t++) if (isHyphen(doc, t)) at.push(t);
  for (const t of at) expect(text.slice(doc.start[t], doc.end[t])).toBe('-');
  return { doc, at };
};

const sides = (text: string) => {
  const { doc, at } = hyphens(text);
  return at.map((t) => ({ before: hyphenJoinsBefore(doc, t), after: hyphenJoinsAfter(doc, t), word: isWordHyphen(doc, t), spaced: isSpacedHyphen(doc, t), setOff: isSetOffDash(doc, t) }));
};

describe('hyphen helpers', () => {
  it('a hyphen inside a word touches both sides and sets nothing off', () => {
    expect(sides('Okafor, a well-known critic, spoke.')).toEqual([{ before: true, after: true, word: true, spaced: false, setOff: false }]);
  });

  it('a hyphen with spaces on both sides sets a phrase off', () => {
    expect(sides('The vote - and the count - went to Berg.')).toEqual([
      { before: false, after: false, word: false, spaced: true, setOff: true },
      { before: false, after: false, word: false, spaced: true, setOff: true },
    ]);
  });

  it('a suspended hyphen touches only the word before it', () => {
    expect(sides('Vale backed the pre- and post-vote audits.')[0]).toEqual({ before: true, after: false, word: false, spaced: false, setOff: false });
  });

  it('a hyphen written against the word after it touches only that side', () => {
    expect(sides('Vale said the figure was an over- or -under estimate.')[1]).toEqual({ before: false, after: true, word: false, spaced: false, setOff: false });
  });

  it('the ends of the text count as spaces, but a hyphen opening the text sets nothing off', () => {
    const [first, last] = sides('- Berg left the room -');
    expect(first).toEqual({ before: false, after: false, word: false, spaced: true, setOff: false });
    expect(last).toEqual({ before: false, after: false, word: false, spaced: true, setOff: true });
  });

  it('other tokens are not hyphens, and em dashes set off without being hyphens', () => {
    const doc = readDocument('Berg — the envoy — left.');
    for (let t = 0; t < doc.tokenCount; t++) {
      expect(isHyphen(doc, t) || hyphenJoinsBefore(doc, t) || hyphenJoinsAfter(doc, t) || isSpacedHyphen(doc, t)).toBe(false);
      expect(isSetOffDash(doc, t)).toBe(doc.value[t] === '—');
    }
  });
});

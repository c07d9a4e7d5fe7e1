import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capLongRuns, MAX_RUN, readDocument } from '../../src/document/readDocument.js';
import { numberWordValue } from '../../src/document/numberWords.js';

/** The runs longer than MAX_RUN found by reading every character (the reference the skipping scan must equal). */
function runsByEveryCharacter(text: string): [number, number, number][] {
  const runs: [number, number, number][] = [];
  const space = (c: number) => c === 32 || c === 9 || c === 10;
  let i = 0;
  while (i < text.length) {
    while (i < text.length && space(text.charCodeAt(i))) i++;
    const runStart = i;
    while (i < text.length && !space(text.charCodeAt(i))) i++;
    if (i - runStart > MAX_RUN) {
      let cut = runStart + MAX_RUN;
      const c = text.charCodeAt(cut - 1);
      if (c >= 0xd800 && c <= 0xdbff) cut--;
      runs.push([runStart, cut, i]);
    }
  }
  return runs;
}

// Runs of every length around the limit, spaces, tabs and newlines between them, surrogate pairs at the cut.
const run = fc.oneof(
  fc.integer({ min: 0, max: 3 * MAX_RUN }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: MAX_RUN - 3, max: MAX_RUN + 3 }).map((n) => 'y'.repeat(n)),
  fc.integer({ min: 0, max: MAX_RUN + 2 }).map((n) => `${'z'.repeat(n)}😀${'z'.repeat(3)}`),
);
const gap = fc.constantFrom(' ', '  ', '\n', '\t', ' \n ', '');
const text = fc.array(fc.tuple(run, gap), { maxLength: 12 }).chain((parts) => fc.tuple(gap, fc.constant(parts.map(([r, g]) => r + g).join(''))).map(([g, t]) => g + t));

describe('capLongRuns', () => {
  it('finds exactly the runs longer than MAX_RUN that reading every character finds, and blanks their rest', () => {
    fc.assert(
      fc.property(text, (t) => {
        const { forWink, runs } = capLongRuns(t);
        expect(runs).toStrictEqual(runsByEveryCharacter(t));
        expect(forWink.length).toBe(t.length);
        for (const [start, cut, end] of runs) {
          expect(forWink.slice(start, cut)).toBe(t.slice(start, cut));
          expect(forWink.slice(cut, end)).toBe(' '.repeat(end - cut));
        }
        if (runs.length === 0) expect(forWink).toBe(t);
      }),
      { numRuns: 2000 },
    );
  });

  it('cuts a run of exactly MAX_RUN + 1 letters and keeps one of MAX_RUN characters', () => {
    const long = `Vale wrote ${'a'.repeat(MAX_RUN + 1)} then ${'b'.repeat(MAX_RUN - 1)}.`;
    const { runs } = capLongRuns(long);
    expect(runs).toStrictEqual([[11, 11 + MAX_RUN, 11 + MAX_RUN + 1]]);
    expect(capLongRuns(`${'c'.repeat(3 * MAX_RUN)}`).runs).toStrictEqual([[0, MAX_RUN, 3 * MAX_RUN]]);
  });
});

describe('the number column of the document', () => {
  it('marks the tokens whose lower-case form is a number, capped runs included', () => {
    // wink-nlp reads only the first MAX_RUN characters of a run: digits there, not in the whole run.
    const digits = '4'.repeat(MAX_RUN + 10);
    const mixed = `${'4'.repeat(MAX_RUN)}abc`;
    const text = `Okafor counted Twenty-six guards, a dozen clerks and 1,200 voters; Vale wrote ${digits} then ${mixed} and ${'q'.repeat(MAX_RUN + 5)}.`;
    const doc = readDocument(text);
    for (let k = 0; k < doc.tokenCount; k++) expect([k, doc.numberWord[k]]).toStrictEqual([k, numberWordValue(doc.lower[k]!) !== null ? 1 : 0]);
    const numbers = doc.lower.filter((_, k) => doc.numberWord[k] === 1);
    expect(numbers).toStrictEqual(['twenty', 'six', 'dozen', '1,200', digits]);
  });
});

import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// An object relative with a pronoun subject on a reporting noun (issue 10, review32 L3): "The report that they
// released said …" lost its source, the noun being read as taking a content clause ("the fear that she lied"). When
// the pronoun's verb is one that takes such a noun as its object, right before the cue, the head is the source.
// Every sentence is written for these tests; names and places are invented.

const check = (text: string, cue: string, content: string, source: string) => {
  const r = byCue(analyse(text), cue);
  expect(r.text).toBe(content);
  expect(text.slice(r.start, r.end)).toBe(content);
  expect(text.slice(r.sourceSpan!.start, r.sourceSpan!.end)).toBe(source);
};

describe('the head of an object relative is the source', () => {
  it('a pronoun in the relative: "The report that they released said …"', () => {
    check('The report that they released said the pier was unsafe.', 'said', 'the pier was unsafe', 'The report');
  });

  it('another reporting noun: "The statement that she issued claimed …"', () => {
    check('The statement that she issued claimed the toll was unfair.', 'claimed', 'the toll was unfair', 'The statement');
  });
});

describe('not an object relative', () => {
  it('a content clause of a reporting noun: "The fear that she lied worried the board." keeps «she lied»', () => {
    const r = analyse('The fear that she lied worried the board.').attributions;
    expect(r.some((a) => a.cueSpan?.text === 'The fear' && a.text === 'she lied')).toBe(true);
    expect(r.some((a) => a.sourceSpan?.text === 'The fear')).toBe(false);
  });

  it('a "that" clause after the cue keeps its verb: "Vale said that Ruiz wrote the memo."', () => {
    check('Vale said that Ruiz wrote the memo.', 'said', 'Ruiz wrote the memo', 'Vale');
  });
});

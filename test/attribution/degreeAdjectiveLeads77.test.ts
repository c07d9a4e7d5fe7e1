import { describe, expect, it } from 'vitest';
import { attributionRows as rows } from '../helpers.js';

// A state of distrust after "be", with or without a degree adverb (issue 10, forty-second round). Every sentence is
// written for these tests; names are invented.

describe('"mistrustful of" as "distrustful of"', () => {
  it.each([
    ['Voters are mistrustful of the board.', 'are mistrustful of'],
    ['Voters are deeply mistrustful of the board.', 'are deeply mistrustful of'],
  ])('"%s": the voters judge the board', (sentence, cue) => {
    expect(rows(sentence)).toEqual([['Voters', cue, 'the board']]);
  });

  it('near miss: a mistrustful look names no stance held towards a content', () => {
    expect(rows('Berg gave the board a mistrustful look.')).toEqual([]);
  });
});

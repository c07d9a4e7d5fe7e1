import { describe, expect, it } from 'vitest';
import { WordAnswerMemo } from '../../src/attribution/wordAnswerMemo.js';

describe('WordAnswerMemo', () => {
  it('keeps an answer per lexicon set and word, and has none for a word not kept', () => {
    const memo = new WordAnswerMemo();
    const harbour = {};
    const tarn = {};
    expect(memo.answer(harbour, 'vale')).toBe(-1);
    memo.keep(harbour, 'vale', 5);
    memo.keep(harbour, 'berg', 0);
    expect(memo.answer(harbour, 'vale')).toBe(5);
    expect(memo.answer(harbour, 'berg')).toBe(0);
    // (another set asks its own test: the first set's answers are not its own)
    expect(memo.answer(tarn, 'vale')).toBe(-1);
    memo.keep(tarn, 'vale', 2);
    expect(memo.answer(tarn, 'vale')).toBe(2);
    expect(memo.answer(harbour, 'vale')).toBe(5);
  });

  it('forgets its words once a set has kept too many, and keeps the new one', () => {
    const memo = new WordAnswerMemo();
    const lex = {};
    memo.keep(lex, 'ruiz', 3);
    for (let k = 0; k <= 50_000; k++) memo.keep(lex, `w${k}`, 1);
    expect(memo.answer(lex, 'ruiz')).toBe(-1);
    expect(memo.answer(lex, 'w50000')).toBe(1);
  });
});

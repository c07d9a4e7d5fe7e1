import { describe, expect, it } from 'vitest';
import { FormLemmaMemo, FormLemmaMemos, WordIdStrings, grownCopy, grownLength } from '../../src/document/wordIdTable.js';

describe('word id tables', () => {
  it('keeps strings and null by word id, undefined for an id never set', () => {
    const s = new WordIdStrings<string | null>();
    s.growTo(grownLength(0, 40_000));
    expect(s.length).toBeGreaterThan(40_000);
    s.set(40_000, 'tarnow');
    s.set(3, null);
    expect(s.get(40_000)).toBe('tarnow');
    expect(s.get(3)).toBeNull();
    expect(s.get(4)).toBeUndefined();
    s.set(40_000, 'okafor');
    expect(s.get(40_000)).toBe('okafor');
  });

  it('keeps what it held when it grows, and never shrinks', () => {
    const s = new WordIdStrings<string>();
    s.growTo(1024);
    s.set(1000, 'vale');
    s.growTo(grownLength(s.length, 5000));
    expect(s.get(1000)).toBe('vale');
    const length = s.length;
    s.growTo(10);
    expect(s.length).toBe(length);
  });

  it('grows a typed table to hold an id, keeping its entries', () => {
    const t = grownCopy(new Int32Array([7, 9]), grownLength(2, 3000));
    expect(t.length).toBeGreaterThan(3000);
    expect([t[0], t[1], t[2]]).toEqual([7, 9, 0]);
  });

  it('leaves room past the id asked for, so the next new words fit without a copy', () => {
    expect(grownLength(0, 80_000)).toBeGreaterThan(80_001 + 5_000);
    expect(grownLength(100_000, 100_001)).toBe(200_000);
  });
});


describe('FormLemmaMemo (a word test kept by word id for a form and its last lemma)', () => {
  it('asks the test once per form, and again only when the lemma seen with the id changes', () => {
    const asked: string[] = [];
    const length = (w: string, ctx: string[]) => (ctx.push(w), w.length);
    const memo = new FormLemmaMemo();
    expect(memo.form(87000, 'says', length, asked)).toBe(4);
    expect(memo.form(87000, 'says', length, asked)).toBe(4);
    expect(memo.lemma(87000, 'say', length, asked)).toBe(3);
    expect(memo.lemma(87000, 'say', length, asked)).toBe(3);
    expect(memo.lemma(87000, 'sayer', length, asked)).toBe(5);
    expect(memo.form(3, 'a', length, asked)).toBe(1);
    expect(asked).toEqual(['says', 'say', 'sayer', 'a']);
  });

  it('keeps an answer of 0 apart from "not asked yet"', () => {
    let calls = 0;
    const never = () => (calls++, 0);
    const memo = new FormLemmaMemo();
    expect(memo.form(10, 'pier', never, null)).toBe(0);
    expect(memo.form(10, 'pier', never, null)).toBe(0);
    expect(calls).toBe(1);
  });

  it('gives one memo per key and vocabulary', () => {
    const memos = new FormLemmaMemos();
    const lexA = {};
    const lexB = {};
    const vocabulary = {};
    expect(memos.of(lexA, vocabulary)).toBe(memos.of(lexA, vocabulary));
    expect(memos.of(lexA, vocabulary)).not.toBe(memos.of(lexB, vocabulary));
    expect(memos.of(lexB, vocabulary)).toBe(memos.of(lexB, vocabulary));
    expect(memos.of(lexA, {})).not.toBe(memos.of(lexA, vocabulary));
  });

  it('reads and keeps answers without a function: -1 until kept, the lemma answer only for the last lemma kept', () => {
    const memo = new FormLemmaMemo();
    expect(memo.formAnswer(87000)).toBe(-1);
    memo.keepForm(87000, 0);
    expect(memo.formAnswer(87000)).toBe(0);
    expect(memo.formAnswer(12)).toBe(-1);
    expect(memo.lemmaAnswer(87000, 'say')).toBe(-1);
    memo.keepLemma(87000, 'say', 5);
    expect(memo.lemmaAnswer(87000, 'say')).toBe(5);
    expect(memo.lemmaAnswer(87000, 'tell')).toBe(-1);
    memo.keepLemma(87000, 'tell', 7);
    expect(memo.lemmaAnswer(87000, 'say')).toBe(-1);
    expect(memo.lemmaAnswer(87000, 'tell')).toBe(7);
    // (the same records as `form` and `lemma`)
    expect(memo.form(87000, 'said', () => 99, null)).toBe(0);
    expect(memo.lemma(87000, 'tell', () => 99, null)).toBe(7);
  });
});

import { describe, expect, it } from 'vitest';
import { WordIdStrings, grownCopy, grownLength } from '../../src/document/wordIdTable.js';

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

import { describe, expect, it } from 'vitest';
import { grownCopy, grownLength } from '../../src/document/wordIdTable.js';

describe('word id tables', () => {
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

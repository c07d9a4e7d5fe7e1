import { describe, expect, it } from 'vitest';
import { grownCopy, grownLength, padTo } from '../../src/document/wordIdTable.js';

describe('word id tables', () => {
  it('pads a list in place with undefined entries, no holes, keeping what it held', () => {
    const list: (string | undefined)[] = ['vale', 'ruiz'];
    const padded = padTo(list, 5);
    expect(padded).toBe(list);
    expect(padded).toEqual(['vale', 'ruiz', undefined, undefined, undefined]);
    expect(Object.keys(padded)).toEqual(['0', '1', '2', '3', '4']);
  });

  it('leaves a list that is long enough as it is', () => {
    const list = ['okafor', 'berg'];
    expect(padTo(list, 1)).toEqual(['okafor', 'berg']);
  });

  it('grows a typed table to hold an id, keeping its entries', () => {
    const t = grownCopy(new Int32Array([7, 9]), grownLength(2, 3000));
    expect(t.length).toBe(3001);
    expect([t[0], t[1], t[2]]).toEqual([7, 9, 0]);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { INSERTION_SORT_MAX, sortStable } from '../../src/entities/stableSort.js';

interface Item {
  key: number;
  tag: number;
}
const byKey = (a: Item, b: Item) => a.key - b.key;
const items = (max: number) => fc.array(fc.record({ key: fc.integer({ min: 0, max: 5 }), tag: fc.nat() }), { maxLength: max });

describe('sortStable', () => {
  it('orders short lists by insertion as the builtin sort does, ties in their first order', () => {
    const list = [
      { key: 2, tag: 0 },
      { key: 1, tag: 1 },
      { key: 2, tag: 2 },
      { key: 0, tag: 3 },
      { key: 1, tag: 4 },
    ];
    expect(sortStable(list, byKey).map((x) => x.tag)).toEqual([3, 1, 4, 0, 2]);
  });

  it('sorts in place and returns the list itself', () => {
    const list = [3, 1, 2];
    expect(sortStable(list, (x, y) => x - y)).toBe(list);
    expect(list).toEqual([1, 2, 3]);
  });

  it('leaves empty and one-entry lists alone, and lists already in order', () => {
    expect(sortStable([], byKey)).toEqual([]);
    expect(sortStable([{ key: 1, tag: 0 }], byKey)).toEqual([{ key: 1, tag: 0 }]);
    const sorted = [1, 1, 2, 5];
    expect(sortStable(sorted, (x, y) => x - y)).toEqual([1, 1, 2, 5]);
  });

  it('agrees with Array.prototype.sort entry for entry, below and above the insertion bound', () => {
    fc.assert(
      fc.property(items(INSERTION_SORT_MAX * 3), (list) => {
        const expected = [...list].sort(byKey);
        const got = sortStable([...list], byKey);
        for (let i = 0; i < list.length; i++) if (got[i] !== expected[i]) return false;
        return got.length === expected.length;
      }),
      { numRuns: 400 },
    );
  });

  it('agrees with a two-key comparator (start up, end down)', () => {
    const spans = fc.array(fc.record({ start: fc.integer({ min: 0, max: 4 }), end: fc.integer({ min: 0, max: 4 }) }), { maxLength: 40 });
    const cmp = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start - b.start || b.end - a.end;
    fc.assert(
      fc.property(spans, (list) => {
        const expected = [...list].sort(cmp);
        const got = sortStable([...list], cmp);
        return got.every((x, i) => x === expected[i]);
      }),
    );
  });
});

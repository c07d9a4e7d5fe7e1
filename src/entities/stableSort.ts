/** Lists of at most this many entries are sorted by insertion; longer ones by `Array.prototype.sort`. */
export const INSERTION_SORT_MAX = 32;

/**
 * `list.sort(compare)`, in place, with the same order: the builtin sort is stable, and so is an
 * insertion sort (an entry moves left only past entries that `compare` puts strictly after it), so
 * for any comparator that orders the entries consistently the two agree entry for entry.
 *
 * Why: the entity stage sorts many short lists per article (each entity's mentions, spans and
 * labels); for those the builtin's setup (a work array per call) and its calls of the comparator
 * from builtin code cost more than the comparisons themselves (bench/HISTORY.md, perf74). Long
 * lists keep the builtin's O(n log n).
 *
 * @example
 * sortStable([{ from: 3 }, { from: 1 }], (a, b) => a.from - b.from); // [{ from: 1 }, { from: 3 }]
 */
export function sortStable<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  const n = list.length;
  if (n > INSERTION_SORT_MAX) return list.sort(compare);
  for (let i = 1; i < n; i++) {
    const x = list[i]!;
    let j = i - 1;
    if (!(compare(list[j]!, x) > 0)) continue;
    do {
      list[j + 1] = list[j]!;
      j--;
    } while (j >= 0 && compare(list[j]!, x) > 0);
    list[j + 1] = x;
  }
  return list;
}

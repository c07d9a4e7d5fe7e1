/**
 * Index of the first span that ends after `offset`, in spans sorted by position and disjoint
 * (segments, entity mentions): bisection, so a lookup per mention never scans the list.
 * `spans.length` when every span ends at or before `offset`.
 *
 * @example
 * ```ts
 * firstEndingAfter([{ start: 0, end: 5 }, { start: 6, end: 9 }], 5); // 1
 * ```
 */
export function firstEndingAfter(spans: readonly { readonly end: number }[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Tables read by a document vocabulary's word id grow as the vocabulary does: a grown copy is at
 * least twice as long (amortised linear), with room for the id asked for.
 */

/** The length a table indexed by word id needs to hold `id`: at least twice `current`, at least 1,024. */
export function grownLength(current: number, id: number): number {
  return Math.max(id + 1, current * 2, 1024);
}

/**
 * A copy of `table` of `length` entries (new entries zero), and `side` padded with `undefined`
 * to the same length in place.
 *
 * @example
 * ```ts
 * const t = grownCopy(new Int32Array([7]), 1024); // t[0] === 7, t.length === 1024
 * ```
 */
export function grownCopy<T extends Int32Array | Uint16Array | Uint8Array>(table: T, length: number): T {
  const copy = new (table.constructor as new (n: number) => T)(length);
  copy.set(table);
  return copy;
}

/**
 * Pads `list` with `undefined` to `length` entries (an array read by word id). Setting the
 * length and filling is a builtin's loop: the first analysis of a process grows these tables to
 * the model's ~90,000 word ids, and a `push` per entry, run before the JIT has compiled it, cost
 * about five times as much. Growing `length` leaves the array in V8's HOLEY elements kind for
 * good (the fill then defines every entry, so reads see `undefined`, never a hole).
 */
export function padTo<T>(list: (T | undefined)[], length: number): (T | undefined)[] {
  const from = list.length;
  if (from >= length) return list;
  list.length = length;
  return list.fill(undefined, from);
}

/**
 * Tables read by a document vocabulary's word id grow as the vocabulary does: a grown copy is at
 * least twice as long (amortised linear), with room for the id asked for.
 */

/**
 * The length a table indexed by word id needs to hold `id`: at least twice `current`, at least
 * 1,024, and an eighth more than `id + 1`. The first id a table is asked for is usually near the
 * end of the model's ~90,000 words, and the words the model lacks get the ids right after them:
 * the eighth spares the first documents a second growth (a copy, twice as long).
 */
export function grownLength(current: number, id: number): number {
  return Math.max(id + 1 + (id >> 3), current * 2, 1024);
}

/**
 * A copy of `table` of `length` entries (new entries zero).
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

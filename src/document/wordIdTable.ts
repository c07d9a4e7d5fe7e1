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

/**
 * Strings (or `null`) stored by word id, beside the typed tables of the same ids: a typed table
 * of references into a list of the values set. Not an array of the ids' length: the first
 * analysis of a process grows the tables to the model's ~90,000 word ids, and a JavaScript array
 * that long costs a builtin's loop to create and fill, and the garbage collector a scan of every
 * entry at each major collection; a typed table is allocated zeroed and never scanned.
 *
 * @example
 * ```ts
 * const s = new WordIdStrings<string>();
 * s.growTo(grownLength(0, 87000));
 * s.set(87000, 'ruiz');
 * s.get(87000); // 'ruiz'
 * s.get(12); // undefined
 * ```
 */
export class WordIdStrings<T extends string | null> {
  /** 0: nothing set for the id; else the index of its value in `values`. */
  private refs = new Int32Array(0);
  /** Entry 0 is never read. */
  private readonly values: (T | undefined)[] = [undefined];

  /** How many ids the table holds (0 to length − 1). */
  get length(): number {
    return this.refs.length;
  }

  /** Makes room for ids below `length` (call with a `grownLength`). */
  growTo(length: number): void {
    if (length > this.refs.length) this.refs = grownCopy(this.refs, length);
  }

  /** The value last set for `id` (below `length`), `undefined` when none was. */
  get(id: number): T | undefined {
    return this.values[this.refs[id]!];
  }

  /** Sets the value of `id` (below `length`): an id keeps its place in the list. */
  set(id: number, value: T): void {
    const ref = this.refs[id]!;
    if (ref !== 0) this.values[ref] = value;
    else {
      this.refs[id] = this.values.length;
      this.values.push(value);
    }
  }
}

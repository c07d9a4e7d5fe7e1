/**
 * Searches of the list before it is indexed whole: a 500-word article asks each list for fewer than
 * 64 values (bench/HISTORY.md, cold23).
 */
const SCAN_LIMIT = 256;

/**
 * The index of each item of one of wink-nlp's small feature lists (`prefix`, `suffix`, `shape`:
 * 587 to 4,601 items), found in the list on demand and remembered, instead of a `Map` of the
 * whole list built when an engine is created.
 *
 * Why: the engine asks these lists only for the words its lexicon lacks (a few in a short text,
 * some sixty in a 500-word article, most of them for values already asked), while building the
 * three `Map`s cost ≈ 8 M instructions of every cold start (bench/HISTORY.md, cold23). A value
 * not yet asked is searched with `indexOf` (a native scan), which gives what the `Map` gives only
 * when the list has no repeated item: the bundles use this index for the model they were built
 * with, whose lists the build checks (`lexemeOrderModule` in scripts/coldStartPlugins.ts).
 *
 * After `SCAN_LIMIT` searches it indexes the whole list at once, as the `Map` did: a text of many
 * words with new suffixes and shapes (each one appended to the list) would otherwise search a
 * growing list once per new value.
 *
 * It offers the part of `Map` that the bundled wink-nlp's cache uses (`get`, `set`).
 *
 * @example
 * const index = new FeatureListIndex(['<oov>', 'Xxxx', 'dd']);
 * index.get('dd'); // 2
 * index.get('xx'); // undefined
 */
export class FeatureListIndex {
  /** The values asked and found, and those `set` (wink-nlp adds a value after asking for it). */
  private readonly known = new Map<string, number>();
  private readonly list: readonly string[];
  /** The list's length when indexed: later items are wink's additions, all in `known`. */
  private readonly length: number;
  /** Searches left before the whole list is indexed (then `known` holds every value). */
  private scansLeft = SCAN_LIMIT;

  /** Indexes `list`, which must have no repeated item (it is read, never changed here). */
  constructor(list: readonly string[]) {
    this.list = list;
    this.length = list.length;
  }

  /** The index of `value` in the list, or where `set` put it; `undefined` when it is in neither. */
  get(value: string): number | undefined {
    const known = this.known.get(value);
    if (known !== undefined || this.scansLeft === 0) return known;
    if (--this.scansLeft === 0) {
      for (let k = 0; k < this.length; k++) this.known.set(this.list[k]!, k);
      return this.known.get(value);
    }
    // (wink-nlp appends a value it did not find and `set`s it: a value never found is asked once)
    const index = this.list.indexOf(value);
    if (index < 0) return undefined;
    this.known.set(value, index);
    return index;
  }

  /** Records `value` at `index`, as `Map.prototype.set` does. */
  set(value: string, index: number): this {
    this.known.set(value, index);
    return this;
  }

  /**
   * Forgets every value asked and `set`, as a new index of the list's first `length` items (the engine
   * renewed in place cuts the list back to them, see `renewNlp`).
   */
  clear(): void {
    this.known.clear();
    this.scansLeft = SCAN_LIMIT;
  }
}

import { stringHash } from './stringHash.js';
import type { WordList } from './lexemeText.js';

/** `SortedWordIndex`'s mark of a word that is not in the list (below every index). */
const ABSENT = -1;

/**
 * Slots of a new index's table (a power of two; the table doubles when half full). Small, so that
 * the first document already grows it: the growth path then has type feedback before wink-nlp's
 * `lookup` (which inlines `get`) is optimised, and a later growth no longer deoptimises and
 * recompiles it (≈ 0.2 G instructions once per process, see bench/HISTORY.md, perf13).
 */
const INITIAL_SLOTS = 1 << 8;

/**
 * The index of each word of wink-nlp's lexeme list (87,000 words), found by binary search in the
 * list itself and remembered, instead of a `Map` of the whole list built when an engine is
 * created.
 *
 * Why: inserting all 87,000 words into a `Map` cost some 25 ms of every cold start, while the
 * first article looks up a few hundred distinct words. The model's list is sorted (after its
 * first item, the out-of-vocabulary marker) by `compareWords` and has no repeated word, so a
 * binary search finds what the `Map` would give: the build checks this for the model it reads
 * (`lexemeListSorted`). A word found once, or added with `set` (wink-nlp adds the words it has
 * not seen, after looking them up), is then read from a table of the words asked (see `keys`),
 * so the per-token cost stays that of one hash lookup, cheaper than a `Map`'s.
 *
 * It offers the part of `Map` that the bundled wink-nlp's cache uses (`get`, `set`) and `delete`
 * (the engine forgets a document's new words, see `readWithSharedEngine`), see
 * `winkMapHash` in scripts/coldStartPlugins.ts.
 *
 * @example
 * const index = new SortedWordIndex(['<oov>', 'a', 'The', 'the', 'zoo']);
 * index.get('the'); // 3
 * index.get('dog'); // undefined
 */
export class SortedWordIndex {
  /**
   * Every word asked, in an open-addressing table (linear probing) by `stringHash`: `keys[slot]` the
   * word, `values[slot]` its index, or `ABSENT` for a word searched for and not in the list (the
   * engine's lifetime bounds them, see `ENGINE_RENEWAL_WORDS`). No word is ever removed (`delete`
   * marks it absent again), so the table needs no tombstones.
   *
   * Why not a `Map`: every token's text is a new string, whose hash a `Map` computes in a call into
   * the engine's runtime; a hash of its char codes here, then `===` against the word in its slot,
   * costs about half as much per token (the lookup is the largest single cost of `readDocument`). One
   * table for found and absent words: a word the tokenizer asks of every document and never finds
   * ("said." before it splits off the period) costs one probe.
   */
  private keys: (string | undefined)[] = new Array<string | undefined>(INITIAL_SLOTS).fill(undefined);
  private values = new Int32Array(INITIAL_SLOTS);
  private count = 0;
  /** Per index, so that no text can be written to collide in every process (as a `Map`'s hash is seeded). */
  private readonly seed = (Math.random() * 0x1_0000_0000) >>> 0;
  private readonly list: WordList;
  /** The length of the list when indexed: later items are wink's additions, recorded by `set`. */
  private readonly length: number;

  /** Indexes `list`, which `isSortedWordList` must accept (it is read, never changed). */
  constructor(list: WordList) {
    this.list = list;
    this.length = list.length;
  }

  /** The index of `word` in the list, or where `set` put it; `undefined` when it is in neither. */
  get(word: string): number | undefined {
    const slot = this.slotOf(word);
    // (a word wink-nlp learnt and the engine forgot comes back in later documents: not searched again)
    if (this.keys[slot] !== undefined) {
      const index = this.values[slot]!;
      return index === ABSENT ? undefined : index;
    }
    const found = this.search(word);
    this.insert(slot, word, found >= 0 ? found : ABSENT);
    return found >= 0 ? found : undefined;
  }

  /** Records `word` at `index`, as `Map.prototype.set` does. */
  set(word: string, index: number): this {
    const slot = this.slotOf(word);
    if (this.keys[slot] === undefined) this.insert(slot, word, index);
    else this.values[slot] = index;
    return this;
  }

  /**
   * Forgets `word` when `set` recorded it (as `Map.prototype.delete`); a word of the list itself
   * is always found and is kept.
   */
  delete(word: string): boolean {
    const slot = this.slotOf(word);
    // (`ABSENT` is below any length: nothing to forget)
    if (this.keys[slot] === undefined || this.values[slot]! < this.length) return false;
    // a word `set` recorded was asked first and not found (wink-nlp adds only such words): it
    // goes back to absent, as it was before `set`
    this.values[slot] = ABSENT;
    return true;
  }

  /**
   * Forgets every word asked and `set`, as a new index of the list's first `length` words (the engine
   * renewed in place cuts the list back to them, see `renewNlp`).
   */
  clear(): void {
    this.keys = new Array<string | undefined>(INITIAL_SLOTS).fill(undefined);
    this.values = new Int32Array(INITIAL_SLOTS);
    this.count = 0;
  }

  /** The slot that holds `word`, or the empty slot where it goes. */
  private slotOf(word: string): number {
    const { keys } = this;
    const mask = keys.length - 1;
    let slot = stringHash(word, this.seed) & mask;
    for (;;) {
      const key = keys[slot];
      if (key === undefined || key === word) return slot;
      slot = (slot + 1) & mask;
    }
  }

  private insert(slot: number, word: string, index: number): void {
    this.keys[slot] = word;
    this.values[slot] = index;
    if (++this.count * 2 > this.keys.length) this.grow();
  }

  /** Doubles the table, every word moved to its slot in the new one. */
  private grow(): void {
    const { keys, values } = this;
    const size = keys.length * 2;
    this.keys = new Array<string | undefined>(size).fill(undefined);
    this.values = new Int32Array(size);
    const mask = size - 1;
    for (let k = 0; k < keys.length; k++) {
      const word = keys[k];
      if (word === undefined) continue;
      let slot = stringHash(word, this.seed) & mask;
      while (this.keys[slot] !== undefined) slot = (slot + 1) & mask;
      this.keys[slot] = word;
      this.values[slot] = values[k]!;
    }
  }

  private search(word: string): number {
    const { list } = this;
    if (this.length > 0 && list.at(0) === word) return 0;
    const lower = word.toLowerCase();
    let lo = 1;
    let hi = this.length - 1;
    // A list read in blocks (`LexemeTextList`): first the block whose first entry is the last at
    // or before the word, comparing first entries only, so that one block's entries are read.
    const stride = (list as { stride?: number }).stride ?? 0;
    if (stride > 0 && this.length > stride) {
      let first = 1;
      let last = ((this.length - 1) / stride) | 0;
      let block = 0;
      while (first <= last) {
        const mid = (first + last) >>> 1;
        const order = compareWords(list.at(mid * stride)!, word, lower);
        if (order === 0) return mid * stride;
        if (order < 0) {
          block = mid;
          first = mid + 1;
        } else last = mid - 1;
      }
      lo = Math.max(1, block * stride + 1);
      hi = Math.min(this.length - 1, (block + 1) * stride - 1);
    }
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const order = compareWords(list.at(mid)!, word, lower);
      if (order === 0) return mid;
      if (order < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}

/**
 * The order of wink's lexeme list: by the lower-cased words, then by the words themselves (UTF-16
 * code units, as `<` compares strings). `lowerB` is `b.toLowerCase()`, computed once per search.
 */
export function compareWords(a: string, b: string, lowerB: string = b.toLowerCase()): number {
  const lowerA = a.toLowerCase();
  if (lowerA !== lowerB) return lowerA < lowerB ? -1 : 1;
  return a === b ? 0 : a < b ? -1 : 1;
}

/**
 * Whether `SortedWordIndex` can search `list`: from its second item on, every word comes after
 * the one before it by `compareWords` (so no word is repeated), and the first item appears only
 * once.
 */
export function isSortedWordList(list: WordList): boolean {
  for (let k = 2; k < list.length; k++) if (compareWords(list.at(k - 1)!, list.at(k)!) >= 0) return false;
  for (let k = 1; k < list.length; k++) if (list.at(k) === list.at(0)) return false;
  return true;
}

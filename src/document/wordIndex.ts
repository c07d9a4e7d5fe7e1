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
 * not seen, after looking them up), is then read from a `Map`, so the per-token cost stays that of
 * a `Map` lookup.
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
/** `SortedWordIndex`'s mark of a word that is not in the list (below every index). */
const ABSENT = -1;

export class SortedWordIndex {
  /**
   * Every word asked: its index, or `ABSENT` for a word searched for and not in the list (the
   * engine's lifetime bounds them, see `ENGINE_RENEWAL_WORDS`). One map, so a word the tokenizer
   * asks of every document and never finds ("said." before it splits off the period: about one
   * lookup in seven) costs one probe, not a probe of the known words and then of a set of absent ones.
   */
  private readonly known = new Map<string, number>();
  private readonly list: readonly string[];
  /** The length of the list when indexed: later items are wink's additions, recorded by `set`. */
  private readonly length: number;

  /** Indexes `list`, which `isSortedWordList` must accept (it is read, never changed). */
  constructor(list: readonly string[]) {
    this.list = list;
    this.length = list.length;
  }

  /** The index of `word` in the list, or where `set` put it; `undefined` when it is in neither. */
  get(word: string): number | undefined {
    const index = this.known.get(word);
    // (a word wink-nlp learnt and the engine forgot comes back in later documents: not searched again)
    if (index !== undefined) return index === ABSENT ? undefined : index;
    const found = this.search(word);
    this.known.set(word, found >= 0 ? found : ABSENT);
    return found >= 0 ? found : undefined;
  }

  /** Records `word` at `index`, as `Map.prototype.set` does. */
  set(word: string, index: number): this {
    this.known.set(word, index);
    return this;
  }

  /**
   * Forgets `word` when `set` recorded it (as `Map.prototype.delete`); a word of the list itself
   * is always found and is kept.
   */
  delete(word: string): boolean {
    const index = this.known.get(word);
    // (`ABSENT` is below any length: nothing to forget)
    if (index === undefined || index < this.length) return false;
    // a word `set` recorded was asked first and not found (wink-nlp adds only such words): it
    // goes back to absent, as it was before `set`
    this.known.set(word, ABSENT);
    return true;
  }

  private search(word: string): number {
    const { list } = this;
    if (this.length > 0 && list[0] === word) return 0;
    const lower = word.toLowerCase();
    let lo = 1;
    let hi = this.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const order = compareWords(list[mid]!, word, lower);
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
export function isSortedWordList(list: readonly string[]): boolean {
  for (let k = 2; k < list.length; k++) if (compareWords(list[k - 1]!, list[k]!) >= 0) return false;
  for (let k = 1; k < list.length; k++) if (list[k] === list[0]) return false;
  return true;
}

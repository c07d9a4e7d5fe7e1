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

/**
 * A word test's answers (0 to 65,534) kept per word id of one vocabulary, for a token's lower-case
 * form and for its lemma: the form's answer by id, and the answer for the last lemma seen with the
 * id (a word's lemma may change with its tag). A word seen before then costs array reads instead
 * of lookups of its strings in large sets or maps. `answer` takes a context argument so callers
 * on hot paths need no closure per call.
 *
 * @example
 * ```ts
 * const memo = new FormLemmaMemo();
 * memo.form(87000, 'says', (w: string) => w.length, null); // 4, computed
 * memo.form(87000, 'says', (w: string) => w.length, null); // 4, read by id
 * memo.lemma(87000, 'say', (w: string) => w.length, null); // 3, computed; read while the lemma stays 'say'
 * ```
 */
export class FormLemmaMemo {
  /** 1 + the form's answer; 0: not asked yet. */
  private low = new Uint16Array(0);
  /** 1 + the answer for `lemmas.get(id)`. */
  private lem = new Uint16Array(0);
  private readonly lemmas = new WordIdStrings<string>();

  /** The answer for the lower-case form `w` of word id `id`. */
  form<C>(id: number, w: string, answer: (w: string, context: C) => number, context: C): number {
    if (id >= this.low.length) this.grow(id);
    const known = this.low[id]!;
    if (known !== 0) return known - 1;
    const a = answer(w, context);
    this.low[id] = a + 1;
    return a;
  }

  /** The answer for `lemma`, a lemma of word id `id` other than its form. */
  lemma<C>(id: number, lemma: string, answer: (w: string, context: C) => number, context: C): number {
    if (id >= this.low.length) this.grow(id);
    if (this.lemmas.get(id) === lemma) return this.lem[id]! - 1;
    this.lemmas.set(id, lemma);
    const a = answer(lemma, context);
    this.lem[id] = a + 1;
    return a;
  }

  /**
   * The answer kept for the form of word id `id`, or -1 when none is (then `keepForm`): for a
   * caller on a hot path that computes its answer itself. (`form`'s call of its `answer` argument
   * is one call site for all callers: a second caller's function there made the first one's
   * calls generic, perf83.)
   */
  formAnswer(id: number): number {
    return id < this.low.length ? this.low[id]! - 1 : -1;
  }

  /** Keeps `a` (0 to 65,534) as the answer for the form of `id`. */
  keepForm(id: number, a: number): void {
    if (id >= this.low.length) this.grow(id);
    this.low[id] = a + 1;
  }

  /** The answer kept for `lemma` as the last lemma of `id`, or -1 when none is (then `keepLemma`). */
  lemmaAnswer(id: number, lemma: string): number {
    return id < this.low.length && this.lemmas.get(id) === lemma ? this.lem[id]! - 1 : -1;
  }

  /** Keeps `a` (0 to 65,534) as the answer for `lemma`, now the last lemma of `id`. */
  keepLemma(id: number, lemma: string, a: number): void {
    if (id >= this.low.length) this.grow(id);
    this.lemmas.set(id, lemma);
    this.lem[id] = a + 1;
  }

  private grow(id: number): void {
    const length = grownLength(this.low.length, id);
    this.low = grownCopy(this.low, length);
    this.lem = grownCopy(this.lem, length);
    this.lemmas.growTo(length);
  }
}

/**
 * One `FormLemmaMemo` per word test's key (a lexicon set) and vocabulary, both held weakly; the
 * last pair asked is kept, since one analysis asks the same pair many times.
 */
export class FormLemmaMemos {
  private readonly byKey = new WeakMap<object, WeakMap<object, FormLemmaMemo>>();
  private lastKey: object | null = null;
  private lastVocabulary: object | null = null;
  private lastMemo: FormLemmaMemo | null = null;

  /** The memo of `key` for `vocabulary` (made on first use). */
  of(key: object, vocabulary: object): FormLemmaMemo {
    if (key === this.lastKey && vocabulary === this.lastVocabulary) return this.lastMemo!;
    let byVocabulary = this.byKey.get(key);
    if (!byVocabulary) this.byKey.set(key, (byVocabulary = new WeakMap()));
    let memo = byVocabulary.get(vocabulary);
    if (!memo) byVocabulary.set(vocabulary, (memo = new FormLemmaMemo()));
    this.lastKey = key;
    this.lastVocabulary = vocabulary;
    return (this.lastMemo = memo);
  }
}

/**
 * A word test's answers by word, per lexicon set: for a pure function of a word and a set that
 * asks several string-keyed sets about the word (tokenFlags.ts, verbLemmaBits.ts), so that a word
 * seen before costs one lookup. Kept across documents, and bounded: a stream of new words
 * (numbers, names) clears it past 50,000 words instead of growing it without limit.
 */

/** Words kept per lexicon set before the memo is cleared. */
const MAX_WORDS = 50_000;

/**
 * One word test's answers (0 to any non-negative integer) by lexicon set (held weakly) and word.
 * The caller computes a missing answer itself (`answer`, then `keep`): a method taking the test
 * as a callback is one call site for all its callers, and one caller's function there made the
 * others' calls generic (perf83).
 *
 * @example
 * ```ts
 * const memo = new WordAnswerMemo();
 * let a = memo.answer(lex, 'says'); // -1: not asked yet
 * if (a < 0) memo.keep(lex, 'says', (a = 'says'.length));
 * memo.answer(lex, 'says'); // 4
 * ```
 */
export class WordAnswerMemo {
  private readonly byLex = new WeakMap<object, Map<string, number>>();
  /** The last set asked and its words: one analysis asks about one set many times. */
  private lastLex: object | null = null;
  private lastWords: Map<string, number> | null = null;

  /** The answer kept for word `w` under lexicon set `lex`, or -1 when none is (then `keep`). */
  answer(lex: object, w: string): number {
    return this.wordsOf(lex).get(w) ?? -1;
  }

  /** Keeps `a` (≥ 0) as the answer for word `w` under lexicon set `lex`. */
  keep(lex: object, w: string, a: number): void {
    const words = this.wordsOf(lex);
    if (words.size > MAX_WORDS) words.clear();
    words.set(w, a);
  }

  private wordsOf(lex: object): Map<string, number> {
    if (lex === this.lastLex) return this.lastWords!;
    let words = this.byLex.get(lex);
    if (!words) this.byLex.set(lex, (words = new Map()));
    this.lastLex = lex;
    return (this.lastWords = words);
  }
}

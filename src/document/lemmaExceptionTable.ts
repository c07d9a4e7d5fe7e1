/**
 * wink-eng-lite-web-model's lemmatizer exceptions (irregular forms: `went` → `go`, `mice` →
 * `mouse`) as the bundles carry them: for each part of speech one ASCII table, searched by
 * halves on demand, instead of a null-prototype object of ≈ 2,000 keys per list built on the first
 * lemma. Building the three objects (`JSON.parse`, then `setPrototypeOf(null)` of a dictionary)
 * cost ≈ 26 M instructions of every cold start; the lemmatizer looks up only the few words an
 * engine has not lemmatized yet (src/document/winkColumns.ts remembers lemmas by word id), so a
 * lookup of a few hundred instructions costs nothing the steady state sees (bench/HISTORY.md,
 * cold22). scripts/winkLemmaExceptions.ts writes the tables at build time and patches wink's
 * lemmatizer to call the lookups.
 *
 * A table is its entries sorted by key (UTF-16 order, as `<` compares strings), each followed by
 * one space: the key (characters above `9`), then how many characters of the key the lemma drops
 * (decimal digits), then what the lemma adds (characters above `9`):
 * `"abaci2us aardwolves3f "` stands for `abaci` → `abacus`, `aardwolves` → `aardwolf`.
 */

const SPACE = 0x20;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;

/**
 * A lookup of `table` (see the file's comment): the lemma listed for `word`, or `undefined` when
 * the word is no key. Gives what indexing the package's null-prototype map gives.
 */
export function lemmaExceptionLookup(table: string): (word: string) => string | undefined {
  const size = table.length;
  return (word: string): string | undefined => {
    const length = word.length;
    // `low` and `high` are always entry starts; each step drops the probed entry and one half.
    let low = 0;
    let high = size;
    while (low < high) {
      let start = (low + high) >>> 1;
      while (start > low && table.charCodeAt(start - 1) !== SPACE) start--;
      let k = 0;
      let order = 0;
      for (;; k++) {
        const c = table.charCodeAt(start + k);
        // The key ended (a digit follows every key): equal, or the key is a prefix of the word.
        if (c <= DIGIT_9) {
          order = k === length ? 0 : 1;
          break;
        }
        if (k === length) {
          order = -1;
          break;
        }
        const w = word.charCodeAt(k);
        if (w !== c) {
          order = w < c ? -1 : 1;
          break;
        }
      }
      if (order === 0) return lemmaAt(table, start + k, word);
      if (order < 0) high = start;
      else low = table.indexOf(' ', start + k) + 1;
    }
    return undefined;
  };
}

/** The lemma of the entry whose key `word` is, from its digits at `at` to the entry's end. */
function lemmaAt(table: string, at: number, word: string): string {
  let drop = 0;
  let k = at;
  for (let c = table.charCodeAt(k); c >= DIGIT_0 && c <= DIGIT_9; c = table.charCodeAt(++k)) drop = drop * 10 + (c - DIGIT_0);
  return word.slice(0, word.length - drop) + table.slice(k, table.indexOf(' ', k));
}

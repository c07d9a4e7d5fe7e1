import type { WordList } from './lexemeText.js';
import { isSortedWordList } from './wordIndex.js';

/**
 * Whether wink's lexeme list can be searched by `SortedWordIndex` (see `isSortedWordList`).
 *
 * This reads the whole list (87,000 words), which the tests and the CommonJS build (whose
 * wink-nlp indexes words in objects) can afford. The bundles replace this module with the answer
 * for the model they were built with, checked against a fingerprint of the list they get at run
 * time (`winkLexemeOrder` in scripts/coldStartPlugins.ts): the ES module build reads the model
 * from the installed package, which may be a later version. A bundle's answer is also false when
 * that model's other indexed feature lists repeat an item (`FeatureListIndex`, which
 * `readCore` uses with `SortedWordIndex`, needs lists without repeats; test/document checks the
 * installed model's).
 *
 * @example
 * lexemeListSorted(['<oov>', 'a', 'The', 'the']); // true
 */
export function lexemeListSorted(list: WordList): boolean {
  return isSortedWordList(list);
}

import { letterRuns } from '../document/letterRuns.js';

/** Short words that are no role nouns, by the word sets of `roleWords`, `findEntity` and `resolveRoleNoun`. */
const NOT_ROLE_WORDS = new Set(['the', 'and', 'for', 'who', 'said', 'with', 'from']);

/**
 * Lower-case words of a mention that a later role noun may use ("spokeswoman", "minister", "president"):
 * its letter runs of three letters or more, without a few short words that are no role nouns.
 *
 * @example
 * ```ts
 * roleWordsOf('Harbour Minister Ana Vale') // ['harbour', 'minister', 'ana', 'vale']
 * ```
 */
export function roleWordsOf(text: string): string[] {
  // (filtered in place: no second array per mention)
  const words = letterRuns(text.toLowerCase(), 3);
  let n = 0;
  for (let i = 0; i < words.length; i++) if (!NOT_ROLE_WORDS.has(words[i]!)) words[n++] = words[i]!;
  words.length = n;
  return words;
}

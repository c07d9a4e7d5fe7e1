import { charCodeAt } from './charCodes.js';
import { ID_MUL_1, ID_MUL_2, ID_SEED_1, ID_SEED_2 } from './stableIdSeeds.js';

// (declared in stableIdSeeds.ts, a module without imports, so that the bundles read them as numbers)
export { ID_MUL_1, ID_MUL_2, ID_SEED_1, ID_SEED_2 } from './stableIdSeeds.js';

/**
 * A stable id for a text: two independent 32-bit multiplicative hashes (cyrb53 style) of the
 * UTF-16 code units, as 13 hex digits. Same text → same id on every platform and run.
 *
 * @example
 * ```ts
 * stableId('hello') === stableId('hello') // true
 * ```
 */
export function stableId(text: string): string {
  let h1 = ID_SEED_1;
  let h2 = ID_SEED_2;
  const len = text.length;
  for (let i = 0; i < len; i++) {
    const c = charCodeAt(text, i);
    h1 = Math.imul(h1 ^ c, ID_MUL_1);
    h2 = Math.imul(h2 ^ c, ID_MUL_2);
  }
  return idOfHashes(h1, h2);
}

/**
 * The id `stableId` gives a text whose code units left its two hash states at `h1` and `h2`:
 * the final mix, split out so that a pass that already walks the text (`scanText`) hashes it
 * on the way instead of a pass of its own.
 *
 * @example
 * ```ts
 * idOfHashes(ID_SEED_1, ID_SEED_2) === stableId('') // true
 * ```
 */
export function idOfHashes(h1: number, h2: number): string {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return `art-${hash.toString(16).padStart(14, '0')}`;
}

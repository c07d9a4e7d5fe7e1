import { charCodeAt } from './charCodes.js';

/**
 * A 32-bit hash of a string's UTF-16 code units from `seed`: FNV-1a's step, then a final mix so
 * the low bits (used as table slots) depend on every character. Shared by the word index (slots
 * of its hash table) and the comparison's MinHash signatures, whose outputs depend on these
 * exact constants: change them and near-duplicate candidates change too.
 *
 * @example
 * ```ts
 * stringHash('levy', 0) === stringHash('levy', 0); // true; another seed gives another hash
 * ```
 */
export function stringHash(s: string, seed: number): number {
  let h = seed ^ 0x811c9dc5;
  const len = s.length;
  for (let i = 0; i < len; i++) h = Math.imul(h ^ charCodeAt(s, i), 16777619);
  h ^= h >>> 13;
  h = Math.imul(h, 0x5bd1e995);
  return (h ^ (h >>> 15)) >>> 0;
}

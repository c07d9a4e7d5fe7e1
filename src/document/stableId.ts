import { charCodeAt } from './charCodes.js';

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
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const len = text.length;
  for (let i = 0; i < len; i++) {
    const c = charCodeAt(text, i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return `art-${hash.toString(16).padStart(14, '0')}`;
}

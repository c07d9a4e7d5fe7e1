/**
 * A copy of `text` that does not point into the string it was cut from.
 *
 * Why: V8 keeps a `slice` of 13 characters or more as a view into its parent, so a slice of an
 * article stored in a module-level memo (keyed by a mention's text) keeps the whole article alive
 * until the memo is cleared — thousands of articles. Memos copy on a miss, once per new key.
 * Shorter strings are already copied by `slice`, and a string built by concatenation is flattened
 * into a fresh string by the `slice` here, so neither holds its parts.
 *
 * @example
 * ```ts
 * const key = detachedCopy(articleText.slice(120, 150)); // equal text, the article can be freed
 * ```
 */
export function detachedCopy(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}

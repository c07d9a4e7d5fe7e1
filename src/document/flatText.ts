/**
 * `text` as a flat string of its own: the same characters, so every offset is unchanged.
 *
 * Why: a text built by concatenation (`body + ' (copy 2)'`, paragraphs joined with `+`) is a
 * joined string in V8. Its first character read flattens it in place, but the string stays a
 * joined one whose reads go through it to the flat copy: every `charCodeAt` of it, in every stage,
 * costs ≈ 10 instructions more than on a flat string (bench/HISTORY.md, perf74, perf78). `split`
 * with a separator hands back the flat copy itself when the separator is absent (one fast search,
 * no copy of a text that is already flat). NUL is the separator: the analysis rejects texts that
 * hold one, so only a direct `readDocument` of such a text keeps the string as given.
 *
 * @example
 * ```ts
 * flatText(head + tail) === head + tail // true: equal text, read without the join
 * ```
 */
export function flatText(text: string): string {
  const parts = text.split('\u0000');
  return parts.length === 1 ? parts[0]! : text;
}

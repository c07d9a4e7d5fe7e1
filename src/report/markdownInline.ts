/**
 * Text from an article (ids, outlets, names, quotations) made inert in Markdown: HTML special
 * characters become entities (a quotation holding "<script>" stays text in renderers that
 * allow inline HTML), Markdown punctuation is backslash-escaped (no stray emphasis, links or
 * table cells), and line breaks become spaces (a quotation cannot end a list item or a row).
 *
 * @example
 * ```ts
 * inline('a | b <i>*x*</i>') // 'a \\| b &lt;i&gt;\\*x\\*&lt;/i&gt;'
 * ```
 */
export function inline(v: unknown): string {
  return String(v ?? '–')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/\r\n|[\n\r\u2028\u2029]/g, ' ');
}

import { charCodeAt } from './charCodes.js';

/**
 * A quotation mark written as two apostrophes (`''`), one news source's house style, read as
 * the one mark it stands for. wink-nlp splits it into two `'` tokens, and every later stage
 * would then see two marks (or an apostrophe and a mark) where a writer put one. The copy of the
 * text wink-nlp reads gets the curly mark instead, with a space on its outer side (same length,
 * so offsets hold), and the aligned token is widened back over both apostrophes: one token whose
 * `value` is the `''` of the text and whose other columns are those of the curly mark.
 */

const APOSTROPHE = 39;
/** The curly marks written into the copy wink-nlp reads, opening and closing. */
export const OPENING_FOR_DOUBLED = '“';
export const CLOSING_FOR_DOUBLED = '”';

/** Characters after which a doubled apostrophe opens a quotation (a line start counts too): as `findQuoteSpans` reads a straight mark. */
const OPENER_CONTEXT: ReadonlySet<number> = new Set([...' \t\n([{—–-/:'].map((c) => charCodeAt(c, 0)));

/**
 * Returns `text` with each `''` quotation mark rewritten as `" “"` before an opening one or
 * `"” "` after a closing one (same length). A mark opens after a space, a line start, a bracket
 * or a dash, and closes otherwise. In a run of three apostrophes, the single mark stands
 * outside the double one (`,'''`: a nested single quotation closed, then the double one;
 * `'''Tis`: the double one opened, then a single one); runs of one or of five and more are left as they are.
 * Returns `text` itself when it holds no `''` (most texts).
 *
 * @example
 * ```ts
 * withDoubledApostrophesAsMarks("Vale called it ''odd,'' he said.") // "Vale called it  “odd,”  he said."
 * ```
 */
export function withDoubledApostrophesAsMarks(text: string): string {
  let at = text.indexOf("''");
  if (at < 0) return text;
  const parts: string[] = [];
  let from = 0;
  while (at >= 0) {
    let end = at + 2;
    while (end < text.length && charCodeAt(text, end) === APOSTROPHE) end++;
    const run = end - at;
    const opens = at === 0 || OPENER_CONTEXT.has(charCodeAt(text, at - 1));
    if (run <= 4) {
      // where the two-apostrophe mark(s) of the run start
      const pairs = run === 2 ? [at] : run === 3 ? [opens ? at : at + 1] : [at, at + 2];
      for (const p of pairs) {
        parts.push(text.slice(from, p), opens ? ` ${OPENING_FOR_DOUBLED}` : `${CLOSING_FOR_DOUBLED} `);
        from = p + 2;
      }
    }
    at = text.indexOf("''", end);
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/**
 * The span in the text of a token wink-nlp read at `at` (length `length`) in the copy made by
 * `withDoubledApostrophesAsMarks`: a curly mark standing for `''` in `normalized` covers both
 * apostrophes (an opening one starts a character earlier, a closing one ends a character later);
 * any other token keeps its span. `null` when the token is no such mark.
 */
export function doubledMarkSpan(value: string, normalized: string, at: number): readonly [start: number, end: number] | null {
  if (value.length !== 1 || charCodeAt(normalized, at) !== APOSTROPHE) return null;
  if (value === OPENING_FOR_DOUBLED && charCodeAt(normalized, at - 1) === APOSTROPHE) return [at - 1, at + 1];
  if (value === CLOSING_FOR_DOUBLED && charCodeAt(normalized, at + 1) === APOSTROPHE) return [at, at + 2];
  return null;
}

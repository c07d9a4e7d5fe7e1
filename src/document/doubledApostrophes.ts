import { charCodeAt, codePointAt } from './charCodes.js';
import { isLetterOrDigitCode } from './letterRuns.js';
import { isSpaceCode } from './normalizeText.js';

/**
 * A quotation mark written as two glued characters, read as the one mark it stands for: two
 * apostrophes (`''`, one news source's house style) and two curly single marks (`‘‘`, `’’`: a
 * word processor's autocorrect of `''`). wink-nlp splits each into two tokens, and every later
 * stage would then see two marks (or an apostrophe and a mark) where a writer put one. The copy
 * of the text wink-nlp reads gets the curly double mark instead, with a space on its outer side
 * (same length, so offsets hold), and the aligned token is widened back over both characters:
 * one token whose `value` is the two characters of the text and whose other columns are those
 * of the curly mark.
 */

const APOSTROPHE = 39;
const LEFT_SINGLE = 0x2018;
const RIGHT_SINGLE = 0x2019;
const LOWER_S = 115;
const NEWLINE = 10;
const isDigitCode = (c: number) => c >= 48 && c <= 57;
/** The curly marks written into the copy wink-nlp reads, opening and closing. */
export const OPENING_FOR_DOUBLED = '“';
export const CLOSING_FOR_DOUBLED = '”';

/** The two-character marks (module constant: its `lastIndex` walks a text once). */
const DOUBLED = /''|‘‘|’’/g;

/** Characters after which a doubled apostrophe opens a quotation (a line start counts too): as `findQuoteSpans` reads a straight mark. */
const OPENER_CONTEXT: ReadonlySet<number> = new Set([...' \t\n([{—–-/:'].map((c) => charCodeAt(c, 0)));
/** Punctuation after which a doubled apostrophe closes, whatever follows (`fire.''Then`, `gene'';`). */
const CLOSER_CONTEXT: ReadonlySet<number> = new Set([...'.,;!?)]}”’»"\''].map((c) => charCodeAt(c, 0)));

/** The code point that ends right before `at` (a surrogate pair read whole), or NaN at the start. */
function codePointBefore(text: string, at: number): number {
  const last = charCodeAt(text, at - 1);
  return last >= 0xdc00 && last <= 0xdfff && at >= 2 ? codePointAt(text, at - 2) : last;
}

/**
 * Does the run of doubled marks at [`at`, `end`) of `text` open a quotation? `‘‘` opens and `’’`
 * closes by their shape. `''` opens at a line start or after a space, bracket, dash or colon,
 * except when set off by spaces while a quotation is open (`'tram fare,' '' Vale said`: a
 * closing mark with a space before it); and it opens after a character that is no letter, digit
 * or closing punctuation when a letter or digit follows (`😀''x''`, `…''x`, `“''x`). Otherwise it closes.
 *
 * @example
 * ```ts
 * doubledMarkOpens("Vale said ''odd.''", 10, 12, false) // true
 * doubledMarkOpens("''odd, '' Vale said", 7, 9, true) // false
 * ```
 */
export function doubledMarkOpens(text: string, at: number, end: number, quoteOpen: boolean): boolean {
  const mark = charCodeAt(text, at);
  if (mark !== APOSTROPHE) return mark === LEFT_SINGLE;
  if (at === 0 || OPENER_CONTEXT.has(charCodeAt(text, at - 1))) {
    const next = charCodeAt(text, end);
    return !(quoteOpen && (Number.isNaN(next) || isSpaceCode(next)));
  }
  const prev = codePointBefore(text, at);
  if (isLetterOrDigitCode(prev) || CLOSER_CONTEXT.has(prev)) return false;
  const next = codePointAt(text, end);
  return next !== undefined && isLetterOrDigitCode(next);
}

/**
 * Where the two-character mark of a run of three at [`at`, `at + 3`) starts. The single mark
 * stands outside the double one: `,'''` closes a nested single quotation, then the double one
 * (at + 1); `'''Tis` opens the double one, then a single one (at). A closing run before `s` and
 * no more letters is a double mark and a possessive (`''Harbour Post'''s editor`: at).
 */
function pairInRunOfThree(text: string, at: number, opens: boolean): number {
  if (opens) return at;
  const possessive = charCodeAt(text, at) === APOSTROPHE && charCodeAt(text, at + 3) === LOWER_S && !isLetterOrDigitCode(codePointAt(text, at + 4) ?? NaN);
  return possessive ? at : at + 1;
}

/** A two-character quotation mark: where it starts and whether it opens a quotation. */
export interface DoubledMark {
  at: number;
  opens: boolean;
}

const NO_DOUBLED_MARKS: readonly DoubledMark[] = [];

/**
 * The doubled marks of `text` in order. A run of two or three characters of one kind holds one
 * mark (see `pairInRunOfThree`), a run of four two; runs of one or of five and more hold none.
 * Whether a quotation is open is followed within a line (for `''` set off by spaces). Linear:
 * one pass of a module regex, the next line end looked up only once passed. Most texts have
 * none: a shared empty array, nothing allocated.
 *
 * @example
 * ```ts
 * doubledMarksOf("''Odd,'' he said.") // [{ at: 0, opens: true }, { at: 6, opens: false }]
 * ```
 */
export function doubledMarksOf(text: string): readonly DoubledMark[] {
  DOUBLED.lastIndex = 0;
  if (!DOUBLED.test(text)) return NO_DOUBLED_MARKS;
  const marks: DoubledMark[] = [];
  let quoteOpen = false;
  let lineEnd = -1;
  // (single quotations are followed between the doubled runs, each character read once)
  let singleOpen = false;
  let scanned = 0;
  do {
    const at = DOUBLED.lastIndex - 2;
    const c = charCodeAt(text, at);
    let end = at + 2;
    while (charCodeAt(text, end) === c) end++;
    DOUBLED.lastIndex = end;
    if (at > lineEnd) {
      quoteOpen = false;
      const nl = text.indexOf('\n', at);
      lineEnd = nl < 0 ? text.length : nl;
    }
    singleOpen = singleQuoteOpenAt(text, scanned, at, singleOpen);
    scanned = end;
    const run = end - at;
    if (run > 4) continue;
    // (`‘We back the growers’’, Vale said`: after a letter, while a single quotation is open, a plural's
    // apostrophe and the closing single mark; two characters left as they are. Not inside a doubled
    // quotation: in `‘‘We will fight ‘em …’’` the ‘ is an elision and the ’’ closes the doubled one)
    if (run === 2 && c === RIGHT_SINGLE && singleOpen && !quoteOpen && isLetterOrDigitCode(codePointBefore(text, at))) {
      singleOpen = false;
      continue;
    }
    const opens = doubledMarkOpens(text, at, end, quoteOpen);
    quoteOpen = opens;
    if (run === 2) marks.push({ at, opens });
    else if (run === 3) marks.push({ at: pairInRunOfThree(text, at, opens), opens });
    else marks.push({ at, opens }, { at: at + 2, opens });
  } while (DOUBLED.test(text));
  return marks;
}

/**
 * Whether a single quotation is open at `to`, reading `text` from `from` (where `open` held): `‘` opens
 * one (not before a digit: "the ‘90s"), `’` closes an open one unless letters stand on both sides of it (an apostrophe: `don’t`), and a
 * line end closes it.
 */
function singleQuoteOpenAt(text: string, from: number, to: number, open: boolean): boolean {
  for (let i = from; i < to; i++) {
    const c = charCodeAt(text, i);
    // (a ‘ before a digit is an elided century, not an opening: "the ‘90s")
    if (c === LEFT_SINGLE) open = !isDigitCode(charCodeAt(text, i + 1));
    else if (c === NEWLINE) open = false;
    else if (c === RIGHT_SINGLE && open && !(isLetterOrDigitCode(codePointBefore(text, i)) && isLetterOrDigitCode(codePointAt(text, i + 1) ?? NaN))) open = false;
  }
  return open;
}

/**
 * Returns `text` with each doubled mark rewritten as `" “"` for an opening one or `"” "` for a
 * closing one (same length; see `doubledMarksOf` for which is which). Returns `text` itself
 * when it holds none (most texts).
 *
 * @example
 * ```ts
 * withDoubledApostrophesAsMarks("Vale called it ''odd,'' he said.") // "Vale called it  “odd,”  he said."
 * ```
 */
export function withDoubledApostrophesAsMarks(text: string): string {
  const marks = doubledMarksOf(text);
  if (marks.length === 0) return text;
  const parts: string[] = [];
  let from = 0;
  for (const { at, opens } of marks) {
    parts.push(text.slice(from, at), opens ? ` ${OPENING_FOR_DOUBLED}` : `${CLOSING_FOR_DOUBLED} `);
    from = at + 2;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** Is `c` the character of a doubled mark (an apostrophe or a curly single mark)? */
const isDoubledChar = (c: number) => c === APOSTROPHE || c === LEFT_SINGLE || c === RIGHT_SINGLE;

/**
 * The span in the text of a token wink-nlp read at `at` (length `length`) in the copy made by
 * `withDoubledApostrophesAsMarks`: a curly mark standing for a doubled one in `normalized`
 * covers both characters (an opening one starts a character earlier, a closing one ends a
 * character later); any other token keeps its span. `null` when the token is no such mark.
 */
export function doubledMarkSpan(value: string, normalized: string, at: number): readonly [start: number, end: number] | null {
  const c = charCodeAt(normalized, at);
  if (value.length !== 1 || !isDoubledChar(c)) return null;
  if (value === OPENING_FOR_DOUBLED && charCodeAt(normalized, at - 1) === c) return [at - 1, at + 1];
  if (value === CLOSING_FOR_DOUBLED && charCodeAt(normalized, at + 1) === c) return [at, at + 2];
  return null;
}

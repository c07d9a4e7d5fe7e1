import { isUpperCode, isUpperInitial, isUpperInitials, isUpperRun, startsWithLower } from './letterRuns.js';
import { isSpaceCode } from './normalizeText.js';
import { charCodeAt, codePointAt } from './charCodes.js';

/**
 * Repairs of wink-nlp sentence boundaries around abbreviations and quotation marks, decided on
 * the kept tokens (`value`, `start`, `end`) of the document.
 */

/** Abbreviated titles: never the last word of a sentence ("The Rev. Al Brown", "Sen. Cole"). */
const TITLE_ABBREVIATIONS = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'rev.', 'sen.', 'rep.', 'gov.', 'gen.', 'lt.', 'col.', 'sgt.', 'capt.', 'maj.', 'adm.', 'cmdr.', 'prof.', 'st.', 'mt.', 'hon.', 'pres.', 'supt.', 'det.', 'insp.', 'atty.', 'gen.', 'cpl.', 'pvt.', 'msgr.', 'fr.']);
/** Words that open a sentence after an abbreviation with dots ("... in the U.S. He said"). */
const SENTENCE_OPENERS = new Set(['The', 'He', 'She', 'It', 'They', 'We', 'I', 'But', 'And', 'This', 'That', 'These', 'Those', 'There', 'His', 'Her', 'Their', 'Its', 'In', 'On', 'At', 'If', 'When', 'While', 'After', 'Before', 'As', 'A', 'An', 'Yet', 'So', 'Still', 'Meanwhile', 'However']);

/** Closing quotation marks, the doubled apostrophe and glued curly marks (one token each) among them (Sets, not regex literals: these tests run per proposed boundary). */
const CLOSING_QUOTES = new Set(["'", '’', '”', '"', '»', "''", '’’']);
/** Closing marks glued to the sentence they end: quotation marks and brackets. */
const CLOSING_MARKS = new Set([...CLOSING_QUOTES, ')', ']']);
/** A token ending in a period or a closing bracket ("Tex.)", "U.S."). */
const PERIOD_OR_BRACKET_END = /[.)]$/;
/** A token ending in "!" or "?". */
const EXCLAMATION_END = /[!?]$/;

interface Tokens {
  value: string[];
  start: Int32Array;
  end: Int32Array;
}

/**
 * Is token `k` a closing quotation mark or bracket glued to the token before it? Then it ends
 * the previous sentence (`…question.''` split between the two marks) and the boundary moves
 * past it.
 */
export function attachesToPrevious(t: Tokens, k: number): boolean {
  return k > 0 && t.start[k] === t.end[k - 1] && CLOSING_MARKS.has(t.value[k]!);
}

/**
 * Does a boundary wink-nlp proposes before token `k` hold? Not after an abbreviated title
 * ("The Rev. | Al Brown"), nor before a lower-case word after a period ("(R-Tex.) | said") or before a comma.
 */
export function keepsBoundary(t: Tokens, k: number): boolean {
  const prev = t.value[k - 1]!;
  if (TITLE_ABBREVIATIONS.has(prev.toLowerCase())) return false;
  // wink-nlp sometimes splits the period off ("Rev" + ".")
  if (prev === '.' && k > 1 && t.start[k - 1] === t.end[k - 2] && TITLE_ABBREVIATIONS.has(`${t.value[k - 2]!.toLowerCase()}.`)) return false;
  if (startsWithLower(t.value[k]!) && (PERIOD_OR_BRACKET_END.test(prev) || closesExclamation(t, k - 1))) return false;
  // no sentence opens with a comma: "Sen. Ana Ruiz (D-Ore.), head of the panel, said"
  if (t.value[k] === ',' || t.value[k] === ';') return false;
  // an initial is no sentence end: "Donald J. Halvorsen", "(D-R.I.)"
  if (isUpperInitial(prev) || (prev === '.' && k > 1 && t.start[k - 1] === t.end[k - 2] && isUpperRun(t.value[k - 2]!, 1, 1))) return false;
  return true;
}

/**
 * Is token `q` a closing quotation mark glued to a "!" or "?" (`…night!”`, `…night!''`)? A lower-case word
 * after it goes on the same sentence: `She cried “What a night!” and said that …`.
 */
function closesExclamation(t: Tokens, q: number): boolean {
  return q > 0 && t.start[q] === t.end[q - 1] && CLOSING_QUOTES.has(t.value[q]!) && EXCLAMATION_END.test(t.value[q - 1]!);
}

/** A boundary wink-nlp missed: after "U.S." or "D.C." when a sentence opener follows ("in the U.S. | He said"). */
export function startsAfterAbbreviation(t: Tokens, k: number): boolean {
  // Every opener starts with a capital A-Z: that test rules out most tokens (it runs on every
  // token), then the previous token's first characters almost all others (cheaper than the set
  // lookup, which runs rarely).
  if (k === 0) return false;
  const v = t.value[k]!;
  const c = charCodeAt(v, 0);
  return c >= 65 && c <= 90 && isUpperInitials(t.value[k - 1]!) && SENTENCE_OPENERS.has(v);
}

/**
 * Lower-case words wink-nlp reads with the period after them as one abbreviation ("in." for
 * inches, "no." for number), with the part of speech the word has at a sentence end ("Vale
 * chimed in.", "Ruiz said no.").
 */
const GLUED_PERIOD_WORDS = new Map([
  ['in.', 'ADP'],
  ['no.', 'INTJ'],
]);

/** The lengths of the words of `GLUED_PERIOD_WORDS`, derived from it so that a word added there is not missed. */
const GLUED_PERIOD_WORD_LENGTHS = new Set(Array.from(GLUED_PERIOD_WORDS.keys(), (w) => w.length));

/**
 * May a token of `length` characters be a word glued to its period (see `gluedPeriodWord`)? A cheap test
 * by length, so that the caller skips the lookup for most tokens.
 */
export function mayBeGluedPeriodWord(length: number): boolean {
  return GLUED_PERIOD_WORD_LENGTHS.has(length);
}

/** Quotation marks that open a quotation after a sentence end. */
const OPENING_MARKS = new Set(['“', '"', '‘', "'", '«']);

/**
 * The part of speech of the word in token `value` (ending at `end` of `text`) when the token is
 * a sentence's last word glued to its period ("chimed in." before "“We…" or "The…"), else
 * null: the period is followed by a line break, the end of the text, a capital or an opening
 * quotation mark. Before a lower-case word or a digit the token stays an abbreviation
 * ("5 in. wide", "no. 4").
 */
export function gluedPeriodWord(value: string, text: string, end: number): string | null {
  // (each word there ends with its period: a token of another last character is none, without the lookup)
  const pos = mayBeGluedPeriodWord(value.length) && charCodeAt(value, value.length - 1) === 46 ? GLUED_PERIOD_WORDS.get(value) : undefined;
  if (pos === undefined) return null;
  let q = end;
  const n = text.length;
  while (q < n && isSpaceCode(charCodeAt(text, q)) && text[q] !== '\n') q++;
  if (q >= n || text[q] === '\n') return pos;
  const c = codePointAt(text, q);
  return isUpperCode(c) || OPENING_MARKS.has(text[q]!) ? pos : null;
}

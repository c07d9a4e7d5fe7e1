import { closingMarkEnd, type QuoteSpan } from './findQuoteSpans.js';
import { endsWithLetterOrDigit, hasUpper, isLetterOrDigitCode, isRegexSpaceCode, isRegexWordCode, startsWithUpper, startsWithUpperOrDigit, wordRuns } from '../document/letterRuns.js';
import { charCodeAt, codePointAt } from '../document/charCodes.js';

/** What a pair of quotation marks encloses. Only `speech` becomes a `Quote`. */
export type QuoteUse = 'speech' | 'nickname' | 'name' | 'title' | 'scare';

const MINOR = new Set(['a', 'an', 'the', 'and', 'of', 'in', 'on', 'at', 'to', 'for', 'de', 'del', 'la', 'el', 'los', 'las', 'y', 'or', 'with', 'by']);
/**
 * Words that, ending the text before a quotation, make it a title: "the report", "a song called"… ("op-ed" and
 * "known as" are read by `endsWithWorkNoun`). A set, not a case-insensitive alternation: V8 compiled that at each
 * process's first quotation (cold37).
 */
const WORK_NOUNS: ReadonlySet<string> = new Set(['report', 'book', 'novel', 'film', 'movie', 'documentary', 'song', 'album', 'series', 'show', 'programme', 'program', 'study', 'paper', 'article', 'essay', 'column', 'play', 'poem', 'exhibition', 'podcast', 'episode', 'memoir', 'titled', 'entitled', 'headlined', 'dubbed', 'named', 'nicknamed', 'operation', 'plan', 'slogan', 'hashtag']);

/**
 * Roles held in a show or a work that follow its quoted title before the holder's name: "“Harbour Nights” host Vale",
 * "“Tarn Street” star Ruiz". A quoted phrase right before one of them is the work's title, no quotation.
 */
const WORK_ROLES: ReadonlySet<string> = new Set(['host', 'cohost', 'star', 'anchor', 'creator', 'showrunner']);

/** Start of the run of ASCII word characters that ends at `end` of `text`. */
function asciiWordStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && isRegexWordCode(charCodeAt(text, i - 1))) i--;
  return i;
}

/** The shortest and longest of WORK_NOUNS: a last word of another length is none, asked with no string made. */
const [WORK_NOUN_MIN, WORK_NOUN_MAX] = lengthRange(WORK_NOUNS);

function lengthRange(words: ReadonlySet<string>): [number, number] {
  let min = Infinity;
  let max = 0;
  for (const w of words) {
    if (w.length < min) min = w.length;
    if (w.length > max) max = w.length;
  }
  return [min, max];
}

/** `(c | 32) === lower`: the ASCII letter `lower` (a lower-case code) in either case, by code. */
const isAsciiLetterOf = (c: number, lower: number) => (c | 32) === lower;

/**
 * Does `text` end (before any white space) with a whole work noun in any case — the pattern
 * `\b(?:report|…|op-ed|known\s+as|…)\s*$` with flag `i`? The last ASCII word run is the candidate (a word
 * boundary starts every maximal run), with "op-" before "ed" and "known" and white space before "as".
 * By char code up to the set lookup: `before` is a slice of the article, and lower-casing a slice of two-byte text
 * goes through ICU; the run is ASCII, so only a run with a capital is lower-cased (its lower case is the ASCII one).
 */
export function endsWithWorkNoun(text: string): boolean {
  let end = text.length;
  while (end > 0 && isRegexSpaceCode(charCodeAt(text, end - 1))) end--;
  const start = asciiWordStart(text, end);
  const n = end - start;
  if (n === 2) {
    const c0 = charCodeAt(text, start);
    const c1 = charCodeAt(text, start + 1);
    if (isAsciiLetterOf(c0, 101 /* e */) && isAsciiLetterOf(c1, 100 /* d */)) {
      return start >= 3 && charCodeAt(text, start - 1) === 45 && isAsciiLetterOf(charCodeAt(text, start - 3), 111 /* o */) && isAsciiLetterOf(charCodeAt(text, start - 2), 112 /* p */) && asciiWordStart(text, start - 1) === start - 3;
    }
    if (!isAsciiLetterOf(c0, 97 /* a */) || !isAsciiLetterOf(c1, 115 /* s */)) return false;
    let k = start;
    while (k > 0 && isRegexSpaceCode(charCodeAt(text, k - 1))) k--;
    return k < start && k >= 5 && asciiWordStart(text, k) === k - 5 && isKnown(text, k - 5);
  }
  if (n < WORK_NOUN_MIN || n > WORK_NOUN_MAX) return false;
  return WORK_NOUNS.has(asciiLowerCase(text, start, end));
}

/** The five ASCII word characters at `at` of `text` spell "known" in any case. */
function isKnown(text: string, at: number): boolean {
  return isAsciiLetterOf(charCodeAt(text, at), 107) && isAsciiLetterOf(charCodeAt(text, at + 1), 110) && isAsciiLetterOf(charCodeAt(text, at + 2), 111) && isAsciiLetterOf(charCodeAt(text, at + 3), 119) && isAsciiLetterOf(charCodeAt(text, at + 4), 110);
}

/** `text.slice(start, end).toLowerCase()` for an ASCII stretch: the slice itself when it has no capital. */
function asciiLowerCase(text: string, start: number, end: number): string {
  for (let i = start; i < end; i++) {
    const c = charCodeAt(text, i);
    if (c >= 65 && c <= 90) return text.slice(start, end).toLowerCase();
  }
  return text.slice(start, end);
}
const GROUP_NOUNS = /^\s*(?:gang|cartel|group|movement|band|faction|network|organi[sz]ation|party|brigade|collective|militia|crew|clan|family|cell|operation|campaign|initiative|programme|program|project|plan|law|act|bill|doctrine)\b/i;

/**
 * `s` without the white space and sentence punctuation it ends with: `s.replace(/[\s,.;:!?…]+$/u, '')`, read
 * backwards from the end (the expression tried a match at every position of the quotation; every member of the
 * class is one code unit, no surrogate).
 */
function withoutTrailingPunctuation(s: string): string {
  let e = s.length;
  for (; e > 0; e--) {
    const c = charCodeAt(s, e - 1);
    if (c !== 44 && c !== 46 && c !== 59 && c !== 58 && c !== 33 && c !== 63 && c !== 0x2026 && !isRegexSpaceCode(c)) break;
  }
  return e === s.length ? s : s.slice(0, e);
}

function words(s: string): string[] {
  return wordRuns(s, "'’.-");
}

/** Does `s` hold more than `max` of the runs `words` returns? Reads no further than the run after the `max`th. */
function wordCountAbove(s: string, max: number): boolean {
  return wordRuns(s, "'’.-", max + 1).length > max;
}

/** A letter, digit, apostrophe, period or hyphen (the class `[\p{L}\p{N}'’.-]`). */
function isWordCode(cp: number): boolean {
  return cp === 39 || cp === 0x2019 || cp === 46 || cp === 45 || isLetterOrDigitCode(cp);
}

/** The word the text ends with, before any spaces: `/([\p{L}\p{N}'’.-]+)\s*$/u` (trimEnd drops what `\s` matches). */
function lastWord(text: string): string {
  const t = text.trimEnd();
  let i = t.length;
  while (i > 0) {
    const lo = charCodeAt(t, i - 1);
    const w = lo >= 0xdc00 && lo <= 0xdfff && i >= 2 && codePointAt(t, i - 2) > 0xffff ? 2 : 1;
    if (!isWordCode(codePointAt(t, i - w))) break;
    i -= w;
  }
  return t.slice(i);
}

/** The word the text starts with, after any spaces: `/^\s*([\p{L}\p{N}'’.-]+)/u`. */
function firstWord(text: string): string {
  const t = text.trimStart();
  let i = 0;
  const n = t.length;
  while (i < n) {
    const cp = codePointAt(t, i);
    if (!isWordCode(cp)) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return t.slice(0, i);
}

function isTitleCase(ws: string[]): boolean {
  if (ws.length === 0) return false;
  return ws.every((w, i) => startsWithUpperOrDigit(w) || (i > 0 && MINOR.has(w.toLowerCase())));
}

/** Words that mark the quotation after them as a term the writer keeps at a distance: "so-called", "self-described", "self-styled". */
const SCARE_MARKER = /(?:so[-\s]called|self[-\s](?:described|styled|proclaimed))\s*$/i;

/**
 * Decides whether a quotation is speech. Not speech: a nickname inside a name (Joaquín “El
 * Zorro” Guzmán), a quoted name of a group or title of a work (“Los Hermanos”, the report
 * “Rivers of Dust”), or a scare-quoted word (the so-called “reform”, the self-described “riders”). A one- or two-word
 * quotation with punctuation inside (had been “essential,”) is taken as quoted speech, and so
 * is a two-word one when `reportedBefore` says a speech verb of its sentence stands before it.
 */
export function classifyQuote(text: string, span: QuoteSpan, reportedBefore?: () => boolean): QuoteUse {
  const content = text.slice(span.start, span.end);
  const bare = withoutTrailingPunctuation(content);
  const before = text.slice(Math.max(0, span.open - 40), span.open);
  // More than seven words: no nickname, name or scare quote, only a work's title (the tests below,
  // in their order, for such a quotation). Its words are counted, not split, unless that test needs them.
  if (wordCountAbove(bare, 7)) {
    if (SCARE_MARKER.test(before)) return 'scare';
    return endsWithWorkNoun(before) && isTitleCase(words(bare)) ? 'title' : 'speech';
  }
  const ws = words(bare);
  const after = span.close >= 0 ? text.slice(closingMarkEnd(text, span.close), span.close + 30) : '';
  const prevWord = lastWord(before);
  const nextWord = firstWord(after);
  const trimmedBefore = before.trimEnd();
  const midSentence = trimmedBefore.endsWith(',') || endsWithLetterOrDigit(trimmedBefore);
  const allCaps = ws.length >= 2 && bare === bare.toUpperCase() && hasUpper(bare);

  if (ws.length === 0) return 'scare';
  // Joaquín “El Zorro” Baena: capitalized words on both sides, no punctuation inside.
  if (ws.length <= 4 && isTitleCase(ws) && bare === content.trim() && startsWithUpper(prevWord) && startsWithUpper(nextWord) && !/[.!?]\s*$/.test(before)) {
    return 'nickname';
  }
  if (SCARE_MARKER.test(before)) return 'scare';
  // ("“Harbour Nights” host Vale showed …": a title before the role its holder has in the work; not a quotation
  // closed by its own punctuation, "“We will win,” host Vale said")
  if (bare === content.trim() && WORK_ROLES.has(nextWord.toLowerCase())) return 'title';
  if (midSentence && !allCaps && ws.length <= 7 && isTitleCase(ws)) {
    if (endsWithWorkNoun(before)) return 'title';
    if (GROUP_NOUNS.test(after)) return 'name';
    return ws.length >= 2 || /^(?:the|a|an)\s*$/i.test(prevWord) ? 'name' : 'scare';
  }
  if (endsWithWorkNoun(before) && isTitleCase(ws)) return 'title';
  // (two words after a reporting verb of the same sentence are the speaker's: "said engineers would restore “most services”")
  if (ws.length <= 2 && bare === content.trim() && midSentence) return ws.length === 2 && reportedBefore?.() ? 'speech' : 'scare';
  return 'speech';
}

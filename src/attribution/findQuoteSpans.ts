/**
 * Finds quotation spans in one paragraph by reading its quote marks: curly and straight,
 * double and single, guillemets. Apostrophes (don’t, the ’90s, students’, rock ’n’ roll) are
 * told apart from closing marks by what stands on either side. Single marks inside a double
 * quotation belong to it (a quote within a quote), and so does a double pair that the outer
 * quotation's own closing mark follows. A straight mark opens or closes by its neighbours (after a
 * space and before a word it opens). A quotation still open at the end of the paragraph is
 * `closed: false` and runs to the paragraph's end. Linear time (one pass, and two more over the
 * double marks: one over the curly ones, one backward over the straight ones).
 */

import { hasLetterOrDigit } from '../document/letterRuns.js';
import { doubledMarksOf, type DoubledMark } from '../document/doubledApostrophes.js';

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or -1 when the quotation is never closed. */
  close: number;
  /** Content offsets (without marks). */
  start: number;
  end: number;
  marks: 'double' | 'single';
  closed: boolean;
}

const isLetterOrDigit = (c: string | undefined) => c !== undefined && hasLetterOrDigit(c);
const isSpace = (c: string | undefined) => c === undefined || c === ' ' || c === '\t' || c === '\n';
/** Characters after which an opening mark may stand. */
const isOpenerContext = (c: string | undefined) => c === undefined || isSpace(c) || '([{—–-/“"«‘:'.includes(c);
/** Invisible direction marks (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) that text edited right to left leaves before a mark. */
const isDirectionMark = (c: string | undefined) => c !== undefined && /^[\u200e\u200f\u202a-\u202e\u2066-\u2069]$/.test(c);
/** Punctuation a closing mark may be followed by. */
const isAfterClose = (c: string | undefined) => isSpace(c) || (c !== undefined && '.,;:!?)]}—–-…”"»'.includes(c));

/**
 * Any quotation mark (each is one code unit). Module-wide, its `lastIndex` set before each use:
 * a literal in `findQuoteSpans` made a regex object per paragraph.
 */
const QUOTE_MARK = /["'«»‘’“”„]/g;

export function findQuoteSpans(text: string, base = 0): QuoteSpan[] {
  // Most paragraphs have no quotation mark: nothing more is made for them (no closures, no
  // state), as a long text's paragraphs would otherwise each leave some to the collector.
  QUOTE_MARK.lastIndex = 0;
  if (!QUOTE_MARK.test(text)) return [];
  const firstMark = QUOTE_MARK.lastIndex - 1;
  const spans: QuoteSpan[] = [];
  let double: { open: number; mark: string } | null = null;
  let single: { open: number; midSentence: boolean } | null = null;
  const n = text.length;
  // `“… even if “our harbour” has to answer for it. …”`: a left double mark inside an open
  // curly quotation is a nested one when two right marks follow before the next left mark (its own
  // and the outer one's); otherwise the outer quotation was left unclosed and a new one opens.
  // The right marks between each left mark and the next are counted in one pass, on the first
  // left mark inside an open curly quotation only: most paragraphs have none (no Map per paragraph).
  let rightMarksAhead: ReadonlyMap<number, number> | undefined;
  // built on the first straight opener only: most paragraphs have none
  let straightClosersAhead: ReadonlyMap<number, number> | undefined;
  let nestedDouble = 0;

  const closeDouble = (at: number, closed: boolean) => {
    if (!double) return;
    spans.push({ open: base + double.open, close: closed ? base + at : -1, start: base + double.open + double.mark.length, end: base + at, marks: 'double', closed });
    double = null;
    nestedDouble = 0;
  };
  const closeSingle = (at: number, closed: boolean) => {
    if (!single) return;
    spans.push({ open: base + single.open, close: closed ? base + at : -1, start: base + single.open + 1, end: base + at, marks: 'single', closed });
    single = null;
  };

  // most characters are no quotation mark: the regex engine skips to the next one
  const nextMark = (from: number) => {
    QUOTE_MARK.lastIndex = from;
    return QUOTE_MARK.test(text) ? QUOTE_MARK.lastIndex - 1 : n;
  };
  // the two-character marks ('', ‘‘, ’’), read once the first mark of a paragraph is one of their characters
  let doubled: readonly DoubledMark[] | undefined;
  let doubledAt = 0;
  let nextDoubled = -1;
  for (let i = firstMark; i < n; i = nextMark(i + 1)) {
    const c = text[i]!;
    if (nextDoubled < i && (c === "'" || c === '‘' || c === '’')) {
      doubled ??= doubledMarksOf(text);
      while (doubledAt < doubled.length && doubled[doubledAt]!.at < i) doubledAt++;
      nextDoubled = doubledAt < doubled.length ? doubled[doubledAt]!.at : n;
    }
    const prev = i > 0 ? text[i - 1] : undefined;
    const next = i + 1 < n ? text[i + 1] : undefined;
    if (c === '“' || c === '«' || c === '„') {
      if (single) continue; // a double mark inside a single-quoted (British) quotation is nested
      // a misprinted closing mark: `“The tables were wrong,“ said Moss` (right after the words, before a space)
      if (c === '“' && double && double.mark === '“' && !isSpace(prev) && !isOpenerContext(prev) && isAfterClose(next)) {
        closeDouble(i, true);
        continue;
      }
      if (c === '“' && double && double.mark === '“' && ((rightMarksAhead ??= countRightMarksAhead(text)).get(i) ?? 0) >= 2 + nestedDouble) {
        nestedDouble++;
        continue;
      }
      if (double) closeDouble(trimEnd(text, i), false); // an unclosed quotation ends where the next opens
      double = { open: i, mark: c };
    } else if (c === '”' || c === '»') {
      if (c === '”' && nestedDouble > 0) nestedDouble--;
      else if (double) closeDouble(i, true);
      // an opening mark typed backwards (`Vale said: ”The pier is old. …”`, often behind an invisible direction mark
      // from right-to-left editing) opens when nothing is open, it stands before a word, and a right mark follows
      else if (c === '”' && (isOpenerContext(prev) || isDirectionMark(prev)) && isLetterOrDigit(next) && text.indexOf('”', i + 1) > 0) double = { open: i, mark: c };
    } else if (c === '"') {
      if (single) continue;
      // A straight mark has no direction of its own: its neighbours give it one.
      const closersAhead = double && double.mark === '"' && isStraightOpener(prev, next) ? (straightClosersAhead ??= countStraightClosersAhead(text)).get(i) ?? 0 : 0;
      if (closersAhead > 0) {
        // a mark after a space and before a word opens, inside an open quotation too: a nested
        // one when two closing-shaped marks follow before the next opening-shaped one
        // (`"If he says, "Stop," we stop."`), else the quotation before it was left unclosed
        // (`"The plan is dead, Vale said. "We vote no."`), as with curly marks above. With none
        // to follow, it is a closing mark with the space on the wrong side (`"No more, "Vale said.`).
        if (closersAhead >= 2 + nestedDouble) nestedDouble++;
        else {
          closeDouble(trimEnd(text, i), false);
          double = { open: i, mark: c };
        }
      } else if (double) {
        if (nestedDouble > 0 && double.mark === '"') nestedDouble--;
        else closeDouble(i, true);
      } else if (isStraightCloser(prev, next)) continue; // a stray closing mark (`… said."` at a paragraph's end)
      else if (!isLetterOrDigit(prev) || isOpenerContext(prev)) double = { open: i, mark: c };
    } else if (i === nextDoubled && !single) {
      // Two apostrophes stand for a double quotation mark in some wire and archive text, and so do
      // two glued curly single marks (a word processor's autocorrect of them): one mark, read as
      // the document model reads it (`doubledMarksOf`: `''… 'Hey, he is one of us,''' Berg said`,
      // the first of three closes the nested single quotation; `''Harbour Post'''s`, the third is a possessive's)
      if (double) closeDouble(i, true);
      else if (doubled![doubledAt]!.opens) double = { open: i, mark: text.slice(i, i + 2) };
      i++;
    } else if (c === '‘' || c === "'") {
      if (double) continue; // nested inside a double quotation
      if (c === "'" && isLetterOrDigit(prev) && isLetterOrDigit(next)) continue; // won't, band's
      if (single) {
        if (c === "'" && isCloser(text, i, single)) closeSingle(i, true);
        continue;
      }
      if (!isOpenerContext(prev) || isSpace(next)) continue;
      if (/^\d\d?s?\b/.test(text.slice(i + 1, i + 5)) || /^n['’]\s/.test(text.slice(i + 1, i + 4))) continue; // '90s, 'n'
      if (/^(?:em|til|cause|tis|twas|bout|round|nother|fore)\b/i.test(text.slice(i + 1, i + 8))) continue; // 'em, 'til, 'bout
      if (/^t\s/.test(text.slice(i + 1, i + 3))) continue; // Dutch names: Sophie in 't Veld
      single = { open: i, midSentence: isMidSentence(text, i) };
    } else if (c === '’') {
      if (double || !single) continue;
      if (isLetterOrDigit(prev) && isLetterOrDigit(next)) continue; // don’t
      if (isCloser(text, i, single)) closeSingle(i, true);
    }
  }
  if (double) closeDouble(trimEnd(text, n), false);
  if (single) closeSingle(trimEnd(text, n), false);
  return spans.sort((a, b) => a.open - b.open);
}

/**
 * Where the closing mark at `close` of `text` ends: a mark written as two apostrophes (`''`)
 * or two curly single marks (`’’`) is two characters long, any other one character.
 */
export function closingMarkEnd(text: string, close: number): number {
  return text.startsWith("''", close) || text.startsWith('’’', close) ? close + 2 : close + 1;
}

/** Punctuation that, right before a single mark, makes it a closing mark. */
const PUNCTUATION_BEFORE_CLOSE = '.,!?;:…—–-';

/**
 * A right single mark closes a quotation when punctuation stands before it (‘... ,’) or
 * after it (‘...’.). A plural possessive (players’ union) has neither. A quotation opened in
 * mid-sentence (called it ‘a disgrace’ and) may also close before a plain space, and so may a
 * quotation of a few words at a sentence's start (‘Stay or pay’ could make firms think twice;
 * a headline's quoted phrase) unless a mark after punctuation soon follows.
 */
function isCloser(text: string, i: number, single: { open: number; midSentence: boolean }): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  if (prev !== undefined && PUNCTUATION_BEFORE_CLOSE.includes(prev)) return true;
  if (next === undefined || (next !== ' ' && isAfterClose(next))) return true;
  if (!isSpace(next) || prev === 's') return false;
  return single.midSentence || (isFewWords(text, single.open + 1, i) && !closerSoonAfter(text, i + 1));
}

/**
 * Does a single mark right after punctuation (`,’`, `.'`) follow within 120 characters? Then a
 * mark before a plain space is an apostrophe of the quotation (`'We're goin' home,' Ruiz said`).
 */
function closerSoonAfter(text: string, from: number): boolean {
  const to = Math.min(text.length, from + 120);
  for (let k = from + 1; k < to; k++) {
    const c = text[k];
    if ((c === "'" || c === '’') && PUNCTUATION_BEFORE_CLOSE.includes(text[k - 1]!)) return true;
  }
  return false;
}

/** At most four words between `start` and `end` (a quoted phrase, not a quoted sentence); reads at most 40 characters. */
function isFewWords(text: string, start: number, end: number): boolean {
  if (end - start > 40) return false;
  let spaces = 0;
  for (let k = start; k < end; k++) if (text[k] === ' ' && ++spaces > 3) return false;
  return true;
}

/** A straight double mark shaped as an opening one: after a space (or at the start) and before a word. */
function isStraightOpener(prev: string | undefined, next: string | undefined): boolean {
  return isSpace(prev) && isLetterOrDigit(next);
}

const NO_MARKS: ReadonlyMap<number, number> = new Map();

/**
 * For each opening-shaped straight double mark, how many other straight double marks stand
 * between it and the next opening-shaped one or the end.
 */
function countStraightClosersAhead(text: string): ReadonlyMap<number, number> {
  const first = text.indexOf('"');
  if (first < 0) return NO_MARKS; // most paragraphs: nothing to allocate
  const ahead = new Map<number, number>();
  const marks: number[] = [];
  for (let i = first; i >= 0; i = text.indexOf('"', i + 1)) marks.push(i);
  let count = 0;
  for (let k = marks.length - 1; k >= 0; k--) {
    const i = marks[k]!;
    if (isStraightOpener(text[i - 1], text[i + 1])) {
      ahead.set(i, count);
      count = 0;
    } else count++;
  }
  return ahead;
}

/**
 * A straight double mark shaped as a closing one: right after a word or punctuation (no space
 * before it) and before a space or the end (no word after it), as in `… the end." Then`.
 */
function isStraightCloser(prev: string | undefined, next: string | undefined): boolean {
  return prev !== undefined && !isSpace(prev) && !isOpenerContext(prev) && (next === undefined || isSpace(next));
}

/** Is the mark at `i` preceded by a word of the same sentence (not a sentence start or colon)? */
function isMidSentence(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && isSpace(text[j])) j--;
  if (j < 0) return false;
  return (text[j] === ',' || hasLetterOrDigit(text[j]!)) && text[j] !== ':';
}

/** For each left double mark (“), how many right marks (”) stand between it and the next left mark or the end. */
function countRightMarksAhead(text: string): Map<number, number> {
  const ahead = new Map<number, number>();
  // by indexOf from mark to mark (not character by character); both positions only move forward
  let close = text.indexOf('”');
  for (let open = text.indexOf('“'); open >= 0; ) {
    const nextOpen = text.indexOf('“', open + 1);
    const limit = nextOpen < 0 ? text.length : nextOpen;
    while (close >= 0 && close < open) close = text.indexOf('”', close + 1);
    let count = 0;
    while (close >= 0 && close < limit) {
      count++;
      close = text.indexOf('”', close + 1);
    }
    ahead.set(open, count);
    open = nextOpen;
  }
  return ahead;
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && isSpace(text[e - 1])) e--;
  return e;
}

import stopwordLexicon from '../../lexicons/stopwords.json';
import { ANALYSED_KINDS } from '../document/segments/segmentDocument.js';
import type { ArticleAnalysis } from '../schema/articleAnalysis.js';
import { lazyPattern } from '../document/segments/lazyPattern.js';
import { charCodeAt } from '../document/charCodes.js';

/** Words left out of term counts and similarity (the `stopwords` lexicon). */
export const STOPWORDS: ReadonlySet<string> = new Set((stopwordLexicon as { entries: { term: string }[] }).entries.map((e) => e.term));

/**
 * The words of an article's analysed text as parallel arrays: `words[k]` (lower-cased) spans
 * `[starts[k], ends[k])` of the article's input. Arrays, not an object per word: a comparison
 * of thousands of articles reads millions of words.
 */
export interface ArticleWords {
  words: string[];
  starts: number[];
  ends: number[];
}

const WORD = lazyPattern(String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|[\p{L}\p{N}]+(?:['’][\p{L}]+)*`, 'gu');

const LETTER_OR_NUMBER = lazyPattern(String.raw`[\p{L}\p{N}]`, 'uy');
const LETTER = lazyPattern(String.raw`\p{L}`, 'uy');
const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;

/** Length of the letter or number (`[\p{L}\p{N}]`, or `\p{L}` when `lettersOnly`) at `i`, 0 if none. */
function wordCharAt(text: string, i: number, lettersOnly: boolean): number {
  const c = charCodeAt(text, i);
  if (c < 128) return isAsciiLetter(c) || (!lettersOnly && isDigit(c)) ? 1 : 0;
  const pattern = lettersOnly ? LETTER() : LETTER_OR_NUMBER();
  pattern.lastIndex = i;
  return pattern.test(text) ? pattern.lastIndex - i : 0;
}

/**
 * Calls `onWord(start, end)` for each match of `WORD` in `text` (the same spans as
 * `text.matchAll(WORD)`): a number with thousands separators, or letters and digits with
 * apostrophe-joined letters ("don’t"). A scan with an ASCII fast path instead of the regular
 * expression, whose Unicode classes and match objects dominate reading thousands of articles.
 */
export function scanWords(text: string, onWord: (start: number, end: number) => void): void {
  const len = text.length;
  let i = 0;
  while (i < len) {
    const first = wordCharAt(text, i, false);
    if (first === 0) {
      i++;
      continue;
    }
    // A number with thousands separators: 1–3 digits, then one or more ",ddd", then ".d+".
    if (isDigit(charCodeAt(text, i))) {
      let d = i;
      while (d < len && isDigit(charCodeAt(text, d))) d++;
      if (d - i <= 3) {
        let q = d;
        while (q + 3 < len && charCodeAt(text, q) === 44 && isDigit(charCodeAt(text, q + 1)) && isDigit(charCodeAt(text, q + 2)) && isDigit(charCodeAt(text, q + 3))) q += 4;
        if (q > d) {
          if (q + 1 < len && charCodeAt(text, q) === 46 && isDigit(charCodeAt(text, q + 1))) {
            q += 2;
            while (q < len && isDigit(charCodeAt(text, q))) q++;
          }
          onWord(i, q);
          i = q;
          continue;
        }
      }
    }
    // Letters and digits, then any number of apostrophe + letters.
    let end = i + first;
    for (let n = wordCharAt(text, end, false); n > 0; n = wordCharAt(text, end, false)) end += n;
    for (;;) {
      const c = charCodeAt(text, end);
      if (c !== 39 && c !== 0x2019) break;
      let n = wordCharAt(text, end + 1, true);
      if (n === 0) break;
      end += 1 + n;
      for (n = wordCharAt(text, end, true); n > 0; n = wordCharAt(text, end, true)) end += n;
    }
    onWord(i, end);
    i = end;
  }
}

/**
 * The words of an analysis's analysed segments (body, heading, editorial), lower-cased, with
 * offsets into the original text. Boilerplate, captions, inserts, bios and bylines are left out.
 */
export function articleWords(a: ArticleAnalysis): ArticleWords {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const s of a.segments) {
    if (!ANALYSED_KINDS.has(s.kind)) continue;
    const text = s.text;
    const base = s.start;
    scanWords(text, (start, end) => {
      const lower = text.slice(start, end).toLowerCase();
      words.push(lower.includes('’') ? lower.replace(/’/g, "'") : lower);
      starts.push(base + start);
      ends.push(base + end);
    });
  }
  return { words, starts, ends };
}

/**
 * Content-word counts: analysed words that are not stop words, numbers or single letters.
 * `words` may be given when the caller already has the article's words.
 */
export function termCounts(a: ArticleAnalysis, words: ArticleWords = articleWords(a)): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words.words) {
    const w = word.endsWith("'s") ? word.slice(0, -2) : word;
    if (w.length < 2 || STOPWORDS.has(w)) continue;
    const c = charCodeAt(w, 0);
    if (c >= 48 && c <= 57) continue; // starts with a digit
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
}

const NEGATION = new Set(['not', 'no', 'never', 'nor']);

/** Content words of a short text (a quotation), with contractions opened ("won't" → will not). */
export function contentWords(text: string): string[] {
  const opened = text
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/\bwon't\b/g, 'will not')
    .replace(/\bcan't\b/g, 'can not')
    .replace(/n't\b/g, ' not')
    .replace(/'(?:ll|re|ve|d|m|s)\b/g, '');
  // Negation is content in a quotation: "we will not allow it" ≠ "we will allow it".
  return (opened.match(WORD()) ?? []).filter((w) => (!STOPWORDS.has(w) || NEGATION.has(w)) && w.length > 1);
}

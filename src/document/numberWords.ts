/** Spelled-out and written numbers: "26", "1,200", "twenty-six", "two hundred", "a dozen", "3.5 million". */
import { charCodeAt } from './charCodes.js';

// Maps, not objects: a property lookup by a word read from the text first interns the string
// (a hash-table probe of its own), and this is asked of nearly every word of an article.
const ONES = new Map<string, number>(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12,
}));
/** 1 at `(first − 'a') × 26 + (second − 'a')` for the first two letters of each key of `ONES`. */
const NUMBER_PREFIX = new Uint8Array(26 * 26);
for (const w of ONES.keys()) NUMBER_PREFIX[(charCodeAt(w, 0) - 97) * 26 + charCodeAt(w, 1) - 97] = 1;
const SCALES = new Map<string, number>([['hundred', 100], ['thousand', 1000], ['million', 1e6], ['billion', 1e9]]);

/** 1 when `word` is a number ("26", "1,200", "twenty-six", "dozen"), else 0: the per-token number bit. */
export function numberWordBit(word: string): 0 | 1 {
  return numberWordValue(word) !== null ? 1 : 0;
}

/** The value of one word: "26" → 26, "1,200" → 1200, "twenty-six" → 26, "dozen" → 12; null otherwise. */
export function numberWordValue(word: string): number | null {
  const c = charCodeAt(word, 0);
  const digit = c >= 48 && c <= 57;
  // Most words are not numbers: only digits or a lower- or upper-case letter that can start one.
  if (!digit && (word.length > 13 || !((c >= 97 && c <= 122) || (c >= 65 && c <= 90)))) return null;
  // Every number word (and the first part of "twenty-six") starts with d, e, f, n, o, s, t or z.
  const first = c | 32;
  if (!digit && first !== 116 && first !== 115 && first !== 102 && first !== 111 && first !== 101 && first !== 110 && first !== 100 && first !== 122) return null;
  const w = digit || (c >= 97 && c <= 122) ? word : word.toLowerCase();
  // The first two letters of a number word (or of the tens before "-six"): most words that
  // start with a possible letter ("the", "said", "of") stop here without a map lookup.
  if (!digit) {
    const c1 = charCodeAt(w, 1) - 97;
    if (w.length < 3 || c1 < 0 || c1 > 25 || !NUMBER_PREFIX[(charCodeAt(w, 0) - 97) * 26 + c1]) return null;
  }
  if (digit && /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(w)) {
    const v = Number(w.replace(/,/g, ''));
    return Number.isFinite(v) ? v : null;
  }
  if (digit) return null;
  const one = ONES.get(w);
  if (one !== undefined) return one;
  if (!w.includes('-')) return null;
  const parts = w.split('-');
  if (parts.length !== 2) return null;
  const tens = ONES.get(parts[0]!);
  const unit = ONES.get(parts[1]!);
  if (tens !== undefined && unit !== undefined && tens >= 20 && tens % 10 === 0 && unit < 10) return tens + unit;
  return null;
}

/** True for a scale word that multiplies the number before it ("hundred", "million"). */
export function scaleValue(word: string): number | null {
  return SCALES.get(word.toLowerCase()) ?? null;
}

/** Qualifiers that make a number approximate or a bound: "more than 20", "about 30". */
export const NUMBER_QUALIFIERS: readonly string[] = ['more than', 'fewer than', 'less than', 'at least', 'at most', 'up to', 'as many as', 'nearly', 'almost', 'about', 'around', 'roughly', 'approximately', 'some', 'an estimated', 'upwards of', 'just over', 'just under', 'well over'];

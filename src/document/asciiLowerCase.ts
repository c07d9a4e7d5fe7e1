import { charCodeAt } from './charCodes.js';

/**
 * Is `text` ASCII and `lower` its `toLowerCase()`? By char code, no copy: a caller holding a
 * lower-case form it can trust only for plain words (wink-nlp's normal form of a token, which may
 * also map spellings) asks this before using it for `text.toLowerCase()`. Why: V8 lower-cases a
 * string of two-byte representation through ICU (≈ 800 instructions a call), and every slice of a
 * text holding one curly quotation mark or dash is two-byte, even when its characters are ASCII.
 *
 * @example
 * ```ts
 * isAsciiLowerCaseOf('ruiz', 'Ruiz') // true
 * isAsciiLowerCaseOf('color', 'Colour') // false
 * ```
 */
export function isAsciiLowerCaseOf(lower: string, text: string): boolean {
  const len = text.length; // read once (token values come in many string representations)
  if (lower.length !== len) return false;
  for (let i = 0; i < len; i++) {
    const c = charCodeAt(text, i);
    if (c > 127 || charCodeAt(lower, i) !== (c >= 65 && c <= 90 ? c | 32 : c)) return false;
  }
  return true;
}

import { startsWithUpperOrDigit, wordRuns } from '../letterRuns.js';
import { charCodeAt } from '../charCodes.js';

/**
 * Shape features of one line of text, shared by the segmentation rules. Pure string work on a
 * single (trimmed) line; every rule that uses a regex first bounds the line length, so hostile
 * input cannot make a rule slow.
 */

/** Longest line (in characters) that shape rules look at; longer lines are story text. */
export const MAX_SHAPE_CHARS = 600;

const MINOR_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'for', 'in', 'on', 'at', 'to', 'by', 'with', 'as', 'from',
  'into', 'over', 'vs', 'vs.', 'via', 'per', 'up', 'off', 'out', 'is', 'are', 'be', 'its', 'it', 'than', 'de', 'la', 'del', 'y',
]);

/** Words of a line: runs of letters, digits and inner apostrophes/hyphens/periods. */
export function lineWords(line: string): string[] {
  return wordRuns(line, "'’.-");
}

/** True when the word starts with an uppercase letter or a digit. */
export function isCapitalized(word: string): boolean {
  return startsWithUpperOrDigit(word);
}

/**
 * Share of content words (not articles, prepositions, conjunctions) that are capitalized.
 * "A Question of Sovereignty" → 1; "The plane landed at 4 p.m." → 0.33.
 */
export function titleCaseRatio(words: string[]): number {
  let content = 0;
  let caps = 0;
  for (const w of words) {
    if (MINOR_WORDS.has(w.toLowerCase()) && !isCapitalized(w)) continue;
    content++;
    if (isCapitalized(w)) caps++;
  }
  return content === 0 ? 0 : caps / content;
}

/**
 * Are at least nine in ten of the line's letters (letters with case) upper case? An ALL-CAPS
 * line. The scan stops once the letters not upper case exceed a tenth of the line's length,
 * which bounds the letters: ordinary text is settled within its first words, not read to its end.
 */
export function isMostlyUpperCase(line: string): boolean {
  const len = line.length;
  let upper = 0;
  let letters = 0;
  for (let i = 0; i < len; i++) {
    const c = charCodeAt(line, i);
    // ASCII by char code (no strings made per character); other characters by their case mappings.
    if (c < 128) {
      if (c >= 65 && c <= 90) {
        letters++;
        upper++;
      } else if (c >= 97 && c <= 122 && (++letters - upper) * 10 > len) return false;
      continue;
    }
    // One code point, as the string iterator gives it (a surrogate pair is one character).
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < len && (charCodeAt(line, i + 1) & 0xfc00) === 0xdc00;
    const ch = pair ? line.slice(i, i + 2) : line[i]!;
    if (pair) i++;
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    if (lo === up) continue;
    letters++;
    if (ch === up) upper++;
    else if ((letters - upper) * 10 > len) return false;
  }
  return letters !== 0 && upper / letters >= 0.9;
}

/** Characters that open or close a quotation, curly or straight. */
export const QUOTE_CHARS = '"“”„‟«»‹›\'‘’‚‛「」『』';

export function startsWithQuote(line: string): boolean {
  return line.length > 0 && QUOTE_CHARS.includes(line[0]!);
}

/** Ends like a sentence: `.`, `!`, `?`, `…`, `;` or `:` possibly followed by closing quotes/brackets. */
export function endsLikeSentence(line: string): boolean {
  return /[.!?…;:][”"’'»)\]]*$/u.test(line);
}

const LIST_ITEM = /^(?:[-–—•*·▪◦●■]|\d{1,2}[.)])\s+\S/u;
/** A first character a list item may have: - – — • * · ▪ ◦ ● ■ or an ASCII digit. */
const opensListItem = (c: number) => (c >= 48 && c <= 57) || c === 45 || c === 8211 || c === 8212 || c === 8226 || c === 42 || c === 183 || c === 9642 || c === 9702 || c === 9679 || c === 9632;
/**
 * A list item: `- x`, `• x`, `* x`, `1. x`, `2) x`. The first character by char code before the
 * pattern: most lines start with a letter, and this runs for every line several times.
 */
export function isListItem(line: string): boolean {
  return opensListItem(charCodeAt(line, 0)) && LIST_ITEM.test(line);
}

/** Two to five capitalized name words, allowing particles (de, van, al-) and initials. */
export const PERSON_NAME = String.raw`\p{Lu}[\p{L}'’\-]*\.?(?:\s+(?:(?:de|del|da|dos|van|von|der|den|le|la|al|bin|ibn|di|du)\s+)?\p{Lu}[\p{L}'’\-]*\.?){1,4}`;

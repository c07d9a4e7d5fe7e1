import { charCodeAt } from './charCodes.js';
import { isLetterCode } from './letterRuns.js';
import { isReplacedCode } from './normalizeText.js';
import { lazyPattern } from './segments/lazyPattern.js';
import { ID_MUL_1, ID_MUL_2, ID_SEED_1, ID_SEED_2 } from './stableId.js';

/**
 * What one pass over an input text learns, for the three readers that each walked the whole
 * text on their own (perf41): the not-text check (`textProblemOf`), `normalizeText` (where its
 * first replacement is) and `stableId` (its hash states).
 */
export interface TextScan {
  /** Offset of the first NUL character, -1 if none: binary data. */
  nulAt: number;
  /** Control characters (but tab, line and page breaks, CR), C1 controls, U+FFFD–U+FFFF and lone surrogates. */
  junk: number;
  /** Letters and marks (`[\p{L}\p{M}]`), a character outside the BMP counting as one. */
  letters: number;
  /** Characters above U+0020 (a surrogate pair counts once). */
  visible: number;
  /** Offset of the first code unit `normalizeText` replaces, -1 when it returns the text as is. */
  firstReplaced: number;
  /** `stableId`'s two hash states after the last code unit (`idOfHashes` makes the id). */
  h1: number;
  h2: number;
  /** The text's length in code units: a scan is only used on a text of this length (`analyzeCheckedArticle`). */
  length: number;
  /** `textFingerprint(text)`: a scan is only used on a text with this fingerprint (`analyzeCheckedArticle`). */
  fingerprint: number;
}

/** Code units `textFingerprint` reads: every one of a shorter text. */
const FINGERPRINT_SAMPLES = 64;

/**
 * A cheap fingerprint of a text, for telling whether a scan handed over with a text (the worker
 * pool's tasks) is this text's: a hash of the length and of 64 code units spread evenly from
 * the first to the last (all of them in a text of 64 or fewer). Constant cost whatever the
 * length, so the check does not bring back the pass over the text the scan spares; two
 * different texts of one length differ here unless they agree at every sampled offset.
 *
 * @example
 * ```ts
 * textFingerprint('Vale said no.') === textFingerprint('Berg said no.') // false
 * ```
 */
export function textFingerprint(text: string): number {
  const len = text.length;
  let h = Math.imul(ID_SEED_1 ^ len, ID_MUL_1);
  if (len <= FINGERPRINT_SAMPLES) {
    for (let i = 0; i < len; i++) h = Math.imul(h ^ charCodeAt(text, i), ID_MUL_2);
  } else {
    const step = (len - 1) / (FINGERPRINT_SAMPLES - 1);
    for (let k = 0; k < FINGERPRINT_SAMPLES; k++) h = Math.imul(h ^ charCodeAt(text, Math.floor(k * step)), ID_MUL_2);
  }
  return (h ^ (h >>> 15)) >>> 0;
}

// Latin-1 and General Punctuation (no marks there) by char code; other characters by this pattern.
const LETTER = lazyPattern(String.raw`[\p{L}\p{M}]`, 'u');

/**
 * One linear pass over `text` that counts what tells binary data or symbol soup from text, finds
 * where `normalizeText` has work to do and hashes the code units as `stableId` does. Printable
 * ASCII, most of any text, takes the first branch.
 *
 * @example
 * ```ts
 * scanText('Rain\u0000').nulAt // 4
 * scanText('Rain fell.').firstReplaced // -1
 * ```
 */
export function scanText(text: string): TextScan {
  let h1 = ID_SEED_1;
  let h2 = ID_SEED_2;
  let nulAt = -1;
  let junk = 0;
  let letters = 0;
  let visible = 0;
  let firstReplaced = -1;
  const len = text.length;
  for (let i = 0; i < len; i++) {
    const c = charCodeAt(text, i);
    h1 = Math.imul(h1 ^ c, ID_MUL_1);
    h2 = Math.imul(h2 ^ c, ID_MUL_2);
    if (c > 0x20 && c < 0x7f) {
      visible++;
      // (c | 32) folds A–Z onto a–z; no other printable ASCII character lands in a–z.
      if ((c | 32) >= 0x61 && (c | 32) <= 0x7a) letters++;
      continue;
    }
    if (c <= 0x20) {
      if (c === 0 && nulAt < 0) nulAt = i;
      if (c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d && c !== 0x20) junk++;
    } else {
      visible++;
      if ((c >= 0x7f && c <= 0x9f) || c === 0xfffd || c === 0xfffe || c === 0xffff) junk++;
      else if (c >= 0xd800 && c <= 0xdfff) {
        const pair = c <= 0xdbff ? charCodeAt(text, i + 1) : 0;
        if (pair >= 0xdc00 && pair <= 0xdfff) {
          // A letter or symbol outside the BMP: counted as text, and kept by normalizeText.
          letters++;
          i++;
          h1 = Math.imul(h1 ^ pair, ID_MUL_1);
          h2 = Math.imul(h2 ^ pair, ID_MUL_2);
          continue;
        }
        junk++;
      } else if (c <= 0xff || (c >= 0x2000 && c <= 0x206f) ? isLetterCode(c) : LETTER().test(text[i]!)) letters++;
    }
    if (firstReplaced < 0 && isReplacedCode(c, charCodeAt(text, i + 1))) firstReplaced = i;
  }
  return { nulAt, junk, letters, visible, firstReplaced, h1, h2, length: len, fingerprint: textFingerprint(text) };
}

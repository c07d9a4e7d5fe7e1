import { francLibrary } from './francLibrary.js';
import { isLetterCode } from './letterRuns.js';
import { charCodeAt } from './charCodes.js';

/** Languages the analysis stages (English model, English lexicons and cue rules) support. */
export const SUPPORTED_LANGUAGES: ReadonlySet<string> = new Set(['en']);

/** How the language of a text was decided. */
export interface LanguageGuess {
  /** ISO 639-1 code where one exists (`en`, `es`), else ISO 639-3 (`ceb`); `und` when unknown. */
  code: string;
  /**
   * `detected` from the text; `declared` by the caller (or the page, when the text is too short);
   * `fallback`: the text is too short to tell and English is assumed.
   */
  source: 'detected' | 'declared' | 'fallback';
  /** True when the analysis stages support the language (English today). */
  supported: boolean;
}

/**
 * Below this many words of Latin-script text, trigram statistics are unreliable ("Rain fell."
 * reads as Malagasy), so English is assumed unless the caller declared a language.
 */
export const MIN_WORDS_TO_DETECT = 20;

/** franc scores relative to the best (1); above this, two languages are a near-tie. */
const NEAR_TIE = 0.95;

/** Share of common English function words above which a text is English whatever the trigrams say (names and jargon can mislead them). */
const ENGLISH_FUNCTION_WORD_SHARE = 0.12;

const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to in a is that for on with as was by at from it be are this have has had not but or an were which their they he she his her its will would said who been'.split(' '),
);

/** ISO 639-3 codes franc-min returns → ISO 639-1, where the language has one. */
const ISO_639_1: ReadonlyMap<string, string> = new Map(Object.entries({
  eng: 'en', spa: 'es', por: 'pt', fra: 'fr', deu: 'de', ita: 'it', nld: 'nl', ind: 'id', zlm: 'ms', jav: 'jv', sun: 'su',
  vie: 'vi', tur: 'tr', pol: 'pl', ces: 'cs', hun: 'hu', ron: 'ro', swe: 'sv', hrv: 'hr', bos: 'bs', srp: 'sr', rus: 'ru',
  ukr: 'uk', bel: 'be', bul: 'bg', kaz: 'kk', uzn: 'uz', azj: 'az', swh: 'sw', hau: 'ha', yor: 'yo', ibo: 'ig', zul: 'zu',
  nya: 'ny', kin: 'rw', run: 'rn', lin: 'ln', som: 'so', plt: 'mg', tgl: 'tl', arb: 'ar', urd: 'ur', pes: 'fa', pbu: 'ps',
  hin: 'hi', mar: 'mr', npi: 'ne', ben: 'bn', tel: 'te', tam: 'ta', guj: 'gu', kan: 'kn', mal: 'ml', pan: 'pa', mya: 'my',
  amh: 'am', tha: 'th', sin: 'si', ell: 'el', cmn: 'zh', jpn: 'ja', kor: 'ko',
}));

/**
 * Normalises a BCP 47 tag or ISO 639 code to the form `LanguageGuess.code` uses: `en-GB` → `en`,
 * `spa` → `es`, `zh_Hant` → `zh`. Returns null for something that is not a language tag.
 */
export function normalizeLanguageTag(tag: string): string | null {
  const primary = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*\s*$/i.exec(tag)?.[1]?.toLowerCase();
  if (!primary) return null;
  return ISO_639_1.get(primary) ?? primary;
}

/**
 * Decides the language of `text`: by script (a text mostly in a non-Latin script is not
 * English), then by franc-min's trigram profiles for Latin-script text of at least
 * `MIN_WORDS_TO_DETECT` words, with a check on English function words. Shorter texts fall back
 * to the `declared` language when one is given, else to English (`source: 'fallback'`), so a
 * short English text is never misread as another language.
 *
 * @param declared - a language the caller or the page declares (BCP 47, e.g. `en-US`), used
 * when the text is too short to tell, or to settle a near-tie between close languages.
 *
 * @example
 * ```ts
 * detectLanguage('Rain fell.')                       // { code: 'en', source: 'fallback', supported: true }
 * detectLanguage('El consejo municipal votó el jueves para cerrar el viejo puente del puerto a los camiones pesados, según dijeron fuentes oficiales.')
 * // { code: 'es', source: 'detected', supported: false }
 * ```
 */
export function detectLanguage(text: string, declared?: string | null): LanguageGuess {
  const guess = (code: string, source: LanguageGuess['source']): LanguageGuess => ({ code, source, supported: SUPPORTED_LANGUAGES.has(code) });
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const { latin, letters, words, functionWords } = countLetters(sample);
  const declaredCode = declared ? normalizeLanguageTag(declared) : null;
  if (letters === 0) return declaredCode ? guess(declaredCode, 'declared') : guess('en', 'fallback');
  if (latin / letters < 0.5) {
    // Mostly another script: certainly not English, and trigrams tell the language well even in short texts.
    const top = francLibrary().francAll(sample, { minLength: 1 })[0]?.[0] ?? 'und';
    return guess(top === 'und' ? (declaredCode ?? 'und') : (ISO_639_1.get(top) ?? top), 'detected');
  }
  if (words < MIN_WORDS_TO_DETECT) return declaredCode ? guess(declaredCode, 'declared') : guess('en', 'fallback');
  // Most English text is settled here, without the trigram statistics.
  if (functionWords / words >= ENGLISH_FUNCTION_WORD_SHARE) return guess('en', 'detected');
  const ranked = francLibrary().francAll(sample);
  const top = ranked[0]?.[0] ?? 'und';
  if (top === 'und') return declaredCode ? guess(declaredCode, 'declared') : guess('en', 'fallback');
  // Close relatives (Indonesian and Malay, Bosnian and Croatian) score almost alike: a declared
  // language among the near-ties decides.
  const tie = declaredCode ? ranked.find(([code, score]) => score >= NEAR_TIE && (ISO_639_1.get(code) ?? code) === declaredCode) : undefined;
  return guess(tie ? declaredCode! : (ISO_639_1.get(top) ?? top), 'detected');
}

/**
 * A word of one to five ASCII letters as a number, case-insensitively (five bits a letter, a = 1):
 * two such words have the same code exactly when they are the same word lower-cased, so a word
 * of the sample is looked up without slicing and lower-casing it.
 */
export function shortWordCode(s: string, from: number, to: number): number {
  let code = 0;
  for (let i = from; i < to; i++) code = code * 32 + ((charCodeAt(s, i) | 32) - 96);
  return code;
}

/** The codes of the function words a word of the sample can be (one to five ASCII letters). */
const FUNCTION_WORD_CODES: ReadonlySet<number> = new Set(
  [...ENGLISH_FUNCTION_WORDS].filter((w) => /^[a-z]{1,5}$/.test(w)).map((w) => shortWordCode(w, 0, w.length)),
);

/** UTF-8 encoder for `countLetters`, made on first use. */
let utf8: TextEncoder | undefined;

/**
 * One pass over a sample: letters in the Latin script (ASCII letters and U+00C0–U+024F but × and
 * ÷) and letters of any script beyond U+024F; words (runs of letters, as `/\p{L}+/gu` finds
 * them) and how many of them are English function words. Only a word of ASCII letters can be one
 * (no other letter lower-cases to a letter of theirs), so only those are looked up, by their
 * `shortWordCode`. A letter outside the BMP counts once; U+00AA, U+00B5 and U+00BA are letters
 * (they join a word) counted in neither sum, as before.
 *
 * Why over UTF-8 bytes: V8 (Node 20) reads a string's code unit through a dispatch on the
 * string's representation at every `charCodeAt`, ≈ 25–30 instructions a character even in
 * optimised code; the encoder copies the sample natively and a byte array reads in a few. A
 * non-ASCII character is decoded from its bytes (a lone surrogate arrives as U+FFFD, no letter,
 * as it was no letter in the string).
 */
export function countLetters(sample: string): { latin: number; letters: number; words: number; functionWords: number } {
  const bytes = (utf8 ??= new TextEncoder()).encode(sample);
  let latin = 0;
  let letters = 0;
  let words = 0;
  let functionWords = 0;
  // The current word: bytes so far (-1 outside a word), all ASCII, its shortWordCode while ≤ 5 bytes.
  let wordBytes = -1;
  let ascii = true;
  let code = 0;
  const len = bytes.length;
  let i = 0;
  while (i < len) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      if ((b | 32) >= 97 && (b | 32) <= 122) {
        latin++;
        letters++;
        if (wordBytes < 0) {
          wordBytes = 0;
          ascii = true;
          code = 0;
        }
        if (++wordBytes <= 5) code = code * 32 + ((b | 32) - 96);
        continue;
      }
    } else {
      let cp: number;
      if (b < 0xe0) {
        cp = ((b & 0x1f) << 6) | (bytes[i + 1]! & 0x3f);
        i += 2;
      } else if (b < 0xf0) {
        cp = ((b & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f);
        i += 3;
      } else {
        cp = ((b & 0x07) << 18) | ((bytes[i + 1]! & 0x3f) << 12) | ((bytes[i + 2]! & 0x3f) << 6) | (bytes[i + 3]! & 0x3f);
        i += 4;
      }
      if (isLetterCode(cp)) {
        if (cp >= 0xc0 && cp <= 0x24f) {
          // (× and ÷ are no letters: isLetterCode says so)
          latin++;
          letters++;
        } else if (cp > 0x24f) letters++;
        if (wordBytes < 0) {
          wordBytes = 0;
          code = 0;
        }
        ascii = false;
        continue;
      }
    }
    // Not a letter: the word before it, if any, ends.
    if (wordBytes >= 0) {
      words++;
      if (ascii && wordBytes <= 5 && FUNCTION_WORD_CODES.has(code)) functionWords++;
      wordBytes = -1;
    }
  }
  if (wordBytes >= 0) {
    words++;
    if (ascii && wordBytes <= 5 && FUNCTION_WORD_CODES.has(code)) functionWords++;
  }
  return { latin, letters, words, functionWords };
}

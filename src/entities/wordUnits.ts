import type { SlantDocument } from '../document/readDocument.js';
import { foldName } from './nameKeys.js';
import { hasLetterOrDigit } from '../document/letterRuns.js';

/**
 * A word as a reader sees it: wink-nlp tokens joined across hyphens written without spaces
 * ("Abi-Habib", "twenty-six", "narco-terrorists"), with offsets into the input.
 */
export interface WordUnit {
  start: number;
  end: number;
  text: string;
  /** Lower case, curly apostrophes straightened. */
  lower: string;
  /** Lemma of the unit: the last token's lemma after the hyphenated prefix ("narco-terrorist"). */
  lemma: string;
  /** wink-nlp POS of the last token. */
  pos: string;
  /** Starts with a capital letter. */
  cap: boolean;
  /** A possessive marker ('s, ’s, or a lone apostrophe after a plural). */
  possessive: boolean;
  /** Index of the sentence and line it is in. */
  sentence: number;
  line: number;
  /** First word unit of its sentence (after opening quotation marks and dashes). */
  sentenceStart: boolean;
  /** `foldName(text)`, once asked for (see `foldedOf`). */
  folded: string | undefined;
}

/** The unit's text folded with `foldName`, computed once per unit: it is asked for many times. */
export function foldedOf(u: WordUnit): string {
  return (u.folded ??= foldName(u.text));
}

const OPENERS = /^[“"‘'«(\[—–-]+$/;

/**
 * The word units of the tokens in each range `[from, to)` of `ranges` (in text order), appended
 * to `out` (returned). Linear in the number of tokens.
 */
export function wordUnits(doc: SlantDocument, ranges: ReadonlyArray<readonly [number, number]>, out: WordUnit[] = []): WordUnit[] {
  // Offsets of the next ’ and ‘ at or after the current unit, searched forward once over the
  // whole text: a unit before both (most units) needs no scan of its lower-case form and lemma.
  const curly = { right: -1, left: -1 };
  for (const [from, to] of ranges) unitsOfRange(doc, from, to, out, curly);
  return out;
}

function unitsOfRange(doc: SlantDocument, from: number, to: number, out: WordUnit[], curlyQuote: { right: number; left: number }): void {
  const { start: starts, end: ends, text: input } = doc;
  let k = from;
  let lastSentence = -1;
  let atSentenceStart = true;
  while (k < to) {
    let e = k + 1;
    // join "X-Y" (and "X-Y-Z") written without spaces; a token is "-" when it spans one
    // character "-" (its value is the text it spans), read from the offsets, not the strings.
    while (e + 1 < to && ends[e]! - starts[e]! === 1 && input.charCodeAt(starts[e]!) === 45 && ends[e - 1] === starts[e] && ends[e] === starts[e + 1] && hasLetterOrDigit(doc.value[e + 1]!)) e += 2;
    const start = starts[k]!;
    const end = ends[e - 1]!;
    // One token: its value is the text it spans (the document's invariant), no new string.
    const text = e - k === 1 ? doc.value[k]! : doc.text.slice(start, end);
    const sentence = doc.sentenceOf[k]!;
    if (sentence !== lastSentence) {
      atSentenceStart = true;
      lastSentence = sentence;
    }
    // wink-nlp's lower-case forms are reused; only curly apostrophes need straightening.
    const rawLower = e - k === 1 ? doc.lower[k]! : text.toLowerCase();
    // Each quote character has its own cursor: every search starts past the last one found.
    if (curlyQuote.right < start) curlyQuote.right = nextIndexOf(input, '’', start);
    if (curlyQuote.left < start) curlyQuote.left = nextIndexOf(input, '‘', start);
    const curly = curlyQuote.right < end || curlyQuote.left < end;
    const lower = curly ? straightApostrophes(rawLower) : rawLower;
    const possessive = lower.length <= 2 && (lower === "'s" || lower === "'" || (lower === 's' && doc.value[k - 1] === "'"));
    const c0 = input.charCodeAt(start); // the text's first character, read from the input
    const isOpener = end - start <= 3 && !(c0 >= 48 && c0 <= 57) && !(c0 >= 65 && c0 <= 90) && !(c0 >= 97 && c0 <= 122) && OPENERS.test(text);
    const rawLemma = doc.lemma[e - 1]!;
    const lemmaLast = curly ? straightApostrophes(rawLemma) : rawLemma;
    out.push({
      start,
      end,
      text,
      lower,
      lemma: e - k > 1 ? `${lower.slice(0, lower.length - doc.value[e - 1]!.length)}${lemmaLast}` : lemmaLast,
      pos: doc.pos[e - 1]!,
      cap: c0 >= 65 && c0 <= 90 ? true : c0 < 128 ? false : /^\p{Lu}/u.test(text),
      possessive,
      sentence,
      line: doc.lineOf[k]!,
      sentenceStart: atSentenceStart && !isOpener,
      folded: undefined,
    });
    if (!isOpener) atSentenceStart = false;
    k = e;
  }
}

/** `s` with curly single quotes straightened; `s` itself when it has none (one pass, no copy). */
function straightApostrophes(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2019 || c === 0x2018) return s.replace(/[’‘]/g, "'");
  }
  return s;
}

/** Offset of the first `c` at or after `from`, or the text's length when there is none. */
function nextIndexOf(text: string, c: string, from: number): number {
  const at = text.indexOf(c, from);
  return at < 0 ? text.length : at;
}

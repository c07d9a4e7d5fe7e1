import type { SlantDocument } from '../document/readDocument.js';
import { foldName } from './nameKeys.js';
import { hasLetterOrDigit } from '../document/letterRuns.js';
import { wordBitsOf, type EntityLexicons } from './entityLexicons.js';
import { charCodeAt } from '../document/charCodes.js';
import { CAP, COUNT_CANDIDATE, LOOKED_UP, OWN, POSSESSIVE, SENTENCE_START } from './wordUnitFlags.js';

// Bits of `WordUnits.flags`, declared in wordUnitFlags.ts, a module without imports, so that the bundles read them as numbers.
export { CAP, COUNT_CANDIDATE, POSSESSIVE, SENTENCE_START } from './wordUnitFlags.js';

/**
 * Words as a reader sees them: wink-nlp tokens joined across hyphens written without spaces
 * ("Abi-Habib", "twenty-six", "narco-terrorists"), with offsets into the input. Stored as
 * columns (unit `i` is index `i` of each), not as an object per unit: the stage reads a few
 * fields of every unit, and an object per analysed token was its largest single cost. The
 * string columns hold the document's own strings for one-token units (no copies); only a
 * hyphen-joined unit or one with curly apostrophes has strings of its own.
 */
export interface WordUnits {
  /** Number of units. */
  readonly length: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Index of the sentence and line each unit is in. */
  readonly sentence: Int32Array;
  readonly line: Int32Array;
  /** `CAP | POSSESSIVE | SENTENCE_START | COUNT_CANDIDATE` bits (and one for units with strings of their own, see `plainToken`). */
  readonly flags: Uint8Array;
  /** 1 for a unit on a heading line. */
  readonly heading: Uint8Array;
  /** The unit's last token in `doc` (a one-token unit's token). */
  readonly token: Int32Array;
  /** The document the units were read from. */
  readonly doc: SlantDocument;
  readonly text: readonly string[];
  /** Lower case, curly apostrophes straightened. */
  readonly lower: readonly string[];
  /** Lemma of the unit: the last token's lemma after the hyphenated prefix ("narco-terrorist"). */
  readonly lemma: readonly string[];
  /** `foldName(text)`, once asked for (see `foldedOf`). */
  readonly folded: (string | undefined)[];
  /** `LOOKED_UP | wordBitsOf(lex, folded)`, once asked for (see `lexBitsOf`); 0 before. */
  readonly lexBits: Int32Array;
}

/**
 * The `WORD` bits of the unit's folded form (`wordBitsOf`: which word sets hold it): one
 * lookup per unit, however many of the sets the rules ask about it.
 */
export function lexBitsOf(units: WordUnits, i: number, lex: EntityLexicons): number {
  let b = units.lexBits[i]!;
  if (b === 0) units.lexBits[i] = b = LOOKED_UP | wordBitsOf(lex, foldedOf(units, i));
  return b;
}

/** wink-nlp's POS tag of the unit: its last token's (read from the document, as few units are asked). */
export function posOf(units: WordUnits, i: number): string {
  return units.doc.pos[units.token[i]!]!;
}

/**
 * The token whose strings (`value`, `lower`, `lemma`) are the unit's — its only token, without
 * curly apostrophes — or -1 when the unit has strings of its own. For such a unit a table by the
 * token's word id (`SlantDocument.lowerId`) answers for its lower-case form.
 */
export function plainToken(units: WordUnits, i: number): number {
  return units.flags[i]! & OWN ? -1 : units.token[i]!;
}

/**
 * The unit's text folded with `foldName`, computed once per unit: it is asked for many times.
 * A one-token unit of plain ASCII letters (dots, hyphens) whose lower-case form from wink-nlp is
 * its text lower-cased (most capitalised words) gets that string itself, which `foldName` would
 * have copied: the copy was one more new string, hashed again by each set it was looked up in.
 */
export function foldedOf(units: WordUnits, i: number): string {
  let f = units.folded[i];
  if (f === undefined) {
    const text = units.text[i]!;
    const lower = units.lower[i]!;
    units.folded[i] = f = !(units.flags[i]! & OWN) && isPlainLowerCaseOf(lower, text) ? lower : foldName(text);
  }
  return f;
}

/**
 * `text` is an ASCII letter then ASCII letters, dots and hyphens (`foldName`'s plain word, which it
 * lower-cases and nothing else), and `lower` is `text.toLowerCase()`: compared by char code, no copy.
 */
function isPlainLowerCaseOf(lower: string, text: string): boolean {
  const len = text.length; // read once (names come in many string representations, see `isPossessiveForm`)
  if (len === 0 || lower.length !== len) return false;
  for (let k = 0; k < len; k++) {
    const c = charCodeAt(text, k);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!(letter || (k > 0 && (c === 46 || c === 45)))) return false;
    if (charCodeAt(lower, k) !== (c >= 65 && c <= 90 ? c | 32 : c)) return false;
  }
  return true;
}

/** Characters that open a quotation, an aside or a dash clause: “ " ‘ ' « ( [ — – - (by char code: tested per unit). */
const isOpenerChar = (c: number) => c === 8220 || c === 34 || c === 8216 || c === 39 || c === 171 || c === 40 || c === 91 || c === 8212 || c === 8211 || c === 45;
/** A run of opening characters only (as `/^[“"‘'«(\[—–-]+$/`, by char code). */
const isOpenerRun = (text: string) => {
  if (text.length === 0) return false;
  for (let i = 0, len = text.length; i < len; i++) if (!isOpenerChar(charCodeAt(text, i))) return false;
  return true;
};

/**
 * The word units of the tokens in each range `[from, to)` of `ranges` (in text order); a unit
 * on a line whose `headingLine` entry is 1 is marked as a heading unit. Linear in the number
 * of tokens.
 */
export function wordUnits(doc: SlantDocument, ranges: ReadonlyArray<readonly [number, number]>, headingLine?: ArrayLike<number>): WordUnits {
  let capacity = 0;
  for (const [from, to] of ranges) capacity += Math.max(0, to - from);
  // One buffer for the eight number columns: an off-heap typed array costs about 2 µs to allocate
  // on its own, a view of a shared buffer a fraction of that.
  const buffer = new ArrayBuffer(capacity * 26);
  const cols: Columns = {
    n: 0,
    start: new Int32Array(buffer, 0, capacity),
    end: new Int32Array(buffer, capacity * 4, capacity),
    sentence: new Int32Array(buffer, capacity * 8, capacity),
    line: new Int32Array(buffer, capacity * 12, capacity),
    flags: new Uint8Array(buffer, capacity * 24, capacity),
    heading: new Uint8Array(buffer, capacity * 25, capacity),
    token: new Int32Array(buffer, capacity * 20, capacity),
    // Sized once (holes until written, cut to the unit count at the end): growing four arrays
    // by `push` allocated about twice as much.
    text: new Array<string>(capacity),
    lower: new Array<string>(capacity),
    lemma: new Array<string>(capacity),
  };
  // Offsets of the next ’ and ‘ at or after the current unit, searched forward once over the
  // whole text: a unit before both (most units) needs no scan of its lower-case form and lemma.
  const curly = { right: -1, left: -1 };
  for (const [from, to] of ranges) unitsOfRange(doc, from, to, cols, curly, headingLine);
  const n = cols.n;
  cols.text.length = n;
  cols.lower.length = n;
  cols.lemma.length = n;
  // Views of exactly `n` entries: reading past the last unit gives `undefined`, as an array would.
  return {
    length: n,
    start: n === capacity ? cols.start : new Int32Array(buffer, 0, n),
    end: n === capacity ? cols.end : new Int32Array(buffer, capacity * 4, n),
    sentence: n === capacity ? cols.sentence : new Int32Array(buffer, capacity * 8, n),
    line: n === capacity ? cols.line : new Int32Array(buffer, capacity * 12, n),
    flags: n === capacity ? cols.flags : new Uint8Array(buffer, capacity * 24, n),
    heading: n === capacity ? cols.heading : new Uint8Array(buffer, capacity * 25, n),
    token: n === capacity ? cols.token : new Int32Array(buffer, capacity * 20, n),
    doc,
    text: cols.text,
    lower: cols.lower,
    lemma: cols.lemma,
    folded: new Array<string | undefined>(n).fill(undefined),
    lexBits: new Int32Array(buffer, capacity * 16, n),
  };
}

interface Columns {
  n: number;
  start: Int32Array;
  end: Int32Array;
  sentence: Int32Array;
  line: Int32Array;
  flags: Uint8Array;
  heading: Uint8Array;
  token: Int32Array;
  text: string[];
  lower: string[];
  lemma: string[];
}

function unitsOfRange(doc: SlantDocument, from: number, to: number, cols: Columns, curlyQuote: { right: number; left: number }, headingLine: ArrayLike<number> | undefined): void {
  const { start: starts, end: ends, text: input, value, lower: lowers, lemma: lemmas, sentenceOf, lineOf, cap: capOf, numberWord } = doc;
  // The columns in locals: a call in the loop (an `indexOf`, a lower-casing) would otherwise reload each from `cols`.
  const { start: uStart, end: uEnd, sentence: uSentence, line: uLine, flags: uFlags, heading: uHeading, token: uToken, text: uText, lower: uLower, lemma: uLemma } = cols;
  let k = from;
  let lastSentence = -1;
  let atSentenceStart = true;
  let i = cols.n;
  while (k < to) {
    let e = k + 1;
    // join "X-Y" (and "X-Y-Z") written without spaces; a token is "-" when it spans one
    // character "-" (its value is the text it spans), read from the offsets, not the strings.
    // (the offsets first: a character read of the text costs more than they do, see `isOpener` below)
    while (e + 1 < to && ends[e]! - starts[e]! === 1 && ends[e - 1] === starts[e] && ends[e] === starts[e + 1] && charCodeAt(input, starts[e]!) === 45 && hasLetterOrDigit(value[e + 1]!)) e += 2;
    const start = starts[k]!;
    const end = ends[e - 1]!;
    const one = e - k === 1;
    // One token: its value is the text it spans (the document's invariant), no new string.
    const text = one ? value[k]! : input.slice(start, end);
    const sentence = sentenceOf[k]!;
    if (sentence !== lastSentence) {
      atSentenceStart = true;
      lastSentence = sentence;
    }
    // wink-nlp's lower-case forms are reused; only curly apostrophes need straightening.
    const rawLower = one ? lowers[k]! : text.toLowerCase();
    // Each quote character has its own cursor: every search starts past the last one found.
    if (curlyQuote.right < start) curlyQuote.right = nextIndexOf(input, '’', start);
    if (curlyQuote.left < start) curlyQuote.left = nextIndexOf(input, '‘', start);
    const curly = curlyQuote.right < end || curlyQuote.left < end;
    const lower = curly ? straightApostrophes(rawLower) : rawLower;
    const possessive = isPossessiveForm(lower, value, k);
    // Whether the unit opens a quotation or an aside matters only at a sentence's start (it keeps the start for
    // the next unit): elsewhere it is not asked, which spares a character read of the text per unit (each read
    // of a string's code unit costs ≈ 30 instructions, and more when the text is a joined string; perf74).
    let isOpener = false;
    if (atSentenceStart && end - start <= 3) {
      const c0 = charCodeAt(input, start); // the text's first character, read from the input
      isOpener = !(c0 >= 48 && c0 <= 57) && !(c0 >= 65 && c0 <= 90) && !(c0 >= 97 && c0 <= 122) && isOpenerRun(text);
    }
    const rawLemma = lemmas[e - 1]!;
    const lemmaLast = curly ? straightApostrophes(rawLemma) : rawLemma;
    // The document's `cap` column of the first token: the unit's text starts with that token's value.
    const cap = capOf[k] === 1;
    uStart[i] = start;
    uEnd[i] = end;
    uSentence[i] = sentence;
    const line = lineOf[k]!;
    uLine[i] = line;
    const own = !one || curly;
    const onHeading = headingLine !== undefined && !!headingLine[line];
    const countCandidate = !onHeading && (own || numberWord[k] !== 0);
    uFlags[i] = (cap ? CAP : 0) | (possessive ? POSSESSIVE : 0) | (atSentenceStart && !isOpener ? SENTENCE_START : 0) | (own ? OWN : 0) | (countCandidate ? COUNT_CANDIDATE : 0);
    uToken[i] = e - 1;
    if (onHeading) uHeading[i] = 1;
    uText[i] = text;
    uLower[i] = lower;
    uLemma[i] = one ? lemmaLast : `${lower.slice(0, lower.length - value[e - 1]!.length)}${lemmaLast}`;
    if (!isOpener) atSentenceStart = false;
    i++;
    k = e;
  }
  cols.n = i;
}

/**
 * A possessive marker's lower-case form: "'s", "'", or "s" after a lone "'" token (`value[k - 1]`).
 * By char codes (NaN past the end), not `lower.length`: the forms come in many string
 * representations, where each `length` read is a megamorphic load (perf39, perf40).
 */
function isPossessiveForm(lower: string, value: readonly string[], k: number): boolean {
  const c0 = charCodeAt(lower, 0);
  if (c0 === 39) {
    const c1 = charCodeAt(lower, 1);
    return Number.isNaN(c1) || (c1 === 115 && Number.isNaN(charCodeAt(lower, 2)));
  }
  return c0 === 115 && Number.isNaN(charCodeAt(lower, 1)) && value[k - 1] === "'";
}

/** `s` with curly single quotes straightened; `s` itself when it has none (one pass, no copy). */
function straightApostrophes(s: string): string {
  for (let i = 0, len = s.length; i < len; i++) {
    const c = charCodeAt(s, i);
    if (c === 0x2019 || c === 0x2018) return s.replace(/[’‘]/g, "'");
  }
  return s;
}

/** Offset of the first `c` at or after `from`, or the text's length when there is none. */
function nextIndexOf(text: string, c: string, from: number): number {
  const at = text.indexOf(c, from);
  return at < 0 ? text.length : at;
}

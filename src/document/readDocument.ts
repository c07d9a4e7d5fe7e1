import { readWithSharedEngine } from './nlpModel.js';
import { normalizeText, isSpaceCode } from './normalizeText.js';
import { winkColumns, type WinkTokens } from './winkColumns.js';
import { winkModel } from './winkModel.js';
import { attachesToPrevious, gluedPeriodWord, keepsBoundary, mayBeGluedPeriodWord, startsAfterAbbreviation } from './sentenceBoundaries.js';
import { numberWordBit } from './numberWords.js';
import { charCodeAt } from './charCodes.js';
import { startsWithUpper } from './letterRuns.js';
import { doubledMarkSpan, withDoubledApostrophesAsMarks } from './doubledApostrophes.js';
import { flatText } from './flatText.js';

/** A line of the input (without its line terminator), with offsets into the original text. */
export interface Line {
  /** Offset of the first non-space character (or of the line start when blank). */
  start: number;
  /** Offset after the last non-space character. */
  end: number;
  blank: boolean;
  /** Index of the first token on the line and one past the last (`tokenStart === tokenEnd` when blank). */
  tokenStart: number;
  tokenEnd: number;
}

/**
 * A sentence: wink-nlp's sentence boundaries, additionally cut at every line break, and
 * repaired around abbreviations and closing quotation marks (see `sentenceBoundaries.ts`).
 */
export interface Sentence {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  line: number;
}

/**
 * The shared document model: the input read once by wink-nlp, as parallel token arrays with
 * offsets into the original text. Every later stage reads these arrays instead of tokenizing
 * again. Whitespace tokens are dropped; every token satisfies
 * `text.slice(start[i], end[i]) === value[i]`.
 */
export interface SlantDocument {
  /** The original input, untouched. All offsets index into it. */
  text: string;
  /** Same-length copy with exotic spaces, BOM, controls and lone surrogates replaced. */
  normalized: string;
  tokenCount: number;
  start: Int32Array;
  end: Int32Array;
  /** The token as it appears in the text. */
  value: string[];
  /**
   * Lower-cased form. A quotation mark written as two apostrophes (`''`, one token) has the
   * curly mark it stands for here and in `lemma` (see `doubledApostrophes.ts`).
   */
  lower: string[];
  /**
   * An integer id of each token's lower-cased form, for tables that remember what a form
   * looked up gives (a word's id costs an array read where its string costs a hash lookup):
   * within one `vocabulary`, tokens with the same id have the same `lower` (the same form may
   * have several ids). -1 for a token without one.
   */
  lowerId: Int32Array;
  /**
   * What `lowerId` numbers the forms in (wink-nlp's engine: a renewed engine numbers them anew);
   * null when no token has an id. Key per-vocabulary tables by it (a `WeakMap`).
   */
  vocabulary: object | null;
  /** wink-nlp lemma (lower case): `said` → `say`, `n’t` → `not`. */
  lemma: string[];
  /** Universal POS tag from wink-nlp. */
  pos: string[];
  /** wink-nlp token type: `word`, `number`, `punctuation`, `url`, ... */
  type: string[];
  /** True when the token counts as a word (words, numbers, contractions joined). */
  isWord: Uint8Array;
  /**
   * 1 when `lower` is a number word or written number (`numberWordBit`:
   * "26", "1,200", "twenty-six", "dozen"), else 0. Kept in the engine's word record, so a stage
   * that looks for numbers reads it per token instead of testing every word's string.
   */
  numberWord: Uint8Array;
  /**
   * 1 when `value` starts with an upper-case letter (`/^\p{Lu}/u`), else 0. Read per token by the
   * attribution rules (`isCap`, ≈ 1,300 asks per article): a typed-array read where the value's
   * first character cost a char-code read on strings of many representations (perf66).
   */
  cap: Uint8Array;
  /** Index of the line each token is on. */
  lineOf: Int32Array;
  /** Index of the sentence each token belongs to. */
  sentenceOf: Int32Array;
  lines: Line[];
  sentences: Sentence[];
}

const WORD_TYPES = new Set(['word', 'number', 'url', 'email', 'hashtag', 'mention', 'ordinal', 'time', 'date']);

/**
 * Longest run of non-space characters wink-nlp reads as it is. Its tokenizer is quadratic in
 * the length of a run it has to split ("!!!!…", "a-b-c-…", a 10,000-letter "word"), so the
 * rest of a longer run is hidden from it (blanked in the copy it reads) and the run's last
 * token is stretched over it afterwards: offsets stay exact, the run stays one token, and the
 * cost per character stays bounded. Real words and most URLs are far shorter.
 */
export const MAX_RUN = 64;

/** How far past the expected offset a token wink-nlp returned is looked for. */
const ALIGN_WINDOW = 32;

/**
 * Reads `text` once with wink-nlp and returns the shared document model.
 *
 * @example
 * ```ts
 * const doc = readDocument('Officials said on Monday.\nShe agreed.');
 * doc.sentences.length // 2
 * doc.value[1] // "said"
 * ```
 */
export function readDocument(text: string): SlantDocument {
  const flat = flatText(text);
  return readNormalized(flat, normalizeText(flat));
}

/**
 * `readDocument(text)` when `normalized` is `normalizeText(text)`, already made (the analysis
 * makes it from the input's `scanText`, without a pass of its own).
 */
export function readNormalized(given: string, givenNormalized: string): SlantDocument {
  // (flat strings: every stage reads them by code unit, see flatText)
  const text = flatText(given);
  const normalized = givenNormalized === given ? text : flatText(givenNormalized);
  const capped = capLongRuns(normalized);
  const runs = capped.runs;
  const forWink = withDoubledApostrophesAsMarks(capped.forWink);
  return readWithSharedEngine(forWink, (nlp, doc, vocabulary) =>
    documentOf(text, normalized, forWink, runs, winkColumns(nlp as never, doc as never, winkModel.addons.lemmatize as never, vocabulary)),
  );
}

/** The document model of `text` from the columns wink-nlp read of `forWink` (its normalised, capped copy). */
function documentOf(text: string, normalized: string, forWink: string, runs: Run[], raw: WinkTokens): SlantDocument {
  // Align every non-space token to its offset in the (same-length) text wink-nlp read. The
  // search is bounded, so a token wink-nlp altered costs a few characters, not a rescan.
  const n = raw.count;
  let { keep, starts, ends, caps } = alignmentArrays(n);
  const values: string[] = new Array(n); // each kept token's value, read once
  // Kept indices of periods split off a word wink-nlp glued them to ("chimed in." → "in" "."),
  // with the part of speech of the word before each.
  const split: Array<[period: number, pos: string]> = [];
  let count = 0;
  let cursor = 0;
  const forWinkLength = forWink.length;
  for (let i = 0; i < n; i++) {
    let v = raw.value(i);
    // The value's length read once: token values come in many string representations, so each
    // `v.length` is a megamorphic load (perf38's callgrind: the largest caller of LoadIC_Megamorphic).
    let vLength = v.length;
    if (vLength === 0) continue;
    // (the first code unit also gives the `cap` column: no second read of the value, whose char-code reads are costly)
    const c0 = charCodeAt(v, 0);
    if (isSpaceCode(c0)) continue; // whitespace tokens (the text is normalised)
    let cap0 = capOf(c0, v);
    while (cursor < forWinkLength && isSpaceCode(charCodeAt(forWink, cursor))) cursor++;
    let at = forWink.startsWith(v, cursor) ? cursor : -1;
    if (at < 0) {
      const found = forWink.slice(cursor, cursor + vLength + ALIGN_WINDOW).indexOf(v);
      if (found >= 0) at = cursor + found;
    }
    if (at < 0) continue; // wink-nlp altered the token: drop it rather than report a false offset
    cursor = at + vLength;
    // (`gluedPeriodWord` answers only for the lengths of its words: not called for the rest)
    const gluedPos = mayBeGluedPeriodWord(vLength) ? gluedPeriodWord(v, forWink, cursor) : null;
    if (gluedPos !== null) {
      // One raw token, two kept ones: the word and its period (the columns are fixed below).
      if (count + 2 > keep.length) ({ keep, starts, ends, caps } = grown(keep, starts, ends, caps));
      keep[count] = i;
      values[count] = v.slice(0, -1);
      caps[count] = cap0;
      starts[count] = at;
      ends[count] = cursor - 1;
      count++;
      split.push([count, gluedPos]);
      at = cursor - 1;
      v = '.';
      vLength = 1;
      cap0 = 0;
    }
    if (count >= keep.length) ({ keep, starts, ends, caps } = grown(keep, starts, ends, caps));
    keep[count] = i;
    // a quotation mark written as two characters ('', ‘‘, ’’), read by wink-nlp as a curly one: the token covers both
    const doubled = vLength === 1 ? doubledMarkSpan(v, normalized, at) : null;
    if (doubled !== null) {
      values[count] = text.slice(doubled[0], doubled[1]);
      caps[count] = capOf(charCodeAt(values[count]!, 0), values[count]!);
      starts[count] = doubled[0];
      ends[count] = cursor = doubled[1];
    } else {
      values[count] = v;
      caps[count] = cap0;
      starts[count] = at;
      ends[count] = cursor;
    }
    count++;
  }
  const stretched = runs.length > 0 ? stretchOverCappedRuns(runs, starts, ends, count) : null;

  // The number columns are views of one buffer: an off-heap typed array costs about 2 µs to
  // allocate on its own, a view of a shared buffer a fraction of that.
  const columns = new ArrayBuffer(count * 23);
  const start = new Int32Array(columns, 0, count);
  start.set(starts.subarray(0, count));
  const end = new Int32Array(columns, count * 4, count);
  end.set(ends.subarray(0, count));
  const value: string[] = new Array(count);
  const lower: string[] = new Array(count);
  const lowerId = new Int32Array(columns, count * 8, count);
  const lemma: string[] = new Array(count);
  const pos: string[] = new Array(count);
  const type: string[] = new Array(count);
  const isWord = new Uint8Array(columns, count * 20, count);
  const numberWord = new Uint8Array(columns, count * 21, count);
  const cap = new Uint8Array(columns, count * 22, count);
  cap.set(caps.subarray(0, count));
  // The word columns in one pass over wink's data; `isWord` first holds whether the type is a word type.
  raw.fillColumns(keep, count, { lower, lowerId, lemma, pos, type, wordType: isWord, numberWord }, WORD_TYPES);
  for (const [p, wordPos] of split) {
    lower[p - 1] = lemma[p - 1] = values[p - 1]!.toLowerCase();
    lowerId[p - 1] = lowerId[p] = -1;
    pos[p - 1] = wordPos;
    type[p - 1] = 'word';
    isWord[p - 1] = 1;
    numberWord[p - 1] = numberWord[p] = 0;
    lower[p] = lemma[p] = '.';
    pos[p] = 'PUNCT';
    type[p] = 'punctuation';
    isWord[p] = 0;
  }
  const same = text === normalized;
  for (let k = 0; k < count; k++) {
    const i = keep[k]!;
    if (stretched?.has(k)) {
      // A capped run: the token covers the whole run; its forms are the run's own.
      value[k] = text.slice(start[k]!, end[k]!);
      lower[k] = value[k]!.toLowerCase();
      lowerId[k] = -1;
      lemma[k] = lower[k]!;
      numberWord[k] = numberWordBit(lower[k]!);
      cap[k] = capOf(charCodeAt(value[k]!, 0), value[k]!);
    } else if (same) value[k] = values[k]!;
    else {
      // the text's own characters (the value wink-nlp read has normalised ones)
      value[k] = text.slice(start[k]!, end[k]!);
      cap[k] = capOf(charCodeAt(value[k]!, 0), value[k]!);
    }
    // "wo" + "n't": count a split contraction as one word.
    if (isWord[k] && raw.contraction(i) && k > 0 && start[k] === end[k - 1] && keep[k - 1] === i - 1 && raw.contraction(i - 1)) isWord[k] = 0;
  }

  const lines = splitLines(normalized, start, count);
  const lineOf = new Int32Array(columns, count * 12, count);
  for (let li = 0; li < lines.length; li++) {
    const l = lines[li]!;
    for (let k = l.tokenStart; k < l.tokenEnd; k++) lineOf[k] = li;
  }

  // wink-nlp sentence boundaries (in raw token indices) mapped to kept tokens, cut at line breaks.
  // wink-nlp lists its sentences in token order: a cursor into their starts finds those up to each kept token.
  // (this assumes `rawStarts` ascends, as wink-nlp builds them; starts out of order would be read as boundaries late)
  const rawStarts = raw.sentenceStarts;
  let nextStart = 0;
  const sentences: Sentence[] = [];
  const sentenceOf = new Int32Array(columns, count * 16, count);
  let carried = false; // a boundary moved past a closing mark glued to the previous sentence
  const kept = { value, start, end };
  // Tokens right after a split period: a sentence end wink-nlp did not propose.
  let afterSplit: Uint8Array | null = null;
  if (split.length > 0) {
    afterSplit = new Uint8Array(count + 1);
    for (const [p] of split) afterSplit[p + 1] = 1;
  }
  for (let k = 0; k < count; k++) {
    const i = keep[k]!;
    let boundary = k === 0 || lineOf[k] !== lineOf[k - 1];
    let proposed = carried || (afterSplit !== null && afterSplit[k] === 1);
    for (; nextStart < rawStarts.length && rawStarts[nextStart]! <= i; nextStart++) proposed = true;
    carried = false;
    if (!boundary && proposed) {
      if (attachesToPrevious(kept, k)) carried = true;
      else boundary = keepsBoundary(kept, k);
    } else if (!boundary) boundary = startsAfterAbbreviation(kept, k);
    if (boundary) sentences.push({ start: start[k]!, end: end[k]!, tokenStart: k, tokenEnd: k + 1, line: lineOf[k]! });
    const s = sentences[sentences.length - 1]!;
    s.end = end[k]!;
    s.tokenEnd = k + 1;
    sentenceOf[k] = sentences.length - 1;
  }

  return { text, normalized, tokenCount: count, start, end, value, lower, lowerId, vocabulary: raw.vocabulary, lemma, pos, type, isWord, numberWord, cap, lineOf, sentenceOf, lines, sentences };
}

/** Alignment arrays kept between documents of up to this many tokens (larger ones get their own). */
const SCRATCH_TOKENS = 1 << 16;
/** Kept tokens' raw indices, offsets and `cap` entries, filled as wink-nlp's tokens are aligned. */
type AlignmentArrays = { keep: Int32Array; starts: Int32Array; ends: Int32Array; caps: Uint8Array };
let scratch: AlignmentArrays | null = null;

/**
 * Arrays of at least `n` entries for the alignment (each entry is written before it is read):
 * the same ones for every document of up to `SCRATCH_TOKENS` tokens, as only their copies are kept.
 */
function alignmentArrays(n: number): AlignmentArrays {
  if (n > SCRATCH_TOKENS) return { keep: new Int32Array(n), starts: new Int32Array(n), ends: new Int32Array(n), caps: new Uint8Array(n) };
  if (scratch === null || scratch.keep.length < n) {
    const size = Math.min(SCRATCH_TOKENS, Math.max(n, 2 * (scratch?.keep.length ?? 512)));
    scratch = { keep: new Int32Array(size), starts: new Int32Array(size), ends: new Int32Array(size), caps: new Uint8Array(size) };
  }
  return scratch;
}

/** The alignment arrays with room for more tokens (a split adds one kept token per raw one). */
function grown(keep: Int32Array, starts: Int32Array, ends: Int32Array, caps: Uint8Array): AlignmentArrays {
  const size = keep.length * 2 + 8;
  const more = (a: Int32Array): Int32Array => {
    const b = new Int32Array(size);
    b.set(a);
    return b;
  };
  const moreCaps = new Uint8Array(size);
  moreCaps.set(caps);
  return { keep: more(keep), starts: more(starts), ends: more(ends), caps: moreCaps };
}

/**
 * 1 when a value whose first code unit is `c` starts with an upper-case letter (`/^\p{Lu}/u`),
 * else 0: ASCII by the code, other letters by `startsWithUpper` (NaN, an empty value: 0).
 */
const capOf = (c: number, v: string): number => (c < 128 ? (c >= 65 && c <= 90 ? 1 : 0) : startsWithUpper(v) ? 1 : 0);

/** A run of non-space characters longer than `MAX_RUN`: [start, end) in the text. */
type Run = readonly [start: number, cut: number, end: number];

/**
 * The text wink-nlp reads: `normalized` with every run of non-space characters cut to
 * `MAX_RUN` characters (the rest blanked, same length), and the runs that were cut.
 */
export function capLongRuns(normalized: string): { forWink: string; runs: Run[] } {
  const runs: Run[] = [];
  const len = normalized.length;
  // Skips ahead instead of reading every character: a run longer than MAX_RUN that starts in
  // [i, i + MAX_RUN] covers i + MAX_RUN, so a space there, or the last space before it, rules out
  // every start up to it. `i` is always 0 or just after a space (or past the text).
  let i = 0;
  while (i + MAX_RUN < len) {
    const probe = i + MAX_RUN;
    let q = probe;
    while (q >= i && !isSpaceCode(charCodeAt(normalized, q))) q--;
    if (q >= i) {
      i = q + 1;
      continue;
    }
    // No space in [i, probe]: a run starts at i and is longer than MAX_RUN.
    const runStart = i;
    i = probe + 1;
    while (i < len && !isSpaceCode(charCodeAt(normalized, i))) i++;
    let cut = runStart + MAX_RUN;
    const c = charCodeAt(normalized, cut - 1);
    if (c >= 0xd800 && c <= 0xdbff) cut--; // do not split a surrogate pair
    runs.push([runStart, cut, i]);
    i++; // past the space that ended the run
  }
  if (runs.length === 0) return { forWink: normalized, runs };
  const parts: string[] = [];
  let from = 0;
  for (const [, cut, end] of runs) {
    parts.push(normalized.slice(from, cut), ' '.repeat(end - cut));
    from = end;
  }
  parts.push(normalized.slice(from));
  return { forWink: parts.join(''), runs };
}

/**
 * Stretches the last token read inside each capped run over the rest of the run (updating
 * `ends`); returns the indices (into `starts`) of the stretched tokens.
 */
function stretchOverCappedRuns(runs: readonly Run[], starts: Int32Array, ends: Int32Array, count: number): Set<number> {
  const stretched = new Set<number>();
  let k = 0;
  for (const [runStart, cut, end] of runs) {
    while (k < count && starts[k]! < cut) k++;
    const last = k - 1; // the last token starting before the cut
    if (last >= 0 && starts[last]! >= runStart) {
      ends[last] = end;
      stretched.add(last);
    }
  }
  return stretched;
}

function splitLines(normalized: string, tokenStart: Int32Array, count: number): Line[] {
  const lines: Line[] = [];
  let lineStart = 0;
  let tok = 0;
  const len = normalized.length;
  while (lineStart <= len) {
    let nl = normalized.indexOf('\n', lineStart);
    if (nl < 0) nl = len;
    let s = lineStart;
    let e = nl;
    while (s < e && isSpaceCode(charCodeAt(normalized, s))) s++;
    while (e > s && isSpaceCode(charCodeAt(normalized, e - 1))) e--;
    const first = tok;
    while (tok < count && tokenStart[tok]! < nl) tok++;
    const blank = s === e;
    lines.push({ start: blank ? lineStart : s, end: blank ? lineStart : e, blank, tokenStart: first, tokenEnd: tok });
    if (nl === len) break;
    lineStart = nl + 1;
  }
  return lines;
}

/** Index of the first token that starts at or after `offset` (binary search; `tokenCount` if none). */
export function tokenIndexAt(doc: SlantDocument, offset: number): number {
  let lo = 0;
  let hi = doc.tokenCount;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.start[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

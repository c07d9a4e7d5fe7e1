import type { VoiceMap } from '../attribution/voiceMap.js';
import { tokenIndexAt, type SlantDocument } from '../document/readDocument.js';
import type { Attribution, Evidence, Quote, Segment } from '../schema/articleAnalysis.js';
import { hasLetterOrDigit, startsWithUpper, wordRuns } from '../document/letterRuns.js';
import { lazyPattern } from '../document/segments/lazyPattern.js';
import { charCodeAt } from '../document/charCodes.js';

// (built on first use: V8 parses a `\p{...}` class of a literal when it compiles the module, used or not)
const UPPER_NEXT = lazyPattern(String.raw`^\s*(?:$|\p{Lu})`, 'u');

/** The lexicon id of scare-quote evidence (found by pattern, not listed in a lexicon file). */
export const SCARE_QUOTES_ID = 'scare-quotes';

/** Longest quotation, in words, that can be a scare quote ("so-called “peaceful” protests"); longer ones are mostly quoted speech. */
const MAX_WORDS = 2;
/** Longest stretch, in characters, searched for the closing mark. */
const MAX_CHARS = 60;

const PAIRS = new Map<string, string>([
  ['“', '”'],
  ['‘', '’'],
  ['"', '"'],
  ["'", "'"],
  ['«', '»'],
]);
/** The opening marks of PAIRS. */
const OPENING_MARK = /[“‘"'«]/g;

/** Index of the first of the sorted `xs` at or after `x` (`xs.length` if none). */
function firstAtOrAfter(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
// Words that introduce a mention rather than a use: the term “woke”, a film titled “Dust”.
const MENTION_BEFORE = /\b(?:word|words|term|terms|phrase|phrases|label|labels|slogan|slogans|hashtag|headline|headlined|titled|entitled|dubbed|nicknamed|named|called|spelled|spelt|known as|so-called|so called|reads?|read|says?|said|wrote|writes|stated|tweeted|posted|added)\s*[,:]?\s*$/iu;
const MINOR = new Set(['a', 'an', 'the', 'and', 'of', 'in', 'on', 'at', 'to', 'for', 'or', 'with', 'by', 'de', 'la', 'el']);

/**
 * Finds scare quotes: a single word or a two-word phrase in quotation marks that is not speech — the writer holding a word at arm's length ("the “experts”", "“peaceful”
 * protests"). Speech quotations (the attribution stage's `quotes`), short quotations in a
 * sentence that reports speech (partial quotes), nicknames inside names
 * (Joaquín “El Chapo” Guzmán), titles and names in Title Case, and mentions of a word ("the term
 * “woke”", "a report titled “Dust”") are not scare quotes. Evidence spans include the marks.
 *
 * @example
 * ```ts
 * const a = analyzeArticle('The “experts” were wrong again.');
 * a.language.loaded.filter((e) => e.lexicon === 'scare-quotes')[0].text; // "“experts”"
 * ```
 */
export function findScareQuotes(doc: SlantDocument, segments: readonly Segment[], analysed: ReadonlySet<Segment['kind']>, quotes: readonly Quote[], attributions: readonly Attribution[], voices: VoiceMap): Evidence[] {
  const out: Evidence[] = [];
  const text = doc.normalized;
  // A short quotation in a sentence that reports speech ("said the plan was “reckless”") is a
  // partial quote of that speech, even when the attribution stage did not list it as a quote.
  const reporting = new Uint8Array(doc.sentences.length);
  for (const a of attributions) {
    reporting[doc.sentenceOf[Math.min(doc.tokenCount - 1, tokenIndexAt(doc, a.cueSpan.start))]!] = 1;
    reporting[doc.sentenceOf[Math.min(doc.tokenCount - 1, tokenIndexAt(doc, a.start))]!] = 1;
  }
  // Speech quotes, sorted, walked with a cursor: no rescan per candidate.
  const speech = [...quotes].sort((a, b) => a.start - b.start);
  let q = 0;
  // Where an opening mark of PAIRS (“ ‘ " ' «) stands, found in one native scan of the text
  // (most characters open nothing), in text order.
  const marks: number[] = [];
  OPENING_MARK.lastIndex = 0;
  while (OPENING_MARK.test(text)) marks.push(OPENING_MARK.lastIndex - 1);
  for (const seg of segments) {
    if (!analysed.has(seg.kind)) continue;
    const end = seg.end;
    let m = firstAtOrAfter(marks, seg.start);
    for (; m < marks.length && marks[m]! < end; m++) {
      const i = marks[m]!;
      const close = PAIRS.get(text[i]!);
      if (close === undefined || !opensAt(text, i, seg.start)) continue;
      const j = closingMark(text, i + 1, Math.min(end, i + 1 + MAX_CHARS), close);
      if (j < 0) continue;
      const inner = text.slice(i + 1, j);
      const span = { start: i, end: j + 1 };
      // the next candidate starts after this closing mark
      while (m + 1 < marks.length && marks[m + 1]! <= j) m++;
      while (q < speech.length && speech[q]!.end <= span.start) q++;
      if (q < speech.length && speech[q]!.start < span.end) continue;
      if (doc.tokenCount > 0 && reporting[doc.sentenceOf[Math.min(doc.tokenCount - 1, tokenIndexAt(doc, span.start))]!]) continue;
      if (!isScareQuote(text, inner, span.start, span.end, seg.start, end)) continue;
      out.push({ start: span.start, end: span.end, text: doc.text.slice(span.start, span.end), lexicon: SCARE_QUOTES_ID, entry: 'scare quote', voice: voices.voiceAt(span.start), negated: false, weight: 1 });
    }
  }
  return out;
}

/** An opening mark stands at a word's start: after a space, an opening bracket or a dash, and before a letter. */
function opensAt(text: string, i: number, lineStart: number): boolean {
  const before = i > lineStart ? text[i - 1]! : ' ';
  const after = text[i + 1] ?? '';
  if (!hasLetterOrDigit(after)) return false;
  if (text[i] === '’' || text[i] === '”') return false;
  return /[\s([{—–-]/u.test(before);
}

/** The closing mark: `close` before a non-letter, and after a letter or a closing punctuation mark. */
function closingMark(text: string, from: number, to: number, close: string): number {
  // (code units, not one-character strings: most of the stretch is letters and spaces)
  const closeCode = charCodeAt(close, 0);
  for (let k = from; k < to; k++) {
    const c = charCodeAt(text, k);
    if (c === 10 /* \n */) return -1;
    if (c !== closeCode) continue;
    const next = text[k + 1] ?? ' ';
    if (hasLetterOrDigit(next)) continue; // an apostrophe inside a word (don’t, Guzmán’s)
    const before = text[k - 1]!;
    if (before !== '.' && before !== ',' && before !== '!' && before !== '?' && !hasLetterOrDigit(before)) return -1;
    return k;
  }
  return -1;
}

function isScareQuote(text: string, inner: string, start: number, end: number, lineStart: number, lineEnd: number): boolean {
  const bare = inner.replace(/[,.!?]+$/u, '');
  if (/[.!?;:]/u.test(bare)) return false; // a sentence, not a word held at arm's length
  const words = wordRuns(bare, "'’-");
  if (words.length === 0 || words.length > MAX_WORDS) return false;
  if (words.length !== wordRuns(inner, "'’-").length) return false;
  const before = text.slice(Math.max(lineStart, start - 30), start);
  if (MENTION_BEFORE.test(before)) return false;
  // Names, nicknames and titles are written in Title Case ("Squad", “El Chapo”, “Make America Great Again”).
  if (words.every((w, k) => startsWithUpper(w) || (k > 0 && MINOR.has(w.toLowerCase())))) return false;
  // A quotation that ends its sentence with a mark inside it reads as speech ("called it “a disgrace.”").
  if (/[.!?]$/u.test(inner) && UPPER_NEXT().test(text.slice(end, Math.min(lineEnd, end + 3)))) return false;
  return true;
}

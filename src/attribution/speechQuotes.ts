import { tokenIndexAt, type SlantDocument } from '../document/readDocument.js';
import type { AttributionLexicons } from './attributionLexicons.js';
import { classifyQuote } from './classifyQuote.js';
import { findQuoteSpans, type QuoteSpan } from './findQuoteSpans.js';
import { hasLetter, hasLetterOrDigit, hasUpper, startsWithUpper } from '../document/letterRuns.js';

/** An analysed paragraph (one line of the input): offsets and token range [ts, te). */
export interface Paragraph {
  start: number;
  end: number;
  ts: number;
  te: number;
}

/** A quotation that is speech (not a nickname, title or scare quote). */
export interface SpeechQuote {
  span: QuoteSpan;
  para: number;
  /** Author text of the same sentence stands right before it ("called it “a disgrace”"). */
  partial: boolean;
  /** First content token and first token after the content. */
  t0: number;
  t1: number;
  /** Index of the quote it continues (multi-paragraph quotation), or -1. */
  continues: number;
}

/** The speech quotations of a document and token lookups built from them. */
export interface QuoteIndex {
  quotes: SpeechQuote[];
  /** For each token, the speech quote whose content holds it, or -1. */
  inQuote: Int32Array;
  /** 1 for tokens inside a quoted title, name or scare quote (no cue can stand there). */
  inTitle: Uint8Array;
  /** Offset of an opening or closing mark → index of its quote. */
  quoteAtMark: Map<number, number>;
}

/**
 * The speech quotation whose opening mark is token `t`, or undefined (a closing mark, or a mark
 * of no speech quotation).
 */
export function quoteOpenedAt(doc: SlantDocument, quotes: QuoteIndex, t: number): SpeechQuote | undefined {
  const qi = quotes.quoteAtMark.get(doc.start[t]!);
  const q = qi === undefined ? undefined : quotes.quotes[qi];
  return q !== undefined && q.span.open === doc.start[t] ? q : undefined;
}

/**
 * Finds the speech quotations paragraph by paragraph, links a paragraph that opens a new
 * quotation after an unclosed one (the multi-paragraph convention), and indexes tokens.
 * Linear in the text.
 *
 * @example
 * ```ts
 * const doc = readDocument('“We will rebuild,” Mayor Ana Ruiz said.');
 * findSpeechQuotes(doc, [{ start: 0, end: doc.text.length, ts: 0, te: doc.tokenCount }]).quotes.length // 1
 * ```
 */
export function findSpeechQuotes(doc: SlantDocument, paragraphs: Paragraph[], lex?: AttributionLexicons): QuoteIndex {
  const text = doc.text;
  const quotes: SpeechQuote[] = [];
  const nonSpeech: [number, number][] = [];
  // (a loop, not a callback: a closure made per document loses its optimised code at each memory-reducing GC)
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi]!;
    const para = doc.normalized.slice(p.start, p.end);
    for (const span of findQuoteSpans(para, p.start)) {
      // (spans as literals with `QuoteSpan`'s fields in its order, not spreads: a spread's hidden class dies between
      // documents, and a memory-reducing GC then deoptimises every function that reads a quote's span, see `anchorShape`)
      const local: QuoteSpan = { open: span.open - p.start, close: span.close < 0 ? -1 : span.close - p.start, start: span.start - p.start, end: span.end - p.start, marks: span.marks, closed: span.closed };
      if (classifyQuote(para, local, () => lex !== undefined && speechVerbBefore(doc, tokenIndexAt(doc, span.open), lex)) !== 'speech') {
        nonSpeech.push([span.start, span.end]);
        continue;
      }
      const trimmed = trimSpan(text, span.start, span.end);
      if (trimmed.end <= trimmed.start) continue;
      const q: SpeechQuote = { span: { open: span.open, close: span.close, start: trimmed.start, end: trimmed.end, marks: span.marks, closed: span.closed }, para: pi, partial: isPartial(para, local.open), t0: tokenIndexAt(doc, trimmed.start), t1: tokenIndexAt(doc, trimmed.end), continues: -1 };
      const prev = quotes[quotes.length - 1];
      if (prev && prev.para === pi - 1 && !prev.span.closed && span.open === p.start) q.continues = quotes.length - 1;
      quotes.push(q);
    }
  }
  const inQuote = new Int32Array(doc.tokenCount).fill(-1);
  const quoteAtMark = new Map<number, number>();
  quotes.forEach((q, i) => {
    for (let k = q.t0; k < q.t1; k++) inQuote[k] = i;
    quoteAtMark.set(q.span.open, i);
    if (q.span.close >= 0) quoteAtMark.set(q.span.close, i);
  });
  const inTitle = new Uint8Array(doc.tokenCount);
  for (const [a, b] of nonSpeech) for (let k = tokenIndexAt(doc, a); k < doc.tokenCount && doc.start[k]! < b; k++) inTitle[k] = 1;
  return { quotes, inQuote, inTitle, quoteAtMark };
}

/**
 * `"Okafor called the plan “a myth” and said, “…”`: an opening mark at a paragraph's start that never
 * closes there, cut where a quotation of the paragraph's own opens. Excerpts mark each paragraph's
 * opening this way; the words before the next mark are no quotation a speaker goes on into (a
 * quotation running to the paragraph's end is a multi-paragraph quotation's piece, and stays one).
 */
export function isStrayOpening(q: SpeechQuote, para: Paragraph): boolean {
  return q.span.open === para.start && !q.span.closed && q.t1 < para.te;
}

/**
 * Does a reporting verb of the lexicon (speech, writing, intention, evaluation) stand before token
 * `k` in its sentence? Reads back
 * at most 60 tokens, so a document costs at most that per short quotation.
 */
function speechVerbBefore(doc: SlantDocument, k: number, lex: AttributionLexicons): boolean {
  const first = Math.max(doc.sentences[doc.sentenceOf[k] ?? 0]?.tokenStart ?? 0, k - 60);
  for (let t = k - 1; t >= first; t--) {
    if (doc.pos[t] !== 'VERB') continue;
    // (a verb of saying, writing, promising or judging; not one of belief or perception: "saw “a real shift”" may be the author's)
    const cueClass = lex.verbs.get(doc.lemma[t]!)?.cueClass;
    if (cueClass === 'speech' || cueClass === 'writing' || cueClass === 'intention' || cueClass === 'evaluation') return true;
  }
  return false;
}

function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/** A quotation is partial when author text of the same sentence stands right before it. */
function isPartial(para: string, open: number): boolean {
  let j = open - 1;
  while (j >= 0 && /\s/.test(para[j]!)) j--;
  if (j < 0) return false;
  const c = para[j]!;
  if (/[.!?:;”"’']/.test(c)) return false;
  if (c === ',') {
    // `said, “We ...` introduces a full quotation, and `“...,” she said, “but ...` resumes one.
    const after = para.slice(open + 1, open + 3).replace(/^'/, '');
    if (startsWithUpper(after)) return false;
    return !closingMarkBefore(para, j);
  }
  return true;
}

/** Titles and other short words written with a full stop that ends no sentence ("Mr. Vale said, “…”"). */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'maj', 'adm', 'cmdr', 'prof', 'rev', 'st', 'hon', 'pres', 'supt', 'det', 'atty', 'jr', 'sr', 'inc', 'co', 'corp', 'ltd', 'messrs', 'mmes']);

/**
 * Does a quotation mark stand within 200 characters before the comma at `j`, with no end of a sentence
 * between them (`“A,” Mr. Vale said, “but …”` resumes a quotation)? A full stop after a title or an
 * initial ("Mr.", "Gov.", "John F.", "U.S.") ends no sentence. Scans at most 200 characters.
 */
function closingMarkBefore(para: string, j: number): boolean {
  for (let i = j - 1; i >= 0 && j - i <= 201; i--) {
    const c = para[i]!;
    if (c === '”' || c === '"') return true;
    // (an apostrophe inside a word is no mark: "the club's")
    if ((c === '’' || c === "'") && !(hasLetterOrDigit(para[i - 1] ?? '') && hasLetter(para[i + 1] ?? ''))) return true;
    if (c === '!' || c === '?') return false;
    if (c === '.') {
      let w = i;
      while (w > 0 && hasLetter(para[w - 1]!)) w--;
      const word = para.slice(w, i);
      // an initial ("F.", "U.S.") or a title ("Mr.", "Sen.")
      if (!(word.length === 1 && hasUpper(word)) && !ABBREVIATIONS.has(word.toLowerCase())) return false;
      i = w;
    }
  }
  return false;
}

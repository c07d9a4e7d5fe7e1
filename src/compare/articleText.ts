import stopwordLexicon from '../../lexicons/stopwords.json';
import { ANALYSED_KINDS } from '../document/segments/segmentDocument.js';
import type { ArticleAnalysis } from '../schema/articleAnalysis.js';

/** Words left out of term counts and similarity (the `stopwords` lexicon). */
export const STOPWORDS: ReadonlySet<string> = new Set((stopwordLexicon as { entries: { term: string }[] }).entries.map((e) => e.term));

/** A word of an article's analysed text with its offset in the article's input. */
export interface ArticleWord {
  word: string;
  start: number;
  end: number;
}

const WORD = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/**
 * The words of an analysis's analysed segments (body, heading, editorial), lower-cased, with
 * offsets into the original text. Boilerplate, captions, inserts, bios and bylines are left out.
 */
export function articleWords(a: ArticleAnalysis): ArticleWord[] {
  const out: ArticleWord[] = [];
  for (const s of a.segments) {
    if (!ANALYSED_KINDS.has(s.kind)) continue;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(s.text); m !== null; m = WORD.exec(s.text)) {
      const lower = m[0].toLowerCase();
      out.push({ word: lower.includes('’') ? lower.replace(/’/g, "'") : lower, start: s.start + m.index, end: s.start + m.index + m[0].length });
    }
  }
  return out;
}

/**
 * Content-word counts: analysed words that are not stop words, numbers or single letters.
 * `words` may be given when the caller already has the article's words.
 */
export function termCounts(a: ArticleAnalysis, words: readonly ArticleWord[] = articleWords(a)): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { word } of words) {
    const w = word.endsWith("'s") ? word.slice(0, -2) : word;
    if (w.length < 2 || STOPWORDS.has(w)) continue;
    const c = w.charCodeAt(0);
    if (c >= 48 && c <= 57) continue; // starts with a digit
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
}

const NEGATION = new Set(['not', 'no', 'never', 'nor']);

/** Content words of a short text (a quotation), with contractions opened ("won't" → will not). */
export function contentWords(text: string): string[] {
  const opened = text
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/\bwon't\b/g, 'will not')
    .replace(/\bcan't\b/g, 'can not')
    .replace(/n't\b/g, ' not')
    .replace(/'(?:ll|re|ve|d|m|s)\b/g, '');
  // Negation is content in a quotation: "we will not allow it" ≠ "we will allow it".
  return (opened.match(WORD) ?? []).filter((w) => (!STOPWORDS.has(w) || NEGATION.has(w)) && w.length > 1);
}

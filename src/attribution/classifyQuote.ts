import type { QuoteSpan } from './findQuoteSpans.js';
import { wordRuns } from '../document/letterRuns.js';

/** What a pair of quotation marks encloses. Only `speech` becomes a `Quote`. */
export type QuoteUse = 'speech' | 'nickname' | 'name' | 'title' | 'scare';

const MINOR = new Set(['a', 'an', 'the', 'and', 'of', 'in', 'on', 'at', 'to', 'for', 'de', 'del', 'la', 'el', 'los', 'las', 'y', 'or', 'with', 'by']);
const WORK_NOUNS = /\b(?:report|book|novel|film|movie|documentary|song|album|series|show|programme|program|study|paper|article|essay|column|op-ed|play|poem|exhibition|podcast|episode|memoir|titled|entitled|headlined|dubbed|named|known\s+as|nicknamed|operation|plan|slogan|hashtag)\s*$/i;
const GROUP_NOUNS = /^\s*(?:gang|cartel|group|movement|band|faction|network|organi[sz]ation|party|brigade|collective|militia|crew|clan|family|cell|operation|campaign|initiative|programme|program|project|plan|law|act|bill|doctrine)\b/i;

function words(s: string): string[] {
  return wordRuns(s, "'’.-");
}

function isTitleCase(ws: string[]): boolean {
  if (ws.length === 0) return false;
  return ws.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && MINOR.has(w.toLowerCase())));
}

/**
 * Decides whether a quotation is speech. Not speech: a nickname inside a name (Joaquín “El
 * Zorro” Guzmán), a quoted name of a group or title of a work (“Los Hermanos”, the report
 * “Rivers of Dust”), or a scare-quoted word (the so-called “reform”). A one- or two-word
 * quotation with punctuation inside (had been “essential,”) is taken as quoted speech.
 */
export function classifyQuote(text: string, span: QuoteSpan): QuoteUse {
  const content = text.slice(span.start, span.end);
  const bare = content.replace(/[\s,.;:!?…]+$/u, '');
  const ws = words(bare);
  const before = text.slice(Math.max(0, span.open - 40), span.open);
  const after = span.close >= 0 ? text.slice(span.close + 1, span.close + 30) : '';
  const prevWord = /([\p{L}\p{N}'’.-]+)\s*$/u.exec(before)?.[1] ?? '';
  const nextWord = /^\s*([\p{L}\p{N}'’.-]+)/u.exec(after)?.[1] ?? '';
  const midSentence = /[\p{L}\p{N},]\s*$/u.test(before);
  const allCaps = ws.length >= 2 && bare === bare.toUpperCase() && /\p{Lu}/u.test(bare);

  if (ws.length === 0) return 'scare';
  // Joaquín “El Zorro” Baena: capitalized words on both sides, no punctuation inside.
  if (ws.length <= 4 && isTitleCase(ws) && bare === content.trim() && /^\p{Lu}/u.test(prevWord) && /^\p{Lu}/u.test(nextWord) && !/[.!?]\s*$/.test(before)) {
    return 'nickname';
  }
  if (/so[-\s]called\s*$/i.test(before)) return 'scare';
  if (midSentence && !allCaps && ws.length <= 7 && isTitleCase(ws)) {
    if (WORK_NOUNS.test(before)) return 'title';
    if (GROUP_NOUNS.test(after)) return 'name';
    return ws.length >= 2 || /^(?:the|a|an)\s*$/i.test(prevWord) ? 'name' : 'scare';
  }
  if (WORK_NOUNS.test(before) && isTitleCase(ws)) return 'title';
  if (ws.length <= 2 && bare === content.trim() && midSentence) return 'scare';
  return 'speech';
}

import { MAX_SHAPE_CHARS, endsLikeSentence, isListItem, lineWords, startsWithQuote, titleCaseRatio } from './lineShape.js';

/**
 * A heading: a short line without final sentence punctuation, in Title Case (a subheading) or,
 * for the first line of an article, a headline in any case. Lines ending in `.` or `:` are
 * sentences or introductions, never headings ("The plane landed at 4 p.m.").
 */
export function matchHeading(line: string, isFirstLine: boolean): string | null {
  if (line.length > 160 || line.length > MAX_SHAPE_CHARS || isListItem(line) || startsWithQuote(line)) return null;
  const words = lineWords(line);
  if (words.length === 0 || words.length > 16 || !/^[\p{Lu}\p{N}]/u.test(line)) return null;
  if (/[.,;:!”"’]$/u.test(line) || (endsLikeSentence(line) && !line.endsWith('?'))) return null;
  const ratio = titleCaseRatio(words);
  if (words.length <= 12 && ratio >= 0.75) return isFirstLine ? 'title' : 'subheading';
  if (isFirstLine && words.length <= 16 && !line.endsWith('?')) return 'title';
  if (line.endsWith('?') && words.length <= 10 && ratio >= 0.75) return 'subheading';
  return null;
}

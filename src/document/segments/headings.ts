import { MAX_SHAPE_CHARS, endsLikeSentence, isListItem, lineWords, startsWithQuote, titleCaseRatio } from './lineShape.js';
import { startsWithUpperOrDigit } from '../letterRuns.js';

/**
 * Marks of a story's opening sentence that headlines do not carry: a past-tense reporting
 * clause ("…, the board said on Wednesday") or a weekday ("on Wednesday").
 */
const LEDE = /,\s+(?:\S+\s+){0,4}(?:said|told|announced|reported|confirmed|added)\b|\bon\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;

/**
 * A heading: a short line without final sentence punctuation, in Title Case (a subheading) or,
 * for the first line of an article, a headline in any case — unless it reads as the story's
 * opening sentence (a reporting clause, a weekday). Lines ending in `.` or `:` are sentences or
 * introductions, never headings ("The plane landed at 4 p.m.").
 */
export function matchHeading(line: string, isFirstLine: boolean): string | null {
  if (line.length > 160 || line.length > MAX_SHAPE_CHARS || isListItem(line) || startsWithQuote(line)) return null;
  // The tests of the line's ends first: most short story lines end in a full stop, and need no words.
  if (!startsWithUpperOrDigit(line) || /[.,;:!”"’]$/u.test(line) || (endsLikeSentence(line) && !line.endsWith('?'))) return null;
  const words = lineWords(line);
  if (words.length === 0 || words.length > 16) return null;
  const ratio = titleCaseRatio(words);
  if (words.length <= 12 && ratio >= 0.75) return isFirstLine ? 'title' : 'subheading';
  if (isFirstLine && words.length <= 16 && !line.endsWith('?') && !LEDE.test(line)) return 'title';
  if (line.endsWith('?') && words.length <= 10 && ratio >= 0.75) return 'subheading';
  return null;
}

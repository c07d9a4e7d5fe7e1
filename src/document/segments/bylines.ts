import { PERSON_NAME, lineWords } from './lineShape.js';
import type { RuleHit } from './boilerplateRules.js';

const NAME_LIST = String.raw`(${PERSON_NAME}(?:\s*(?:,|and|&)\s*${PERSON_NAME})*)`;
const CREDIT_NAMES = new RegExp(String.raw`(?:reporting|writing|written|reported)\s+by\s+${NAME_LIST}`, 'giu');
const BYLINE_START = /^(?:by|from|authors?|written|words|story)\b/i;
const BYLINE = new RegExp(String.raw`^(?:by|from|authors?\s*:|written\s+by|words\s+by|story\s+by)\s*:?\s+${NAME_LIST}\s*(?:(?:[,|–—-]|\bfor\b)\s*(.{0,80}))?$`, 'iu');
const NOT_A_NAME = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|^(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|^(?:the|this|that|then|now)\b/i;

/**
 * Bylines and wire credits: "By Ana Ruiz and Tom Lee", "Author: Ana Ruiz", "Written by ...",
 * "Reporting by X; Editing by Y". Returns the author names it read.
 */
export function matchByline(line: string, wordCount: number): (RuleHit & { authors: string[] }) | null {
  if (line.length > 240 || wordCount > 24) return null;
  const credit = /^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|reported|written)\s+by\s+/i.exec(line);
  if (credit) {
    const names = [...line.matchAll(CREDIT_NAMES)].flatMap((m) => splitNames(m[1]!));
    return { kind: 'byline', reason: 'wire-credit', authors: names };
  }
  if (!BYLINE_START.test(line)) return null;
  const by = BYLINE.exec(line);
  if (!by) return null;
  const names = splitNames(by[1]!);
  if (names.length === 0 || NOT_A_NAME.test(names[0]!)) return null;
  const rest = (by[2] ?? '').trim();
  // "By Tuesday, officials had agreed ..." is a sentence, not a byline.
  if (rest && (/[.!?]$/.test(rest) && lineWords(rest).length > 4)) return null;
  if (rest && /\b(?:had|has|have|was|were|is|are|will|would|said)\b/.test(rest)) return null;
  return { kind: 'byline', reason: 'byline', authors: names };
}

function splitNames(list: string): string[] {
  return list
    .split(/\s*(?:,|\band\b|&)\s*/)
    .map((s) => s.trim())
    .filter((s) => /^\p{Lu}/u.test(s) && s.split(/\s+/).length >= 2);
}

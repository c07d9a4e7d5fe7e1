import { charCodeAt } from '../document/charCodes.js';
import { isRegexSpaceCode, isRegexWordCode } from '../document/letterRuns.js';

/**
 * A set of word phrases ("familiar with", "asked not to be named") found in a text the way the
 * pattern `\b(?:p1|p2|…)\b` with flag `i` and `\s+` between a phrase's words finds them: whole
 * runs of ASCII word characters compared in lower case, any whitespace between them. Why not the
 * pattern: V8 compiles a many-way case-insensitive alternation on its first use, some millions of
 * instructions of every cold start (the source nouns' anonymity phrases); this costs a `Map`.
 */
export interface PhraseSet {
  /** True when one of the phrases occurs in `text`. */
  test(text: string): boolean;
}

/**
 * Builds a {@link PhraseSet} of `phrases` (words separated by single spaces). A phrase with a
 * character other than ASCII letters, digits, `_` and spaces keeps the regular expression, whose
 * word boundaries a word scan does not reproduce.
 */
export function phraseSet(phrases: readonly string[]): PhraseSet {
  if (phrases.some((p) => !/^\w+(?: \w+)*$/.test(p))) {
    const escaped = phrases.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
    return new RegExp(String.raw`\b(?:${escaped.join('|') || '(?!)'})\b`, 'i');
  }
  // Each phrase's remaining words, by its first word in lower case.
  const byFirst = new Map<string, string[][]>();
  for (const p of phrases) {
    const [first, ...rest] = p.toLowerCase().split(' ');
    const list = byFirst.get(first!);
    if (list) list.push(rest);
    else byFirst.set(first!, [rest]);
  }
  return { test: (text) => hasPhrase(text, byFirst) };
}

function hasPhrase(text: string, byFirst: ReadonlyMap<string, string[][]>): boolean {
  let i = 0;
  const len = text.length;
  while (i < len) {
    if (!isRegexWordCode(charCodeAt(text, i))) {
      i++;
      continue;
    }
    const end = wordEnd(text, i);
    const rests = byFirst.get(text.slice(i, end).toLowerCase());
    if (rests) for (const rest of rests) if (restFollows(text, end, rest)) return true;
    i = end;
  }
  return false;
}

/** True when `words` follow position `at` of `text`, each after a run of whitespace, the last ending a word. */
function restFollows(text: string, at: number, words: readonly string[]): boolean {
  let p = at;
  for (const word of words) {
    const start = spaceEnd(text, p);
    if (start === p || start >= text.length) return false;
    const end = wordEnd(text, start);
    if (end - start !== word.length || text.slice(start, end).toLowerCase() !== word) return false;
    p = end;
  }
  return true;
}

function wordEnd(text: string, i: number): number {
  const len = text.length;
  while (i < len && isRegexWordCode(charCodeAt(text, i))) i++;
  return i;
}

function spaceEnd(text: string, i: number): number {
  const len = text.length;
  while (i < len && isRegexSpaceCode(charCodeAt(text, i))) i++;
  return i;
}

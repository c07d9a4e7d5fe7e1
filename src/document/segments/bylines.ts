import { PERSON_NAME, lineWords } from './lineShape.js';
import type { RuleHit } from './boilerplateRules.js';
import { lazyPattern } from './lazyPattern.js';
import { startsWithUpper } from '../letterRuns.js';

// (built on first use: V8 parses a `\p{...}` class of a literal when it compiles the module, used or not)
const LOWER_WORD_STOP = lazyPattern(String.raw`(\p{Ll}{2,})\.(?:\s.*)?$`, 'u');

const NAME_LIST = String.raw`(${PERSON_NAME}(?:\s*(?:,|and|&)\s*${PERSON_NAME})*)`;
const CREDIT_NAMES = lazyPattern(String.raw`(?:reporting|writing|written|reported)\s+by\s+${NAME_LIST}`, 'giu');
const BYLINE_START = /^(?:by|from|authors?|written|words|story|byline|reporter|text)\b/i;
const BYLINE = lazyPattern(String.raw`^(?:by|from|authors?\s*:|written\s+by|words\s+by|story\s+by)\s*:?\s+${NAME_LIST}\s*(?:(?:[,|–—-]|\bfor\b)\s*(.{0,80}))?$`, 'iu');
const NOT_A_NAME = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|^(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|^(?:the|this|that|then|now)\b/i;
/** An explicit author label: whatever follows the name (a bio, an outlet, a notice), the line is a byline. */
const AUTHOR_LABEL = /^(?:authors?\s*:|reporter\s*:|text\s*:|written\s+by\s*:?|words\s+by\s*:?|story\s+by\s*:?|byline\s*:)\s*/i;
/** Names after a label, matched case-sensitively so that "Jane Smith is a reporter" stops at "is". */
const LEADING_NAMES = lazyPattern(String.raw`^${NAME_LIST}`, 'u');
/** Job titles that follow a name in a byline ("Jane Smith, Staff Writer"): not author names. */
const ROLE = /\b(?:writer|reporter|correspondent|editor|columnist|contributor|staff|bureau|chief|desk|producer|photographer|journalist|intern|fellow)s?\b/i;

/**
 * Bylines and wire credits: "By Ana Ruiz and Tom Lee", "Author: Ana Ruiz", "Written by ...",
 * "Reporting by X; Editing by Y". Returns the author names it read.
 */
export function matchByline(line: string, wordCount: number): (RuleHit & { authors: string[] }) | null {
  if (line.length > 240 || wordCount > 24) return null;
  const credit = /^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|reported|written)\s+by\s+/i.exec(line);
  if (credit) {
    const names = [...line.matchAll(CREDIT_NAMES())].flatMap((m) => splitNames(m[1]!));
    return { kind: 'byline', reason: 'wire-credit', authors: names };
  }
  if (!BYLINE_START.test(line)) return null;
  const label = AUTHOR_LABEL.exec(line);
  const labelled = label ? LEADING_NAMES().exec(line.slice(label[0].length)) : null;
  if (labelled) {
    const names = splitNames(labelled[1]!);
    if (names.length > 0 && !NOT_A_NAME.test(names[0]!)) return { kind: 'byline', reason: 'byline', authors: names };
  }
  const by = BYLINE().exec(line);
  if (!by) return null;
  const names = splitNames(by[1]!);
  if (names.length === 0 || NOT_A_NAME.test(names[0]!)) return null;
  const rest = (by[2] ?? '').trim();
  // "By Tuesday, officials had agreed ..." is a sentence, not a byline; "By Ana Ruiz, Gazette. Republished with permission." is one.
  if (rest && /[.!?]$/.test(rest) && lineWords(rest).length > 4 && !REPUBLISHED.test(rest)) return null;
  if (rest && /\b(?:had|has|have|was|were|is|are|will|would|said)\b/.test(rest)) return null;
  return { kind: 'byline', reason: 'byline', authors: names };
}

const REPUBLISHED = /\b(?:republished|reprinted|reproduced|syndicated|distributed|originally\s+published|first\s+(?:published|appeared))\b/i;

/**
 * Person names in a list: "Ana Ruiz and Tom Lee" → two names. A name stops at a sentence end
 * ("Ana Ruiz. She covers ...") or before "for <Outlet>"; job titles ("Staff Writer") and
 * outlets ("The Daily Ledger") are not names.
 */
function splitNames(list: string): string[] {
  return list
    .split(/\s*(?:,|;|\band\b|&)\s*/)
    .map((s) => s.replace(/\s+for\s+.*$/i, '').replace(LOWER_WORD_STOP(), '$1').trim())
    .filter((s) => startsWithUpper(s) && s.split(/\s+/).length >= 2 && !ROLE.test(s) && !/^the\s/i.test(s));
}

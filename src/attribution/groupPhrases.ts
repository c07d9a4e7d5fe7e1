import { AMOUNT_ADVERBS } from './tokens.js';
import { wordSet } from './timeWords.js';
import { QUANTIFIER_SUBJECTS } from './quantifiers.js';

// Group phrases of describeSource read by word lookups. They were case-insensitive regular expressions of long word
// alternations, which V8 compiles (case folding every letter through ICU) at the first analysis of every process:
// ≈ 9 M instructions of the cold start for these three (bench/HISTORY.md, cold37).
//
// Same answers as those expressions: a non-ASCII character never matches an ASCII letter of a non-Unicode `i`
// expression, and the only character whose `toLowerCase()` is ASCII is the Kelvin sign (U+212A → «k»), so a phrase
// found by its lower-cased words is refused when the part read holds one.

const KELVIN = '\u212A';

/** The small numbers a counted group or a part of a group names: "the two", "three of the clerks". */
const COUNT_WORDS = wordSet(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
/** The prefixes a share joins with a hyphen: "two-thirds", "one-half". */
const SHARE_PREFIXES = wordSet(['one', 'two', 'three', 'four']);
/** Words that name a share of a group: "33 percent of", "the majority of", "two-thirds of", "the rest of". */
const SHARE_WORDS = wordSet(['percent', 'per', '%', 'majority', 'minority', 'plurality', 'half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'dozens', 'hundreds', 'thousands', 'millions', 'handful', 'share', 'bulk', 'rest', 'none']);
/** Determiners of a counted group: "the two", "these four", "all three", "both". */
const COUNTED_DETERMINERS = wordSet(['the', 'these', 'those', 'all', 'both']);
/** Words that may stand between a counted group's determiner and its number: "the last two", "the other three". */
const COUNTED_ORDERS = wordSet(['last', 'other', 'first']);
/** "the latter", "the former": a group (or person) named before. */
const LATTER_FORMER = wordSet(['latter', 'former']);
/** The pronouns after "of" of a counted group: "these four of them". */
const COUNTED_PRONOUNS = wordSet(['them', 'us', 'you']);
/**
 * Adverbs that may limit or round a part of a group: the amount adverbs ("about half of", "only two of", "almost
 * all of") and "not all of". (Deriving them from `NEARLY_ALL_ADVERBS` added "practically all of": a widening, neutral on the dev corpus.)
 */
const PARTITIVE_ADVERBS = wordSet([...AMOUNT_ADVERBS], ['not']);
/** The quantifiers and numbers of a part of a group (a lone "one of" is left to the head noun, which may name a role). */
// (quantifiers.ts's subject quantifiers, which add «others», are the shared list)
const PARTITIVE_QUANTIFIERS = wordSet([...QUANTIFIER_SUBJECTS].filter((w) => w !== 'others'), ['either', 'neither'], [...COUNT_WORDS]);

/** Is `word` (any case) a share word, alone or after «one-» … «four-»: "percent", "Majority", "two-thirds"? */
export function isGroupShareWord(word: string): boolean {
  const lower = word.toLowerCase();
  const hyphen = lower.indexOf('-');
  const found = SHARE_WORDS.has(lower) || (hyphen > 0 && SHARE_PREFIXES.has(lower.slice(0, hyphen)) && SHARE_WORDS.has(lower.slice(hyphen + 1)));
  return found && !word.includes(KELVIN);
}

/**
 * Is `text` (any case, words one space apart) a counted group with no noun after its number — "the two", "all three",
 * "the last two", "these four of them" — or "the latter", "the former"? (A noun after the number is read as the head:
 * "the two towns" is no such group.)
 */
export function isCountedGroup(text: string): boolean {
  const w = text.toLowerCase().split(' ');
  let found: boolean;
  if (w.length === 2 && w[0] === 'the' && LATTER_FORMER.has(w[1]!)) found = true;
  else {
    if (w.length < 2 || w.length > 5 || !COUNTED_DETERMINERS.has(w[0]!)) return false;
    const n = COUNTED_ORDERS.has(w[1]!) ? 2 : 1;
    found = COUNT_WORDS.has(w[n] ?? '') && (w.length === n + 1 || (w.length === n + 3 && w[n + 1] === 'of' && COUNTED_PRONOUNS.has(w[n + 2]!)));
  }
  return found && !text.includes(KELVIN);
}

/**
 * Does `text` (any case) open with a part of a group and «of» followed by a space: "most of the tenants", "both of them",
 * "two of the clerks", "nearly all of the mayors"?
 */
export function startsWithPartOfGroup(text: string): boolean {
  const w = text.toLowerCase().split(' ', 4);
  // Words read: the quantifier and "of", after an adverb or not; the space after "of" makes one more piece.
  let read = 0;
  if (w.length >= 3 && PARTITIVE_QUANTIFIERS.has(w[0]!) && w[1] === 'of') read = w[0]!.length + 4;
  else if (w.length >= 4 && PARTITIVE_ADVERBS.has(w[0]!) && PARTITIVE_QUANTIFIERS.has(w[1]!) && w[2] === 'of') read = w[0]!.length + w[1]!.length + 5;
  return read > 0 && !text.slice(0, read).includes(KELVIN);
}

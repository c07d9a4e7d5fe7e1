/**
 * The vocabulary of time words the attribution rules share. Each rule composes the set it needs
 * (the time adjunct that ends a speech tag, the phrase after a reduced passive, the nouns that
 * close a time phrase, …) from these parts, so that a day, a month or a part of the day is
 * written once and every rule reads the same list.
 */

/** Days of the week, folded. */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** Months, folded. */
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;

/** Months without "may", for rules where the modal verb would be read as a month. */
export const MONTHS_BUT_MAY = MONTHS.filter((m) => m !== 'may');
/** Weekday and month names together ("on Monday", "in March"). */
export const DATE_NAMES: ReadonlySet<string> = wordSet(WEEKDAYS, MONTHS);

/** Abbreviated months that cannot be read as another word ("Jan.", "Sept.", "Dec."). */
export const MONTH_ABBREVIATIONS = ['jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec'] as const;

/** Parts of the day: "on Tuesday morning", "late last night". */
export const DAY_PARTS = ['morning', 'afternoon', 'evening', 'night'] as const;

/** Adjectives of a recurring period ("a weekly column", "the Daily Briefing"). */
export const PERIODIC_ADJECTIVES = ['daily', 'weekly', 'monthly', 'yearly', 'hourly', 'nightly', 'quarterly'] as const;

/** Days named from today. */
export const NEAR_DAYS = ['today', 'tonight', 'yesterday', 'tomorrow'] as const;

/** Units of a period, singular and plural ("last week", "in recent months"). */
export const PERIODS = ['day', 'days', 'week', 'weeks', 'weekend', 'weekends', 'month', 'months', 'year', 'years'] as const;

/** Units that measure a stretch of time ("two weeks after", "hours before", "moments later"). */
export const MEASURED_PERIODS = wordSet(PERIODS, ['second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'moment', 'moments', 'decade', 'decades']);

/**
 * Words that count units of time in place of a number ("a few days", "several weeks", "a couple of years", "some
 * months"): shared by the readers of a period (contentExtent) and of an amount of time before "after"/"before"
 * (openingClause), which each add their own words.
 */
export const PERIOD_COUNTS = ['a', 'an', 'few', 'several', 'some', 'couple', 'of'] as const;

/** The seasons ("last spring", "this fall"). */
export const SEASONS = ['spring', 'summer', 'autumn', 'fall', 'winter'] as const;

/**
 * One set of folded words from several lists.
 *
 * @example
 * ```ts
 * const WHEN = wordSet(WEEKDAYS, DAY_PARTS, ['today', 'yesterday']);
 * WHEN.has('tuesday'); // true
 * ```
 */
export function wordSet(...parts: readonly (readonly string[])[]): ReadonlySet<string> {
  const set = new Set<string>();
  for (const part of parts) for (const w of part) set.add(w);
  return set;
}

/** The month names as a set, for a lookup of one word ("Nell May said": a month word as a surname). */
export const MONTH_SET = wordSet(MONTHS);

/** Words that say when (or how often) right after a verb or its complement: "debated Monday", "was expected soon", "said again". */
export const WHEN_AFTER_VERB = wordSet(['next', 'last', 'this', 'later', 'earlier', 'early', 'soon'], NEAR_DAYS, WEEKDAYS, ['each', 'every', 'once', 'twice', 'again', 'first', 'shortly', 'immediately']);

/** Words of a short time adjunct inside a phrase ("by Vale last week", "a statement Tuesday saying", "a letter in May urging"). */
export const TIME_ADJUNCT = wordSet(['last', 'this', 'next', 'earlier', 'later', 'early', 'late', 'on', 'in'], WEEKDAYS, DAY_PARTS, NEAR_DAYS, MONTHS, PERIODS);

/**
 * Time adverbs and adjectives that may open a sentence right before its plural subject and are never a subject
 * themselves: "Soon reports of a strike reached …", "Early reports said …", "Initial findings show …".
 */
export const OPENING_TIME_MODIFIERS = wordSet(['soon', 'early', 'earlier', 'late', 'later', 'first', 'initial', 'recent', 'previous', 'subsequent']);

/**
 * Time words that may open a clause right before its subject and are never part of it: "Later Vale told …",
 * "Yesterday the board said …", "Recently Ruiz wrote …"; also set off by a comma before a reporting noun ("Yesterday, reports of a strike …", nounCues.ts).
 */
export const CLAUSE_OPENING_TIME_WORDS = wordSet(NEAR_DAYS, ['now', 'later', 'earlier', 'soon', 'recently', 'lately', 'previously', 'eventually', 'ultimately', 'initially', 'subsequently']);

/** Nouns of time that head an adverbial, not an object ("called Berg the day before", "by the time Vale spoke", "this year Ruiz wrote"). */
export const TIME_HEAD_NOUNS = wordSet(PERIODS, DAY_PARTS, ['time', 'moment', 'while']);

import type { SlantDocument } from '../document/readDocument.js';
import { isDigitRun, isPossessive } from './tokens.js';
import { DAY_PARTS, MEASURED_PERIODS, MONTHS, TIME_ADJUNCT, WEEKDAYS, wordSet } from './timeWords.js';

/** The words a time phrase ends with: days, months, parts of the day, "year", "week", a number. */
const TIME_NOUNS = wordSet(WEEKDAYS, ['today', 'yesterday', 'year', 'week', 'month'], DAY_PARTS, MONTHS);
const isNumber = (w: string) => isDigitRun(w, 1, 4);

/**
 * The end of a time phrase of at most `maxWords` words of `words` at token `a` ("last week",
 * "on Tuesday", "earlier this year") that ends in a time noun, or `a` when there is none. A full
 * stop that ends the sentence is never part of it. `ends` (by default days, months, parts of the day,
 * "year", "week", "month") are the words the phrase may end with, besides a number.
 *
 * @example
 * ```ts
 * // "was hailed last week as a hero": the phrase after "hailed" ends before "as"
 * timePhraseEnd(doc, k + 1, te, 4, wordSet(['last', 'week']))
 * ```
 */
export function timePhraseEnd(doc: SlantDocument, a: number, te: number, maxWords: number, words: ReadonlySet<string>, ends: ReadonlySet<string> = TIME_NOUNS): number {
  let t = a;
  while (t < te && t - a < maxWords && (words.has(doc.lower[t]!) || isNumber(doc.lower[t]!)) && !(doc.value[t] === '.' && t + 1 >= te)) t++;
  return t > a && (ends.has(doc.lower[t - 1]!) || isNumber(doc.lower[t - 1]!)) ? t : a;
}

/**
 * "commented on Tuesday that …", "an argument on Sunday": the end of a date after the "on" at `t`, before `te`,
 * which dates an act and is no preposition a cue governs; `t` when none follows (nor a day's possessive,
 * a topic: "commented on Tuesday's vote").
 */
export function datedOnEnd(doc: SlantDocument, t: number, te: number): number {
  // (the date right after it: "counting on | in May" is a preposition stranded before a time phrase)
  if (doc.lower[t] !== 'on' || doc.pos[t + 1] === 'ADP') return t;
  const end = timePhraseEnd(doc, t, te, 4, TIME_ADJUNCT);
  return end > t + 1 && !isPossessive(doc, end) ? end : t;
}

/** One-word time phrases that cannot be part of a name before them ("told CNN Tuesday"; not a month, "Ana May"). */
const LONE_TIME_WORDS = wordSet(WEEKDAYS, ['today', 'yesterday']);

/**
 * Where a time phrase closing the noun phrase [a, b) opens ("reporters | Tuesday", "CNN | Tuesday night", "the
 * Harbour Times | last week"): after at least one word of the phrase, a phrase of `TIME_ADJUNCT` words that ends at
 * `b` (one word only when a day: a month after a name may be a surname, "Ana May"). `b` when none.
 */
export function trailingTimeStart(doc: SlantDocument, a: number, b: number): number {
  for (let u = Math.max(a + 1, b - 4); u < b; u++) {
    if (timePhraseEnd(doc, u, b, 4, TIME_ADJUNCT) !== b) continue;
    if (b - u > 1 || LONE_TIME_WORDS.has(doc.lower[u]!)) return u;
  }
  return b;
}

/** Words that close an amount of time opening a clause, saying when ("Days later", "Three years ago", "Two weeks earlier"). */
export const MEASURED_TIME_CLOSERS: ReadonlySet<string> = new Set(['later', 'ago', 'earlier']);
/** Tags of the words that count such an amount before its unit ("Three", "A few", "Several"). */
export const PERIOD_COUNT_TAGS: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADJ']);

/**
 * The unit of an amount of time that opens at `s` ("just days", "less than two weeks", "Three years"): the token of a
 * `MEASURED_PERIODS` unit after at most `most` words that `counts` accepts, before `end`; -1 when none stands there.
 * The word after the unit says what the amount does: "… after/before" opens a clause, "… later/ago" says when.
 *
 * @example
 * ```ts
 * // "Hours after Vale said …": the unit is the first token, "after" follows it
 * measuredPeriodAt(doc, ts, k, 5, (t) => doc.pos[t] === 'NUM') // === ts
 * ```
 */
export function measuredPeriodAt(doc: SlantDocument, s: number, end: number, most: number, counts: (t: number) => boolean): number {
  let u = s;
  while (u < end && u - s < most && !MEASURED_PERIODS.has(doc.lower[u]!) && counts(u)) u++;
  return u < end && MEASURED_PERIODS.has(doc.lower[u]!) ? u : -1;
}

/** Words that open a time phrase as an adjunct, never as a subject ("on Friday", "last year", "earlier this month"). */
export const TIME_PHRASE_LEADS: ReadonlySet<string> = new Set(['on', 'last', 'this', 'earlier', 'late', 'in', 'during', 'over', 'since']);

/**
 * The end of a time adjunct of at least two words opening at `a`, before `te` ("in June", "on
 * Friday evening", "last week"), or `a` when none opens there. Not a time word that owns a noun
 * after it ("this year's budget", "last week’s vote"): that is a determiner.
 */
export function leadingTimeEnd(doc: SlantDocument, a: number, te: number): number {
  if (!TIME_PHRASE_LEADS.has(doc.lower[a]!)) return a;
  const end = timePhraseEnd(doc, a, te, 4, TIME_ADJUNCT);
  return end > a + 1 && !isPossessive(doc, end) ? end : a;
}

/** Words that may count a stretch of time after "for" or "over": "for many years", "over the past 18 months". */
const SPAN_COUNTS: ReadonlySet<string> = new Set(['the', 'past', 'last', 'many', 'several', 'nearly', 'almost']);

/**
 * "has declined for years | to reveal", "has said for weeks | he would run", "over the past 18 months": the end of a
 * stretch of time after the "for" or "over" at `t`, which says how long the act went on and is no preposition a cue
 * governs; `t` when none follows. A bare plural unit, or one counted after "the past"/"the last"; not a counted amount
 * alone, which may be what was asked for ("asked for two weeks to prepare"), nor one "of" takes ("called for years of
 * cuts").
 */
export function durationEnd(doc: SlantDocument, t: number, te: number): number {
  if (doc.lower[t] !== 'for' && doc.lower[t] !== 'over') return t;
  let u = t + 1;
  let dated = false;
  while (u < te && u - t <= 4 && (SPAN_COUNTS.has(doc.lower[u]!) || (dated && isNumber(doc.lower[u]!)))) {
    if (doc.lower[u] === 'past' || doc.lower[u] === 'last') dated = true;
    u++;
  }
  const unit = doc.lower[u] ?? '';
  if (u >= te || !MEASURED_PERIODS.has(unit) || (!dated && !unit.endsWith('s')) || doc.lower[u + 1] === 'of') return t;
  return u + 1;
}

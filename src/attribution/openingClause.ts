/**
 * Subordinate clauses that open a sentence ("While Vale spoke, …", "Even after the vote, …"): the
 * one list of their opening words and the one test that a cue stands inside such a clause.
 */
import type { SlantDocument } from '../document/readDocument.js';
import type { TokenRange } from './nounPhrases.js';
import { AMOUNT_ADVERBS, endsWithIngOrEd, isPunct, isQuoteMark, isVerb, NOMINATIVE_PRONOUNS } from './tokens.js';
import { PERIOD_COUNTS, wordSet } from './timeWords.js';
import { measuredPeriodAt } from './timePhrases.js';

/**
 * What a word that opens an adjunct can do:
 * - `clause`: a subordinator that opens an adverbial clause before the main clause ("While he refused, …");
 * - `phrase`: not a subordinator, but it opens a phrase or clause of the same role ("Despite …,",
 *   "Amid fears that …,", "Like owners who …,", "Where …,");
 * - `time`: it also opens a time clause after a verb ("booed when …", "applauded as …");
 * - `setting`: it says when or why, not what was voiced, so a clause it opens is no report by itself.
 *   Words of contrast or condition are out: after a comma ("…, while in Ostia the parade began …")
 *   their clause may be what was reported; only opening the sentence do they set a scene (see
 *   `openingClauseOnly`). "As" and "since" are in: of time or cause in either sense ("Since the ferry stopped, …");
 * - `preposition`: it also opens a noun phrase ("after the vote", "since June"), whatever the tagger calls it.
 */
type OpenerRole = 'clause' | 'phrase' | 'time' | 'setting' | 'preposition';

/** The one table of opening words: each word's roles side by side, so the sets below differ visibly. */
const OPENERS: readonly (readonly [string, readonly OpenerRole[]])[] = [
  ['when', ['clause', 'time', 'setting']],
  ['whenever', ['clause', 'time', 'setting']],
  ['after', ['clause', 'time', 'setting', 'preposition']],
  ['before', ['clause', 'time', 'setting', 'preposition']],
  ['once', ['clause', 'time', 'setting']],
  ['until', ['clause', 'setting', 'preposition']],
  ['because', ['clause', 'setting']],
  ['as', ['clause', 'time', 'setting', 'preposition']],
  ['since', ['clause', 'setting', 'preposition']],
  ['while', ['clause', 'time']],
  ['whilst', ['clause']],
  ['although', ['clause']],
  ['though', ['clause']],
  ['if', ['clause']],
  ['unless', ['clause']],
  ['whereas', ['clause']],
  ['where', ['phrase']],
  ['whether', ['phrase']],
  ['despite', ['phrase']],
  ['amid', ['phrase']],
  ['amidst', ['phrase']],
  ['like', ['phrase']],
  ['unlike', ['phrase']],
];

/** The opening words that have one of `roles`. */
function openersWith(...roles: OpenerRole[]): ReadonlySet<string> {
  return new Set(OPENERS.filter(([, has]) => roles.some((r) => has.includes(r))).map(([w]) => w));
}

/** Subordinators that open an adverbial clause before the main clause ("While he refused, …"). */
export const OPENING_SUBORDINATORS = openersWith('clause');

/** Subordinators that are also prepositions: "after the vote", "since June", "as a senator". */
export const PREPOSITIONAL_SUBORDINATORS = openersWith('preposition');

/** Those, and words that open a phrase or clause of the same role ("Despite …,", "Where …,"). */
export const OPENING_WORDS = openersWith('clause', 'phrase');

/**
 * Does the clause opened at `open` run on to the cue at `cue`: no comma, semicolon or quotation
 * mark between them ("While rivals called for …" holds "called"; "While rivals met, Vale said" does not)?
 */
export function clauseHoldsCue(doc: SlantDocument, open: number, cue: number): boolean {
  for (let t = open + 1; t < cue; t++) if (doc.value[t] === ',' || doc.value[t] === ';' || isQuoteMark(doc, t)) return false;
  return true;
}

/** Subordinators of time, which also open a time clause after a verb: "booed when …", "applauded as …". */
export const TIME_SUBORDINATORS = openersWith('time');

/** Subordinators of time and cause, whose clause says when or why (see `OpenerRole`). */
const WHEN_OR_WHY = openersWith('setting');

/**
 * Is `r` one subordinate clause opened by "after", "when", "because" … and nothing else ("After Ruiz
 * said the dam was safe, the crowd booed")? It says when or why, not what the tag's source voiced;
 * a main clause after its comma ("If the dam fails, the town floods, Vale warned") is a report.
 * A clause of contrast or condition counts only when it opens the sentence at `ts` ("While Ruiz
 * argued the fee was fair, nobody agreed").
 */
export function openingClauseOnly(doc: SlantDocument, r: TokenRange, ts: number): boolean {
  const first = doc.lower[r.a]!;
  if (!WHEN_OR_WHY.has(first) && !(OPENING_SUBORDINATORS.has(first) && opensSentence(doc, r.a, ts))) return false;
  for (let t = r.a + 1; t < r.b; t++) {
    if (doc.value[t] === ',' || doc.value[t] === ';' || doc.value[t] === ':' || isQuoteMark(doc, t)) return false;
    // (a main clause with no comma before it: "After the vote in May he made changes" is a whole report;
    // a pronoun right after a verb or "that" opens that verb's clause: "After Ruiz said he was safe")
    if (t > r.a + 2 && NOMINATIVE_PRONOUNS.has(doc.lower[t]!) && isVerb(doc, t + 1) && !isVerb(doc, t - 1) && doc.lower[t - 1] !== 'that') return false;
  }
  return true;
}

/** Does the word at `a` open the sentence at `ts`: only punctuation or quotation marks before it? */
function opensSentence(doc: SlantDocument, a: number, ts: number): boolean {
  for (let t = ts; t < a; t++) if (!isPunct(doc, t)) return false;
  return true;
}

/**
 * Is `r` only a participle phrase opening the sentence at `ts` ("Facing jeers from the dockers, the
 * harbour board retreated", "Pressed on the levy, Vale …")? Such a phrase tells the subject's
 * circumstances, never what the subject said; a gerund subject has a verb of its own after it
 * ("Cutting the levy was right, Vale said"), and a quotation is what was said. The phrase holds no
 * second verb.
 */
export function openingParticipleOnly(doc: SlantDocument, r: TokenRange, ts: number): boolean {
  const first = doc.lower[r.a]!;
  if (doc.pos[r.a] !== 'VERB' || !endsWithIngOrEd(first) || !opensSentence(doc, r.a, ts)) return false;
  // (one verb only: "Seeing the pier fail led him to …, he said" holds a clause of its own)
  for (let t = r.a + 1; t < r.b; t++) if (doc.pos[t] === 'AUX' || isVerb(doc, t) || isClauseMark(doc, t) || isQuoteMark(doc, t)) return false;
  return true;
}

/** A comma, semicolon or colon: a participle phrase runs to the first one. */
const isClauseMark = (doc: SlantDocument, t: number) => doc.value[t] === ',' || doc.value[t] === ';' || doc.value[t] === ':';

/** Opening words after which a clause with no content before its comma attributes the main clause ("As Ruiz said, …", "Like Berg noted, …"). */
export const REPORTING_OPENERS = new Set(['as', 'like']);

/** Words before an opener that the tagger does not call adverbs ("Not long after …"). */
const OPENER_DEGREE_WORDS = new Set(['not', 'long']);

/**
 * Words of an amount before a unit of time: "just days", "less than two weeks", "a few hours", "only moments": the
 * counts contentExtent's period words are built on too, and the words that grade an amount. (Not contentExtent's
 * "the", "past", "recent", "coming": they pick out a period, not measure one.)
 */
export const AMOUNT_WORDS = wordSet([...AMOUNT_ADVERBS], PERIOD_COUNTS, ['mere', 'merely', 'barely', 'scarcely', 'less', 'more', 'fewer', 'than']);

/**
 * The opener after an amount of time at `first` ("Hours after …", "Just days before …", "Less than two weeks
 * after …"): "before" or "after" behind at most five words of an amount and one unit of time; else `first`.
 */
export function openerAfterAmountOfTime(doc: SlantDocument, first: number, end: number): number {
  const t = measuredPeriodAt(doc, first, end, 5, (u) => AMOUNT_WORDS.has(doc.lower[u]!) || doc.pos[u] === 'NUM');
  if (t < 0 || t + 1 >= end) return first;
  const w = doc.lower[t + 1];
  return w === 'before' || w === 'after' ? t + 1 : first;
}

/**
 * Does the cue starting at `k` stand in the sentence's opening adjuncts, before its main clause:
 * the stretch from the last comma before `k` (or the sentence start `ts`) opens with a preposition,
 * a subordinator or a participle, and nothing before that stretch holds a verb ("Later in the day,
 * after the hearing ended, …", "From his first weeks, when he insisted on …", "Using a blunt phrase
 * to describe …", "In addition to stating that …", "Not long after Ruiz tweeted …")? Returns the
 * opening word (after its adverbs), or -1.
 * Scans back only within the sentence.
 */
export function openingAdjunctStart(doc: SlantDocument, ts: number, k: number): number {
  let seg = ts;
  for (let t = k - 1; t > ts; t--) {
    if (doc.value[t] === ',') {
      seg = t + 1;
      break;
    }
  }
  for (let t = ts; t < seg; t++) if (isVerb(doc, t) || isQuoteMark(doc, t)) return -1;
  let first = seg;
  while (first < k && isPunct(doc, first) && !isQuoteMark(doc, first)) first++;
  // (an opener's own adverbs: "Not long after Ruiz posted …", "Shortly before the vote, …")
  // (not an opener the tagger calls an adverb: "when", "once")
  while (first < k && !OPENING_WORDS.has(doc.lower[first]!) && (doc.pos[first] === 'ADV' || OPENER_DEGREE_WORDS.has(doc.lower[first]!))) first++;
  const w = doc.lower[first]!;
  const participle = doc.pos[first] === 'VERB' && endsWithIngOrEd(w);
  return OPENING_WORDS.has(w) || doc.pos[first] === 'ADP' || participle ? first : -1;
}

/**
 * Contact relatives: a relative clause with no relative word ("the columns Ruiz wrote last spring
 * were read"). Source spans and object gaps both need to know how such a clause ends after its verb;
 * this is the one rule they share.
 */
import type { SlantDocument } from '../document/readDocument.js';
import { timePhraseEnd } from './timePhrases.js';
import { DAY_PARTS, MONTHS, NEAR_DAYS, PERIODS, SEASONS, TIME_ADJUNCT, WEEKDAYS, wordSet } from './timeWords.js';
import { BE_FORMS, isVerb, MODALS, POSSESSIVE_DETERMINERS } from './tokens.js';

/**
 * First words of the subject of a contact relative ("a rule the farmers hope will pass", "the plan
 * many voters backed"): a definite article, a plural demonstrative, a possessive or a quantifier.
 */
export const CONTACT_SUBJECT_OPENERS = wordSet(['the', 'these', 'those', 'many', 'most', 'some', 'several', 'few', 'both', 'all'], [...POSSESSIVE_DETERMINERS]);

/** Words of a short time adjunct after the gapped verb ("last spring", "on Friday", "earlier this year", "during the night"). */
const GAP_TIME_WORDS = wordSet([...TIME_ADJUNCT], ['during', 'the'], SEASONS);
/** The words such an adjunct ends with (not a preposition or article: "in the paper" is no time). */
const GAP_TIME_ENDS = wordSet(['earlier', 'later'], WEEKDAYS, MONTHS, DAY_PARTS, NEAR_DAYS, PERIODS, SEASONS);

/**
 * How a contact relative clause ends after its verb, from `n` (the token after the verb): past
 * adverbs and one short time adjunct, `'end'` when the sentence ends there, `'verb'` when the main
 * clause's finite verb follows ("the columns Ruiz wrote | last spring | were read"), `'object'`
 * otherwise (the verb may have an object or a clause of its own).
 *
 * @example
 * ```ts
 * // "The columns Ruiz wrote last spring were read": n is the token after "wrote"
 * contactGapEnd(doc, n, te); // 'verb'
 * ```
 */
export function contactGapEnd(doc: SlantDocument, n: number, te: number): 'end' | 'verb' | 'object' {
  let t = n;
  while (t < te && t < n + 2 && doc.pos[t] === 'ADV') t++;
  t = timePhraseEnd(doc, t, te, 4, GAP_TIME_WORDS, GAP_TIME_ENDS);
  while (t < te && t < n + 6 && doc.pos[t] === 'ADV') t++;
  if (t >= te || /^[.;!?]$/.test(doc.value[t]!)) return 'end';
  const low = doc.lower[t]!;
  // (not a copula before what it names: "the thing Ruiz wanted was a recount", "something Ruiz argues is unwise")
  if (BE_FORMS.has(low)) return isVerb(doc, t + 1) || (doc.pos[t + 1] === 'ADV' && isVerb(doc, t + 2)) ? 'verb' : 'object';
  // (a modal right after the verb opens its clause: "the plan Ruiz says will fail")
  if (doc.pos[t] === 'AUX') return t > n || !MODALS.has(low) ? 'verb' : 'object';
  // (a verb right after is often a noun the tagger misread: "Vale declined comment")
  return t > n && doc.pos[t] === 'VERB' && !/ing$/.test(low) && doc.lower[t - 1] !== 'to' ? 'verb' : 'object';
}

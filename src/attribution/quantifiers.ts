/**
 * Quantifiers that stand for people ("most say", "others argue", "many of those who …"): one base
 * set and the named extensions each rule needs, so that a quantifier is listed once and the
 * differences between the rules' sets stay visible.
 */
import type { SlantDocument } from '../document/readDocument.js';
import { wordSet } from './timeWords.js';

/** Quantifiers that can stand alone as a subject ("most say", "others argue"). */
export const SUBJECT_QUANTIFIERS: ReadonlySet<string> = new Set(['most', 'many', 'some', 'few', 'all', 'both', 'others', 'none', 'several']);

/** Those that take a plural verb form ("many say"); not "none" ("none says" is as common). */
export const PLURAL_SUBJECT_QUANTIFIERS = wordSet([...SUBJECT_QUANTIFIERS].filter((w) => w !== 'none'));

/** Those and the ones that take a singular or either verb form: "and each said", "but half expect". */
export const QUANTIFIER_SUBJECTS = wordSet([...SUBJECT_QUANTIFIERS], ['each', 'half']);

/** Quantifiers that pick some of a group with "of": "many of those", "each of them", "dozens of those". */
export const QUANTIFIERS_OF = wordSet([...QUANTIFIER_SUBJECTS], ['hundreds', 'thousands', 'dozens']);

/** Quantifiers that come before a noun but never as its adjective ("many carried placards" is a clause), with "more", "other". */
export const DETERMINER_QUANTIFIERS = wordSet([...PLURAL_SUBJECT_QUANTIFIERS], ['more', 'other']);

/**
 * A share of people written as a number of a number ending at `s`: "three in 10", "one out of
 * five", "two of three". Returns the index of the first number, or -1.
 */
export function numberOfNumberStart(doc: SlantDocument, s: number): number {
  if (doc.pos[s] !== 'NUM' || (doc.lower[s - 1] !== 'in' && doc.lower[s - 1] !== 'of')) return -1;
  const t = doc.lower[s - 1] === 'of' && doc.lower[s - 2] === 'out' ? s - 3 : s - 2;
  return t >= 0 && doc.pos[t] === 'NUM' ? t : -1;
}

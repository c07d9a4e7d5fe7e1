/**
 * Quantifiers that stand for people ("most say", "others argue", "many of those who …"): one base
 * set and the named extensions each rule needs, so that a quantifier is listed once and the
 * differences between the rules' sets stay visible.
 */
import type { SlantDocument } from '../document/readDocument.js';
import { wordSet } from './timeWords.js';
import { PERSON_INDEFINITES } from './tokens.js';

/** Quantifiers that can stand alone as a subject ("most say", "others argue"). */
export const SUBJECT_QUANTIFIERS: ReadonlySet<string> = new Set(['most', 'many', 'some', 'few', 'all', 'both', 'others', 'none', 'several']);

/** Those that take a plural verb form ("many say"); not "none" ("none says" is as common). */
export const PLURAL_SUBJECT_QUANTIFIERS = wordSet([...SUBJECT_QUANTIFIERS].filter((w) => w !== 'none'));

/** Those and the ones that take a singular or either verb form: "and each said", "but half expect". */
export const QUANTIFIER_SUBJECTS = wordSet([...SUBJECT_QUANTIFIERS], ['each', 'half']);

/** Quantifiers that pick some of a group with "of": "many of those", "each of them", "dozens of those". */
export const QUANTIFIERS_OF = wordSet([...QUANTIFIER_SUBJECTS], ['hundreds', 'thousands', 'dozens']);

/**
 * Words that head a partitive phrase ("most of them", "few of the clerks", "part of the failure"). The tagger may
 * read some as adverbs ("none", "part"): before "of" they open a noun phrase, not an adverbial.
 */
export const PARTITIVE_HEADS: ReadonlySet<string> = new Set(['most', 'all', 'both', 'few', 'several', 'none', 'half', 'each', 'either', 'neither', 'much', 'more', 'any', 'part']);

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

/** Pronouns a reduced participle may describe as it would a noun: "those seen as loyal", "anyone accused of fraud", "nobody named in the report". */
const DESCRIBED_PRONOUNS = wordSet([...SUBJECT_QUANTIFIERS], [...PERSON_INDEFINITES], ['those', 'one', 'ones']);

/** Object pronouns after a partitive "of": "many of them", "some of those". */
const PARTITIVE_OBJECTS = new Set(['them', 'those', 'us', 'these']);

/**
 * A pronoun-like head ending at `n` that a reduced participle after it describes, as it would a
 * noun: a quantifier or indefinite pronoun ("those", "anyone", "the few", "the many") or a partitive
 * ("many of them", "some of those"). The phrase, not before `ts`, or null. "Many" alone opening a
 * clause may still be the subject of an active verb: the caller keeps its subject tests.
 *
 * @example
 * ```ts
 * // "…, many of them derisively known as “mud patches”": n = "them" → "many of them"
 * ```
 */
export function pronounHeadBefore(doc: SlantDocument, n: number, ts: number): { a: number; b: number } | null {
  if (n < ts) return null;
  const low = doc.lower[n]!;
  if (PARTITIVE_OBJECTS.has(low) && n - 2 >= ts && doc.lower[n - 1] === 'of' && QUANTIFIERS_OF.has(doc.lower[n - 2]!)) return { a: n - 2, b: n + 1 };
  if (!DESCRIBED_PRONOUNS.has(low)) return null;
  // "the few", "the many": an article before a quantifier used as a noun
  return { a: n > ts && doc.lower[n - 1] === 'the' ? n - 1 : n, b: n + 1 };
}

/** Units an "a" counts as an amount: "a third", "a dozen", "a million". */
const COUNTED_UNITS: ReadonlySet<string> = new Set(['half', 'third', 'quarter', 'fifth', 'tenth', 'dozen', 'hundred', 'thousand', 'million', 'billion', 'fraction']);
/** Amounts that stand alone after a rounding word: "about half", "about twice as many". */
const BARE_AMOUNTS: ReadonlySet<string> = new Set(['half', 'twice', 'thrice']);

/**
 * Does an amount open at `k` ("40", "$2 million", "half", "a third", "twice", "as many")? After "about" it makes that
 * word a rounding adverb of the amount, not the preposition of a topic: "said about half of the fees went to the
 * port" reports a clause, "said about the fees" names a topic.
 */
export function amountOpensAt(doc: SlantDocument, k: number): boolean {
  const w = doc.lower[k] ?? '';
  if (doc.pos[k] === 'NUM' || BARE_AMOUNTS.has(w) || w === '$' || w === '€' || w === '£') return true;
  const next = doc.lower[k + 1] ?? '';
  return ((w === 'a' || w === 'an') && COUNTED_UNITS.has(next)) || (w === 'as' && (next === 'many' || next === 'much'));
}

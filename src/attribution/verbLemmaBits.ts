/**
 * Which of the word sets `verbSense` asks about a lemma hold it, as bits (verbLemmaBitNumbers.ts),
 * computed once per word and lexicon set. `verbSense` asked up to ten sets about the same lemma,
 * each a string-keyed lookup; a token's own lemma now costs array reads by its word id (the
 * tokenFlags.ts pattern: the last lemma seen per id with its answer), another lemma one lookup.
 */
import type { SlantDocument } from '../document/readDocument.js';
import { FormLemmaMemos } from '../document/wordIdTable.js';
import type { AttributionLexicons } from './attributionLexicons.js';
import { ENACTING_VERBS } from './enactedInstrument.js';
import { FLOATING_VERBS } from './floatedIdea.js';
import { COPULAS } from './tokens.js';
import { LEAVING_LINKS, NOUN_CUE_JOINING_VERBS, PARTICLE_ONLY, STANCE_HOLDER_LINKS } from './verbCues.js';
import { voicesStance } from './voicedStance.js';
import { WordAnswerMemo } from './wordAnswerMemo.js';
import { VL_COPULA, VL_ENACTING, VL_FLOATING, VL_JOINING, VL_LEAVING, VL_PARTICLE_FIRST, VL_PARTICLE_ONLY, VL_STANCE_HOLDER_LINK, VL_VERB_START, VL_VOICING } from './verbLemmaBitNumbers.js';

/** The bits of word `w` (a pure function of the word and the lexicon set). */
export function bitsOfVerbLemma(w: string, lex: AttributionLexicons): number {
  let b = 0;
  if (FLOATING_VERBS.has(w)) b |= VL_FLOATING;
  if (lex.verbStarts.has(w)) b |= VL_VERB_START;
  if (NOUN_CUE_JOINING_VERBS.has(w)) b |= VL_JOINING;
  if (COPULAS.has(w)) b |= VL_COPULA;
  if (ENACTING_VERBS.has(w)) b |= VL_ENACTING;
  if (lex.particleFirst.has(w)) b |= VL_PARTICLE_FIRST;
  if (LEAVING_LINKS.has(w)) b |= VL_LEAVING;
  if (voicesStance(w)) b |= VL_VOICING;
  if (PARTICLE_ONLY.has(w)) b |= VL_PARTICLE_ONLY;
  if (STANCE_HOLDER_LINKS.has(w)) b |= VL_STANCE_HOLDER_LINK;
  return b;
}

/** Bits by word, per lexicon set. */
const wordMemo = new WordAnswerMemo();

/**
 * `bitsOfVerbLemma(w, lex)`, remembered per word: for a lemma that is no token's own (a stem
 * `verbSense` found for an inflected form), or a token without a word id.
 *
 * @example
 * ```ts
 * (verbLemmaBitsOf('float', DEFAULT_ATTRIBUTION_LEXICONS) & VL_FLOATING) !== 0 // true
 * ```
 */
export function verbLemmaBitsOf(w: string, lex: AttributionLexicons): number {
  let b = wordMemo.answer(lex, w);
  if (b < 0) wordMemo.keep(lex, w, (b = bitsOfVerbLemma(w, lex)));
  return b;
}

/** Per lexicon set and vocabulary: the bits of a word id's form and of the last lemma seen with it. */
const idMemos = new FormLemmaMemos();

/**
 * `bitsOfVerbLemma` of token `k`'s lemma (`doc.lemma[k]`), read by the token's word id when it has one.
 *
 * @example
 * ```ts
 * const doc = readDocument('Vale floated the idea.');
 * (verbLemmaBits(doc, 1, DEFAULT_ATTRIBUTION_LEXICONS) & VL_FLOATING) !== 0 // true
 * ```
 */
export function verbLemmaBits(doc: SlantDocument, k: number, lex: AttributionLexicons): number {
  const id = doc.lowerId[k]!;
  const lem = doc.lemma[k]!;
  if (id < 0 || doc.vocabulary === null) return verbLemmaBitsOf(lem, lex);
  const memo = idMemos.of(lex, doc.vocabulary);
  // (the memo's answers read and kept here: through its `form`/`lemma` with a function, tokenFlags.ts' calls of
  // its own function there became generic)
  if (lem === doc.lower[k]) {
    let b = memo.formAnswer(id);
    if (b < 0) memo.keepForm(id, (b = bitsOfVerbLemma(lem, lex)));
    return b;
  }
  let b = memo.lemmaAnswer(id, lem);
  if (b < 0) memo.keepLemma(id, lem, (b = bitsOfVerbLemma(lem, lex)));
  return b;
}

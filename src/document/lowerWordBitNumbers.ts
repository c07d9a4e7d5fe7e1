/**
 * The bits of `lowerWordBits`' records (lowerWordBits.ts): one per word set, numbered here once for
 * all the modules that define one (`defineLowerBit(bit, test)`), in a module that imports nothing.
 *
 * Why fixed numbers in a module of their own: a bit handed out at load was a module variable, read
 * from the module's context at every test of a record; esbuild inlines a top-level `const` number
 * into the code that reads it only when the constant's module has no imports (bench/HISTORY.md,
 * perf63, perf65 and perf66). Bits 0–28 (bit 29 marks a filled record); a bit defined twice throws.
 */

// attribution/mentions.ts
export const NOT_NAME_BIT = 1 << 0;
// attribution/quoteBinding.ts
export const CLAUSE_OPENER_AFTER_TAG_BIT = 1 << 1;
// attribution/clauseBoundaries.ts
export const OBJECT_ENDING_WORD_BIT = 1 << 2;
// attribution/tokens.ts
export const ADVERB_BIT = 1 << 3;
export const NOT_ADVERB_BIT = 1 << 4;
// attribution/nounPhrases.ts
export const NOUN_PHRASE_BREAK_BIT = 1 << 5;
// attribution/verbCues.ts
export const DETERMINER_BIT = 1 << 6;
export const PLURAL_SUBJECT_QUANTIFIER_BIT = 1 << 7;
// attribution/contentExtent.ts
export const TIME_WORD_BIT = 1 << 8;
export const TIME_ARTICLE_BIT = 1 << 9;
export const ON_IN_AT_BIT = 1 << 10;
export const TIME_PREPOSITION_BIT = 1 << 11;
export const AT_TIME_PREPOSITION_BIT = 1 << 12;
export const PERIOD_WORD_BIT = 1 << 13;
export const TIME_HEAD_BIT = 1 << 14;
export const ACT_PARTICIPLE_LEAD_BIT = 1 << 15;
export const TRAILING_JOINER_BIT = 1 << 16;
export const JOINING_CONJUNCTION_BIT = 1 << 17;
// framing/negationScope.ts
export const NEGATION_BREAK_BIT = 1 << 18;
export const NEGATOR_BIT = 1 << 19;
export const DENIAL_FORM_BIT = 1 << 20;

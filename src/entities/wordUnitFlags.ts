/**
 * The bits of `WordUnits.flags` and `WordUnits.lexBits` (wordUnits.ts), in a module that imports nothing.
 *
 * Why a module of their own: esbuild inlines a top-level `const` number into the code that reads
 * it only when the constant's module has no imports; declared in wordUnits.ts (which imports),
 * each was a module variable read from the module's context at every use in the entity stage's
 * per-unit loops (bench/HISTORY.md, perf63 and perf65).
 */

/** Starts with a capital letter. */
export const CAP = 1;
/** A possessive marker ('s, ’s, or a lone apostrophe after a plural). */
export const POSSESSIVE = 2;
/** First word unit of its sentence (after opening quotation marks and dashes). */
export const SENTENCE_START = 4;
/** The unit's strings are not its token's: it is hyphen-joined or has curly apostrophes (see `plainToken`). */
export const OWN = 8;

/**
 * A unit `findCountedGroups` reads: not on a heading, and a number by its token's `numberWord` column, or a unit with
 * strings of its own (`OWN`, whose lower-case form it tests itself). Set once per unit where the unit's token is
 * read anyway: the count's scan then tests one bit per unit, not the heading, own-strings and number columns (perf74).
 */
export const COUNT_CANDIDATE = 16;

/** Set in `WordUnits.lexBits` once the unit's folded form was looked up (above every `WORD` bit, wordSetBits.ts). */
export const LOOKED_UP = 1 << 30;

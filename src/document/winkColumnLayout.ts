/**
 * The numeric layout `winkColumns.ts` reads per token: wink-nlp's token packing and the slots of
 * the engine memo's word records, in a module that imports nothing.
 *
 * Why a module of their own: esbuild inlines a top-level `const` number into the code that reads
 * it only when the constant's module has no imports; declared in winkColumns.ts (which imports),
 * each was a module variable read from the module's context at every use in `fillColumns`, the
 * document stage's per-token loop (bench/HISTORY.md, perf63 and perf65).
 */

// wink-nlp's token packing (src/constants.js): four 32-bit words per token.
export const TK_SIZE = 4;
/** A token's second word above it: a contraction (the word is then an index into the expansions). */
export const CONTRACTION_LIMIT = 65535;
export const POS_MASK = 0x3f00000;
export const BITS_FOR_LEMMA = 20;
export const LEMMA_MASK = 0xfffff;

/** Slots of one word's record in a page of the engine memo (`EngineMemo.pages` in winkColumns.ts). */
export const WORD_STRIDE = 5;
export const INFO = 0;
export const NORMAL_ID = 1;
export const VALUE = 2;
export const FORM = 3;
export const LEMMA = 4;
export const PAGE_BITS = 10;
export const PAGE_WORDS = 1 << PAGE_BITS;
export const PAGE_MASK = PAGE_WORDS - 1;

/** In a record's info: the record is filled (its low byte is the type code, the next byte 1 + the lemma's tag). */
export const FILLED = 1 << 16;
/** In a record's info: `numberWordBit` of the normal form. */
export const NUMBER_WORD = 1 << 17;

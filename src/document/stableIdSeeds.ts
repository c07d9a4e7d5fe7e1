/**
 * The numbers of `stableId`'s two hashes (stableId.ts, and `scanText`, which hashes as it scans),
 * in a module that imports nothing.
 *
 * Why a module of their own: esbuild inlines a top-level `const` number into the code that reads
 * it only when the constant's module has no imports; declared in stableId.ts (which imports), each
 * was a module variable read at every code unit of the text, and the multipliers, above the small
 * integer range, each a boxed number (bench/HISTORY.md, perf65).
 */

/** The two hash states before the first code unit (cyrb53's seeds). */
export const ID_SEED_1 = 0xdeadbeef;
export const ID_SEED_2 = 0x41c6ce57;
/** What each state is multiplied by after a code unit is mixed in (`Math.imul(h ^ c, MUL)`). */
export const ID_MUL_1 = 2654435761;
export const ID_MUL_2 = 1597334677;

/**
 * Bits of `EntityLexicons.wordBits` (entityLexicons.ts), one per word set, in a module that imports
 * nothing: a folded word `f` has `GIVEN` when `givenNames.has(f)`, and so on. `KNOWN_PLACE`:
 * `known.get(f)?.type === 'place'`. `KNOWN_FIRST`: `knownFirst.has(f)`. `HONORIFIC`:
 * `honorifics.has(withoutFinalDot(f))` (the form the rules ask, "Mr." and "Mr" alike).
 *
 * Why a module of their own, read as `import * as WORD`: esbuild inlines a top-level `const` number
 * into the code that reads it only when the constant's module has no imports; as properties of an
 * object in entityLexicons.ts, each `WORD.X` was a module variable and a property load at every use
 * in the entity stage's per-unit rules (bench/HISTORY.md, perf63, perf65 and perf66).
 */

export const GIVEN = 1 << 0;
export const SURNAME = 1 << 1;
export const DEMONYM = 1 << 2;
export const KNOWN = 1 << 3;
export const KNOWN_PLACE = 1 << 4;
export const KNOWN_FIRST = 1 << 5;
export const ORG_HEAD = 1 << 6;
export const ORG_FIRST = 1 << 7;
export const GROUP_HEAD = 1 << 8;
export const PLACE_HEAD = 1 << 9;
export const HONORIFIC = 1 << 10;
export const NOT_NAME = 1 << 11;
export const TITLE_WORD = 1 << 12;
export const TITLE = 1 << 13;
export const ROLE = 1 << 14;
export const NAME_STOP = 1 << 15;

import * as code from './francCode.js';

/** franc-min's `francAll`, which `detectLanguage` runs on. */
export type FrancLibrary = typeof code;

/**
 * franc-min (see `francCode.ts`). In the built package this module is replaced by one that
 * evaluates franc-min on the first call (`lazyLibraries` in scripts/coldStartPlugins.ts): its
 * tables for 82 languages are built only when a text is not settled by its script or its English
 * function words, and the call stays synchronous. Here (sources, tests) it is imported as usual.
 *
 * @example
 * ```ts
 * francLibrary().francAll('El consejo municipal votó el jueves para cerrar el puente.')[0]; // ['spa', 1]
 * ```
 */
export function francLibrary(): FrancLibrary {
  return code;
}

import * as code from './zodCode.js';

/** zod's `z`, which the library's schemas are built with. */
export type ZodLibrary = typeof code;

/**
 * zod (see `zodCode.ts`). In the built package this module is replaced by one that loads zod on
 * the first call (`lazyLibraryFiles` in scripts/coldStartPlugins.ts): importing slantwise and
 * analysing text never load it. Here (sources, tests) it is imported as usual.
 *
 * @example
 * ```ts
 * const { z } = zodLibrary();
 * z.string().parse('Vale'); // 'Vale'
 * ```
 */
export function zodLibrary(): ZodLibrary {
  return code;
}

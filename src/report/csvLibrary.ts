import * as code from './csvCode.js';

/** csv-stringify's synchronous `stringify`, which the CSV tables are written with. */
export type CsvLibrary = typeof code;

/**
 * csv-stringify (see `csvCode.ts`). In the built package this module is replaced by one that
 * loads it on the first call (`lazyLibraryFiles` in scripts/coldStartPlugins.ts): importing
 * slantwise and analysing text never load it. Here (sources, tests) it is imported as usual.
 *
 * @example
 * ```ts
 * csvLibrary().stringify([['a', 'b']]); // 'a,b\n'
 * ```
 */
export function csvLibrary(): CsvLibrary {
  return code;
}

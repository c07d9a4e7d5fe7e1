import * as code from './htmlLibraryCode.js';

/** linkedom's `parseHTML` and Readability, the libraries `extractArticle` runs on. */
export type HtmlLibraries = typeof code;

/**
 * The HTML libraries (see `htmlLibraryCode.ts`). In the built package this module is replaced
 * by one that evaluates them on the first call (`lazyLibraries` in
 * scripts/coldStartPlugins.ts): importing slantwise and analysing plain text never pay for half a
 * megabyte of DOM code, and the call stays synchronous. Here (sources, tests) they are imported
 * as usual.
 *
 * @example
 * ```ts
 * const { document } = htmlLibraries().parseHTML('<p>One</p>');
 * ```
 */
export function htmlLibraries(): HtmlLibraries {
  return code;
}

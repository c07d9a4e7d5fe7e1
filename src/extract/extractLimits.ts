// A module of its own: the Node builds load the extraction code on first use and forward
// only functions to it (scripts/lazyGroups.ts), so a public constant stays in the core.

/** Default `maxElements` of `extractArticle`. */
export const DEFAULT_MAX_ELEMENTS = 20_000;

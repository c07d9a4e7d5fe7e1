import afinn from 'sentiment/languages/en/labels.json';

/**
 * AFINN-165's words and valences (as shipped by the `sentiment` package), in the list's order.
 * The bundles replace this module with the same pairs as one JSON array (`afinnAsEntries` in
 * scripts/coldStartPlugins.ts): parsing an array of pairs costs well under half of parsing an
 * object of 3,382 keys and copying its entries out, on every cold start.
 */
export const AFINN_ENTRIES: ReadonlyArray<readonly [string, number]> = Object.entries(afinn as Record<string, number>);

// csv-stringify's pure build (for Node and browsers alike). Only `csvLibrary.ts` imports this
// module, so that the build can load it on first use: writing CSV is never part of an analysis,
// and a cold start would otherwise scan its ~65 KB of code at import.
export { stringify } from 'csv-stringify/browser/esm/sync';

// The third-party code extraction runs on: linkedom (the DOM) and Readability (the article
// finder), with htmlparser2 and css-select under linkedom, about 0.5 MB. Only
// `htmlLibraries.ts` imports this module, so that the build can evaluate it on first use.
export { parseHTML } from 'linkedom';
export { Readability } from '@mozilla/readability';

import personTitles from '../../lexicons/person-titles.json';
import reportingVerbs from '../../lexicons/reporting-verbs.json';
import sourceNouns from '../../lexicons/source-nouns.json';
import type { Lexicon } from '../schema/lexicon.js';

/**
 * The lexicons shipped with slantwise, bundled into the code so that the core never reads
 * files at run time. Each is validated by `LexiconSchema` in the test suite.
 */
export const DEFAULT_LEXICONS = {
  reportingVerbs: reportingVerbs as Lexicon,
  personTitles: personTitles as Lexicon,
  sourceNouns: sourceNouns as Lexicon,
} as const;

/** Map from term to category, for single-word lookups. */
export function termCategories(lexicon: Lexicon): Map<string, string> {
  const map = new Map<string, string>();
  for (const e of lexicon.entries) map.set(e.term.toLowerCase(), e.category ?? '');
  return map;
}

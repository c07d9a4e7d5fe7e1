/**
 * "floated the idea that …", "mooted the notion Monday of …": putting an idea forward for others to weigh,
 * a speech act whose content is the idea's clause or its "of" phrase.
 */
import type { SlantDocument } from '../document/readDocument.js';
import type { AttributionLexicons, CueSense } from './attributionLexicons.js';
import { WEEKDAYS, wordSet } from './timeWords.js';

/** Verbs that put an idea forward: "floated", "mooted". */
export const FLOATING_VERBS: ReadonlySet<string> = new Set(['float', 'moot']);

/** The sense of a floated idea: a proposal voiced. */
const FLOATED_SENSE: CueSense = { cueClass: 'speech', stance: 'neutral' };

/** Determiners before the idea ("the idea", "a plan"). */
const IDEA_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that']);

/** A day between the noun and its complement ("the notion Monday of"). */
const DAY_WORDS: ReadonlySet<string> = wordSet(['today', 'yesterday'], WEEKDAYS);

/**
 * "floated the idea that the ferry should be free", "mooted the notion Monday of a harbour levy": a floating
 * verb at `k`, a determiner, at most two modifiers and a reporting noun of the lexicons, a day at most, then
 * "that" or "of". The cue's sense and the index of "that"/"of" (the content follows), or null ("floated the
 * raft", "floated the idea." with nothing after it, "floated a plan to …").
 */
export function floatedIdea(doc: SlantDocument, k: number, lex: AttributionLexicons): (CueSense & { noun: string; end: number }) | null {
  if (!IDEA_DETERMINERS.has(doc.lower[k + 1] ?? '')) return null;
  let n = k + 2;
  while (n - k <= 4 && doc.pos[n] === 'ADJ') n++;
  if (doc.pos[n] !== 'NOUN' || !lex.cueNouns.has(doc.lower[n]!)) return null;
  let c = n + 1;
  if (DAY_WORDS.has(doc.lower[c] ?? '')) c++;
  const opener = doc.lower[c];
  return (opener === 'that' || opener === 'of') && c + 1 < doc.tokenCount && doc.sentenceOf[c + 1] === doc.sentenceOf[k] ? { ...FLOATED_SENSE, noun: doc.lower[n]!, end: c } : null;
}

import type { SlantDocument } from '../document/readDocument.js';
import type { TokenRange } from './nounPhrases.js';
import { isQuoteMark } from './tokens.js';
import { NEAR_DAYS, TIME_HEAD_NOUNS, WEEKDAYS, wordSet } from './timeWords.js';

/** Nouns that make a phrase of time ("the next day", "earlier this week", "late last night"). */
const TIME_NOUNS = wordSet([...TIME_HEAD_NOUNS], NEAR_DAYS, WEEKDAYS, ['times', 'hour', 'hours', 'instance', 'example', 'case']);
const FILLER_TAGS = new Set(['ADV', 'ADP', 'DET', 'ADJ', 'NUM', 'PUNCT', 'CCONJ', 'PART', 'SCONJ']);

/**
 * Text before a cue that is only an adverbial, never a proposition someone voiced: a
 * prepositional phrase with no verb ("In his speech, Ruiz argued …", "At the rally, Vale
 * asked …"), a phrase of time ("Earlier this week, the mayor proposed …"), a connective
 * ("Overall", "For instance", "Then"). Such a phrase opens the sentence of a cue whose content
 * is elsewhere (or nowhere), so it is not the content of that cue. Quotations never count.
 */
export function adverbialOnly(doc: SlantDocument, r: TokenRange): boolean {
  let verb = false;
  let plain = true;
  // (an adverb, preposition or time noun must be there: "Sorry," or "Absurd," alone is something said)
  let adverbial = false;
  for (let t = r.a; t < r.b; t++) {
    if (isQuoteMark(doc, t)) return false;
    const pos = doc.pos[t]!;
    const time = pos === 'NOUN' && TIME_NOUNS.has(doc.lower[t]!);
    if (pos === 'VERB' || pos === 'AUX') verb = true;
    else if (!FILLER_TAGS.has(pos) && !time) plain = false;
    if (pos === 'ADV' || pos === 'ADP' || time) adverbial = true;
  }
  if (verb) return false;
  return (plain && adverbial) || doc.pos[r.a] === 'ADP';
}

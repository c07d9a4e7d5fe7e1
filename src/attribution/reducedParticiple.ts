/**
 * A reduced relative on a subject's head: a past participle right after its noun, with a phrase saying when or where
 * ("A report released on Monday found …", "Polls taken in Tarn show …"). The phrase is the participle's own, so it
 * stays in the source rather than being stepped over as an adjunct of the main verb.
 */
import type { SlantDocument } from '../document/readDocument.js';
import { shortPrepositionalPhraseEnd } from './nounPhrases.js';
import { leadingTimeEnd, timePhraseEnd } from './timePhrases.js';
import { TIME_ADJUNCT } from './timeWords.js';
import { isCap, isParticipleForm, isPossessive } from './tokens.js';

/** Is `t` a verb of a past participle's form right after a noun or a name it may modify ("report | released", "Emails | sent")? */
export function reducedParticipleAt(doc: SlantDocument, t: number, ts: number): boolean {
  if (t - 1 < ts || doc.pos[t] !== 'VERB' || isCap(doc, t) || !isParticipleForm(doc.lower[t]!)) return false;
  return (doc.pos[t - 1] === 'NOUN' || doc.pos[t - 1] === 'PROPN') && !isPossessive(doc, t - 1);
}

/**
 * Does a time or place phrase that opens right after the participle at `t` end exactly at `b` ("released | on Monday",
 * "sent | last week", "filed | Thursday", "taken | in Tarn")? Then the participle and its phrase close the subject.
 */
export function participlePhraseEndsAt(doc: SlantDocument, t: number, b: number): boolean {
  const p = t + 1;
  // (a bare day as well: "filed Thursday", "released Sunday night")
  return p < b && (shortPrepositionalPhraseEnd(doc, p, b) === b || leadingTimeEnd(doc, p, b) === b || timePhraseEnd(doc, p, b, 4, TIME_ADJUNCT) === b);
}

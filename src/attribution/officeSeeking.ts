/**
 * Running for an office: "seeking the presidency", "is seeking reelection", "vying for the party's nomination",
 * "seeks the White House". A candidacy, not an intention reported as such: news marks it about one time in
 * four, where it marks "seek" with a plan or a request ("sought to delay the levy", "seeking help from the
 * council") most of the time.
 */
import type { SlantDocument } from '../document/readDocument.js';
import { isPossessive } from './tokens.js';

/** Head nouns of an office run for ("the presidency", "the nomination", "a second term", "reelection"). */
const OFFICE_NOUNS: ReadonlySet<string> = new Set(['presidency', 'nomination', 'reelection', 're-election', 'office', 'seat', 'term', 'mayoralty', 'governorship', 'mantle']);

/** Words that may stand before the office's head ("the Democratic nomination", "the party's nomination", "a second term"). */
const MAX_MODIFIERS = 4;

/**
 * Is "seek" (or "vie" when `vie`, with its "for") at `k` running for an office? Its object is an office noun (after at most
 * a few determiners, possessives and modifiers: "the Republican presidential nomination", "the party's
 * nomination") or "the White House", and the phrase ends there: not "the nomination of Berg to the board", nor
 * "a seat at the table for growers", "office space".
 */
export function seeksOffice(doc: SlantDocument, k: number, vie: boolean): boolean {
  let a = k + 1;
  if (vie) {
    if (doc.lower[a] !== 'for') return false;
    a++;
  }
  const limit = a + MAX_MODIFIERS;
  for (let t = a; t <= limit; t++) {
    const w = doc.lower[t] ?? '';
    let end = -1;
    if (OFFICE_NOUNS.has(w) && doc.pos[t] === 'NOUN') end = t + 1;
    else if (w === 'white' && doc.lower[t + 1] === 'house' && doc.value[t] === 'White') end = t + 2;
    if (end >= 0) {
      const next = doc.lower[end] ?? '';
      return !(next === 'of' || next === 'at' || next === 'for' || doc.pos[end] === 'NOUN' || isPossessive(doc, end));
    }
    // (determiners, possessives and modifiers before the head: "the", "her party's", "Republican", "second")
    if (!(doc.pos[t] === 'DET' || doc.pos[t] === 'ADJ' || doc.pos[t] === 'PROPN' || doc.pos[t] === 'PRON' || doc.pos[t] === 'NUM' || isPossessive(doc, t) || (doc.pos[t] === 'NOUN' && isPossessive(doc, t + 1)))) return false;
  }
  return false;
}

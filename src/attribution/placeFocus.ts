/**
 * "focus on" a place ("will focus on Tarn County", "is focusing chiefly on Ostland", "could not focus on the
 * state"): where a campaign spends its effort, which reports nothing. News marks "focus on" a topic, an idea
 * or a person ("focused on the levy", "focused on Vale"), seldom a place (about one time in seven).
 */
import type { SlantDocument } from '../document/readDocument.js';
import { entityLexicons, WORD, wordBitsOf } from '../entities/entityLexicons.js';
import { foldName } from '../entities/nameKeys.js';
import type { AttributionLexicons } from './attributionLexicons.js';
import { isCap, isPossessive } from './tokens.js';

/** Common nouns that name a place by themselves after "the" ("focus on the state"). */
const PLACE_NOUNS: ReadonlySet<string> = new Set(['state', 'states', 'city', 'county', 'district', 'region', 'province']);

/** The longest place name read after "on" ("New South Ostland County"). */
const MAX_PLACE_TOKENS = 4;

/** Adverbs between "focus" and "on" ("focusing chiefly on", "has focused heavily on"): at most this many. */
const MAX_ADVERBS = 2;

/**
 * Is "focus" at `k` a verb whose "on" takes a place, ending its noun phrase there? The place is a run of
 * capitalised proper nouns that the gazetteer knows as a place (whole or by its first word: "Ostland", "New
 * Ostland") or that ends in a place noun ("Tarn County"), or "the" + a place noun ("the state"); a possessive
 * or a noun after it makes the place a modifier ("Tarn County's budget", "the state budget"), "of" a part
 * ("the state of the harbour"), and the relation stays.
 */
export function focusesOnPlace(doc: SlantDocument, lex: AttributionLexicons, k: number): boolean {
  let on = k + 1;
  while (on < k + 1 + MAX_ADVERBS && doc.pos[on] === 'ADV') on++;
  if (doc.lower[on] !== 'on') return false;
  const a = on + 1;
  let e: number;
  if (doc.lower[a] === 'the' && PLACE_NOUNS.has(doc.lower[a + 1] ?? '')) e = a + 2;
  else {
    e = a;
    while (e < a + MAX_PLACE_TOKENS && doc.pos[e] === 'PROPN' && isCap(doc, e)) e++;
    if (e === a || !namesPlace(doc, lex, a, e)) return false;
  }
  const next = doc.lower[e] ?? '';
  return !(isPossessive(doc, e) || next === 'of' || doc.pos[e] === 'NOUN' || doc.pos[e] === 'PROPN');
}

/** Do the capitalised words [a, e) name a place: known as one (whole, or by its first word), or ending in a place noun ("Tarn County")? */
function namesPlace(doc: SlantDocument, lex: AttributionLexicons, a: number, e: number): boolean {
  const entities = entityLexicons(lex.lexicons);
  if (wordBitsOf(entities, foldName(doc.lower[e - 1]!)) & WORD.PLACE_HEAD) return true;
  if (e - a === 1) return (wordBitsOf(entities, foldName(doc.lower[a]!)) & WORD.KNOWN_PLACE) !== 0;
  let name = doc.lower[a]!;
  for (let t = a + 1; t < e; t++) name += ` ${doc.lower[t]!}`;
  return entities.known.get(foldName(name))?.type === 'place';
}

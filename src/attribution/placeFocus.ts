/**
 * "focus on" a place ("will focus on Tarn County", "is focusing chiefly on Ostland", "could not focus on the
 * state"): where a campaign spends its effort, which reports nothing. News marks "focus on" a topic, an idea
 * or a person ("focused on the levy", "focused on Vale"), seldom a place (about one time in seven).
 */
import type { SlantDocument } from '../document/readDocument.js';
import { entityLexicons, wordBitsOf } from '../entities/entityLexicons.js';
import * as WORD from '../entities/wordSetBits.js';
import { foldName } from '../entities/nameKeys.js';
import type { AttributionLexicons } from './attributionLexicons.js';
import { namesSpeaker, mayNamePerson } from './peopleNouns.js';
import { isCap, isPossessive, MODALS, NEGATIONS, NONCOMPLEMENT_RELATIVES } from './tokens.js';

/** Common nouns that name a place by themselves after "the" ("focus on the state"). */
const PLACE_NOUNS: ReadonlySet<string> = new Set(['state', 'states', 'city', 'county', 'district', 'region', 'province']);

/** The longest place name read after "on" ("New South Ostland County"). */
const MAX_PLACE_TOKENS = 4;

/** Adverbs between "focus" and "on" ("focusing chiefly on", "has focused heavily on"): at most this many. */
const MAX_ADVERBS = 2;

/** Words read back from "focus" to its subject's head ("The hearing will not be focusing on"): at most this many. */
const MAX_SUBJECT_GAP = 6;

/** The longest relative clause set off by commas read back over ("The levy, which Ruiz drafted last spring, focuses"). */
const MAX_RELATIVE_CLAUSE = 12;

/** Words opening a relative clause set off by commas. */
const RELATIVE_OPENERS: ReadonlySet<string> = new Set([...NONCOMPLEMENT_RELATIVES, 'whose']);

/** Tags of the words between a subject and "focus": auxiliaries, adverbs, "to", a catenative verb ("plans to focus"). */
const VERB_GROUP_TAGS: ReadonlySet<string> = new Set(['AUX', 'ADV', 'PART', 'VERB']);

/**
 * Is "focus" at `k` a verb whose "on" takes a place, ending its noun phrase there? The place is a run of
 * capitalised proper nouns that the gazetteer knows as a place (whole or by its first word: "Ostland", "New
 * Ostland") or that ends in a place noun ("Tarn County"), or "the" + a place noun ("the state"); a possessive
 * or a noun after it makes the place a modifier ("Tarn County's budget", "the state budget"), "of" a part
 * ("the state of the harbour"), and the relation stays. So does a thing's focus ("The lawsuit focuses on Tarn
 * County", "The hearing will focus on Ostland"): there the place is the topic, as it is not for a campaign.
 */
export function focusesOnPlace(doc: SlantDocument, lex: AttributionLexicons, k: number): boolean {
  if (thingSubject(doc, lex, k)) return false;
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

/**
 * Is the subject of "focus" at `k` a thing, whose focus is its topic: a common noun right before the verb group
 * ("The lawsuit focuses", "Vale's speech will focus", "The inquiry plans to focus") that names no speaker or
 * person ("the campaign", "the mayor", "the growers")? A name, a pronoun, no subject near (a participle:
 * ", focusing chiefly on") is someone's effort.
 */
function thingSubject(doc: SlantDocument, lex: AttributionLexicons, k: number): boolean {
  let h = k - 1;
  const stop = Math.max(0, k - MAX_SUBJECT_GAP);
  while (h >= stop && (VERB_GROUP_TAGS.has(doc.pos[h]!) || MODALS.has(doc.lower[h]!) || NEGATIONS.has(doc.lower[h]!))) {
    // (an infinitive after a noun is no catenative's: "stayed off the air to focus on", the noun is an object)
    if (doc.lower[h] === 'to' && doc.pos[h - 1] !== 'VERB') return false;
    h--;
  }
  if (h >= 0 && doc.value[h] === ',') h = beforeRelativeClause(doc, h);
  if (h < stop - MAX_RELATIVE_CLAUSE || h < 0 || doc.pos[h] !== 'NOUN') return false;
  return !(namesSpeaker(doc, lex, h) || mayNamePerson(doc, h) || lex.collectiveNouns.has(doc.lower[h]!));
}

/**
 * The token before a relative clause set off by commas that closes at the comma `c` ("The lawsuit, which will be
 * filed on Friday, focuses": the noun "lawsuit"), read back at most `MAX_RELATIVE_CLAUSE` words; `c` when none.
 */
function beforeRelativeClause(doc: SlantDocument, c: number): number {
  const stop = Math.max(1, c - MAX_RELATIVE_CLAUSE);
  for (let t = c - 1; t >= stop; t--) {
    if (doc.value[t] === ',') return RELATIVE_OPENERS.has(doc.lower[t + 1]!) ? t - 1 : c;
  }
  return c;
}

/**
 * Verb cues with no agent: appearance ("seems to", "looks like"), agentless passives ("it is
 * believed that", "is said to", "was declared the winner", "is accused of") and reduced
 * passives after a noun ("a clerk accused of fraud"). Called from verbCues.ts once a
 * reporting verb is found.
 */
import type { SlantDocument } from '../document/readDocument.js';
import type { Cue } from './cue.js';
import { nothingAfter, phraseEnd, takesClause, WH } from './cueComplements.js';
import { nounPhraseBefore } from './nounPhrases.js';
import { isAdverbLike, isPunct, isQuoteMark } from './tokens.js';

/** Verbs whose passive attributes with no agent: "it is believed that", "he is said to". */
export const AGENTLESS_PASSIVES = new Set(['say', 'believe', 'think', 'expect', 'report', 'rumor', 'rumour', 'allege', 'know', 'consider', 'estimate', 'understand', 'suppose', 'fear', 'claim', 'see', 'announce', 'predict', 'project', 'ask', 'suggest', 'assume', 'hope', 'feel', 'view', 'regard', 'describe', 'deem', 'confirm', 'reveal', 'disclose', 'argue', 'note']);

/** Appearance verbs: "the plan seems to work", "it appears that", "the race looks closer", "that sounds like a threat". */
export const APPEARANCE = new Set(['seem', 'appear', 'look', 'sound']);

/** After "appear": a place or an occasion, not an appearance ("appeared on stage", "appeared in court"). */
const APPEAR_PLACES = new Set(['on', 'onstage', 'at', 'in', 'before', 'with', 'alongside', 'together', 'live', 'for', 'from', 'inside', 'outside', 'next', 'beside', 'behind', 'here', 'there', 'again', 'briefly', 'publicly', 'remotely', 'via', 'during', 'after', 'twice', 'once', 'only']);

/**
 * Passives that attribute with no agent when a complement follows ("was declared the winner",
 * "were deemed ineligible", "is accused of fraud", "was not disclosed"): lemma → what must follow.
 * `complement`: a noun phrase, adjective, "as" or a quotation; `of`/`with`/`for`: that word;
 * `none`: nothing but adjuncts (or a complement).
 */
export const PASSIVE_COMPLEMENTS = new Map<string, 'complement' | 'of' | 'with' | 'for' | 'none'>([
  ['declare', 'complement'],
  ['deem', 'complement'],
  ['consider', 'complement'],
  ['project', 'complement'],
  ['label', 'complement'],
  ['brand', 'complement'],
  ['hail', 'complement'],
  ['tout', 'complement'],
  ['describe', 'complement'],
  ['portray', 'complement'],
  ['announce', 'none'],
  ['disclose', 'none'],
  ['reveal', 'none'],
  ['accuse', 'of'],
  ['suspect', 'of'],
  ['charge', 'with'],
  ['criticize', 'for'],
  ['criticise', 'for'],
  ['blame', 'for'],
  ['condemn', 'for'],
  ['fault', 'for'],
  ['praise', 'for'],
]);

/** Reduced passives after a noun that attribute with no agent: "a clerk accused of fraud", "a judge considered a moderate". */
const REDUCED_PASSIVES = new Map<string, 'complement' | 'of'>([
  ['accuse', 'of'],
  ['suspect', 'of'],
  ['consider', 'complement'],
  ['deem', 'complement'],
]);

/**
 * Appearance with no perceiver: "seems to", "appeared tired", "it appears that", "looks like a
 * win", "sounded confident". Not "appeared on stage", "look at", "looking to", "sounded the alarm".
 */
export function appearanceCue(doc: SlantDocument, end: number, j: number, te: number, lemma: string, base: Omit<Cue, 'type'>): Cue | null {
  let a = end;
  while (a < te && isAdverbLike(doc, a) && !(lemma === 'appear' && APPEAR_PLACES.has(doc.lower[a]!)) && !comparative(doc, a)) a++;
  const w = doc.lower[a] ?? '';
  const raising: Cue = { type: 'agentless', ...base, agentless: 'raising' };
  if (a >= te || (lemma === 'appear' && APPEAR_PLACES.has(w))) return null;
  if (w === 'like' && a + 1 < te && !isPunct(doc, a + 1)) return raising;
  if (w === 'as' && (doc.lower[a + 1] === 'if' || doc.lower[a + 1] === 'though')) return raising;
  // "looked healthier", "sounds confident": the writer's own description, not an impression
  // reported as such (only the comparisons above are)
  if (lemma === 'look' || lemma === 'sound') return null;
  // "appeared tired", "seems closer", "seemed poised to", "seemed meant for"
  if (doc.pos[a] === 'ADJ' || (doc.pos[a] === 'VERB' && /ed$/.test(w)) || comparative(doc, a)) return raising;
  if (w === 'to' || w === 'that') return raising;
  // "it seems the ferry will …"
  if (doc.lower[j] === 'it' && takesClause(doc, a, te)) return { ...raising, tokStart: j, agentless: 'it-that' };
  // "seemed a reminder that …", "seemed beside the point": "seem" links whatever follows
  if (lemma === 'seem' && !isPunct(doc, a) && !/^(?:and|but|or|so)$/.test(w)) return raising;
  return null;
}

/** "closer", "stronger" read as an adverb (not "later", "never", "together"). */
function comparative(doc: SlantDocument, a: number): boolean {
  return doc.pos[a] === 'ADV' && /[^e]er$/.test(doc.lower[a]!) && !/^(?:later|earlier|ever|never|together|rather|further|either|over|after|under|hereafter|thereafter|altogether|whatever|however|whenever|wherever|forever)$/.test(doc.lower[a]!);
}

/** Time words after a passive: "will be considered next week" is no complement. */
const TIME_WORDS = new Set(['next', 'last', 'this', 'later', 'earlier', 'early', 'soon', 'today', 'tomorrow', 'yesterday', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'each', 'every', 'once', 'twice', 'again', 'first', 'shortly', 'immediately']);

/** Does what follows a passive participle at `a` complete an agentless attribution (see PASSIVE_COMPLEMENTS)? */
export function passiveComplement(doc: SlantDocument, a: number, te: number, need: 'complement' | 'of' | 'with' | 'for' | 'none' | undefined): boolean {
  if (!need) return false;
  const w = doc.lower[a] ?? '';
  if (need === 'of' || need === 'with') return w === need && a + 1 < te;
  const complement = a < te && (w === 'as' || isQuoteMark(doc, a) || (/^(?:DET|ADJ|NUM)$/.test(doc.pos[a]!) && !WH.has(w) && !TIME_WORDS.has(w)));
  if (need === 'complement') return complement;
  if (need === 'for') return (w === 'for' && a + 1 < te) || w === 'as' || nothingAfter(doc, a, te);
  return complement || nothingAfter(doc, a, te);
}

/**
 * "a clerk accused of fraud", "Ruiz, a judge considered a moderate,": the noun phrase before a
 * reduced passive and the complement after it, up to the next punctuation; or null. A
 * "considered"/"deemed" after a subject is active ("The board considered a bill"), so those
 * need a noun phrase that is not the sentence's subject.
 */
export function reducedPassive(doc: SlantDocument, k: number, end: number, ts: number, te: number, lemma: string): { a: number; b: number } | null {
  const need = REDUCED_PASSIVES.get(lemma);
  if (!need || !(doc.pos[k - 1] === 'NOUN' || doc.pos[k - 1] === 'PROPN')) return null;
  if (need === 'of' ? doc.lower[end] !== 'of' : !passiveComplement(doc, end, te, 'complement')) return null;
  const np = nounPhraseBefore(doc, k - 1, ts);
  if (!np || np.b !== k) return null;
  if (need === 'complement' && !(np.a > ts && (doc.value[np.a - 1] === ',' || doc.pos[np.a - 1] === 'ADP' || doc.pos[np.a - 1] === 'VERB'))) return null;
  return { a: np.a, b: phraseEnd(doc, end + 1, te) };
}

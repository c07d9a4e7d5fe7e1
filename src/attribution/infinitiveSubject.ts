/**
 * The subject of an infinitive: the object of a control verb ("urged Vale to"), "for X to",
 * the recipient of a chance ("gave Ruiz a chance to"), and expletive "it" clauses.
 */
import type { SlantDocument } from '../document/readDocument.js';
import { hasHead, nounPhraseBefore, type TokenRange } from './nounPhrases.js';
import { isAdverbLike, isCap, isPunct, isVerb, PRONOUNS } from './tokens.js';
import { wordSet } from './timeWords.js';
import { PLURAL_SUBJECT_QUANTIFIERS } from './quantifiers.js';
import type { SubjectFinding } from './findSubject.js';
import { previousVerb } from './sharedSubjectVerb.js';

const OBJECT_WORDS = wordSet(['him', 'her', 'them', 'us', 'me', 'you', 'it'], [...PLURAL_SUBJECT_QUANTIFIERS], ['everyone', 'anyone', 'someone', 'people']);

/** Verbs whose object is the subject of a following infinitive: "urged voters to reject", "led Republicans to say". */
const OBJECT_CONTROL = new Set(['ask', 'urge', 'tell', 'lead', 'drive', 'force', 'push', 'press', 'prompt', 'encourage', 'invite', 'allow', 'enable', 'get', 'want', 'need', 'expect', 'persuade', 'convince', 'inspire', 'cause', 'require', 'order', 'challenge', 'dare', 'help', 'remind', 'warn', 'beg', 'implore', 'instruct', 'direct', 'compel', 'pressure', 'lobby', 'recruit', 'hire', 'send', 'bring', 'authorize', 'empower', 'leave', 'move', 'spur', 'provoke']);

/**
 * The subject of an infinitive that follows a noun phrase rather than a verb (`to` at `to`, the
 * phrase ending at `g`): the object of a control verb ("urged voters to reject", "led Republicans to
 * say"), or else, in a purpose clause, the subject of the verb before it ("took the podium to
 * admit", "drove to the harbour to say", "appeared on “Port Hour” to defend"); null when no verb stands before it.
 */
export function infinitiveAfterObject(doc: SlantDocument, g: number, to: number, ts: number, isCueVerb: (k: number) => boolean): SubjectFinding | null {
  // ("led some to speculate", "allow him to call for": a pronoun or quantifier alone is the object)
  const lone = OBJECT_WORDS.has(doc.lower[g]!) ? { a: g, b: g + 1 } : null;
  const np = lone ?? (doc.pos[g] === 'NOUN' || doc.pos[g] === 'PROPN' || doc.pos[g] === 'PRON' ? nounPhraseBefore(doc, g, ts) : null);
  if (np && np.b === g + 1) {
    let v = np.a - 1;
    while (v >= ts && isAdverbLike(doc, v) && !isVerb(doc, v)) v--;
    // ("urged voters to reject the plan", "lobbied Ruiz to sign": what the cue verb asks for is its content)
    if (v >= ts && doc.pos[v] === 'VERB' && isCueVerb(v)) return { type: 'nested' };
    // "hard for voters to know": the phrase after "for" is the infinitive's subject
    if (doc.lower[np.a - 1] === 'for') return { type: 'phrase', phrase: np, inverted: false };
    if (v >= ts && doc.pos[v] === 'VERB' && OBJECT_CONTROL.has(doc.lemma[v]!)) return { type: 'phrase', phrase: np, inverted: false };
    // ("an opening for Ruiz to attack", "a reason for the board to act": also when the noun before "for" is read with it)
    const forAt = subjectAfterFor(doc, np);
    if (forAt) return { type: 'phrase', phrase: forAt, inverted: false };
    // "relies on residents to report", "counted on Vale to back": the phrase after "on" is who acts
    if (/^(?:on|upon)$/.test(doc.lower[np.a - 1] ?? '') && np.a - 2 >= ts && RELY.has(doc.lemma[np.a - 2]!)) return { type: 'phrase', phrase: np, inverted: false };
    // "gave Vale a chance to attack", "offered the mayor an opening to argue": the one given the chance
    const given = recipientBefore(doc, np, ts);
    if (given) return { type: 'phrase', phrase: given, inverted: false };
  }
  const main = previousVerb(doc, to, ts);
  return main >= 0 ? { type: 'governed', verb: main, coordinated: false } : null;
}

/** Nouns of need or pressure before "for X to …": "a need for the board to act", "calls for Ruiz to resign". */
const NEED_NOUNS = new Set(['need', 'way', 'pressure', 'push', 'call', 'calls', 'demand', 'demands', 'bid', 'effort', 'efforts', 'move', 'wish', 'desire', 'appetite', 'urge', 'temptation', 'openings', 'chances', 'opportunities', 'reasons']);

/** Verbs whose "on" phrase names who is to act: "relies on residents to report". */
const RELY = new Set(['rely', 'count', 'depend']);

/** Verbs of giving whose first object is given a chance to act: "gave Vale a chance to attack". */
const GIVING = new Set(['give', 'offer', 'hand', 'afford', 'grant']);

/** Nouns of a chance to act, after a verb of giving: "a chance", "an opening", "new impetus". */
const CHANCE_NOUNS = new Set(['chance', 'opportunity', 'opening', 'impetus', 'reason', 'excuse', 'platform', 'incentive', 'license', 'licence', 'pretext', 'cover', 'time', 'room', 'ammunition', 'permission', 'power', 'right']);

/**
 * "an opening for Ruiz | to", "another reason for the board | to": the phrase after a "for" inside
 * the noun phrase `np` that ends before the infinitive (a noun of chance or need before "for").
 */
function subjectAfterFor(doc: SlantDocument, np: TokenRange): TokenRange | null {
  for (let f = np.b - 2; f > np.a; f--) {
    if (doc.lower[f] !== 'for') continue;
    const subject = { a: f + 1, b: np.b };
    // (a noun of chance or need before "for": not "lawyers for Ruiz | to respond")
    return (CHANCE_NOUNS.has(doc.lower[f - 1]!) || NEED_NOUNS.has(doc.lower[f - 1]!)) && hasHead(doc, subject) && !isVerb(doc, f + 1) ? subject : null;
  }
  return null;
}

/** The first object of a verb of giving before the chance noun phrase `np`: "gave | Vale | a chance". */
function recipientBefore(doc: SlantDocument, np: TokenRange, ts: number): TokenRange | null {
  if (!CHANCE_NOUNS.has(doc.lower[np.b - 1]!) || np.a - 1 < ts) return null;
  // ("gave Vale a chance": the noun-phrase reader may take both objects as one phrase)
  for (let t = np.a + 1; t < np.b - 1; t++) {
    if ((doc.pos[t] === 'DET' || doc.pos[t] === 'ADJ') && (doc.pos[t - 1] === 'PROPN' || doc.pos[t - 1] === 'NOUN' || OBJECT_WORDS.has(doc.lower[t - 1]!))) {
      const first = { a: np.a, b: t };
      return doc.pos[np.a - 1] === 'VERB' && GIVING.has(doc.lemma[np.a - 1]!) && (hasHead(doc, first) || OBJECT_WORDS.has(doc.lower[np.a]!)) ? first : null;
    }
  }
  const lone = OBJECT_WORDS.has(doc.lower[np.a - 1]!) || PRONOUNS.has(doc.lower[np.a - 1]!) ? { a: np.a - 1, b: np.a } : null;
  const recipient = lone ?? (doc.pos[np.a - 1] === 'PROPN' || doc.pos[np.a - 1] === 'NOUN' ? nounPhraseBefore(doc, np.a - 1, ts) : null);
  if (!recipient || recipient.a - 1 < ts) return null;
  const v = recipient.a - 1;
  return doc.pos[v] === 'VERB' && GIVING.has(doc.lemma[v]!) && (lone !== null || hasHead(doc, recipient)) ? recipient : null;
}

/** "It takes …", "It's a … effort": the verb at `v` (before the infinitive's "to" at `to`) is "be" or "take" with the pronoun "it" as its subject. */
export function expletiveClause(doc: SlantDocument, v: number, to: number, ts: number): boolean {
  if (doc.lemma[v] !== 'be' && doc.lemma[v] !== 'take') return false;
  // (not "It took Ruiz a week to admit …": a named or pronoun object is the infinitive's subject)
  for (let t = v + 1; t < to; t++) if (doc.pos[t] === 'PROPN' || doc.pos[t] === 'PRON' || isCap(doc, t)) return false;
  // (nor "It has been careful to frame …": "be" with an adjective alone has a real subject)
  let noun = false;
  for (let t = v + 1; t < to; t++) if (doc.pos[t] === 'NOUN') noun = true;
  if (!noun) return false;
  // (nor "It took the council a year to agree …": of two noun phrases after "take", the first is the one who agrees)
  if (doc.lemma[v] === 'take') {
    let seenNoun = false;
    for (let t = v + 1; t < to; t++) {
      if (doc.pos[t] === 'NOUN') seenNoun = true;
      else if (seenNoun && (doc.pos[t] === 'DET' || doc.pos[t] === 'NUM')) return false;
    }
  }
  let t = v - 1;
  while (t >= ts && (doc.pos[t] === 'AUX' || doc.pos[t] === 'PART' || isAdverbLike(doc, t))) t--;
  return t >= ts && doc.lower[t] === 'it' && (t === ts || isPunct(doc, t - 1) || /^(?:and|but|so)$/.test(doc.lower[t - 1]!));
}

/**
 * The subject of an infinitive: the object of a control verb ("urged Vale to"), "for X to",
 * the recipient of a chance ("gave Ruiz a chance to"), and expletive "it" clauses.
 */
import type { SlantDocument } from '../document/readDocument.js';
import { hasHead, nounPhraseBefore, withAppositive, type SourcePhrase, type TokenRange } from './nounPhrases.js';
import { isAdverbLike, isCap, isPunct, isVerb, PRONOUNS, STATE_LINKS } from './tokens.js';
import { wordSet } from './timeWords.js';
import { PLURAL_SUBJECT_QUANTIFIERS } from './quantifiers.js';
import type { SubjectContext, SubjectFinding } from './findSubject.js';
import { mayNamePerson, namesPeople, namesSpeaker } from './peopleNouns.js';
import { previousVerb } from './sharedSubjectVerb.js';

const OBJECT_WORDS = wordSet(['him', 'her', 'them', 'us', 'me', 'you', 'it'], [...PLURAL_SUBJECT_QUANTIFIERS], ['everyone', 'anyone', 'someone', 'people']);

/** Verbs whose object is the subject of a following infinitive: "urged voters to reject", "led Republicans to say". */
const OBJECT_CONTROL = new Set(['ask', 'urge', 'tell', 'lead', 'drive', 'force', 'push', 'press', 'prompt', 'encourage', 'invite', 'allow', 'enable', 'get', 'want', 'need', 'expect', 'persuade', 'convince', 'inspire', 'cause', 'require', 'order', 'challenge', 'dare', 'help', 'remind', 'warn', 'beg', 'implore', 'instruct', 'direct', 'compel', 'pressure', 'lobby', 'recruit', 'hire', 'send', 'bring', 'authorize', 'empower', 'leave', 'move', 'spur', 'provoke']);

/**
 * Verbs whose object is the subject of a following infinitive only when it names someone: "paid the guild to
 * argue", "commissioned a firm to study", "appointed Berg to review"; with a thing for its object the infinitive
 * is a purpose of the verb's subject ("paid a fine to settle", "commissioned a mural to honour").
 */
const PERSON_OBJECT_CONTROL = new Set(['pay', 'commission', 'enlist', 'appoint', 'assign', 'task', 'train', 'nominate', 'elect', 'petition']);

/** Verbs of paying whose sum goes "to" someone: "paid $2 million to the union", "donated thousands to the guild". */
const PAID_TO = new Set(['pay', 'donate', 'funnel', 'contribute', 'lend']);
/** The most words of the sum between such a verb and its "to" ("more than $40,000"). */
const MAX_SUM_WORDS = 8;

/**
 * The one a sum is paid to, when the phrase `np` (ending at `g`, before the infinitive) is or ends with "to" and
 * that one, after a verb of paying and its sum ("paid more than $40,000 | to the union"); null otherwise.
 */
function paidRecipient(ctx: SubjectContext, np: TokenRange, g: number, ts: number): TokenRange | null {
  const { doc } = ctx;
  let to = np.a - 1;
  for (let t = np.b - 2; t > np.a; t--) {
    if (doc.lower[t] === 'to' && doc.pos[t] === 'ADP') {
      to = t;
      break;
    }
  }
  if (doc.lower[to] !== 'to' || !objectNamesSomeone(ctx, g)) return null;
  return PAID_TO.has(doc.lemma[payerVerbBefore(doc, to - 1, ts)] ?? '') ? { a: to + 1, b: np.b } : null;
}

/** The head of an object phrase: the word before its first preposition ("a visit | to Berg"), else its last word. */
function headBeforePreposition(doc: SlantDocument, np: TokenRange): number {
  for (let t = np.a + 1; t < np.b; t++) if (doc.pos[t] === 'ADP') return t - 1;
  return np.b - 1;
}

/**
 * The verb before the sum that ends at `t` ("paid | more than $40,000"): over numbers, symbols and the words
 * of an amount, at most `MAX_SUM_WORDS` back; -1 when no verb stands there.
 */
function payerVerbBefore(doc: SlantDocument, t: number, ts: number): number {
  for (let u = t; u >= ts && t - u <= MAX_SUM_WORDS; u--) {
    if (doc.pos[u] === 'VERB') return u;
    // (a noun only of money: "paid a visit to Berg to argue" is the visitor's purpose)
    if (!SUM_TAGS.has(doc.pos[u]!) && !MONEY_NOUNS.has(doc.lower[u]!)) return -1;
  }
  return -1;
}

/** The tags of the words of a sum besides its money nouns: "more than $40,000", "some 3 million". */
const SUM_TAGS = new Set(['NUM', 'SYM', 'ADJ', 'ADV', 'DET', 'ADP']);
/** Nouns of money in a sum: "thousands of dollars", "the funds". */
const MONEY_NOUNS = new Set(['dollars', 'euros', 'pounds', 'money', 'funds', 'cash', 'thousands', 'millions', 'billions', 'sum', 'sums', 'fees', 'fee']);

/** Does the object head `h` name someone: a name, an object pronoun, or a noun of a speaker by the lexicons or by its ending? */
function objectNamesSomeone(ctx: SubjectContext, h: number): boolean {
  const { doc } = ctx;
  return (doc.pos[h] === 'PROPN' && isCap(doc, h)) || OBJECT_WORDS.has(doc.lower[h]!) || namesSpeaker(doc, ctx.lex, h) || mayNamePerson(doc, h);
}

/**
 * The subject of an infinitive that follows a noun phrase rather than a verb (`to` at `to`, the
 * phrase ending at `g`): the object of a control verb ("urged voters to reject", "led Republicans to
 * say"), or else, in a purpose clause, the subject of the verb before it ("took the podium to
 * admit", "drove to the harbour to say", "appeared on “Port Hour” to defend"); null when no verb stands before it.
 */
export function infinitiveAfterObject(ctx: SubjectContext, g: number, to: number, ts: number, isCueVerb: (k: number) => boolean): SubjectFinding | null {
  const { doc } = ctx;
  // ("led some to speculate", "allow him to call for": a pronoun or quantifier alone is the object)
  const lone = OBJECT_WORDS.has(doc.lower[g]!) ? { a: g, b: g + 1 } : null;
  // ("forced his rival, Dara Berg, to distance herself": a name set off after the object is the same one)
  const named = lone ? null : objectWithAppositive(doc, g, ts);
  const single = named ?? lone ?? (doc.pos[g] === 'NOUN' || doc.pos[g] === 'PROPN' || doc.pos[g] === 'PRON' ? nounPhraseBefore(doc, g, ts) : null);
  // ("allow growers and traders to support", "rare for a mayor, a deputy or a judge to campaign": the whole list acts)
  const np = single && single.b === g + 1 && !named ? coordinatedPhrase(doc, single, ts) : single;
  if (np && (np.b === g + 1 || named)) {
    let v = np.a - 1;
    while (v >= ts && isAdverbLike(doc, v) && !isVerb(doc, v)) v--;
    // ("urged voters to reject the plan", "lobbied Ruiz to sign": what the cue verb asks for is its content)
    if (v >= ts && doc.pos[v] === 'VERB' && isCueVerb(v)) return { type: 'nested' };
    // "the first grower to back Vale", "one of the last members not to endorse": the one ranked acts
    // (not after "be", whose subject is the same one and is named: "Vale was the first mayor to visit"; nor
    // inside a phrase a preposition opens: "on the first ballot to back …"; nor the object of a verb of
    // doing, unless a name or a noun the lexicons give to people heads it: "used the first debate to attack",
    // "took the first steps to show" name an occasion or a means of the verb's subject; "met the first
    // senator to back" names who backs)
    const opener = doc.lower[np.a - 1] ?? '';
    if (rankedPhrase(doc, np) && !(v >= ts && doc.lemma[v] === 'be') && (doc.pos[np.a - 1] !== 'ADP' || opener === 'as' || opener === 'of') && !(v >= ts && isVerb(doc, v) && !STATE_LINKS.has(doc.lower[v]!) && !rankedPerson(ctx, rankedHead(doc, np)))) return { type: 'phrase', phrase: np, inverted: false };
    // ("a lawyer for one of the unions to file a complaint": with no verb before it, "one of" a group is who acts, as a
    // ranked one is; after a verb the infinitive may be its purpose, "met one of the growers to discuss …")
    const one = oneOfWithin(doc, np);
    if (one >= 0 && !(v >= ts && isVerb(doc, v)) && previousVerb(doc, np.a, ts) < 0) return { type: 'phrase', phrase: { a: one, b: np.b }, inverted: false };
    // "hard for voters to know": the phrase after "for" is the infinitive's subject
    // (not after a verb that takes no clause with "for": "reached for a metaphor to describe" is a purpose)
    if (doc.lower[np.a - 1] === 'for' && !(isVerb(doc, np.a - 2) && !FOR_CLAUSE_VERBS.has(doc.lemma[np.a - 2]!))) return { type: 'phrase', phrase: np, inverted: false };
    if (v >= ts && doc.pos[v] === 'VERB' && OBJECT_CONTROL.has(doc.lemma[v]!)) return { type: 'phrase', phrase: np, inverted: false };
    // ("paid the guild to argue", "enlisted Vale to defend": the one paid or enlisted speaks; not money or means,
    // "paid a fine to settle", whose subject acts)
    if (v >= ts && doc.pos[v] === 'VERB' && PERSON_OBJECT_CONTROL.has(doc.lemma[v]!) && (named || objectNamesSomeone(ctx, headBeforePreposition(doc, np)))) return { type: 'phrase', phrase: np, inverted: false };
    // ("paid $2 million to the union to argue": the one paid acts, as when the one paid is the object)
    const paid = paidRecipient(ctx, np, g, ts);
    if (paid) return { type: 'phrase', phrase: paid, inverted: false };
    // "put pressure on the mayor to act", "relies heavily on residents to report": the phrase after "on" acts
    const actor = actorAfterOn(doc, np, ts);
    if (actor) return { type: 'phrase', phrase: actor, inverted: false };
    // ("an opening for Ruiz to attack", "a reason for the board to act": also when the noun before "for" is read with it)
    const forAt = subjectAfterFor(doc, np);
    if (forAt) return { type: 'phrase', phrase: forAt, inverted: false };
    // "gave Vale a chance to attack", "offered the mayor an opening to argue": the one given the chance
    const given = recipientBefore(doc, np, ts);
    if (given) return { type: 'phrase', phrase: given, inverted: false };
  }
  const main = previousVerb(doc, to, ts);
  if (main >= 0) return { type: 'governed', verb: main, coordinated: false };
  // "Harbour board to endorse Ruiz", "Rep. Vale to back Ruiz": in the title line, the headline's phrase opening it
  // before "to" is who will act (not the verb the last of its words might be read as); not in the body, where a
  // phrase before "to" opens no such future ("All the more reason to consider …"); nor when its head is a noun
  // the infinitive completes ("Time to praise the crews", "Reasons to doubt the levy", "Plans to close the pier":
  // a title line tags every capitalised word as a name, so the noun is known by its word)
  return np && np.b === g + 1 && np.a === ts && doc.lineOf[ts] === 0 && hasHead(doc, np) && !takesInfinitive(doc.lower[g]!) ? { type: 'phrase', phrase: np, inverted: false } : null;
}

/** Verbs that take a clause of "for" and an infinitive: "called for Ruiz to resign", "pushed for the board to act". */
const FOR_CLAUSE_VERBS = new Set(['call', 'push', 'press', 'argue', 'plead', 'wait', 'arrange', 'ask', 'lobby', 'campaign', 'advocate', 'appeal', 'petition', 'clamor', 'clamour', 'pray', 'hope', 'long', 'yearn', 'signal', 'motion', 'agitate', 'plan', 'vote', 'make', 'be']);

/** Nouns of pressure before "on X to …": "pressure on the mayor to act", "the onus on Ruiz to explain". */
const PRESSURE_NOUNS = new Set(['pressure', 'onus', 'burden', 'reliance', 'dependence', 'call', 'calls']);

/** Words that rank the one who acts first or last: "the first grower to back Vale", "the only member to vote no". */
const ACTOR_RANKS = new Set(['first', 'last', 'only', 'latest', 'earliest', 'second', 'third', 'sole', 'lone']);

/**
 * "relies on residents | to report", "counted heavily on Vale | to back", "pressure on the mayor | to act": the
 * phrase after "on" that names who acts, after a verb of relying (over an adverb) or a noun of pressure (which
 * the noun-phrase reader may take into `np`); null otherwise.
 */
function actorAfterOn(doc: SlantDocument, np: TokenRange, ts: number): TokenRange | null {
  if (doc.lower[np.a - 1] === 'on' || doc.lower[np.a - 1] === 'upon') {
    let t = np.a - 2;
    while (t > ts && isAdverbLike(doc, t) && !isVerb(doc, t)) t--;
    return t >= ts && (RELY.has(doc.lemma[t]!) || (doc.pos[t] === 'NOUN' && PRESSURE_NOUNS.has(doc.lower[t]!))) ? np : null;
  }
  for (let f = np.a + 1; f < np.b - 1; f++) {
    if (doc.lower[f] !== 'on' && doc.lower[f] !== 'upon') continue;
    const actor = { a: f + 1, b: np.b };
    return doc.pos[f - 1] === 'NOUN' && PRESSURE_NOUNS.has(doc.lower[f - 1]!) && hasHead(doc, actor) ? actor : null;
  }
  return null;
}

/** The head of a ranked phrase: the word before its first "of" ("the first member | of the board"), else its last word. */
function rankedHead(doc: SlantDocument, np: TokenRange): number {
  for (let t = np.a + 1; t < np.b; t++) if (doc.lower[t] === 'of') return t - 1;
  return np.b - 1;
}

/** Does the head `h` of a ranked phrase name someone who acts: a name ("the first Okafor"), or a noun of people by the lexicons ("the first senator")? */
const rankedPerson = (ctx: SubjectContext, h: number) => isCap(ctx.doc, h) || namesPeople(ctx.doc, ctx.lex, h);

/** Where "one of" opens the last part of the phrase `np` after its head ("a lawyer for | one of the unions"), or -1. */
function oneOfWithin(doc: SlantDocument, np: TokenRange): number {
  for (let t = np.b - 2; t > np.a; t--) if (doc.lower[t] === 'of' && doc.lower[t - 1] === 'one') return t - 1 > np.a ? t - 1 : -1;
  return -1;
}

/** Does `np` open with a rank after "the" ("the first grower", "one of the last members")? */
function rankedPhrase(doc: SlantDocument, np: TokenRange): boolean {
  for (let t = np.a + 1; t < np.b - 1; t++) if (ACTOR_RANKS.has(doc.lower[t]!) && doc.lower[t - 1] === 'the') return true;
  return false;
}

/**
 * "growers and traders | to", "a mayor, a deputy or a judge | to": the phrase `np` with the phrases joined to it
 * before by "and" or "or" (and the commas of a list that ends in one); `np` when none is.
 */
function coordinatedPhrase(doc: SlantDocument, np: TokenRange, ts: number): TokenRange {
  let a = np.a;
  let joined = false;
  for (let n = 0; n < 4; n++) {
    const link = doc.lower[a - 1] ?? '';
    if (!(link === 'and' || link === 'or' || (joined && link === ','))) break;
    const before = a - 2 >= ts ? nounPhraseBefore(doc, a - 2, ts) : null;
    if (!before || !hasHead(doc, before)) break;
    a = before.a;
    joined = true;
  }
  return joined ? { a, b: np.b } : np;
}

/**
 * "his rival, Dara Berg, | to": the object phrase before a name set off by commas that ends at the comma `g`,
 * with the name as its appositive; null otherwise.
 */
function objectWithAppositive(doc: SlantDocument, g: number, ts: number): SourcePhrase | null {
  if (doc.value[g] !== ',' || g - 1 < ts) return null;
  if (!isCap(doc, g - 1)) return nameWithDescription(doc, g, ts);
  const name = nounPhraseBefore(doc, g - 1, ts);
  if (!name || doc.value[name.a - 1] !== ',' || name.b - name.a > 4) return null;
  const object = nounPhraseBefore(doc, name.a - 2, ts);
  // (the tagger may read the object's noun as an adjective: "his rival")
  return object && (doc.pos[object.b - 1] === 'NOUN' || doc.pos[object.b - 1] === 'ADJ') && !isCap(doc, object.a) ? withAppositive(object, name) : null;
}

/** Words that open a description set off after a name: "Berg, the mayor,", "Vale, a grower,". */
const DESCRIPTION_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);

/**
 * "forced Berg, the mayor, | to": a name right after a verb with a description set off by commas that ends
 * at the comma `g` (the description as its appositive); null otherwise.
 */
function nameWithDescription(doc: SlantDocument, g: number, ts: number): SourcePhrase | null {
  const description = nounPhraseBefore(doc, g - 1, ts);
  if (!description || !DESCRIPTION_OPENERS.has(doc.lower[description.a]!) || doc.value[description.a - 1] !== ',' || description.b - description.a > 6) return null;
  const name = nounPhraseBefore(doc, description.a - 2, ts);
  // (the name is the verb's object: "the mayor" then describes the one forced, not a list "Vale, the mayor, and …")
  return name && name.b - name.a <= 4 && isCap(doc, name.a) && isCap(doc, name.b - 1) && doc.pos[name.a - 1] === 'VERB' ? withAppositive(name, description) : null;
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

/** Nouns an infinitive completes, not a subject of it: "time to act", "reasons to doubt", "a bid to win", "plans to close". */
const INFINITIVE_NOUNS = wordSet([...NEED_NOUNS], [...CHANCE_NOUNS], ['plan', 'attempt']);

/** Is `low` (or its singular) a noun an infinitive completes ("time", "reasons")? */
const takesInfinitive = (low: string) => INFINITIVE_NOUNS.has(low) || (low.endsWith('s') && INFINITIVE_NOUNS.has(low.slice(0, -1)));

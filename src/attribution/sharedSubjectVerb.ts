/**
 * The finite verb whose subject a participle or a second verb shares, stepping out of relative
 * clauses and over linking verbs and reduced relatives.
 */
import type { SlantDocument } from '../document/readDocument.js';
import { APPEARANCE } from './agentlessVerbCues.js';
import { PHRASE_QUESTION_WORDS } from './contentExtent.js';
import { clauseStart, nounPhraseBefore } from './nounPhrases.js';
import { contactRelativeHead } from './contactGap.js';
import { BE_FORMS, endsWithEd, endsWithEdOrEn, endsWithIng, endsWithPlainS, hyphenJoinsAfter, isAdverbLike, isCap, isPossessive, isFloatedQuantifier, isPunct, isQuoteMark, isVerb, NEGATIONS, pastReadAsNounAfterSubject, PLURAL_SUBJECT_PRONOUNS, POSSESSIVE_DETERMINERS, PRONOUNS, RELATIVE_WORDS, sFormVerbReadAsNoun, endsWithIngOrEd } from './tokens.js';
import { wordSet } from './timeWords.js';
import { isTimeNoun } from './adjunctsBack.js';
import { QUOTE_TAGS } from './quotedTermSubject.js';
import { OPENING_SUBORDINATORS } from './openingClause.js';
import { NAMING_PARTICIPLES } from './namingCues.js';

/**
 * A participle set off by a comma goes with the main clause, not with a relative clause about an
 * object that ends right before it: "Ruiz sold the scheme as a way to grow herbs that smell sweet,
 * noting …", "Vale had a bright spell that could help, denouncing …". From the verb `v` found
 * before the comma, steps out of such clauses (twice at most) to the verb that governs them; `v`
 * itself when it is in the main clause.
 */
export function mainClauseVerb(doc: SlantDocument, v: number, ts: number): number {
  for (let step = 0; step < 2 && v > ts; step++) {
    // ("offered few hints on how she would fund the ferry, saying": a question clause after a preposition or noun is
    // part of the main clause's object; the verb before its opener is the main one)
    const wh = questionClauseOpener(doc, v, ts);
    const beyond = wh >= 0 ? previousVerb(doc, wh, ts) : -1;
    if (beyond >= 0) {
      v = beyond;
      continue;
    }
    // ("fears similar to those Ruiz had sounded, urging …": a contact relative on an object, the same as one with "that")
    const contact = contactRelativeHead(doc, v, ts);
    const beforeContact = contact >= 0 ? previousVerb(doc, contact, ts) : -1;
    if (beforeContact >= 0) {
      v = beforeContact;
      continue;
    }
    const cs = clauseStart(doc, v, ts);
    const w = cs - 1;
    if (w <= ts || isCap(doc, w)) return v;
    // ("Okafor said on her show after the mayor won, remarking …": a clause of an earlier or later event
    // after a report is no event the participle goes with; the report goes on)
    const report = SEQUENCE_OPENERS.has(doc.lower[w]!) ? previousVerb(doc, w, ts) : -1;
    if (report >= 0 && QUOTE_TAGS.has(doc.lemma[report]!)) return report;
    // (a subject relative right after its noun, not one set off by a comma or led by a preposition: "Vale, who …,
    // was there, saying", "a meeting in which he …, calling"; nor a clause with a subject of its own: "It was at
    // the rally that Ruiz spoke, calling …"; nor a "when" or "after" clause, which may tell the event the participle
    // goes with: "the trouble came when protesters interrupted her, shouting …")
    // ("an admission that his troops had fought there, saying …": a clause completing a noun, the same)
    const subjectRelative = isVerb(doc, w + 1) || doc.pos[w + 1] === 'AUX' || (isAdverbLike(doc, w + 1) && (isVerb(doc, w + 2) || doc.pos[w + 2] === 'AUX'));
    // ("similar to those that Ruiz had sounded": "those" heads a relative as a noun does)
    const those = doc.lower[w - 1] === 'those';
    const beforeSetOff = subjectRelative ? -1 : verbBeforeSetOffRelative(doc, w, ts);
    if (beforeSetOff >= 0) {
      v = beforeSetOff;
      continue;
    }
    if (!RELATIVE_WORDS.has(doc.lower[w]!) || !(doc.pos[w - 1] === 'NOUN' || doc.pos[w - 1] === 'PROPN' || those) || !(subjectRelative || (doc.lower[w] === 'that' && (doc.pos[w - 1] === 'NOUN' || those) && !isTimeNoun(doc.lower[w - 1]!) && !cleftBefore(doc, w, ts)))) return v;
    const outer = previousVerb(doc, w, ts);
    if (outer < 0) return v;
    v = outer;
  }
  return v;
}

/**
 * "Vale backed the levy, which Ruiz called a disgrace, blaming …" (or ", and said …"): an object relative set off by
 * a comma after the object, opened by "which" or "whom" at `w` with a subject of its own, is no clause a participle or
 * a second verb after its closing comma goes with; the verb before its comma is. That verb, or -1.
 */
export function verbBeforeSetOffRelative(doc: SlantDocument, w: number, ts: number): number {
  if (w - 1 <= ts || doc.value[w - 1] !== ',' || (doc.lower[w] !== 'which' && doc.lower[w] !== 'whom')) return -1;
  return previousVerb(doc, w - 1, ts);
}

/** Subordinators of a clause whose event comes before or after the main one, never at once with it. */
const SEQUENCE_OPENERS = new Set(['after', 'before', 'until', 'since']);

/**
 * Tags of the words after which a bare -ing form describes a noun phrase rather than heads a clause
 * ("a letter following", "remaining rival", "the sequel opening that week"). Not tokens.ts'
 * `NOUN_PHRASE_TAGS` (the words of a noun phrase): these hold adverbs and no determiner.
 */
const BEFORE_DESCRIBING_ING_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'ADV', 'NUM']);

/** Prepositions that open an absolute small clause ("with Vale abstaining", "without the crew noticing"). */
const ABSOLUTE_OPENERS = new Set(['with', 'without']);

/**
 * The verb a participle set off by the comma at `j` shares its subject with: the nearest verb before it
 * ({@link previousVerb}), over bare -ing forms that only describe a noun phrase before them ("sent a letter
 * following the vote, asking …", "a joke about the sequel opening that week, remarking …", "his closest
 * remaining rival, alluding …"); such a form heads no clause of its own. When no other verb stands before,
 * the -ing form itself ("Farmers marching on the capital, demanding …": a caption with no finite verb).
 * `isCueVerb` lets an -s cue verb the tagger read as a noun count (see {@link previousVerb}).
 */
export function clauseVerbBefore(doc: SlantDocument, j: number, ts: number, isCueVerb?: (k: number) => boolean): number {
  const first = previousVerb(doc, j, ts, isCueVerb);
  let v = first;
  while (v > ts && (bareParticipleAfterNoun(doc, v) || namingParticipleAfterNoun(doc, v))) {
    const w = previousVerb(doc, v, ts);
    if (w < 0) return first;
    v = w;
  }
  return v;
}

/**
 * Is `t` a naming participle right after a noun, before a quoted name ("the ad titled “Safe,”", "a group called
 * “Dock Watch,”")? It names the noun and heads no clause; a participle after the quotation goes with the verb before.
 */
function namingParticipleAfterNoun(doc: SlantDocument, t: number): boolean {
  return NAMING_PARTICIPLES.has(doc.lower[t]!) && (doc.pos[t - 1] === 'NOUN' || doc.pos[t - 1] === 'PROPN') && isQuoteMark(doc, t + 1);
}

/** Is `t` an -ing form with no auxiliary, right after a word of a noun phrase ("a letter following", "remaining rival")? */
function bareParticipleAfterNoun(doc: SlantDocument, t: number): boolean {
  // (adverbs like "not", "never" keep the -ing form a verb of its own: "was not saying", "never denying")
  if (doc.pos[t] !== 'VERB' || !endsWithIng(doc.lower[t]!) || NEGATIONS.has(doc.lower[t - 1]!) || absolutePredicate(doc, t)) return false;
  // (not a progressive with adverbs after its auxiliary: "is increasingly relying")
  let a = t - 1;
  while (a > 0 && t - a < 4 && doc.pos[a] === 'ADV') a--;
  if (a < t - 1 && (doc.pos[a] === 'AUX' || BE_FORMS.has(doc.lower[a]!)) && !isPossessive(doc, a)) return false;
  // (or after a possessive ending: "the mayor's remaining rival")
  return BEFORE_DESCRIBING_ING_TAGS.has(doc.pos[t - 1]!) || isPossessive(doc, t - 1);
}

/**
 * Is the -ing form at `t` the predicate of an absolute "with/without" small clause ("voted with Vale
 * abstaining, saying …")? Its noun phrase (at most four words) is the nearest agent, so the form heads a clause.
 */
function absolutePredicate(doc: SlantDocument, t: number): boolean {
  for (let a = t - 1; a >= 0 && t - a <= 5; a--) {
    if (ABSOLUTE_OPENERS.has(doc.lower[a]!)) return a < t - 1;
    if (!BEFORE_DESCRIBING_ING_TAGS.has(doc.pos[a]!) && doc.pos[a] !== 'DET' && doc.pos[a] !== 'PRON' && !isPossessive(doc, a)) return false;
  }
  return false;
}

/**
 * The opener of an embedded question whose verb is `v` ("on | how | she would fund", "on | whether | he
 * would back"), right after a preposition or a noun, with only the question's subject and auxiliaries
 * between (at most eight words); -1 otherwise.
 */
function questionClauseOpener(doc: SlantDocument, v: number, ts: number): number {
  for (let t = v - 1; t > ts && v - t <= 8; t--) {
    // (a word that opens an embedded question: "about how …", "on whether …")
    if (PHRASE_QUESTION_WORDS.has(doc.lower[t]!)) return doc.pos[t - 1] === 'ADP' || doc.pos[t - 1] === 'NOUN' ? t : -1;
    if (isPunct(doc, t) || isQuoteMark(doc, t) || isVerb(doc, t)) return -1;
  }
  return -1;
}

/** Is the noun phrase right before `t` (no comma between) the one that opens its clause, so the verb at `t` is its predicate? */
function subjectOpensClause(doc: SlantDocument, t: number, ts: number): boolean {
  if (doc.value[t - 1] === ',') return false;
  const np = nounPhraseBefore(doc, t - 1, ts);
  return np !== null && np.a === clauseStart(doc, t - 1, ts);
}

/** "It was at the fair that …": a cleft sentence ("it" with a form of "be") before the "that" at `w`. */
function cleftBefore(doc: SlantDocument, w: number, ts: number): boolean {
  for (let t = w - 2; t >= ts && w - t < 12; t--) if (doc.lower[t] === 'it' && BE_FORMS.has(doc.lower[t + 1]!)) return true;
  return false;
}

/**
 * The nearest finite verb before token j in the sentence (the verb a participle or a second verb shares its subject with).
 * `isCueVerb` tells a capitalised cue verb of a title-case headline from a name ("Vale Backs Ruiz And …"), and
 * a cue verb the tagger read as a noun from a noun.
 */
export function previousVerb(doc: SlantDocument, j: number, ts: number, isCueVerb?: (k: number) => boolean): number {
  let fallback = -1;
  for (let t = j - 1; t >= ts; t--) {
    if (isQuoteMark(doc, t)) continue;
    // (or an -s form right after its subject that the tagger read as a noun, in a headline's lower case: "Ruiz
    // praises port crews and criticizes …"; not a noun cue after a verb: "voiced doubts about it and …")
    // (and a bare form after a plural subject: "Growers fear the levy, saying …")
    if (isCueVerb && (isCap(doc, t) || sFormAfterSubject(doc, t, ts) || bareFormAfterPluralSubject(doc, t, ts)) && isCueVerb(t)) return t;
    // "behind Sen. Mira Tarnow": a capitalised word inside the sentence is a name the tagger read as a verb
    if (t > ts && isCap(doc, t) && !isPunct(doc, t - 1) && (doc.pos[t - 1] === 'PROPN' || doc.pos[t + 1] === 'PROPN')) continue;
    // "for luring", "a pesticide-spraying farm": a gerund or a compound modifier is not the main verb
    // (a quantifier floated after the subject is no determiner: "the rivals both campaigned", "they all agreed")
    const floated = t - 2 >= ts && isFloatedQuantifier(doc, t - 1);
    // ("two respected growers": after a number, before its noun; not "the two agreed")
    const afterNumber = doc.pos[t - 1] === 'NUM' && (doc.pos[t + 1] === 'NOUN' || doc.pos[t + 1] === 'ADJ');
    if (isVerb(doc, t) && endsWithIngOrEd(doc.lower[t]!) && (doc.pos[t - 1] === 'ADP' || doc.pos[t - 1] === 'SCONJ' || (doc.pos[t - 1] === 'DET' && !floated) || afterNumber || hyphenJoinsAfter(doc, t - 1))) continue;
    // ("has shifted to the left, criticizing …": a lower-case word the tagger read as a verb right after "the" is a noun)
    if (isVerb(doc, t) && doc.lower[t - 1] === 'the' && !isCap(doc, t)) continue;
    // "widened his pleas for closer checks of …": a word the tagger read as a verb after a possessive
    // determiner, or after a preposition and an adjective, is a noun ("her" may be an object: "told her go")
    if (isVerb(doc, t) && (nounAfterPossessive(doc, t) || nounInPrepositionalPhrase(doc, t, ts))) continue;
    // "at the fair run by the guild, predicting": a participle after a noun with a "by" agent is a reduced relative, not the main verb
    // ("sent a letter, signed by 200 members, seeking …": the same set off by commas)
    // (not after the phrase that opens its clause, which is its subject: "Okafor stopped by the office and spoke …")
    if (isVerb(doc, t) && endsWithEdOrEn(doc.lower[t]!) && doc.lower[t + 1] === 'by' && !endsWithIng(doc.lower[t + 2] ?? '') && (doc.pos[t - 1] === 'NOUN' || doc.pos[t - 1] === 'PROPN' || doc.value[t - 1] === ',') && !subjectOpensClause(doc, t, ts)) continue;
    // "did not seem impressed with the plan, telling …", "looked pleased, adding …": a participle after a
    // linking verb is its complement; the linking verb is the one whose subject speaks
    const linking = isVerb(doc, t) && endsWithEdOrEn(doc.lower[t]!) ? linkingVerbBefore(doc, t, ts) : -1;
    if (linking >= 0) return linking;
    // "met farmers and relatives of the workers killed in the blast and said": a participle with a phrase
    // after a noun that itself follows a preposition is a reduced relative on that noun, not the main verb
    if (reducedRelativeAfterPhrase(doc, t, ts)) {
      fallback = fallback < 0 ? t : fallback;
      continue;
    }
    if (isVerb(doc, t) && !/^(?:to)$/.test(doc.lower[t - 1] ?? '') && doc.pos[t] !== 'AUX') return t;
    if (doc.pos[t] === 'AUX' && !isVerb(doc, t + 1) && !isAdverbLike(doc, t + 1)) return t;
    // ("are well aware of it and have praised it": a linking auxiliary, adverbs, then its adjective)
    if (doc.pos[t] === 'AUX' && copulaBeforeAdjective(doc, t)) return t;
    // "Vale rips the budget, arguing …": an -s form the tagger read as a noun, between a name or pronoun and a determiner, is the verb
    // ("Ruiz belittled the loan, calling …": likewise a past form read as an adjective, before its object or a
    // preposition: "Vale hedged on whether …, telling …")
    // ("The mayor shot back, saying …": an irregular past read as a noun, before its particle)
    if (sFormVerbReadAsNoun(doc, t, ts) || (doc.pos[t] === 'ADJ' && t > ts && (doc.pos[t - 1] === 'PROPN' || doc.pos[t - 1] === 'PRON') && (doc.pos[t + 1] === 'DET' || doc.pos[t + 1] === 'ADP') && endsWithEd(doc.lower[t]!))) return t;
    // ("Vale cast the blame on …, and emphasized …": or before its object's determiner)
    if (t > ts && pastReadAsNounAfterSubject(doc, t) && (doc.pos[t + 1] === 'ADV' || doc.pos[t + 1] === 'ADP' || doc.pos[t + 1] === 'DET')) return t;
  }
  return fallback;
}

/**
 * "Vale visited the pier; clashed with Ruiz; and posted …": the verb whose subject a verb phrase after the
 * semicolon at `semicolon` shares: the first verb of the stretch before it (back to the previous semicolon or
 * the sentence's start `ts`), over an opening subordinate clause up to its comma ("After the vote failed, Vale
 * …"). The nearest verb would be one inside the stretch's object ("the phone used in the shooting; …"). A
 * stretch that itself opens with its verb ("…; was booed; praised …") is one more of the series: the walk goes
 * on to the stretch before it, so that the series' first verb, with a subject, is found. -1 when there is none.
 */
export function semicolonSeriesVerb(doc: SlantDocument, semicolon: number, ts: number): number {
  let a = semicolon;
  for (;;) {
    const end = a;
    a = end - 1;
    while (a > ts && doc.value[a - 1] !== ';') a--;
    if (OPENING_SUBORDINATORS.has(doc.lower[a]!)) {
      let c = a + 1;
      while (c < end && doc.value[c] !== ',') c++;
      if (c < end) a = c + 1;
    }
    let v = a;
    while (v < end && !isVerb(doc, v)) v++;
    if (v >= end) return -1;
    // (the stretch opens with its verb, after auxiliaries and adverbs: it has no subject of its own)
    let t = a;
    while (t < v && isAdverbLike(doc, t)) t++;
    if (t < v || a <= ts || doc.value[a - 1] !== ';') return v;
    a -= 1;
  }
}

/**
 * A verb-tagged word right after a possessive determiner ("his calls", "their plans"); after "her", which
 * may be an object ("told her go"), only a past participle before its noun ("a photo of her bruised arm").
 */
function nounAfterPossessive(doc: SlantDocument, t: number): boolean {
  const prev = doc.lower[t - 1] ?? '';
  if (prev === 'her') return endsWithEd(doc.lower[t]!) && doc.pos[t + 1] === 'NOUN';
  return POSSESSIVE_DETERMINERS.has(prev);
}

/** A verb-tagged word after a preposition (not "to") and one adjective or comparative, before another preposition ("for closer checks of"). */
function nounInPrepositionalPhrase(doc: SlantDocument, t: number, ts: number): boolean {
  if (t - 2 < ts || doc.pos[t - 2] !== 'ADP' || doc.lower[t - 2] === 'to' || doc.pos[t + 1] !== 'ADP') return false;
  return doc.pos[t - 1] === 'ADJ' || (doc.pos[t - 1] === 'ADV' && COMPARATIVE.test(doc.lower[t - 1]!));
}
const COMPARATIVE = /(?:er|est)$/;

/** Is the auxiliary at `t` a linking verb whose adjective follows after adverbs ("is very keen", "were not aware")? At most three adverbs. */
function copulaBeforeAdjective(doc: SlantDocument, t: number): boolean {
  let u = t + 1;
  while (u - t <= 3 && isAdverbLike(doc, u) && !isVerb(doc, u)) u++;
  return u > t + 1 && doc.pos[u] === 'ADJ' && BE_FORMS.has(doc.lower[t]!);
}

/** Verbs that link a subject to a participle complement: "seemed pleased", "looked surprised", "remained unconvinced". */
const LINKING_VERBS = wordSet([...APPEARANCE], ['remain', 'become', 'grow', 'stay', 'feel']);

/** The linking verb right before the participle at `t` (over adverbs: "did not seem particularly impressed"), or -1. */
function linkingVerbBefore(doc: SlantDocument, t: number, ts: number): number {
  let v = t - 1;
  while (v > ts && t - v < 4 && isAdverbLike(doc, v) && !isVerb(doc, v)) v--;
  return v >= ts && v < t && isVerb(doc, v) && doc.pos[v] !== 'AUX' && LINKING_VERBS.has(doc.lemma[v]!) ? v : -1;
}

/**
 * A past participle at `t` with a preposition after it, right after a noun phrase or name that follows a
 * preposition ("relatives of | the workers | killed in the blast", "a rally with | Okafor | planned for"):
 * a reduced relative on that noun.
 */
function reducedRelativeAfterPhrase(doc: SlantDocument, t: number, ts: number): boolean {
  if (!isVerb(doc, t) || !endsWithEd(doc.lower[t]!) || doc.pos[t + 1] !== 'ADP' || doc.lower[t + 1] === 'by' || (doc.pos[t - 1] !== 'NOUN' && doc.pos[t - 1] !== 'PROPN')) return false;
  let a = t - 1;
  // ("a rally with | Okafor | planned for Friday": or a name after the preposition)
  if (doc.pos[t - 1] === 'PROPN') while (a > ts && t - a < 4 && doc.pos[a - 1] === 'PROPN' && isCap(doc, a - 1)) a--;
  else while (a > ts && t - a < 6 && /^(?:NOUN|ADJ|DET|NUM)$/.test(doc.pos[a - 1]!) && !isCap(doc, a - 1)) a--;
  return a - 1 > ts && doc.pos[a - 1] === 'ADP' && !isCap(doc, a - 1);
}

/**
 * An -s form tagged as a noun right after a name or subject pronoun that opens its clause ("Ruiz
 * praises", "she slams"), not a plural subject before its own verb ("Tarnow growers fear …") nor
 * the head of a compound after a name inside an object ("read the Okafor reports and said").
 */
function sFormAfterSubject(doc: SlantDocument, t: number, ts: number): boolean {
  return doc.pos[t] === 'NOUN' && endsWithPlainS(doc.lower[t]!) && (doc.pos[t - 1] === 'PROPN' || PRONOUNS.has(doc.lower[t - 1] ?? '')) && !isVerb(doc, t + 1) && subjectOpensClause(doc, t, ts);
}

/** Personal subject pronouns that take a bare present form ("they fear", "we doubt"; not the relative "who"). */
const BARE_FORM_PRONOUNS: ReadonlySet<string> = new Set([...PLURAL_SUBJECT_PRONOUNS].filter((w) => w !== 'who'));

/**
 * A bare present form tagged as a noun right after a plural subject that opens its clause, before
 * an object ("Growers fear the levy", "they doubt it"): the verb, not a compound's head. (A singular
 * noun before it makes a compound: "consumer fear of the levy".)
 */
function bareFormAfterPluralSubject(doc: SlantDocument, t: number, ts: number): boolean {
  if (doc.pos[t] !== 'NOUN' || doc.lemma[t] !== doc.lower[t] || endsWithPlainS(doc.lower[t]!)) return false;
  const prev = doc.lower[t - 1] ?? '';
  const plural = BARE_FORM_PRONOUNS.has(prev) || (endsWithPlainS(prev) && (doc.pos[t - 1] === 'PROPN' || (doc.pos[t - 1] === 'NOUN' && doc.lemma[t - 1] !== prev)));
  const object = doc.pos[t + 1] === 'DET' || doc.pos[t + 1] === 'PRON';
  return plural && object && subjectOpensClause(doc, t, ts);
}

/**
 * "Vale feuds with the board and dismisses its critics": before the "and" at `j` that joins a second
 * -s verb, an -s form the tagger read as a noun right after the name or pronoun opening the clause
 * (`sFormAfterSubject`), with no punctuation or verb between it and the "and", is the first verb,
 * whose subject the second shares. Its index, or -1. Looks back at most twelve tokens.
 */
export function nounTaggedSFormBefore(doc: SlantDocument, j: number, ts: number): number {
  for (let t = j - 1; t > ts && j - t <= 12; t--) {
    if (isPunct(doc, t) || isVerb(doc, t)) return -1;
    if (sFormAfterSubject(doc, t, ts)) return t;
  }
  return -1;
}

/** Tags of the words of a headline's bare object ("port crews", "Ferry Plan", "the board", "two ferries"). */
const BARE_OBJECT_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM']);

/**
 * "Ruiz slams port board, praises crews", "Berg Wins Seat And Thanks Voters": an -s form at `k`,
 * after a comma or "and" that ends the bare object of an earlier -s form with a name or pronoun
 * before it, and with an object of its own, is the second verb of a headline's series, whose subject
 * it shares (the tagger reads such -s forms as nouns or names; the object may hold a prepositional phrase,
 * "Aims Jab At Ruiz, Slams Levy"); the earlier verb may stand alone when tagged
 * as a verb ("Berg Laughs, Dodges Question"). That earlier verb, or -1. Looks back
 * at most seven words; a list of nouns has no subject before its first -s word ("claims, threats and
 * demands").
 */
export function headlineSeriesVerb(doc: SlantDocument, k: number): number {
  const joint = doc.lower[k - 1];
  if ((joint !== ',' && joint !== 'and') || !endsWithPlainS(doc.lower[k]!) || !BARE_OBJECT_TAGS.has(doc.pos[k + 1] ?? '') || !doc.isWord[k + 1]) return -1;
  const ts = doc.sentences[doc.sentenceOf[k]!]!.tokenStart;
  for (let t = k - 2; t > ts && k - t <= 8; t--) {
    const sForm = endsWithPlainS(doc.lower[t]!) && (doc.pos[t] === 'VERB' || doc.pos[t] === 'NOUN' || doc.pos[t] === 'PROPN');
    // (an intransitive first verb, "Berg Laughs, Dodges Question", only when the tagger reads it as a verb: a noun
    // list has its -s words tagged as nouns)
    if (sForm && (t < k - 2 || doc.pos[t] === 'VERB') && (doc.pos[t - 1] === 'PROPN' || PRONOUNS.has(doc.lower[t - 1] ?? ''))) return t;
    // (a capitalised auxiliary of a reported clause in a title-case headline: "Vale Says Port Is Safe, Slams Board")
    // (or a preposition inside the object: "Vale Aims Jab At Ruiz, Slams Levy", "Berg meets growers in Dara, praises crews")
    if (!BARE_OBJECT_TAGS.has(doc.pos[t]!) && doc.pos[t] !== 'VERB' && doc.pos[t] !== 'ADP' && !(doc.pos[t] === 'AUX' && isCap(doc, t))) return -1;
  }
  return -1;
}

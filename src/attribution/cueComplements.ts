/**
 * What stands around a cue word: does a clause follow ("that", wh-, a quotation, a zero-that
 * clause), only adjuncts, an "as" complement; where a phrase ends; does a noun phrase open its
 * clause. Shared by the verb, noun, naming and agentless cue finders and by contentExtent.ts.
 */
import type { SlantDocument } from '../document/readDocument.js';
import { closingMarkWithin, hyphenJoinsAfter, hyphenJoinsBefore, isAdverbLike, isCap, isPossessive, isPunct, isQuoteMark, isVerb, PLURAL_SUBJECT_PRONOUNS, POSSESSIVE_DETERMINERS, endsWithIng, endsWithIngOrEd } from './tokens.js';
import { DAY_PARTS, WEEKDAYS, wordSet } from './timeWords.js';

/** Indefinite words that open a noun phrase ("a", "one", "some", "two"). */
const INDEFINITE_OPENERS = new Set(['a', 'an', 'one', 'some', 'two', 'three']);

/** Time words of an adjunct after a tag whose content came before: "she added on Monday." */
const TIME_AFTER_TAG = wordSet(['on', 'last', 'this', 'late', 'early', 'earlier', 'today', 'yesterday', 'week', 'month'], WEEKDAYS, DAY_PARTS);

/** Personal pronouns that are only ever subjects ("you", "it" are objects too: "let you know"). */
const SUBJECT_ONLY_PRONOUNS: ReadonlySet<string> = new Set([...PLURAL_SUBJECT_PRONOUNS].filter((w) => w !== 'you' && w !== 'who'));

export const WH = new Set(['that', 'whether', 'if', 'why', 'how', 'what', 'who', 'whom', 'when', 'where', 'which']);

/**
 * Determiners after which a word is a noun, never a verb ("the report", "no comment"): articles,
 * demonstratives, possessives and the singular quantifiers. Unlike `nounPhrases.DETS` (words a
 * noun phrase may hold, with numerals and plural quantifiers), it holds no "some" or "all", which
 * also stand before a verb as subjects ("some say").
 */
export const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', ...POSSESSIVE_DETERMINERS, 'no', 'any', 'every', 'each', 'such']);

/** Pronouns after which "’s" is "is" or "has" ("he’s suggesting", "she’s hoping"), never a possessive. */
export const CONTRACTING_PRONOUNS = new Set(['he', 'she', 'it', 'that', 'who', 'what', 'there', 'here', 'where']);

/** Is the token before `k` a possessive "’s" ("Ruiz’s claims"), not a contracted "is" or "has" ("he’s hoping")? */
export const isPossessiveBefore = (doc: SlantDocument, k: number) => k > 1 && isPossessive(doc, k - 1) && !CONTRACTING_PRONOUNS.has(doc.lower[k - 2]!);

/**
 * The possessive ("’s" or "his", "their", …) that owns the noun at `k` over its modifiers:
 * "Ruiz’s claim", "her repeated claims", "Vale’s most explosive claim", "his long, well-known
 * opposition", "Ruiz’s shifting and vague explanations", "the mayor’s tax plan"; -1 when none.
 * A determiner, a verb or other punctuation ends the search.
 */
export function possessorOf(doc: SlantDocument, k: number): number {
  for (let t = k - 1; t >= 0 && k - t <= 7; t--) {
    if (isPossessive(doc, t)) return t > 0 ? t : -1;
    const low = doc.lower[t]!;
    if (POSSESSIVE_DETERMINERS.has(low)) return t;
    if (!possessedModifierAt(doc, t, k)) return -1;
  }
  return -1;
}

/**
 * Is the token at `t` one of the modifiers between a possessive and its noun at `k`: an adjective, an adverb on a
 * later modifier ("her often repeated claims"), a compound noun right before the noun, a list mark, a hyphenated
 * part ("long-awaited", and the irregular participle ending one: "long-held", "well-known") or a participle the
 * tagger reads as a verb ("Vale's growing fears")? Not a participle after a clitic "is"/"has", which is the verb
 * ("he's growing tired"). The one test for possessorOf and the shown cue.
 */
export function possessedModifierAt(doc: SlantDocument, t: number, k: number): boolean {
  const low = doc.lower[t]!;
  const pos = doc.pos[t];
  return pos === 'ADJ' || (pos === 'ADV' && t < k - 1) || (pos === 'NOUN' && t === k - 1) || low === 'and' || (low === ',' && doc.pos[t - 1] === 'ADJ') || hyphenJoinsBefore(doc, t) || hyphenJoinsBefore(doc, t + 1) || hyphenJoinsAfter(doc, t - 1) || (pos === 'VERB' && endsWithIngOrEd(low) && doc.pos[t - 1] !== 'AUX');
}

/**
 * The possessor of the noun at `k` (`possessorOf`) unless it is an "’s" tagged as a clitic "is"/"has" ("He’s
 * endured relentless questions"), or -1: the one test of a possessor for this file and the shown cue (cueDisplay.ts).
 */
export function possessorNotClitic(doc: SlantDocument, k: number): number {
  const p = possessorOf(doc, k);
  return p >= 0 && !(isPossessive(doc, p) && doc.pos[p] === 'AUX') ? p : -1;
}

/**
 * Is the "’s" possessive (not a clitic "is"/"has", nor a pronoun's) that owns the noun at `k` over at least one
 * modifier? Returns its token, or -1.
 */
function possessiveOverModifiers(doc: SlantDocument, k: number): number {
  const p = possessorNotClitic(doc, k);
  return p >= 0 && p < k - 1 && isPossessiveBefore(doc, p + 1) ? p : -1;
}

/**
 * Is the verb form at `k` inside a possessive's noun phrase rather than the sentence's verb: after a participle of
 * that phrase ("Vale's growing fears that …", "the board's long-awaited finding that …"), or itself a participle
 * under an adverb before the noun ("Vale's often repeated claims that …")? A possessive has no verb after it; the
 * caller keeps a clitic perfect ("Vale's long said that …").
 */
export function insidePossessedPhrase(doc: SlantDocument, k: number): boolean {
  const prev = k - 1;
  if (prev < 1) return false;
  // (the word at `k` is the noun, or an -ing form read as a verb: not a verb after a gerund that is the head,
  // "Vale's thinking changed")
  if (doc.pos[prev] === 'VERB' && endsWithIngOrEd(doc.lower[prev]!)) return (doc.pos[k] === 'NOUN' || endsWithIng(doc.lower[k]!)) && possessiveOverModifiers(doc, k) >= 0;
  return doc.pos[prev] === 'ADV' && doc.pos[k] === 'VERB' && endsWithIngOrEd(doc.lower[k]!) && doc.pos[k + 1] === 'NOUN' && possessiveOverModifiers(doc, k + 1) >= 0;
}

/** Words after which a past participle opens no clause: articles, possessives and prepositions. */
const PARTICIPLE_NP_OPENERS = new Set(['a', 'an', 'the', ...POSSESSIVE_DETERMINERS]);

/**
 * Is the verb form at `t` an adjective inside a noun phrase, not a finite verb: right after an
 * article, a possessive or a preposition and before a noun or adjective ("a brisk stride into
 * retired life", "a paid lecture calendar")? A finite verb never follows those words.
 */
function premodifyingParticiple(doc: SlantDocument, t: number): boolean {
  if (doc.pos[t] !== 'VERB') return false;
  const prev = doc.lower[t - 1]!;
  const opener = PARTICIPLE_NP_OPENERS.has(prev) || (doc.pos[t - 1] === 'ADP' && prev !== 'that' && prev !== 'than');
  const next = doc.pos[t + 1];
  return opener && (next === 'NOUN' || next === 'ADJ');
}

/**
 * Does a clause (that, wh-, a quotation, a colon, or a finite clause) start at or near `a`?
 * `subjunctive`: also a bare verb after the subject, as after "demand" or "insist" ("that Vale resign").
 */
export function takesClause(doc: SlantDocument, a: number, te: number, subjunctive = false): boolean {
  let j = a;
  while (j < te && (isAdverbLike(doc, j) || doc.value[j] === ',')) j++;
  const low = doc.lower[j] ?? '';
  if (WH.has(low) || low === ':' || isQuoteMark(doc, j)) return true;
  // zero-that clause: a subject then a finite verb before any punctuation
  if (!(doc.pos[j] === 'PRON' || doc.pos[j] === 'DET' || doc.pos[j] === 'PROPN' || doc.pos[j] === 'NOUN' || doc.pos[j] === 'NUM' || doc.pos[j] === 'ADJ')) return false;
  // "complaints that they distort the vote", "hopes we win": a base form right after a pronoun that is only ever a
  // subject (adverbs between) is a present-tense finite verb, never the bare infinitive an object takes ("let them go")
  if (SUBJECT_ONLY_PRONOUNS.has(low)) {
    let v = j + 1;
    while (v < te && v - j < 3 && isAdverbLike(doc, v)) v++;
    if (v < te && doc.pos[v] === 'VERB' && doc.lemma[v] === doc.lower[v]) return true;
  }
  for (let t = j + 1; t < te && t < j + 8; t++) {
    // (the quotation may open at the verb: "told them Berg “owns half the pier”")
    if (isQuoteMark(doc, t) && t + 1 < te && isVerb(doc, t + 1)) continue;
    if (isPunct(doc, t)) return false;
    if (premodifyingParticiple(doc, t)) continue;
    if (isVerb(doc, t) && doc.lower[t - 1] !== 'to') return doc.pos[t] === 'AUX' || (/(?:s|ed)$/.test(doc.lower[t]!) && !endsWithIng(doc.lower[t]!)) || (doc.lemma[t] !== doc.lower[t] && !/(?:ing|en)$/.test(doc.lower[t]!)) || (subjunctive && doc.pos[t] === 'VERB' && doc.lemma[t] === doc.lower[t]);
  }
  return false;
}

/**
 * Does anything follow a state cue ("is angry", "was sure") that can say what the state is
 * about: a clause, "to …", "about …", "with …", or the event that caused it ("were upset after
 * …")? A state that closes its clause ("Either way, people are shocked.") attributes nothing,
 * except a belief, whose content may come first ("The bill will pass, he is confident.").
 */
export function stateComplement(doc: SlantDocument, a: number, te: number, belief: boolean): boolean {
  let j = a;
  while (j < te && isAdverbLike(doc, j)) j++;
  return j < te && !(isPunct(doc, j) && !isQuoteMark(doc, j)) ? true : belief;
}

/** "that" within a few tokens, behind a time phrase ("reported on Monday that"). */
export function thatWithin(doc: SlantDocument, a: number, te: number): boolean {
  for (let j = a; j < te && j < a + 6; j++) {
    if (doc.lower[j] === 'that') return true;
    if (isPunct(doc, j) || (doc.pos[j] === 'VERB' && j > a)) return false;
  }
  return false;
}

/**
 * "that" after a short adjunct and one aside set off by two commas: "(it was reported) on Monday,
 * however, that …", "(it is believed), by some, that …". Like `thatWithin`, no verb on the way
 * (not "it was reported, Vale said, that …", a second report), within eight tokens.
 */
export function thatBehindAside(doc: SlantDocument, a: number, te: number): boolean {
  let commas = 0;
  for (let j = a; j < te && j < a + 8; j++) {
    if (doc.value[j] === ',') {
      if (++commas > 2) return false;
    } else if (doc.lower[j] === 'that') return commas === 2 && doc.value[j - 1] === ',';
    else if (isPunct(doc, j) || doc.pos[j] === 'VERB' || doc.pos[j] === 'AUX') return false;
  }
  return false;
}

/** Words after a short "to" or "by" phrase that open the reported clause. */
const AFTER_SHORT_PHRASE = new Set(['that', 'whether', 'how', 'why', 'what']);

/**
 * From `a` (the first word after "to" or "by"), a short phrase of at most `maxWords` words (an
 * addressee "to the tax office", an agent "by aides"; no auxiliary or participle), then "that"
 * or a question word and the reported clause: "reported to police that …", "explained to the
 * jury why …", "was informed by aides that …". Returns where the clause starts (the question word,
 * or the word after "that"), or -1. After "that" the clause needs a subject: with `finite` one
 * that passes `takesClause`, without it a word that is no verb, adverb or punctuation (not
 * "reports to the manager that runs the depot", a relative clause on the addressee, unless a
 * second "that" opens a clause behind it).
 */
export function clauseAfterShortPhrase(doc: SlantDocument, a: number, te: number, maxWords: number, finite: boolean): number {
  let k = a;
  while (k < te && k - a < maxWords && (doc.isWord[k] === 1 || /^['’]s$/.test(doc.value[k]!)) && !AFTER_SHORT_PHRASE.has(doc.lower[k]!) && doc.pos[k] !== 'AUX' && !(doc.pos[k] === 'VERB' && endsWithIngOrEd(doc.lower[k]!))) k++;
  if (k === a || k + 1 >= te || !AFTER_SHORT_PHRASE.has(doc.lower[k]!)) return -1;
  if (doc.lower[k] !== 'that') return k;
  const clause = (t: number) => (finite ? takesClause(doc, t, te) : !isVerb(doc, t) && !isPunct(doc, t) && !isAdverbLike(doc, t));
  if (clause(k + 1)) return k + 1;
  // "complained to the man that runs the depot that the trucks were late": a relative clause on the
  // addressee (a verb right after "that"); the reported clause opens at the next "that", a few words on
  return thatBehindRelative(doc, k, te, clause);
}

/**
 * "said in an interview that aired Sunday | that …", "complained to the man that runs the depot | that …": at `k`
 * a "that" or "which" with a verb right after it opens a relative clause on the noun before it (an adjunct's or an
 * addressee's), not the reported clause, which opens at the next "that", at most eight words on with no mark
 * between, when `clause` accepts the word after it. Returns that word, or -1 (no second "that": "said in a speech
 * that lasted an hour").
 */
export function thatBehindRelative(doc: SlantDocument, k: number, te: number, clause: (t: number) => boolean): number {
  if (!isVerb(doc, k + 1)) return -1;
  for (let t = k + 2; t < te && t - k <= 8 && doc.isWord[t] === 1; t++) if (doc.lower[t] === 'that') return t + 1 < te && clause(t + 1) ? t + 1 : -1;
  return -1;
}

/** The most prepositional phrases `nothingAfter` reads as adjuncts after a passive, one after another. */
const MAX_ADJUNCT_PHRASES = 3;

/** Only adjuncts and punctuation follow (the content came before: "“...,” she added on Monday."). */
export function nothingAfter(doc: SlantDocument, a: number, te: number, placeOn = false): boolean {
  let j = a;
  // (`placeOn`, after a passive: "was announced on the radio": an "on" before no time word opens a phrase, read
  // below, not a time)
  while (j < te && (isAdverbLike(doc, j) || (TIME_AFTER_TAG.has(doc.lower[j]!) && !(placeOn && doc.lower[j] === 'on' && !TIME_AFTER_TAG.has(doc.lower[j + 1] ?? ''))))) j++;
  // "added to People.", "wrote in the Herald on Monday."
  // (after a passive, also a second or third such phrase: "was announced on a poster at the dock.")
  for (let n = 0; n < (placeOn ? MAX_ADJUNCT_PHRASES : 1) && /^(?:to|in|on|at|during|for)$/.test(doc.lower[j] ?? ''); n++) {
    let e = j + 1;
    while (e < te && e - j < 8 && (doc.pos[e] === 'DET' || doc.pos[e] === 'ADJ' || doc.pos[e] === 'NOUN' || doc.pos[e] === 'PROPN' || doc.pos[e] === 'NUM' || isCap(doc, e))) e++;
    if (e === j + 1) break;
    j = e;
  }
  return j >= te || (isPunct(doc, j) && doc.value[j] !== '(' && !isQuoteMark(doc, j)) || isQuoteMark(doc, j);
}

/**
 * "named Ruiz as her running mate": "as" within ten words after `a`, before any punctuation;
 * quotation marks neither stop nor count ("named “Tide” and “Harbor Lights” as her favourites"), and a
 * short aside set off by commas may stand before it ("saw Vale, then 44, as …").
 */
export function hasAsComplement(doc: SlantDocument, a: number, te: number): boolean {
  for (let t = a, words = 0; t < te && words < 10; t++) {
    if (doc.lower[t] === 'as') return true;
    if (isQuoteMark(doc, t)) continue;
    // ("saw Vale, then 44, as the ideal choice": a short aside set off by commas right before "as")
    if (doc.value[t] === ',' && t > a) {
      for (let c = t + 2; c < te && c - t <= 5; c++) if (doc.value[c] === ',' || isPunct(doc, c)) return doc.value[c] === ',' && doc.lower[c + 1] === 'as' && !isVerb(doc, c + 2) && !isVerb(doc, c + 3);
      return false;
    }
    if (isPunct(doc, t) && !/^['’]s?$/.test(doc.value[t]!)) return false;
    words++;
  }
  return false;
}

/** The end of a phrase that runs from `a` to the next punctuation outside a quotation, within 40 tokens. */
export function phraseEnd(doc: SlantDocument, a: number, te: number): number {
  let b = a;
  while (b < te && b - a < 40 && !(/^[,;:.!?()—–]$/.test(doc.value[b]!) && !(doc.value[b] === '.' && isCap(doc, b - 1) && doc.value[b - 1]!.length <= 3))) b++;
  return b;
}

/**
 * Does the noun phrase open its clause as a definite subject ("The senator called Ruiz a liar"),
 * rather than stand as an object or an indefinite ("met a man called Brown", "a group called …")?
 * With `indefiniteToo` an indefinite that opens its clause counts too ("A critic called …").
 */
export function opensClause(doc: SlantDocument, np: { a: number; b: number }, ts: number, indefiniteToo = false): boolean {
  const opens = np.a === ts || /^[,;:(—–]$/.test(doc.value[np.a - 1] ?? '') || /^(?:and|but|while|when|after|because|as|if|that|who)$/.test(doc.lower[np.a - 1] ?? '');
  return opens && (indefiniteToo || !INDEFINITE_OPENERS.has(doc.lower[np.a]!));
}

/**
 * A quoted title right after a possessive that ends a noun phrase at `b`: "the Gazette’s | “Harbour
 * Hour”", "the Courier’s ‘Week in Review’". The title belongs to the phrase (a show, a column
 * of that outlet). Returns the token after its closing mark, or `b` when none stands there: a
 * capitalised first word and at most eight tokens inside, on one line.
 */
export function quotedTitleAfterPossessive(doc: SlantDocument, b: number, te: number): number {
  if (b < 1 || b + 2 >= te || !isQuoteMark(doc, b) || !/^['’]s$/i.test(doc.value[b - 1]!) || !isCap(doc, b + 1)) return b;
  const close = closingMarkWithin(doc, b, 9, te, (c) => /^[.!?;:]$/.test(doc.value[c]!));
  return close >= 0 && doc.lineOf[close] === doc.lineOf[b] ? close + 1 : b;
}


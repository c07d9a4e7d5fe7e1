/**
 * Token ranges, source phrases and the noun phrases they are read from: the noun phrase
 * before or after a token, whether a range can speak, and where a clause starts. The
 * building blocks of source spans (subjectBefore.ts, findSubject.ts) and of cue finding.
 */
import type { SlantDocument } from '../document/readDocument.js';
import { defineLowerBit, lowerWordBits } from '../document/lowerWordBits.js';
import { NOUN_PHRASE_BREAK_BIT as CLAUSE_BREAK_BIT } from '../document/lowerWordBitNumbers.js';
import { AND_OR, ARTICLES, compoundModifierStart, hyphenJoinsAfter, isCap, isCompoundHead, isHyphen, isNounAfterArticle, isPossessive, isPunct, isQuoteMark, isSetOffDash, isWordHyphen, LEADING_PREPOSITIONS, NOUN_PHRASE_TAGS, POSSESSIVE_DETERMINERS, PRONOUNS, quotedNameBeforePossessive, RELATIVE_WORDS, isVerb, endsWithIngOrEd, endsWithPlainS } from './tokens.js';
import { isUpperRun } from '../document/letterRuns.js';
import { DETERMINER_QUANTIFIERS, PARTITIVE_HEADS } from './quantifiers.js';
import { OPENING_SUBORDINATORS } from './openingClause.js';
import { TIME_ADJUNCT, wordSet } from './timeWords.js';
import { leadingTimeEnd, timePhraseEnd } from './timePhrases.js';
import { charCodeAt } from '../document/charCodes.js';

/** A token range [a, b) with optional extra context. */
export interface TokenRange {
  a: number;
  b: number;
}

export interface SourcePhrase extends TokenRange {
  /** A description set off by commas ("the union's general secretary"). */
  appositive?: TokenRange;
  /**
   * For a relative pronoun ("who", "which") standing as the source: the phrase it refers to,
   * which the speaker is resolved from, while the pronoun is where the relation names its source.
   */
  antecedent?: SourcePhrase;
  /** A relative clause that belongs to the source ("who asked not to be named"). */
  relative?: TokenRange;
}

/**
 * A source phrase with its fields always in one order (`a`, `b`, `appositive`, `antecedent`,
 * `relative`; the unused ones undefined). Why: phrases built by literals and spreads in several
 * field orders gave V8 as many hidden classes, and the loads of `phrase.appositive`,
 * `.relative`, `.antecedent` in resolvePhrase, seriesLike and verbRelation went megamorphic
 * (perf33, `--log-ic`). Build every phrase with a part through here.
 *
 * @example
 * sourcePhrase(4, 6, undefined, undefined, { a: 6, b: 10 }); // "Vale, who chairs the board, …"
 */
export function sourcePhrase(a: number, b: number, appositive?: TokenRange, antecedent?: SourcePhrase, relative?: TokenRange): SourcePhrase {
  return { a, b, appositive, antecedent, relative };
}

/** Phrase `p` (its other parts kept) with the appositive `appositive`; see `sourcePhrase`. */
export function withAppositive(p: SourcePhrase, appositive: TokenRange | undefined): SourcePhrase {
  return sourcePhrase(p.a, p.b, appositive, p.antecedent, p.relative);
}

/** Phrase `p` (its other parts kept) with the antecedent `antecedent`; see `sourcePhrase`. */
export function withAntecedent(p: SourcePhrase, antecedent: SourcePhrase | undefined): SourcePhrase {
  return sourcePhrase(p.a, p.b, p.appositive, antecedent, p.relative);
}

/** Phrase `p` (its other parts kept) with the relative clause `relative`; see `sourcePhrase`. */
export function withRelative(p: SourcePhrase, relative: TokenRange | undefined): SourcePhrase {
  return sourcePhrase(p.a, p.b, p.appositive, p.antecedent, relative);
}

const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/** Determiners, numerals and quantifiers a noun phrase may hold ("the two officials", "several of their aides"); see `cueComplements.DETERMINERS` for the words that mark a noun after them. */
export const DETS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'two', 'three', 'four', 'five', 'several', 'some', 'many', 'one', 'another', 'other', 'both', 'all', 'most']);

const NP_PREPS = new Set(['of', 'for', 'at', 'in', 'to', 'from', 'on']);

// (with every subordinator of the opener table: "Once Ruiz agreed", "whilst Vale spoke", "unless Berg objects")
const CLAUSE_BREAK = wordSet(['that', 'who', 'whom', 'which', 'and', 'but', 'where', 'so', 'whether', 'yet', 'or'], [...OPENING_SUBORDINATORS]);
// (a bit of the word-id record: `breaksClause` is asked per token read leftwards)
defineLowerBit(CLAUSE_BREAK_BIT, (w) => CLAUSE_BREAK.has(w));

/**
 * Does the word at `t` end a clause read leftwards: a conjunction, relative word or subordinator
 * ("once" not as an adverb inside a noun phrase: "the once busy quay"; nor right after a relative
 * pronoun before the relative's verb: "growers who once backed the levy", where the relative word itself
 * ends the clause)?
 */
function breaksClause(doc: SlantDocument, t: number): boolean {
  const low = doc.lower[t]!;
  // ("then-mayor Vale": the first word of a compound, joined by a hyphen to the next, is no conjunction or adverb
  // of its own; a word inside one, "rank-and-file", is left as it was)
  if ((lowerWordBits(doc, t) & CLAUSE_BREAK_BIT) === 0 || (isWordHyphen(doc, t + 1) && !isWordHyphen(doc, t - 1))) return false;
  if (low !== 'once') return true;
  // (a verb right after it: "that once the levy passed" keeps "once" opening a clause of its own)
  // ("that had once seen Vale as …": after an auxiliary, before its verb, "once" is the adverb "formerly")
  if ((RELATIVE_WORDS.has(doc.lower[t - 1] ?? '') || doc.pos[t - 1] === 'AUX') && isVerb(doc, t + 1)) return false;
  return !(DETS.has(doc.lower[t - 1] ?? '') || isPossessive(doc, t - 1));
}

/**
 * A participle used as an adjective inside a noun phrase: after an article, adjective or glued
 * hyphen ("the long-serving harbour chief", "a retired judge") or over an adverb after a
 * determiner ("the newly elected mayor"), and before the noun it describes.
 */
function adjectivalParticiple(doc: SlantDocument, k: number): boolean {
  if (doc.pos[k] !== 'VERB' || !PARTICIPLE_END.test(doc.lower[k]!)) return false;
  const n = doc.pos[k + 1];
  if (n !== 'NOUN' && n !== 'PROPN' && n !== 'ADJ') return false;
  const prev = doc.lower[k - 1] ?? '';
  if (isHyphen(doc, k - 1)) return hyphenJoinsAfter(doc, k - 1) && doc.pos[k - 2] === 'ADJ';
  if (ARTICLE_LIKE.has(prev)) return true;
  // ("a retired senior judge"; not "Many carried placards": a quantifier read as an adjective is a subject)
  if (doc.pos[k - 1] === 'ADJ') return !DETERMINER_QUANTIFIERS.has(prev) && (ARTICLE_LIKE.has(doc.lower[k - 2] ?? '') || doc.pos[k - 2] === 'ADJ');
  return doc.pos[k - 1] === 'ADV' && /ly$/.test(prev) && ARTICLE_LIKE.has(doc.lower[k - 2] ?? '');
}
const PARTICIPLE_END = /(?:ing|ed|en)$/;
const ARTICLE_LIKE = new Set(['the', 'a', 'an', 'his', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those']);

/** `/^-|^\.$/.test(v) || /^\d/.test(v)` by char code: a token opening with a hyphen or an ASCII digit, or a full stop alone. */
function hyphenOrStopOrDigitFirst(v: string): boolean {
  const c = charCodeAt(v, 0);
  return c === 45 || (c >= 48 && c <= 57) || v === '.';
}

function inNoun(doc: SlantDocument, k: number): boolean {
  const p = doc.pos[k];
  // ("the long-serving harbour chief", "the newly elected mayor": a participle before its noun, and the adverb before it)
  if (p === 'VERB' ? adjectivalParticiple(doc, k) : p === 'ADV' && adjectivalParticiple(doc, k + 1) && ARTICLE_LIKE.has(doc.lower[k - 1] ?? '')) return true;
  // ("An earlier report in the Gazette": a noun the tagger read as a verb after an article, and the adverb between them)
  return p === 'NOUN' || p === 'PROPN' || p === 'ADJ' || p === 'NUM' || isCompoundHead(doc, k) || (p === 'VERB' && isNounAfterArticle(doc, k)) || (p === 'ADV' && isNounAfterArticle(doc, k + 1)) || isCap(doc, k) || isPossessive(doc, k) || DETS.has(doc.lower[k]!) || hyphenOrStopOrDigitFirst(doc.value[k] ?? '');
}

/** The noun phrase ending at token `j` (inclusive), read leftwards, not before `min`. */
export function nounPhraseBefore(doc: SlantDocument, j: number, min: number): TokenRange | null {
  // "Sen. Ida Marsh (R-Kent)": a parenthetical after the name is not part of it
  if (doc.value[j] === ')') {
    let o = j - 1;
    while (o > min && j - o < 10 && doc.value[o] !== '(') o--;
    if (doc.value[o] === '(') j = o - 1;
  }
  let a = j + 1;
  for (let k = j; k >= min && j - k < 14; k--) {
    const low = doc.lower[k]!;
    // "But Sen. Ann Lee": a conjunction opening the clause is capitalised, not part of a name
    // ("As Okafor, author of …, put it": the tagger may read a subordinator opening the clause as a preposition)
    // ("Whilst Vale spoke", "Once Ruiz agreed": a capitalised subordinator the tagger read as a name or adverb)
    const subordinator = isCap(doc, k) && OPENING_SUBORDINATORS.has(low);
    if ((doc.pos[k] === 'CCONJ' || doc.pos[k] === 'SCONJ' || (doc.pos[k] === 'ADP' && isCap(doc, k)) || subordinator) && CLAUSE_BREAK.has(low) && (k === min || isPunct(doc, k - 1))) break;
    if (inNoun(doc, k) && !(isPunct(doc, k) && !isPossessive(doc, k) && doc.value[k] !== '.' && doc.value[k] !== '-')) {
      a = k;
      continue;
    }
    if (NP_PREPS.has(low) && a <= j && k > min && (inNoun(doc, k - 1) && doc.pos[k - 1] !== 'ADJ' && doc.pos[k - 1] !== 'DET')) {
      a = k;
      continue;
    }
    // "Transport and Dock Workers’ Federation", "Castellan & Rhee"
    if ((low === 'and' || low === '&') && a <= j && k > min && isCap(doc, k - 1) && isCap(doc, k + 1)) {
      a = k;
      continue;
    }
    // ("then-mayor Vale", "die-hard fans", "rank-and-file members": a word a hyphen joins to the phrase is
    // part of the compound, whatever the tagger reads it as; the phrase never starts on the hyphen)
    if (a === k + 1 && isWordHyphen(doc, a) && doc.isWord[k]) {
      a = k;
      continue;
    }
    // ("the board-sponsored levy": the second half of a hyphenated modifier the tagger reads as a verb, before the
    // noun; not after a subject, "the union co-signed letters", where the compound is the verb)
    if (a === k + 1 && a <= j && k - 2 >= min && compoundModifierStart(doc, k) === k - 2) {
      a = k;
      continue;
    }
    break;
  }
  // ("Despite Vale's claims": a capitalised preposition opening the sentence is no part of the name after it;
  // "Among the plans Vale backed" keeps its phrase, which the readers of opening phrases need whole)
  while (a <= j && (NP_PREPS.has(doc.lower[a]!) || (doc.pos[a] === 'ADP' && a < j && LEADING_PREPOSITIONS.has(doc.lower[a]!) && doc.pos[a + 1] === 'PROPN' && isCap(doc, a + 1)))) a++;
  if (a > j) return null;
  return { a, b: j + 1 };
}

/** The noun phrase starting at token `k`, read rightwards, not past `max` (exclusive). */
export function nounPhraseAfter(doc: SlantDocument, k: number, max: number): TokenRange | null {
  let b = k;
  for (let j = k; j < max && j - k < 12; j++) {
    const low = doc.lower[j]!;
    // "her chief of staff Ola Brenn": a possessive determiner, not the pronoun
    if (PRONOUNS.has(low) && j === k && !(low === 'her' && (doc.pos[k + 1] === 'NOUN' || doc.pos[k + 1] === 'ADJ' || doc.pos[k + 1] === 'PROPN'))) return { a: k, b: k + 1 };
    if (isQuoteMark(doc, j) || (isPunct(doc, j) && !isPossessive(doc, j) && doc.value[j] !== '.' && doc.value[j] !== '-')) break;
    if (doc.value[j] === '.' && !(j > k && isUpperRun(doc.value[j - 1]!, 1, 1))) break;
    // (the second half of a hyphenated modifier the tagger reads as a verb: "Lorn-based strategist Ann Vale")
    if (inNoun(doc, j) || (b === j && j > k && isWordHyphen(doc, j - 1) && doc.isWord[j])) {
      b = j + 1;
      continue;
    }
    if ((low === 'of' || low === 'for') && b > k && j + 1 < max && inNoun(doc, j + 1) && !['on', 'in'].includes(doc.lower[j + 1]!)) {
      b = j + 1;
      continue;
    }
    if ((low === 'and' || low === '&') && b > k && isCap(doc, j - 1) && isCap(doc, j + 1)) {
      b = j + 1;
      continue;
    }
    // "said Berg and others": a name and an unnamed rest speak together
    if (low === 'and' && b > k && isCap(doc, j - 1) && doc.lower[j + 1] === 'others') return { a: k, b: j + 2 };
    break;
  }
  return b > k ? { a: k, b } : null;
}

/** The most items after the first that `listEnd` and `listBefore` read. */
const MAX_LIST_ITEMS = 6;

/**
 * The end of a list of noun phrases that goes on from the phrase ending at `b`: items after commas, the last after
 * "and" or "or", with a comma before it or none ("told Ruiz| , Berg and Tarn that", "the clerk| , the mayor, and the
 * crews"). `b` when no such list closes within `MAX_LIST_ITEMS` items: a phrase set off by commas alone is an
 * appositive, no list ("told Ruiz, the mayor, that").
 */
export function listEnd(doc: SlantDocument, b: number, te: number): number {
  let e = b;
  for (let n = 0; n < MAX_LIST_ITEMS && doc.value[e] === ','; n++) {
    let s = e + 1;
    const last = AND_OR.has(doc.lower[s]!);
    if (last) s++;
    // (an item with an indefinite article describes the phrase before it: "her audience, a mix of growers and …")
    if (doc.lower[s] === 'a' || doc.lower[s] === 'an') return b;
    const np = nounPhraseAfter(doc, s, te);
    if (!np || !hasHead(doc, np)) return b;
    // (`nounPhraseAfter` joins two names over "and": "Berg and Tarn" is the list's last two items)
    if (last || joinedWithin(doc, np)) return np.b;
    if (AND_OR.has(doc.lower[np.b]!)) {
      const end = nounPhraseAfter(doc, np.b + 1, te);
      return end && hasHead(doc, end) ? end.b : b;
    }
    e = np.b;
  }
  return b;
}

/**
 * The list of noun phrases that ends with `np` ("claims, threats and demands"), read back over
 * commas and "and"/"or", when the list opens its clause (the sentence start or a punctuation mark
 * before it); else `np`. ("Vale sold the mill, and the levy …": a verb before the list, no subject list.)
 * Not over "but", as `listEnd` forward: a list of noun phrases is joined by "and"/"or", and before "but" stands
 * rather a clause whose verb the tagger may read as a noun ("The mill stalls, but the tolls angered Ruiz").
 */
export function listBefore(doc: SlantDocument, np: TokenRange, ts: number): TokenRange {
  let a = np.a;
  for (let n = 0; n < MAX_LIST_ITEMS && a - 2 >= ts; n++) {
    let j = a - 1;
    const coordinated = AND_OR.has(doc.lower[j]!);
    if (coordinated && doc.value[j - 1] === ',') j--;
    if (!coordinated && doc.value[j] !== ',') break;
    const item = nounPhraseBefore(doc, j - 1, ts);
    if (!item || item.b !== j) break;
    a = item.a;
  }
  return a < np.a && (a === ts || isPunct(doc, a - 1)) ? { a, b: np.b } : np;
}

/** Does "and", "or" or "&" join two parts inside the range? */
function joinedWithin(doc: SlantDocument, r: TokenRange): boolean {
  for (let t = r.a + 1; t < r.b - 1; t++) if (AND_OR.has(doc.lower[t]!) || doc.value[t] === '&') return true;
  return false;
}

/** A number, and a number that is a year ("since 2019"; not "9 in 10 voters"). */
const DIGITS = /^\d+$/;
const YEAR = /^(?:1[89]|20)\d\d$/;

/**
 * Where a subject starts after the prepositional phrase opening at `s` ("at the meeting | she",
 * "in June | Vale", "after the vote | the mayor"): past a time phrase, or past the preposition's
 * noun phrase, which a name or a determiner after a common noun ends. `s` when there is no such
 * phrase ("of", or a relative word after the preposition: "in which").
 */
export function subjectAfterPreposition(doc: SlantDocument, s: number, te: number): number {
  if (doc.lower[s] === 'of') return s;
  const time = leadingTimeEnd(doc, s, te);
  if (time > s) return time;
  // ("since June | the mayor", "after 2019 | Vale": a time word that is the preposition's whole object,
  // which the noun-phrase reader would join to the subject after it; a number only as a year: "9 in 10 voters")
  const when = timePhraseEnd(doc, s + 1, te, 3, TIME_ADJUNCT);
  if (when > s + 1 && when < te && (!DIGITS.test(doc.lower[when - 1]!) || YEAR.test(doc.lower[when - 1]!)) && (DETS.has(doc.lower[when]!) || PRONOUNS.has(doc.lower[when]!) || (isCap(doc, when) && doc.pos[when] === 'PROPN'))) return when;
  const np = nounPhraseAfter(doc, s + 1, te);
  if (!np) return s;
  return secondPhraseStart(doc, np) ?? np.b;
}

/**
 * Where a second noun phrase starts inside `np`, read as one by the noun-phrase reader: a name or
 * a determiner after a common noun ("the vote | the mayor", "the company | Vale"), or null.
 */
export function secondPhraseStart(doc: SlantDocument, np: TokenRange): number | null {
  for (let u = np.a + 1; u < np.b; u++) {
    if (doc.pos[u - 1] === 'NOUN' && !isCap(doc, u - 1) && ((isCap(doc, u) && doc.pos[u] === 'PROPN') || DETS.has(doc.lower[u]!))) return u;
  }
  return null;
}

/** Does the range hold something that can speak: a noun, a name or a pronoun? */
export function hasHead(doc: SlantDocument, r: TokenRange): boolean {
  for (let k = r.a; k < r.b; k++) {
    if (doc.pos[k] === 'NOUN' || doc.pos[k] === 'PROPN' || isCap(doc, k) || PRONOUNS.has(doc.lower[k]!) || doc.pos[k] === 'NUM' || doc.lower[k] === 'another' || doc.lower[k] === 'some' || doc.lower[k] === 'many') return true;
    // "most of them", "all of the workers", "both of us": a quantifier heads a partitive phrase
    if (PARTITIVE_HEADS.has(doc.lower[k]!) && doc.lower[k + 1] === 'of' && k + 2 < r.b) return true;
  }
  return false;
}


/**
 * "The growers and their lawyers say …", "The crews and the harbour master say …": a possessive determiner
 * or an article at `t` with a noun right after it opens the second of two joined nouns, as a nominal word would.
 */
function ownedNounAt(doc: SlantDocument, t: number): boolean {
  // ("The ferry crews and the harbour master say …": an article as well)
  return (POSSESSIVE_DETERMINERS.has(doc.lower[t]!) || ARTICLES.has(doc.lower[t]!)) && (doc.pos[t + 1] === 'NOUN' || doc.pos[t + 1] === 'ADJ');
}

/** Tags of the words of a noun phrase before "and" ("Vale", "the harbour growers", "Okafor's two aides"). */
const PHRASE_WORD_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET', 'PART']);

/**
 * Does the noun phrase ending at `e` open its clause: no verb, auxiliary or preposition before its
 * words ("Vale and his aides say", not "talked about the levy and his aides said")? Looks back at
 * most six tokens.
 */
function nominalsOpenClause(doc: SlantDocument, e: number, ts: number): boolean {
  let a = e;
  while (a - 1 >= ts && e - a < 6 && PHRASE_WORD_TAGS.has(doc.pos[a - 1]!)) a--;
  return a === ts || isPunct(doc, a - 1) || doc.pos[a - 1] === 'CCONJ' || doc.pos[a - 1] === 'SCONJ';
}

/**
 * Is the noun phrase ending at `e` the object of a relative clause's verb right after its relative word
 * ("machines that lift loads | and engineers hope")? A noun after "and" then opens a clause of its own, not a
 * second subject (the relative's verb has its subject gapped, so the clause ends with its object). Looks back at
 * most six tokens.
 */
function verbObjectBefore(doc: SlantDocument, e: number, ts: number): boolean {
  let a = e;
  while (a - 1 >= ts && e - a < 6 && PHRASE_WORD_TAGS.has(doc.pos[a - 1]!)) a--;
  return a - 2 >= ts && doc.pos[a - 1] === 'VERB' && RELATIVE_WORDS.has(doc.lower[a - 2]!);
}

/**
 * Is the phrase ending at `e` the object of an imperative opening its clause ("Sign the deal", "Cut the fares":
 * a bare verb, or a capitalised word the tagger read as a name, right before a determiner)? Then an "or"/"and"
 * after it joins two clauses, not two subjects. Looks back at most six tokens.
 */
function imperativeBefore(doc: SlantDocument, e: number, ts: number): boolean {
  let a = e;
  while (a - 1 >= ts && e - a < 6 && PHRASE_WORD_TAGS.has(doc.pos[a - 1]!)) a--;
  if (imperativeOnName(doc, a, e, ts)) return true;
  const v = doc.pos[a - 1] === 'VERB' && a - 1 >= ts ? a - 1 : a;
  if (v >= e || !(doc.pos[v + 1] === 'DET' || POSSESSIVE_DETERMINERS.has(doc.lower[v + 1]!))) return false;
  if (!(v === ts || isPunct(doc, v - 1) || doc.pos[v - 1] === 'CCONJ')) return false;
  return doc.pos[v] === 'VERB' ? doc.lemma[v] === doc.lower[v] : isCap(doc, v) && (doc.pos[v] === 'PROPN' || doc.pos[v] === 'ADV');
}

/**
 * Verbs of choosing someone that open an order on a bare name and that a tagger may read as a name ("Vote Vale").
 * Only words that never start a name or a title themselves: "Fire Chief Vale", "Back Bay residents", "Free Press
 * editor Vale" are names, not orders.
 */
const NAME_IMPERATIVES = new Set(['vote', 'elect', 'reelect', 're-elect']);

/**
 * Does an imperative open the clause on the bare name of the phrase `a`…`e` ("Elect Vale", "Vote Vale", "Vote for
 * Vale"), with no determiner to show it ("Sign the deal")? A bare base form the tagger read as a verb, or a word of
 * `NAME_IMPERATIVES` read as a name (or adverb) with only a name after it.
 */
function imperativeOnName(doc: SlantDocument, a: number, e: number, ts: number): boolean {
  // (a verb the tagger read as a name is the phrase's first word: "Vote/PROPN Vale"; else the word before the
  // phrase, or before the verb's "for": "Elect | Vale", "Vote | for Vale")
  const first = NAME_IMPERATIVES.has(doc.lower[a]!) && a < e && doc.pos[a] !== 'NOUN';
  const named = first ? a + 1 : a;
  const v = first ? a : doc.lower[a - 1] === 'for' ? a - 2 : a - 1;
  if (v < ts || doc.pos[named] !== 'PROPN' || !isCap(doc, v) || !(v === ts || isPunct(doc, v - 1) || doc.pos[v - 1] === 'CCONJ')) return false;
  if (doc.pos[v] === 'VERB') return doc.lemma[v] === doc.lower[v] && !endsWithIngOrEd(doc.lower[v]!) && !endsWithPlainS(doc.lower[v]!);
  return (doc.pos[v] === 'PROPN' || doc.pos[v] === 'ADV') && NAME_IMPERATIVES.has(doc.lower[v]!) && onlyNamesFrom(doc, named, e);
}

/** Are the tokens `a`…`e` (inclusive) all names ("Ana Vale"), with no title or noun among them ("Chief Vale" is PROPN too, but then the verb word is no order)? */
function onlyNamesFrom(doc: SlantDocument, a: number, e: number): boolean {
  for (let i = a; i <= e; i++) if (doc.pos[i] !== 'PROPN') return false;
  return true;
}

/** The start of the clause that ends at token `j`: after a comma, colon, quote or conjunction. */
export function clauseStart(doc: SlantDocument, j: number, ts: number): number {
  let a = j;
  while (a - 1 >= ts) {
    const t = a - 1;
    const v = doc.value[t]!;
    // ("The “Harbour Post”’s editor said": a quoted name before a possessive is inside the clause)
    const named = isQuoteMark(doc, t) ? quotedNameBeforePossessive(doc, t + 1, ts) : -1;
    if (named >= 0) {
      a = named;
      continue;
    }
    if (v === ',' || v === ';' || v === ':' || v === '(' || v === ')' || isSetOffDash(doc, t) || (isQuoteMark(doc, t) && !isPossessive(doc, t))) break;
    // ("Ruiz or Berg will say": "or" joins two subjects as "and" does; not after an imperative, "Sign the deal or
    // Berg says …", where "or" opens the clause of what follows if the order is refused)
    if (breaksClause(doc, t) && !(AND_OR.has(doc.lower[t]!) && !imperativeBefore(doc, t - 1, ts) && ((isCap(doc, t - 1) && isCap(doc, t + 1)) || (NOMINAL.has(doc.pos[t - 1]!) && t - 1 >= ts && ((NOMINAL.has(doc.pos[t + 1]!) && !verbObjectBefore(doc, t - 1, ts)) || (ownedNounAt(doc, t + 1) && nominalsOpenClause(doc, t - 1, ts))))))) break;
    a = t;
  }
  return a;
}

/**
 * The token after a phrase of at most five words that a preposition at `e` opens, a noun, a name or a
 * number closing it, with no possessive, verb or mark inside ("in May", "to the harbour board"); `e` when
 * none does. Not "of" or "that", which tie what follows to the word before.
 */
export function shortPrepositionalPhraseEnd(doc: SlantDocument, e: number, te: number): number {
  if (e >= te || doc.pos[e] !== 'ADP' || doc.lower[e] === 'of' || doc.lower[e] === 'that') return e;
  let t = e + 1;
  while (t < te && t - e <= 5 && NOUN_PHRASE_TAGS.has(doc.pos[t]!) && !isPossessive(doc, t)) t++;
  const last = doc.pos[t - 1];
  return t > e + 1 && (last === 'NOUN' || last === 'PROPN' || last === 'NUM') ? t : e;
}

/**
 * Contact relatives: a relative clause with no relative word ("the columns Ruiz wrote last spring
 * were read"). Source spans and object gaps both need to know how such a clause ends after its verb;
 * this is the one rule they share.
 */
import type { SlantDocument } from '../document/readDocument.js';
import { timePhraseEnd } from './timePhrases.js';
import { DAY_PARTS, MONTHS, NEAR_DAYS, PERIODS, SEASONS, TIME_ADJUNCT, WEEKDAYS, wordSet } from './timeWords.js';
import { BE_FORMS, FOCUSING_ADVERBS, HEAD_PREPOSITIONS, isAdverbLike, isCap, isNounAfterArticle, isPluralNoun, isPossessive, isPunct, isFiniteVerbOrAux, isVerb, MODALS, NEGATIONS, OBJECT_PRONOUNS, POSSESSIVE_DETERMINERS, PRONOUNS, SENTENCE_OR_CLAUSE_END, endsWithIng, endsWithPlainS, isParticipleForm } from './tokens.js';
import { TIME_OR_PLACE } from './nameLikePhrase.js';

/**
 * First words of the subject of a contact relative ("a rule the farmers hope will pass", "the plan
 * many voters backed"): a definite article, a plural demonstrative, a possessive or a quantifier.
 */
export const CONTACT_SUBJECT_OPENERS = wordSet(['the', 'these', 'those', 'many', 'most', 'some', 'several', 'few', 'both', 'all'], [...POSSESSIVE_DETERMINERS]);

/** Words of a short time adjunct after the gapped verb ("last spring", "on Friday", "earlier this year", "during the night"). */
const GAP_TIME_WORDS = wordSet([...TIME_ADJUNCT], ['during', 'the'], SEASONS);
/** The words such an adjunct ends with (not a preposition or article: "in the paper" is no time). */
const GAP_TIME_ENDS = wordSet(['earlier', 'later'], WEEKDAYS, MONTHS, DAY_PARTS, NEAR_DAYS, PERIODS, SEASONS);

/**
 * How a contact relative clause ends after its verb, from `n` (the token after the verb): past
 * adverbs and one short time adjunct, `'end'` when the sentence ends there, `'verb'` when the main
 * clause's finite verb follows ("the columns Ruiz wrote | last spring | were read"), `'object'`
 * otherwise (the verb may have an object or a clause of its own).
 *
 * @example
 * ```ts
 * // "The columns Ruiz wrote last spring were read": n is the token after "wrote"
 * contactGapEnd(doc, n, te); // 'verb'
 * ```
 */
export function contactGapEnd(doc: SlantDocument, n: number, te: number): 'end' | 'verb' | 'object' {
  let t = n;
  while (t < te && t < n + 2 && doc.pos[t] === 'ADV') t++;
  const toStart = t;
  t = addresseeEnd(doc, t, te);
  // ("the plan Vale proposed | to fix the pier | was rejected": or an infinitive with an object of its own, the gap
  // being the verb's object; either way no clause of the verb's own follows)
  if (t === toStart) t = infinitiveWithObjectEnd(doc, t, te);
  const addressed = t > toStart;
  t = timePhraseEnd(doc, t, te, 4, GAP_TIME_WORDS, GAP_TIME_ENDS);
  while (t < te && t < n + 6 && doc.pos[t] === 'ADV') t++;
  if (t >= te || SENTENCE_OR_CLAUSE_END.has(doc.value[t]!)) return 'end';
  const low = doc.lower[t]!;
  // (not a copula before what it names: "the thing Ruiz wanted was a recount", "something Ruiz argues is unwise")
  // (after an addressee no clause of the verb's own follows: "the changes Ruiz suggested to the board | were minor")
  if (BE_FORMS.has(low)) return addressed || isVerb(doc, t + 1) || (doc.pos[t + 1] === 'ADV' && isVerb(doc, t + 2)) ? 'verb' : 'object';
  // (a modal right after the verb opens its clause: "the plan Ruiz says will fail")
  if (doc.pos[t] === 'AUX') return t > n || !MODALS.has(low) ? 'verb' : 'object';
  // (a verb right after is often a noun the tagger misread: "Vale declined comment")
  return t > n && doc.pos[t] === 'VERB' && !endsWithIng(low) && doc.lower[t - 1] !== 'to' ? 'verb' : 'object';
}

/** Tags of the words of a short addressee phrase after "to". */
const ADDRESSEE_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * Where a short "to" phrase naming an addressee or recipient ends, from `t` ("the changes Ruiz suggested | to
 * the board | were minor"), or `t` when none opens there: at most four words ending in a noun or a name, or an
 * object pronoun; an infinitive ("to go") is none.
 */
export function addresseeEnd(doc: SlantDocument, t: number, te: number): number {
  if (doc.lower[t] !== 'to' || t + 1 >= te) return t;
  // ("the plan Vale proposed | to them |": one object pronoun; not "her" before its noun, which the loop reads)
  if (OBJECT_PRONOUNS.has(doc.lower[t + 1]!) && !(doc.lower[t + 1] === 'her' && ADDRESSEE_TAGS.has(doc.pos[t + 2] ?? ''))) return t + 2;
  let u = t + 1;
  while (u < te && u - t <= 4 && (ADDRESSEE_TAGS.has(doc.pos[u]!) || (u === t + 1 && POSSESSIVE_DETERMINERS.has(doc.lower[u]!)))) u++;
  return u > t + 1 && (doc.pos[u - 1] === 'NOUN' || doc.pos[u - 1] === 'PROPN') ? u : t;
}

/**
 * Where an infinitive with an object opened by a determiner ends, from `t` ("to fix | the pier"), or `t` when none
 * opens there: "to", a verb in its bare form, a determiner and at most three adjectives or nouns ending in a noun.
 */
export function infinitiveWithObjectEnd(doc: SlantDocument, t: number, te: number): number {
  // (a bare form: "the people Vale spoke to | said the deal …" holds a stranded "to" before the main verb)
  if (doc.lower[t] !== 'to' || doc.pos[t + 1] !== 'VERB' || doc.lemma[t + 1] !== doc.lower[t + 1] || doc.pos[t + 2] !== 'DET') return t;
  let u = t + 3;
  while (u < te && u - t < 7 && (doc.pos[u] === 'ADJ' || doc.pos[u] === 'NOUN')) u++;
  return u > t + 3 && doc.pos[u - 1] === 'NOUN' ? u : t;
}

/** Cue verbs that in a relative clause usually have no object of their own ("the day that she spoke", "the reason he objected"). */
export const INTRANSITIVE_GAP: ReadonlySet<string> = new Set(['say', 'add', 'continue', 'respond', 'reply', 'comment', 'testify', 'complain', 'object', 'agree', 'disagree', 'speak', 'talk', 'explain', 'note', 'write', 'report', 'answer', 'confirm', 'insist', 'argue', 'remark', 'joke', 'boast', 'brag', 'vote', 'decide', 'promise', 'vow', 'hope', 'plan', 'ask', 'wonder', 'warn', 'predict', 'apologize', 'apologise']);

/** Cue verbs of {@link INTRANSITIVE_GAP} whose object a contact relative does move ("the columns Ruiz wrote were …"). */
export const OBJECT_GAP: ReadonlySet<string> = new Set(['write', 'report', 'promise', 'plan', 'predict', 'confirm', 'propose']);

/** Prepositions a relative clause may leave after its verb, with the head as their object ("the change the board warned about"). */
export const STRANDED_PREPOSITIONS: ReadonlySet<string> = new Set(['about', 'for', 'against', 'of', 'on', 'over', 'with']);

/**
 * The head of a relative clause whose verb at `v` has its subject right before it (one word, a name or a noun after
 * an optional determiner) and, before that, the head noun in lower case, with or without "that"/"which" between:
 * "The letter | Vale asked (for)", "A study that | the union asked (for)"; -1 when the words do not stand so. Read
 * when a preposition stranded after the verb closes the clause (`strandedClosesRelative`).
 */
export function strandedRelativeHead(doc: SlantDocument, v: number, ts: number): number {
  const s = v - 1;
  if (s - 1 < ts || !(doc.pos[s] === 'PROPN' || doc.pos[s] === 'NOUN')) return -1;
  let head = doc.pos[s - 1] === 'DET' ? s - 2 : s - 1;
  if (head > ts && (doc.lower[head] === 'that' || doc.lower[head] === 'which')) head--;
  return head >= ts && doc.pos[head] === 'NOUN' && !isCap(doc, head) ? head : -1;
}

/**
 * Is `n`, right after a preposition stranded at the end of a relative clause, the main clause's finite verb: an
 * inflected verb ("asked for | says", "paid for | found"; not a bare form: "asked for help"), or an -s form the
 * tagger read as a plural noun before what it reports ("argued over | claims the pier …")?
 */
export function mainVerbAfterStranded(doc: SlantDocument, n: number, te: number): boolean {
  if (n >= te) return false;
  const low = doc.lower[n]!;
  if (doc.pos[n] === 'VERB') return doc.lemma[n] !== low && !endsWithIng(low);
  return doc.pos[n] === 'NOUN' && endsWithPlainS(low) && n + 1 < te && (doc.lower[n + 1] === 'that' || REPORT_OPENER_TAGS.has(doc.pos[n + 1]!));
}

/**
 * Is the verb at `k`, right after a "to", a past form no infinitive takes ("Two clerks Vale spoke to | said", "… talked
 * to | told")? The "to" is then a preposition a contact relative stranded, not the infinitive's marker. Read by the form
 * as well as the lemma: the lemmatiser maps British spellings to others ("to criticise" → "criticize"). (Not an -s form,
 * most often a plural noun the tagger read as a verb: "devoted attention to rumors that …".)
 */
export function inflectedAfterTo(doc: SlantDocument, k: number): boolean {
  const low = doc.lower[k]!;
  return doc.pos[k] === 'VERB' && doc.lemma[k] !== low && isParticipleForm(low);
}

/**
 * Does a relative clause end at `n`, right after its stranded preposition ("the report that the guild paid for | says
 * …"): punctuation, the sentence's end, an auxiliary, a finite verb, or an -s main verb the tagger read as a noun
 * (`mainVerbAfterStranded`)? Looser than `mainVerbAfterStranded` alone, which a verb cue asks before it drops its own
 * relation ("Vale asked for | help" keeps it): a noun cue only asks whether its "that" clause is a relative one.
 */
export function endsAfterStranded(doc: SlantDocument, n: number, te: number): boolean {
  return n >= te || isPunct(doc, n) || isFiniteVerbOrAux(doc, n) || mainVerbAfterStranded(doc, n, te);
}

/**
 * Is `k` the main clause's verb right after a relative clause on its subject that a stranded preposition closes
 * ("A study that the union asked for | found …", "The memo Vale argued over | claims …"): the preposition at `k - 1`,
 * the clause's verb before it, its subject and head before that (`strandedRelativeHead`)?
 */
export function mainVerbOverStranded(doc: SlantDocument, k: number, ts: number, te: number): boolean {
  return k - 2 > ts && STRANDED_PREPOSITIONS.has(doc.lower[k - 1]!) && doc.pos[k - 2] === 'VERB' && mainVerbAfterStranded(doc, k, te) && strandedRelativeHead(doc, k - 2, ts) >= 0;
}

/** Tags of a word opening what a verb reports ("claims | the pier …", "says | it …", "shows | Vale …"). */
const REPORT_OPENER_TAGS: ReadonlySet<string> = new Set(['DET', 'PRON', 'PROPN']);

/** Pronouns that head a contact relative like a noun: "something Ruiz wanted", "anything the board says". */
export const THING_PRONOUNS: ReadonlySet<string> = new Set(['something', 'anything']);

/**
 * Does the subject of a contact relative start at `t`, right after an indefinite head that opens at or
 * after `a` ("a point | Vale conceded", "an offer | the board rebuffed", "something | Ruiz wanted")? The
 * subject is a name (not a time word) or a phrase a {@link CONTACT_SUBJECT_OPENERS} word opens. A title
 * takes "the" before a name ("the spokesman Ruiz"), and a name never follows an indefinite phrase it
 * belongs to, so after "a"/"an" such a pair is a head and its relative clause.
 */
export function contactSubjectAfterIndefinite(doc: SlantDocument, t: number, a: number): boolean {
  const name = doc.pos[t] === 'PROPN' && isCap(doc, t) && !TIME_OR_PLACE.has(doc.lower[t]!);
  if (!(name || (CONTACT_SUBJECT_OPENERS.has(doc.lower[t]!) && !isCap(doc, t))) || t - 1 < a) return false;
  const h = t - 1;
  if (THING_PRONOUNS.has(doc.lower[h]!)) return true;
  if (!(doc.pos[h] === 'NOUN' || isNounAfterArticle(doc, h)) || isCap(doc, h) || isPossessive(doc, h)) return false;
  let u = h - 1;
  while (u >= a && h - u < 4 && (doc.pos[u] === 'ADJ' || doc.pos[u] === 'NOUN' || doc.pos[u] === 'ADV') && !isCap(doc, u)) u--;
  return u >= a && (doc.lower[u] === 'a' || doc.lower[u] === 'an');
}

/** A bare plural in lower case at `t`, or one adjective and a bare plural: a contact relative's subject with no determiner ("voters", "rural voters"). */
function barePluralAt(doc: SlantDocument, t: number): boolean {
  if (isCap(doc, t)) return false;
  const n = doc.pos[t] === 'ADJ' ? t + 1 : t;
  return doc.pos[n] === 'NOUN' && !isCap(doc, n) && isPluralNoun(doc, n);
}

/** Heads whose contact relative is adverbial, with no moved object ("the reasons | Vale refuses to sign" = why, "the way | Ruiz speaks" = how). */
export const ADVERBIAL_HEADS: ReadonlySet<string> = new Set(['reason', 'way']);

/** Words that open the noun phrase a copula predicates ("is the plan", "was not a deal", "is one", "'s all"). */
const PREDICATE_OPENERS = wordSet(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'one', 'all', 'no', 'another'], [...POSSESSIVE_DETERMINERS]);

/** Words between a copula and its predicate: negation and a few degree or time adverbs ("is not", "was exactly", "is now"). */
const COPULA_ADVERBS = wordSet([...NEGATIONS], [...FOCUSING_ADVERBS], ['now', 'hardly']);

/**
 * Does the subject of a contact relative start at `t`, right after the head of the noun phrase a copula
 * predicates, opening at or after `a` ("This is not the plan | Vale envisioned", "The levy was the last
 * thing | Okafor wanted to hear about", "It is exactly the sort of change | the board warned about")? The
 * subject is a name (not a time word), a phrase a {@link CONTACT_SUBJECT_OPENERS} word opens or "a" before a
 * title and name; the head is a noun in lower case, with adjectives, nouns and one "of" between it and its
 * opener ("the kind of harbour"), or one prepositional phrase with its own determiner after it ("the clause
 * in the bill"); the opener (or a number) stands right after a form of "be" (over a negation or an adverb),
 * and not on "reason" or "way", whose relative is adverbial. Two noun
 * phrases in a row after a copula, with a verb right after the second, are a head and its relative clause
 * (so a noun of a person is a head too: "Ruiz was the best friend | Okafor hoped to have").
 */
export function contactSubjectAfterCopula(doc: SlantDocument, t: number, a: number, forSource = false): boolean {
  const name = doc.pos[t] === 'PROPN' && isCap(doc, t) && !TIME_OR_PLACE.has(doc.lower[t]!);
  // ("an agenda | a Mayor Vale could back": "a"/"an" before a title and name, a hypothetical person; a lower-case
  // noun after "a" would be a second predicate, "is a plan, a good one")
  const titled = (doc.lower[t] === 'a' || doc.lower[t] === 'an') && !isCap(doc, t) && isCap(doc, t + 1) && (doc.pos[t + 1] === 'PROPN' || (doc.pos[t + 2] === 'PROPN' && isCap(doc, t + 2)));
  // (for a source, also a bare plural, over one adjective, after a singular head: "the issue | voters said …")
  const bare = forSource && barePluralAt(doc, t);
  if (!(name || titled || bare || (CONTACT_SUBJECT_OPENERS.has(doc.lower[t]!) && !isCap(doc, t))) || t - 2 < a) return false;
  const h = t - 1;
  // (a source's relative may be adverbial: "two reasons | Vale opposes the levy" still has Vale as its subject)
  if (!(doc.pos[h] === 'NOUN' || isNounAfterArticle(doc, h)) || isCap(doc, h) || isPossessive(doc, h) || (ADVERBIAL_HEADS.has(doc.lemma[h]!) && !forSource)) return false;
  if (bare && doc.lemma[h] !== doc.lower[h]) return false;
  let u = h - 1;
  let of = false;
  let phrase = false;
  for (; u >= a && h - u < (phrase ? 9 : 6) && !isCap(doc, u); u--) {
    const pos = doc.pos[u];
    if (pos === 'ADJ' || pos === 'NOUN' || pos === 'ADV' || pos === 'NUM') continue;
    // ("the kind of harbour", "the sort of change": one "of" after a noun)
    if (doc.lower[u] === 'of' && !of && doc.pos[u - 1] === 'NOUN') {
      of = true;
      continue;
    }
    // ("the clause in the bill", "the stall at the market": one prepositional phrase with its own
    // determiner after the head noun; the relative's subject follows the phrase's noun)
    if (!phrase && PREDICATE_OPENERS.has(doc.lower[u]!) && HEAD_PREPOSITIONS.has(doc.lower[u - 1] ?? '') && doc.pos[u - 2] === 'NOUN' && !isCap(doc, u - 2)) {
      phrase = true;
      u--;
      continue;
    }
    break;
  }
  // (or a number opens it: "Here are nine things | the mayor has said about …")
  const number = u + 1 < h && doc.pos[u + 1] === 'NUM';
  // (for a source, also a bare head right after the copula: "These are topics | Vale wants to raise")
  const bareHead = forSource && u === h - 1 && doc.pos[u] === 'AUX';
  if (u < a || !(PREDICATE_OPENERS.has(doc.lower[u]!) || number || bareHead)) return false;
  let v = PREDICATE_OPENERS.has(doc.lower[u]!) ? u - 1 : u;
  while (v >= a && u - v <= 2 && COPULA_ADVERBS.has(doc.lower[v]!)) v--;
  return v >= a && doc.pos[v] === 'AUX' && BE_FORMS.has(doc.lower[v]!);
}

/**
 * Does an appositive that sums up the clause before it open at `s` and close the sentence: an indefinite
 * head with a contact relative ("…, a point Berg later conceded to the growers.", "…, something Okafor
 * could not accept.")? Its relative clause runs to the sentence's end with no second verb or comma, so an
 * appositive inside a clause ("said the ferry, a boat the navy built, was safe") is none.
 */
export function closingIndefiniteRelative(doc: SlantDocument, s: number, te: number): boolean {
  if (doc.lower[s] !== 'a' && doc.lower[s] !== 'an' && !THING_PRONOUNS.has(doc.lower[s]!)) return false;
  for (let t = s + 1; t < te && t - s < 6; t++) {
    if (!contactSubjectAfterIndefinite(doc, t, s)) continue;
    let v = t + 1;
    while (v < te && v - t < 5 && !isVerb(doc, v) && !isPunct(doc, v)) v++;
    if (v >= te || !isVerb(doc, v)) return false;
    while (v < te && (isVerb(doc, v) || doc.pos[v] === 'ADV')) v++;
    for (; v < te; v++) {
      if (SENTENCE_OR_CLAUSE_END.has(doc.value[v]!)) return true;
      if (doc.value[v] === ',' || isVerb(doc, v)) return false;
    }
    return true;
  }
  return false;
}

/**
 * The head of a contact relative whose verb is at `v`, or -1: the subject (a name of up to three
 * words or a personal pronoun) stands right before the verb (over auxiliaries and adverbs), and right
 * before the subject stands "those", "something"/"anything", or a noun phrase a determiner opens
 * after a preposition ("similar to those | Ruiz had sounded", "in the speech | Vale gave"). A name
 * after a time word is no such subject ("on Monday Vale said"); a noun right after a verb is left
 * alone ("told reporters Ruiz had erred": a clause with no "that", not a relative).
 */
export function contactRelativeHead(doc: SlantDocument, v: number, ts: number): number {
  let t = v - 1;
  while (t > ts && v - t <= 4 && isAdverbLike(doc, t) && !isCap(doc, t)) t--;
  let s = t;
  if (!PRONOUNS.has(doc.lower[t]!)) {
    if (!(doc.pos[t] === 'PROPN' && isCap(doc, t) && !TIME_OR_PLACE.has(doc.lower[t]!))) return -1;
    while (s - 1 > ts && t - s < 2 && doc.pos[s - 1] === 'PROPN' && isCap(doc, s - 1)) s--;
  }
  const h = s - 1;
  if (h <= ts) return -1;
  if (doc.lower[h] === 'those' || THING_PRONOUNS.has(doc.lower[h]!)) return h;
  if (doc.pos[h] !== 'NOUN' || isCap(doc, h) || GAP_TIME_ENDS.has(doc.lower[h]!)) return -1;
  let u = h - 1;
  while (u > ts && h - u < 4 && (doc.pos[u] === 'ADJ' || doc.pos[u] === 'NOUN') && !isCap(doc, u)) u--;
  return u > ts && CONTACT_SUBJECT_OPENERS.has(doc.lower[u]!) && doc.pos[u - 1] === 'ADP' && !frontedPhraseAt(doc, u - 1, ts) ? u : -1;
}

/**
 * Does the prepositional phrase at `p` open its clause (at the sentence start, or after a comma, semicolon or
 * conjunction)? Such a fronted phrase of place or time is followed by the clause's own subject and verb
 * ("while in the hall Vale spoke", "and at the meeting Vale said little"), not by a contact relative on a noun,
 * which hangs on a verb or noun before it ("spoke at the rally Vale had called").
 */
function frontedPhraseAt(doc: SlantDocument, p: number, ts: number): boolean {
  const before = p - 1;
  if (before < ts || isPunct(doc, before)) return true;
  const pos = doc.pos[before];
  return pos === 'CCONJ' || pos === 'SCONJ';
}

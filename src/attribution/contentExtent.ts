import type { SlantDocument } from '../document/readDocument.js';
import { defineLowerBit, lowerWordBits } from '../document/lowerWordBits.js';
import { TIME_WORD_BIT, TIME_ARTICLE_BIT, ON_IN_AT_BIT, TIME_PREPOSITION_BIT, AT_TIME_PREPOSITION_BIT, PERIOD_WORD_BIT, TIME_HEAD_BIT, ACT_PARTICIPLE_LEAD_BIT, TRAILING_JOINER_BIT, JOINING_CONJUNCTION_BIT } from '../document/lowerWordBitNumbers.js';
import { clauseAfterShortPhrase, takesClause, thatBehindRelative, thatWithin, WH } from './cueComplements.js';
import type { TokenRange } from './nounPhrases.js';
import type { QuoteIndex } from './speechQuotes.js';
import { AMOUNT_ADVERBS, ARTICLES, isAsciiLetterOrDigit, CLAUSE_CONJUNCTIONS, isPossessive, closingMarkWithin, COORDINATORS, endsWithIng, GRADERS, hyphenJoinsBefore, isAdverbLike, isCap, isClauseEndMark, isDash, isGerundSubject, isPluralNoun, isPunct, isQuoteMark, isVerb, isWordHyphen, PLAIN_ARTICLES, JOINING_CONJUNCTIONS, NOTHING_WORDS, NOUN_PHRASE_TAGS, POSSESSIVE_DETERMINERS, POSSESSIVE_MARKS, SENTENCE_OR_CLAUSE_END, WH_RELATIVES, PERSONAL_SUBJECT_PRONOUNS } from './tokens.js';
import { DAY_PARTS, MONTH_SET, MONTHS, NEAR_DAYS, PERIOD_COUNTS, PERIODS, WEEKDAYS, wordSet } from './timeWords.js';
import { BROADCAST_MEDIA, ON_AIR_MEDIA, POST_MEDIA } from './media.js';
import { PARTITIVE_HEADS, QUANTIFIERS_OF, SUBJECT_QUANTIFIERS } from './quantifiers.js';
import { closingIndefiniteRelative } from './contactGap.js';
import { measuredPeriodAt } from './timePhrases.js';
import { AMOUNT_WORDS, OPENING_SUBORDINATORS } from './openingClause.js';
import { speakerPredicateAt } from './speakerPredicate.js';
import { charCodeAt } from '../document/charCodes.js';
import { mayNamePersons } from './peopleNouns.js';
import { REPORTING_PARTICIPLE_LEMMAS, TO_ADDRESSEE_VERBS } from './addresseeVerbs.js';

/** Verbs whose addressee stands between the verb and the content ("told reporters that", "urged voters to"). */
export const ADDRESSEE_VERBS = new Set(['tell', 'inform', 'assure', 'reassure', 'remind', 'warn', 'notify', 'advise', 'brief', 'ask', 'urge', 'convince', 'persuade', 'promise', 'caution', 'press', 'beg', 'implore', 'encourage', 'challenge', 'order', 'instruct', 'quiz']);
/** Addressee verbs whose addressee is the subject of the infinitive after it ("asked the council to wait"), unlike "told". */
const DIRECTED_SUBJECT_VERBS = new Set(['ask', 'urge', 'encourage', 'persuade', 'convince', 'press', 'beg', 'implore', 'challenge', 'order', 'instruct']);
/** Words that can open the content after an addressee. */
const AFTER_ADDRESSEE = new Set(['that', 'whether', 'if', 'why', 'how', 'what', 'who', 'when', 'where', 'to', 'about', 'of', 'for', 'on', ':', 'not']);
/** Addressee verbs after whose addressee "for" opens what is asked for ("asked voters for patience"). */
const ASKING_FOR = new Set(['ask', 'press', 'beg', 'implore']);
/** Verbs whose content is a prepositional phrase: "responded to", "lashed out at", "testified on". */
const PREPOSITION_VERBS = new Set(['respond', 'reply', 'answer', 'object', 'testify', 'comment', 'react', 'speak', 'talk', 'write', 'complain', 'boast', 'brag', 'joke', 'warn', 'worry', 'agree', 'disagree', 'apologize', 'apologise', 'campaign', 'argue', 'vote', 'plead', 'appeal', 'wonder', 'ask', 'inquire', 'caution', 'lobby', 'push']);
const TIME_WORDS = wordSet(['on', 'late', 'last', 'earlier', 'this', 'next', 'early', 'in', 'at', 'during', 'after', 'before'], WEEKDAYS, NEAR_DAYS, DAY_PARTS, ['week', 'month', 'year', 'recently', 'previously', 'again', 'also', 'publicly', 'privately', 'shortly', 'later', 'repeatedly', 'often', 'once', 'twice', 'frequently', 'now']);
/**
 * Behind a day, a place phrase ends the tag only before a lower-case word after its comma
 * ("said Friday in Ostia, noting …"), not inside a place name or before "that" ("in Ostia, Maine, that …").
 */
function lowerWordAfterComma(doc: SlantDocument, e: number): boolean {
  return doc.isWord[e + 1] === 1 && !isCap(doc, e + 1) && doc.lower[e + 1] !== 'that';
}

/** Prepositions that may open a place, outlet or medium phrase after a cue ("said in Ostia", "wrote on a blog"). */
const PLACE_PREPOSITIONS = new Set(['at', 'in', 'from', 'during', 'outside', 'inside', 'near', 'after', 'before', 'on']);
/** Prepositions among the time words that an article never stands before. */
export const ON_IN_AT = new Set(['on', 'in', 'at']);
/** A time word, or an article before one ("the next day", "a week ago"). */
// (bits of the word-id record: `isTimeWord` is asked per token of a cue's tag)
defineLowerBit(TIME_WORD_BIT, (w) => TIME_WORDS.has(w));
defineLowerBit(TIME_ARTICLE_BIT, (w) => PLAIN_ARTICLES.has(w));
defineLowerBit(ON_IN_AT_BIT, (w) => ON_IN_AT.has(w));
const isTimeWord = (doc: SlantDocument, j: number) => {
  const bits = lowerWordBits(doc, j);
  if (bits & TIME_WORD_BIT) return true;
  if ((bits & TIME_ARTICLE_BIT) === 0) return false;
  const next = lowerWordBits(doc, j + 1);
  return (next & TIME_WORD_BIT) !== 0 && (next & ON_IN_AT_BIT) === 0;
};

/** Prepositions that open a time adjunct of their own ("for several weeks", "until May", "over the weekend"). */
const TIME_PREPOSITIONS = new Set(['for', 'over', 'since', 'until', 'till', 'through', 'throughout', 'within', 'from', 'by']);
/** Prepositions that are time words themselves and may open a period ("in the past few weeks", "during the coming months"). */
const AT_TIME_PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'after', 'before']);
/**
 * Words that may stand in a counted or relative period ("for the past few weeks", "over the coming months"): the
 * counts, and the words that pick out a period ("the", "past", "recent", "coming") or count it loosely ("many").
 */
const PERIOD_WORDS = wordSet(PERIOD_COUNTS, ['the', 'many', 'past', 'recent', 'coming']);
/**
 * Words that name a time themselves: a day, a period, a month, a part of the day, "first", "ago", "recently".
 * (Built on `PERIODS`, not `MEASURED_PERIODS`: its "second", "minute", "moment" changed the output when tried.)
 */
const TIME_HEADS = wordSet(PERIODS, NEAR_DAYS, MONTHS, WEEKDAYS, DAY_PARTS, ['hour', 'hours', 'minutes', 'decade', 'decades', 'first', 'ago', 'long', 'recently', 'previously', 'shortly', 'later', 'earlier', 'once', 'twice', 'often', 'frequently', 'repeatedly', 'again', 'now']);
// (bits of the word-id record: `onlyTimeWords` asks them per token of a content)
defineLowerBit(TIME_PREPOSITION_BIT, (w) => TIME_PREPOSITIONS.has(w));
defineLowerBit(AT_TIME_PREPOSITION_BIT, (w) => AT_TIME_PREPOSITIONS.has(w));
defineLowerBit(PERIOD_WORD_BIT, (w) => PERIOD_WORDS.has(w));
defineLowerBit(TIME_HEAD_BIT, (w) => TIME_HEADS.has(w));

/** Is the "that" at `t` the determiner of a time ("ended that day", "met her that morning"), which opens no clause? */
export const thatOfTime = (doc: SlantDocument, t: number) => (lowerWordBits(doc, t + 1) & TIME_HEAD_BIT) !== 0;

/**
 * Is `r` nothing but a time adjunct ("on Monday", "last week", "for several weeks", "at first",
 * "for today")? Such words say when or how long, not what: a cue followed only by them ("have
 * been discussing for several weeks", "was skeptical at first") has no content. A word naming a
 * time must stand among them ("This", "the" alone are not one); a span with no word at all
 * counts as one (nothing but punctuation is no content).
 */
export function onlyTimeWords(doc: SlantDocument, r: { a: number; b: number }): boolean {
  let head = false;
  let first = -1;
  let afterPreposition = false;
  // (a counted period before "ago" says when as well: "reported ten days ago", "said 10 years ago")
  let last = r.b - 1;
  while (last > r.a && !doc.isWord[last]) last--;
  const ago = doc.lower[last] === 'ago';
  for (let t = r.a; t < r.b; t++) {
    if (!doc.isWord[t]) continue;
    const bits = lowerWordBits(doc, t);
    if (first < 0) {
      first = t;
      afterPreposition = (bits & (TIME_PREPOSITION_BIT | AT_TIME_PREPOSITION_BIT)) !== 0;
      if (bits & TIME_PREPOSITION_BIT) continue;
    }
    if (bits & TIME_HEAD_BIT) head = true;
    // (a period's words or its number only behind a preposition: "for the past decade" is when,
    // "recalled the past decade" names what was recalled)
    else if (!(isTimeWord(doc, t) || ((afterPreposition || ago) && ((bits & PERIOD_WORD_BIT) !== 0 || doc.pos[t] === 'NUM')))) return false;
  }
  return head || first < 0;
}

/**
 * The end of a counted period closed by "ago" that opens at `t` ("two weeks ago", "10 years ago", "months ago",
 * "a week ago", "moments ago"), just past "ago", or `t` when none opens there. It says when something was said, never
 * what: "said two weeks ago that the pier was safe" reports "the pier was safe". (The unit is timePhrases'
 * `measuredPeriodAt`, shared with the openers "Hours after …", "Days later …".)
 */
export function agoPhraseEnd(doc: SlantDocument, t: number, te: number): number {
  // ("said less than two weeks ago that …", "a mere week ago": the words of an amount of time that openingClause reads before "after")
  const u = measuredPeriodAt(doc, t, te, 5, (v) => (lowerWordBits(doc, v) & PERIOD_WORD_BIT) !== 0 || AMOUNT_WORDS.has(doc.lower[v]!) || doc.pos[v] === 'NUM');
  return u >= 0 && u + 1 < te && doc.lower[u + 1] === 'ago' ? u + 2 : t;
}

/**
 * Is `r` nothing but the medium something was said on ("on Twitter", "on social media", "on television"), after
 * "on" in it or closing the cue ("responded on | Twitter"; not a topic phrase's particle, `lemma` "focus on")? Where a statement was made is no content: "She
 * criticized him on social media." A medium that is the object keeps its relation ("taunted Twitter").
 */
export function onlyMedium(doc: SlantDocument, r: { a: number; b: number }, lemma: string): boolean {
  let t = r.a;
  if (doc.lower[t] === 'on') t++;
  // (an "on" closing the cue takes the topic when it is a topic verb's own particle, "The inquiry focused on |
  // TikTok", "touched on | YouTube"; after a verb of speaking or making a statement it names the medium:
  // "responded on | Twitter", "commented on | Facebook", "made his case on | television")
  else if (doc.lower[t - 1] !== 'on' || (lemma.endsWith(' on') && !PREPOSITION_VERBS.has(lemma.slice(0, lemma.indexOf(' '))))) return false;
  if (doc.lower[t] === 'social' && doc.lower[t + 1] === 'media') t++;
  else if (!ON_AIR_MEDIA.has(doc.lower[t] ?? '')) return false;
  for (t++; t < r.b; t++) if (doc.isWord[t]) return false;
  return true;
}

/** Words that may follow them inside the same phrase ("nothing more", "little else", "nothing further"). */
const AFTER_NOTHING = new Set(['more', 'else', 'further', 'new']);

/**
 * Is `r` nothing but "nothing" or "little" (and "more", "else", "further", "new")? "Vale said
 * nothing." reports no content: a relation built on it would attribute an empty statement.
 */
export function onlyNothing(doc: SlantDocument, r: { a: number; b: number }): boolean {
  let first = -1;
  for (let t = r.a; t < r.b; t++) {
    if (!doc.isWord[t]) continue;
    const w = doc.lower[t]!;
    if (first < 0 ? !NOTHING_WORDS.has(w) : !AFTER_NOTHING.has(w)) return false;
    if (first < 0) first = t;
  }
  return first >= 0;
}

/** Objects that stand for no proposition: a reciprocal pronoun, "in kind". */
const EMPTY_OBJECTS: ReadonlySet<string> = new Set(['each other', 'one another', 'in kind']);

/**
 * Is a content (token range `r`) only a reciprocal pronoun or "in kind" ("took aim at one another", "called each
 * other", "did not respond in kind")? It reports nothing. Also its bare "another" when "one" was left before it.
 */
export function onlyEmptyObject(doc: SlantDocument, r: { a: number; b: number }): boolean {
  if (r.b - r.a > 3) return false;
  let words = '';
  for (let t = r.a; t < r.b; t++) if (doc.isWord[t]) words = words ? `${words} ${doc.lower[t]}` : doc.lower[t]!;
  return EMPTY_OBJECTS.has(words) || (words === 'another' && doc.lower[r.a - 1] === 'one');
}

/** Reflexive pronouns, which the adverb list holds for "reversed themselves, closed …". */
export const REFLEXIVES: ReadonlySet<string> = new Set(['himself', 'herself', 'themselves', 'itself']);

/** Negative and limiting adverbs that may open a clause with its auxiliary before the subject: "never again would …". */
const INVERTING_ADVERBS: ReadonlySet<string> = new Set(['never', 'rarely', 'seldom', 'hardly', 'scarcely', 'nowhere', 'only']);
/** Tags of a subject's first word after such an auxiliary: "would | the county", "had | she". */
const SUBJECT_OPENING_TAGS: ReadonlySet<string> = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'NUM', 'ADJ']);

/**
 * "said never again would the county pay", "said rarely had she seen …", "said only then did the board act": after a
 * negative or limiting adverb at `k - 1`, at most one more adverb ("again", "then"), an auxiliary and its subject. The
 * adverb opens an inverted clause, what was said, and is no adverb of the cue. Not "said only Ruiz would pay".
 */
function invertedAuxiliaryAfter(doc: SlantDocument, k: number, te: number): boolean {
  let t = k;
  if (t < te && isAdverbLike(doc, t) && doc.pos[t] !== 'AUX') t++;
  return t + 1 < te && doc.pos[t] === 'AUX' && SUBJECT_OPENING_TAGS.has(doc.pos[t + 1]!);
}

/**
 * Does the adverb-like word at `k` after a cue open its content? A reflexive pronoun followed by
 * more than a clause opener is the verb's object ("calls herself a fisher", "described
 * themselves as very conservative"), not an emphatic one ("said herself that …"); a grading adverb
 * before an adjective grades what was said ("called them very liberal").
 */
function opensContent(doc: SlantDocument, k: number, te: number): boolean {
  const low = doc.lower[k]!;
  const next = k + 1;
  if (next >= te) return false;
  if (REFLEXIVES.has(low)) return doc.lower[next] !== 'that' && !isPunct(doc, next) && (!isAdverbLike(doc, next) || opensContent(doc, next, te));
  // ("vowed not | to raise the toll", "said not all of the crews …": after a verb, which takes "do" for its own
  // negation, "not" negates what was reported, and so does "never" before an infinitive; not "not long ago", a time)
  if ((low === 'not' && doc.lower[next] !== 'long') || (low === 'never' && doc.lower[next] === 'to')) return true;
  if (INVERTING_ADVERBS.has(low) && invertedAuxiliaryAfter(doc, next, te)) return true;
  // ("said both Ruiz and Berg …": the first half of a pair; "showed just how weak …", "knows just what …", "said just
  // because …": a focusing word on the clause)
  if (low === 'both' && doc.lower[next] !== 'that' && doc.isWord[next]) return true;
  if (low === 'just' && ((WH.has(doc.lower[next]!) && doc.lower[next] !== 'that') || doc.lower[next] === 'because')) return true;
  if ((GRADERS.has(low) || low === 'somewhat') && doc.pos[next] === 'ADJ' && !NOTHING_WORDS.has(doc.lower[next]!)) return true;
  // (so does an adverb of degree in -ly or of amount before an adjective or a number: "reported sharply lower
  // fares", "counted nearly 300 riders", "predicted far higher tolls"; not "said early …", an adjective there.
  // Before a clause an -ly word says how it was said, "said repeatedly unsafe conditions persisted", while an
  // amount word still limits what was said, "said only 40 clerks had quit")
  if (!((doc.pos[next] === 'ADJ' || doc.pos[next] === 'NUM') && !NOTHING_WORDS.has(doc.lower[next]!))) return false;
  if (AMOUNT_ADVERBS.has(low) || low === 'far' || low === 'much') return true;
  return low.length > 4 && low.endsWith('ly') && low !== 'early' && !takesClause(doc, next, te);
}

/**
 * Where the content after a verb cue starts: after its addressee ("told reporters | that",
 * "urged voters | to"), after "that" even behind a time or place phrase ("said on Tuesday in
 * a statement that | ..."), after a time phrase ("said Monday | the talks ..."), after a colon
 * or comma. Returns -1 when only adjuncts follow ("..., officials said on Tuesday.").
 */
export function contentStartAfter(doc: SlantDocument, from: number, te: number, lemma: string): number {
  let a = from;
  // adverbs before the clause, but not the first half of a compound: "said well-known …", "said first-time …",
  // nor "little" in "little more", "little else" (what was said, which `onlyNothing` recognises),
  // nor a reflexive object or a grading adverb that opens the content (`opensContent`),
  // nor the head of a partitive the tagger reads as an adverb ("said none of the clerks knew", "blames part of the failure on …")
  while (a < te && isAdverbLike(doc, a) && doc.lower[a] !== 'that' && !(doc.lower[a + 1] === 'of' && PARTITIVE_HEADS.has(doc.lower[a]!)) && !hyphenJoinsBefore(doc, a + 1) && !(NOTHING_WORDS.has(doc.lower[a]!) && AFTER_NOTHING.has(doc.lower[a + 1] ?? '')) && !opensContent(doc, a, te)) a++;
  // ("said two weeks ago that …", "said months ago the pier …": a counted period before "ago" says when, not what, before a
  // reported clause; not one that is the subject of what follows, "said two weeks ago was too late"; before a topic phrase,
  // "said years ago about the pier", it stays, as measured on the dev corpus)
  const ago = agoPhraseEnd(doc, a, te);
  if (ago > a && (doc.lower[ago] === 'that' || (doc.pos[ago] !== 'AUX' && !isVerb(doc, ago) && takesClause(doc, ago, te)))) a = ago;
  if (ADDRESSEE_VERBS.has(lemma)) {
    const np = addresseeWithOf(doc, a, te, lemma);
    // "The board told a gloomier tale", "the tally told a tale of empty piers": a story is what is told, no addressee
    if (lemma === 'tell' && toldStory(doc, a, te)) return a;
    const behind = np > a ? thatBehindClause(doc, np, te, true) : -1;
    if (behind >= 0) return behind;
    // ("asked voters for patience", "pressed the board for answers": "for" opens what is asked for only after a
    // verb of asking; after the others the phrase belongs to the object, "promised a larger staff for the harbour",
    // unless a "that" follows it: "warned the board for months that …")
    const forAsked = doc.lower[np] !== 'for' || ASKING_FOR.has(lemma) || thatWithin(doc, np + 1, te);
    // "urged the board to wait": after a verb of directing, the one directed is the subject of what is asked
    // and stays in the content ("the board to wait"); news annotation marks it so about three times in four
    if (np > a && doc.lower[np] === 'to' && DIRECTED_SUBJECT_VERBS.has(lemma) && !toPreposition(doc, np)) return a;
    // (not a verb right after the phrase, whose subject it is: "warned the levy | was unfair" reports "the levy was unfair")
    if (np > a && ((AFTER_ADDRESSEE.has(doc.lower[np] ?? '') && !toPreposition(doc, np) && forAsked) || isQuoteMark(doc, np) || (!(doc.pos[np] === 'AUX' || isVerb(doc, np)) && takesClause(doc, np, te)) || (lemma === 'tell' && doc.value[np] === ',') || (TOLD_PERSON.has(lemma) && clauseBehindAside(doc, np, te)))) a = np;
    // "told his advisers as he ...": the addressee alone is not what was told
    else if (np > a && lemma === 'tell') return -1;
  }
  if (TO_ADDRESSEE_VERBS.has(lemma) && doc.lower[a] === 'to') {
    const toWhom = clauseAfterAddressee(doc, a + 1, te);
    if (toWhom >= 0) return toWhom;
    // ("wrote in a statement to the Courier explaining that …", "wrote to the board arguing …": the participle after the
    // addressee reports what was said, with the cue's subject; this cue has no content of its own)
    if (toWhom === REPORTING_PARTICIPLE_AFTER) return -1;
    const past = toAddresseeEnd(doc, a + 1, te);
    if (past >= 0) return past;
  }
  const aside = afterAside(doc, a, te);
  if (aside >= 0) return aside;
  const behind = thatBehindClause(doc, a, te, TO_ADDRESSEE_VERBS.has(lemma));
  if (behind >= 0) return behind;
  // ("said in an interview | that aired Sunday that …": the cue took its adjunct's noun; a relative clause on it follows)
  const relative = relativeOnNounAt(doc, a, te);
  if (relative >= 0) return relative;
  const that = findThat(doc, a, te);
  if (that !== null) return that < te ? that : -1;
  const s = skipAdjuncts(doc, a, te, lemma, lemma.includes(' ') || PREPOSITION_VERBS.has(lemma));
  if (s < 0) return -1;
  let b = s;
  if (doc.value[b] === ':' || doc.value[b] === ',') b++;
  // (an editor's bracket may open it: "said [the] ferry …")
  // (a coordinator right after the cue joins a second predicate of the source, never what was
  // reported: "was hopeful and went home", "was open but did not say more")
  if (COORDINATORS.has(doc.lower[b] ?? '')) return -1;
  return b < te && !(isPunct(doc, b) && !isQuoteMark(doc, b) && doc.value[b] !== '(' && doc.value[b] !== '[') ? b : -1;
}

/**
 * Is the "to" at `t` a preposition rather than the mark of an infinitive? Decided by the tag of
 * the next word alone: not a verb, auxiliary, adverb or particle ("promising changes to the
 * timetable"), so an infinitive whose verb the tagger reads as a noun would count as a preposition
 * ("urging farmers to sell", "urged voters to not wait" are read right).
 */
function toPreposition(doc: SlantDocument, t: number): boolean {
  if (doc.lower[t] !== 'to') return false;
  const p = doc.pos[t + 1];
  return !(p === 'VERB' || p === 'AUX' || p === 'ADV' || p === 'PART');
}

/** The most words of an addressee after "to" that `clauseAfterAddressee` reads before a clause with no "that". */
const MAX_BARE_ADDRESSEE = 3;

/** `clauseAfterAddressee`'s answer when a reporting participle follows the addressee: no clause of the cue's own. */
const REPORTING_PARTICIPLE_AFTER = -2;

/**
 * Where the reported clause opens after "to" and its addressee at `a`: after "that" or at a wh-word
 * (`clauseAfterShortPhrase`), or, with no "that", at a clause right behind a pronoun or a noun phrase of at most
 * three words ("admitted to reporters | the pier was unsafe", "complained to him | the fares were high"); -1 when
 * no clause follows ("admitted to the theft"). `REPORTING_PARTICIPLE_AFTER` when, instead, a name or noun phrase
 * of at most five words ends right before the -ing form of a reporting verb with a word after it ("wrote to the
 * Courier | explaining that …"): the participle reports what was said. Any other participle there describes the
 * addressee ("to reporters | waiting outside that …"). One walk over the addressee serves both answers.
 */
function clauseAfterAddressee(doc: SlantDocument, a: number, te: number): number {
  const that = clauseAfterShortPhrase(doc, a, te, 6, false);
  if (that >= 0) return that;
  // (a participle follows only a plain name or noun phrase: no pronoun, not a "that" the tagger read as one,
  // "to the board that dredging …", and no possessive)
  let named = true;
  let k = a;
  for (; k < te && k - a <= MAX_BARE_ADDRESSEE + 2; k++) {
    const p = doc.pos[k]!;
    if (!ADDRESSEE_TAGS.has(p) && p !== 'PRON') break;
    // (a clause with a subject of its own: "that", a wh-word or a quotation are `clauseAfterShortPhrase`'s or the later readers')
    if (k - a < MAX_BARE_ADDRESSEE && (p === 'NOUN' || p === 'PROPN' || p === 'PRON') && k + 1 < te && bareClauseAt(doc, k + 1, te)) return k + 1;
    if (p === 'PRON' || isPossessive(doc, k)) named = false;
  }
  return named && k > a && k + 1 < te && doc.pos[k] === 'VERB' && endsWithIng(doc.lower[k]!) && REPORTING_PARTICIPLE_LEMMAS.has(doc.lemma[k]!) && !isPunct(doc, k + 1) ? REPORTING_PARTICIPLE_AFTER : -1;
}

/** Does a clause with no "that" open at `k`, behind an addressee: a word that is no wh-word, verb, punctuation or quotation mark, and takes a clause? */
function bareClauseAt(doc: SlantDocument, k: number, te: number): boolean {
  return !WH.has(doc.lower[k]!) && doc.pos[k] !== 'AUX' && !isVerb(doc, k) && !isPunct(doc, k) && !isQuoteMark(doc, k) && takesClause(doc, k, te);
}

/**
 * Where what was said opens behind "to" and a longer addressee at `a` (`addressee`: a list, a participle or place
 * phrase on it): after "that" ("said to reporters waiting outside that …"), at "about" ("wrote to the board about
 * the fares") or at a quotation after a comma ("wrote to her followers, “…”"); -1 when none follows.
 */
function toAddresseeEnd(doc: SlantDocument, a: number, te: number): number {
  const np = addressee(doc, a, te);
  if (np <= a || np + 1 >= te) return -1;
  if (doc.lower[np] === 'that') return !isVerb(doc, np + 1) && doc.pos[np + 1] !== 'AUX' && !isPunct(doc, np + 1) ? np + 1 : -1;
  if (doc.lower[np] === 'about') return np;
  return doc.value[np] === ',' && isQuoteMark(doc, np + 1) ? np + 1 : -1;
}

/** Tags of the words of a short addressee with a noun ("the harbour board", "Ana Vale"). */
const ADDRESSEE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);

/** First words of what follows a cue's comma that is no aside: a conjunction, a relative clause, a second participle. */
const NOT_ASIDE = /^(?:but|and|or|nor|though|although|so|yet|according|who|which|whose|whom|because|adding|saying|noting|citing|he|she|they|it|we|i)$/;

/** Conjunctions of condition: an aside they open belongs to the reported clause after it. */
const CONDITIONS = new Set(['if', 'unless']);

/**
 * "says, win or lose, she is staying", "said, if elected, she would …", "insisted, as she had for weeks, that …", "described, in
 * harsh terms, a budget that …": an aside of at most eight words set off by commas or dashes
 * right after the cue. Returns where the content starts behind it (past "that") when "that", a
 * reported clause or (after a prepositional aside) a noun phrase follows; -1 otherwise.
 */
function afterAside(doc: SlantDocument, a: number, te: number): number {
  const comma = doc.value[a] === ',';
  if (!comma && !isDash(doc, a)) return -1;
  const first = doc.lower[a + 1] ?? '';
  if (a + 1 >= te || NOT_ASIDE.test(first) || isPunct(doc, a + 1) || isCap(doc, a + 1) || (endsWithIng(first) && doc.pos[a + 1] === 'VERB')) return -1;
  let c = a + 1;
  while (c < te && c - a <= 9 && (comma ? doc.value[c] !== ',' : !isDash(doc, c))) {
    if (isQuoteMark(doc, c) || /^[.;:!?()]$/.test(doc.value[c]!)) return -1;
    c++;
  }
  if (c >= te || c - a > 9 || c === a + 1) return -1;
  if (doc.lower[c + 1] === 'that') return c + 2 < te ? c + 2 : -1;
  // a condition before the reported clause is part of what was said: "said, if elected, she would …"
  if (takesClause(doc, c + 1, te)) return CONDITIONS.has(first) ? a + 1 : c + 1;
  // an infinitive behind the aside, as right after the cue: "vowed, once again, to block …", "declined, however, to say …"
  if (doc.lower[c + 1] === 'to' && c + 2 < te && !toPreposition(doc, c + 1)) return c + 1;
  return doc.pos[a + 1] === 'ADP' && doc.pos[c + 1] === 'DET' ? c + 1 : -1;
}

/** Nouns of what is told, never of whom it is told to: "told a different story", "tells the tale of the harbour". */
const TOLD_STORIES = new Set(['story', 'stories', 'tale', 'tales']);

/**
 * Does a story noun head the noun phrase at `a`: a determiner or possessive first, then at most three adjectives,
 * adverbs, numbers or one compound noun that names no persons ("a far gloomier tale", "their orchard stories")?
 * Not behind an addressee: "told reporters a different story", "told them the story was false", "told the growers
 * stories".
 */
function toldStory(doc: SlantDocument, a: number, te: number): boolean {
  let t = a;
  if (doc.pos[t] === 'DET' || POSSESSIVE_DETERMINERS.has(doc.lower[t]!)) t++;
  // (a compound's first noun: "the orchard stories", "the sports stories"; but a plural of persons is whom they
  // were told to, "the growers stories")
  while (t < te && t - a < 4 && (doc.pos[t] === 'ADJ' || doc.pos[t] === 'ADV' || doc.pos[t] === 'NUM' || (doc.pos[t] === 'NOUN' && TOLD_STORIES.has(doc.lower[t + 1] ?? '') && !(isPluralNoun(doc, t) && mayNamePersons(doc, t))))) t++;
  return t < te && TOLD_STORIES.has(doc.lower[t]!);
}

/** Verbs of telling whose passive subject is the person told ("Vale was assured by aides"), not what was told. */
// (Narrower than verbCues.ADDRESSEE_LEMMAS on purpose: that set also holds asking, urging and charging verbs, whose object is no listener of a told content.)
export const TOLD_PERSON: ReadonlySet<string> = new Set(['tell', 'inform', 'assure', 'reassure', 'remind', 'notify', 'brief', 'convince', 'persuade', 'warn', 'caution']);

/** Addressee verbs that take a person and "of" what they are told about: "warned voters of higher fares", "told reporters of her plans", "advised growers of the risk". */
const ofAddresseeVerb = (lemma: string) => TOLD_PERSON.has(lemma) || lemma === 'advise';

/**
 * The end of an addressee at `a`, with an "of" phrase after its noun taken as the noun's own ("asked a member of the
 * council | to vote", "pressed the board of the port | for answers"). When nothing an addressee is followed by comes
 * after that phrase, there is no addressee and `a` is returned: the noun phrase is the object itself ("ordered a
 * review of the contracts", "urged consideration of other bids", "challenged the board's survey of the piers"). Not
 * after the verbs of telling ({@link TOLD_PERSON}, "advise"), whose "of" opens the content.
 */
function addresseeWithOf(doc: SlantDocument, a: number, te: number, lemma: string): number {
  const np = addressee(doc, a, te);
  // (skipping the of-phrase after a verb of telling when an infinitive or "about" follows it cost found relations on
  // the dev corpus, review31 M4: kept as it was)
  if (np <= a || doc.lower[np] !== 'of' || ofAddresseeVerb(lemma)) return np;
  const past = addressee(doc, np + 1, te);
  if (past <= np + 1) return np;
  return AFTER_ADDRESSEE.has(doc.lower[past] ?? '') && doc.lower[past] !== 'of' ? past : a;
}

/**
 * A clause whose subject carries a comma-closed aside at `a`: "the tram, a line that Ruiz opened, was safe", "the pier,
 * which Ruiz built, would close". `takesClause` stops at the comma, so after an addressee the told clause was taken for
 * the addressee's object ("told reporters the tram" as the cue). A short noun phrase, an aside of at most twelve words
 * with no quotation or sentence mark, then a finite verb (not a second noun phrase: "told reporters the news, a shock").
 */
export function clauseBehindAside(doc: SlantDocument, a: number, te: number): boolean {
  let b = a;
  if (doc.pos[b] === 'DET' || POSSESSIVE_DETERMINERS.has(doc.lower[b]!)) b++;
  const head = b;
  while (b < te && b - head < 5 && (doc.pos[b] === 'ADJ' || doc.pos[b] === 'NOUN' || doc.pos[b] === 'PROPN' || doc.pos[b] === 'NUM')) b++;
  if (b === head || doc.value[b] !== ',') return false;
  let c = b + 1;
  while (c < te && c - b <= 12 && doc.value[c] !== ',') {
    if (isQuoteMark(doc, c) || /^[.;:!?()]$/.test(doc.value[c]!)) return false;
    c++;
  }
  if (c >= te || c - b > 12 || c === b + 1) return false;
  let v = c + 1;
  while (v < te && v - c < 3 && doc.pos[v] === 'ADV') v++;
  return v < te && (doc.pos[v] === 'AUX' || (doc.pos[v] === 'VERB' && /(?:s|ed)$/.test(doc.lower[v]!) && !endsWithIng(doc.lower[v]!)));
}

/** Adverbs of place after an addressee, before "that" ("told delegates here that"). */
const PLACE_ADVERBS = new Set(['here', 'there']);

/** A participle right after an addressee that opens a phrase on it: "delegates gathered in …", "workers standing outside …". */
function addresseeParticiple(doc: SlantDocument, b: number): boolean {
  return doc.pos[b] === 'VERB' && /(?:ed|en|wn|ing)$/.test(doc.lower[b]!) && /^(?:ADP|DET|PROPN)$/.test(doc.pos[b + 1] ?? '');
}

/** The end of one addressee's noun phrase at `a` ("reporters", "the Valley Courier", "him", "his staff"), or `a`. */
function addresseePhraseEnd(doc: SlantDocument, a: number, te: number): number {
  const low = doc.lower[a] ?? '';
  // ("told her closest aides as …", "told his staff": a possessive opens the addressee's noun phrase)
  const possessive = POSSESSIVE_DETERMINERS.has(low) && (doc.pos[a + 1] === 'ADJ' || doc.pos[a + 1] === 'NOUN');
  if (!possessive && /^(?:him|her|them|us|me|you|reporters|journalists|supporters|voters|delegates|listeners|viewers|lawmakers|members|officials|colleagues|students|residents)$/.test(low)) return a + 1;
  let b = possessive ? a + 1 : a;
  // (a determiner after the addressee's noun opens the told clause: "assured the crews | the pier was safe"; not a
  // question word, whose question the addressee stays with: "asked the crews which pier was safe")
  while (b < te && b - a < 8 && (doc.pos[b] === 'DET' || doc.pos[b] === 'PROPN' || doc.pos[b] === 'NOUN' || doc.pos[b] === 'ADJ' || isCap(doc, b) || /^['’]s$/.test(doc.value[b]!) || doc.value[b] === '.' && isCap(doc, b - 1))) {
    if (doc.pos[b] === 'DET' && b > a && (doc.pos[b - 1] === 'NOUN' || doc.pos[b - 1] === 'PROPN') && !WH.has(doc.lower[b]!) && takesClause(doc, b, te)) break;
    b++;
  }
  return b;
}

/** The most addressees `addresseeListEnd` reads in a list. */
const MAX_ADDRESSEES = 5;

/**
 * The end of a list of addressees whose first one ends at `b`: more noun phrases after commas, the last one after
 * "and" or "or" ("Ruiz, Berg and Tarn", "the clerks and the growers"), when a word that opens the content follows
 * the list (`AFTER_ADDRESSEE`); else `b`.
 */
function addresseeListEnd(doc: SlantDocument, a: number, b: number, te: number): number {
  let t = b;
  for (let n = 0; n < MAX_ADDRESSEES && t < te; n++) {
    let k = t;
    if (doc.value[k] === ',') k++;
    const joined = doc.lower[k] === 'and' || doc.lower[k] === 'or';
    if (joined) k++;
    else if (k === t) return b;
    const e = addresseePhraseEnd(doc, k, te);
    if (e <= k) return b;
    if (joined) return AFTER_ADDRESSEE.has(doc.lower[e] ?? '') ? e : b;
    t = e;
  }
  return b;
}

/** The end of an addressee noun phrase at `a` ("reporters", "the Valley Courier", "him", "CNN on Sunday"). */
function addressee(doc: SlantDocument, a: number, te: number): number {
  if (AFTER_ADDRESSEE.has(doc.lower[a] ?? '') || isQuoteMark(doc, a)) return a; // no addressee: "told that ...", "told: “...”"
  let b = addresseePhraseEnd(doc, a, te);
  // ("asked Ruiz, Berg and Tarn whether …", "asked the clerks and the growers if …": a list of addressees)
  if (b > a) b = addresseeListEnd(doc, a, b, te);
  // ("asked Ruiz, the mayor, whether …": an appositive set off by commas between the addressee and the word that
  // opens the content belongs to the addressee)
  if (b > a && doc.value[b] === ',') {
    let e = addresseePhraseEnd(doc, b + 1, te);
    // (also with an "of" phrase on its noun: "asked the clerk, a friend of Vale, if …")
    if (e > b + 1 && doc.lower[e] === 'of') {
      const f = addresseePhraseEnd(doc, e + 1, te);
      if (f > e + 1) e = f;
    }
    if (e > b + 1 && doc.value[e] === ',' && AFTER_ADDRESSEE.has(doc.lower[e + 1] ?? '')) return e + 1;
  }
  // a time or place phrase after the addressee: "told CNN on Sunday that"
  // (or "here", "there": "told delegates here that")
  let c = b;
  while (c < te && c - b < 6 && (isTimeWord(doc, c) || PLACE_ADVERBS.has(doc.lower[c]!))) c++;
  if (c > b && doc.lower[c] === 'that') return c;
  // or a place phrase: "telling a crowd outside a school in Leeds, Kent, on Friday that" (not a relative "that voted")
  // (or behind a participle phrase on the addressee: "told delegates gathered in Lorn that")
  const participle = addresseeParticiple(doc, b);
  if (participle || /^(?:in|at|on|outside|inside|during|after|before|near|aboard|ahead|following|throughout)$/.test(doc.lower[b] ?? '')) {
    let d = participle ? b + 1 : b;
    // ("outside a polling station": an -ing form before its noun; "after his win": a possessive pronoun)
    while (d < te && d - b < 20 && doc.lower[d] !== 'that' && (doc.pos[d] === 'ADP' || POSSESSIVE_DETERMINERS.has(doc.lower[d]!) || (doc.pos[d] === 'VERB' && doc.pos[d + 1] === 'NOUN' && endsWithIng(doc.lower[d]!)) || doc.pos[d] === 'DET' || doc.pos[d] === 'PROPN' || doc.pos[d] === 'NOUN' || doc.pos[d] === 'ADJ' || doc.pos[d] === 'NUM' || doc.value[d] === ',' || isCap(doc, d) || /^['’]s$/.test(doc.value[d]!))) d++;
    if (doc.lower[d] === 'that' && ((doc.pos[d + 1] !== 'VERB' && doc.pos[d + 1] !== 'AUX') || isGerundSubject(doc, d + 1))) return d;
  }
  return b;
}

/** Subordinators of a time clause between a cue and its "that" (`thatBehindClause`). */
const TIME_CLAUSE_OPENERS = new Set(['before', 'after', 'when', 'while', 'as', 'since', 'once', 'until']);
/** Tags a time clause's subject opens with ("after she met", "before the board voted", "when Ruiz spoke"). */
const TIME_CLAUSE_SUBJECT_TAGS = new Set(['PRON', 'PROPN', 'DET']);
/**
 * Lemmas of verbs of an event's course that take no "that" clause of their own, so a "that" right after them opens
 * the reported clause ("said as the meeting ended that …", "told the board when the hearing began that …").
 */
const COURSE_VERBS: ReadonlySet<string> = new Set(['end', 'begin', 'start', 'open', 'close', 'finish', 'conclude', 'adjourn', 'resume', 'continue', 'arrive', 'leave', 'depart', 'return', 'wait', 'unfold', 'sit', 'stand', 'walk', 'pass', 'speak', 'talk']);

/** The most adjectives and nouns of a subject `subjectAfter` reads ("new port fees"). */
const MAX_BARE_SUBJECT = 4;

/**
 * Does a subject open at `k`: a determiner, pronoun or name ("that the toll …", "that she …", "that Vale …"), or bare
 * adjectives and nouns with a verb right after them ("that fares will fall"), not a noun alone ("that measure it …")?
 */
function subjectAfter(doc: SlantDocument, k: number, te: number): boolean {
  if (TIME_CLAUSE_SUBJECT_TAGS.has(doc.pos[k] ?? '')) return true;
  let t = k;
  while (t < te && t - k < MAX_BARE_SUBJECT && (doc.pos[t] === 'ADJ' || doc.pos[t] === 'NOUN')) t++;
  return t > k && doc.pos[t - 1] === 'NOUN' && t < te && isVerb(doc, t);
}

/**
 * "told the Courier before he spoke to the council that …", "said after she met the mayor that
 * …", "said as the meeting ended that …", "said before meeting the mayor that …": a time clause with
 * a subject and verb of its own, or an -ing participle (after a verb of saying, `saying`), right after the cue (and its addressee),
 * then "that" and the reported clause. Returns where the reported clause starts, or -1. The
 * clause's verb must not be followed by "that" itself ("after she learned that …", "after learning
 * that …" report what was learned), unless it is a verb of an event's course (`COURSE_VERBS`).
 */
function thatBehindClause(doc: SlantDocument, a: number, te: number, saying: boolean): number {
  if (!TIME_CLAUSE_OPENERS.has(doc.lower[a] ?? '')) return -1;
  // (a participle stands for the subject and its verb: "before meeting the mayor", "after visiting the pier"; only
  // after a verb of saying or telling, whose words it dates: "think before agreeing to tests that …" holds a relative)
  const participle = saying && doc.pos[a + 1] === 'VERB' && endsWithIng(doc.lower[a + 1]);
  if (!participle && !TIME_CLAUSE_SUBJECT_TAGS.has(doc.pos[a + 1] ?? '')) return -1;
  let verb = participle ? a + 1 : -1;
  for (let t = a + 2; t < te && t - a <= 16; t++) {
    if (isPunct(doc, t) || isQuoteMark(doc, t)) return -1;
    if (isVerb(doc, t)) {
      if (verb >= 0 && doc.pos[t - 1] !== 'AUX') return -1;
      verb = t;
    } else if (doc.lower[t] === 'that' && !thatOfTime(doc, t)) {
      // ("passed that measure", "opened that session": right after a verb that takes an object, "that" is its
      // determiner unless a subject and its verb follow; read on for a later "that")
      if (verb === t - 1 && COURSE_VERBS.has(doc.lemma[verb]!) && !subjectAfter(doc, t + 1, te)) continue;
      return verb >= 0 && (verb < t - 1 || COURSE_VERBS.has(doc.lemma[verb]!)) && t + 1 < te && doc.pos[t + 1] !== 'VERB' && doc.pos[t + 1] !== 'AUX' ? t + 1 : -1;
    }
  }
  return -1;
}

/**
 * Words that open an indirect question: the reported clause starts with them ("knows what that costs").
 * Unlike `WH_SUBJECTS` not "when", which after a cue more often says when ("said when the pier closed
 * that …"; `findThat` takes it only before "that"), and with the relatives "whom", "which" ("asked which plan
 * that was").
 */
const QUESTION_OPENERS = new Set(['what', 'how', 'why', 'whether', 'who', 'whom', 'which', 'where']);

/**
 * "cannot attribute that to the board", "did not say that to the mayor": a "that" right after the
 * cue, followed by a preposition, with no verb before the clause ends, is a pronoun object (the
 * content starts with it), not the opening of a reported clause ("said that in March the pier
 * would close" has its verb). Looks no further than the sentence window.
 */
function pronounThat(doc: SlantDocument, k: number, te: number): boolean {
  if (doc.pos[k + 1] !== 'ADP') return false;
  for (let t = k + 2; t < te && !isClauseEndMark(doc, t) && !isQuoteMark(doc, t); t++) if (isVerb(doc, t)) return false;
  return true;
}

/**
 * "rejected that claim", "embraced that idea and more": a "that" before a noun or adjective with no
 * finite verb after it in its sentence is the determiner of the object (the content starts with it),
 * not the opening of a reported clause ("said that money was tight" has its verb).
 */
function determinerThat(doc: SlantDocument, k: number, te: number): boolean {
  // (a singular head only: "that voters …", "that online rules …" open a clause whose verb may be mis-tagged;
  // nor a quantifier, "that most …")
  let h = k + 1;
  while (h < te && h - k <= 4 && (doc.pos[h] === 'NOUN' || doc.pos[h] === 'ADJ')) h++;
  if (h === k + 1 || doc.pos[h - 1] !== 'NOUN' || doc.pos[h] === 'PROPN' || isPluralNoun(doc, h - 1) || SUBJECT_QUANTIFIERS.has(doc.lower[k + 1]!)) return false;
  // (a quotation in the rest may hold the clause's verb: `argued that reform “must come”`; a verb only after a comma,
  // a conjunction or a subordinator is another clause's: "decried that plan, saying …", "rejected that claim and left",
  // "echoed that view when she spoke")
  for (let t = h; t < te && !isClauseEndMark(doc, t); t++) {
    if (doc.value[t] === ',' || JOINING_CONJUNCTIONS.has(doc.lower[t]!) || OPENING_SUBORDINATORS.has(doc.lower[t]!)) return true;
    if (isQuoteMark(doc, t) || (isVerb(doc, t) && !doc.lower[t]!.endsWith('ing'))) return false;
  }
  return true;
}

/**
 * "denied that, and the crowd cheered", "thanked Ruiz for that, but …": a "that" before a comma
 * and a clause conjunction closes its clause, a pronoun object rather than the opening of a reported clause.
 */
export function thatEndsClause(doc: SlantDocument, k: number): boolean {
  return doc.lower[k] === 'that' && doc.value[k + 1] === ',' && CLAUSE_CONJUNCTIONS.has(doc.lower[k + 2] ?? '');
}

/** Relative pronouns, the possessive "whose" included ("Berg, whose group notes that …"). */
const RELATIVE_PRONOUNS = wordSet([...WH_RELATIVES], ['whose']);

/**
 * Is the "that" at `j` behind a preposition the determiner of its object ("during that speech", "at
 * that point"), with a noun or adjective after it? Not after a verb particle right after the cue
 * ("found out that …", "figured out that …") nor before another determiner ("later on that the port …").
 */
function thatDeterminesObject(doc: SlantDocument, j: number, from: number): boolean {
  if (doc.pos[j - 1] !== 'ADP' || !(doc.pos[j + 1] === 'NOUN' || doc.pos[j + 1] === 'ADJ')) return false;
  return !(j - 1 === from && /^(?:out|up|off|back|down|away)$/.test(doc.lower[j - 1]!));
}

/** Singular nouns of a time that "that" turns into an adjunct ("that night", "that week"). */
const THAT_TIMES = wordSet(DAY_PARTS, ['day', 'week', 'weekend', 'month', 'year']);

/**
 * "reported that night that …", "said that morning the pier was shut": "that" and a singular time
 * noun right after the cue say when, when a second "that" or a new subject (a pronoun, a determiner
 * or a name) follows. Returns where that follows, or -1 ("said that year was hard": "that year" is
 * the subject of the reported clause; "said that week's vote …": a possessive).
 */
function thatTimeAdjunctEnd(doc: SlantDocument, k: number, te: number): number {
  const n = k + 2;
  if (n >= te || !THAT_TIMES.has(doc.lower[k + 1] ?? '')) return -1;
  return doc.lower[n] === 'that' || /^(?:PRON|DET|PROPN)$/.test(doc.pos[n]!) ? n : -1;
}

/**
 * "said that year was the worst": "that" before a singular time noun and its finite verb is that
 * noun's determiner ("year" alone cannot be a subject), so the reported clause starts with "that".
 */
function timeSubjectThat(doc: SlantDocument, k: number): boolean {
  if (!THAT_TIMES.has(doc.lower[k + 1] ?? '')) return false;
  const v = k + 2;
  return doc.pos[v] === 'AUX' || (isVerb(doc, v) && !doc.lower[v]!.endsWith('ing'));
}

/**
 * "said that is all", "insisted that was not the deal", "warned that could take years": a "that" right before a
 * finite verb or an auxiliary is the pronoun subject of the reported clause (a complementizer needs a subject
 * after it), so the clause starts with it. Not before an -ing form, which may be the clause's own subject
 * ("said that fishing was banned", "argued that being first is …"), nor before a verb-tagged word that another verb follows.
 */
function pronounSubjectThat(doc: SlantDocument, k: number): boolean {
  const v = k + 1;
  if (endsWithIng(doc.lower[v] ?? '')) return false;
  if (doc.pos[v] === 'AUX') return true;
  // (a verb-tagged word right before an auxiliary or a verb is a plural noun, the subject: "that permits had vanished")
  return doc.pos[v] === 'VERB' && isVerb(doc, v) && doc.pos[v + 1] !== 'AUX' && doc.pos[v + 1] !== 'VERB';
}

/** "that" opening the reported clause within a few tokens (behind adjuncts), or null. */
export function findThat(doc: SlantDocument, from: number, te: number): number | null {
  // "rejected suggestions that ...": after an object noun phrase, "that" belongs to the noun
  const p = doc.pos[from];
  // ("said that, after the vote, …": the comma of the aside is not part of the content)
  // ("denied that, and the crowd cheered": a "that" closing its clause before a conjunction is a pronoun object)
  if (doc.lower[from] === 'that') {
    const when = thatTimeAdjunctEnd(doc, from, te);
    if (when >= 0) return doc.lower[when] === 'that' ? (doc.value[when + 1] === ',' ? when + 2 : when + 1) : when;
    if (timeSubjectThat(doc, from) || pronounSubjectThat(doc, from)) return null;
    return pronounThat(doc, from, te) || thatEndsClause(doc, from) || determinerThat(doc, from, te) ? null : doc.value[from + 1] === ',' ? from + 2 : from + 1;
  }
  // "knows what that costs", "asked how long that would take", "wondered if that was wise": a "that"
  // after a question word is a pronoun inside the question, which is itself the content
  if (QUESTION_OPENERS.has(doc.lower[from]!) || ((doc.lower[from] === 'if' || doc.lower[from] === 'when') && doc.lower[from + 1] === 'that')) return null;
  if ((p === 'DET' || p === 'NOUN' || p === 'ADJ' || p === 'NUM') && !isTimeWord(doc, from)) return null;
  // ("sees herself as the kind of leader that voters want": after an "as" complement, "that" opens a relative clause on its noun)
  let asComplement = false;
  for (let j = from; j < te && j < from + 9; j++) {
    // (not after "it", which stands for the clause: "Ruiz counts it as a gain that the ferry runs late")
    if (j > from && doc.lower[j] === 'as' && doc.pos[j - 1] !== 'ADV' && doc.pos[j - 1] !== 'ADJ' && doc.lower[from] !== 'it') asComplement = true;
    if (asComplement && doc.lower[j] === 'that' && (doc.pos[j - 1] === 'NOUN' || doc.pos[j - 1] === 'PROPN') && !isTimeWord(doc, j - 1)) return null;
    // ("found nothing about the deal that had not been reported": a "that" behind a phrase with a verb
    // right after it has no subject of its own, a relative clause on that phrase, which is the content;
    // before ", and" or other punctuation it is a pronoun ending the phrase: "thanked Ruiz for that, and …";
    // before a comma and an aside it opens the reported clause: "said on Friday that, if elected, …")
    if (doc.lower[j] === 'that') {
      // ("chimed in during that speech", "said at that point the …": after a preposition "that" is its object's determiner)
      if (j > from && thatDeterminesObject(doc, j, from)) continue;
      // ("praised Berg, the pilot that Ruiz hired, for …": the "that" of a relative clause on the object's appositive)
      if (appositiveNounBefore(doc, from, j)) return null;
      if ((isVerb(doc, j + 1) && !isGerundSubject(doc, j + 1)) || thatEndsClause(doc, j)) return null;
      if (doc.value[j + 1] === ',') return j + 2;
      return isPunct(doc, j + 1) && !isQuoteMark(doc, j + 1) ? null : j + 1;
    }
    // ("said on Radio Tarnow's “Early Show” that …": over a quoted title)
    const title = quotedTitleEnd(doc, j, te);
    if (title > j && doc.lower[title] === 'that') return title + 1;
    if (isQuoteMark(doc, j) || doc.value[j] === '.' || doc.value[j] === ';' || doc.value[j] === ':') return null;
    // ("…, said Berg, an analyst, who notes that …": the "that" of a relative clause on the source is that clause's)
    if (RELATIVE_PRONOUNS.has(doc.lower[j]!)) return null;
    // "said Thursday his biggest worry is that …": a verb (or auxiliary) of the reported clause comes first
    if ((doc.pos[j] === 'VERB' || (doc.pos[j] === 'AUX' && !isTimeWord(doc, j))) && j > from) return null;
  }
  return null;
}

/**
 * Where the reported clause after a verb starts, skipping a time phrase ("said on Tuesday the
 * talks ..."); -1 when nothing but adjuncts follow ("..., officials said on Tuesday." or
 * "forecasters said on Thursday, but ...").
 */
/** Speech verbs after which "on" opens where something was said ("said on a radio show"), not what. */
const ON_MEDIUM_VERBS = new Set(['say', 'add', 'tell', 'state', 'note', 'insist', 'explain', 'claim', 'argue']);

/**
 * A quotation mark at `e` opening a short title ("“Early Show”", "“Meet the Voters.”"): at most
 * six words, every one capitalized or a small function word, then the closing mark. Returns the
 * token after the closing mark, or -1.
 */
function quotedTitleEnd(doc: SlantDocument, e: number, te: number): number {
  if (!isQuoteMark(doc, e)) return -1;
  if (!isCap(doc, e + 1)) return -1;
  const close = closingMarkWithin(doc, e, 7, te, (t) => !(isCap(doc, t) || TITLE_SMALL_WORDS.has(doc.lower[t]!)));
  return close < 0 ? -1 : close + 1;
}

/** Words a title holds uncapitalised ("Meet the Voters"), and the stop that may end it inside its marks. */
const TITLE_SMALL_WORDS = new Set(['of', 'the', 'and', 'a', 'an', 'to', 'in', 'on', 'for', 'with', "'s", '’s', '.', '!', '?']);

const OCCASION_PREPOSITIONS = new Set(['during', 'throughout', 'since', 'until']);

/** A preposition of time or occasion at `j` before its noun: "during the hearing", "since May", "in 2013", "in interviews". */
function occasionPhrase(doc: SlantDocument, j: number): boolean {
  const w = doc.lower[j]!;
  if (OCCASION_PREPOSITIONS.has(w)) return true;
  return w === 'in' && (doc.pos[j + 1] === 'NUM' || (doc.pos[j + 1] === 'NOUN' && /[^s]s$/.test(doc.lower[j + 1]!)));
}


/**
 * Does the "on" at `p` open a medium ("on Twitter", "on the radio", "on national television")? Its
 * noun after at most two determiners or modifiers, as the head of the phrase: where one spoke, not
 * what about ("reported on TV ratings", "wrote on the site of the dam", "on air quality" are topics).
 */
function onMedium(doc: SlantDocument, p: number): boolean {
  let n = p + 1;
  while (n < p + 3 && (doc.pos[n] === 'DET' || doc.pos[n] === 'ADJ')) n++;
  const w = doc.lower[n] ?? '';
  // "air" only bare: "on air", not "on the air quality"
  if (!(POST_MEDIA.has(w) || BROADCAST_MEDIA.has(w)) || (w === 'air' && n !== p + 1)) return false;
  return mediumHead(doc, n + 1);
}

/** After a medium noun, what ends its phrase: punctuation or the end, a time word, "that", a preposition other than "of". */
function mediumHead(doc: SlantDocument, a: number): boolean {
  const next = doc.lower[a];
  if (next === undefined || isPunct(doc, a) || isTimeWord(doc, a) || next === 'that') return true;
  return doc.pos[a] === 'ADP' && next !== 'of';
}

/** Words a month's name follows inside a time phrase ("in May", "on March 4", "in early June"). */
const MONTH_LEADS = new Set(['in', 'on', 'early', 'late', 'mid', 'last', 'next', 'this']);

/**
 * Is `j` a capitalised month name behind a time word of the phrase scanned from `from` ("said in
 * May the port …", "said in early March …")? A month read alone may be a name ("said May would …").
 */
function monthAfterLead(doc: SlantDocument, j: number, from: number): boolean {
  return j > from && MONTH_SET.has(doc.lower[j]!) && isCap(doc, j) && MONTH_LEADS.has(doc.lower[j - 1]!);
}

/** Words a place or occasion phrase runs on through ("in a radio interview with the Courier", "at the mayor's office"). */
const SETTING_PHRASE_LINKS = new Set(['of', 'and', 'on', 'in', 'at', 'to', 'for', 'with', 'from', "'s", '’s']);
/** Words after a comma that end a place or occasion phrase before another clause, not the reported one. */
const CLAUSE_AFTER_SETTING = new Set(['but', 'and', 'while', 'though', 'although', 'as', 'so', 'yet', 'according']);
/** A mark that ends a place or occasion phrase with its sentence or clause: `.` `!` `?` `;` `)`. */
const endsSettingPhrase = (v: string) => v === ')' || SENTENCE_OR_CLAUSE_END.has(v);

function skipAdjuncts(doc: SlantDocument, from: number, te: number, lemma: string, takesPreposition = false): number {
  // "..., Mexican officials announced, in a bid to ...": the reported clause came first.
  if (doc.value[from] === ',' && !isQuoteMark(doc, from + 1) && !isCap(doc, from + 1)) return -1;
  let j = from;
  while (j < te && j - from < 6 && (isTimeWord(doc, j) || doc.pos[j] === 'NUM' || monthAfterLead(doc, j, from))) j++;
  // a place or outlet phrase that ends the clause: "writing at the Daily Beacon.", "said in Denver on Monday."
  // (also after a verb that takes a preposition when the phrase names a place, an outlet or a
  // medium: "wrote in the Courier.", "responded in a statement.", "responded on Twitter.", not
  // "wrote about the toll", "commented on the levy")
  // ("said on a radio show.": after a plain speech verb "on" opens a place or medium phrase too;
  // after others it may be the content: "lectured on the topic")
  // (also behind a day: "said Tuesday in Denver.", "said Friday at a rally in Ostia.")
  // (the day loop also steps over "in"/"at": the phrase starts at the first preposition not of a day, "on Tuesday in Ostia")
  // (and, after any verb, a phrase of time or occasion: "argued in interviews.", "chimed in during the hearing.",
  // "proposed in 2013.")
  let p = from;
  while (p < j && !(PLACE_PREPOSITIONS.has(doc.lower[p]!) && !isTimeWord(doc, p + 1))) p++;
  const placePhrase = (takesPreposition ? (doc.lower[p] === 'in' || doc.lower[p] === 'at') && (doc.pos[p + 1] === 'DET' || isCap(doc, p + 1)) : (doc.lower[p] !== 'on' && PLACE_PREPOSITIONS.has(doc.lower[p] ?? '')) || (doc.lower[p] === 'on' && ON_MEDIUM_VERBS.has(lemma))) || (doc.lower[p] === 'on' && onMedium(doc, p)) || occasionPhrase(doc, p);
  if (placePhrase) {
    let e = p + 1;
    // "said in a radio interview with the Courier.": the phrase may run on through a preposition
    // (and over the quoted title of a show or column: "said on Radio Tarnow's “Early Show.”")
    while (e < te && e - p < 12 && (isWordHyphen(doc, e) || (e > p + 1 && isWordHyphen(doc, e - 1)) || doc.pos[e] === 'DET' || doc.pos[e] === 'ADJ' || doc.pos[e] === 'NOUN' || doc.pos[e] === 'PROPN' || doc.pos[e] === 'NUM' || isCap(doc, e) || SETTING_PHRASE_LINKS.has(doc.lower[e]!) || quotedTitleEnd(doc, e, te) > e)) e = Math.max(e + 1, quotedTitleEnd(doc, e, te));
    // (an "on" phrase only when it ends the sentence: "said on CNN, where …, that …" goes on)
    if (e >= te || endsSettingPhrase(doc.value[e]!) || (doc.value[e] === ',' && !isQuoteMark(doc, e + 1) && doc.lower[p] !== 'on' && (p === from || lowerWordAfterComma(doc, e)))) return -1;
  }
  // "said Tuesday in Tarnow the talks will …": a place name behind the preposition ends the phrase
  // before the reported clause's subject
  if (placePhrase && j === p + 1 && isCap(doc, j)) {
    let q = j;
    while (q < te && q - j < 4 && isCap(doc, q) && doc.pos[q] === 'PROPN') q++;
    if (q > j && q < te && (doc.pos[q] === 'DET' || doc.pos[q] === 'PRON') && takesClause(doc, q, te)) return q;
  }
  // "wrote in a note describing the repair.", "said on a show hosted by Berg": behind a preposition the
  // time-word scan stepped over stands its object, never the reported clause (which may follow the phrase)
  if (prepositionObjectAt(doc, j, from, lemma)) return clauseAfterObject(doc, j, te, takesPreposition);
  if (j >= te || endsSettingPhrase(doc.value[j]!)) return -1;
  if (doc.value[j] === ',' && (j + 1 >= te || CLAUSE_AFTER_SETTING.has(doc.lower[j + 1]!))) return -1;
  if (j > from && doc.value[j] === ',') return j + 1;
  // ("told the board in a letter | that was leaked | that …": after an addressee too, a relative clause on the
  // phrase's noun is passed over to the reported clause behind it)
  if (j > from && doc.pos[j] === 'DET' && OBJECT_PREPOSITIONS.has(doc.lower[j - 1]!)) {
    let h = j + 1;
    while (h < te && h - j < 6 && (doc.pos[h] === 'ADJ' || doc.pos[h] === 'NOUN')) h++;
    const relative = h > j + 1 ? relativeOnNounAt(doc, h, te) : -1;
    if (relative >= 0) return relative;
  }
  return j > from && (doc.pos[j] === 'DET' || doc.pos[j] === 'PRON' || isCap(doc, j)) ? j : from;
}

/**
 * Prepositions of place, medium or time whose object the time-word scan may stop at ("in a note",
 * "after the vote"): the ones `TIME_WORDS` steps over ("during", "since", "until" of `occasionPhrase`
 * end the scan as a phrase of their own; "at" and "on" depend on the verb, see below).
 */
const OBJECT_PREPOSITIONS = new Set(['in', 'during', 'after', 'before']);

/**
 * Verbs of committing whose content is an infinitive or a clause, never an "at" phrase: after them
 * "at" opens the occasion ("promised at a rally to end the levy", "vowed at the hearing that …").
 */
const PLEDGE_VERBS = new Set(['promise', 'pledge', 'vow', 'swear', 'threaten']);

/**
 * Does the determiner at `j` open the object of the preposition right before it, which the
 * time-word scan from `from` (right after a verb cue) stepped over? Not after a state ("furious at the
 * company", "confident in the plan", "were upset after the vote": there the object is what the state is about); "at" and "on" only
 * after a plain speech verb, or "on" naming a medium: after others they open the target or topic, which
 * is content ("laughed at the plan", "wrote on the wall collapse").
 */
function prepositionObjectAt(doc: SlantDocument, j: number, from: number, lemma: string): boolean {
  if (j <= from || doc.pos[from - 1] !== 'VERB' || !(doc.pos[j] === 'DET' || POSSESSIVE_DETERMINERS.has(doc.lower[j]!))) return false;
  // (a participle after "be" is a state too: "were upset after the board cut their pay")
  // (the adverb list holds the auxiliaries: "were upset", "have been very upset")
  for (let k = from - 2; k >= 0 && isAdverbLike(doc, k); k--) if (doc.lemma[k] === 'be') return false;
  const p = doc.lower[j - 1]!;
  return OBJECT_PREPOSITIONS.has(p) || ((p === 'at' || p === 'on') && ON_MEDIUM_VERBS.has(lemma)) || (p === 'at' && PLEDGE_VERBS.has(lemma)) || (p === 'on' && onMedium(doc, j - 1));
}

/**
 * Question words that open a reported question right after a noun, never a relative clause on it
 * ("at the gala how …"): `WH` without "that", "which", "who", "whom", "when" and "where", which open
 * a relative clause on the noun ("at the gala where …"), and "if", a condition there ("in a letter if …").
 */
export const PHRASE_QUESTION_WORDS = new Set(['how', 'why', 'whether', 'what']);

/**
 * Behind a preposition's object starting at `j` ("in her column", "after the vote", "on a show hosted
 * by Berg"), where the reported clause starts: a subject right after the phrase's noun or a comma that
 * `takesClause` accepts ("in her column the levy was unfair", "after the vote officials would resign"),
 * the word after a "that" opening a clause, after a colon, or a quotation, "to" and a verb right after
 * the phrase's own noun, or a question word right after the phrase. Failing those, the cue's own
 * complement right after the phrase: a preposition of a verb that takes one (`takesPreposition`:
 * "complained in a letter about the levy") or an object opened by a determiner ("announced after the
 * vote a plan to …"). -1 when none does within 24 tokens: the phrase is all there is.
 */
function clauseAfterObject(doc: SlantDocument, j: number, te: number, takesPreposition: boolean): number {
  // the phrase's own noun run ends at `h` (a bare-plural subject after it is read as part of it here,
  // which only matters for the exits that need the phrase's own noun)
  let h = j + 1;
  while (h < te && h - j < 6 && (doc.pos[h] === 'ADJ' || doc.pos[h] === 'NOUN' || doc.pos[h] === 'PROPN' || doc.pos[h] === 'NUM')) h++;
  for (let q = j + 1; q < te && q - j <= 24; q++) {
    const v = doc.value[q]!;
    if (v === ':') return q + 1 < te ? q + 1 : -1;
    if (doc.lower[q] === 'that' && !isVerb(doc, q + 1) && takesClause(doc, q + 1, te)) return q + 1;
    const edge = doc.value[q - 1] === ',' || doc.pos[q - 1] === 'NOUN' || doc.pos[q - 1] === 'NUM' || doc.pos[q - 1] === 'PROPN';
    // ("in her memoir, “Harbour Days,” that …": a quoted title names the medium)
    const title = quotedTitleEnd(doc, q, te);
    if (title > q) {
      q = title - 1;
      continue;
    }
    // ("promised at a rally to end the levy", "told them at the gala how …", a quotation after the phrase;
    // "to" only after the phrase's own noun: in "announced after the vote a plan to build …" it is the plan's)
    if (edge && (isQuoteMark(doc, q) || (doc.lower[q] === 'to' && doc.pos[q + 1] === 'VERB' && q <= h) || PHRASE_QUESTION_WORDS.has(doc.lower[q]!))) return q;
    // ("said in a letter that was leaked Friday | that …", "at a hearing that ran late | that …": a relative clause on the phrase's noun)
    const relative = relativeOnNounAt(doc, q, te);
    if (relative >= 0) return relative;
    // ("said in a speech | that lasted an hour.": with no second "that", such a relative clause is all that follows the
    // phrase; its "that" is no subject of a reported clause)
    if (relativeAfterNoun(doc, q)) return -1;
    // (a hyphen inside a compound goes on: "in an op-ed that …", "in a follow-up that …")
    if (isPunct(doc, q) && v !== ',' && !isWordHyphen(doc, q)) break;
    // (a bare plural or an adjective opens the clause too when a finite verb follows: "in the report higher levies were likely")
    const subject = doc.pos[q] === 'DET' || doc.pos[q] === 'PRON' || (doc.pos[q] === 'PROPN' && !isCap(doc, q - 1)) || (doc.value[q - 1] !== ',' && (doc.pos[q] === 'NOUN' || doc.pos[q] === 'ADJ') && !isCap(doc, q));
    if (edge && subject && takesClause(doc, q, te)) return q;
  }
  if (h >= te) return -1;
  if (takesPreposition && /^(?:about|against|over)$/.test(doc.lower[h]!) && !isPunct(doc, h + 1)) return h;
  return doc.pos[h] === 'DET' && !isPunct(doc, h + 1) ? h : -1;
}

/**
 * Where the reported clause opens behind a relative clause that a "that" or "which" at `k` opens on the noun right
 * before it ("in an interview | that aired Sunday | that the pier …", "in a letter which was leaked | that …"), or -1.
 * A finite verb follows the relative word (an -ing form after "that" is a gerund subject of the reported clause:
 * "at the meeting that rebuilding the pier is …"), with no second verb or "to" before the second "that".
 */
function relativeOnNounAt(doc: SlantDocument, k: number, te: number): number {
  if (!relativeWordAfterNoun(doc, k, true)) return -1;
  const r = thatBehindRelative(doc, k, te, (t) => takesClause(doc, t, te));
  // (the relative clause is one verb group with adjuncts: a second verb or an infinitive gives it an object, whose
  // noun a second "that" may hang on: "issued a statement that tried to calm the fears that the levy stirred")
  for (let t = k + 2; r >= 0 && t < r - 1; t++) if (doc.lower[t] === 'to' || (isVerb(doc, t) && doc.pos[t - 1] !== 'AUX')) return -1;
  return r;
}

/** Does a "that" or "which" at `k` open a relative clause on the common noun before it: a finite verb right after it? */
function relativeAfterNoun(doc: SlantDocument, k: number): boolean {
  return relativeWordAfterNoun(doc, k, false) && !isTimeWord(doc, k - 1) && isVerb(doc, k + 1);
}

/**
 * The one test of both relative readings above: a "that" or "which" at `k` right after a common noun (or, with
 * `names`, a name) and before no -ing form, which would be a gerund subject of a reported clause ("at the meeting
 * that rebuilding the pier is …").
 */
function relativeWordAfterNoun(doc: SlantDocument, k: number, names: boolean): boolean {
  const low = doc.lower[k];
  const before = doc.pos[k - 1];
  return (low === 'that' || low === 'which') && (before === 'NOUN' || (names && before === 'PROPN')) && !endsWithIng(doc.lower[k + 1]);
}

/** Tags after an -ing form that show it takes an object or a modifier: a verb ("spending the levy"), not a noun. */
const AFTER_ING_VERB_TAGS: ReadonlySet<string> = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'ADV', 'NUM']);

/**
 * Is token `t` a verb of the object's own? A verb or auxiliary, or an -ing form the tagger read as a noun
 * that takes an object or modifier and follows no determiner: a reduced relative or gerund ("a mayor
 * spending the levy", "the idea of taxing boats", "for harvesting early"; not "the meeting", review28 #4).
 */
function objectVerbAt(doc: SlantDocument, t: number): boolean {
  if (isVerb(doc, t)) return true;
  return endsWithIng(doc.lower[t]) && doc.pos[t - 1] !== 'DET' && !isPossessive(doc, t - 1) && AFTER_ING_VERB_TAGS.has(doc.pos[t + 1] ?? '');
}

/** Subordinators before an -ing verb whose adjunct tells how, when or despite what the act was done ("before praising", "by arguing"). */
const ACT_PARTICIPLE_LEADS: ReadonlySet<string> = new Set(['before', 'after', 'without', 'by', 'while', 'despite']);
// (a bit of the word-id record: asked per token of an object)
defineLowerBit(ACT_PARTICIPLE_LEAD_BIT, (w) => ACT_PARTICIPLE_LEADS.has(w));

/**
 * Where content that starts at `a` ends: at the end of its sentence, at a semicolon, at
 * `stop` (the start of the next attribution's clause), and for an object ("criticized the
 * plan, Ruiz said") before a new main clause. A quotation the content enters is taken whole, even
 * past the sentence end when the sentence splitter cut inside it.
 */
export function clauseEnd(doc: SlantDocument, a: number, te: number, stop: number, objectOnly: boolean, quotes: QuoteIndex): number {
  let limit = te;
  let t = a;
  // (how far [a, t) was read for a verb of the object's own, and whether one was found: each token read once)
  let objectReadTo = a;
  let objectHasVerb = false;
  // (brackets opened inside the content: their closing ones are the content's own)
  let opened = 0;
  // (the last aside between two dashes the object went on over: its first and second dash)
  let asideOpen = -1;
  let asideClose = -1;
  // (how far [a, t) was read for a finite verb or a list's comma, and whether one was found: each token read once)
  let finiteReadTo = a;
  let finiteSeen = false;
  for (; t < limit; t++) {
    if (t === stop) break;
    const v = doc.value[t]!;
    // ("endorsed Ruiz before backing Dara", "attacked the council without naming Berg", "distanced itself
    // from the levy by saying …": a subordinator and an -ing verb open an adjunct of the speaker's own act,
    // which is no part of the object; an object with a verb of its own, an infinitive or a relative clause,
    // may hold the adjunct: "decided to balance the board by inviting …", "a mayor who would govern the harbour by dividing it")
    // (asked before the marks' tests, none of which holds for such a word)
    if (objectOnly && t > a && (lowerWordBits(doc, t) & ACT_PARTICIPLE_LEAD_BIT) !== 0 && quotes.inQuote[t]! < 0 && isVerb(doc, t + 1) && endsWithIng(doc.lower[t + 1]!)) {
      for (; !objectHasVerb && objectReadTo < t; objectReadTo++) objectHasVerb = objectVerbAt(doc, objectReadTo);
      if (!objectHasVerb) break;
    }
    // (a token that starts with an ASCII letter or digit is no mark: of the tests below, only those of "and" can end the
    // content there, and the subordinator's above is the one test of a word; most tokens of a content end here)
    if (isAsciiLetterOrDigit(charCodeAt(v, 0)) && v !== 'and') continue;
    if (v === ';') break;
    if (v === '(') opened++;
    // ("(though he backs a new pier) does not fly": a report inside brackets ends at the bracket closing them)
    else if (v === ')' && opened-- === 0 && openedBefore(doc, a)) break;
    // ("denied that, and the crowd cheered": the pronoun object ends the content)
    if (v === ',' && t > a && thatEndsClause(doc, t - 1)) break;
    if (isQuoteMark(doc, t)) {
      const qi = quotes.quoteAtMark.get(doc.start[t]!);
      const q = qi === undefined ? undefined : quotes.quotes[qi];
      if (q && doc.start[t] === q.span.open) {
        if (q.t1 > limit && (stop < 0 || q.t1 <= stop)) {
          // the quotation runs on past the sentence end: take it whole with its closing mark
          limit = Math.min(doc.tokenCount, q.t1 + (q.span.close >= 0 ? 1 : 0));
          const line = doc.lineOf[t];
          while (limit < doc.tokenCount && doc.lineOf[limit] === line && /^[.!?,]$/.test(doc.value[limit]!)) limit++;
        }
        // nothing inside a quotation ends the content: step over it
        if (q.t1 - 1 > t && (stop < 0 || q.t1 <= stop)) t = Math.min(limit, q.t1) - 1;
      } else if (doc.value[t - 1] === ',' && /^(?:but|whereas|yet)$/.test(doc.lower[t + 1] ?? '') && !sameClauseAfterBut(doc, t + 1, objectOnly)) {
        // `were “far too expensive,” but she …`: the comma inside the closing mark ends the clause
        t++;
        break;
      }
      continue;
    }
    if (objectOnly && v === ',' && quotes.inQuote[t]! < 0 && (startsMainClause(doc, t + 1, limit) || /^(?:though|although|whereas)$/.test(doc.lower[t + 1] ?? '') || (doc.lower[t + 1] === 'while' && startsMainClause(doc, t + 2, limit)))) break;
    // "blamed the council for the delay, and she called for an audit": a new subject after ", and"
    // (a pronoun or a name right before its verb, or a noun phrase an article or a possessive opens, "…, and the mayor
    // fired the clerk": not a bare list item inside the object, "…, and Cuban background shaped …")
    if (objectOnly && v === ',' && quotes.inQuote[t]! < 0 && /^(?:and|but|so)$/.test(doc.lower[t + 1] ?? '') && (subjectThenVerb(doc, t + 2, limit) || articleSubjectThenVerb(doc, t + 2, limit))) break;
    // ("praised the board and Ruiz dismissed its critics": the same with no comma, after a lower-case word; after a
    // name or a pronoun the two are one subject: "when Vale and Ruiz argued", "the anger he and Berg voiced")
    if (objectOnly && v === 'and' && t > a && quotes.inQuote[t]! < 0 && !startsJoinedSubject(doc, t - 1) && subjectThenVerb(doc, t + 1, limit)) break;
    // (", but that …", ", but rather …", ", but not …" go on with the same reported clause, and so does a
    // second verb with no subject of its own: "said she wanted change, but found the plan too costly")
    // (a reported clause goes on over ", but" into a clause that reports nothing of its own: "said she would back
    // the plan, but beyond that she does not want to be involved")
    if (v === ',' && quotes.inQuote[t]! < 0 && /^(?:but|whereas|yet)$/.test(doc.lower[t + 1] ?? '') && !sameClauseAfterBut(doc, t + 1, objectOnly) && !(!objectOnly && (quotedWordsAhead(doc, quotes, t + 2, limit) || reportsNothing(doc, t + 2, limit)))) break;
    if ((v === '—' || v === '–') && objectOnly) {
      // ("opposed Vale — a pilot who had flown for the Times — and Ruiz", "backed the levy — a modest one — against
      // the council's wishes": an aside between two dashes inside the object, which goes on behind the second)
      const close = objectAsideEnd(doc, t, limit, stop);
      if (close < 0) break;
      asideOpen = t;
      asideClose = close;
      t = close;
      continue;
    }
    // ("said the hives were empty, a point Berg conceded.": an appositive that sums up the clause closes it)
    if (v === ',' && t > a && quotes.inQuote[t]! < 0 && closingIndefiniteRelative(doc, t + 1, limit)) break;
    // ("agreed to pay the fee, and he put the rest in the fund", "stressed the risk, but the board voted": a content
    // read as a clause that is an infinitive or a noun phrase, with no finite verb of its own, ends before ", and" or
    // ", but" with a clause of its own; a reported clause goes on there, "said the pier was old, and the ferry was late",
    // and so does a list of subjects whose verb comes after its last item, "said the tram, the bus, and the ferry are late")
    if (!objectOnly && v === ',' && t > a && quotes.inQuote[t]! < 0 && (doc.lower[t + 1] === 'and' || doc.lower[t + 1] === 'but') && clauseAfterJoiner(doc, t + 2, limit)) {
      for (; !finiteSeen && finiteReadTo < t; finiteReadTo++) finiteSeen = doc.value[finiteReadTo] === ',' || finiteVerbAt(doc, finiteReadTo, a);
      if (!finiteSeen) break;
    }
    // ("forecast that prices would rise and praised the plan": "praised" is the speaker's own verb)
    if (v === 'and' && t > a && quotes.inQuote[t]! < 0 && speakerPredicateAt(doc, a, t)) break;
  }
  const e = trimBack(doc, t, a);
  // ("praised the levy — a modest one — and the growers' union backed it": nothing behind the second dash was
  // kept, so the aside is no part of the object either: it ends at the first dash, not inside the pair)
  return asideClose >= 0 && e <= asideClose + 1 ? trimBack(doc, asideOpen, a) : e;
}

/**
 * Does a bracket that no closing one follows open before token `a` in its sentence (up to forty
 * tokens back)? Then `a` stands inside the brackets.
 */
function openedBefore(doc: SlantDocument, a: number): boolean {
  const ts = doc.sentences[doc.sentenceOf[a]!]!.tokenStart;
  for (let t = a - 1; t >= ts && a - t <= 40; t--) {
    if (doc.value[t] === ')') return false;
    if (doc.value[t] === '(') return true;
  }
  return false;
}

/** The most tokens an aside between two dashes inside an object may hold. */
const MAX_DASH_ASIDE = 30;

/**
 * An object's aside between two dashes (the first at `t`): where the second dash is when the object goes on
 * behind it with what only continues a noun phrase: a preposition ("— a modest one — against the council's
 * wishes"), a relative pronoun ("— like Vale — who say …") or "and"/"or" joining a second noun phrase
 * ("— a pilot — and Ruiz"); -1 when there is no second dash in the clause (within `MAX_DASH_ASIDE`
 * tokens) or a new clause follows it ("— a modest one — while Ruiz …", "— a novelty — put him …",
 * "— a pilot — and Ruiz said …").
 */
function objectAsideEnd(doc: SlantDocument, t: number, limit: number, stop: number): number {
  let c = t + 1;
  for (; c < limit && c - t <= MAX_DASH_ASIDE; c++) {
    if (c === stop || /^[.;:!?]$/.test(doc.value[c]!)) return -1;
    if (doc.value[c] === '—' || doc.value[c] === '–') break;
  }
  if (c >= limit || c - t > MAX_DASH_ASIDE || c === t + 1) return -1;
  const n = c + 1;
  if (n >= limit || n === stop) return -1;
  const low = doc.lower[n]!;
  if (doc.pos[n] === 'ADP' && low !== 'to' && !CLAUSE_CONJUNCTIONS.has(low) && !subjectThenVerb(doc, n + 1, limit) && !startsMainClause(doc, n + 1, limit)) return c;
  if (WH_RELATIVES.has(low)) return c;
  if ((low === 'and' || low === 'or') && /^(?:DET|NOUN|PROPN|ADJ|NUM)$/.test(doc.pos[n + 1] ?? '') && !subjectThenVerb(doc, n + 1, limit) && !startsMainClause(doc, n + 1, limit) && !nounPhraseThenVerb(doc, n + 1, limit)) return c;
  return -1;
}

/** The most words of a noun phrase, or of its appositive, that `nounPhraseThenVerb` reads. */
const MAX_JOINED_PHRASE = 8;

/** A word of a noun phrase: determiner, adjective, number, noun, name, possessive determiner or possessive mark. */
const nounPhraseWord = (doc: SlantDocument, k: number) => NOUN_PHRASE_TAGS.has(doc.pos[k]!) || POSSESSIVE_DETERMINERS.has(doc.lower[k]!) || isPossessive(doc, k);

/**
 * A subject noun phrase and its finite verb from `a`, which opens a new clause after "and"/"or": "many growers
 * quickly agreed", "several of the growers agreed", "the growers' union backed", with an appositive set off by
 * commas ("Ruiz, the mayor, agreed", "the new mayor, Ruiz, called"). A phrase with no verb behind it ("… — and
 * Ruiz.") is a second object. Bounded by `MAX_JOINED_PHRASE` words per phrase.
 */
export function nounPhraseThenVerb(doc: SlantDocument, a: number, te: number): boolean {
  let t = a;
  if (QUANTIFIERS_OF.has(doc.lower[t]!) && doc.lower[t + 1] === 'of') t += 2;
  const s = t;
  while (t < te && t - s < MAX_JOINED_PHRASE && nounPhraseWord(doc, t)) t++;
  if (t === s) return false;
  if (doc.value[t] === ',') {
    const s2 = t + 1;
    let k = s2;
    while (k < te && k - s2 < MAX_JOINED_PHRASE && nounPhraseWord(doc, k)) k++;
    if (k === s2 || doc.value[k] !== ',') return false;
    t = k + 1;
  }
  while (t < te && isAdverbLike(doc, t) && doc.pos[t] !== 'AUX') t++;
  return t < te && isVerb(doc, t) && !endsWithIng(doc.lower[t]);
}

/**
 * `said the plan was costly, but the council was “out of touch”`: the speaker's own words quoted in
 * the clause after the conjunction show that the report goes on there. A quotation opening inside
 * that clause (not at its start, which is a quotation of its own) before its end; at most 40 tokens.
 */
function quotedWordsAhead(doc: SlantDocument, quotes: QuoteIndex, a: number, limit: number): boolean {
  for (let t = a; t < limit && t - a < 40; t++) {
    if (/^[;.!?:]$/.test(doc.value[t]!)) return false;
    if (!isQuoteMark(doc, t)) continue;
    const qi = quotes.quoteAtMark.get(doc.start[t]!);
    return t > a && qi !== undefined && quotes.quotes[qi]!.partial && doc.start[t] === quotes.quotes[qi]!.span.open;
  }
  return false;
}

/** Verbs of saying and thinking that give a clause after ", but" a report of its own ("but engineers disagreed"). */
const OWN_REPORT = new Set(['say', 'add', 'tell', 'write', 'argue', 'note', 'disagree', 'agree', 'counter', 'insist', 'respond', 'reply', 'warn', 'believe', 'think', 'claim', 'contend', 'object', 'dispute', 'suggest', 'predict', 'deny', 'doubt', 'fear', 'worry', 'feel', 'question', 'ask', 'complain', 'point', 'acknowledge', 'admit', 'concede', 'caution', 'criticize', 'criticise', 'call', 'report', 'show', 'find']);

/**
 * Is the clause from `a` (up to the end of its sentence, a semicolon or 40 tokens) one that reports
 * nothing of its own: no quotation mark, no colon and no verb of saying or thinking?
 */
function reportsNothing(doc: SlantDocument, a: number, limit: number): boolean {
  let t = a;
  for (; t < limit && t - a < 40; t++) {
    if (/^[;.!?]$/.test(doc.value[t]!)) break;
    if (isQuoteMark(doc, t) || doc.value[t] === ':' || (isVerb(doc, t) && OWN_REPORT.has(doc.lemma[t]!))) return false;
  }
  return t - a >= 3;
}

/**
 * ", but that …", ", but rather …", ", but not …", ", but also …" go on with the same reported
 * clause, and so does a second verb with no subject of its own ("said she wanted change, but found
 * the plan too costly"); `k` is the conjunction. Also behind a closing mark: `are “right,” but also …`.
 */
function sameClauseAfterBut(doc: SlantDocument, k: number, objectOnly: boolean): boolean {
  if (/^(?:that|rather|also|not)$/.test(doc.lower[k + 1] ?? '')) return true;
  return !objectOnly && doc.lower[k] === 'but' && isVerb(doc, k + 1) && !endsWithIng(doc.lower[k + 1]!);
}

/**
 * Does an appositive set off by a comma after the object end with its noun right before `j` ("Berg, the pilot|",
 * "the plan, a levy|")? A determiner or possessive after the comma, then adjectives, numbers and nouns; the comma
 * after `from`. A "that" there opens a relative clause on that noun, not a reported clause: an appositive is no
 * cue's addressee or topic.
 */
function appositiveNounBefore(doc: SlantDocument, from: number, j: number): boolean {
  if (doc.pos[j - 1] !== 'NOUN') return false;
  let k = j - 2;
  while (k > from && (doc.pos[k] === 'ADJ' || doc.pos[k] === 'NOUN' || doc.pos[k] === 'NUM')) k--;
  return k - 1 > from && (ARTICLES.has(doc.lower[k]!) || POSSESSIVE_DETERMINERS.has(doc.lower[k]!)) && doc.value[k - 1] === ',' && (doc.pos[k - 2] === 'PROPN' || doc.pos[k - 2] === 'NOUN');
}

/** Words that open a relative clause on the noun before them ("a county where …", "the aide who …"); "that" apart. */
const NOUN_RELATIVES = wordSet([...RELATIVE_PRONOUNS], ['where']);

/**
 * Does a relative clause on the noun before `t` open at `t`: "who", "which", "whose", "where", or
 * "that" right before its verb ("a rule that bans …"; not "the claim that he …", a cue noun's clause),
 * or an object relative "that" with a subject of its own ("the pilot that Ruiz hired, …")?
 */
function nounRelativeAt(doc: SlantDocument, t: number, te: number): boolean {
  if (!(doc.pos[t - 1] === 'NOUN' || doc.pos[t - 1] === 'PROPN')) return false;
  const low = doc.lower[t]!;
  return NOUN_RELATIVES.has(low) || (low === 'that' && (doc.pos[t + 1] === 'VERB' || doc.pos[t + 1] === 'AUX' || objectGapAfter(doc, t + 1, te)));
}

/**
 * "that Ruiz hired, …", "that she opposed in May": a pronoun or a name of at most three words, a verb (behind
 * an auxiliary or an adverb) and no object after it — the gap of an object relative. A verb with words of its
 * own after it opens a clause ("the admission that he was …", "an event that Berg says led …"), which
 * `startsMainClause` keeps apart. With `markOnly`, the verb must stand right before a mark.
 */
function objectGapAfter(doc: SlantDocument, a: number, te: number, markOnly = false): boolean {
  let t = a;
  if (doc.pos[t] === 'PRON' && PERSONAL_SUBJECT_PRONOUNS.has(doc.lower[t]!)) t++;
  else while (t < te && t - a < 3 && doc.pos[t] === 'PROPN') t++;
  if (t === a) return false;
  if (doc.pos[t] === 'AUX' || doc.pos[t] === 'ADV') t++;
  if (t >= te || !isVerb(doc, t) || endsWithIng(doc.lower[t]!)) return false;
  return t + 1 >= te || (isPunct(doc, t + 1) && !isQuoteMark(doc, t + 1)) || (!markOnly && doc.pos[t + 1] === 'ADP');
}

/**
 * A subject and its finite verb right after a comma: "..., Ruiz points to". Not an appositive opened by
 * an article whose verb is its relative clause's: "praised Berg, the pilot who closed the pier" describes
 * the object, which goes on (a bare plural there may be a list of its own: "…, growers who fear …").
 */
function startsMainClause(doc: SlantDocument, a: number, te: number): boolean {
  const p = doc.pos[a];
  if (!(p === 'PROPN' || p === 'PRON' || p === 'DET' || p === 'NOUN')) return false;
  if (p === 'PRON' && !/^(?:he|she|they|it|we|i|you)$/.test(doc.lower[a]!)) return false;
  const appositive = ARTICLES.has(doc.lower[a]!);
  let joined = false;
  for (let t = a + 1; t < te && t < a + 9; t++) {
    if (isPunct(doc, t)) return false;
    if (appositive && nounRelativeAt(doc, t, te)) return false;
    // ("praised Berg, the pilot Ruiz hired, for …": a zero object relative on the appositive's noun, its verb right
    // before a mark; with a phrase after the verb a clause may go on from it: "…, a plan Ruiz drew up when …")
    if (appositive && doc.pos[t - 1] === 'NOUN' && objectGapAfter(doc, t, te, true)) return false;
    if (doc.lower[t] === 'and' || doc.lower[t] === 'or') joined = true;
    // (an infinitive after a list's last item is no clause's finite verb: "asked Ruiz, Berg and Tarn to search …"
    // names who is asked)
    if (isVerb(doc, t) && !doc.lower[t]!.endsWith('ing') && !(joined && doc.lower[t - 1] === 'to')) return true;
  }
  return false;
}

/**
 * Is token `t` of a content from `a` a finite verb: a verb or auxiliary that is no -ing form and no
 * infinitive ("to pay", "to be")? A participle after a noun counts ("the fee owed"): it may be a clause's.
 */
function finiteVerbAt(doc: SlantDocument, t: number, a: number): boolean {
  return isVerb(doc, t) && !endsWithIng(doc.lower[t]!) && !(t > a && doc.lower[t - 1] === 'to');
}

/**
 * A clause of its own after a joining word at `k`: a personal pronoun or a name and its verb ("he put", "Berg
 * has called"), "it" and its verb ("it was fixed"), or a noun phrase that an article or a possessive opens and its
 * finite verb (`articleSubjectThenVerb`); not a list's last item ("fees, taxes, and other costs").
 */
function clauseAfterJoiner(doc: SlantDocument, k: number, te: number): boolean {
  return subjectThenVerb(doc, k, te) || (doc.lower[k] === 'it' && k + 1 < te && isVerb(doc, k + 1) && !endsWithIng(doc.lower[k + 1]!)) || articleSubjectThenVerb(doc, k, te);
}

/** A noun phrase opened by an article or a possessive, then its finite verb: "the board voted", "its fund has grown". */
function articleSubjectThenVerb(doc: SlantDocument, k: number, te: number): boolean {
  return (ARTICLES.has(doc.lower[k] ?? '') || POSSESSIVE_DETERMINERS.has(doc.lower[k] ?? '')) && nounPhraseThenVerb(doc, k, te);
}

/** A personal pronoun or a name, then (behind auxiliaries and adverbs) its verb: "she responded", "Berg has called". */
export function subjectThenVerb(doc: SlantDocument, a: number, te: number): boolean {
  let t = a;
  if (PERSONAL_SUBJECT_PRONOUNS.has(doc.lower[t] ?? '')) t++;
  else while (t < te && t - a < 4 && doc.pos[t] === 'PROPN') t++;
  if (t === a) return false;
  while (t < te && isAdverbLike(doc, t) && doc.pos[t] !== 'AUX') t++;
  return t < te && isVerb(doc, t) && !doc.lower[t]!.endsWith('ing');
}

/** Can the word at `t`, before "and", be the first of two joined subjects (a capitalised word, a name or a pronoun)? */
export function startsJoinedSubject(doc: SlantDocument, t: number): boolean {
  return isCap(doc, t) || doc.pos[t] === 'PROPN' || doc.pos[t] === 'PRON';
}

/** Joining words a content does not end with (`trimBack`). */
// ("praised the council because, he said, …": a subordinator a parenthetical tag cut off ends no content)
const TRAILING_JOINERS = new Set(['and', 'but', 'or', 'while', 'as', 'because', 'although', 'whereas', 'unless']);
// (bits of the word-id record: `trimBack` and `trimFront` ask them per token they pass)
defineLowerBit(TRAILING_JOINER_BIT, (w) => TRAILING_JOINERS.has(w));
defineLowerBit(JOINING_CONJUNCTION_BIT, (w) => JOINING_CONJUNCTIONS.has(w));

/** The most tokens `openingBracketIn` reads back for the opening bracket of a closing one. */
const MAX_BRACKET_BACK = 400;

/** Is there an opening bracket in [a, b), within `MAX_BRACKET_BACK` tokens before `b`? */
function openingBracketIn(doc: SlantDocument, a: number, b: number): boolean {
  for (let t = b - 1; t >= a && b - t <= MAX_BRACKET_BACK; t--) if (doc.value[t] === '(') return true;
  return false;
}

/** Drops trailing punctuation and joining words, keeping a closing quotation mark (and a bracket opened in the content). */
export function trimBack(doc: SlantDocument, b: number, a: number): number {
  let e = b;
  while (e > a && ((isPunct(doc, e - 1) && !isQuoteMark(doc, e - 1) && doc.value[e - 1] !== ')' && !POSSESSIVE_MARKS.has(doc.value[e - 1]!)) || (lowerWordBits(doc, e - 1) & TRAILING_JOINER_BIT) !== 0)) e--;
  // ("(That said, Vale still backed it.)": a closing bracket whose opening one is not in the content goes too,
  // with the marks before it)
  if (e > a && doc.value[e - 1] === ')' && !openingBracketIn(doc, a, e - 1)) {
    e--;
    while (e > a && ((isPunct(doc, e - 1) && !isQuoteMark(doc, e - 1) && doc.value[e - 1] !== ')' && !POSSESSIVE_MARKS.has(doc.value[e - 1]!)) || (lowerWordBits(doc, e - 1) & TRAILING_JOINER_BIT) !== 0)) e--;
  }
  // a closing quotation mark without its opening one in the content is dropped too (marks are
  // counted whole)
  if (e > a && isQuoteMark(doc, e - 1)) {
    const close = Math.max(a, e - 1);
    let open = false;
    for (let t = Math.max(a, e - 400); t < close; t++) if (isQuoteMark(doc, t)) open = !open;
    if (!open) {
      e = close;
      while (e > a && isPunct(doc, e - 1) && !isQuoteMark(doc, e - 1)) e--;
    }
  }
  return e;
}

/** No words to skip beyond the joining conjunctions. */
const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * Drops leading punctuation and joining words ("But", "and") at the start of a content or
 * clause; `also` are more words a caller's clause may open with ("now", "even").
 */
export function trimFront(doc: SlantDocument, a: number, b: number, also: ReadonlySet<string> = NO_WORDS): number {
  let s = a;
  while (s < b && ((isPunct(doc, s) && !isQuoteMark(doc, s) && doc.value[s] !== '(') || (lowerWordBits(doc, s) & JOINING_CONJUNCTION_BIT) !== 0 || (also !== NO_WORDS && also.has(doc.lower[s]!)))) s++;
  return s;
}

/** The token range of content before a cue: from `from` to the comma or quotation mark before `to`. */
export function contentBefore(doc: SlantDocument, from: number, to: number): TokenRange | null {
  const a = trimFront(doc, from, to);
  const b = trimBack(doc, to, a);
  return b > a ? { a, b } : null;
}

/**
 * Where content before a cue starts when its sentence begins inside a quotation opened in an
 * earlier sentence of the same paragraph (`Instead, Ruiz “is taking a shortcut. Sadly, … ,” Berg
 * wrote.`): at the start of the sentence that opens the quotation. Otherwise `from` unchanged.
 */
export function backToQuoteOpening(doc: SlantDocument, quotes: QuoteIndex, claimed: (qi: number) => boolean, from: number): number {
  const qi = quotes.inQuote[from] ?? -1;
  if (qi < 0 || claimed(qi)) return from;
  const open = quotes.quotes[qi]!.t0 - 1;
  if (open < 0 || open >= from || doc.lineOf[open] !== doc.lineOf[from]) return from;
  return doc.sentences[doc.sentenceOf[open]!]!.tokenStart;
}

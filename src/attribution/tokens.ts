import type { SlantDocument } from '../document/readDocument.js';
import { endsWithLetterOrDigit, hasNoLetterOrDigit } from '../document/letterRuns.js';
import { charCodeAt } from '../document/charCodes.js';
import { defineLowerBit, lowerWordBits } from '../document/lowerWordBits.js';
import { ADVERB_BIT, NOT_ADVERB_BIT } from '../document/lowerWordBitNumbers.js';
import { OPENING_TIME_MODIFIERS } from './timeWords.js';

/** Small token predicates shared by the attribution stage. */

/**
 * Starts with an upper-case letter (`/^\p{Lu}/u` of the value): the document's `cap` column, filled
 * once per token when it is read (a char-code read per ask, on values of many string
 * representations, cost ≈ a fifth of `tokenFlags`' loop: perf63, perf66). False past the end.
 */
export const isCap = (doc: SlantDocument, k: number) => doc.cap[k] === 1;
/**
 * Adjectives of newness, persistence, temper or doubtful truth that the tagger often reads as a noun or a
 * name before a reporting noun ("Fresh doubts about", "the unmet promises of", "Angry protests over", "Vague
 * claims that"); none of them is a subject on its own (so not "sharp" or "wild", which are also surnames).
 * (Participles, "renewed calls", are read as modifiers elsewhere.)
 */
export const MISTAGGED_ADJECTIVES: ReadonlySet<string> = new Set(['new', 'fresh', 'unmet', 'unfulfilled', 'persistent', 'widespread', 'bold', 'angry', 'harsh', 'vague', 'false', 'baseless', 'unfounded', 'unproven', 'unsubstantiated', 'misleading', 'dire', 'stark']);

/**
 * "New claims that …", "Angry protests over …": one of MISTAGGED_ADJECTIVES opening the sentence at `t`
 * before the plural noun after it, which it modifies; the tagger reads it as a name or a noun, so a
 * subject search would take it for the speaker and the plural for a verb ("Vale claims that").
 */
export function openingAdjectiveBeforePlural(doc: SlantDocument, t: number): boolean {
  return MISTAGGED_ADJECTIVES.has(doc.lower[t] ?? '') && isCap(doc, t) && doc.pos[t + 1] === 'NOUN' && /[^su]s$/.test(doc.lower[t + 1]!) && doc.sentences[doc.sentenceOf[t]!]!.tokenStart === t;
}
/** An ASCII letter or digit by char code: a token value opening with one is a word, no mark (most tokens). */
export const isAsciiLetterOrDigit = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
/**
 * Is `w` the plural of a noun made from a verb by "-ing" or "-ation" ("warnings", "findings", "accusations"),
 * a form no English verb has? Not a short verb in "-ings" ("brings", "springs": no vowel before the
 * ending) nor "-ations" after fewer than three letters ("stations", "rations").
 */
export function pluralOfNounOnly(w: string): boolean {
  const n = w.length;
  if (n > 8 && w.endsWith('ations')) return true;
  if (n < 6 || !w.endsWith('ings')) return false;
  for (let i = 0; i < n - 4; i++) if (VOWELS.has(w[i]!)) return true;
  return false;
}
const VOWELS: ReadonlySet<string> = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
/** Punctuation: a `punctuation` token, or any value without a letter or digit. */
export const isPunct = (doc: SlantDocument, k: number) => {
  if (doc.type[k] === 'punctuation') return true;
  const v = doc.value[k];
  if (v === undefined) return false;
  // A value opening with an ASCII letter or digit (most tokens) answers by one char code: no
  // `hasNoLetterOrDigit` call, whose `length` read is a megamorphic load per token (perf40).
  if (isAsciiLetterOrDigit(charCodeAt(v, 0))) return false;
  return hasNoLetterOrDigit(v);
};
/** The base set of marks that end a sentence or a clause of its own: `.` `;` `:` `!` `?`; the other mark sets are built from it. */
export const CLAUSE_END_MARKS: ReadonlySet<string> = new Set(['.', ';', ':', '!', '?']);
/** A mark that ends a sentence or a clause of its own: `.` `;` `:` `!` `?` (a Set test: these scans run per token). */
export const isClauseEndMark = (doc: SlantDocument, k: number) => CLAUSE_END_MARKS.has(doc.value[k] ?? '');
/** Marks that end a sentence or a clause of its own, the colon aside: `.` `!` `?` `;` (a Set, for scans that run per token). */
export const SENTENCE_OR_CLAUSE_END: ReadonlySet<string> = new Set([...CLAUSE_END_MARKS].filter((m) => m !== ':'));
/**
 * A quotation mark by char code: " “ ” „ « » ‘ ’ ' ‹ › ` (compares, not a regex run: `isQuoteMark` runs per token).
 * (ASCII first, three compares for most tokens: the switch this replaces was compiled as a chain of its twelve cases)
 */
const isQuoteChar = (c: number) =>
  c < 128 ? c === 34 || c === 39 || c === 96 : c === 171 || c === 187 || (c >= 8216 && c <= 8250 && (c <= 8217 || (c >= 8220 && c <= 8222) || c >= 8249));
/** One or two quotation marks (as `/^["“”„«»‘’'‹›`]{1,2}$/`, by char code). */
export const isQuoteMark = (doc: SlantDocument, k: number) => {
  const v = doc.value[k];
  if (v === undefined || !isQuoteChar(charCodeAt(v, 0))) return false;
  // the length by char codes (NaN past the end), not `v.length`: a megamorphic load per token (perf36)
  const second = charCodeAt(v, 1);
  if (Number.isNaN(second)) return true;
  return isQuoteChar(second) && Number.isNaN(charCodeAt(v, 2));
};
/** A closing quotation mark at token `k` with a comma inside it: `,”` or `,''` (one token, see `doubledApostrophes.ts`). */
export const commaInsideMark = (doc: SlantDocument, k: number) => isQuoteMark(doc, k) && doc.value[k - 1] === ',';
/**
 * The closing mark of a short quotation opened at `open`: the first quotation mark after it at
 * most `most` tokens on and before `end`, or -1. With `stop`, a token before that mark for which
 * it holds ends the search with -1 (a word a title may not hold, a sentence end, a line break).
 */
export function closingMarkWithin(doc: SlantDocument, open: number, most: number, end: number, stop?: (t: number) => boolean): number {
  for (let t = open + 1; t < end && t - open <= most; t++) {
    if (isQuoteMark(doc, t)) return t;
    if (stop?.(t)) return -1;
  }
  return -1;
}
/** The possessive endings as tokens (a Set, not a regex literal: these tests run per token). */
export const POSSESSIVE_MARKS = new Set(["'", '’', "'s", '’s']);
/** "’s" or a bare apostrophe glued to a word ("Ruiz’s", "voters’"), not a quotation mark after punctuation. */
// (the first code unit first, an apostrophe: most tokens then cost no lookup)
export const isPossessive = (doc: SlantDocument, k: number) => startsWithApostrophe(doc.value[k] ?? '') && POSSESSIVE_MARKS.has(doc.value[k]!) && k > 0 && doc.start[k] === doc.end[k - 1] && endsWithLetterOrDigit(doc.value[k - 1] ?? '');
/**
 * The opening mark of a short quoted name that a possessive "’s" at `k` is glued to ("The “Harbour
 * Post”’s editor", "The ''Harbour Post'''s editor"): the name is what owns the noun after it; -1
 * when `k` is no "’s" right after a closing mark, or the quotation opens before `min`, runs over
 * 8 tokens, or holds punctuation (then it is quoted speech, not a name).
 */
export function quotedNameBeforePossessive(doc: SlantDocument, k: number, min: number): number {
  const v = doc.value[k];
  if ((v !== "'s" && v !== '’s') || k < 1 || !isQuoteMark(doc, k - 1) || doc.start[k] !== doc.end[k - 1]) return -1;
  for (let o = k - 2; o >= min && k - 1 - o <= 9; o--) {
    if (isQuoteMark(doc, o)) return o < k - 2 ? o : -1;
    if (isPunct(doc, o)) return -1;
  }
  return -1;
}
/**
 * -s forms of reporting verbs that are no plural noun ("Another ranking says …", where the tagger
 * read "ranking" as an adjective): they stay verbs. Forms that are nouns too ("claims", "calls",
 * "reports", "demands", "notes", "replies", "estimates") are not listed.
 */
const NEVER_PLURAL_NOUNS = new Set([
  'says', 'argues', 'insists', 'believes', 'thinks', 'adds', 'explains', 'suggests', 'tells', 'admits', 'acknowledges',
  'contends', 'maintains', 'asserts', 'predicts', 'confirms', 'reveals', 'announces', 'declares', 'agrees', 'concludes',
  'concedes', 'emphasizes', 'emphasises', 'observes', 'complains', 'alleges', 'accuses', 'denies', 'recounts', 'writes',
  'warns', 'finds', 'indicates',
]);

/** A name-like form with a plural ending, not "-ss", "-us" or "-is" (hoisted: tested per token). */
const PLURAL_NAME_ENDING = /(?:[^sui'’]s|men|children)$/;
/**
 * Word endings by char code, for tests that scans run per token: a regex literal (`/ing$/`) is a
 * new object at each evaluation plus a regex run, ≈ 200 instructions against a few here.
 */
export const endsWithIng = (w: string | undefined) => {
  if (w === undefined) return false;
  // Each ending test reads `w.length` once: words come in many string representations, and
  // each `length` read is a megamorphic load (perf39).
  const n = w.length;
  return charCodeAt(w, n - 1) === 103 && charCodeAt(w, n - 2) === 110 && charCodeAt(w, n - 3) === 105;
};
/** Ends in "ed" (by char code, see `endsWithIng`). */
export const endsWithEd = (w: string) => {
  const n = w.length;
  return charCodeAt(w, n - 1) === 100 && charCodeAt(w, n - 2) === 101;
};
/** Ends in "ing" or "ed", as `/(?:ing|ed)$/` (by char code, see `endsWithIng`): an -ing form or a past. */
export const endsWithIngOrEd = (w: string) => {
  const n = w.length;
  const last = charCodeAt(w, n - 1);
  if (last === 100) return charCodeAt(w, n - 2) === 101;
  return last === 103 && charCodeAt(w, n - 2) === 110 && charCodeAt(w, n - 3) === 105;
};
/** An "-ed" ending after a letter other than "e" ("renewed", "demurred"; not "agreed", "freed"), as `/[^e]ed$/` by char code. */
export const endsWithPlainEd = (w: string) => {
  const n = w.length;
  return n > 2 && charCodeAt(w, n - 1) === 100 && charCodeAt(w, n - 2) === 101 && charCodeAt(w, n - 3) !== 101;
};
/** Ends in "ed" or "en", a participle's endings (by char code, see `endsWithIng`). */
export const endsWithEdOrEn = (w: string) => {
  const n = w.length;
  const last = charCodeAt(w, n - 1);
  return (last === 100 || last === 110) && charCodeAt(w, n - 2) === 101;
};
/** Past participles with no "-ed"/"-en" ending ("made", "held", "told"). */
const PAST_PARTICIPLE_IRREGULAR: ReadonlySet<string> = new Set(['said', 'told', 'thought', 'known', 'seen', 'heard', 'found', 'shown', 'written', 'felt', 'understood', 'taught', 'read', 'meant', 'held', 'made', 'given', 'taken', 'spoken', 'sworn', 'forgotten', 'sent', 'brought', 'built', 'bought', 'paid', 'sold', 'kept', 'drawn', 'driven', 'chosen', 'won', 'lent', 'caught']);
/** Can the lower-case word `w` be a past participle by its form ("-ed", "-en" or an irregular one: "passed", "taken", "made")? */
export const isParticipleForm = (w: string) => endsWithEdOrEn(w) || PAST_PARTICIPLE_IRREGULAR.has(w);
/** An -s ending that is no "-ss" or possessive ("says", "praises"; not "press", "Ruiz's"), as `/[^s']s$/` by char code. */
export const endsWithPlainS = (w: string | undefined) => {
  if (w === undefined || w.length < 2 || charCodeAt(w, w.length - 1) !== 115) return false;
  const before = charCodeAt(w, w.length - 2);
  return before !== 115 && before !== 39;
};
/** `w.replace(/[’']s$/, '')` without a regex: most words end in no possessive. */
export function withoutPossessive(w: string): string {
  const n = w.length;
  if (n < 2 || charCodeAt(w, n - 1) !== 115) return w;
  const a = charCodeAt(w, n - 2);
  return a === 39 || a === 0x2019 ? w.slice(0, n - 2) : w;
}
/** A word of `min` to `max` ASCII digits, as `/^\d{min,max}$/` (by char code, see `endsWithIng`): a year, a day. */
export const isDigitRun = (w: string | undefined, min: number, max: number) => {
  if (w === undefined || w.length < min || w.length > max) return false;
  for (let i = 0, len = w.length; i < len; i++) {
    const c = charCodeAt(w, i);
    if (c < 48 || c > 57) return false;
  }
  return true;
};
/** The -s forms of "be", "have" and "do": never plural nouns. */
const S_FORM_AUXILIARIES = new Set(['is', 'has', 'does', 'was']);

/** Plurals whose lemma the tagger leaves as the form ("people", "police"). */
const UNMARKED_PLURALS = new Set(['people', 'police']);

/**
 * Is the noun at `k` plural? By its lemma where the tagger gives one ("levies" → "levy", "children",
 * "men"; "crisis", "news", "series" keep theirs); a word read as a name because it opens the
 * sentence ("Officials …", "Children …") by its ending, not "-ss", "-us" or "-is".
 */
export function isPluralNoun(doc: SlantDocument, k: number): boolean {
  const low = doc.lower[k] ?? '';
  if (UNMARKED_PLURALS.has(low)) return true;
  if (doc.pos[k] === 'PROPN') return PLURAL_NAME_ENDING.test(low);
  return doc.pos[k] === 'NOUN' && doc.lemma[k] !== low;
}

/**
 * A word tagged as a verb in the -s form that may be a plural noun ("calls", "demands",
 * "claims", "warnings" read as verbs) or a noun in -s ("focus"): not a form of "be", "have" or
 * "do", not a verb that is never a noun ("says", "argues"). Whether it is one depends on what stands before it: see
 * `pluralTaggedAsVerb` (nounCues.ts) and `attributiveParticiple`.
 */
export const sFormMaybePlural = (doc: SlantDocument, t: number) => {
  if (doc.pos[t] !== 'VERB') return false;
  const low = doc.lower[t]!;
  return endsWithPlainS(low) && !S_FORM_AUXILIARIES.has(low) && !NEVER_PLURAL_NOUNS.has(low);
};
/**
 * "There were polls that …", "the surveys that …": an -s form the tagger read as a verb right after a
 * form of "be" or "the" is a plural noun (a verb in -s never follows either).
 */
export const pluralAfterBeOrThe = (doc: SlantDocument, s: number) => sFormMaybePlural(doc, s) && (BE_FORMS.has(doc.lower[s - 1] ?? '') || doc.lower[s - 1] === 'the');
/**
 * The first word of a compound noun that is a verb form, "think tank(s)" ("a centrist think
 * tank"; the tagger reads "think" as a verb): a noun, never a verb. (Two string comparisons:
 * `isVerb` is called on every verb of every scan.)
 */
export const isCompoundHead = (doc: SlantDocument, k: number) => {
  const next = doc.lower[k + 1];
  return (next === 'tank' || next === 'tanks') && doc.lower[k] === 'think';
};
/** The three articles proper (a time phrase's "the next day", a noun cue's "the announcement"). */
export const PLAIN_ARTICLES = new Set(['the', 'a', 'an']);
/** Articles that open a noun phrase and are never a subject themselves (not "each": "they each say" floats after its subject). */
export const ARTICLES = new Set(['a', 'an', 'the', 'another', 'every']);

/** Tags of the words of a noun phrase up to its head ("both harbour", "three senior", "more out-of-town students"). */
export const NOUN_PHRASE_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
/**
 * The same without numbers: tags that continue a noun phrase back to its determiner (an owner's phrase before its
 * "’s", "the harbour board’s | lawyer"; a noun phrase before a word the tagger read as a verb, "the orchard | suspect").
 */
export const NOUN_PHRASE_WORD_TAGS: ReadonlySet<string> = new Set([...NOUN_PHRASE_TAGS].filter((tag) => tag !== 'NUM'));

/** -ing forms that work as prepositions, opening a phrase with no subject of its own ("Following the vote, …"). */
export const ING_PREPOSITIONS: ReadonlySet<string> = new Set(['following', 'including', 'regarding', 'concerning', 'considering', 'excluding', 'barring', 'pending']);
/**
 * A noun the tagger read as a base-form verb right after an article, directly or over one adverb
 * or adjective: "An earlier report in the Gazette said …", or right after a preposition: "a tax on hope".
 * An article is no subject, so the word is the noun it opens ("the recently cited report" keeps its participle: only the bare form).
 * Likewise right after a possessive "'s" ("followed Okafor's lead, saying …"): a possessive is no
 * subject either (the tagger reads a contracted "is" or "has" as an auxiliary, not as this particle).
 */
export const isNounAfterArticle = (doc: SlantDocument, k: number) => {
  if (doc.pos[k] !== 'VERB' || doc.lower[k] !== doc.lemma[k]) return false;
  if (doc.pos[k - 1] === 'PART' && POSSESSIVE_S.has(doc.lower[k - 1] ?? '')) return true;
  // ("a tax on hope", "curbs on hate speech": right after a preposition, which takes a noun or a gerund, never a
  // bare verb; "rather than hope", "cannot but hope", "as hope fades" keep theirs)
  if (followsPrepositionAsNoun(doc, k)) return true;
  const j = doc.pos[k - 1] === 'ADV' || doc.pos[k - 1] === 'ADJ' ? k - 2 : k - 1;
  return j >= 0 && doc.sentenceOf[j] === doc.sentenceOf[k] && ARTICLES.has(doc.lower[j] ?? '');
};
/**
 * The preposition case of {@link isNounAfterArticle}: a bare form the tagger read as a verb right after a
 * preposition other than "to/than/but/as…" ("a tax on hope"). Exported apart because the noun it makes is
 * headline shorthand when a to-infinitive follows ("Vale in push to secure votes"), which reports nothing.
 */
export const followsPrepositionAsNoun = (doc: SlantDocument, k: number) =>
  doc.pos[k] === 'VERB' && doc.lower[k] === doc.lemma[k] && doc.pos[k - 1] === 'ADP' && !BARE_VERB_PREPOSITIONS.has(doc.lower[k - 1]!) && !endsWithIng(doc.lower[k]!) && doc.sentenceOf[k - 1] === doc.sentenceOf[k];
/** Words tagged as prepositions that a bare verb may follow: "to hope", "than hope", "but hope", "as Vale hoped"… */
const BARE_VERB_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'than', 'but', 'except', 'that', 'as', 'like', 'if', 'so', 'because', 'while', 'whether', 'save']);
/** The possessive ending "'s" as its own token, straight or curly: the marks but a bare apostrophe (the plural "growers'" is no "'s" particle). */
const POSSESSIVE_S: ReadonlySet<string> = new Set([...POSSESSIVE_MARKS].filter((m) => m.length === 2));
/** Quantifiers that float after a plural subject, before or inside its verb group: "the rivals both campaigned", "have all argued", "they each said". */
export const FLOATED_QUANTIFIERS = new Set(['both', 'all', 'each']);
/** Pronouns of no quantity that stand for what was said when nothing was ("said nothing", "said little"). */
export const NOTHING_WORDS: ReadonlySet<string> = new Set(['nothing', 'little']);
/**
 * Comparison and intensity words that grade an adjective, never a verb with an object: "the
 * most pressing concern", "a more welcoming tone", "a very promising start", "less demanding work",
 * "the most qualified person": a participle after one of them before a noun is an adjective.
 */
export const GRADERS = new Set(['most', 'more', 'less', 'least', 'very', 'too', 'so', 'rather', 'quite', 'extremely', 'deeply', 'highly', 'increasingly', 'particularly', 'especially']);
/**
 * A participle the tagger read as a verb between an adverb of degree and a noun: "the most
 * qualified person", "a highly skilled crew", "less crowded towns". It modifies the noun.
 */
const isDegreeParticiple = (doc: SlantDocument, k: number) => doc.pos[k + 1] === 'NOUN' && GRADERS.has(doc.lower[k - 1] ?? '') && doc.lower[k]!.endsWith('ed');
/**
 * A finite or non-finite verb by wink-nlp's tag (any auxiliary), except the verb forms that are
 * parts of a noun phrase: the head of a compound noun ("think tank"), a bare form after an article
 * ("an earlier report") and a participle after an adverb of degree ("the most qualified person").
 */
export const isVerb = (doc: SlantDocument, k: number) => (doc.pos[k] === 'VERB' && !isCompoundHead(doc, k) && !isNounAfterArticle(doc, k) && !isDegreeParticiple(doc, k)) || doc.pos[k] === 'AUX';
/** An auxiliary or a verb other than an -ing form at `k`: a clause's finite verb ("fares | will fall", "the toll | rises"). */
export const isFiniteVerbOrAux = (doc: SlantDocument, k: number) => doc.pos[k] === 'AUX' || (isVerb(doc, k) && !endsWithIng(doc.lower[k]));

/**
 * "that trawling is", "that waterboarding was": an -ing form the tagger read as a verb, right before
 * an auxiliary, is a gerund subject. After "that" it opens a reported clause, where a verb right
 * after "that" would make it a relative ("the town that voted").
 */
export const isGerundSubject = (doc: SlantDocument, k: number) => doc.pos[k] === 'VERB' && doc.pos[k + 1] === 'AUX' && endsWithIng(doc.lower[k]);

/**
 * An -s form the tagger read as a noun right after a name or a pronoun and before an object's
 * determiner, or in lower case between a name or subject pronoun and a name: the clause's verb
 * ("Vale rips the budget", "Ruiz trails Berg in …"; not "his attacks Saturday"). `ts`: the sentence start.
 */
export const sFormVerbReadAsNoun = (doc: SlantDocument, t: number, ts: number) => {
  if (doc.pos[t] !== 'NOUN' || t <= ts || !endsWithPlainS(doc.lower[t]!)) return false;
  const subject = doc.pos[t - 1] === 'PROPN' || PRONOUNS.has(doc.lower[t - 1]!);
  return doc.pos[t + 1] === 'DET' ? subject || doc.pos[t - 1] === 'PRON' : subject && doc.pos[t + 1] === 'PROPN' && !isCap(doc, t);
};
/**
 * An -s form right after a time word opening the sentence ("Soon | reports of a strike reached …", "Early |
 * reports said …"): the tagger reads it as a verb (or a name before it), but the time word is no subject, so
 * the -s form is a plural noun, the subject or its head ("Soon Vale reports" has its subject).
 */
export const pluralAfterOpeningTime = (doc: SlantDocument, k: number) =>
  k > 0 && doc.sentences[doc.sentenceOf[k]!]!.tokenStart === k - 1 && OPENING_TIME_MODIFIERS.has(doc.lower[k - 1]!) && endsWithPlainS(doc.lower[k]) && !NEVER_PLURAL_NOUNS.has(doc.lower[k]!);
/** Does `a..b` hold a verb (by `isVerb`)? */
export function hasVerb(doc: SlantDocument, a: number, b: number): boolean {
  for (let t = a; t < b; t++) if (isVerb(doc, t)) return true;
  return false;
}

const ADVERBS = new Set([
  'also', 'later', 'earlier', 'again', 'then', 'flatly', 'publicly', 'privately', 'repeatedly', 'previously', 'quickly', 'separately',
  'recently', 'once', 'first', 'still', 'further', 'already', 'now', 'often', 'firmly', 'sharply', 'angrily', 'simply', 'bluntly',
  'openly', 'strongly', 'reportedly', 'has', 'had', 'have', 'will', 'would', 'is', 'was', 'were', 'are', 'did', 'does', 'do', 'could',
  'may', 'might', 'can', 'should', 'must', 'shall', 'not', "n't", 'n’t', 'never', 'always', 'both', 'immediately', 'swiftly', 'initially', 'subsequently',
  'formally', 'officially', 'categorically', 'vehemently', 'strenuously', 'personally', 'herself', 'himself', 'themselves', 'itself',
  'been', 'be', 'being', "'s", '’s', "'ve", '’ve', "'d", '’d', "'ll", '’ll', 'even', 'just', 'long', 'only', 'ever',
]);
/** Auxiliaries, negation and adverbs that stand between a subject and its verb ("has also", "did not"). */
const NOT_ADVERBS = new Set(['according', 'so', 'as', 'why', 'how', 'when', 'where', 'whether', 'there', 'here']);

/** An adverb or auxiliary from the list above (not only one the tagger reads as an adverb: "Hardly said"). */
export const isListedAdverb = (doc: SlantDocument, k: number) => ADVERBS.has(doc.lower[k] ?? '');
// (bits of the word-id record: `isAdverbLike` is asked in most scans over a verb group)
defineLowerBit(ADVERB_BIT, (w) => ADVERBS.has(w));
defineLowerBit(NOT_ADVERB_BIT, (w) => NOT_ADVERBS.has(w));
export const isAdverbLike = (doc: SlantDocument, k: number) => {
  const bits = lowerWordBits(doc, k);
  return (bits & ADVERB_BIT) !== 0 || (doc.pos[k] === 'ADV' && (bits & NOT_ADVERB_BIT) === 0);
};

/** Indefinite pronouns for people or things: "nobody believed her", "anyone who thinks", "everything changed". */
export const INDEFINITE_PRONOUNS: ReadonlySet<string> = new Set(['nobody', 'everyone', 'everybody', 'someone', 'somebody', 'anyone', 'anybody', 'nothing', 'everything']);
/** The indefinite pronouns for people ("nobody", "anyone"): all but the "-thing" ones. */
export const PERSON_INDEFINITES: ReadonlySet<string> = new Set([...INDEFINITE_PRONOUNS].filter((w) => !w.endsWith('thing')));
/** Adverbs of degree before "everyone" that leave the whole group but for a few: "almost everyone", "nearly everyone". */
export const NEARLY_ALL_ADVERBS: ReadonlySet<string> = new Set(['almost', 'nearly', 'virtually', 'practically']);
/** Adverbs that limit or round an amount: the nearly-all ones and "about half of", "roughly two", "only days", "just hours". */
export const AMOUNT_ADVERBS: ReadonlySet<string> = new Set([...NEARLY_ALL_ADVERBS, 'about', 'roughly', 'only', 'just']);

/** Forms of "become", with its -ing form ("became known as", "becoming known as"). */
export const BECOME_FORMS: ReadonlySet<string> = new Set(['become', 'becomes', 'became', 'becoming']);
/**
 * Finite links of a state besides "be": "it remains unclear", "became the first grower to". Without
 * "becoming": an -ing form is no finite link after a subject ("it becoming clear" opens no clause).
 */
export const STATE_LINKS: ReadonlySet<string> = new Set(['remain', 'remains', 'remained', ...[...BECOME_FORMS].filter((w) => w !== 'becoming')]);
/** Personal pronouns that may stand as a subject ("he said", "it shows"). */
/** Participles of telling that a question-like lead opens with no teller named ("When told the pier was closed, …", "Informed of the vote, …"). */
export const TOLD_FORMS: ReadonlySet<string> = new Set(['told', 'informed', 'reminded', 'warned', 'assured']);
/** Words that open what such a participle was told ("told of the vote", "informed about …", "reminded that …"). */
export const TOLD_MATTER: ReadonlySet<string> = new Set(['of', 'about', 'that']);
export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you']);
/**
 * The personal pronouns that are never objects: `PRONOUNS` without "it" and "you", which are objects
 * as often ("they like it", "told you"). One of these opens a clause ("just like he did", "After the
 * vote in May he made changes").
 */
export const NOMINATIVE_PRONOUNS: ReadonlySet<string> = new Set([...PRONOUNS].filter((w) => w !== 'it' && w !== 'you'));
/** The personal pronouns of a person or group that stand as a subject: `PRONOUNS` without "it" ("they released", "you said"). */
export const PERSONAL_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set([...PRONOUNS].filter((w) => w !== 'it'));
/** Object pronouns of a person or group ("told them", "named him"). */
export const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me']);
/** Tags of a word that can head a noun phrase, and that a quantifier may float after: a noun, a name or a pronoun. */
export const NOMINAL_TAGS = new Set(['NOUN', 'PROPN', 'PRON']);
/** Tags of a word a subject can open with: a determiner or a word that heads a noun phrase (not a preposition or subordinator: "In May, worried …"). */
export const SUBJECT_START_TAGS: ReadonlySet<string> = new Set([...NOMINAL_TAGS, 'DET']);
/**
 * Is token `q` a quantifier floated after its subject ("the rivals both campaigned", "Vale and
 * Ruiz each said") or after the auxiliary that follows the subject ("they have all argued", "Vale
 * has both praised"), not a determiner of the word after it?
 */
export const isFloatedQuantifier = (doc: SlantDocument, q: number) => q > 0 && FLOATED_QUANTIFIERS.has(doc.lower[q]!) && (NOMINAL_TAGS.has(doc.pos[q - 1]!) || (doc.pos[q - 1] === 'AUX' && q > 1 && NOMINAL_TAGS.has(doc.pos[q - 2]!)));
/** Possessive determiners: "his plan", "her closest aides", "your vote". */
export const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/**
 * Is the participle at `t` a modifier of the noun right after it, behind an article or a possessive
 * ("her bruised arm", "the proposed levy", "a slumping harbour"): no verb of a clause's own?
 */
export function nounModifierParticiple(doc: SlantDocument, t: number): boolean {
  const low = doc.lower[t]!;
  if (!endsWithIngOrEd(low)) return false;
  const before = doc.lower[t - 1] ?? '';
  return (ARTICLES.has(before) || POSSESSIVE_DETERMINERS.has(before)) && doc.pos[t + 1] === 'NOUN';
}
/**
 * Is the "her" at `h` an object closing a relative clause ("the coach who trained her", "those who
 * worked with her"), not the possessive determiner of the word after it? The verb or preposition
 * before it and a relative word after a noun within three tokens before that decide.
 */
export function herIsObject(doc: SlantDocument, h: number): boolean {
  if (doc.lower[h] !== 'her' || !(doc.pos[h - 1] === 'VERB' || doc.pos[h - 1] === 'ADP')) return false;
  // ("people close to her say she …": after a preposition, a word that a clause with a subject pronoun
  // follows is the subject's verb, not a noun "her say", which takes no clause; not "that", which may
  // be a determiner: "waited for her say that day")
  if (doc.pos[h - 1] === 'ADP' && PRONOUNS.has(doc.lower[h + 2] ?? '')) return true;
  for (let i = h - 2; i >= 0 && h - i <= 4; i--) {
    // (the relative word follows its noun: "That makes her seen as" opens with a demonstrative;
    // or "those", a demonstrative that stands for people: "those who met her say")
    if (RELATIVE_WORDS.has(doc.lower[i]!) || doc.lower[i] === 'whom') return i > 0 && (NOMINAL_TAGS.has(doc.pos[i - 1]!) || doc.lower[i - 1] === 'those');
    if (doc.pos[i] !== 'VERB' && doc.pos[i] !== 'AUX' && doc.pos[i] !== 'ADV' && doc.pos[i] !== 'ADP' && doc.pos[i] !== 'PART') return false;
  }
  return false;
}
export const NEGATIONS = new Set(['not', "n't", 'n’t', 'never']);
/** Adverbs of addition or extent that can close a clause with no object of their own ("backed it too", "went that far"). */
export const ADDITION_ADVERBS: ReadonlySet<string> = new Set(['too', 'also', 'anyway', 'either', 'far']);
/** Focusing and degree adverbs that may stand between a verb and its object or predicate ("fear exactly the kind of …", "is just the plan …"). */
export const FOCUSING_ADVERBS: ReadonlySet<string> = new Set(['exactly', 'just', 'still', 'also', 'simply', 'precisely', 'really', 'only']);
/** Words of a verb group that may stand before a verb: auxiliaries, modals, negation, a few adverbs ("has also said"). */
export const VERB_GROUP_WORDS = /^(?:has|have|had|'s|’s|'ve|’ve|'d|’d|is|are|was|were|am|be|been|being|will|would|'ll|’ll|shall|should|can|could|may|might|must|do|does|did|not|n't|n’t|never|also|later|earlier|again|then|already|still|once|previously|repeatedly|recently|publicly|privately|separately|subsequently|initially|even|just|only|ever|often|always|first|now)$/;
/** Pronouns that take a plural verb form ("they say", "who argue"). */
export const PLURAL_SUBJECT_PRONOUNS = new Set(['they', 'we', 'i', 'you', 'who']);
/** Modal auxiliaries ("will", "could", …). */
export const MODALS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'should', 'must']);
/** Prepositions that open an adverbial piece before a subject, whatever the tagger reads them as ("Despite …", "Amid …"); never the first word of a name. */
export const LEADING_PREPOSITIONS: ReadonlySet<string> = new Set(['outside', 'inside', 'alongside', 'beyond', 'amid', 'amidst', 'among', 'despite', 'throughout', 'following', 'unlike', 'besides', 'near', 'beside', 'behind', 'across', 'within', 'without', 'toward', 'towards', 'against', 'around', 'underneath', 'beneath', 'above', 'below']);

/** Prepositions whose object may be the subject of a participle after it ("With the fare raised, …"). */
export const ABSOLUTE_PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'without']);
/** Prepositions that open a postmodifier after a head noun ("Members on the panel plan to …", "the clause in the bill"). */
export const HEAD_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'on', 'at', 'in', 'from', 'for']);

/** Does "as well as" start at token `t` (the coordinator that joins a second phrase: "the crews as well as the master")? */
export const asWellAsAt = (doc: SlantDocument, t: number) => doc.lower[t] === 'as' && doc.lower[t + 1] === 'well' && doc.lower[t + 2] === 'as';

export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s', "'re", '’re', 'am', "'m", '’m']);

/** Adverb particles of phrasal verbs ("cut off", "shut out", "set up"), read as ADP by the tagger. */
export const ADVERB_PARTICLES: ReadonlySet<string> = new Set(['off', 'out', 'up', 'down', 'away', 'back', 'aside']);
/** Words after a particle that make it a preposition or a quantity of its own ("up to 40", "down from 40", "off in May", "out of"). */
export const NOT_PARTICLE_BEFORE: ReadonlySet<string> = new Set(['to', 'of', 'from', 'in', 'at', 'on', 'then', 'there', 'here', 'when']);
/**
 * Verbs whose past is their bare form ("put", "cast", "hit"): a bare form of one of these after a
 * singular subject may be its past ("a diplomat put it", "a senator hit out at"), not a noun.
 */
export const PAST_SAME_AS_BARE: ReadonlySet<string> = new Set(['put', 'set', 'cut', 'hit', 'let', 'quit', 'cast', 'bet', 'spread', 'shut', 'read', 'beat', 'bid', 'broadcast', 'forecast', 'hurt', 'cost', 'split', 'burst', 'upset', 'thrust', 'shed', 'rid', 'fit', 'wed', 'slit', 'lit']);
/**
 * Irregular past forms wink-nlp tags as nouns (its lemma left as the form) after "some", "many" or a
 * subject ("Ruiz shot back", "Vale cast herself as"), mapped to the verb lemma each stands for;
 * "cast" is its own lemma, listed for the tag only (and a cue only with "as", `AS_ONLY` in verbConstructions.ts).
 */
export const PAST_READ_AS_NOUN: ReadonlyMap<string, string> = new Map([['saw', 'see'], ['thought', 'think'], ['felt', 'feel'], ['found', 'find'], ['shot', 'shoot'], ['cast', 'cast']]);

/** Is token `t` one of `PAST_READ_AS_NOUN` right after a noun, name or pronoun, its subject ("The mayor shot back")? */
export function pastReadAsNounAfterSubject(doc: SlantDocument, t: number): boolean {
  return PAST_READ_AS_NOUN.has(doc.lower[t]!) && nounAfterSubjectHead(doc, t);
}

/**
 * Is token `t` read as a noun right after a noun, a name or a pronoun (where it may be the verb of
 * the subject that word heads: "the board lied", "she rose")?
 */
export function nounAfterSubjectHead(doc: SlantDocument, t: number): boolean {
  const prev = doc.pos[t - 1];
  return doc.pos[t] === 'NOUN' && (prev === 'NOUN' || prev === 'PROPN' || prev === 'PRON');
}

/** Verbs whose -ing complement shares their subject: "began dismissing", "kept saying", "spent the day urging". */
export const CATENATIVES: ReadonlySet<string> = new Set(['begin', 'start', 'continue', 'keep', 'stop', 'quit', 'finish', 'resume', 'avoid', 'spend', 'risk', 'consider', 'go']);
/**
 * Of those, the verbs of beginning, going on and ending that news marks with the reported gerund as one cue ("began
 * writing", "kept asking", "stopped saying"); a subset of `CATENATIVES` kept apart because "avoided saying", "risked
 * saying", "spent the day urging" show the gerund alone. (`CARRIED_ON` in findAttributions.ts is another concept: verbs
 * before "to" and an infinitive cue, "continued to insist".)
 */
export const ASPECT_BEFORE_GERUND: ReadonlySet<string> = new Set(['begin', 'start', 'keep', 'continue', 'stop', 'resume']);

/**
 * Verbs of showing someone in a picture or film ("was shown chanting", "is pictured holding"): the -ing form
 * after their passive depicts the subject's act, reported by no one (the perception twin is `PERCEIVED_DOING`).
 */
export const DEPICTED_DOING: ReadonlySet<string> = new Set(['show', 'picture', 'depict', 'film', 'photograph', 'feature']);

/** Verbs of perception whose passive takes an -ing form of what the subject did: "was heard saying", "was caught boasting". */
const PERCEIVED_DOING: ReadonlySet<string> = new Set(['hear', 'see', 'overhear', 'catch', 'spot', 'watch']);

/**
 * Is token `j` a passive verb of perception ("was heard", "could be seen") after which an -ing form
 * says what its subject was doing (and so shares that subject)?
 */
export function passivePerception(doc: SlantDocument, j: number): boolean {
  return j > 0 && doc.pos[j] === 'VERB' && PERCEIVED_DOING.has(doc.lemma[j]!) && BE_FORMS.has(doc.lower[j - 1]!);
}

/** `'` or `’` first: the first code unit every `POSSESSIVE_MARKS` entry has. */
function startsWithApostrophe(v: string): boolean {
  const c = charCodeAt(v, 0);
  return c === 39 || c === 0x2019;
}
/** A hyphen, an em or en dash or the horizontal bar first: the first code unit of "-" and of every `DASHES` entry. */
function startsWithDash(v: string): boolean {
  const c = charCodeAt(v, 0);
  return c === 45 || c === 0x2014 || c === 0x2013 || c === 0x2015;
}
/** A dash written as a token: "-", "--", "—", "–". (The first code unit first: most tokens then cost no lookup.) */
export const isDash = (doc: SlantDocument, k: number) => {
  const v = doc.value[k] ?? '';
  return startsWithDash(v) && (v === '-' || DASHES.has(v));
};

/** Words that open a relative clause on the noun before them ("the aide who", "a plan that"). */
export const RELATIVE_WORDS = new Set(['who', 'which', 'that']);
/**
 * The relative pronouns that never open a reported clause ("who", "which"), unlike "that"; also the
 * relative pronouns that may stand as a subject ("the aide who said", "a rule which bans").
 */
export const NONCOMPLEMENT_RELATIVES = new Set(['who', 'which']);
/**
 * Relative pronouns of a clause on a person or thing ("which", "who", "whom"); not "that". Unlike
 * `NONCOMPLEMENT_RELATIVES` it holds the object form "whom", which never stands as a subject.
 */
export const WH_RELATIVES: ReadonlySet<string> = new Set([...NONCOMPLEMENT_RELATIVES, 'whom']);
/**
 * Wh-words that open a clause used as a subject ("Whether the toll survives is unclear") or an
 * embedded question ("asked whether …", "wondered how …").
 */
export const WH_SUBJECTS: ReadonlySet<string> = new Set(['whether', 'how', 'why', 'what', 'who', 'when', 'where']);
/** Words that may lead a participle (", while saying", "After arguing …,", "Vos, after first saying …,"). */
export const PARTICIPLE_LEADS = new Set(['while', 'after', 'before', 'when', 'by', 'without', 'in', 'on', 'upon', 'since', 'despite', 'also']);
/** Does `t` end "in addition to", opening at or after `floor`: a three-word participle lead ("Vale, in addition to | warning that …,")? */
export function additionLeadEnd(doc: SlantDocument, t: number, floor: number): boolean {
  return t - 2 >= floor && doc.lower[t] === 'to' && doc.lower[t - 1] === 'addition' && doc.lower[t - 2] === 'in';
}
/** "and", "but": the conjunctions that join a further clause or a second predicate of the same subject. */
export const AND_BUT: ReadonlySet<string> = new Set(['and', 'but']);

/** Verbs other than "be" that link a subject to a state: "remain confident", "grew frustrated", "seemed hopeful" ("feel" reports by itself). */
export const COPULAS: ReadonlySet<string> = new Set(['remain', 'seem', 'grow', 'become', 'stay', 'appear', 'sound', 'look', 'get']);
/** Conjunctions that may open a sentence or join two clauses ("and", "but", "so", "yet"). */
export const CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set([...AND_BUT, 'so', 'yet']);
/** "and", "or": the words before the last item of a list ("Ruiz, Berg and Tarn"); "but" joins clauses, not items. */
export const AND_OR: ReadonlySet<string> = new Set(['and', 'or']);
/** Coordinating conjunctions that join two phrases or verbs ("and", "but", "or"). */
export const COORDINATORS: ReadonlySet<string> = new Set([...AND_BUT, 'or']);
/** Both: the joining words a content or a clause may open with ("But", "and", "so", "yet", "or"). */
export const JOINING_CONJUNCTIONS: ReadonlySet<string> = new Set([...CLAUSE_CONJUNCTIONS, ...COORDINATORS]);
/** Em and en dashes, the horizontal bar (U+2015, which some sites set for a dash) and "--": the dashes that are never inside a word. */
export const DASHES = new Set(['—', '–', '―', '--']);

/*
 * Hyphens. The tokenizer writes "well-known" as three tokens ("well", "-", "known"), so whether a
 * "-" token is part of a word or a dash depends on the spaces around it. Each helper takes the
 * index of the "-" token and says which side it touches; the side is named from the hyphen.
 */
/** Token `t` is a hyphen "-" (whatever the spaces around it). */
export const isHyphen = (doc: SlantDocument, t: number) => doc.value[t] === '-';
/** A hyphen written against the token before it: the "-" of "pre- and post-war", "well-known", "a 10-point". */
export const hyphenJoinsBefore = (doc: SlantDocument, t: number) => doc.value[t] === '-' && t > 0 && doc.start[t] === doc.end[t - 1];
/** A hyphen written against the token after it: the "-" of "well-known", "so-called", the "-under" of "over- or -under". */
export const hyphenJoinsAfter = (doc: SlantDocument, t: number) => doc.value[t] === '-' && t + 1 < doc.tokenCount && doc.end[t] === doc.start[t + 1];

/**
 * "mailed fund-raising letters", "the long-running dispute": when `t` is the last word of a compound a
 * hyphen joins ("fund-raising"), and no noun or pronoun stands right before the compound (its subject:
 * "the union co-signed letters" holds a verb), the compound modifies the noun after it, whatever the tagger
 * reads its last word as. A possessive determiner is no subject: "her long-held belief". The compound's first
 * word, or -1.
 */
export function compoundModifierStart(doc: SlantDocument, t: number): number {
  if (t < 2 || !hyphenJoinsAfter(doc, t - 1) || doc.isWord[t - 2] !== 1 || doc.end[t - 2] !== doc.start[t - 1]) return -1;
  const before = doc.pos[t - 3];
  return before === 'NOUN' || before === 'PROPN' || (before === 'PRON' && !POSSESSIVE_DETERMINERS.has(doc.lower[t - 3]!)) ? -1 : t - 2;
}

/**
 * A full stop inside a domain name ("Factcheck.org", "news.example.com"): glued to a word on both
 * sides and followed by a lower-case one, so it ends no phrase (not a missing space: "the board.The").
 */
export const isInnerDot = (doc: SlantDocument, t: number) =>
  doc.value[t] === '.' && t > 0 && t + 1 < doc.tokenCount && doc.end[t - 1] === doc.start[t] && doc.end[t] === doc.start[t + 1] && doc.isWord[t - 1] === 1 && doc.isWord[t + 1] === 1 && doc.value[t + 1] === doc.lower[t + 1];
/** A hyphen inside a hyphenated word, touching the tokens on both sides: "well-known", "a 10-point lead". */
export const isWordHyphen = (doc: SlantDocument, t: number) => hyphenJoinsBefore(doc, t) && hyphenJoinsAfter(doc, t);
/** A hyphen touching neither side ("the vote - and the count"); the start or end of the text counts as a space. */
export const isSpacedHyphen = (doc: SlantDocument, t: number) => doc.value[t] === '-' && !hyphenJoinsBefore(doc, t) && !hyphenJoinsAfter(doc, t);

/** A dash that sets off a phrase: an em or en dash, "--", or a hyphen with a space on both sides (not "well-known"). */
export function isSetOffDash(doc: SlantDocument, t: number): boolean {
  return startsWithDash(doc.value[t] ?? '') && (DASHES.has(doc.value[t]!) || (t > 0 && isSpacedHyphen(doc, t)));
}

/** A comma or a dash that sets a phrase off ("…, confident that", "… – determined to"). */
export function isSetOffMark(doc: SlantDocument, t: number): boolean {
  return doc.value[t] === ',' || isSetOffDash(doc, t);
}

/**
 * The comma or dash that sets off the phrase opening at `k`, perhaps over one adverb before `k`
 * (", confident that", ", still sure that", "– determined to"): its token, or -1 (none, or at the
 * text's first token).
 */
export function setOffMarkBefore(doc: SlantDocument, k: number): number {
  const c = doc.pos[k - 1] === 'ADV' ? k - 2 : k - 1;
  return c >= 1 && isSetOffMark(doc, c) ? c : -1;
}

/**
 * "lemma w1 … wn": a lemma and the `n` lower-case words from token `from` joined by spaces, or
 * null when the document ends first. Builds the key without slicing the column into an array.
 */
export function phraseKey(doc: SlantDocument, lemma: string, from: number, n: number): string | null {
  if (from + n > doc.lower.length) return null;
  let key = lemma;
  for (let t = from; t < from + n; t++) key += ` ${doc.lower[t]}`;
  return key;
}

/**
 * Is the "so" at `t` the first word of "so far" ("ballots have so far been requested")? Inside a verb group
 * the pair is an adverb of time, though "so" alone is none (tokens.ts's isAdverbLike).
 */
export function soFarAt(doc: SlantDocument, t: number): boolean {
  return doc.lower[t] === 'so' && doc.lower[t + 1] === 'far';
}

/**
 * Is the word at `j` an "and", "or" or comma between two adjectives before a noun ("there were vague and
 * misleading claims that …", "made vague and misleading claims that …")? A run of modifiers goes on over it.
 */
export function joinsAdjectives(doc: SlantDocument, j: number): boolean {
  const w = doc.value[j];
  return (w === 'and' || w === 'or' || w === ',') && doc.pos[j - 1] === 'ADJ' && doc.pos[j + 1] === 'ADJ';
}

/**
 * The subject of a reporting verb read leftwards from it: through relative pronouns, appositives,
 * leading adjuncts and comma-separated pieces.
 */
import type { SlantDocument } from '../document/readDocument.js';
import type { AttributionLexicons } from './attributionLexicons.js';
import { clauseStart, DETS, hasHead, nounPhraseAfter, nounPhraseBefore, secondPhraseStart, shortPrepositionalPhraseEnd, type SourcePhrase, type TokenRange, subjectAfterPreposition, sourcePhrase, withAntecedent, withAppositive, withRelative } from './nounPhrases.js';
import { ARTICLES, NOUN_PHRASE_WORD_TAGS, COORDINATORS, compoundModifierStart, hasVerb, isPluralNoun, DASHES, endsWithEdOrEn, endsWithIng, hyphenJoinsAfter, isParticipleForm, isAdverbLike, isCap, isCompoundHead, isFloatedQuantifier, isNounAfterArticle, isPossessive, isPunct, isQuoteMark, closingMarkWithin, isClauseEndMark, isSetOffDash, isFiniteVerbOrAux, isVerb, NONCOMPLEMENT_RELATIVES, PRONOUNS, pluralAfterBeOrThe, endsWithEd, POSSESSIVE_DETERMINERS, PERSON_INDEFINITES, BE_FORMS, WH_SUBJECTS, NOMINATIVE_PRONOUNS, PAST_SAME_AS_BARE, ADVERB_PARTICLES, NOUN_PHRASE_TAGS, asWellAsAt, ING_PREPOSITIONS } from './tokens.js';
import { DATE_NAMES as ALL_DATE_NAMES, MONTHS_BUT_MAY, WEEKDAYS, wordSet } from './timeWords.js';
import { leadingTimeEnd, TIME_PHRASE_LEADS } from './timePhrases.js';
import { OPENING_SUBORDINATORS, PREPOSITIONAL_SUBORDINATORS } from './openingClause.js';
import { CONTACT_SUBJECT_OPENERS, contactGapEnd, contactSubjectAfterCopula, contactSubjectAfterIndefinite, INTRANSITIVE_GAP, mainVerbOverStranded, OBJECT_GAP, STRANDED_PREPOSITIONS, strandedRelativeHead, THING_PRONOUNS } from './contactGap.js';
import { QUANTIFIERS_OF } from './quantifiers.js';
import { NAMING_PARTICIPLES, namingMarkAt } from './namingCues.js';
import { ADVERBIAL_START, leadingSubject, partyStateBefore } from './leadingSubject.js';
import { TIME_OR_PLACE, looksLikeName } from './nameLikePhrase.js';
import { dashOpens } from './parenthetical.js';
import { skipAdjunctsBack } from './adjunctsBack.js';
import { recordReadAsVerb } from './recordReadAsVerb.js';
import { appositiveChain } from './subjectAfter.js';
import { subjectStartAfterOpeners } from './subjectOpeners.js';
import { CLAUSE_PARTICIPLES } from './participleSubject.js';
import { reducedParticipleAt, participlePhraseEndsAt } from './reducedParticiple.js';
import { ON_IN_AT, REFLEXIVES, startsJoinedSubject, trimFront } from './contentExtent.js';
import { namesPeople } from './peopleNouns.js';
import { NOUN_TAKING_VERBS, takesWrittenThing } from './nounCues.js';
import { bareFormEndsNounPhrase } from './verbCues.js';
import { withListHead } from './listSubject.js';

/** Pronouns a relative clause may hang on: "those who say", "anyone who thinks", "everyone who met her". */
// (the indefinite pronouns for people: not "nothing", "everything")
const PRONOUN_ANTECEDENTS = wordSet(['those', 'others', 'many', 'some', 'people'], [...PERSON_INDEFINITES]);

/** Verbs after an opening "Let me" that ask the reader or stall rather than speak ("Let me know", "Let me see", "Let me think"). */
const LET_ME_REQUESTS = new Set(['know', 'see', 'think', 'guess', 'check']);

/** Punctuation that ends a sentence, before a closing quotation mark. */
const SENTENCE_END_MARKS = new Set(['.', '!', '?', '…']);

/** Whether an opening quotation mark stands within 12 tokens before the closing one at `j` (a short title in the subject). */
function openedBefore(doc: SlantDocument, j: number, ts: number): boolean {
  for (let w = j - 2; w >= ts && j - w <= 12; w--) if (isQuoteMark(doc, w)) return true;
  return false;
}

/**
 * The subject of a reporting verb at `k`: "Kofi Mensah said", "Two officials who spoke on
 * condition of anonymity said", "Ingrid Solberg, a professor ..., who said", "Her colleague,
 * Sergeant Imran Qureshi, said". Returns null when nothing speaker-like stands before it
 * (inverted "said X" after a quotation).
 */
export function subjectBefore(doc: SlantDocument, lex: AttributionLexicons, k: number, ts: number, isSpeechMark: (k: number) => boolean = () => true): SourcePhrase | null {
  const r = subjectBeforeTitle(doc, lex, k, ts, isSpeechMark);
  if (r === null) return null;
  if (opensWithCopula(doc, r) && !r.antecedent && !r.relative && !r.appositive) return behindFiniteBe(doc, r, k);
  const end = quotedHeadEnd(doc, r, k, ts);
  return withListHead(doc, end < 0 ? r : { ...r, b: end }, ts);
}

/** Does the sentence of `k` end with a question mark (before a closing quotation mark)? */
function inQuestion(doc: SlantDocument, k: number): boolean {
  let last = doc.sentences[doc.sentenceOf[k]!]!.tokenEnd - 1;
  if (last > k && isQuoteMark(doc, last)) last--;
  return doc.value[last] === '?';
}

/**
 * Words after a copula that open the clause holding the subject ("That is why | critics say", "is how | Vale sees
 * it"): the wh-adverbs of {@link WH_SUBJECTS}.
 */
const CLAUSE_WH_ADVERBS: ReadonlySet<string> = new Set([...WH_SUBJECTS].filter((w) => w === 'why' || w === 'how' || w === 'where' || w === 'when'));

/** Finite forms of "be": a clause's verb, never the first word of a subject. */
const FINITE_BE: ReadonlySet<string> = new Set([...BE_FORMS].filter((w) => w !== 'be' && w !== 'been' && w !== 'being'));

/**
 * Does `r` start with a finite "be"? A contracted "’s" only before "why"/"how" (over an adverb: "’s partly
 * why"), being elsewhere a possessive ending left at the phrase's start (`“theft,”’s editor said`).
 */
function opensWithCopula(doc: SlantDocument, r: SourcePhrase): boolean {
  const w = doc.lower[r.a]!;
  if (!FINITE_BE.has(w)) return false;
  if (w !== "'s" && w !== '’s') return true;
  return CLAUSE_WH_ADVERBS.has(doc.lower[r.a + 1] ?? '') || (isAdverbLike(doc, r.a + 1) && CLAUSE_WH_ADVERBS.has(doc.lower[r.a + 2] ?? ''));
}


/**
 * "Here are some ways the guild hopes …", "That is why growers say …", "Why was Ruiz so sure …": a
 * subject read back to a finite "be" has taken in the copula's clause, whose verb no subject starts
 * with. The source is behind it: the subject of a contact relative on the predicated noun ("ways | the
 * guild"), the clause a "why" or "how" opens, an inverted question's subject ("was | Ruiz"); null when
 * no phrase with a head is left. A lone noun phrase before a bare past participle ("Here are the dockers
 * named as …") is what the reduced relative describes: it is kept without the copula (see below).
 */
function behindFiniteBe(doc: SlantDocument, r: SourcePhrase, k: number): SourcePhrase | null {
  let a = r.a + 1;
  let wh = false;
  while (a < r.b && (CLAUSE_WH_ADVERBS.has(doc.lower[a]!) || isAdverbLike(doc, a))) {
    if (CLAUSE_WH_ADVERBS.has(doc.lower[a]!)) wh = true;
    a++;
  }
  let b = r.b;
  let np = b > a ? nounPhraseBefore(doc, b - 1, a) : null;
  // ("Why was Ruiz so sure", "why growers there say": a word or two left after the subject's head)
  for (let n = 0; n < 2 && (np === null || !hasHead(doc, np)) && b - 1 > a && !isCap(doc, b - 1); n++) {
    b--;
    np = nounPhraseBefore(doc, b - 1, a);
  }
  if (np === null || np.b !== b || !hasHead(doc, np)) return null;
  // ("some ways | the guild", "the reason | many growers": a contact relative's subject after the predicated noun)
  for (let t = np.a + 1; t < b; t++) if (contactSubjectAfterCopula(doc, t, r.a) || (doc.pos[t - 1] === 'NOUN' && !isCap(doc, t - 1) && CONTACT_SUBJECT_OPENERS.has(doc.lower[t]!) && !isCap(doc, t))) return hasHead(doc, { a: t, b }) ? { a: t, b } : null;
  // (a lone phrase before a bare participle is what the participle's reduced relative describes, the one named,
  // not who names: the phrase is kept, less the copula, for lack of a sourceless reading here; after "why" or in a
  // question the phrase is the subject)
  const question = inQuestion(doc, k);
  if (np.a === a && !wh && !question && doc.pos[k] === 'VERB' && endsWithEdOrEn(doc.lower[k]!) && doc.pos[k - 1] !== 'AUX') return { a: np.a, b: r.b };
  // (an adverb after a subject stays in it, "growers there"; a question's degree adverb goes with its verb, "so sure")
  return { a: np.a, b: question ? np.b : r.b };
}

/**
 * Where a subject ends whose head is a short quoted term right before its verb ("The guild's “harbour
 * elders” have endorsed …", "Dozens of the “pier wardens” said"): the phrase `r` read before the
 * term's opening mark ends on a word that heads nothing (a possessive, a determiner, a preposition, an
 * adjective), so the term is its head and the subject runs through the closing mark; -1 otherwise
 * (a title after a head noun stays out: "Berg’s poem “Why Now?” claims").
 */
function quotedHeadEnd(doc: SlantDocument, r: SourcePhrase, k: number, ts: number): number {
  const open = r.b;
  // (a verb's subject only; a word read as a verb that ends its sentence right after the term is the noun it
  // modifies: "as costly as the “harbour” comment.")
  if (!isQuoteMark(doc, open) || r.antecedent || r.relative || r.appositive || !(isVerb(doc, k) || doc.pos[k] === 'AUX') || isClauseEndMark(doc, k + 1)) return -1;
  const before = open - 1;
  // (or a hyphened compound modifier, whose last word the tagger may read as a verb: "Thousands of self-described “tram riders” say")
  if (!(isPossessive(doc, before) || DETS.has(doc.lower[before]!) || doc.pos[before] === 'DET' || doc.pos[before] === 'ADP' || doc.pos[before] === 'ADJ' || compoundModifierStart(doc, before) >= 0)) return -1;
  const close = closingMarkWithin(doc, open, 6, k);
  return close > open + 1 && skipAdjunctsBack(doc, k - 1, ts) === close ? close + 1 : -1;
}

/**
 * "The memo that the clerks argued over | claims …", "The memo Vale argued over | claims …": an -s cue the tagger
 * read as a noun (`mainVerbAfterStranded`) right after a relative clause that a stranded preposition at `j` closes.
 * The source is the clause's head: with "that"/"which" the noun phrase alone (as for a verb cue, where the relative
 * clause is left out), with a contact relative the phrase through the preposition ("The letter Vale asked for | says").
 */
function subjectOverStranded(doc: SlantDocument, k: number, j: number, ts: number): SourcePhrase | null {
  if (doc.pos[k] !== 'NOUN' || j !== k - 1 || !mainVerbOverStranded(doc, k, ts, doc.sentences[doc.sentenceOf[k]!]!.tokenEnd)) return null;
  const h = strandedRelativeHead(doc, j - 1, ts);
  const head = h >= 0 ? nounPhraseBefore(doc, h, ts) : null;
  if (!head || !hasHead(doc, head)) return null;
  return doc.lower[h + 1] === 'that' || doc.lower[h + 1] === 'which' ? head : { a: head.a, b: j + 1 };
}

/** `subjectBefore` but for a quoted term heading the subject: a title or term before the verb is stepped over. */
function subjectBeforeTitle(doc: SlantDocument, lex: AttributionLexicons, k: number, ts: number, isSpeechMark: (k: number) => boolean, subjectEnd = -1): SourcePhrase | null {
  // (`subjectEnd`: where the subject ends when a set-off phrase stands between it and the verb, see subjectBeforeComma)
  let j = subjectEnd >= 0 ? subjectEnd : k - 1;
  const subjectLast = j;
  j = skipAdjunctsBack(doc, j, ts);
  // ("A report released on Monday found": after a participle on the subject's head the phrase is the participle's own)
  if (j < subjectLast && reducedParticipleAt(doc, j, ts) && participlePhraseEndsAt(doc, j, subjectLast + 1)) j = subjectLast;
  // "Vale and Ruiz each said": a quantifier floated after the subject is not part of it
  // ("the rivals have all argued": nor the auxiliary it follows)
  if (j > ts && isFloatedQuantifier(doc, j)) j = doc.pos[j - 1] === 'AUX' ? skipAdjunctsBack(doc, j - 1, ts) : j - 1;
  // "Sen. Jack Orr (D-Vt.) said": the party and state in parentheses are not the subject
  if (j > ts && doc.value[j] === ')') {
    let o = j - 1;
    while (o > ts && j - o < 10 && doc.value[o] !== '(' && doc.value[o] !== ')') o--;
    if (doc.value[o] === '(' && o - 1 >= ts && !isPunct(doc, o - 1)) j = o - 1;
  }
  const inMark = relativeEndingInMark(doc, j, ts, isSpeechMark);
  if (inMark !== undefined) return inMark;
  // (a closing mark right after a sentence's end ends a quotation, never a subject: "… is ours!” wrote Berg",
  // also when the quotation was never opened; a title opened in the subject stays: "Vale’s essay “Who Pays?” argues")
  if (j < ts || (isQuoteMark(doc, j) && (isSpeechMark(j) || (j - 1 >= ts && SENTENCE_END_MARKS.has(doc.value[j - 1]!) && !openedBefore(doc, j, ts))))) return null;
  if (j > ts && isSetOffDash(doc, j)) {
    const setOff = subjectBeforeSetOffDash(doc, j, k, ts);
    if (setOff !== undefined) return setOff;
  }
  // Step over a quoted title that ends the subject: "lead author of the study “Heat and the City,”".
  if (isQuoteMark(doc, j)) {
    let o = j - 1;
    while (o >= ts && !isQuoteMark(doc, o)) o--;
    // ("The clerk known as “the Ledger” said", "A pilot nicknamed “Gull” said": the name a naming participle gives,
    // with no comma, is a reduced relative on the noun before the participle, which is the subject)
    const named = o > ts ? namedByParticiple(doc, o, ts) : null;
    if (named) return withRelative(named, { a: named.b, b: j + 1 });
    if (o > ts) j = o - 1;
    while (j >= ts && doc.value[j] === ',') j--;
  }
  const stranded = subjectOverStranded(doc, k, j, ts);
  if (stranded) return stranded;
  const low = doc.lower[j]!;
  const relative = subjectOfRelativePronoun(doc, j, ts, low);
  if (relative !== undefined) return relative;
  if (doc.value[j] === ',') return subjectBeforeComma(doc, lex, k, j, ts, isSpeechMark);
  if (PRONOUNS.has(low)) return { a: j, b: j + 1 };
  // "alarmed those backing Vale", "many of those opposing the toll": "those" before the participle
  // is its subject, with the quantifier that picks some of them
  if (low === 'those' && j === k - 1 && endsWithIng(doc.lower[k]!)) return j - 2 >= ts && doc.lower[j - 1] === 'of' && QUANTIFIERS_OF.has(doc.lower[j - 2]!) ? { a: j - 2, b: j + 1 } : { a: j, b: j + 1 };
  // "where polls show Vale ahead", "the new polling suggests": a record noun the tagger read as a verb heads the subject
  const record = misreadRecordSubject(doc, lex, j, k, ts);
  if (record) return record;
  // "and then his office said", "Probably nobody hates", "Looks like Ruiz said": words opening the clause are no part of its subject
  // ("Growers who sell plums or pears say": over a join inside the relative clause's object, as over a phrase)
  let start = subjectStartAfterOpeners(doc, relativeOverJoinedObject(doc, relativeOverPhrase(doc, overAsWellAs(doc, clauseStart(doc, j, ts), j, ts), j, ts, !endsWithIng(doc.lower[k]!)), j, ts), j, ts);
  // "led to what Ruiz called a betrayal", "what officials called a victory": the subject of a free
  // relative starts after "what" (a short noun phrase, no verb between)
  // ("what the Herald and the Courier called": two joined phrases, past where the clause reader stops)
  for (let t = j; (t > start || (t > ts && doc.lower[start - 1] === 'and')) && j - t < 8; t--) {
    if (isVerb(doc, t) || doc.pos[t] === 'AUX' || isPunct(doc, t)) break;
    if (doc.lower[t - 1] === 'what' || doc.lower[t - 1] === 'whatever') {
      if (hasHead(doc, { a: t, b: j + 1 })) start = t;
      break;
    }
  }
  let reach = 16;
  // "A member who has served for years and who asked not to be named said": two relative clauses joined by "and"
  if (start - 3 >= ts && doc.lower[start - 1] === 'who' && doc.lower[start - 2] === 'and') {
    const first = clauseStart(doc, start - 3, ts);
    if (first - 2 >= ts && doc.lower[first - 1] === 'who' && (doc.pos[first - 2] === 'NOUN' || doc.pos[first - 2] === 'PROPN') && j - first < 24) [start, reach] = [first, 24];
  }
  // ("Anyone who knows that Vale lied says": a relative clause whose verb takes a "that" clause of its own)
  if (start - 3 >= ts && doc.lower[start - 1] === 'that' && isVerb(doc, start - 2)) {
    const outer = clauseStart(doc, start - 2, ts);
    if (outer - 2 >= ts && doc.lower[outer - 1] === 'who' && j - outer < reach) start = outer;
  }
  // "Residents who have lived here for decades said": a relative clause with no comma ends the subject
  // ("Everyone who met her says", "Anyone who knows him says": the same on a pronoun, which is the whole head;
  // the object closing the clause is never the subject)
  const pronounHead = start - 2 >= ts && PRONOUN_ANTECEDENTS.has(doc.lower[start - 2]!) && (doc.pos[start - 2] === 'PRON' || doc.pos[start - 2] === 'DET');
  // ("Friends of Ruiz's who know him say": a double genitive ends the head; its phrase runs up to the "'s")
  const genitiveHead = start - 3 >= ts && isPossessive(doc, start - 2) && (doc.pos[start - 3] === 'NOUN' || doc.pos[start - 3] === 'PROPN');
  if (start - 2 >= ts && (doc.lower[start - 1] === 'who' || doc.lower[start - 1] === 'whose') && (doc.pos[start - 2] === 'NOUN' || doc.pos[start - 2] === 'PROPN' || pronounHead || genitiveHead) && j - start < reach) {
    const owner = genitiveHead ? nounPhraseBefore(doc, start - 3, ts) : null;
    const read = pronounHead ? { a: start - 2, b: start - 1 } : owner ? { a: owner.a, b: start - 1 } : nounPhraseBefore(doc, start - 2, ts);
    // ("Yesterday the growers who met Vale said": a time word opening the sentence is no part of the head)
    const head = read && read.b - read.a > 1 ? { a: subjectStartAfterOpeners(doc, read.a, read.b - 1, ts), b: read.b } : read;
    if (head && hasHead(doc, head)) return withRelative(head, { a: start - 1, b: j + 1 });
  }
  // "Groups that have endorsed Ruiz say": a subject relative with "that" (a verb right after it;
  // not "the claim that voters say", where "that" opens a clause with a subject of its own)
  // ("The polling that was done in May showed": an -ing head after a determiner, which the tagger may read as a verb)
  // ("The sparse polling that reached …": also over one adjective, which the tagger may read as an adverb)
  const gerundDet = !(start - 3 >= ts && endsWithIng(doc.lower[start - 2]!)) ? -1 : DETS.has(doc.lower[start - 3]!) ? start - 3 : start - 4 >= ts && (doc.pos[start - 3] === 'ADJ' || doc.pos[start - 3] === 'ADV') && DETS.has(doc.lower[start - 4]!) ? start - 4 : -1;
  const gerundHead = gerundDet >= 0;
  // ("Surveys that show Vale ahead worry …": after a plural, a bare form the tagger read as a noun, before its object, is the verb)
  const bareVerb = (doc.pos[start] === 'NOUN' || doc.pos[start] === 'ADV' || doc.pos[start] === 'ADJ') && !isCap(doc, start) && !/s$/.test(doc.lower[start]!) && start - 2 >= ts && isPluralNoun(doc, start - 2) && /^(?:DET|PROPN|PRON|NUM)$/.test(doc.pos[start + 1] ?? '');
  if (start - 2 >= ts && doc.lower[start - 1] === 'that' && !endsWithIng(doc.lower[k]!) && (doc.pos[start - 2] === 'NOUN' || doc.pos[start - 2] === 'PROPN' || gerundHead) && j - start < 16 && (isVerb(doc, start) || doc.pos[start] === 'AUX' || (isAdverbLike(doc, start) && isVerb(doc, start + 1)) || bareVerb)) {
    const head = gerundHead ? { a: gerundDet, b: start - 1 } : nounPhraseBefore(doc, start - 2, ts);
    // (the relative clause is left out of the source: its own cue keeps its attribution)
    if (head && (gerundHead || hasHead(doc, head)) && !PRONOUNS.has(doc.lower[head.a]!)) return head;
  }
  // "The farmers that Vale met on Monday said", "The study that the union funded found": an object relative
  // with "that" (its own subject, then a verb with no object of its own); the head before "that" is the subject
  // (not "the fear that Vale lied …": a clause whose verb takes its object is a noun's content, left as it was)
  // ("The memo which Ruiz drafted warned": "which" with no comma opens the same relative on a thing)
  const objectRelative = start - 2 >= ts && (doc.lower[start - 1] === 'that' || doc.lower[start - 1] === 'whom' || doc.lower[start - 1] === 'which') && isFiniteCue(doc, k) && (doc.pos[start - 2] === 'NOUN' || doc.pos[start - 2] === 'PROPN') && j - start < 16;
  // ("The study that the union funded found", "The farmers whom Vale met said": the relative's verb right before
  // the cue, which is the main clause's finite verb; the gap reader does not trust a verb right after a verb)
  // ("The pilot that she hired said": or a personal pronoun as the relative's subject, on a head that takes no
  // clause: "The fear that she lied worried …" is the noun's content)
  // (also on a reporting noun when the pronoun's verb is one that takes such a noun as its object, right before the
  // cue: "The report that they released said", not "The fear that she lied worried")
  const pronounRelative = NOMINATIVE_PRONOUNS.has(doc.lower[start]!) && start < j && (!lex.cueNounKeys.has(doc.lower[start - 2]!) || (j === start + 1 && NOUN_TAKING_VERBS.has(doc.lemma[j]!)));
  const relativeVerb = !objectRelative ? -1 : contactRelativeSubject(doc, start, j + 1) ? nounPhraseAfter(doc, start, j + 1)!.b : pronounRelative ? start + 1 : -1;
  // ("The growers that Vale met on the pier said": or with a prepositional phrase after that verb, up to the cue,
  // on a head that takes no clause: "The fear that Vale lied about the levy worried …" is the noun's content)
  const relativeEnd = relativeVerb >= 0 ? verbAfterAuxiliaries(doc, relativeVerb) : -1;
  const phraseAfterVerb = relativeEnd >= 0 && !lex.cueNounKeys.has(doc.lower[start - 2]!) && prepositionalPhraseEndsAt(doc, relativeEnd + 1, j);
  // ("A report that the guild paid for | says": or a preposition stranded right before the cue, whose object is the head)
  const strandedBeforeCue = relativeEnd >= 0 && relativeEnd === j - 1 && STRANDED_PREPOSITIONS.has(doc.lower[j]!);
  if (relativeVerb >= 0 && (((relativeEnd === j || phraseAfterVerb || strandedBeforeCue) && isVerb(doc, relativeEnd) && !endsWithIng(doc.lower[relativeEnd]!)) || objectlessAfter(doc, relativeVerb) !== 'object')) {
    const head = nounPhraseBefore(doc, start - 2, ts);
    if (head && hasHead(doc, head) && !PRONOUNS.has(doc.lower[head.a]!)) return head;
  }
  // "criticized Vale, Ruiz, and Okafor for backing the tax": a gerund after a preposition is its object;
  // the phrase before the preposition is no subject of it
  if (endsWithIng(doc.lower[k]!) && j === k - 1 && GERUND_OBJECT_PREPOSITIONS.has(low) && (doc.pos[j] === 'ADP' || doc.pos[j] === 'SCONJ')) return null;
  start = subjectAfterJoinedClause(doc, start, j);
  const span = { a: start, b: j + 1 };
  // "Although in June Vale said", "At the hearing the mayor said", "Last week Okafor said": a time or
  // prepositional phrase fronted before the subject, with no comma, is no part of it
  span.a = frontedPhraseEnd(doc, span, isFiniteCue(doc, k));
  // "Let me just say that …", "Let me first express …": the speaker an opening "let" puts forward speaks (not
  // "Let me know …", "Let me see", which ask the reader or stall)
  if (span.b - span.a === 2 && span.a === trimFront(doc, ts, span.a) && doc.lemma[span.a] === 'let' && doc.lower[span.a + 1] === 'me' && !LET_ME_REQUESTS.has(doc.lemma[k]!)) return { a: span.a + 1, b: span.b };
  // "…, a point Vale later conceded to the Courier", "an offer the board rebuffed at its meeting", "something
  // Ruiz could accept": the subject of a contact relative after an indefinite head, whatever follows the verb
  const afterIndefinite = subjectAfterIndefiniteHead(doc, span);
  if (afterIndefinite) return afterIndefinite;
  // "This is not the plan Vale envisioned", "The levy was the last thing Okafor wanted to hear about": the
  // subject of a contact relative on the noun a copula predicates (the copula's clause is no part of it)
  // (a finite verb's: "It was the spokesman Vale speaking for the board" names the speaker)
  const afterCopula = endsWithIng(doc.lower[k]!) ? null : subjectAfterCopulaHead(doc, span, k);
  if (afterCopula) return afterCopula;
  // "The message the growers expect the mayor to repeat …", "the kind of pilot many growers fear Vale would hire":
  // a determiner's phrase of two words or more right before the cue, after a noun, is a contact relative's
  // subject even when the cue's own clause follows (the gap is inside it); the head is no part of the source
  if (j + 1 === k && objectlessAfter(doc, k) === 'object') {
    for (let t = j - 1; t > start + 1 && j - t < 4; t--) {
      if (doc.pos[t - 1] !== 'NOUN' || isCap(doc, t - 1) || isPossessive(doc, t - 1) || !CONTACT_SUBJECT_OPENERS.has(doc.lower[t]!) || isCap(doc, t)) continue;
      // (not a relative's verb: "The audit the union wanted revealed …", nor a plural before a last singular
      // word, such a verb the tagger read as a noun: "The union leaders the growers trust said …")
      let plural = false;
      for (let u = t + 1; u <= j; u++) if ((u < j && isPluralNoun(doc, u)) || isVerb(doc, u)) plural = true;
      if (!plural && !isCap(doc, j) && hasHead(doc, { a: t, b: j + 1 })) return { a: t, b: j + 1 };
      break;
    }
  }
  // "a rule the farmers hope will pass": a noun phrase right after a noun, with nothing between,
  // is the subject of a relative clause with no pronoun; the noun before it is what the clause is about
  // (only with the gap right after the cue: "hope will pass", "say is")
  // (also a noun the tagger read as a verb after its article, before a possessive the phrase reader stops at:
  // "The levy my neighbours fear will pass"; and a name, before the auxiliary of the clause: "a plan Ruiz says will fail")
  // ("The memo Ruiz wrote claimed …": or a name after a document the cue's verb takes as its object, before the
  // main clause's finite verb, over a short phrase a preposition opens: "The memo Ruiz wrote in May said …")
  const afterCue = j + 1 === k ? writtenThingVerbAfter(doc, k) : -1;
  const np = j + 1 === k && (isVerb(doc, k + 1) || afterCue > k) ? nounPhraseBefore(doc, j, ts) : null;
  if (np) for (let t = Math.max(start + 1, np.a - 1); t < np.b; t++) {
    if (!(doc.pos[t - 1] === 'NOUN' || isNounAfterArticle(doc, t - 1)) || isCap(doc, t - 1)) continue;
    const opener = t < np.b - 1 && CONTACT_SUBJECT_OPENERS.has(doc.lower[t]!) && !isCap(doc, t);
    const name = (doc.pos[k + 1] === 'AUX' || (afterCue > k && takesWrittenThing(lex, doc.lemma[k]!, doc.lower[t - 1]!))) && doc.pos[t] === 'PROPN' && isCap(doc, t);
    if ((opener || name) && hasHead(doc, { a: t, b: np.b })) return { a: t, b: np.b };
  }
  // "the columns Ruiz wrote last spring were …", "the collapse many analysts forecast never came",
  // "something the union wanted.": the same when the verb's clause ends with no object of its own
  // (a name only before a further verb, which no title before a name allows: "the spokesman Ruiz said." keeps the title)
  if (j + 1 === k && k - 1 > ts) {
    const gap = objectlessAfter(doc, k);
    // (a determiner's phrase nearest the verb first: "Vale fears the levy | the board wants.", where the tagger
    // may read "fears" as a noun before a first determiner; a title keeps its name, "the editor Ruiz wrote")
    if (gap !== 'object') for (let t = j; t > start + 1; t--) {
      if (doc.pos[t - 1] !== 'NOUN' || isCap(doc, t - 1) || isPossessive(doc, t - 1) || !CONTACT_SUBJECT_OPENERS.has(doc.lower[t]!) || isCap(doc, t)) continue;
      if (hasHead(doc, { a: t, b: j + 1 })) return { a: t, b: j + 1 };
      break;
    }
    if (gap !== 'object') for (let t = start + 1; t <= j; t++) {
      if (!(doc.pos[t - 1] === 'NOUN' || THING_PRONOUNS.has(doc.lower[t - 1]!)) || isCap(doc, t - 1) || isPossessive(doc, t - 1)) continue;
      const det = CONTACT_SUBJECT_OPENERS.has(doc.lower[t]!) && !isCap(doc, t);
      const name = gap === 'verb' && doc.pos[t] === 'PROPN' && isCap(doc, t);
      if ((det || name) && hasHead(doc, { a: t, b: j + 1 })) return { a: t, b: j + 1 };
    }
    // ("the letters Vale wrote while a student", "the columns Ruiz wrote under a pen name": a name of up to three
    // words right after a plural common noun is a contact relative's subject whatever follows the verb, since no
    // plural noun is a title before one name; not a list of names, "growers Vale and Ruiz")
    let n = j;
    while (n > start && j - n < 3 && doc.pos[n] === 'PROPN' && isCap(doc, n)) n--;
    if (n < j && n > start && doc.pos[n] === 'NOUN' && !isCap(doc, n) && !isPossessive(doc, n) && isPluralNoun(doc, n) && !TIME_OR_PLACE.has(doc.lower[n + 1]!)) return { a: n + 1, b: j + 1 };
  }
  // "The Ministry of Water Resources on Friday rejected": drop a trailing time adjunct.
  for (let t = span.a + 1; t < span.b - 1; t++) {
    // (not the phrase of a participle on the head: "Emails sent on Friday show")
    if (TIME_PHRASE_OPENERS.has(doc.lower[t]!) && TIME_OR_PLACE.has(doc.lower[t + 1]!) && !ON_IN_AT.has(doc.lower[t + 1]!) && !(reducedParticipleAt(doc, t - 1, span.a) && participlePhraseEndsAt(doc, t - 1, span.b))) {
      span.b = t;
      break;
    }
  }
  // "Dr. Sunita Rao, lead author of the study, said": the name before a description.
  // (not "The treasurer, aides said, will resign": a bare plural is a source of its own)
  // (nor "Mrs. Lee, these people said, would …": a short plural phrase is a source of its own)
  const last = doc.lower[span.b - 1]!;
  const plural = doc.pos[span.b - 1] === 'NOUN' && (/[^s]s$/.test(last) || /^(?:people|staff|police)$/.test(last));
  const barePlural = plural && span.b - span.a <= 3 && !doc.lower.slice(span.a, span.b).includes('of') && (span.b - span.a === 1 || /^(?:these|those|the|some|many|several|two|three|four|other|both|all|most)$/.test(doc.lower[span.a]!));
  // (nor "Vale, a senior clerk said, was pleased": a tag set off by commas whose verb follows the phrase with no
  // comma between is a parenthetical report with its own speaker, not a description of the name before)
  const parentheticalTag = j + 1 === k && doc.value[k + 1] === ',' && DETS.has(doc.lower[start]!);
  if (start - 1 > ts && doc.value[start - 1] === ',' && (DETS.has(doc.lower[start]!) || !isCap(doc, start)) && !barePlural && !parentheticalTag) {
    const name = nounPhraseBefore(doc, start - 2, ts);
    // (not "At a rally in Tarn, Ohio, 54-year-old Mara Pell said": a place closing an adverbial)
    // (nor "… killed in Tarn, Ohio, a familiar voice said": a town and state after "in")
    const city = name !== null && name.a - 2 >= ts && doc.value[name.a - 1] === ',' ? nounPhraseBefore(doc, name.a - 2, ts) : null;
    const place = name !== null && name.a - 2 >= ts && doc.value[name.a - 1] === ',' && (ADVERBIAL_START.has(doc.pos[clauseStart(doc, name.a - 2, ts)]!) || (city !== null && /^(?:in|at|near|outside|from)$/.test(doc.lower[city.a - 1] ?? '')) || townAfterPreposition(doc, name.a - 2, ts));
    // (nor "After the loss to Ruiz, party chair Ana Vale said": the object of a preposition opening the sentence;
    // an opening "as" the tagger reads as a preposition opens a clause, "As Okafor, author of …, put it")
    const objectOfPreposition = name !== null && name.a > ts && doc.pos[name.a - 1] === 'ADP' && doc.lower[name.a - 1] !== 'as';
    // (nor "Titled Harbour Days, the video shows": the name a naming participle opening the sentence gives the
    // subject after the comma, which is the source)
    const openingNaming = name !== null && (NAMING_PARTICIPLES.has(doc.lower[name.a]!) || (name.a > ts && NAMING_PARTICIPLES.has(doc.lower[name.a - 1]!)));
    if (name && !place && !objectOfPreposition && !openingNaming && isCap(doc, name.b - 1) && clauseStart(doc, name.b - 1, ts) === name.a && looksLikeName(doc, name)) return withAppositive(name, span);
  }
  // "Ruiz, whose group does not endorse candidates,": the possessed noun is the source, described by itself
  if (doc.lower[span.a] === 'whose' && span.b - span.a >= 2 && span.b - span.a <= 5 && hasHead(doc, { a: span.a + 1, b: span.b })) return withAntecedent(span, { a: span.a + 1, b: span.b });
  // "those surveyed say": a demonstrative with a participle
  if (span.b - span.a === 2 && doc.lower[span.a] === 'those' && endsWithEd(low)) return span;
  return subjectOfSpan(doc, lex, span, j, k, ts);
}

/**
 * A relative clause that ends inside a closing mark before the verb: the antecedent with the clause, or null
 * when no subject can stand there; undefined when `j` ends no such clause.
 */
// (a piece of `subjectBeforeTitle` of its own, as the pieces below: the whole reader compiled as one function
// cost the optimising compiler ≈ 0.35 s on its first hot run, its rare branches compiled with the common ones)
function relativeEndingInMark(doc: SlantDocument, j: number, ts: number, isSpeechMark: (k: number) => boolean): SourcePhrase | null | undefined {
  // "Vale, who calls Berg a “menace,” said": a relative clause that ends inside a closing mark
  // (the mark may close a nested quotation glued to the outer one, "a “‘menace,’” said"; or the comma
  // may follow it: "who called it “a disgrace”, said")
  const outside = j > ts + 1 && doc.value[j] === ',' && isQuoteMark(doc, j - 1);
  const mark = outside ? j - 1 : j;
  const closing = mark > ts + 1 && isQuoteMark(doc, mark) && isQuoteMark(doc, mark - 1) && (outside || doc.value[mark - 2] === ',') ? mark - 1 : mark;
  if (mark > ts && isQuoteMark(doc, mark) && (outside || doc.value[closing - 1] === ',')) {
    let opened = false;
    let marksPassed = 0;
    let openAt = -1;
    for (let w = outside ? closing - 1 : closing - 2; w > ts && j - w < 40 && doc.value[w] !== ';' && doc.value[w] !== '.'; w--) {
      if (isQuoteMark(doc, w)) {
        opened = true;
        marksPassed++;
        if (marksPassed === 1) openAt = w;
      }
      // ("Mr. Vale, citing “the magic of Ruiz,” said": a participle with a quotation, set off the same way;
      // "The memo, titled “A Fair Levy,” argues": a naming participle with the name its mark closes, not a
      // title inside a quotation the mark closes, `“The levy, titled “fair,” will fail,” argues Ruiz`)
      // ("Vale, known as “the Ledger,” said", "Vale, better known as “the Ledger,” said": "as" and an adverb may
      // stand between the naming participle and its name)
      // ("Ana Vale, the clerk known as “the Ledger,” said": a short noun phrase before the participle)
      const naming = marksPassed === 1 && doc.value[w] === ',' && namedAppositive(doc, w + 1, openAt);
      const participle = naming || (endsWithIng(doc.lower[w + 1] ?? '') && doc.pos[w + 1] === 'VERB' && isQuoteMark(doc, w + 2));
      if (doc.value[w] !== ',' || !(NONCOMPLEMENT_RELATIVES.has(doc.lower[w + 1] ?? '') || participle)) continue;
      // (not a relative clause inside the quoted speech the mark closes: `“…, which many pilots think will be Berg,” said Tarnow`,
      // a nested pair of closing marks known by its inner one)
      if (!opened && !participle && (isSpeechMark(mark) || isSpeechMark(closing))) break;
      const np = appositiveChain(doc, w - 1, ts);
      if (participle) return np && hasHead(doc, np) && clauseStart(doc, np.b - 1, ts) === np.a ? np : null;
      return np ? withRelative(np, { a: w + 1, b: mark + 1 }) : null;
    }
  }
  return undefined;
}

/**
 * The noun phrase right before a naming participle whose name the quotation opening at `open` gives ("The clerk |
 * known as “…”", "A pilot | nicknamed “…”", over an adverb: "the docks | locally called “…”"); null when no participle
 * names there or no phrase with a head, opening its clause, stands before it (a comma before the participle sets off
 * an aside, read in `relativeEndingInMark`).
 */
function namedByParticiple(doc: SlantDocument, open: number, ts: number): TokenRange | null {
  for (let p = open - 1; p > ts && open - p <= 3; p--) {
    if (namingMarkAt(doc, p) !== open) continue;
    if (isPunct(doc, p - 1)) return null;
    const np = nounPhraseBefore(doc, p - 1, ts);
    return np && np.b === p && hasHead(doc, np) && clauseStart(doc, np.b - 1, ts) === np.a ? np : null;
  }
  return null;
}

/** The most words of a noun phrase before the naming participle of an aside ("the harbour clerk known as …"). */
const NAMED_APPOSITIVE_REACH = 5;

/**
 * Does the aside from `a` name something with the quotation opening at `open`: a naming participle right
 * there ("known as “the Ledger,”") or after a short noun phrase with no verb ("the clerk known as “the Ledger,”")?
 */
function namedAppositive(doc: SlantDocument, a: number, open: number): boolean {
  for (let t = a; t < open && t - a <= NAMED_APPOSITIVE_REACH; t++) {
    if (namingMarkAt(doc, t) === open) return true;
    if (!NOUN_PHRASE_TAGS.has(doc.pos[t]!)) return false;
  }
  return false;
}

/** The subject before a dash at `j` that closes a piece set off by dashes; undefined when the dash decides nothing. */
function subjectBeforeSetOffDash(doc: SlantDocument, j: number, k: number, ts: number): SourcePhrase | null | undefined {
  // "Ruiz — who is registered as a nurse — told the Ledger": a clause set off by dashes after the subject
  let o = j - 1;
  while (o > ts && j - o < 40 && !isSetOffDash(doc, o) && doc.value[o] !== ';') o--;
  if (o > ts && o < j - 1 && isSetOffDash(doc, o) && /^(?:who|whose|which)$/.test(doc.lower[o + 1]!)) {
    const np = appositiveChain(doc, o - 1, ts);
    return np && hasHead(doc, np) ? withRelative(np, { a: o + 1, b: j }) : null;
  }
  // "Murphy — after a brief pause — told me": an adverbial set off by dashes
  if (o > ts && o < j - 1 && isSetOffDash(doc, o) && (doc.pos[o + 1] === 'ADP' || doc.pos[o + 1] === 'SCONJ') && !isCap(doc, o + 1) && !isPunct(doc, o - 1)) {
    const np = nounPhraseBefore(doc, o - 1, ts);
    if (np && hasHead(doc, np) && clauseStart(doc, np.b - 1, ts) === np.a) return np;
  }
  // "Ruiz — a longtime ally of the mayor — said", "Dozens of interviews - most of them by phone - showed":
  // a description set off by dashes after the subject; the phrase before the first dash is the subject
  // (the dash must open a pair: in "Ruiz — the mayor — said it is over — and …" the third does not)
  // ("Berg — mentioned by the Gazette as the likely choice — told": a past participle with its phrase, set off the same way)
  // ("Videos - made by activists - showed": an irregular participle as well)
  // ("Harbour officials — including Vale and Ruiz — argued": a list opened by an -ing preposition, set off the same way)
  // ("The clerks — fearing a levy — said": an -ing form with its object, set off the same way)
  const ingAside = isVerb(doc, o + 1) && doc.pos[o + 1] !== 'AUX' && endsWithIng(doc.lower[o + 1]!) && !isCap(doc, o + 1);
  const participle = (isVerb(doc, o + 1) && doc.pos[o + 1] !== 'AUX' && isParticipleForm(doc.lower[o + 1]!) && doc.pos[o + 2] === 'ADP') || ING_PREPOSITIONS.has(doc.lower[o + 1]!) || ingAside;
  if (o > ts && o < j - 1 && isSetOffDash(doc, o) && dashOpens(doc, o, ts) && (!isVerb(doc, o + 1) || participle) && doc.pos[o + 1] !== 'AUX' && doc.pos[o + 1] !== 'CCONJ' && !isQuoteMark(doc, o + 1) && !isPunct(doc, o - 1)) {
    const np = nounPhraseBefore(doc, o - 1, ts);
    const description = { a: o + 1, b: j };
    if (np && hasHead(doc, np) && clauseStart(doc, np.b - 1, ts) === np.a && hasHead(doc, description)) return withAppositive(np, description);
    // (a subject the noun-phrase reader stops inside: "Interviews with party chairs — …")
    const piece = { a: clauseStart(doc, o - 1, ts), b: o };
    let verbless = piece.b - piece.a <= 12 && hasHead(doc, piece) && hasHead(doc, description);
    for (let t = piece.a; t < piece.b && verbless; t++) if (isVerb(doc, t) || doc.pos[t] === 'AUX') verbless = false;
    if (verbless && (piece.a === ts || isPunct(doc, piece.a - 1))) return withAppositive(piece, description);
    // ("The report she cited - written by two clerks - claimed": a subject with a contact relative before the dash)
    const contact = contactRelativeBeforeDash(doc, piece, ts);
    if (contact && hasHead(doc, description)) return withAppositive(contact, description);
  }
  // ("Harbour clerks — and some pilots — say": a second subject joined by "and", set off by dashes, is part
  // of the source with the first, which ends at the first dash; was «some pilots —»)
  if (o > ts && o < j - 2 && isSetOffDash(doc, o) && doc.lower[o + 1] === 'and' && !isPunct(doc, o - 1)) {
    const joined = { a: clauseStart(doc, o - 1, ts), b: j };
    let verbless = joined.b - joined.a <= 16 && hasHead(doc, { a: joined.a, b: o }) && hasHead(doc, { a: o + 2, b: j });
    for (let t = joined.a; t < joined.b && verbless; t++) if (isVerb(doc, t) || doc.pos[t] === 'AUX' || isQuoteMark(doc, t)) verbless = false;
    if (verbless && (joined.a === ts || isPunct(doc, joined.a - 1))) return joined;
  }
  // "Berg — praised by the Gazette — …": a verb right after a dash that opens an aside has no subject
  // before the dash ("Berg —" is no source)
  if (!(o > ts && isSetOffDash(doc, o)) && j === k - 1 && dashOpens(doc, j, ts)) return null;
  return undefined;
}

/**
 * The subject `piece` (opening the sentence or set off by punctuation) when it is a noun phrase with a contact
 * relative that ends at its verb ("The report | she cited", "Every plan | Vale drafted"): a head noun, then a
 * pronoun, a name of up to three words or a determiner's noun phrase ("the clerks"), then a finite verb; null otherwise.
 */
function contactRelativeBeforeDash(doc: SlantDocument, piece: TokenRange, ts: number): TokenRange | null {
  const v = piece.b - 1;
  if (piece.b - piece.a > 8 || !(piece.a === ts || isPunct(doc, piece.a - 1)) || doc.pos[v] !== 'VERB' || endsWithIng(doc.lower[v]!)) return null;
  let s = v - 1;
  if (NOMINATIVE_PRONOUNS.has(doc.lower[s]!)) s--;
  else if (doc.pos[s] === 'NOUN') {
    // ("The two reports | the clerks wrote": a determiner's noun phrase as the relative's subject, right after the head)
    let d = s;
    while (d - 1 > piece.a && v - d < 3 && (doc.pos[d - 1] === 'NOUN' || doc.pos[d - 1] === 'ADJ')) d--;
    if (!(d - 1 > piece.a && (ARTICLES.has(doc.lower[d - 1]!) || POSSESSIVE_DETERMINERS.has(doc.lower[d - 1]!)))) return null;
    s = d - 2;
  } else while (s > piece.a && v - s <= 3 && doc.pos[s] === 'PROPN' && isCap(doc, s)) s--;
  if (s === v - 1 || s < piece.a || doc.pos[s] !== 'NOUN') return null;
  for (let t = piece.a; t < s; t++) if (isVerb(doc, t) || doc.pos[t] === 'AUX' || isPunct(doc, t)) return null;
  return { a: piece.a, b: piece.b };
}

/** The subject a relative pronoun at `j` stands for (its antecedent), or null; undefined when `low` is no relative read here. */
function subjectOfRelativePronoun(doc: SlantDocument, j: number, ts: number, low: string): SourcePhrase | null | undefined {
  // "two councillors, both of whom opposed", "the clerks, most of whom say": a quantified relative pronoun
  // stands for the phrase before its comma
  if ((low === 'whom' || low === 'which') && j - 2 > ts && doc.lower[j - 1] === 'of') {
    let q = j - 2;
    while (q > ts && j - q < 7 && doc.value[q] !== ',' && doc.value[q] !== '(' && !isSetOffDash(doc, q) && !isPunct(doc, q)) q--;
    if (q > ts && q < j - 2 && (doc.value[q] === ',' || doc.value[q] === '(' || isSetOffDash(doc, q))) {
      const antecedent = appositiveChain(doc, q - 1, ts);
      if (antecedent && hasHead(doc, antecedent)) return { a: q + 1, b: j + 1, antecedent };
    }
  }
  // ("Vale (who backs Ruiz) said", "Vale — who backs Ruiz — …": the same after a parenthesis or a dash)
  if ((low === 'who' || low === 'which' || low === 'that') && j - 1 >= ts && (doc.value[j - 1] === ',' || (low !== 'that' && (doc.value[j - 1] === '(' || DASHES.has(doc.value[j - 1]!))))) {
    const antecedent = appositiveChain(doc, j - 2, ts);
    return antecedent ? sourcePhrase(j, j + 1, antecedent.appositive, antecedent) : null;
  }
  // "Ruiz, whom the board named, and who now backs Vale", "The group, founded in 2004 and which has
  // endorsed Vale,": a second relative clause joined by a conjunction stands for the first one's antecedent
  if ((low === 'who' || low === 'which') && j - 1 > ts && COORDINATORS.has(doc.lower[j - 1]!)) {
    const antecedent = antecedentOfJoinedRelative(doc, j - 1, ts);
    if (antecedent) return { a: j, b: j + 1, antecedent };
  }
  // ("18% who say": a share)
  if (low === 'who' && j - 2 >= ts && doc.value[j - 1] === '%' && doc.pos[j - 2] === 'NUM') return sourcePhrase(j, j + 1, undefined, { a: j - 2, b: j });
  // "critics who say ...": the noun before the relative pronoun.
  if ((low === 'who' || low === 'which' || low === 'that') && j - 1 >= ts && (doc.pos[j - 1] === 'NOUN' || doc.pos[j - 1] === 'PROPN' || low === 'who' || pluralAfterBeOrThe(doc, j - 1))) {
    // ("There were polls that show …": a plural the tagger read as a verb is the antecedent, with its article)
    const antecedent = pluralAfterBeOrThe(doc, j - 1) ? { a: doc.lower[j - 2] === 'the' ? j - 2 : j - 1, b: j } : nounPhraseBefore(doc, j - 1, ts);
    // "those who say", "anyone who thinks": a pronoun antecedent
    if (!antecedent && low === 'who' && PRONOUN_ANTECEDENTS.has(doc.lower[j - 1]!)) return sourcePhrase(j, j + 1, undefined, { a: j - 1, b: j });
    return antecedent ? { a: j, b: j + 1, antecedent } : null;
  }
  return undefined;
}

/** The subject before a comma right before the verb (at `j`): an adverbial or a description set off by commas. */
function subjectBeforeComma(doc: SlantDocument, lex: AttributionLexicons, k: number, j: number, ts: number, isSpeechMark: (k: number) => boolean): SourcePhrase | null {
  if (j - 1 >= ts && isQuoteMark(doc, j - 1) && isSpeechMark(j - 1)) return null;
  const lead = leadingSubject(doc, j, ts, isSpeechMark);
  if (lead) return lead;
  let c2 = j - 1;
  while (c2 >= ts && doc.value[c2] !== ',' && !(isQuoteMark(doc, c2) && isSpeechMark(c2))) c2--;
  // "Gov. Ann Lee (R-Ohio), said": a stray comma after the party and state
  if (doc.value[j - 1] === ')' && (c2 < ts || doc.value[c2] !== ',' || c2 < j - 12)) {
    const np = nounPhraseBefore(doc, j - 1, ts);
    if (np && isCap(doc, np.b - 1) && clauseStart(doc, np.b - 1, ts) === np.a && looksLikeName(doc, np)) return np;
  }
  if (c2 < ts || doc.value[c2] !== ',') return null;
  const middle = { a: c2 + 1, b: j };
  if (middle.a >= middle.b) return null;
  // "Officials, however, said", "The two unions, for their part, said": an adverbial set off by commas stands between subject and verb
  // ("Veterans at the rally, including Ann Lee, said": the members named belong to the subject)
  if (adverbialPiece(doc, middle) || (doc.lower[middle.a] === 'including' && middle.b - middle.a <= 8)) return subjectBefore(doc, lex, c2, ts, isSpeechMark);
  const first = doc.lower[middle.a]!;
  if (first === 'who' || first === 'which' || first === 'whose') {
    const np = appositiveChain(doc, c2 - 1, ts);
    return np ? withRelative(np, middle) : null;
  }
  // ("Vale herself, as well as her staff, has said": a reflexive that stresses the subject is not its head)
  const stressed = c2 - 2 >= ts && REFLEXIVES.has(doc.lower[c2 - 1]!) && (doc.pos[c2 - 2] === 'PROPN' || doc.pos[c2 - 2] === 'NOUN');
  const before = nounPhraseBefore(doc, stressed ? c2 - 2 : c2 - 1, ts);
  // ("the second speaker, former harbour master Dara Vale, said": or a lower-case title before the name)
  // ("The board's chair, Ana Vale (I-Tarn), said": the name without its party and state, as before the verb)
  const named = partyNamed(doc, middle);
  const middleHasName = isCap(doc, named.b - 1) && (isCap(doc, named.a) || titledName(doc, named));
  const beforeIsRole = before && !isCap(doc, before.b - 1);
  if (middleHasName && beforeIsRole) return withAppositive(named, before);
  // ("During the season Vale, goaded by Ruiz, said": without a phrase fronted before the subject with no comma)
  if (before && clauseStart(doc, before.b - 1, ts) === before.a) return sourcePhrase(frontedPhraseEnd(doc, before), before.b, middle);
  // ("Growers who met Vale, angered by the levy, said", "The report she cited, written by two clerks, claimed": a
  // participle's phrase set off between a subject and its verb, after a subject the phrase reader cannot close
  // (one with a relative clause); the subject ends before the first comma)
  if (participleAside(doc, middle)) {
    const inner = subjectBeforeTitle(doc, lex, k, ts, isSpeechMark, c2 - 1);
    if (inner) return inner.appositive ? inner : withAppositive(inner, middle);
  }
  // the piece before the first comma is a whole phrase the noun-phrase reader stops inside:
  // "A teacher supporting Ruiz, Ann Lee of Marion, said" (a description, then the name),
  // "The clerk of nearly ten years, a nurse who ..., said" (the subject, then a description)
  const piece = { a: clauseStart(doc, c2 - 1, ts), b: c2 };
  if (piece.b - piece.a > 10 || !hasHead(doc, piece) || !(DETS.has(doc.lower[piece.a]!) || /^(?:another|every|each|no)$/.test(doc.lower[piece.a]!))) return null;
  if (middleHasName && named.b - named.a <= 9 && isCap(doc, named.a + 1) && looksLikeName(doc, named)) return withAppositive(named, piece);
  // ("One pastor backing Ruiz, Dara Okafor of Hope Church in Tarn, said": the name leads a phrase that places it)
  if (middleHasName && middle.b - middle.a <= 12 && isCap(doc, middle.a + 1) && doc.lower[middle.a + 2] === 'of' && looksLikeName(doc, { a: middle.a, b: middle.a + 2 }) && doc.pos[middle.a] === 'PROPN' && doc.pos[middle.a + 1] === 'PROPN') return withAppositive(middle, piece);
  // ("The prize-winning novelist Ana Ruiz": a participle joined to a word by a hyphen is an adjective)
  for (let t = piece.a; t < piece.b; t++) if (isVerb(doc, t) && !isCap(doc, t) && !hyphenJoinsAfter(doc, t - 1)) return null;
  return withAppositive(piece, middle);
}

/** `middle` without a party-and-state parenthesis closing it ("Ana Vale (I-Tarn)" → «Ana Vale»); `middle` itself otherwise. */
function partyNamed(doc: SlantDocument, middle: TokenRange): TokenRange {
  const close = middle.b - 1;
  if (doc.value[close] !== ')' || !partyStateBefore(doc, close)) return middle;
  let o = close - 1;
  while (o > middle.a && doc.value[o] !== '(') o--;
  return o > middle.a ? { a: middle.a, b: o } : middle;
}

/**
 * The inflected lexical verb after the cue at `k`, right away or over a short phrase a preposition opens ("wrote |
 * claimed", "wrote in May | said"): a main clause's verb when the cue is a relative's; -1 when none stands there.
 */
function writtenThingVerbAfter(doc: SlantDocument, k: number): number {
  const te = doc.sentences[doc.sentenceOf[k]!]!.tokenEnd;
  const v = shortPrepositionalPhraseEnd(doc, k + 1, te);
  return v < te && doc.pos[v] === 'VERB' && !endsWithIng(doc.lower[v]!) && doc.lemma[v] !== doc.lower[v] ? v : -1;
}

/**
 * Is `r` (between two commas) a participle's phrase set off as an aside: a past participle before its agent or a
 * preposition ("written by two clerks", "angered by the levy", "drafted in May"), at most ten words?
 */
function participleAside(doc: SlantDocument, r: TokenRange): boolean {
  // ("A memo drafted in May, and obtained by the Ledger, concluded": a second participle joined by "and")
  const a = doc.lower[r.a] === 'and' ? r.a + 1 : r.a;
  if (r.b - a < 2 || r.b - a > 10 || doc.pos[a] !== 'VERB' || isCap(doc, a)) return false;
  return participleWithAgent(doc, a) || (endsWithEd(doc.lower[a]!) && doc.pos[a + 1] === 'ADP');
}

/** The subject read as `span` (up to `j`, before the verb at `k`): cut at a verb inside it or split at a relative clause. */
function subjectOfSpan(doc: SlantDocument, lex: AttributionLexicons, span: TokenRange, j: number, k: number, ts: number): SourcePhrase | null {
  if (span.b - span.a > 16 || !hasHead(doc, span)) return nounPhraseBefore(doc, j, ts);
  // A relative clause inside the subject: "Two officials who spoke on condition of anonymity".
  let rel = -1;
  const finiteCue = isFiniteCue(doc, k);
  for (let t = span.a; t < span.b && rel < 0; t++) {
    if (doc.lower[t] === 'who' || doc.lower[t] === 'whose') rel = t;
    // a reduced relative: "people briefed on the talks", "officials familiar with the plan"
    // ("those surveyed", "those polled": the same after a demonstrative)
    // ("Families hit hard by the closure": a participle the same as its bare form, before its agent)
    // ("A copy of the memo seen by reporters": an irregular participle before its agent, as well)
    // ("Growers cut off from the port", "Workers laid off by the mill": a past form, its particle, then a preposition)
    else if (t > span.a && doc.pos[t] === 'VERB' && (endsWithEd(doc.lower[t]!) || participleWithAgent(doc, t) || participleWithParticle(doc, t)) && (doc.pos[t - 1] === 'NOUN' || doc.pos[t - 1] === 'PROPN' || doc.lower[t - 1] === 'those')) rel = t;
    // ("Polls taken in Tarn show", "Emails sent on Friday show": an irregular participle before a time or place phrase
    // that closes the subject)
    else if (t > span.a && reducedParticipleAt(doc, t, span.a) && participlePhraseEndsAt(doc, t, span.b)) rel = t;
    // "people I have spoken with", "the scholars we asked": a relative clause with no pronoun
    else if (t > span.a && PRONOUNS.has(doc.lower[t]!) && doc.pos[t - 1] === 'NOUN' && t + 1 < span.b && (isVerb(doc, t + 1) || doc.pos[t + 1] === 'AUX')) rel = t;
    // ("A man Berg met in Lisbon", "the clerk the mayor hired": the same with a name or a determined phrase as its subject)
    // (a plural head may open the sentence: "People Berg met in Lisbon"; only before a finite verb cue, whose
    // subject holds no verb of its own: before a participle or a noun the phrase may be a whole clause)
    else if (finiteCue && t > span.a && doc.pos[t - 1] === 'NOUN' && (!isCap(doc, t - 1) || t - 1 === ts) && contactRelativeSubject(doc, t, span.b)) rel = t;
    // "a source speaking to the Courier", "officials working on the plan": the same with a present participle
    // ("Traders backing the levy said": also after a plural the tagger read as a name at the sentence's start)
    else if (t > span.a && doc.pos[t] === 'VERB' && endsWithIng(doc.lower[t]!) && (doc.pos[t - 1] === 'NOUN' || doc.pos[t - 1] === 'PROPN') && !isCap(doc, t) && t + 1 < span.b) rel = t;
  }
  for (let t = span.a; t < span.b; t++) {
    if (rel >= 0 && t >= rel) break;
    // "the proposed incinerator": a participle used as an adjective is not a verb
    // "the mayor’s thinking": a verb form after a possessive is a noun
    // "Exit polling shows", "the new polling suggests": an -ing form ending the subject after a modifier is a noun
    // ("The latest polling in Tarn shows", "their reporting on the plan found": the same before a phrase a preposition opens)
    const gerund = endsWithIng(doc.lower[t]!) && (t === span.b - 1 || GERUND_PREPOSITIONS.has(doc.lower[t + 1]!)) && t > span.a && (doc.pos[t - 1] === 'ADJ' || doc.pos[t - 1] === 'DET' || isCap(doc, t - 1) || isPossessive(doc, t - 1));
    if (gerund) continue;
    const adjectival = (endsWithEdOrEn(doc.lower[t]!) && (DETS.has(doc.lower[t - 1] ?? '') || doc.pos[t - 1] === 'ADJ')) || doc.value[t - 1] === '-' || (t > span.a && isPossessive(doc, t - 1)) || (endsWithIng(doc.lower[t]!) && (doc.pos[t + 1] === 'NOUN' || doc.pos[t + 1] === 'PROPN') && DETS.has(doc.lower[t - 1] ?? ''))
      // ("…,” managing editor Dara Okafor said": an -ing word opening a title before a name modifies the title)
      || (t === span.a && endsWithIng(doc.lower[t]!) && !isCap(doc, t) && doc.pos[t + 1] === 'NOUN' && namesPeople(doc, lex, t + 1) && doc.pos[t + 2] === 'PROPN' && isCap(doc, t + 2));
    // ("Hoping voters agree, …": a participle opening the sentence is a verb, though capitalised)
    // (only a verb that takes a clause: "Leading Democrats say", "Trailing contenders agreed" keep the adjective)
    const openingParticiple = t === span.a && isCap(doc, t) && CLAUSE_PARTICIPLES.has(doc.lower[t]!) && (t === ts || isPunct(doc, t - 1));
    // ("An earlier report in the Gazette": a bare form after an article is a noun the tagger misread)
    // ("The orchard suspect said": so is a bare form ending the subject after a singular noun, before the inflected cue)
    const misreadHead = t === j && t + 1 === k && bareFormEndsNounPhrase(doc, t);
    if (doc.pos[t] === 'VERB' && !isCompoundHead(doc, t) && (!isCap(doc, t) || openingParticiple) && !adjectival && !isNounAfterArticle(doc, t) && !misreadHead) return nounPhraseBefore(doc, j, Math.max(ts, t + 1));
  }
  return rel >= 0 ? sourcePhrase(span.a, rel, undefined, undefined, { a: rel, b: span.b }) : span;
}

/** Words that modify a record noun before it: "the new polling", "our own surveys", "recent polls". */
const RECORD_MODIFIER_TAGS = new Set(['DET', 'ADJ', 'NUM']);

/**
 * "where polls show Vale ahead", "But the new polling suggests that …": a plural or -ing record
 * noun (a document noun of `lex`) right before the verb, which the tagger read as a verb, heads the subject
 * (two verbs never stand side by side with no object between, so the first is the noun), with the
 * determiners and adjectives before it. Null unless `j` is that noun.
 */
function misreadRecordSubject(doc: SlantDocument, lex: AttributionLexicons, j: number, k: number, ts: number): SourcePhrase | null {
  if (j !== k - 1 || !recordReadAsVerb(doc, lex, j)) return null;
  let a = j;
  // ("the new polling": an adjective the tagger read as an adverb, between the article and the noun)
  while (a - 1 >= ts && j - a < 4 && (RECORD_MODIFIER_TAGS.has(doc.pos[a - 1]!) || POSSESSIVE_DETERMINERS.has(doc.lower[a - 1]!) || (doc.pos[a - 1] === 'ADV' && a - 2 >= ts && doc.pos[a - 2] === 'DET'))) a--;
  return { a, b: j + 1 };
}

/**
 * The subject of a contact relative in `r` whose head is indefinite ("a point | Vale", "an offer | the
 * board", "something | Ruiz"), see {@link contactSubjectAfterIndefinite}; null when `r` holds no such
 * pair or a verb (or a noun right after the name: "Vale funds") follows it in `r`.
 */
function subjectAfterIndefiniteHead(doc: SlantDocument, r: TokenRange): SourcePhrase | null {
  for (let t = r.a + 1; t < r.b; t++) {
    if (!contactSubjectAfterIndefinite(doc, t, r.a)) continue;
    // (a verb after the subject, or a lower-case noun right after the name, which is the relative's verb
    // read as a noun: "A charity Vale funds said …", "a union Berg chairs": the head and its relative are the subject)
    for (let u = t; u < r.b; u++) if ((isVerb(doc, u) || (u > t && doc.pos[u] === 'NOUN' && doc.pos[u - 1] === 'PROPN' && isCap(doc, u - 1))) && !isCap(doc, u)) return null;
    return hasHead(doc, { a: t, b: r.b }) ? { a: t, b: r.b } : null;
  }
  return null;
}

/**
 * The subject of a contact relative in `r` on the noun phrase a copula predicates ("This is not the plan |
 * Vale", "was the last thing | Okafor"), see {@link contactSubjectAfterCopula}: a name of up to three words
 * or a phrase of its opener's that runs to the end of `r` with no verb; null otherwise, or when the verb at
 * `k` (over auxiliaries and adverbs) takes no object and its clause ends right after it: in "…, she is the
 * best candidate Ruiz argues." the name is a tag's speaker set off with no comma, not a relative's subject
 * (read within the sentence: a headline with no closing mark must not run into the next line).
 */
function subjectAfterCopulaHead(doc: SlantDocument, r: TokenRange, k: number): SourcePhrase | null {
  let v = k;
  while (v < k + 4 && (doc.pos[v] === 'AUX' || isAdverbLike(doc, v))) v++;
  // (a preposition left at the clause's end has the head as its object: "the change the board warned about.")
  if (INTRANSITIVE_GAP.has(doc.lemma[v]!) && !OBJECT_GAP.has(doc.lemma[v]!) && !STRANDED_PREPOSITIONS.has(doc.lower[v + 1] ?? '') && contactGapEnd(doc, v + 1, doc.sentences[doc.sentenceOf[k]!]!.tokenEnd) === 'end') return null;
  for (let t = r.a + 2; t < r.b; t++) {
    if (!contactSubjectAfterCopula(doc, t, r.a, true)) continue;
    // (a bare plural subject is the plural right before the verb, or it and one adjective: "the issue | rural voters")
    if ((doc.pos[t] === 'NOUN' || doc.pos[t] === 'ADJ') && !CONTACT_SUBJECT_OPENERS.has(doc.lower[t]!) && !(r.b - t <= 2 && isPluralNoun(doc, r.b - 1))) return null;
    let name = doc.pos[t] === 'PROPN';
    let joined = false;
    for (let u = t + 1; u < r.b; u++) {
      // ("the clause in the bill Vale and other growers opposed": a name joined by "and" to a further phrase)
      if (name && !joined && doc.lower[u] === 'and' && u + 1 < r.b) {
        name = false;
        joined = true;
        continue;
      }
      if (isVerb(doc, u) || doc.pos[u] === 'AUX' || isPunct(doc, u) || (name && !(doc.pos[u] === 'PROPN' && isCap(doc, u)))) return null;
    }
    return (joined ? r.b - t <= 6 : !name || r.b - t <= 3) && hasHead(doc, { a: t, b: r.b }) ? { a: t, b: r.b } : null;
  }
  return null;
}

/**
 * Does the subject of a relative clause with no pronoun start at `t`, inside a subject that ends
 * before `b`: a name (not a time or place word) or a phrase a {@link CONTACT_SUBJECT_OPENERS} word
 * opens, then a finite verb before `b` ("A man | Berg met in Lisbon", "the clerk | the mayor hired
 * at the port")? The subject of a finite cue holds no verb of its own, so that verb is the relative's.
 */
function contactRelativeSubject(doc: SlantDocument, t: number, b: number): boolean {
  const name = doc.pos[t] === 'PROPN' && isCap(doc, t) && !TIME_OR_PLACE.has(doc.lower[t]!);
  if (!name && !(CONTACT_SUBJECT_OPENERS.has(doc.lower[t]!) && !isCap(doc, t))) return false;
  const np = nounPhraseAfter(doc, t, b);
  if (!np || np.a !== t || np.b >= b || !hasHead(doc, np)) return false;
  const v = np.b;
  return isFiniteVerbOrAux(doc, v);
}

/** Personal pronouns that may open a clause joined by "and" as its subject (not "it" or "you", often objects there). */
const JOINED_CLAUSE_PRONOUNS: ReadonlySet<string> = new Set([...PRONOUNS].filter((w) => w !== 'it' && w !== 'you'));

/**
 * Where the subject ending at `j` starts when a clause joined by "and" with no comma comes before it:
 * "Okafor feuded with the board and Ruiz dismissed its critics" → "Ruiz" (a name, a pronoun or a common noun
 * phrase right after "and", with a finite verb after a subject before "and": "the mill closed and workers say"); `start` otherwise ("Vale and Ruiz said", "the
 * board and Ruiz said": no verb before "and"; "critics who backed the levy and Ruiz": a relative clause;
 * "a poll run by the Harbour Post and Ruiz": a capitalised word before "and").
 */
function subjectAfterJoinedClause(doc: SlantDocument, start: number, j: number): number {
  let and = j;
  while (and > start && j - and < 4 && doc.pos[and] === 'PROPN' && isCap(doc, and)) and--;
  const pronoun = and === j && JOINED_CLAUSE_PRONOUNS.has(doc.lower[j]!);
  if (pronoun) and = j - 1;
  // ("The mill closed in May and workers say …", "… and local residents say": a common noun phrase right after "and")
  const noun = and === j && !pronoun && doc.pos[j] === 'NOUN' ? nounPhraseBefore(doc, j, start + 2) : null;
  const nounJoined = noun !== null && noun.b === j + 1 && doc.lower[noun.a - 1] === 'and';
  if (nounJoined) and = noun.a - 1;
  // (after a capitalised word or a pronoun the two are one subject: "The Harbour Post and Ruiz", "he and Ruiz";
  // not a date a preposition opens before a noun phrase: "closed in May and workers say")
  // (days and months, "May" too: after a preposition it is a date, "in May and workers say")
  const dateBefore = nounJoined && ALL_DATE_NAMES.has(doc.lower[and - 1]!) && doc.pos[and - 2] === 'ADP';
  if (and <= start + 1 || (and === j && !pronoun) || doc.lower[and] !== 'and' || (startsJoinedSubject(doc, and - 1) && !dateBefore)) return start;
  for (let t = start; t < and; t++) if (isPunct(doc, t) || RELATIVE_OPENERS.has(doc.lower[t]!) || doc.lower[t] === 'which') return start;
  for (let t = start + 1; t < and; t++) {
    const subject = doc.pos[t - 1] === 'PROPN' || doc.pos[t - 1] === 'NOUN' || doc.pos[t - 1] === 'PRON';
    // (before a common noun after "and", not a participle with its agent or partner: "demonstrators aligned
    // with the union and other groups marched" is one subject, a reduced relative on its first noun)
    // ("Families hit hard by the closure and workers said": also a participle with no ending of its own, and over one
    // adverb before the preposition)
    const reducedRelative = nounJoined && participleWithAgent(doc, t);
    if (subject && isVerb(doc, t) && !endsWithIng(doc.lower[t]!) && !isCap(doc, t) && !reducedRelative) return and + 1;
  }
  return start;
}

/**
 * Is `t` a past participle by its form right before "by", "with", "to" or "for", or one with no ending of its own ("hit",
 * "cut", `PAST_SAME_AS_BARE`, or "done") right before "by", over one adverb ("aligned with", "hit hard by")? It heads a
 * reduced relative on the noun before it. (A form with no ending is most often a finite past, which "to" or "with" follows
 * as well: "The mayor quit to run", "The union hit back with a strike"; only an agent marks it a participle.)
 * ("A report paid for by the guild", "a poll done for the guild": a participle's own preposition may stand before the
 * agent; a participle may be done for someone, "made for the board".)
 */
function participleWithAgent(doc: SlantDocument, t: number): boolean {
  const w = doc.lower[t]!;
  const byForm = isParticipleForm(w);
  if (!byForm && !PAST_SAME_AS_BARE.has(w) && w !== 'done') return false;
  const after = (doc.pos[t + 1] === 'ADJ' || isAdverbLike(doc, t + 1)) && !REDUCED_RELATIVE_PREPOSITIONS.has(doc.lower[t + 1]!) ? t + 2 : t + 1;
  const p = doc.lower[after]!;
  if (p === 'by' || (doc.pos[after] === 'ADP' && doc.lower[after + 1] === 'by')) return true;
  return (byForm || w === 'done') && (REDUCED_RELATIVE_PREPOSITIONS.has(p) || (p === 'for' && forOwnPhrase(doc, t, after)));
}

/**
 * Is the "for" at `f` after the participle at `t` the participle's own ("paid for by the guild", "done for the guild"),
 * not a preposition stranded at the end of a relative clause, "A report that the guild paid for says …", where the
 * noun before the participle is that clause's subject? A stranded "for" has no object (a verb or a stop follows), and a
 * relative word before the noun phrase opens a clause.
 */
function forOwnPhrase(doc: SlantDocument, t: number, f: number): boolean {
  if (isPunct(doc, f + 1) || isVerb(doc, f + 1) || doc.pos[f + 1] === 'AUX') return false;
  const opensRelative = (w: string) => RELATIVE_OPENERS.has(w) || w === 'which';
  let s = t - 1;
  while (s > t - 4 && s > 0 && !opensRelative(doc.lower[s]!) && NOUN_PHRASE_WORD_TAGS.has(doc.pos[s]!)) s--;
  return !opensRelative(doc.lower[s]!);
}

/**
 * Is the verb at `t` a past form with a particle and then a preposition ("cut off from", "laid off by", "shut out
 * of")? A finite verb would leave the cue after the phrase without a subject, so inside a subject it is a reduced relative.
 */
function participleWithParticle(doc: SlantDocument, t: number): boolean {
  return ADVERB_PARTICLES.has(doc.lower[t + 1]!) && doc.pos[t + 2] === 'ADP' && !endsWithIng(doc.lower[t]!) && (endsWithEd(doc.lower[t]!) || doc.lemma[t] !== doc.lower[t] || PAST_SAME_AS_BARE.has(doc.lower[t]!));
}

/** Is the cue at `k` a verb that is no participle in -ing ("said", "has argued"; not "knocking", nor a noun)? */
function isFiniteCue(doc: SlantDocument, k: number): boolean {
  return doc.pos[k] === 'VERB' && !doc.lower[k]!.endsWith('ing');
}

/** Tags a subject never opens with behind a fronted phrase (a second preposition, a verb, a conjunction). */
const NOT_SUBJECT_OPENING = new Set(['ADP', 'VERB', 'AUX', 'PUNCT', 'SCONJ', 'CCONJ', 'PART']);

/**
 * Where the subject in `r` starts behind a time or prepositional phrase that opens it ("in June |
 * Vale", "at the hearing | the mayor", "last week | two aides"), or `r.a` when no phrase with a
 * subject after it opens `r` ("At the council", "In the new spot" stay whole). Before a finite cue
 * (`finiteCue`), also behind a clause with no comma: see {@link subjectAfterOpeningClause}.
 */
function frontedPhraseEnd(doc: SlantDocument, r: TokenRange, finiteCue = false): number {
  // (a preposition that is also a subordinator ends the clause read leftwards, so `r` starts after it:
  // "after the vote | the mayor"; also when the tagger reads it as a subordinator: "Since the vote | Ruiz")
  const before = doc.lower[r.a - 1] ?? '';
  const opener = OPENING_SUBORDINATORS.has(before) && (doc.pos[r.a - 1] === 'ADP' || PREPOSITIONAL_SUBORDINATORS.has(before));
  const p = doc.pos[r.a] !== 'ADP' && !TIME_PHRASE_LEADS.has(doc.lower[r.a]!) && opener ? r.a - 1 : r.a;
  let u = doc.pos[p] === 'ADP' || p < r.a ? subjectAfterPreposition(doc, p, r.b) : leadingTimeEnd(doc, p, r.b - 1);
  // ("During the primary Vale argued": the preposition's object ends on a noun the tagger read as an adjective, and
  // the name after it is the subject; a clause cannot follow "during", so the name is no part of the object)
  // (not after a preposition that may open a clause, whose subject the adjective may modify: "After a desperate Vale asked …")
  if (u >= r.b && doc.pos[p] === 'ADP' && !OPENING_SUBORDINATORS.has(doc.lower[p]!)) u = nameAfterAdjectiveObject(doc, p, r.b);
  // ("In an essay published Monday Vale wrote", "In a letter sent in March Dara Okafor argued": a day or a month
  // closing the phrase, then the name)
  if (doc.pos[p] === 'ADP' && (u >= r.b || NOT_SUBJECT_OPENING.has(doc.pos[u]!))) u = nameAfterDate(doc, p, r.b);
  if (u <= r.a || u >= r.b || NOT_SUBJECT_OPENING.has(doc.pos[u]!) || !hasHead(doc, { a: u, b: r.b })) return finiteCue && OPENING_SUBORDINATORS.has(before) ? subjectAfterOpeningClause(doc, r) : r.a;
  return u;
}

/**
 * Where the main subject in `r` starts behind an opening clause with no comma, whose subordinator
 * stands right before `r` ("As the storm passed | the mayor", "When the court fined the port |
 * Vale"): after the clause's subject and finite verb, the noun phrase that runs to the end of `r`,
 * or the second of two phrases there (the clause's object, then the subject); `r.a` otherwise
 * ("Because people briefed on the talks": a reduced relative before a preposition; an -ing form).
 */
function subjectAfterOpeningClause(doc: SlantDocument, r: TokenRange): number {
  const subject = nounPhraseAfter(doc, r.a, r.b);
  if (!subject || subject.a !== r.a || !hasHead(doc, subject)) return r.a;
  let v = subject.b;
  while (v < r.b && (doc.pos[v] === 'AUX' || isAdverbLike(doc, v))) v++;
  // ("while a poll released last week showed": a participle whose own time or place phrase closes `r` leaves no
  // subject after it)
  if (v >= r.b - 1 || !isVerb(doc, v) || endsWithIng(doc.lower[v]!) || (reducedParticipleAt(doc, v, r.a) && participlePhraseEndsAt(doc, v, r.b))) return r.a;
  const np = nounPhraseAfter(doc, v + 1, r.b);
  if (!np || np.a !== v + 1 || np.b !== r.b || !hasHead(doc, np)) return r.a;
  return secondPhraseStart(doc, np) ?? np.a;
}

/**
 * Where the name ends the object of the preposition at `p` read up to `b`: a determiner, one lower-case
 * word the tagger read as an adjective, then capitalised names up to `b` ("During | the primary | Vale");
 * `b` otherwise. Only behind an opening preposition: "The embattled Vale argued" keeps its adjective.
 */
function nameAfterAdjectiveObject(doc: SlantDocument, p: number, b: number): number {
  const adjective = p + 2;
  if (!DETS.has(doc.lower[p + 1] ?? '') || doc.pos[adjective] !== 'ADJ' || isCap(doc, adjective) || adjective + 1 >= b) return b;
  for (let t = adjective + 1; t < b; t++) if (doc.pos[t] !== 'PROPN' || !isCap(doc, t)) return b;
  return adjective + 1;
}

/** Days and months (not "May", a name too) that may close a phrase right before the subject's name. */
const DATE_NAMES = wordSet(WEEKDAYS, MONTHS_BUT_MAY);
/** Prepositions after a participle that make it a reduced relative on the noun before it ("aligned with", "backed by", "linked to"). */
const REDUCED_RELATIVE_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'with', 'to']);

/**
 * Where the name after the last day or month of the phrase the preposition at `p` opens starts, when
 * only capitalised names follow it up to `b` ("In an essay published Monday | Vale"); `b` otherwise.
 */
function nameAfterDate(doc: SlantDocument, p: number, b: number): number {
  let t = b - 1;
  while (t > p && doc.pos[t] === 'PROPN' && isCap(doc, t) && !DATE_NAMES.has(doc.lower[t]!)) t--;
  return t > p && t < b - 1 && DATE_NAMES.has(doc.lower[t]!) ? t + 1 : b;
}

/**
 * How the clause of the verb at `k` (after its auxiliaries) ends, read as a contact relative:
 * `'object'` when no finite verb stands there, otherwise {@link contactGapEnd} (read within the
 * sentence: a headline with no closing mark must not run into the next line).
 */
function objectlessAfter(doc: SlantDocument, k: number): 'end' | 'verb' | 'object' {
  const v = verbAfterAuxiliaries(doc, k);
  if (!isVerb(doc, v) || endsWithIng(doc.lower[v]!)) return 'object';
  const te = doc.sentences[doc.sentenceOf[k]!]!.tokenEnd;
  const gap = contactGapEnd(doc, v + 1, te);
  // (a preposition whose object the clause moved stays after the verb: "the fee Vale spoke about | was cut")
  return gap === 'object' && doc.pos[v + 1] === 'ADP' && contactGapEnd(doc, v + 2, te) === 'verb' ? 'verb' : gap;
}

/**
 * Do the tokens from `a` to `j` (inclusive) make one short prepositional phrase after a relative clause's
 * verb ("met | on the pier", "spoke | at Harbour Hall", a stranded "met | with")? A possessive, a verb or
 * punctuation inside is no such phrase; at most five words.
 */
function prepositionalPhraseEndsAt(doc: SlantDocument, a: number, j: number): boolean {
  if (j < a || j - a > 4 || doc.pos[a] !== 'ADP' || doc.lower[a] === 'of') return false;
  for (let t = a + 1; t <= j; t++) if (!NOUN_PHRASE_TAGS.has(doc.pos[t]!) || isPossessive(doc, t)) return false;
  return j === a || doc.pos[j] === 'NOUN' || doc.pos[j] === 'PROPN' || doc.pos[j] === 'NUM';
}

/** The token after up to three auxiliaries from `k` ("had | funded", "would have | met"): a clause's main verb when its subject ends before `k`. */
function verbAfterAuxiliaries(doc: SlantDocument, k: number): number {
  let v = k;
  while (v < k + 3 && doc.pos[v] === 'AUX') v++;
  return v;
}

/**
 * "… that month in Tarn, Vale County, the mayor said": the capitalised words ending at `t` follow
 * "in", "at", "near", "outside" or "from" right before them; with the next piece they name a place,
 * even when the phrase before them reads on ("a rally that week in Tarn").
 */
function townAfterPreposition(doc: SlantDocument, t: number, ts: number): boolean {
  let c = t;
  while (c >= ts && t - c < 4 && isCap(doc, c) && doc.pos[c] === 'PROPN') c--;
  return c < t && c > ts && /^(?:in|at|near|outside|from)$/.test(doc.lower[c]!);
}

/** Tags a lower-case title before a name may hold ("former harbour master", "then deputy of the guild"). */
const TITLE_TAGS = new Set(['ADJ', 'NOUN', 'PROPN', 'ADP', 'ADV']);

/**
 * Is `r` a lower-case title and a name of at least two capitalised words closing it ("former harbour
 * master Dara Vale"), with no verb, determiner or pronoun (at most ten words)?
 */
function titledName(doc: SlantDocument, r: TokenRange): boolean {
  if (r.b - r.a > 10 || r.b - r.a < 3 || !isCap(doc, r.b - 2) || doc.pos[r.b - 1] !== 'PROPN' || doc.pos[r.b - 2] !== 'PROPN') return false;
  for (let t = r.a; t < r.b; t++) if (!TITLE_TAGS.has(doc.pos[t]!) || (doc.pos[t] === 'ADP' && doc.lower[t] !== 'of')) return false;
  // (the name follows the title noun itself: after "of" it names a place or body, "formerly of Port
  // Tarn", "head of Tarn Harbour", and the role before the piece stays the subject)
  let name = r.b - 2;
  while (name > r.a && isCap(doc, name - 1) && doc.pos[name - 1] === 'PROPN') name--;
  return name === r.a || doc.pos[name - 1] !== 'ADP';
}

/** A short piece between commas that is only an adverbial: "however", "in turn", "for her part", "on Monday". */
function adverbialPiece(doc: SlantDocument, r: TokenRange): boolean {
  // (up to "on television or at small events": a longer piece only when it opens with a preposition)
  if (r.b - r.a > (doc.pos[r.a] === 'ADP' ? 9 : 4)) return false;
  if (r.b - r.a === 1) return (isAdverbLike(doc, r.a) && !isCap(doc, r.a)) || /^(?:however|though|too|meanwhile|instead|nonetheless|nevertheless|moreover|also|likewise|similarly|then|now|earlier|later)$/.test(doc.lower[r.a]!);
  // ("he, once again, pledged", "Ruiz, yet again, said": a run of lower-case adverbs)
  if (doc.pos[r.a] !== 'ADP') return adverbRun(doc, r);
  for (let t = r.a + 1; t < r.b; t++) if (doc.pos[t] === 'VERB' || (isPunct(doc, t) && doc.value[t] !== '-')) return false;
  return true;
}

/** Is every token of `r` a lower-case adverb ("once again", "yet again")? */
function adverbRun(doc: SlantDocument, r: TokenRange): boolean {
  for (let t = r.a; t < r.b; t++) if (!isAdverbLike(doc, t) || isCap(doc, t)) return false;
  return true;
}

/** Words that open a time phrase trailing a subject ("on Friday", "last week", "earlier this year"). */
const TIME_PHRASE_OPENERS = new Set(['on', 'last', 'this', 'late', 'early', 'earlier', 'in']);

/** Prepositions that open a phrase after an -ing noun in a subject ("the latest polling in Tarn"). */
const GERUND_PREPOSITIONS = new Set(['in', 'of', 'on', 'among', 'across', 'from', 'by', 'for', 'at']);

/**
 * The antecedent of a relative clause joined to an earlier one by the conjunction at `and`:
 * the antecedent of an earlier "who"/"whom"/"which" set off by a comma ("Ruiz, whom the board
 * named, and who …"), or the phrase before a comma that opens a participle ("The group, founded in
 * 2004 and which …"). Looks back at most 30 tokens, within the clause; null when neither is found.
 */
function antecedentOfJoinedRelative(doc: SlantDocument, and: number, ts: number): SourcePhrase | null {
  let participleComma = -1;
  for (let t = and - 1; t > ts && and - t < 30; t--) {
    const v = doc.value[t]!;
    if (v === ';' || v === ':' || v === '.' || isQuoteMark(doc, t)) return null;
    if (/^(?:who|whom|which)$/.test(doc.lower[t]!) && doc.value[t - 1] === ',') {
      const np = appositiveChain(doc, t - 2, ts);
      return np && hasHead(doc, np) ? np : null;
    }
    // ("the guild, in which Vale served, and which …": a relative led by a preposition, set off the same way)
    if ((doc.lower[t] === 'which' || doc.lower[t] === 'whom') && doc.pos[t - 1] === 'ADP' && t - 2 > ts && doc.value[t - 2] === ',') {
      const np = appositiveChain(doc, t - 3, ts);
      return np && hasHead(doc, np) ? np : null;
    }
    // ("a guild that was founded in 1900, and which …": a subject relative with "that" right after its noun)
    if (doc.lower[t] === 'that' && doc.pos[t - 1] === 'NOUN' && (doc.pos[t + 1] === 'AUX' || isVerb(doc, t + 1))) {
      const np = nounPhraseBefore(doc, t - 1, ts);
      return np && hasHead(doc, np) ? np : null;
    }
    if (v === ',' && participleComma < 0 && doc.pos[t + 1] === 'VERB' && endsWithEdOrEn(doc.lower[t + 1]!)) participleComma = t;
  }
  if (participleComma < 0) return null;
  const np = nounPhraseBefore(doc, participleComma - 1, ts);
  return np && hasHead(doc, np) && clauseStart(doc, np.b - 1, ts) === np.a ? np : null;
}

/** Prepositions whose object may be a gerund ("for backing", "about leaving"). */
const GERUND_OBJECT_PREPOSITIONS = new Set(['for', 'about', 'of', 'against', 'over', 'toward', 'towards']);

/**
 * The relative words whose clause `relativeOverPhrase` steps back over: `RELATIVE_WORDS` with "whose"
 * ("growers whose orchards flooded after the storm say"), without "which" (not yet measured on the
 * corpus here: kept apart until it is, rather than widening every user of `RELATIVE_WORDS`).
 */
const RELATIVE_OPENERS = new Set(['that', 'who', 'whose']);

/**
 * "Growers who sell plums or pears say", "Riders who took the tram and the ferry said": the join of two
 * noun phrases in the object of a relative clause stops the clause reader, but a plain noun phrase
 * after "and" or "or" up to `j` is the second half of that object. The start of the relative clause
 * (right after "that", "who" or "whose") when one holds the join, its head opening the sentence's
 * clause with no verb before it; `start` otherwise ("Vale thanked growers who sell plums and Ruiz said"
 * joins two clauses).
 */
function relativeOverJoinedObject(doc: SlantDocument, start: number, j: number, ts: number): number {
  if (!plainJoinedPhrase(doc, start, j + 1, ts)) return start;
  // (over up to three joins: "for Vale or Ruiz or Berg")
  for (let c = start - 1, joins = 0; joins < 3; joins++) {
    const outer = clauseStart(doc, c - 1, ts);
    if (outer - 2 >= ts && outer < c && RELATIVE_OPENERS.has(doc.lower[outer - 1]!)) return hasVerb(doc, clauseStart(doc, outer - 2, ts), outer - 1) ? start : outer;
    if (!plainJoinedPhrase(doc, outer, c, ts)) return start;
    c = outer - 1;
  }
  return start;
}

/**
 * Is [a, b) a plain noun phrase right after "and" or "or" (at `a - 1`), which follows a word rather
 * than a comma (a comma may join two clauses: "…, and Ruiz said")?
 */
function plainJoinedPhrase(doc: SlantDocument, a: number, b: number, ts: number): boolean {
  const c = a - 1;
  if (c - 1 <= ts || a >= b || (doc.lower[c] !== 'and' && doc.lower[c] !== 'or') || isPunct(doc, c - 1)) return false;
  for (let t = a; t < b; t++) if (!NOUN_PHRASE_TAGS.has(doc.pos[t]!) && !isPossessive(doc, t)) return false;
  return true;
}

/**
 * "Groups that backed Ruiz before the vote say", "The survey that ran after the storm showed": a
 * preposition that can also open a clause ("before", "after", "since") stops the clause reader, but with
 * no verb after it up to `j` it opens a phrase inside a relative clause. The start of that relative
 * clause (right after "that", "who" or "whose") when one holds the phrase; `start` otherwise. `finite`: the cue
 * is no -ing form (only then is "as" read as a preposition inside the relative clause).
 */
function relativeOverPhrase(doc: SlantDocument, start: number, j: number, ts: number, finite: boolean): number {
  const p = start - 1;
  // (not after a comma: "that, as the Courier reported, …" is a parenthetical of its own; "as" right after a noun
  // or a verb, with no verb after it, is the preposition of "see … as", "served as", before a finite cue: "Growers who
  // see the levy as a threat say"; before an -ing cue the noun after "as" is the participle's: "… as a home for anyone seeking …")
  if (p - 1 <= ts || isPunct(doc, p - 1) || !PREPOSITIONAL_SUBORDINATORS.has(doc.lower[p]!)) return start;
  if (doc.lower[p] === 'as' && !(finite && (doc.pos[p - 1] === 'NOUN' || doc.pos[p - 1] === 'PROPN' || doc.pos[p - 1] === 'PRON' || isVerb(doc, p - 1)))) return start;
  for (let t = start; t <= j; t++) if (isVerb(doc, t) || doc.pos[t] === 'AUX') return start;
  const outer = clauseStart(doc, p - 1, ts);
  if (outer - 1 > ts && RELATIVE_OPENERS.has(doc.lower[outer - 1]!) && outer < p) return outer;
  // ("Growers seeing the levy as a threat say": a reduced relative in -ing on the noun phrase that opens the clause
  // holds the phrase as a relative clause does)
  return finite && outer < p && reducedIngRelative(doc, outer, p) ? outer : start;
}

/**
 * "Growers as well as Vale say": "as well as" joins two noun phrases into one subject, though the clause reader
 * stops at its last "as"; the start of the clause before it when a noun phrase ends right before it, `start` otherwise.
 * (Up to `JOINED_SUBJECT_MOST` words ending at `j`: a longer joined phrase describes no one source, and the last phrase stays.)
 */
function overAsWellAs(doc: SlantDocument, start: number, j: number, ts: number): number {
  const p = start - 1;
  if (p - 3 < ts || !asWellAsAt(doc, p - 2)) return start;
  const np = nounPhraseBefore(doc, p - 3, ts);
  const outer = np !== null && np.b === p - 2 && hasHead(doc, np) ? clauseStart(doc, p - 3, ts) : start;
  return j + 1 - outer <= JOINED_SUBJECT_MOST ? outer : start;
}

/** The most words of a subject "as well as" joins (as many as a loosely read source may hold). */
const JOINED_SUBJECT_MOST = 10;

/**
 * Is there a bare -ing form in [a, b) right after a noun phrase that starts at `a`, with no finite verb before it
 * ("Growers | seeing the levy", "Clerks in Tarn County | backing the fee")? It opens a reduced relative on that phrase.
 */
function reducedIngRelative(doc: SlantDocument, a: number, b: number): boolean {
  for (let t = a + 1; t < b && t - a < 8; t++) {
    if (isPunct(doc, t) || doc.pos[t] === 'AUX') return false;
    if (!isVerb(doc, t)) continue;
    if (!endsWithIng(doc.lower[t]!) || !(doc.pos[t - 1] === 'NOUN' || doc.pos[t - 1] === 'PROPN')) return false;
    const np = nounPhraseBefore(doc, t - 1, a);
    return np !== null && np.a === a && hasHead(doc, np);
  }
  return false;
}

/**
 * Finds the source of a verb cue: the subject before it, the inverted subject after it, or the
 * verb whose subject it shares (coordination, participles, control).
 */
import type { SlantDocument } from '../document/readDocument.js';
import type { StageContext } from './stageContext.js';
import { clauseStart, hasHead, nounPhraseAfter, nounPhraseBefore, type SourcePhrase, type TokenRange } from './nounPhrases.js';
import { ABSOLUTE_PREPOSITIONS, AND_BUT, BE_FORMS, CATENATIVES, COPULAS, CLAUSE_CONJUNCTIONS, DEPICTED_DOING, endsWithEd, endsWithEdOrEn, endsWithIng, endsWithPlainS, hasVerb, isAdverbLike, isCap, isListedAdverb, isPunct, isQuoteMark, isSetOffDash, isVerb, passivePerception, NEARLY_ALL_ADVERBS, PARTICIPLE_LEADS, additionLeadEnd, PERSON_INDEFINITES, PRONOUNS, MODALS, ING_PREPOSITIONS, SUBJECT_START_TAGS } from './tokens.js';
import { BOUNDARY_CONJUNCTIONS } from './clauseBoundaries.js';
import { numberOfNumberStart, SUBJECT_QUANTIFIERS } from './quantifiers.js';
import { subjectBefore } from './subjectBefore.js';
import { conjunctionBeforeAside, overParenthetical } from './parenthetical.js';
import { skipAdjunctsBack } from './adjunctsBack.js';
import { subjectAfter } from './subjectAfter.js';
import { loneSubjectWord } from './sentenceConnectives.js';
import { behindQuotedTerm, QUOTE_TAGS, setOffTagBefore, verbBeforeQuotedTerm } from './quotedTermSubject.js';
import { CONDITIONAL_PARTICIPLES, participleWithoutVerbBefore, subjectAroundParticiple, spendingVerbBefore, mainVerbAfterComma, describedGerundObject } from './participleSubject.js';
import { infinitiveAfterObject, expletiveClause } from './infinitiveSubject.js';
import { clauseVerbBefore, headlineSeriesVerb, mainClauseVerb, nounTaggedSFormBefore, previousVerb, semicolonSeriesVerb, verbBeforeSetOffRelative } from './sharedSubjectVerb.js';
import { formOfHead, headlineForm, reportedSeriesVerb, seriesCloseIn } from './clauseBoundaries.js';
import { NO_OBJECT } from './attributiveParticiple.js';
import { OPENING_SUBORDINATORS } from './openingClause.js';
import { inflectedAfterTo } from './contactGap.js';
import { depictedReport, depictingVerbBeforeSetting } from './agentlessVerbCues.js';
import { setOffStateSense } from './setOffState.js';
import { MONTHS, NEAR_DAYS, WEEKDAYS, wordSet } from './timeWords.js';
import { REPORTING_PARTICIPLE_LEMMAS, TO_ADDRESSEE_VERBS } from './addresseeVerbs.js';
import { MEDIUM_NOUNS } from './media.js';

/**
 * "said he would go", "said Ruiz had left": a phrase after the verb that has a finite verb of
 * its own is the subject of the content, not an inverted subject (a pronoun before any verb;
 * a name or noun before an auxiliary or an -s form, not before a participle: "said the chief known as Bob").
 */
function subjectOfContent(doc: SlantDocument, np: TokenRange, te: number): boolean {
  let v = np.b;
  while (v < te && v - np.b < 3 && isListedAdverb(doc, v) && doc.pos[v] !== 'AUX') v++;
  if (v >= te || !isVerb(doc, v)) return false;
  if (np.b - np.a === 1 && PRONOUNS.has(doc.lower[np.a]!)) return true;
  return doc.pos[v] === 'AUX' || (/[^s]s$/.test(doc.lower[v]!) && !endsWithIng(doc.lower[v]!));
}

/** How the source of a verb cue is found. */
export type SubjectFinding =
  /** A source phrase in the text; `inverted` when it follows the verb ("said Ana Ruiz"). */
  | { type: 'phrase'; phrase: SourcePhrase; inverted: boolean }
  /** The subject of another verb is the source: coordination ("criticized X and said"), a participle (", saying"), control ("went on to say"). */
  | { type: 'governed'; verb: number; coordinated: boolean }
  /** The cue is the complement of another cue ("declined to comment", "wants to know"): not an attribution of its own. */
  | { type: 'nested' }
  /** No source; `sourceless` when the cue still makes an attribution, only its source is not in the sentence. */
  | { type: 'none'; sourceless?: boolean };

/**
 * The linking verb of a predicate adjective whose preposition is at `j` ("is good | at", "are much better | at",
 * "seemed eager | for"), or -1: the verb (a form of "be" or a linking verb, `COPULAS`) before the adjective and at
 * most one adverb.
 */
function linkingVerbBeforeAdjective(doc: SlantDocument, j: number, ts: number): number {
  if (doc.pos[j] !== 'ADP' || doc.pos[j - 1] !== 'ADJ') return -1;
  let v = j - 2;
  if (v > ts && doc.pos[v] === 'ADV') v--;
  if (v <= ts) return -1;
  return BE_FORMS.has(doc.lower[v]!) || (doc.pos[v] === 'VERB' && COPULAS.has(doc.lemma[v]!)) ? v : -1;
}

/**
 * The noun phrase an adjective after it describes, the adjective's preposition at `j` ("a firm adept | at",
 * "an aide quick | at"), or null: a gerund after that preposition is done by the noun, as a relative clause's
 * ("a firm that is adept at telling voters …"), never by the clause the noun phrase stands in.
 */
function nounBeforePostnominalAdjective(doc: SlantDocument, j: number, ts: number): TokenRange | null {
  if (doc.pos[j] !== 'ADP' || doc.pos[j - 1] !== 'ADJ') return null;
  let n = j - 2;
  if (n > ts && doc.pos[n] === 'ADV') n--;
  if (n < ts || (doc.pos[n] !== 'NOUN' && doc.pos[n] !== 'PROPN')) return null;
  const np = nounPhraseBefore(doc, n, ts);
  return np && hasHead(doc, np) ? np : null;
}

/** Media one talks "with" someone in ("in an interview with the Courier explaining …"). */
const WITH_MEDIA = new Set(['interview', 'interviews', 'conversation', 'conversations']);

/**
 * Is the participle of saying at `k`, after the addressee of the cue word `v` and its "to"/"with", said by the cue's
 * subject? After a verb of saying or writing to someone or a medium sent to someone ("wrote to the council
 * arguing …", "in a letter to voters explaining …", "in an interview with the Courier explaining …"); not after a
 * verb of siding ("sided with critics arguing …": the critics argue) nor for a participle that describes the
 * addressee ("wrote to residents living near the pier").
 */
function reportsForAddresser(doc: SlantDocument, v: number, k: number): boolean {
  if (doc.pos[v + 1] !== 'ADP' || !REPORTING_PARTICIPLE_LEMMAS.has(doc.lemma[k]!)) return false;
  const prep = doc.lower[v + 1];
  if (prep === 'with') return doc.pos[v] === 'NOUN' && WITH_MEDIA.has(doc.lower[v]!);
  return prep === 'to' && (doc.pos[v] === 'NOUN' ? MEDIUM_NOUNS.has(doc.lower[v]!) : TO_ADDRESSEE_VERBS.has(doc.lemma[v]!));
}

/** Auxiliaries that stand before the subject in a question ("Does Vale believe …?", "Can Ruiz say …?"). */
const QUESTION_AUXILIARIES = new Set(['do', 'does', 'did', 'can', 'could', 'will', 'would', 'should', 'shall', 'may', 'might', 'must', 'has', 'have', 'had']);

/** A question's subject without the auxiliary the question put before it ("Does | Vale believe …?"). */
function questionSubject(doc: SlantDocument, p: SourcePhrase | null, te: number): SourcePhrase | null {
  if (!p || p.b - p.a < 2 || doc.pos[p.a] !== 'AUX' || !QUESTION_AUXILIARIES.has(doc.lower[p.a]!)) return p;
  // (only in a question: "Will" may open a name elsewhere)
  const last = isQuoteMark(doc, te - 1) ? te - 2 : te - 1;
  return doc.value[last] === '?' ? { ...p, a: p.a + 1 } : p;
}

/**
 * What finding a subject reads: the document, the lexicons (which nouns name people: "the first
 * senator to back …" acts) and the speech quotations' marks. The stage context is one.
 */
export type SubjectContext = Pick<StageContext, 'doc' | 'lex' | 'isSpeechMark'>;

/**
 * Finds the source of the verb cue at `k` (whose tokens end at `end`) in the sentence
 * [ts, te): the subject before it (over auxiliaries, negation and adverbs; through relative
 * pronouns and appositives), the inverted subject after it, or the verb whose subject it
 * shares; `ctx` gives the document, the lexicons and the speech marks. `isCueVerb` tells whether a token is itself a cue verb (for "declined to comment").
 */
export function findSubject(ctx: SubjectContext, k: number, end: number, ts: number, te: number, isCueVerb: (k: number) => boolean): SubjectFinding {
  const { doc } = ctx;
  const low = doc.lower[k]!;
  const ing = endsWithIng(low);
  let j = k - 1;
  j = skipAdjunctsBack(doc, j, ts);
  j = overComparisonAfterJoin(doc, j, ts, isCueVerb);
  // "Having announced the verdict, the judge left": a perfect participle opens the sentence like a plain one
  const perfect = j === ts && doc.lower[j] === 'having';
  if (perfect) j = ts - 1;
  // "Hardly said", "…; most said": a lone word before a finite verb, read as an adverb, is its subject
  // ("And both vowed …", "But most said …": after a conjunction opening the sentence)
  // ("…, and both advocate …", "but most say …": a quantifier alone after a conjunction is the second clause's subject)
  if (j + 2 === k && j > ts && AND_BUT.has(doc.lower[j]!) && !ing && SUBJECT_QUANTIFIERS.has(doc.lower[j + 1]!) && !isCap(doc, j + 1) && doc.lower[k] !== 'of') return { type: 'phrase', phrase: { a: j + 1, b: k }, inverted: false };
  // ("…, and everyone agrees …", "But almost everyone says …", "…; someone argued …": an indefinite pronoun for people
  // alone after a conjunction or a semicolon is the second clause's subject)
  const indefinite = ing ? null : loneSubjectAfterJoin(doc, k, ts);
  if (indefinite) return { type: 'phrase', phrase: indefinite, inverted: false };
  // (", Hardly said.": a capitalised word after the clause it reports)
  if (j + 2 === k && (j < ts || doc.value[j] === ';' || doc.value[j] === ':' || (j === ts && CLAUSE_CONJUNCTIONS.has(doc.lower[j]!)) || (doc.value[j] === ',' && j > ts && isCap(doc, j + 1) && doc.pos[j + 1] === 'ADV')) && !ing && loneSubjectWord(doc, j + 1)) {
    const after = subjectAfter(doc, end, te);
    // ("Both oppose the new fare.", "Most backed the levy.": a quantifier is never a name after its clause, so the
    // phrase after the verb is its object, not an inverted subject)
    if (!after || subjectOfContent(doc, after, te) || SUBJECT_QUANTIFIERS.has(doc.lower[j + 1]!)) return { type: 'phrase', phrase: { a: j + 1, b: k }, inverted: false };
  }
  if (j < ts) {
    // "Speaking to reporters, Ruiz said ...", "Asked about the plan, she said ...": the main clause's subject.
    // (not a lower-case tag right after a quotation: `“…?” asked the girl, who said …`)
    const tagAfterQuote = ts > 0 && isQuoteMark(doc, ts - 1) && !isCap(doc, k);
    // "Assuming (that) the dam holds, the road will reopen": a condition laid down by no one named, not a
    // belief of the main clause's subject ("the road" assumes nothing)
    if (CONDITIONAL_PARTICIPLES.has(low) && !tagAfterQuote && mainVerbAfterComma(doc, end, te) >= 0) return { type: 'none', sourceless: true };
    // "Praising the mayor, a man of few words, has become a habit": an -ing phrase whose object a description
    // (or a relative clause) set off by commas follows, with the verb right after it, is a gerund subject
    if (ing && !tagAfterQuote && describedGerundObject(doc, end, te)) return { type: 'none', sourceless: true };
    // (any participle after an opening "having", irregular ones too: "Having told reporters that …, Vale left")
    if ((ing || endsWithEd(low) || low === 'asked' || perfect) && !tagAfterQuote) {
      const main = mainVerbAfterComma(doc, end, te);
      // ("Adding, “We will appeal”": a verb inside a quotation opened after the participle is what is said)
      if (main >= 0 && isQuoteMark(doc, end + 1) && doc.value[end] === ',') return { type: 'none', sourceless: true };
      if (main >= 0) return { type: 'governed', verb: main, coordinated: false };
    }
    const after = subjectAfter(doc, end, te);
    if (after && subjectOfContent(doc, after, te)) return { type: 'none', sourceless: true };
    // "Recall Senator Vale's promise …", "Expect prices to rise": an imperative opening a sentence (a bare
    // base form, no quotation before it) addresses the reader; what follows is its object, not a speaker
    const imperative = k === ts && isCap(doc, k) && doc.pos[k] === 'VERB' && low === doc.lemma[k] && !/(?:s|ed|ing)$/.test(low) && !(ts > 0 && isQuoteMark(doc, ts - 1));
    if (after && imperative) return { type: 'none', sourceless: true };
    // "Denouncing bankers as thieves has become common", "Blaming Vale for the flood was easy": an -ing
    // form opening the sentence with no comma before a main clause is a gerund subject (or a headline
    // fragment) done by no one named; what follows it is its object, never a speaker
    if (after && ing && !tagAfterQuote) return { type: 'none', sourceless: true };
    return after ? { type: 'phrase', phrase: after, inverted: true } : { type: 'none' };
  }
  // `“…,” adding that`: the comma stands inside the closing quotation mark
  const before = isQuoteMark(doc, j) && j - 1 >= ts && doc.value[j - 1] === ',' ? ',' : doc.lower[j]!;
  // "As reported by the Herald, …", "as noted by critics": the agent after "by" is the source
  if (before === 'as' && doc.lower[end] === 'by' && endsWithEd(low)) {
    // (the bare phrase: what follows its comma is the content, not an appositive)
    const agent = nounPhraseAfter(doc, end + 1, te);
    if (agent && hasHead(doc, agent)) return { type: 'phrase', phrase: agent, inverted: true };
  }
  // "In addition to stating that …, Vale closed …": an -ing form after an opening "in addition to" has the
  // main clause's subject, as after "After" (`PARTICIPLE_LEADS`)
  if (ing && additionLeadAt(doc, j, ts)) {
    const main = mainVerbAfterComma(doc, end, te);
    if (main >= 0) return { type: 'governed', verb: main, coordinated: false };
  }
  // ("Vale, in addition to warning that …, left": after a comma it leads a participle set off like "after")
  if (ing && doc.value[j - 3] === ',' && additionLeadEnd(doc, j, ts)) {
    const between = subjectAroundParticiple(doc, j - 3, end, ts, te);
    if (between) return { type: 'phrase', phrase: between, inverted: false };
  }
  // (not before an inflected verb: "Two clerks the Harbour Times spoke to said …" strands its "to")
  if (before === 'to' && doc.pos[j] !== 'ADP' && !inflectedAfterTo(doc, j + 1)) {
    // "went on to say", "was quick to point out"; "declined to comment" is one attribution.
    let g = j - 1;
    // ("rare for both to agree": a quantifier after "for" is who acts, though the tagger reads it as an adverb)
    while (g >= ts && isAdverbLike(doc, g) && !isVerb(doc, g) && !(doc.lower[g - 1] === 'for' && SUBJECT_QUANTIFIERS.has(doc.lower[g]!))) g--;
    if (g < ts) return { type: 'none' };
    // ("took to the radio shows to defend …": a plural the tagger read as a verb, inside a phrase a preposition
    // opens, is no verb of the infinitive; the verb before the preposition is)
    const opener = prepositionBeforeMisreadPlural(doc, g, ts);
    const outer = opener >= 0 ? previousVerb(doc, opener, ts) : -1;
    if (outer >= 0) return isCueVerb(outer) ? { type: 'nested' } : { type: 'governed', verb: outer, coordinated: false };
    if (isCueVerb(g)) return { type: 'nested' };
    // "which makes it hard to judge …", "made it easier to exempt …": an infinitive after "make it" and an
    // adjective, with no "for" phrase, is done by no one named (not the subject of "make")
    if (doc.pos[g] === 'ADJ' && g - 2 >= ts && doc.lower[g - 1] === 'it' && doc.lemma[g - 2] === 'make') return { type: 'none', sourceless: true };
    if (!isVerb(doc, g)) {
      const beyond = infinitiveAfterObject(ctx, g, j, ts, isCueVerb);
      // "It doesn't take an expert to see …", "It is a long effort to justify …": an infinitive after
      // "it" with "be" or "take" has no source
      if (beyond?.type === 'governed' && expletiveClause(doc, beyond.verb, j, ts)) return { type: 'none', sourceless: true };
      if (beyond) return beyond;
    }
    return { type: 'governed', verb: g, coordinated: false };
  }
  let progressive = false; // "is supporting": an auxiliary makes the -ing form a finite verb
  for (let t = j + 1; t < k; t++) if (doc.pos[t] === 'AUX' || BE_FORMS.has(doc.lower[t]!)) progressive = true;
  // "began dismissing the idea", "has kept urging", "spent Thursday discussing": an -ing form after a
  // verb of beginning, continuing or spending has that verb's subject
  if (ing && !progressive && j >= ts && doc.pos[j] === 'VERB' && CATENATIVES.has(doc.lemma[j]!)) return { type: 'governed', verb: j, coordinated: false };
  // ("took turns praising", "are taking turns asking": the idiom's "turns", read as a verb or a noun, has "take"'s subject)
  if (ing && !progressive && j - 1 >= ts && doc.lower[j] === 'turns' && doc.lemma[j - 1] === 'take' && isVerb(doc, j - 1)) return { type: 'governed', verb: j - 1, coordinated: false };
  // ("was heard saying", "was caught boasting"): after a passive verb of perception the -ing form has
  // that verb's subject, the one heard or seen
  if (ing && !progressive && j - 1 >= ts && passivePerception(doc, j)) return { type: 'governed', verb: j, coordinated: false };
  // ("A lawsuit was filed in May challenging …", "A letter was sent urging …"): an -ing form right after a passive
  // verb (over a time phrase) has the passive's subject, the thing filed or sent (after an active verb it may be
  // that verb's object, "It means admitting …", done by no one named)
  // (after a verb of depicting only when it reports a clause: "Vale is shown saying the pier was unsafe" reports the
  // words of the one shown; "is shown discussing the levy" describes footage, reported by no one named)
  if (ing && !progressive && passiveVerbAt(doc, j, ts) && (!DEPICTED_DOING.has(doc.lemma[j]!) || depictedReport(doc, end, te))) return { type: 'governed', verb: j, coordinated: false };
  // ("refrained from endorsing", "stopped short of endorsing", "made a point of saying": the verb before the phrase)
  // (and after a dash, an en dash or a spaced hyphen as after a comma: "changed his pick on the spot – saying …")
  // (", confident that …", "– determined to …": a state set off after its clause has the clause's subject, as a participle does)
  const setOff = !ing && !progressive && (before === ',' || isSetOffDash(doc, j)) && setOffStateSense(doc, k, ctx.lex) !== null;
  if ((ing || setOff) && !progressive && (before === ',' || PARTICIPLE_LEADS.has(before) || before === 'from' || before === 'of' || isSetOffDash(doc, j) || before === '(')) {
    // "as Ruiz, contradicting Vale, said …": a participle set off by commas between a subject and its verb
    const between = before === ',' ? subjectAroundParticiple(doc, j, end, ts, te) : null;
    if (between) return { type: 'phrase', phrase: between, inverted: false };
    // ("Vale plans to cut the levy, arguing …": an -s cue verb the tagger read as a noun before its infinitive counts, as after "and")
    const main = before === ',' ? mainClauseVerb(doc, clauseVerbBefore(doc, overParenthetical(doc, j, ts), ts, isCueVerb), ts) : previousVerb(doc, j, ts, isCueVerb);
    if (main >= 0) return { type: 'governed', verb: main, coordinated: true };
    const found = participleWithoutVerbBefore(doc, j, end, ts, te);
    // ("The mayor, Tom Vale, worried that …": a state word after a name's appositive, with no verb before it in a
    // sentence that opens with that subject, is the clause's own verb; its subject is read as a finite verb's is)
    if (found.type === 'none' && setOff && before === ',' && SUBJECT_START_TAGS.has(doc.pos[ts]!)) {
      const subject = subjectBefore(doc, ctx.lex, k, ts, ctx.isSpeechMark);
      if (subject && subject.a < j && commaWithin(doc, subject.a - 1, j)) return { type: 'phrase', phrase: subject, inverted: false };
    }
    return found;
  }
  // ("Vale visited the pier; clashed with Ruiz; and posted …": a finite verb right after a semicolon (or after
  // "; and"), with no subject of its own, is the next of a series of verb phrases; it shares the subject of the
  // stretch before the semicolon, never the whole stretch; see `semicolonSeriesVerb`)
  const semicolon = !ing && isVerb(doc, k) ? (before === ';' ? j : AND_BUT.has(before) && j - 1 >= ts && doc.value[j - 1] === ';' ? j - 1 : -1) : -1;
  if (semicolon >= 0) {
    const main = semicolonSeriesVerb(doc, semicolon, ts);
    // (the first verb's subject itself: a verb of the series between may be a passive cue whose own source is its agent)
    const first = main >= 0 ? findSubject(ctx, main, main + 1, ts, te, isCueVerb) : null;
    if (first?.type === 'phrase' && !first.inverted) return first;
    if (main >= 0) return { type: 'governed', verb: main, coordinated: true };
  }
  // ("offered a deal, then says …": ", then" joins a second verb phrase to a reporting verb; not after a
  // relative clause on the subject, "Ruiz, who was away, then asked …")
  const thenJoined = before === ',' && doc.lower[j + 1] === 'then' && !ing;
  // ("chairs the board and, as expected, has spoken …": an aside set off by commas right after the conjunction)
  const joinedBeforeAside = before === ',' && !ing ? conjunctionBeforeAside(doc, j, ts) : -1;
  if (before === 'and' || before === 'but' || before === 'or' || (before === ',' && AND_BUT.has(doc.lower[j + 1] ?? '')) || thenJoined || joinedBeforeAside >= 0) {
    const aside = overParenthetical(doc, joinedBeforeAside >= 0 ? joinedBeforeAside : j, ts);
    // ("Vale Wins Seat And Thanks Voters": or the -s verb of a headline the tagger read as a name)
    let main = previousVerb(doc, aside, ts, isCueVerb);
    if (main < 0) main = headlineSeriesVerb(doc, k);
    // ("Vale feuds with the board and dismisses …": or an -s form read as a noun after the clause's subject, before a second -s form)
    if (main < 0 && before === 'and' && endsWithPlainS(low)) main = nounTaggedSFormBefore(doc, j, ts);
    // ("…, conceding that Ruiz had a point but warning …": a bare -ing form joined by "and"/"but" is the partner of
    // an -ing form set off before it, not of a finite verb inside that participle's clause)
    if (main >= 0 && ing && !progressive && !thenJoined && !endsWithIng(doc.lower[main]!)) {
      const partner = setOffParticipleBefore(doc, main, ts);
      if (partner >= 0) main = partner;
    }
    // ("Vale suggested that the plan was weak — “…,” she said — and charged …": read over the aside, a verb
    // inside a that-clause is the reported clause's; the verb that reports it is the one coordinated)
    if (aside < j && main >= 0) {
      const cs = clauseStart(doc, main, ts);
      if (cs - 2 >= ts && doc.lower[cs - 1] === 'that' && doc.pos[cs - 2] === 'VERB') main = cs - 2;
    }
    // ("put off deciding whether the board could question Vale but said …": a bare verb after a modal, inside a
    // clause "whether", "if" or "that" opens, is no partner of an inflected verb; the verb before the opener is)
    if (main >= 0 && !ing && doc.lemma[k] !== low && main - 1 > ts && (MODALS.has(doc.lower[main - 1]!) || (isAdverbLike(doc, main - 1) && MODALS.has(doc.lower[main - 2]!)))) {
      const cs = clauseStart(doc, main, ts);
      const opener = doc.lower[cs - 1] ?? '';
      const outer = cs - 1 > ts && (opener === 'whether' || opener === 'if' || (opener === 'that' && doc.pos[cs - 2] === 'VERB')) ? previousVerb(doc, cs - 1, ts) : -1;
      if (outer >= 0) main = outer;
    }
    // ("backed the levy, which Ruiz called a disgrace, and said …": the verb before a set-off object relative that the
    // comma closes, not the relative's own)
    if (main >= 0 && (before === ',' || doc.value[j - 1] === ',') && isVerb(doc, main)) {
      const cs = clauseStart(doc, main, ts);
      const outer = cs > ts && cs - 1 < main && !isVerb(doc, cs) && doc.pos[cs] !== 'AUX' ? verbBeforeSetOffRelative(doc, cs - 1, ts) : -1;
      if (outer >= 0) main = outer;
    }
    if (main >= 0 && !(thenJoined && relativeInStretch(doc, j, ts))) return { type: 'governed', verb: main, coordinated: true };
  }
  // "Vale was shown in the video saying …": the one shown, as right after the passive above, never the setting of the
  // depiction (the video says nothing; "shown in the video discussing the levy" is reported by no one named)
  const shown = ing && !progressive && doc.pos[j] !== 'VERB' ? depictingVerbBeforeSetting(doc, j, ts) : -1;
  if (shown >= 0) return depictedReport(doc, end, te) ? { type: 'governed', verb: shown, coordinated: false } : { type: 'none', sourceless: true };
  // "a statement saying", "people saying": the noun before the participle.
  // ("is like buying a boat": the tagger's noun "like" is the preposition of a gerund, which has no subject)
  if (ing && doc.lower[j] === 'like' && j > ts && isVerb(doc, j - 1)) return { type: 'none', sourceless: true };
  if (ing && (doc.pos[j] === 'NOUN' || doc.pos[j] === 'PROPN')) {
    let np = recipientOfAmount(doc, nounPhraseBefore(doc, j, ts));
    // ("What the riders are saying about …": the "what" of a free relative is its object, no part of its subject)
    if (np && np.a < j && (doc.lower[np.a] === 'what' || doc.lower[np.a] === 'whatever')) np = { ...np, a: np.a + 1 };
    // "Holding signs calling Vale a thief, the growers marched …": the noun is the object of an -ing form that opens
    // the sentence; both participles have the main clause's subject, after the comma
    // (not an -ing preposition: "Following the release of a video threatening …", the video threatens)
    if (np && np.a === ts && np.a < j && endsWithIng(doc.lower[np.a]!) && doc.pos[np.a] === 'VERB' && !ING_PREPOSITIONS.has(doc.lower[np.a]!)) {
      const main = mainVerbAfterComma(doc, end, te);
      if (main >= 0) return { type: 'governed', verb: main, coordinated: false };
    }
    // ("Vale wrote to the council explaining that …": after the addressee of a cue verb, that verb's subject, the writer)
    if (np && np.a - 2 >= ts && isCueVerb(np.a - 2) && reportsForAddresser(doc, np.a - 2, k)) return { type: 'governed', verb: np.a - 2, coordinated: false };
    // "spent much of the evening portraying …", "has spent $10 million since June attacking …": the spender
    // ("had a hard time explaining": the one who has it)
    const spent = np ? spendingVerbBefore(doc, np.a, j, ts) : -1;
    if (spent >= 0) {
      const spender = findSubject(ctx, spent, spent + 1, ts, te, () => false);
      return spender.type === 'phrase' && !spender.inverted ? spender : { type: 'governed', verb: spent, coordinated: false };
    }
    return np ? { type: 'phrase', phrase: np, inverted: false } : { type: 'none' };
  }
  // "has spent $2 million attacking …", "spent $4 million since May 9 criticizing …": after an amount or a date
  // the spender, as after a noun (when one is found before the verb; the reading below stays otherwise)
  const spentAmount = ing && doc.pos[j] === 'NUM' ? spendingVerbBefore(doc, j, j, ts) : -1;
  const spender = spentAmount >= 0 ? findSubject(ctx, spentAmount, spentAmount + 1, ts, te, () => false) : null;
  if (spender?.type === 'phrase' && !spender.inverted) return spender;
  // "with three in 10 saying …": a share written as a number of a number is the participle's subject
  const share = ing && doc.pos[j] === 'NUM' ? numberOfNumberStart(doc, j) : -1;
  if (share >= ts) return { type: 'phrase', phrase: { a: share, b: j + 1 }, inverted: false };
  // "In a video posted online, the clerk …": a participle on the object of an opening preposition reports nothing
  if (participleOnOpeningObject(doc, k, ts)) return { type: 'none' };
  // "Ruiz is good at telling voters that …", "Debates are much better at informing voters …": a gerund after the
  // preposition of a predicate adjective has the subject of the linking verb (not the phrase up to the preposition)
  const linking = ing ? linkingVerbBeforeAdjective(doc, j, ts) : -1;
  if (linking >= 0) return { type: 'governed', verb: linking, coordinated: false };
  // ("Ruiz hired a firm adept at telling voters that …": the firm tells them, not "Ruiz hired a firm adept at")
  const described = ing ? nounBeforePostnominalAdjective(doc, j, ts) : null;
  if (described) return { type: 'phrase', phrase: described, inverted: false };
  const subject = questionSubject(doc, subjectBefore(doc, ctx.lex, k, ts, ctx.isSpeechMark), te);
  if (subject && !(subject.b === k && isQuoteMark(doc, subject.a))) return { type: 'phrase', phrase: subject, inverted: false };
  const after = subjectAfter(doc, end, te);
  // an inverted subject follows a verb that follows its content ("“…,” said Ruiz", "…, says Ruiz");
  // after a word ("has lately begun urging his crew", "praised Ruiz") the phrase is its object
  const invertible = j < ts || (isPunct(doc, j) && doc.value[j] !== ';') || isQuoteMark(doc, j);
  // "Vale summed up the plan as “reckless,” denounced its cost and …": a quotation opened inside a
  // clause whose own verb comes before it is a quoted term of that clause; the verb after it is the
  // next of a series sharing that verb's subject, and the phrase after it is its object
  // (not a speech tag: "Berg called the fee “a scandal,” said Ruiz.")
  const quotedTermVerb = after && !QUOTE_TAGS.has(doc.lemma[k]!) && isQuoteMark(doc, j) && !ing ? verbBeforeQuotedTerm(doc, j, ts) : -1;
  if (quotedTermVerb >= 0) return { type: 'governed', verb: quotedTermVerb, coordinated: true };
  // "described the plan as reckless, denounced its cost and said …": after a comma, a verb with an object
  // that "and" and another verb follow is the middle of a series, not a tag with an inverted subject
  // (also over a short quoted term: "…, called the mayor “reckless” and left")
  // (and, after a verb that is no cue, whose phrase after it cannot be an inverted speaker, over a phrase
  // or two a preposition opens: "…, sells plums at the market and says …"; not "…, grumbled Ruiz at the market and left")
  const quotedTermEnd = after ? behindQuotedTerm(doc, after.b, te) : -1;
  const afterTerm = after && !isCueVerb(k) ? behindPlacePhrases(doc, quotedTermEnd, te) : quotedTermEnd;
  // (a verb that takes no object has none to be followed by: "The levy failed, grumbled Ruiz and left" is a tag)
  if (after && before === ',' && !ing && !QUOTE_TAGS.has(doc.lemma[k]!) && !NO_OBJECT.has(doc.lemma[k]!) && doc.lower[afterTerm] === 'and' && doc.pos[afterTerm + 1] === 'VERB') {
    const main = previousVerb(doc, j, ts);
    // (a reported clause's own verb before it makes it that clause's subject's: "Vale said she backed the levy, praised
    // the board and left")
    if (main >= 0) return reportedClauseSeries(doc, j, k, ts, isCueVerb) === main ? { type: 'nested' } : { type: 'governed', verb: main, coordinated: true };
  }
  const partner = after && before === ',' && !ing && !QUOTE_TAGS.has(doc.lemma[k]!) ? asyndeticPartner(doc, j, k, ts, isCueVerb) : -1;
  // (a partner that is a reported clause's own verb, itself a cue, is that clause's subject's: "Vale said she backed the
  // levy, praised the board, and left", she praised it; inside what is reported, as for a series' middle member below)
  if (partner >= 0) return reportedClauseSeries(doc, j, k, ts, isCueVerb) === partner ? { type: 'nested' } : { type: 'governed', verb: partner, coordinated: true };
  // "Vale Backs Ferry Plan, Says Levy Will Fall": a headline's series verb after a comma before a clause with its own
  // auxiliary shares the first verb's subject; the title-case phrase after it is the reported clause's subject, not
  // an inverted speaker ("…, Says Vale")
  const series = after && before === ',' && !ing ? headlineSeriesVerb(doc, k) : -1;
  if (series >= 0 && auxiliaryWithin(doc, after!.a, Math.min(after!.b + 1, te))) return { type: 'governed', verb: series, coordinated: true };
  // ("Ruiz cut fares, proposed that the pier be closed, and left": a verb right after a comma, of the form of the verb
  // before it, with a later ", and" + verb of that form closing the series, is the series' middle member)
  const middle = before === ',' && !ing && !QUOTE_TAGS.has(doc.lemma[k]!) ? seriesMiddleOf(doc, j, k, end, ts, te) : -1;
  // (a series member after a verb of a reported clause is that clause's subject's: "Vale said the crews fixed the pier,
  // praised the board, and left", the crews praised it; inside what is reported)
  if (middle >= 0) return reportedClauseSeries(doc, j, k, ts, isCueVerb) === middle ? { type: 'nested' } : { type: 'governed', verb: middle, coordinated: true };
  // ("Vale said the pier was safe, warned that the tram was late, and left": a cue of saying in the middle of a series
  // whose first member reports a clause; the verb right before the comma is that clause's own, the series' is the cue)
  // (unless that verb is the reported clause's own, of the series' form: "Police said the man entered the store, told
  // the clerk he had a gun, and fled", the man told the clerk, inside what is reported)
  if (before === ',' && !ing && QUOTE_TAGS.has(doc.lemma[k]!) && seriesCloseIn(doc, k, end, te) >= 0) {
    if (reportedClauseSeries(doc, j, k, ts, isCueVerb) >= 0) return { type: 'nested' };
    const reporting = reportingCueBefore(doc, j, k, ts, isCueVerb);
    if (reporting >= 0) return { type: 'governed', verb: reporting, coordinated: true };
  }
  if (after && invertible && !(subjectOfContent(doc, after, te) && !subject)) return { type: 'phrase', phrase: after, inverted: true };
  return subject ? { type: 'phrase', phrase: subject, inverted: false } : { type: 'none', sourceless: after !== null };
}

/** Is `j` a verb after a form of "be" (over adverbs): "was filed", "were quietly sent", "has been posted"? */
function passiveVerbAt(doc: SlantDocument, j: number, ts: number): boolean {
  if (j <= ts || doc.pos[j] !== 'VERB' || !isVerb(doc, j) || endsWithIng(doc.lower[j]!)) return false;
  let a = j - 1;
  while (a > ts && j - a <= 3 && isAdverbLike(doc, a) && !BE_FORMS.has(doc.lower[a]!)) a--;
  return BE_FORMS.has(doc.lower[a]!);
}

/**
 * The -ing form set off by a comma or a dash nearest before `v` (at most 25 words back, not over a semicolon or a
 * colon), or -1: ", conceding that Ruiz had a point but warning …" finds "conceding" before "had".
 */
function setOffParticipleBefore(doc: SlantDocument, v: number, ts: number): number {
  for (let t = v - 1; t > ts && v - t <= 25; t--) {
    const w = doc.value[t]!;
    if (w === ';' || w === ':') return -1;
    if (doc.pos[t] === 'VERB' && endsWithIng(doc.lower[t]!) && (doc.value[t - 1] === ',' || isSetOffDash(doc, t - 1))) return t;
  }
  return -1;
}

/**
 * "gave $3 million to a group backing Ruiz": the noun phrase before an -ing form, read back over "to", may hold an
 * amount given to the phrase the participle describes; the recipient after "to" alone is then the participle's
 * subject (the amount backs no one). `np` itself otherwise.
 */
function recipientOfAmount(doc: SlantDocument, np: TokenRange | null): TokenRange | null {
  if (!np) return np;
  for (let t = np.a + 1; t < np.b - 1; t++) if (doc.lower[t] === 'to' && doc.pos[t - 1] === 'NUM') return { a: t + 1, b: np.b };
  return np;
}

/** Prepositions of likeness whose phrase may stand between "and" and a verb that shares the subject before. */
const LIKENESS = new Set(['like', 'unlike']);

/**
 * "Vale represents a ward, and like Berg has spoken about the pier": a phrase of likeness between "and" (or "but")
 * and the verb is an adjunct, not the verb's subject (was «like Berg»); the token to read back from is the
 * conjunction, so the verb shares the subject of the verb before it. Not after a cue verb, whose content the
 * phrase's reading as a subject still ends ("Vale backs the levy, and like Berg has criticized …"). `j` otherwise.
 */
function overComparisonAfterJoin(doc: SlantDocument, j: number, ts: number, isCueVerb: (k: number) => boolean): number {
  if (j - 2 >= ts && doc.value[j] === ',') return overSetOffAfterJoin(doc, j, ts);
  if (j - 2 < ts || !(doc.pos[j] === 'PROPN' || doc.pos[j] === 'NOUN')) return j;
  const np = nounPhraseBefore(doc, j, ts);
  if (!np || np.a - 2 < ts || !LIKENESS.has(doc.lower[np.a - 1]!) || !AND_BUT.has(doc.lower[np.a - 2]!)) return j;
  const main = previousVerb(doc, np.a - 2, ts, isCueVerb);
  return main >= 0 && !isCueVerb(main) ? np.a - 2 : j;
}

/**
 * "Vale chairs the board and, in May, spoke about the pier", "…, but, like Berg, has praised …": a short aside with
 * no verb set off by commas right after "and" or "but" stands between the conjunction and the verb (the subject was
 * read as «the board and»); the conjunction is the token to read back from. `j` (the closing comma) otherwise.
 */
function overSetOffAfterJoin(doc: SlantDocument, j: number, ts: number): number {
  for (let t = j - 1; t > ts && j - t <= 8; t--) {
    if (doc.value[t] === ',') return t - 1 > ts && t < j - 1 && AND_BUT.has(doc.lower[t - 1]!) ? t - 1 : j;
    if (isVerb(doc, t) || doc.pos[t] === 'AUX' || isPunct(doc, t) || isQuoteMark(doc, t)) return j;
  }
  return j;
}

/**
 * The series' previous verb when the cue verb `k` after the comma `j` is the middle of a series of verb phrases: the
 * verb before the comma, of `k`'s form, with no mark between it and the comma, and a ", and" + verb of that form later
 * in the sentence (`seriesCloseIn`). -1 otherwise.
 */
function seriesMiddleOf(doc: SlantDocument, j: number, k: number, end: number, ts: number, te: number): number {
  const main = previousVerb(doc, j, ts);
  if (main < 0 || doc.pos[main] !== 'VERB' || !formOfHead(doc, k, main)) return -1;
  for (let t = main + 1; t < j; t++) if (isPunct(doc, t) || isQuoteMark(doc, t)) return -1;
  return seriesCloseIn(doc, k, end, te) >= 0 ? main : -1;
}

/** The most tokens back from the comma that `reportingCueBefore` reads for the first member's cue. */
const MAX_REPORTED_MEMBER = 25;

/**
 * The verb before the comma `j` whose series `k` continues, when that verb is a reported clause's own (with its subject
 * before it, after a cue of the same form: "Vale said the crews fixed the pier, praised the board, and left", the crews
 * praised it); -1 otherwise.
 */
function reportedClauseSeries(doc: SlantDocument, j: number, k: number, ts: number, isCueVerb: (k: number) => boolean): number {
  const own = reportedSeriesVerb(doc, j, ts, k);
  return own >= 0 && reportingCueBefore(doc, own, k, ts, isCueVerb) >= 0 ? own : -1;
}

/**
 * A cue verb of `k`'s form within `MAX_REPORTED_MEMBER` tokens before `j`, with no mark between (the first member of a
 * series that reports a clause, "said the pier was safe, warned …"); -1 if none.
 */
function reportingCueBefore(doc: SlantDocument, j: number, k: number, ts: number, isCueVerb: (k: number) => boolean): number {
  for (let t = j - 1; t >= ts && j - t <= MAX_REPORTED_MEMBER; t--) {
    if (isPunct(doc, t) || isQuoteMark(doc, t)) return -1;
    if (doc.pos[t] === 'VERB' && isCueVerb(t) && formOfHead(doc, k, t)) return t;
  }
  return -1;
}

/** Is a token of [a, b) an auxiliary or a modal ("Levy Will Fall", "Port Is Safe")? */
function auxiliaryWithin(doc: SlantDocument, a: number, b: number): boolean {
  for (let t = a; t < b; t++) if (doc.pos[t] === 'AUX') return true;
  return false;
}

/**
 * Where a lone subject word starts, an indefinite pronoun for people (over an adverb of degree: "almost
 * everyone") or a quantifier ("most", which the tagger may read as an adverb), right before the verb at `k`,
 * after a conjunction that opens a clause ("and", "but", "while", "although") or a semicolon; -1 otherwise.
 */
function loneSubjectAfterJoin(doc: SlantDocument, k: number, ts: number): TokenRange | null {
  const j = subjectWordBeforeAdverbs(doc, k, ts);
  if (j < ts || isCap(doc, j) || !(PERSON_INDEFINITES.has(doc.lower[j]!) || SUBJECT_QUANTIFIERS.has(doc.lower[j]!))) return null;
  // ("and most recently said": "most" before a gradable adverb is its degree, not the subject; "most also say" is)
  if (j < k - 1 && SUPERLATIVE_DEGREE.has(doc.lower[j]!) && gradableAdverb(doc.lower[j + 1]!)) return null;
  const a = j - 1 >= ts && PERSON_INDEFINITES.has(doc.lower[j]!) && NEARLY_ALL_ADVERBS.has(doc.lower[j - 1]!) ? j - 1 : j;
  const w = a - 1;
  return w >= ts && (BOUNDARY_CONJUNCTIONS.has(doc.lower[w]!) || doc.value[w] === ';') ? { a, b: j + 1 } : null;
}

/** Quantifiers that also grade an adverb after them ("most often", "least openly"). */
const SUPERLATIVE_DEGREE = new Set(['most', 'least']);

/** An adverb of manner or frequency a degree word can grade ("recently", "often"), unlike "also" or "still". */
const gradableAdverb = (w: string): boolean => w.endsWith('ly') || w === 'often';

/**
 * The word before the verb at `k` over up to two listed adverbs or auxiliaries that are not themselves
 * a subject word: "and everyone also agrees", "but many have since said" (the adverb stands between
 * the lone subject and its verb).
 */
function subjectWordBeforeAdverbs(doc: SlantDocument, k: number, ts: number): number {
  let j = k - 1;
  while (j >= ts && k - j <= 2 && isListedAdverb(doc, j) && !SUBJECT_QUANTIFIERS.has(doc.lower[j]!)) j--;
  return j;
}

/** Is a comma among the tokens [a, b) (an appositive set off between a subject and its verb)? */
function commaWithin(doc: SlantDocument, a: number, b: number): boolean {
  for (let t = a; t < b; t++) if (doc.value[t] === ',') return true;
  return false;
}

/** Tags of a participle's object: a reduced relative is passive and takes none ("posted a video"). */
const OBJECT_OPENERS = new Set(['DET', 'PRON']);
/** Days and months: a name right after one, in an opening phrase, is the clause's subject ("On Tuesday Vale argued …"). */
const DATE_WORDS = wordSet(WEEKDAYS, MONTHS, NEAR_DAYS);

/**
 * "In a video posted online, the clerk …", "In an essay published on Monday by the Harbour Weekly, Vale
 * …": a past participle at `k` right after the object of a preposition that opens the sentence, with no
 * comma between, is a reduced relative on that object (the thing posted): no one is its source, and
 * what follows is no content of it. Not after a name that no preposition opens, a subject missing its
 * comma ("During the vote Ruiz backed …"), nor after "with"/"without", whose object is the participle's
 * subject ("With the levy projected to rise"), nor before an object ("On Monday Vale posted a video"),
 * nor after a subordinator, which opens a clause ("After Ruiz argued that …"), nor before a that-clause, which
 * a passive participle cannot take ("In the debate Vale argued that …"), nor after a name that follows a day
 * or a month ("On Tuesday Vale argued …"). Only at a sentence's start.
 */
function participleOnOpeningObject(doc: SlantDocument, k: number, ts: number): boolean {
  if (doc.pos[ts] !== 'ADP' || ABSOLUTE_PREPOSITIONS.has(doc.lower[ts]!) || OPENING_SUBORDINATORS.has(doc.lower[ts]!) || doc.sentences[doc.sentenceOf[k]!]!.tokenStart !== ts || !isVerb(doc, k) || !endsWithEdOrEn(doc.lower[k]!) || OBJECT_OPENERS.has(doc.pos[k + 1] ?? '') || doc.lower[k + 1] === 'that') return false;
  const object = nounPhraseBefore(doc, k - 1, ts);
  if (object === null || object.b !== k || object.a - 1 <= ts - 1 || doc.pos[object.a - 1] !== 'ADP') return false;
  for (let t = ts; t < k; t++) if (isPunct(doc, t)) return false;
  // ("On the morning of May 3 Ruiz jumped …": a name after a date is the subject missing its comma)
  for (let t = object.a; t < k - 1; t++) if ((doc.pos[t] === 'NUM' || DATE_WORDS.has(doc.lower[t]!)) && doc.pos[t + 1] === 'PROPN') return false;
  return true;
}

/**
 * "Ruiz praises port crews, criticizes board", "Vale Backs Ferry Plan, Slams Tolls": a headline's
 * series without "and". The cue verb `k` after the comma `j` shares the subject of the -s verb
 * before it (`headlineSeriesVerb`), or of the cue verb before it when that one has the same form and
 * only its object (no verb, no quotation) stands between it and the comma; a tag's inverted subject
 * follows a clause of its own instead ("The toll rose, lamented Ruiz"). The earlier verb, or -1.
 */
function asyndeticPartner(doc: SlantDocument, j: number, k: number, ts: number, isCueVerb: (k: number) => boolean): number {
  // (an -s form with a bare object, in a headline's present tense, whether or not the first verb is a cue: "Vale Wins Seat, Thanks Voters")
  // (not after a tag set off by commas: "That decision, says Vale, shows …")
  if (setOffTagBefore(doc, j, ts)) return -1;
  const series = j === k - 1 ? headlineSeriesVerb(doc, k) : -1;
  if (series >= 0) return series;
  const v = previousVerb(doc, j, ts, isCueVerb);
  if (v < 0 || !isCueVerb(v) || headlineForm(doc, v) !== headlineForm(doc, k) || !/^(?:present|past)$/.test(headlineForm(doc, k))) return -1;
  for (let t = v + 1; t < j; t++) if (isVerb(doc, t) || isQuoteMark(doc, t) || isPunct(doc, t)) return -1;
  return v;
}

/**
 * The token after at most two phrases a preposition opens, from `t` ("plums | at the market in
 * Tarn | and …"); `t` when none opens there. Not "that", which opens a clause.
 */
function behindPlacePhrases(doc: SlantDocument, t: number, te: number): number {
  for (let n = 0; n < 2 && t < te && doc.pos[t] === 'ADP' && doc.lower[t] !== 'that'; n++) {
    const np = nounPhraseAfter(doc, t + 1, te);
    if (!np || np.a !== t + 1) break;
    t = np.b;
  }
  return t;
}

/** Does a relative pronoun open the stretch that ends at the comma `j` (back to the previous comma; at most 20 tokens)? */
function relativeInStretch(doc: SlantDocument, j: number, ts: number): boolean {
  for (let t = j - 1; t >= ts && j - t <= 20 && doc.value[t] !== ','; t--) if (/^(?:who|whom|which|whose)$/.test(doc.lower[t]!)) return true;
  return false;
}

/** Prepositions of place or medium whose object names where one speaks: "took to the radio shows", "went on the talk shows". */
const MEDIUM_PREPOSITIONS = new Set(['to', 'on', 'onto', 'into', 'across', 'over']);

/**
 * "took to the radio shows", "appeared on the talk shows": an -s form at `g` the tagger read as a verb
 * after a determiner and a noun, right after a preposition of place or medium, is the plural head of the
 * preposition's object (a clause cannot follow the preposition). The preposition's index, or -1.
 */
function prepositionBeforeMisreadPlural(doc: SlantDocument, g: number, ts: number): number {
  if (doc.pos[g] !== 'VERB' || !endsWithPlainS(doc.lower[g]) || g - 3 < ts || doc.pos[g - 1] !== 'NOUN' || doc.pos[g - 2] !== 'DET') return -1;
  return doc.pos[g - 3] === 'ADP' && MEDIUM_PREPOSITIONS.has(doc.lower[g - 3]!) ? g - 3 : -1;
}

/**
 * Does `j` end "in addition to" opening its sentence (after a conjunction or adverb at most, no verb
 * before it): "In addition to | stating …", "Yet in addition to | worrying …"?
 */
function additionLeadAt(doc: SlantDocument, j: number, ts: number): boolean {
  const lead = additionLeadEnd(doc, j, ts) ? j - 2 : -1;
  return lead >= ts && lead - ts <= 2 && !hasVerb(doc, ts, lead);
}

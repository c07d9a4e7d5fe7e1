/**
 * The source of a reporting-verb cue: the subject (before or after the verb), the agent of a
 * passive, the subject shared with a coordinated or governing verb, "Asked about …," questions;
 * verbContent.ts then finds what is attributed.
 */
import { NAMING_PARTICIPLES } from './namingCues.js';
import type { SlantDocument } from '../document/readDocument.js';
import type { AttributionLexicons } from './attributionLexicons.js';
import { agentlessRelation } from './agentlessRelation.js';
import { characterAfterAs, PASSIVE_COMPLEMENTS } from './agentlessVerbCues.js';
import { boundaryBefore, commaBefore, formOfHead, inflection } from './clauseBoundaries.js';
import { ADDRESSEE_VERBS, clauseEnd, PHRASE_QUESTION_WORDS, TOLD_PERSON, trimFront } from './contentExtent.js';
import { setOffTagBefore } from './quotedTermSubject.js';
import { cueShape, type Cue } from './cue.js';
import { stateComplement, takesClause, WH } from './cueComplements.js';
import { clauseStart, listBefore, nounPhraseAfter, nounPhraseBefore, shortPrepositionalPhraseEnd, type SourcePhrase, type TokenRange } from './nounPhrases.js';
import { recordReadAsVerb } from './recordReadAsVerb.js';
import { quotesForCue } from './quoteBinding.js';
import type { Relation } from './relation.js';
import { issuerOfMessage, objectOfVerb } from './sourceOfObject.js';
import type { SourceEntity } from './sourceRegistry.js';
import { findSubject } from './findSubject.js';
import { CLAUSE_PARTICIPLES } from './participleSubject.js';
import { loneSubjectWord } from './sentenceConnectives.js';
import { modalName, skipAdjunctsBack } from './adjunctsBack.js';
import { overParenthetical } from './parenthetical.js';
import { subjectAfter } from './subjectAfter.js';
import { QUANTIFIER_SUBJECTS } from './quantifiers.js';
import { type Built, relation, type StageContext } from './stageContext.js';
import { AND_BUT, BE_FORMS, CLAUSE_CONJUNCTIONS, closingMarkWithin, COORDINATORS, endsWithEd, endsWithIng, hasVerb, isAdverbLike, isCap, isPossessive, isPunct, isQuoteMark, isSetOffDash, isVerb, INDEFINITE_PRONOUNS, NOMINATIVE_PRONOUNS, NONCOMPLEMENT_RELATIVES, pluralAfterBeOrThe, PRONOUNS, TOLD_FORMS, TOLD_MATTER, VERB_GROUP_WORDS, WH_RELATIVES } from './tokens.js';
import { perfectOpening, SAYING_CLASSES, verbContent } from './verbContent.js';
import { coordinatedAsideMark, degreeSoBeforeParticiple, durationAt, passiveGroupStart } from './verbCues.js';
import { setOffStateSense } from './setOffState.js';
import { shareAgent, shareOfThing } from './shareAgent.js';
import { agentHeadMayNamePerson, mayNamePerson, mayNamePersons, namesPeople, namesSpeaker, sharedByPeople } from './peopleNouns.js';
import { previousVerb } from './sharedSubjectVerb.js';
import { timePhraseEnd } from './timePhrases.js';
import { TIME_ADJUNCT } from './timeWords.js';
import { clauseHoldsCue, OPENING_SUBORDINATORS } from './openingClause.js';

export function verbRelation(ctx: StageContext, cue: Cue, ts: number, te: number, rels: Relation[], isCueVerb: (k: number) => boolean): Built | null {
  const { doc } = ctx;
  const k = cue.head;
  const offset = doc.start[cue.tokStart]!;
  const cueRange: TokenRange = { a: cue.tokStart, b: cue.tokEnd };
  // "The plan was criticized by X": the agent follows "by", the subject is what is attributed.
  if (cue.byAgent !== undefined) {
    // ("backed by 40 percent of voters": a share of a group gives the backing)
    const share = shareAgent(doc, ctx.lex, cue.byAgent + 1, te);
    // (a share of a thing is no one: "backed by 40 percent of the budget")
    const agent = share ?? (shareOfThing(doc, ctx.lex, cue.byAgent + 1, te) ? null : subjectAfter(doc, cue.byAgent + 1, te));
    // ("by Vale last week", "by the mayor yesterday": a time phrase after the agent is not part of it)
    if (agent) {
      for (let d = agent.a + 1; d < agent.b; d++) {
        if (timePhraseEnd(doc, d, agent.b, 4, AFTER_AGENT_TIME) === agent.b) {
          agent.b = d;
          // ("by the mayor for a week": the time phrase opens at its preposition or determiner, not at its noun)
          while (agent.b - 1 > agent.a && (doc.pos[agent.b - 1] === 'DET' || doc.pos[agent.b - 1] === 'NUM' || doc.pos[agent.b - 1] === 'ADP')) agent.b--;
          break;
        }
      }
      // ("criticized by growers | for the delay", "accused by the head of the port | of fraud": the reason or
      // charge the cue takes opens after the agent, not inside it)
      if (!agent.appositive && !agent.relative) {
        const why = reasonInAgent(doc, ctx.lex, cue, agent);
        if (why > agent.a) agent.b = why;
      }
    }
    // ("was told by aides the pier would close": the agent ends where a second noun phrase opens a clause)
    if (agent && ADDRESSEE_VERBS.has(cue.lemma) && !agent.appositive && !agent.relative) {
      for (let d = agent.a + 1; d < agent.b; d++) {
        if (doc.pos[d] === 'DET' && doc.pos[d - 1] !== 'ADP' && takesClause(doc, d, te)) {
          agent.b = d;
          break;
        }
      }
    }
    // ("was told by aides who had seen the plans that the pier would close": the relative clause on
    // the agent ends before a "that" which opens the clause told, not after a verb of its own)
    if (agent?.relative && ADDRESSEE_VERBS.has(cue.lemma) && agent.relative.a === agent.b) {
      for (let t = agent.relative.a + 2; t < agent.relative.b; t++) {
        if (doc.lower[t] === 'that' && !isVerb(doc, t - 1) && t + 1 < te && takesClause(doc, t + 1, te)) {
          agent.relative = { a: agent.relative.a, b: t };
          break;
        }
      }
    }
    // ("was criticised by growers", "drew criticism from environmentalists": an agent noun of a trade or
    // role outside the lexicons still passes the judgement, while "backed by data" names no one; not the
    // object of a verb of feeling, "surprised the growers", whose content stands before it)
    const loose = agent !== null && cue.byAgent !== cue.head && agentHeadMayNamePerson(doc, agent);
    const entity = agent ? ctx.resolve(agent, offset) ?? (loose ? ctx.resolve(agent, offset, true) : null) : null;
    if (!agent || !entity) return null;
    // "Vale was told by aides that the pier would close": the passive's subject is the addressee,
    // what was told is the clause after the agent
    const told = toldClauseAfterAgent(doc, cue, agentEnd(agent), te);
    if (told >= 0) return { relation: relation(cue, cueRange, agent, entity, { a: told, b: perfectOpening(doc, cue, ts) ? openingCommaEnd(ctx, told, te) : clauseEnd(doc, told, te, -1, false, ctx.quotes) }), boundary: -1 };
    // ("Vale was told by aides who said …": the subject of a passive verb of telling is the one told, never what was told)
    if (TOLD_PERSON.has(cue.lemma)) return null;
    // "Vale was asked by reporters about the toll", "was urged by aides to resign": the one asked is the
    // subject, what was asked follows the agent; with nothing after it, "asked" names no question
    // ("Vale was asked by Berg."), while "Restraint was urged by the mayor" keeps its subject
    if (ASKED_PERSON.has(cue.lemma)) {
      const q = agentEnd(agent);
      const w = doc.lower[q] ?? '';
      // ("pressed by reporters on the toll", "advised by lawyers on the merger": "on" opens the matter asked about)
      const onMatter = w === 'on' && (cue.lemma === 'press' || cue.lemma === 'advise');
      if (w === 'about' || onMatter || WH.has(w) || (w === 'to' && isVerb(doc, q + 1))) return { relation: relation(cue, cueRange, agent, entity, { a: q, b: clauseEnd(doc, q, te, -1, false, ctx.quotes) }), boundary: -1 };
      // (only "urge" and "advise" may have the thing urged as their subject, and never a person:
      // "Vale was quizzed by the panel" names no question)
      if (!URGED_THING.has(cue.lemma)) return null;
    }
    let be = cue.tokStart - 1;
    while (be >= ts && (isAdverbLike(doc, be) || degreeSoBeforeParticiple(doc, be, cue.tokStart, ts))) be--;
    // ("The plan, criticized by Vale, …": a reduced passive set off after its noun phrase)
    // ("Berg, backed by the union and opposed by Vale, …": a second participle joined in that aside)
    const joined = coordinatedAsideMark(doc, cue.tokStart, ts);
    const mark = joined >= 0 ? joined : cue.tokStart - 1;
    const setOff = doc.value[mark] === ',' || isSetOffDash(doc, mark) ? 1 : 0;
    const pronoun = setOff ? -1 : pronounSubjectBefore(doc, cue.tokStart, ts);
    // ("Vale has drawn crowds and won the backing of Berg": a backing won by a second verb goes to the first verb's subject)
    const shared = !setOff && pronoun < 0 && cue.tokStart < cue.head - 1 && doc.lower[cue.tokStart - 1] === 'and' ? coordinatedSubject(doc, cue.tokStart - 1, ts) : null;
    const np = shared ?? (pronoun >= 0 ? { a: pronoun, b: pronoun + 1 } : be + 1 < cue.tokStart ? { a: reportedClauseStart(doc, clauseStart(doc, be, ts), be, te, isCueVerb), b: be + 1 } : nounPhraseBefore(doc, mark - setOff, ts));
    // ("The union's claims, threats and demands angered Ruiz": a verb of feeling's subject may be a list)
    const content = np && cue.byAgent === cue.head ? listBefore(doc, np, ts) : np;
    if (!content || content.b <= content.a) return null;
    // ("With the plan criticized by unions, …", "…, with the toll opposed by crews": the preposition of an absolute
    // phrase opening the sentence or set off by a comma is no part of what is judged)
    if (content.b - content.a >= 2 && PARTICIPLE_SUBJECT_PREPOSITIONS.has(doc.lower[content.a]!) && (trimFront(doc, ts, content.a) === content.a || doc.value[content.a - 1] === ',')) content.a++;
    // ("The levy has since been criticised by …": the passive's auxiliaries stay out of the content)
    let g = cue.tokStart - 1;
    while (g > ts && !BE_FORMS.has(doc.lower[g]!) && isAdverbLike(doc, g)) g--;
    if (g >= ts && BE_FORMS.has(doc.lower[g]!)) {
      const group = passiveGroupStart(doc, g, ts);
      if (content.a < group && group < content.b) content.b = group;
    }
    if (ASKED_PERSON.has(cue.lemma) && personSubject(ctx, content, ts)) return null;
    // ("Vale's accusations that the clerk lied were denied by Ruiz": a subject that is a reporting noun with its
    // own "that" clause is the noun's relation, whose source is its owner; the agent did not say that clause)
    if (reportingNounClause(ctx, content, ts)) return null;
    // "The levy was seen by some as a blow to growers": a passive that gives its subject a character,
    // the agent before "as": what is seen is the whole clause through the complement, as with no agent
    // ("was seen as a blow"); not a participle set off after its noun ("Ruiz, seen by many as …")
    const as = setOff ? -1 : asAfterAgent(doc, agentEnd(agent), te);
    if (as >= 0 && characterAfterAs(doc, cue.lemma, as, te)) content.b = clauseEnd(doc, as + 1, te, -1, true, ctx.quotes);
    // ("Vale was criticized by growers | for the delay", "Berg was accused by a clerk | of lying": the reason or the
    // charge after the agent belongs to what was judged, as in the active "criticized Vale for the delay")
    const why = setOff || as >= 0 ? -1 : reasonAfterAgent(doc, cue, agentEnd(agent), te);
    if (why >= 0) {
      // ("Berg, who was accused by a clerk of lying, resigned": in a relative clause the reason ends with it)
      const rest: TokenRange = { a: why, b: WH_RELATIVES.has(doc.lower[content.a]!) && content.b === content.a + 1 ? relativeEnd(doc, why, clauseEnd(doc, why, te, -1, true, ctx.quotes)) : clauseEnd(doc, why, te, -1, true, ctx.quotes) };
      if (rest.b > rest.a + 1) {
        const r = relation(cue, cueRange, agent, entity, { a: content.a, b: rest.b });
        r.pieces = [content, rest];
        return { relation: r, boundary: -1 };
      }
    }
    return { relation: relation(cue, cueRange, agent, entity, content), boundary: -1 };
  }
  let source: SourcePhrase | null = null;
  let entity: SourceEntity | null = null;
  let inverted = false;
  let inherited = false;
  let governed = false;
  let boundary = -1;
  const found = findSubject(ctx, k, cue.tokEnd, ts, te, isCueVerb);
  // ("A pilot whom Ruiz trusts believes …", "The aide that Vale doubted insisted …": a cue in an object relative
  // with a finite verb right after it is the relative's verb; the verb after it is the main clause's cue)
  // (after "that" a verb of saying or thinking may bridge to a clause missing its subject, "The clerk that Vale
  // said stole the levy resigned"; never after "whom", which is only ever the object)
  if (found.type === 'phrase' && (doc.lower[found.phrase.a - 1] === 'whom' || !SAYING_CLASSES.has(cue.cueClass)) && objectRelativeBeforeVerb(doc, ts, found.phrase.a, cue.tokEnd, te)) return null;
  // "Asked about the plan, Ruiz said ...", "When asked whether ...,": the question has no
  // source of its own here; its content ends at the comma before the main clause.
  const lead = k - 1 >= ts ? doc.lower[k - 1]! : '';
  // (also "When told the pier was closed, …", "after being informed that …": the one who told is not named)
  // (and "Told of the vote, Vale …", "Reminded that …,": the participle opening the sentence, with what was
  // told after "of", "about" or "that": the main clause's subject is the one told, never the teller)
  // (the word after the participle itself: the phrasal cue "tell of" ends after its "of")
  const toldWord = doc.lower[k + 1] ?? '';
  // ("Told the news, Vale wept": or with what was told as the participle's object, a noun phrase up to the comma;
  // a passive "told" takes the matter as its object, the one told is the main clause's subject)
  const toldOpening = k === ts && isCap(doc, k) && (TOLD_MATTER.has(toldWord) || toldMatterObject(doc, k + 1, te));
  const toldLead = TOLD_FORMS.has(doc.lower[k]!) && (TOLD_LEADS.has(lead) || (lead === 'being' && BEING_TOLD_LEADS.has(doc.lower[k - 2] ?? '')) || toldOpening) && toldWord !== 'by';
  if (toldLead) {
    const c = askedClauseEnd(doc, k + 1, te);
    const a = TOLD_MATTER.has(toldWord) ? k + 2 : k + 1;
    if (c >= te || c <= a || !(TOLD_MATTER.has(toldWord) || takesClause(doc, a, c) || (toldOpening && toldMatterObject(doc, a, te)))) return null;
    return { relation: relation(cueShape({ ...cue, type: 'agentless', agentless: 'raising' }), cueRange, null, ctx.registry.unspecified(offset), { a, b: c }), boundary: k - 1 > ts ? k - 1 : -1 };
  }
  // (also `“Never,” Vale said, asked whether …`: a participle set off after a speech tag, see askedAfterTag)
  const afterTag = ASKED_FORMS.has(doc.lower[k]!) && askedAfterTag(doc, cue, rels);
  const whenAsked = ASKED_FORMS.has(doc.lower[k]!) && (ASKED_LEADS.has(lead) || afterTag);
  // ("Titled “Harbour Days,” the video pans over …": a naming participle opening the sentence names the main
  // clause's subject and is sourceless whatever that subject is (see below), so a main verb the tagger read as
  // a noun, which hides the subject, does not lose it)
  const openingNaming = found.type === 'none' && k === ts && isCap(doc, ts) && NAMING_PARTICIPLES.has(doc.lower[k]!);
  // ("rushed everyone into the hall and said …" with no subject found: see the series of verbs below)
  const noSubject = found.type === 'none' && !found.sourceless && !openingNaming && seriesVerbBefore(doc, cue.tokStart, ts) < 0;
  if (found.type === 'nested' || (noSubject && !whenAsked)) return null;
  if (ASKED_FORMS.has(doc.lower[k]!) && ((found.type === 'governed' && !found.coordinated && trimFront(doc, ts, k) >= k - 1) || whenAsked)) {
    let c = askedClauseEnd(doc, cue.tokEnd, te);
    // "“Not this year,” Ruiz said when asked whether …": the question runs to the end of the clause
    if (c >= te && ((lead !== '' && ASKED_LEADS.has(lead)) || afterTag)) c = clauseEnd(doc, cue.tokEnd, te, -1, false, ctx.quotes);
    if (c >= te || c === cue.tokEnd) return null;
    // "Asked by Stephanopoulos about ...": the interviewer asked
    const by = doc.lower[cue.tokEnd] === 'by' ? nounPhraseAfter(doc, cue.tokEnd + 1, c) : null;
    const asker = by ? ctx.resolve(by, offset, true) : null;
    if (by && asker) return { relation: relation(cue, cueRange, by, asker, { a: by.b, b: c }), boundary: -1 };
    // "Ruiz said no when asked whether …": the subordinate clause sets the question apart
    // ("Asked Tuesday about the plan", "Asked on Tuesday whether …": a time phrase right after the participle says
    // when the question was put, not what it was)
    const when = timePhraseEnd(doc, cue.tokEnd, c, 4, TIME_ADJUNCT);
    const asked = when < c && !isPunct(doc, when) ? when : cue.tokEnd;
    return { relation: relation(cueShape({ ...cue, type: 'agentless', agentless: 'raising' }), cueRange, null, ctx.registry.unspecified(offset), { a: asked, b: c }), boundary: whenAsked && k - 1 > ts ? k - 1 : -1 };
  }
  // "…, said she was dismayed" with no subject found: the attribution stays, its source unknown
  if (noSubject) return null;
  // ("Vale said the clerk, a friend of Berg, wrote a memo.": a thing after a verb that ends an aside is its object, no
  // speaker put after the verb, when the words before the comma are a verb cue and the subject of its clause; a report
  // may still speak: "…, says a report")
  if (found.type === 'phrase' && found.inverted && doc.value[cue.tokStart - 1] === ',' && thingNoun(ctx, found.phrase.b - 1) && rels.some((r) => !r.dropped && r.cue.head >= ts && clauseSubjectUpTo(doc, r.cue, cue.tokStart - 1))) return null;
  // "vowed to stand up for farmers and defend the town": a bare verb joined to an infinitive belongs to it
  if (found.type === 'governed' && found.coordinated && inflection(doc, k) === 'base' && infinitiveBefore(doc, cue.tokStart, ts)) return null;
  // "met the mayor, praised the plan and …": the cue is one of a series of verbs; what was taken for
  // its subject is the object before the comma, or one read as inverted after it (after a speech verb
  // that inversion is real: "The council approved it, said the mayor")
  // (but a thing read as the inverted speaker is the cue's object: "urged the council to act, proposed a new levy, and …")
  const series = !endsWithIng(doc.lower[k]!) && (found.type === 'none' || (found.type === 'phrase' && !(found.inverted && SAYING_INVERSION.has(cue.cueClass) && !thingNoun(ctx, found.phrase.b - 1)) && seriesLike(doc, found.phrase, found.inverted))) ? seriesSubject(ctx, cue.tokStart, ts, te) : null;
  if (series?.type === 'phrase') {
    source = series.phrase;
    governed = true;
    boundary = boundaryBefore(doc, cue.tokStart, ts, te, true);
  } else if (found.type === 'none') {
    if (!found.sourceless && !openingNaming) return null;
    entity = ctx.registry.unspecified(offset);
  }
  else if (found.type === 'governed') {
    governed = true;
    const governor = rels.find((r) => !r.dropped && r.cue.head === found.verb);
    // "Ruiz seemed unmoved, telling reporters …": an appearance has no source, but its subject speaks
    const appearance = governor !== undefined && governor.source === null && governor.cue.cueClass === 'appearance';
    // "said the guild is not a party and supports candidates": a verb in the form of the reported
    // clause's own verb, not the cue's, is coordinated inside that clause
    if (governor && !appearance && found.coordinated && embeddedForm(doc, governor, cue, k)) return null;
    if (governor && !appearance) {
      source = governor.source;
      entity = governor.entity;
      inherited = true;
      boundary = boundaryBefore(doc, cue.tokStart, ts, te, true);
    } else {
      // The shared verb is not a cue. Inside a reported clause it is that clause's verb ("said voters
      // were angry and wanted ...": nested), unless its tense sets it apart from both verbs
      // ("suggested he be fired and defended ...": the second verb goes with the cue).
      // (not a tag inside a parenthetical the cue's verb is read over: in "Ruiz attacked the plan — “It is
      // wrong,” she said — and vowed …" the tag's content may reach back over "attacked")
      const aside = overParenthetical(doc, cue.tokStart - 1, ts);
      // (nor a cue inside an opening subordinate clause whose content was read past its comma: "While rivals
      // called for more police, Ruiz stayed calm, noting …": the shared verb is the main clause's)
      // (nor a content read over ", and" to a clause with a subject of its own: in "Growers say the fee is high, and the
      // union has sued, saying …" the union says it; see `joinedClauseSubject`)
      const holder = appearance ? undefined : rels.find((r) => !r.dropped && r.content && found.verb >= r.content.a && found.verb < r.content.b && !(aside < cue.tokStart - 1 && r.cue.head > aside && r.cue.head < cue.tokStart) && !openingClauseBetween(doc, ts, r.cue.head, found.verb) && !joinedClauseSubject(ctx, r.content.a, found.verb, ts, te));
      if (holder) {
        const mine = inflection(doc, k);
        // ", and said ...", ", calling it ...": after a comma the second verb goes with the main one
        // (also ", while emphasizing …": a participle after a comma and "while")
        // (also over an adjunct between the conjunction and the verb: ", but in a later interview said …")
        // (not over a quantifier that is the second clause's own subject: ", and most don't expect …")
        let joint = skipAdjunctsBack(doc, cue.tokStart - 1, ts);
        for (let t = joint + 1; t < cue.tokStart && joint >= 0; t++) if (QUANTIFIER_SUBJECTS.has(doc.lower[t]!)) joint = -1;
        const commaAnd = (joint > ts && doc.value[joint - 1] === ',' && AND_BUT.has(doc.lower[joint]!)) || (endsWithIng(doc.lower[k]!) && (commaBefore(doc, cue.tokStart) || (doc.lower[cue.tokStart - 1] === 'while' && commaBefore(doc, cue.tokStart - 1))));
        // "said he welcomed the vote and added, “…”": a second speech verb with a full quotation of its own is not reported speech
        const quoting = cue.cueClass === 'speech' && quotesForCue(doc, ctx.quotes, cue, cue.tokStart, cue.tokEnd, te).some((qi) => !ctx.quoteRelation[qi] && ctx.quotes.quotes[qi]!.t0 > cue.tokStart);
        if (quoting && found.coordinated) return verbContent(ctx, cue, ts, te, rels, isCueVerb, { source: holder.source, entity: holder.entity, inverted: false, inherited: false, governed: true, boundary: boundaryBefore(doc, cue.tokStart, ts, te, true), cueRange });
        // "said the audit was unfair and accused the council of …", "suggested that … and argued that …": a speech
        // act in the governing cue's form with a complement of its own goes with that cue, not the reported clause
        // ("said the council went back on its plan and said …": the same speech verb again is the speaker's own)
        // ("denied that Ruiz had lied but said the fee was high": a speech verb after "but" sets the speaker's second report against the first)
        // ("told reporters the plan was dead and said she would …": a plain "said" after any speech verb of the speaker's is the speaker's next report)
        // ("said she heard the horn and suspected immediately that …", "complained that Berg misled them and
        // questioned why …": a verb of saying or thinking whose own clause or question opens right after it,
        // over adverbs, is a second report of the speaker's in the same form; not a verb with a preposition, "focused on
        // whether", which reports a topic and may be the reported clause's own)
        const ownAct = formOfHead(doc, holder.cue.head, k) && (SPEECH_ACTS.has(cue.lemma) || (cue.cueClass === 'speech' && (doc.lower[cue.tokEnd] === 'that' || cue.lemma === holder.cue.lemma || doc.lower[joint] === 'but' || (cue.lemma === 'say' && holder.cue.cueClass === 'speech'))) || (CLAUSE_REPORTING_CLASSES.has(cue.cueClass) && !cue.lemma.includes(' ') && reportedClauseOpens(doc, cue.tokEnd, te) && speakerMayLeadClause(doc, holder.content!.a)));
        // "issued a statement saying the toll was fair and said it would not rise": a holder that is a participle
        // hanging on a finite verb of the second verb's form; the second verb is coordinated with that one
        // (not inside a relative clause of the content: "… a video in which Vale praised the plan and admitted …")
        const afterParticiple = found.coordinated && (mine === 'past' || mine === 'present') && inflection(doc, holder.cue.head) === 'ing' && finiteFormBefore(doc, holder.cue.tokStart, ts) === mine && !relativeWithin(doc, holder.content!.a, found.verb);
        if (!found.coordinated || (!commaAnd && !ownAct && !afterParticiple && (!formOfHead(doc, holder.cue.head, k) || inflection(doc, verbGroupHead(doc, found.verb, ts)) === mine))) return null;
        // "says he feels he did well and is optimistic": a cue verb of the same form inside the reported clause is the one coordinated
        if (!commaAnd) for (let t = holder.content!.a; t < found.verb && t < holder.content!.b; t++) if (isCueVerb(t) && inflection(doc, verbGroupHead(doc, t, ts)) === mine) return null;
        return verbContent(ctx, cue, ts, te, rels, isCueVerb, { source: holder.source, entity: holder.entity, inverted: false, inherited: true, governed: true, boundary: boundaryBefore(doc, cue.tokStart, ts, te, true), cueRange });
      }
      let outer = findSubject(ctx, found.verb, found.verb + 1, ts, te, () => false);
      // "Vos stuck to policy but turned tougher, eventually saying …": the verb governing the
      // participle is itself coordinated; its subject is the first verb's (two steps at most;
      // only for what is said or thought, where a chain of actions most often ends in a report)
      // ("kept trying to argue that …", "began trying to tell …": an -ing form governing the infinitive takes
      // the subject of the verb of continuing or beginning before it)
      for (let step = 0; step < 2 && SAYING_CLASSES.has(cue.cueClass) && outer.type === 'governed' && (outer.coordinated || (step === 0 && endsWithIng(doc.lower[found.verb]!))); step++) outer = findSubject(ctx, outer.verb, outer.verb + 1, ts, te, () => false);
      // "reversed course, closed the bridge and said …": the shared verb is one of a series; its subject is the first verb's
      // (what was taken for its subject is the object before the comma, or one read as inverted after it)
      if (outer.type === 'none' || (outer.type === 'phrase' && seriesLike(doc, outer.phrase, outer.inverted))) outer = seriesSubject(ctx, found.verb, ts, te) ?? outer;
      if (outer.type !== 'phrase') return null;
      source = existentialPivot(doc, outer.phrase, te) ?? outer.phrase;
      boundary = found.coordinated ? boundaryBefore(doc, cue.tokStart, ts, te, true) : -1;
    }
  } else {
    source = found.phrase;
    inverted = found.inverted;
    // "With Okafor saying …, the council …", "…, with Vale telling reporters …": the "with" of an absolute
    // phrase is no part of the participle's subject
    if (!inverted && absoluteWith(doc, cue, source, ts)) source = { ...source, a: source.a + 1 };
    // "With the mayor quoted as saying …": the passive participle and its "as" are no part of who speaks
    const rel = source.relative;
    if (!inverted && rel && rel.b === k && rel.b - rel.a === 2 && doc.lower[k - 1] === 'as' && endsWithEd(doc.lower[rel.a]!)) source = { ...source, relative: undefined };
    // "The town released a statement saying ...": whoever issued the statement is the source.
    // ("signed a letter Monday making it clear": over a time adjunct)
    // ("started a petition calling for", "ran ads attacking": any verb, when the noun is a message or document;
    // "spent much of his speech praising", "spent hours reflecting on": the time or the speech a speaker uses)
    if (!inverted && endsWithIng(doc.lower[k]!) && source.b >= Math.min(k - 1, skipAdjunctsBack(doc, k - 1, ts))) source = objectOfVerb(ctx, source.a, ts, te) ?? (ownedPhrase(doc, source) ? null : issuerOfMessage(ctx, source, ts, te) ?? (SPENT_ON_SPEAKING.has(doc.lower[source.b - 1]!) ? objectOfVerb(ctx, doc.lower[source.a - 1] === 'of' && /^(?:much|most|part|all|some|half)$/.test(doc.lower[source.a - 2] ?? '') ? source.a - 2 : source.a, ts, te, true) : null)) ?? source;
    // "Ruiz released a video that said …", "a teen hoisted a sign that read …": whoever put out the message
    // (not a relative clause set off by a comma or dash, which describes the message itself: "held up the sign — which read …")
    else if (!inverted && source.antecedent && source.b - source.a === 1 && /^(?:that|which)$/.test(doc.lower[source.a]!) && !isPunct(doc, source.a - 1)) source = issuerOfMessage(ctx, source.antecedent, ts, te, true) ?? source;
    // "Vale entered the talks believing she had the votes", "signed the lease hoping …": a participle of belief or
    // hope right after a thing the verb before it takes is the state of mind of that verb's subject (a thing holds none)
    if (!inverted && source.b === cue.tokStart && mindOnThing(ctx, cue, source)) source = subjectOfVerbBefore(ctx, source.a, ts, te) ?? source;
    // "Berg was among those supporting the levy": one of the group the participle's "those" names is the subject
    // before "be among", who does what the group does (a relative pronoun stays the source: "is among those who say")
    if (!inverted) source = memberAmongThose(ctx, source, ts, te) ?? source;
    // "The bill is certain to pass", "Ruiz is sure to object": a prediction about the subject, which
    // holds no belief (unlike "Ruiz is sure that …"); the writer's, with no source
    if ((cue.lemma === 'be certain' || cue.lemma === 'be sure') && doc.lower[cue.tokEnd] === 'to' && isVerb(doc, cue.tokEnd + 1)) {
      return agentlessRelation(ctx, cueShape({ ...cue, type: 'agentless', agentless: 'raising' }), ts, te);
    }
    // "It is clear that", "There is concern": no one is the source. "It is unclear whether …" attributes with no source.
    if (cue.lemma.startsWith('be ') && source.b - source.a === 1 && /^(?:it|there|this|that|what)$/.test(doc.lower[source.a]!)) {
      // (also behind an adverb: "it was unclear exactly when …")
      const isWh = (t: number) => /^(?:that|whether|if|who|what|why|how|when|where|which)$/.test(doc.lower[t] ?? '');
      const agentlessState = doc.lower[source.a] === 'it' && /^be (?:clear|unclear|certain|uncertain|sure|unsure)$/.test(cue.lemma) && (isWh(cue.tokEnd) || (doc.pos[cue.tokEnd] === 'ADV' && isWh(cue.tokEnd + 1)));
      return agentlessState ? agentlessRelation(ctx, cueShape({ ...cue, type: 'agentless', agentless: 'it-that', tokStart: source.a }), ts, te) : null;
    }
    // "Otieno was angry: “...”": a colon introduction of the quotation (see colonIntroduction)
    if (cue.lemma.startsWith('be ') && doc.value[cue.tokEnd] === ':') return null;
    // "Either way, people are shocked.": a state with nothing after it attributes nothing
    if (cue.lemma.startsWith('be ') && !stateComplement(doc, cue.tokEnd, te, cue.cueClass === 'belief')) return null;
    boundary = boundaryBefore(doc, inverted ? cue.tokStart : source.a, ts, te);
    // "…, with Vale telling reporters …": an absolute phrase whose participle reports speech is a report of
    // its own, which ends the clause before it (a share "supporting" or "backing" someone stays part of the finding before it)
    if (boundary < 0 && !inverted && cue.cueClass === 'speech' && source.a - 2 >= ts && doc.lower[source.a - 1] === 'with' && doc.value[source.a - 2] === ',') boundary = source.a - 2;
  }
  // "Do you support the toll?": a question put to the reader or an interviewee asks for a view; it attributes none
  if (source && !inherited && source.b - source.a === 1 && doc.lower[source.a] === 'you' && doc.pos[source.a - 1] === 'AUX' && doc.value[te - 1] === '?') return null;
  // "Still, ...", "Why not just say": a clause opener is no source; the attribution stays, agentless.
  // (a relative pronoun the tagger read as a conjunction stands for its antecedent: "districts that had voted for Vale")
  // (nor an existential "there" with no phrase after "be" that could stand for it)
  if (source && !inherited && (!nominalPhrase(doc, ctx.lex, source.antecedent ?? source) || existentialThere(doc, source))) {
    source = null;
    entity = ctx.registry.unspecified(offset);
  }
  // "The delay raises questions about …", "the leaked memos raised concerns that …": a thing or a
  // document causes the questions; they are asked by no one named (a person or a body raising
  // them asks them: "Vale raised questions about …")
  if (source && !inherited && !entity && CAUSED_VIEWS.has(cue.lemma)) {
    const strict = ctx.resolve(source, offset);
    if (!strict || strict.kind === 'document') {
      source = null;
      entity = ctx.registry.unspecified(offset);
    } else entity = strict;
  }
  // "The levy threatens to close the pier", "the pressure is growing, threatening losses": a thing that threatens
  // makes something likely; no one intends it (a person or a body does: "Vale threatened to sue", "the union
  // threatened a strike"; a relative pronoun stands for its antecedent)
  if (source && !inherited && cue.lemma === 'threaten' && thingNoun(ctx, (source.antecedent ?? source).b - 1)) return null;
  // ("The storm grew, ready to hit the harbour": a state set off after a thing's clause is no one's view or aim;
  // a source read over a verb has no head to judge: "many even sold fruit, … – unaware that")
  if (source && !inherited && cue.lemma.startsWith('be ') && thingNoun(ctx, (source.antecedent ?? source).b - 1) && !hasVerb(doc, source.a, source.b) && setOffStateSense(doc, cue.head, ctx.lex) !== null) return null;
  // "Titled “Harbour First,” the ad shows …", "Dubbed “the Ark,” the ferry …": a participle of naming opening the
  // sentence is passive; the main clause's subject is the one named, and who named it is not said
  if (source && !inherited && cue.head === ts && source.a > cue.head && NAMING_PARTICIPLES.has(doc.lower[cue.head]!)) {
    source = null;
    entity = ctx.registry.unspecified(offset);
  }
  // "Criticized by growers, the levy was dropped", "Praised as a reformer, Vale …": a passive participle of
  // judgement opening the sentence judges the main clause's subject; the by-agent judged, or no one named
  // (participles of feeling are no judgement: "Alarmed by the unrest, Vale …" keeps Vale; an object after the
  // participle makes it active: "Criticized the levy, Vale said")
  if (source && !inherited && cue.head === ts && source.a > cue.head && cue.cueClass === 'evaluation' && isCap(doc, ts) && endsWithEd(doc.lower[ts]!) && (doc.pos[ts + 1] === 'ADP' || doc.value[ts + 1] === ',')) {
    const judged = openingPassiveJudgement(ctx, cue, cueRange, source, offset);
    if (judged) return judged;
    source = null;
    entity = ctx.registry.unspecified(offset);
  }
  // "One lesson learned from the flood is that …": a participle right after a thing noun, with the
  // sentence's "is" after it, is a reduced relative on the thing learned; the learner is not named
  if (source && !inherited && !inverted && cue.lemma === 'learn' && source.b === cue.tokStart && endsWithEd(doc.lower[cue.head]!) && learnedThing(ctx, source, cue, te)) {
    source = null;
    entity = ctx.registry.unspecified(offset);
  }
  entity ??= ctx.resolve(source, offset) ?? ctx.resolve(source, offset, true);
  if (!entity) return null;
  // (with no subject found, the name ends at its comma: what follows is the main clause)
  const built = verbContent(ctx, cue, ts, openingNaming ? nameCommaEnd(doc, cue.tokEnd, te) : te, rels, isCueVerb, { source, entity, inverted, inherited, governed, boundary, cueRange });
  if (built && source && !inverted && !inherited && source.b === cue.tokStart && BE_FORMS.has(doc.lower[cue.tokEnd]!)) copulaHeadContent(doc, built.relation, source.a, ts);
  return built;
}

/**
 * `Not everything Vale says is true`, `The only promise Ruiz kept was a pier`: a contact relative whose verb a copula
 * follows reports of its head what the copula predicates; the content is the head and the predicate with its copula
 * (news annotation marks both pieces), not the predicate alone.
 */
function copulaHeadContent(doc: SlantDocument, r: Relation, s: number, ts: number): void {
  const c = r.content;
  const h = s - 1;
  if (c === null || r.pieces !== undefined || r.mode === 'direct' || h < ts || c.a <= r.cue.tokEnd || c.a > r.cue.tokEnd + 3) return;
  const low = doc.lower[h]!;
  const pronoun = INDEFINITE_PRONOUNS.has(low) || low === 'something' || low === 'anything';
  if (!pronoun && (doc.pos[h] !== 'NOUN' || isCap(doc, h) || isPossessive(doc, h))) return;
  const head = pronoun ? { a: h, b: s } : nounPhraseBefore(doc, h, ts);
  if (head === null || head.b !== s) return;
  r.content = { a: head.a, b: c.b };
  r.pieces = [head, { a: r.cue.tokEnd, b: c.b }];
}

/** The most tokens a quoted title after a naming participle spans (a title, not a quoted passage). */
const QUOTED_NAME_MOST = 16;

/**
 * The end of an opening naming participle's name ("Titled “Harbour Days,” the video …"): past the
 * first comma from `a` and a closing quotation mark right after it; `te` when there is no comma.
 * A name that opens with a quotation mark ends after its closing mark: commas inside a quoted title
 * ("Titled “Harbour, Orchard and Tram,” …") belong to the name.
 */
function nameCommaEnd(doc: SlantDocument, a: number, te: number): number {
  let from = a;
  if (isQuoteMark(doc, a)) {
    const close = closingMarkWithin(doc, a, QUOTED_NAME_MOST, te);
    // the title ends the name when a comma closes it, inside or right after the mark; else the
    // name runs on past it ("Titled “Harbour Days” and Tram, …") to its own comma
    if (close > 0 && (doc.value[close - 1] === ',' || doc.value[close + 1] === ',')) return close + 1;
    if (close > 0) from = close + 1;
  }
  for (let t = from; t < te; t++) if (doc.value[t] === ',') return isQuoteMark(doc, t + 1) ? t + 2 : t;
  return te;
}

/**
 * Is the verb at `verb`, inside a content that starts at `a`, the verb of a clause joined by ", and" or ", but" whose
 * own subject starts right after the conjunction ("…, and the union has sued")? That clause is no part of what was
 * reported, and a participle after it goes with its subject, not with the reporting cue's speaker.
 */
function joinedClauseSubject(ctx: StageContext, a: number, verb: number, ts: number, te: number): boolean {
  const { doc } = ctx;
  // (a cheap test first: a comma and "and"/"but" inside the content before the verb)
  let join = -1;
  for (let t = verb - 1; t > a && verb - t <= 16; t--) if (doc.value[t - 1] === ',' && AND_BUT.has(doc.lower[t]!)) {
    join = t;
    break;
  }
  if (join < 0) return false;
  const own = findSubject(ctx, verb, verb + 1, ts, te, () => false);
  return own.type === 'phrase' && !own.inverted && own.phrase.a === join + 1;
}

/**
 * Does the source of a participle cue take in the preposition of an absolute phrase: one that opens
 * the sentence ("With Okafor saying …, the council …", "Despite polls showing …, Vale …"), or a
 * "with" set off by a comma before a speech participle ("…, with Vale telling reporters …")? (A share "supporting" or "backing" someone after
 * a finding stays part of the finding: see the boundary above.)
 */
function absoluteWith(doc: SlantDocument, cue: Cue, source: SourcePhrase, ts: number): boolean {
  const first = doc.lower[source.a]!;
  if (!PARTICIPLE_SUBJECT_PREPOSITIONS.has(first) || source.b - source.a < 2 || source.antecedent || !endsWithIng(doc.lower[cue.head]!)) return false;
  return trimFront(doc, ts, source.a) === source.a || (first === 'with' && cue.cueClass === 'speech' && source.a - 1 >= ts && doc.value[source.a - 1] === ',');
}

/**
 * Prepositions that open a sentence before a noun phrase and the participle it is the subject of:
 * "With Okafor saying …,", "Despite polls showing …,", "Like others defending the levy, …",
 * "Amid reports suggesting …,": the preposition is no part of the participle's subject.
 */
const PARTICIPLE_SUBJECT_PREPOSITIONS = new Set(['with', 'without', 'despite', 'like', 'unlike', 'amid', 'amidst', 'following']);

/**
 * Is `r` the "that" clause of a reporting noun right before it ("accusations that | the clerk lied")? Not a
 * subject that holds the noun, whose "that" may open a relative ("The plan that the board backed").
 */
function reportingNounClause(ctx: StageContext, r: TokenRange, ts: number): boolean {
  const { doc } = ctx;
  const t = r.a - 1;
  return t > ts && doc.lower[t] === 'that' && doc.pos[t - 1] === 'NOUN' && ctx.lex.cueNounKeys.has(doc.lower[t - 1]!);
}

/**
 * "Criticized by growers for the levy, Vale …": an opening passive participle of judgement with a
 * by-agent: the agent is the source, the content what follows the agent up to the comma (the matter
 * judged), or the main clause's subject when nothing does ("Criticized by growers, the levy …").
 * Null when no "by" follows the participle or the agent is no source.
 */
function openingPassiveJudgement(ctx: StageContext, cue: Cue, cueRange: TokenRange, subject: SourcePhrase, offset: number): Built | null {
  const { doc } = ctx;
  if (doc.lower[cue.tokEnd] !== 'by') return null;
  let comma = cue.tokEnd + 1;
  while (comma < subject.a && doc.value[comma] !== ',') comma++;
  const agent = nounPhraseAfter(doc, cue.tokEnd + 1, comma);
  const judge = agent ? ctx.resolve(agent, offset, true) : null;
  if (!agent || !judge) return null;
  const content = agent.b < comma ? { a: agent.b, b: comma } : { a: subject.a, b: subject.b };
  return { relation: relation(cue, cueRange, agent, judge, content), boundary: -1 };
}

/**
 * Is the phrase before "learned" the thing learned: headed by a common noun that names no people, with a
 * form of "be" after the participle before any "that" ("One lesson learned from the flood is that …";
 * not "The growers learned from the flood that …")?
 */
function learnedThing(ctx: StageContext, source: SourcePhrase, cue: Cue, te: number): boolean {
  const { doc } = ctx;
  const head = source.b - 1;
  if (doc.pos[head] !== 'NOUN' || namesPeople(doc, ctx.lex, head)) return false;
  for (let t = cue.tokEnd; t < te && doc.lower[t] !== 'that' && doc.value[t] !== ','; t++) if (BE_FORMS.has(doc.lower[t]!)) return true;
  return false;
}

/** Subordinators before such a participle ("when told", "once informed"). */
const TOLD_LEADS = new Set(['when', 'if', 'after', 'once', 'before', 'while', 'until', 'unless']);
/** Words before "being" and such a participle ("after being informed", "upon being told"). */
const BEING_TOLD_LEADS = new Set(['when', 'after', 'before', 'upon', 'on', 'while']);
/** Participles of asking ("Asked about the plan, …", "when pressed"). */
const ASKED_FORMS = new Set(['asked', 'questioned', 'pressed']);
/** Subordinators before such a participle ("when asked", "as pressed"). */
const ASKED_LEADS = new Set(['when', 'if', 'after', 'once', 'as', 'before', 'while', 'since', 'until']);

/**
 * Does the verb cue `c` end in its verb and is it followed only by a subject with its aside up to the comma at `comma`
 * ("said | the clerk, a friend of Berg,"): an optional "that", then words with no verb, no quotation mark and no
 * clause mark? Bounded by 24 tokens.
 */
function clauseSubjectUpTo(doc: SlantDocument, c: Cue, comma: number): boolean {
  if (c.head !== c.tokEnd - 1 || c.tokEnd >= comma || comma - c.tokEnd > 24) return false;
  let t = doc.lower[c.tokEnd] === 'that' ? c.tokEnd + 1 : c.tokEnd;
  if (!/^(?:DET|PROPN|NOUN|PRON|ADJ|NUM)$/.test(doc.pos[t]!)) return false;
  for (; t < comma; t++) if (isVerb(doc, t) || doc.pos[t] === 'AUX' || isQuoteMark(doc, t) || /^[.;:!?()]$/.test(doc.value[t]!)) return false;
  return true;
}

/**
 * Is the word at `t` a common noun of a thing: not a name, a pronoun, a noun of people or of a body that
 * can speak ("the mayor", "the union"), a collective noun of people ("the group", "the public"), nor a noun
 * whose ending may name a person outside the lexicons ("the landlord", "the driver")?
 */
function thingNoun(ctx: StageContext, t: number): boolean {
  return ctx.doc.pos[t] === 'NOUN' && !namesSpeaker(ctx.doc, ctx.lex, t) && !sharedByPeople(ctx.doc, ctx.lex, t) && !mayNamePerson(ctx.doc, t);
}
/** Classes of the -ing cues a mind holds ("believing", "fearing", "hoping", "expecting"), unlike what a report may say. */
const MIND_CLASSES: ReadonlySet<string> = new Set(['belief', 'intention']);

/**
 * Is the cue a participle of belief or hope (one of `CLAUSE_PARTICIPLES`) whose source read before it
 * is a thing ("the talks", "his own life", a lone "it"), which can hold no view?
 */
function mindOnThing(ctx: StageContext, cue: Cue, source: TokenRange): boolean {
  const { doc } = ctx;
  if (!MIND_CLASSES.has(cue.cueClass) || !CLAUSE_PARTICIPLES.has(doc.lower[cue.head]!)) return false;
  const h = source.b - 1;
  return thingNoun(ctx, h) || (h === source.a && doc.lower[h] === 'it');
}

/**
 * The subject of the verb whose object (or the object of its one preposition: "went into the vote")
 * starts at `a`, read through a verb it is coordinated with or governed by; null when there is none.
 */
function subjectOfVerbBefore(ctx: StageContext, a: number, ts: number, te: number): SourcePhrase | null {
  const { doc } = ctx;
  const v = a - 1 >= ts && doc.pos[a - 1] === 'ADP' ? a - 2 : a - 1;
  if (v < ts || doc.pos[v] !== 'VERB') return null;
  let found = findSubject(ctx, v, v + 1, ts, te, () => false);
  if (found.type === 'governed') found = findSubject(ctx, found.verb, found.verb + 1, ts, te, () => false);
  return found.type === 'phrase' && !found.inverted ? found.phrase : null;
}

/**
 * The subject of "be among" before the "those" that `source` is: "Berg was among | those | supporting …"; null
 * otherwise (also when "among" opens the clause: "Among those backing the levy is Berg").
 */
function memberAmongThose(ctx: StageContext, source: SourcePhrase, ts: number, te: number): SourcePhrase | null {
  const { doc } = ctx;
  const h = source.a;
  if (source.b - h !== 1 || doc.lower[h] !== 'those' || h - 2 < ts || doc.lower[h - 1] !== 'among') return null;
  let v = h - 2;
  while (v > ts && isAdverbLike(doc, v) && !BE_FORMS.has(doc.lower[v]!)) v--;
  if (!BE_FORMS.has(doc.lower[v]!)) return null;
  const found = findSubject(ctx, v, v + 1, ts, te, () => false);
  return found.type === 'phrase' && !found.inverted ? found.phrase : null;
}

/** Phrases whose subject may be what gives rise to a view rather than its holder: "the delay raises questions". */
const CAUSED_VIEWS = new Set(['raise questions', 'raise concerns']);

/**
 * "Vale said the levy was backed by Berg": the passive's subject starts after a reporting verb whose
 * clause it opens (with no "that"), not at the start of the sentence — the "said" relation holds the
 * passive clause. A verb closing a relative clause on the subject stays in it ("The plan Vale praised
 * was backed by Berg": nothing after "praised" opens a clause).
 */
function reportedClauseStart(doc: SlantDocument, a: number, be: number, te: number, isCueVerb: (k: number) => boolean): number {
  let start = a;
  for (let t = a; t < be; t++) if (doc.pos[t] === 'VERB' && isCueVerb(t) && takesClause(doc, t + 1, te)) start = t + 1;
  return start;
}

/** Words of a time phrase that may follow the agent of a passive ("by Vale last week", "by aides on Monday"). */
const AFTER_AGENT_TIME = TIME_ADJUNCT;


/** Verbs of asking and urging whose passive subject is mostly the person asked ("Vale was pressed by reporters about …"). */
const ASKED_PERSON = new Set(['ask', 'urge', 'press', 'beg', 'implore', 'instruct', 'quiz', 'advise']);

/**
 * Is the subject `r` of a passive verb of urging a person, the one urged ("She was urged by …",
 * "Mayor Vale was advised by …", "The mayor was advised by …": a noun the lexicons give to people or
 * to a body of them)? A lone capitalised word opening the sentence may be a common noun the tagger
 * took for a name ("Restraint was urged …"), so it counts as none.
 */
function personSubject(ctx: StageContext, r: TokenRange, ts: number): boolean {
  const { doc } = ctx;
  const h = r.b - 1;
  if (doc.pos[h] === 'PRON') return PRONOUNS.has(doc.lower[h]!) && doc.lower[h] !== 'it';
  if (doc.pos[h] === 'NOUN') return namesPeople(doc, ctx.lex, h);
  return doc.pos[h] === 'PROPN' && (h > ts || doc.pos[h - 1] === 'PROPN') && doc.pos[h - 1] !== 'DET';
}

/** Verbs of `ASKED_PERSON` whose passive subject may be the thing urged ("Restraint was urged", "Caution was advised"). */
const URGED_THING = new Set(['urge', 'advise']);

/** Cue classes whose verbs may follow their content with the subject after them ("…, said the mayor"). */
const SAYING_INVERSION = new Set(['speech', 'writing']);

/** A subject found for a verb in a series: a bare phrase right before its comma, or one read as inverted after the verb. */
function seriesLike(doc: SlantDocument, phrase: SourcePhrase, inverted: boolean): boolean {
  return !phrase.relative && !phrase.antecedent && !phrase.appositive && (inverted || doc.value[phrase.b] === ',');
}

/** The subject of a series of verb phrases that ends with the verb at `verb` (see seriesVerbBefore); null when it is none. */
function seriesSubject(ctx: StageContext, verb: number, ts: number, te: number): ReturnType<typeof findSubject> | null {
  let found: ReturnType<typeof findSubject> | null = null;
  for (let step = 0, v = verb; step < 3; step++) {
    v = seriesVerbBefore(ctx.doc, v, ts);
    if (v < 0) break;
    found = findSubject(ctx, v, v + 1, ts, te, () => false);
    if (found.type !== 'phrase' || !seriesLike(ctx.doc, found.phrase, found.inverted)) break;
  }
  return found;
}

/**
 * "closed the bridge, fired the engineer and said …": the verb at `verb` follows a comma after
 * the object of a verb in the same form; that verb (returned; -1 when there is none) starts a
 * series of verb phrases with one subject.
 */
function seriesVerbBefore(doc: SlantDocument, verb: number, ts: number): number {
  // (not a participle with its agent: "blocked the law, opposed by the council, …")
  if (doc.lower[verb + 1] === 'by') return -1;
  let c = verb - 1;
  while (c > ts && verb - c < 5 && isAdverbLike(doc, c)) c--;
  if (doc.value[c] !== ',') return -1;
  // (also a pronoun: "reversed themselves, closed the bridge and said …")
  // (and an object with an infinitive after it: "urged the council to act, proposed …")
  const inf = doc.lower[c - 2] === 'to' && doc.pos[c - 1] === 'VERB' && inflection(doc, c - 1) === 'base' ? c - 2 : c;
  const object = nounPhraseBefore(doc, inf - 1, ts) ?? (doc.pos[inf - 1] === 'PRON' ? { a: inf - 1, b: inf } : null);
  const v = object ? object.a - 1 : -1;
  // (of the cue's form; "cut", "set", spelt alike as past and bare, count as past: "Ruiz cut fares, said …")
  if (v < ts || doc.pos[v] !== 'VERB' || !formOfHead(doc, verb, v)) return -1;
  // (not a tag set off before its inverted speaker: "That decision, says Vale, shows …")
  if (setOffTagBefore(doc, c, ts)) return -1;
  // not the end of a relative clause or an opening subordinate clause: "Ruiz, who hired Vale, said", "When Ruiz met Vale, she said"
  let w = v - 1;
  while (w >= ts && v - w < 12 && (isAdverbLike(doc, w) || doc.pos[w] === 'PRON' || doc.pos[w] === 'PROPN' || doc.pos[w] === 'NOUN' || doc.pos[w] === 'DET' || doc.pos[w] === 'ADJ') && !/^(?:who|which|that|whom)$/.test(doc.lower[w]!)) w--;
  return w >= ts && (/^(?:who|which|that|whom)$/.test(doc.lower[w]!) || doc.pos[w] === 'SCONJ') ? -1 : v;
}

/** Verbs that, coordinated after a reported clause, are the speaker's own act rather than part of what was reported (also naming and labelling: "said … and called it a farce"). */
const SPEECH_ACTS = new Set(['accuse', 'criticize', 'criticise', 'blame', 'praise', 'condemn', 'denounce', 'chide', 'rebuke', 'scold', 'mock', 'ridicule', 'thank', 'commend', 'fault', 'berate', 'castigate', 'lambaste', 'call on', 'call for', 'urge', 'vow', 'pledge', 'promise', 'insist', 'argue', 'warn', 'deny', 'add', 'call', 'label', 'brand', 'dub', 'describe']);

/**
 * Inside the governing cue's reported clause, right before the "and" that joins cue `k`, stands a
 * finite verb group with its own subject in `k`'s form (present "is … and supports" after a past
 * "said"), a form the governing cue does not share: `k` is that clause's second verb.
 */
function embeddedForm(doc: SlantDocument, governor: Relation, cue: Cue, k: number): boolean {
  const c = governor.content;
  const j = cue.tokStart - 1;
  if (c === null || c.a < governor.cue.tokEnd || j <= c.a || j > c.b || doc.lower[j] !== 'and' || doc.value[j - 1] === ',') return false;
  const mine = inflection(doc, k);
  if (mine !== 'present' && mine !== 'past') return false;
  if (inflection(doc, governor.cue.head) === mine) return false;
  for (let t = c.a + 1; t < j; t++) if (isVerb(doc, t) && inflection(doc, t) === mine && !isPunct(doc, t - 1)) return true;
  return false;
}

/** Is the verb before the "and" or "or" at `start - 1` a to-infinitive ("to stand up for farmers | and")? */
function infinitiveBefore(doc: SlantDocument, start: number, ts: number): boolean {
  let j = start - 1;
  while (j > ts && isAdverbLike(doc, j) && doc.pos[j] !== 'AUX') j--;
  if (!/^(?:and|or)$/.test(doc.lower[j] ?? '')) return false;
  for (let t = j - 1; t >= ts && j - t < 15; t--) {
    if (/^[,;:.!?()—–]$/.test(doc.value[t]!)) return false;
    if (doc.pos[t] !== 'VERB' && doc.pos[t] !== 'AUX') continue;
    let b = t - 1;
    while (b > ts && isAdverbLike(doc, b) && doc.pos[b] !== 'AUX') b--;
    return doc.lower[b] === 'to' && doc.lemma[t] === doc.lower[t];
  }
  return false;
}

/** The first auxiliary of the verb group that ends at `v` ("had been | fired" → "had"). */
function verbGroupHead(doc: SlantDocument, v: number, ts: number): number {
  let h = v;
  for (let t = v - 1; t >= ts && v - t < 5; t--) {
    if (doc.pos[t] === 'AUX' || doc.lower[t] === 'to') h = t;
    else if (!isAdverbLike(doc, t)) break;
  }
  return h;
}

const NON_NOMINAL = new Set(['SCONJ', 'CCONJ', 'ADP', 'ADV', 'PART', 'INTJ', 'PUNCT', 'AUX', 'SYM']);

/** What a speaker spends or uses while speaking: "spent much of the speech praising", "took an hour explaining". */
const SPENT_ON_SPEAKING = new Set(['speech', 'speeches', 'remarks', 'address', 'interview', 'interviews', 'rally', 'event', 'appearance', 'debate', 'hall', 'forum', 'conference', 'show', 'broadcast', 'microphone', 'stage', 'camera', 'time', 'hour', 'hours', 'minutes', 'days', 'weeks', 'months', 'years', 'afternoon', 'morning', 'evening', 'night', 'week']);

/** "Ann Lee’s speech": a phrase whose possessor is named in it (the possessor is the speaker). */
function ownedPhrase(doc: SlantDocument, r: TokenRange): boolean {
  for (let t = r.a; t < r.b - 1; t++) if (isPossessive(doc, t)) return true;
  return false;
}

/** Is the source phrase a lone existential "there" right before a form of "be" ("There are farmers who …")? */
function existentialThere(doc: SlantDocument, phrase: TokenRange): boolean {
  return phrase.b - phrase.a === 1 && doc.lower[phrase.a] === 'there' && BE_FORMS.has(doc.lower[phrase.b] ?? '');
}

/**
 * "There are farmers who like the plan but don't want …": an existential "there" is the subject of
 * "be" in form only; a verb sharing that subject has the phrase after "be" (the pivot, with its
 * relative clause) as its own. Null when the phrase is not a lone existential "there" or no noun
 * phrase follows "be".
 */
function existentialPivot(doc: SlantDocument, phrase: SourcePhrase, te: number): SourcePhrase | null {
  if (!existentialThere(doc, phrase)) return null;
  const pivot = nounPhraseAfter(doc, phrase.b + 1, te);
  return pivot && /^(?:NOUN|PROPN|PRON)$/.test(doc.pos[pivot.b - 1]!) ? pivot : null;
}

/** Does a source phrase hold a word that can name someone (a name, noun, pronoun, number)? */
function nominalPhrase(doc: SlantDocument, lex: AttributionLexicons, r: TokenRange): boolean {
  // (a plural the tagger read as a verb after "be" or "the" is a noun: "There were polls that show …")
  // (and a record noun heading the phrase: "where polls show …", "the new polling suggests …")
  for (let t = r.a; t < r.b; t++) if (!NON_NOMINAL.has(doc.pos[t]!) && !(doc.pos[t] === 'VERB' && !isCap(doc, t) && !pluralAfterBeOrThe(doc, t) && !(t === r.b - 1 && recordReadAsVerb(doc, lex, t)))) return true;
  // "most said", "Hardly said": a lone subject the tagger read as an adverb
  // ("Will believes …": a capitalised modal before an inflected verb is a name)
  return r.b - r.a === 1 && (loneSubjectWord(doc, r.a) || modalName(doc, r.a));
}

/**
 * "Told the news, Vale wept", "Told the verdict, the growers left": a noun phrase at `a` (a determiner first) that runs up to
 * the comma closing an opening participle of telling: what was told, not who told it.
 */
function toldMatterObject(doc: SlantDocument, a: number, te: number): boolean {
  if (doc.pos[a] !== 'DET') return false;
  const np = nounPhraseAfter(doc, a, te);
  return np !== null && np.b > a + 1 && doc.value[np.b] === ',';
}

/**
 * The comma after a fronted "Asked whether …," that opens the main clause: the first comma
 * followed by a subject and its verb ("…, the governor shrugged"), so that a relative clause,
 * an appositive or an inserted phrase inside the question stays in it ("Asked whether the plan,
 * which critics call costly, would pass, Ruiz said …"). With no such comma, the first one.
 *
 * @example askedClauseEnd(doc, afterAsked, te) // token index of the comma before "Ruiz said"
 */
function askedClauseEnd(doc: SlantDocument, from: number, te: number): number {
  let first = -1;
  for (let c = from; c < te; c++) {
    if (doc.value[c] !== ',') continue;
    if (first < 0) first = c;
    if (opensMainClause(doc, c + 1, te)) return c;
  }
  return first < 0 ? te : first;
}

/**
 * `“Never,” Vale said, asked whether the levy would pass`, `…,” said the grower Dara Berg, asked about
 * her claims`: is the question cue `cue` a participle set off by a comma right after a speech tag (its
 * verb, or the speaker named after it), with what was asked after it ("about", a wh-word, "to" and a
 * verb)? Then the tagged words answer a question put by no one named; the speaker is not the asker
 * (not an object after it, "…, asked Berg whether …", where the speaker asks again).
 */
function askedAfterTag(doc: SlantDocument, cue: Cue, rels: readonly Relation[]): boolean {
  const comma = cue.tokStart - 1;
  if (doc.value[comma] !== ',') return false;
  const w = doc.lower[cue.tokEnd] ?? '';
  if (!(w === 'about' || (WH.has(w) && w !== 'that') || (w === 'to' && isVerb(doc, cue.tokEnd + 1)))) return false;
  return rels.some((r) => !r.dropped && r.cue.cueClass === 'speech' && (r.cue.tokEnd === comma || (r.source !== null && r.source.a >= r.cue.tokEnd && agentEnd(r.source) === comma)));
}

/** Does a subject and its finite verb start at `t` ("the mayor said", "Ruiz demurred", "she has")? */
function opensMainClause(doc: SlantDocument, t: number, te: number): boolean {
  if (t >= te || /^(?:that|which|who|whom|whose|what|why|how|when|where|whether|if|and|or|but|nor)$/.test(doc.lower[t]!)) return false;
  let nominal = false;
  let u = t;
  for (; u < te && u < t + 6; u++) {
    const pos = doc.pos[u]!;
    if (pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON') nominal = true;
    else if (!(pos === 'DET' || pos === 'ADJ' || pos === 'NUM' || pos === 'PART' || isPossessive(doc, u))) break;
  }
  return nominal && u < te && isVerb(doc, u) && !/(?:ing)$/.test(doc.lower[u]!);
}


/**
 * The "as" after a passive's agent ending at `n`, right there or past a short phrase of the agent's
 * ("by many | in the party | as …"): up to five words with no punctuation, quotation mark or verb
 * between; -1 when none.
 */
function asAfterAgent(doc: SlantDocument, n: number, te: number): number {
  for (let t = n; t < te && t - n <= 5; t++) {
    if (doc.lower[t] === 'as') return t;
    if (isPunct(doc, t) || isQuoteMark(doc, t) || isVerb(doc, t)) return -1;
  }
  return -1;
}

/**
 * The "for" of a judgement's reason (a cue of class `evaluation`: "criticized by growers for the delay") or the
 * word that opens the complement of its passive (PASSIVE_COMPLEMENTS: "accused by a clerk of lying", "charged by
 * prosecutors with fraud") right after a passive's agent ending at `q`, or -1.
 */
function reasonAfterAgent(doc: SlantDocument, cue: Cue, q: number, te: number): number {
  if (q + 1 >= te || !takesReason(cue, doc.lower[q]!)) return -1;
  // (not a length of time: "backed by Ruiz for years", "backed by the mayor for a week")
  if (doc.lower[q] === 'for' && durationAt(doc, q + 1)) return -1;
  const x = doc.pos[q + 1] === 'DET' || doc.pos[q + 1] === 'NUM' ? q + 2 : q + 1;
  return timePhraseEnd(doc, x, te, 4, AFTER_AGENT_TIME) > x ? -1 : q;
}

/** Does the passive cue take a reason or charge opened by the word `w` ("for", "of", "with")? */
function takesReason(cue: Cue, w: string): boolean {
  if (w === 'for' && cue.cueClass === 'evaluation') return true;
  const need = PASSIVE_COMPLEMENTS.get(cue.lemma);
  return (need === 'of' || need === 'with' || need === 'for') && w === need;
}

/**
 * Where a reason or charge the cue takes opens inside the agent phrase `p` the noun-phrase reader took too long
 * ("by growers | for the delay", "by the head of the port | of fraud"), or -1. "for"/"with": the first one, unless
 * it joins capitalised words of a name ("the Center for Civic Trust"); "of": only the last of two (a single "of"
 * may be the agent's own, "the head of the union"), or one before an -ing verb.
 */
function reasonInAgent(doc: SlantDocument, lex: AttributionLexicons, cue: Cue, p: SourcePhrase): number {
  let firstOf = -1;
  for (let d = p.a + 1; d < p.b; d++) {
    const w = doc.lower[d]!;
    if (!takesReason(cue, w)) continue;
    if (w !== 'of') {
      // (a judgement's "for" before a lower-case word is its reason even after a name: "by Ruiz | for the Harbour
      // Times story"; a capitalised word after it keeps a name whole: "by the Centre for Fair Fares")
      const named = isCap(doc, d - 1) && (isCap(doc, d + 1) || (doc.pos[d + 1] === 'DET' && isCap(doc, d + 2)));
      if (!named || (w === 'for' && cue.cueClass === 'evaluation' && !isCap(doc, d + 1))) return d;
      continue;
    }
    // (also a gerund the tagger reads as a noun, with its object after it: "by the Harbour Times | of hiding the levy")
    if (endsWithIng(doc.lower[d + 1] ?? '') && (isVerb(doc, d + 1) || (d + 2 < p.b && /^(?:DET|PRON)$/.test(doc.pos[d + 2]!)))) return d;
    // ("accused by the board | of fraud": a bare lower-case noun after a lone "of" that ends the phrase is the charge;
    // "the board of directors", "the head of the union", "the Board of Trade" keep theirs, and so does an office
    // named by a title and its domain: "the secretary of state", "the minister of justice")
    if (d + 2 === p.b && chargeNoun(doc, d + 1) && !isOfficeTitle(lex, doc, d - 1)) return d;
    if (firstOf < 0) firstOf = d;
    else if (!isCap(doc, d + 1) && !(doc.pos[d + 1] === 'DET' && isCap(doc, d + 2))) return d;
  }
  return -1;
}

/**
 * Is the word at `t` a person title of `lex` as written ("secretary", "chief"), the head of one office "of" its
 * domain? (By the word, not the lemma: a plural names persons, whose "of" is the charge, "prosecutors | of bribery".)
 */
function isOfficeTitle(lex: AttributionLexicons, doc: SlantDocument, t: number): boolean {
  return lex.titles.has(doc.lower[t]!);
}

/** Is the word at `t` a bare common noun that may be a charge ("fraud", "bribery"), not a noun of persons ("directors")? */
function chargeNoun(doc: SlantDocument, t: number): boolean {
  return doc.pos[t] === 'NOUN' && !isCap(doc, t) && !mayNamePersons(doc, t);
}

/**
 * The end of a reason piece that starts at `a` inside a relative clause and may run to `b`: the comma that closes
 * the relative, or the main clause's verb after a noun ("who was criticized … for raising the toll | has resigned").
 */
function relativeEnd(doc: SlantDocument, a: number, b: number): number {
  for (let t = a + 2; t < b; t++) {
    if (doc.value[t] === ',') return t;
    if ((doc.pos[t] === 'AUX' || (doc.pos[t] === 'VERB' && !endsWithIng(doc.lower[t]!))) && (doc.pos[t - 1] === 'NOUN' || doc.pos[t - 1] === 'PROPN')) return t;
  }
  return b;
}

/** The last token after a source phrase and its appositive or relative clause. */
function agentEnd(p: SourcePhrase): number {
  return Math.max(p.b, p.appositive?.b ?? 0, p.relative?.b ?? 0);
}

/**
 * The subject of the verb before the "and" at `and` ("Vale has drawn crowds and", "while he has drawn
 * crowds and"), over that verb's auxiliaries; null when no verb or no subject stands before.
 */
function coordinatedSubject(doc: SlantDocument, and: number, ts: number): TokenRange | null {
  const v = previousVerb(doc, and, ts);
  if (v < 0) return null;
  let g = v;
  while (g - 1 > ts && (VERB_GROUP_WORDS.test(doc.lower[g - 1]!) || isAdverbLike(doc, g - 1))) g--;
  if (g - 1 < ts || isPunct(doc, g - 1)) return null;
  return doc.pos[g - 1] === 'PRON' ? { a: g - 1, b: g } : nounPhraseBefore(doc, g - 1, ts);
}

/**
 * "before she won the endorsement of Berg", "Vale said he was criticised by Ruiz": the subject
 * pronoun (or "who", "which") right before the verb group that starts at `v` (its auxiliaries and
 * adverbs between), or -1. A pronoun is a whole noun phrase, so the subject ends at it, however
 * the clause before it runs.
 */
function pronounSubjectBefore(doc: SlantDocument, v: number, ts: number): number {
  let t = v - 1;
  while (t > ts && v - t <= 4 && (VERB_GROUP_WORDS.test(doc.lower[t]!) || isAdverbLike(doc, t))) t--;
  if (t < ts || doc.pos[t] !== 'PRON') return -1;
  return PRONOUNS.has(doc.lower[t]!) || NONCOMPLEMENT_RELATIVES.has(doc.lower[t]!) ? t : -1;
}

/**
 * "was told by aides that the pier would close", "was assured by Berg the fee would stay": after
 * the agent of a passive verb of telling, where the clause told starts (past "that"); -1 when no
 * clause with a subject of its own follows ("was warned by aides that oppose it": a relative clause).
 */
function toldClauseAfterAgent(doc: SlantDocument, cue: Cue, n: number, te: number): number {
  if (!ADDRESSEE_VERBS.has(cue.lemma) || n >= te) return -1;
  if (doc.lower[n] === 'that') return n + 1 < te && takesClause(doc, n + 1, te) ? n + 1 : -1;
  return takesClause(doc, n, te) && !isPunct(doc, n) ? n : -1;
}

/** Cue classes whose verbs report a clause or question of their own: saying, thinking, perceiving, asking, judging ("questioned why"). */
const CLAUSE_REPORTING_CLASSES: ReadonlySet<string> = new Set([...SAYING_CLASSES, 'question', 'evaluation']);

/** Words that open a reported clause or question of a verb's own ("suspected that", "questioned why"). */
const REPORTED_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', ...PHRASE_QUESTION_WORDS]);

/**
 * Does a reported clause or question open at token `n`, over at most two adverbs ("suspected
 * immediately that", "wondered aloud whether")? A "that" must not be a pronoun object ("noted that
 * and left"): a word of a clause follows it.
 */
function reportedClauseOpens(doc: SlantDocument, n: number, te: number): boolean {
  let t = n;
  while (t < te && t - n < 2 && isAdverbLike(doc, t) && !REPORTED_CLAUSE_OPENERS.has(doc.lower[t]!)) t++;
  if (t + 1 >= te || !REPORTED_CLAUSE_OPENERS.has(doc.lower[t]!)) return false;
  return doc.lower[t] !== 'that' || takesClause(doc, t + 1, te);
}

/**
 * May the reported clause opening at `a` share its subject with the speaker? Its subject is a nominative
 * pronoun ("said she heard the horn and suspected …"). Not a name or noun phrase of its own ("said the
 * board studied the plan and questioned whether …": the board questions, review28 #2), whose past verbs
 * have the same form as the speaker's.
 */
function speakerMayLeadClause(doc: SlantDocument, a: number): boolean {
  const t = doc.lower[a] === 'that' ? a + 1 : a;
  return NOMINATIVE_PRONOUNS.has(doc.lower[t] ?? '');
}

/** The form of the nearest finite verb before `k` in its clause (from `ts`), or '' when there is none. At most 12 tokens back. */
function finiteFormBefore(doc: SlantDocument, k: number, ts: number): string {
  for (let t = k - 1; t >= ts && k - t <= 12; t--) {
    if (/^[;:]$/.test(doc.value[t]!) || isQuoteMark(doc, t)) return '';
    if (doc.pos[t] !== 'VERB' && doc.pos[t] !== 'AUX') continue;
    const f = inflection(doc, t);
    if (f === 'past' || f === 'present') return f;
  }
  return '';
}

/** Is there a relative pronoun ("which", "who", "whom") in tokens [a, b)? */
function relativeWithin(doc: SlantDocument, a: number, b: number): boolean {
  for (let t = a; t < b; t++) if (WH_RELATIVES.has(doc.lower[t]!)) return true;
  return false;
}


/**
 * The sentence [ts, …) opens with a subordinate clause ("In a debate, while rivals called for …,") that
 * holds the cue at `cue` and ends at a comma before `verb`: that verb belongs to the main clause.
 */
function openingClauseBetween(doc: SlantDocument, ts: number, cue: number, verb: number): boolean {
  let sub = -1;
  for (let t = ts; t < cue && t - ts < 20; t++) {
    if ((OPENING_SUBORDINATORS.has(doc.lower[t]!) || doc.lower[t] === 'even') && (t === ts || isPunct(doc, t - 1) || (t === ts + 1 && CLAUSE_CONJUNCTIONS.has(doc.lower[ts]!)))) {
      sub = t;
      break;
    }
  }
  if (sub < 0) return false;
  // (no comma between the subordinator and the cue: the cue is in that clause)
  if (!clauseHoldsCue(doc, sub, cue)) return false;
  for (let t = cue + 1; t < verb; t++) if (doc.value[t] === ',') return !isVerb(doc, t + 1) && doc.pos[t + 1] !== 'AUX' && !COORDINATORS.has(doc.lower[t + 1]!);
  return false;
}

/**
 * Does the subject at `a` open an object relative on the noun before it ("a pilot whom | Ruiz trusts", "the aide
 * that | Vale doubted", "the memo which | Ruiz drafted"), with the relative's verb (ending at `e`) followed right away by a finite lexical verb,
 * which can only be the main clause's ("… trusts | believes the flight was safe")? An auxiliary there may be the
 * reported clause's own ("the plan that Ruiz said would fail"), so only a present or past lexical verb counts; and
 * the noun must be in the clause's subject (no verb before it from `ts`): on an object, "praised a record that he
 * says led to jobs" is a report whose clause lacks its subject.
 */
function objectRelativeBeforeVerb(doc: SlantDocument, ts: number, a: number, e: number, te: number): boolean {
  const rel = doc.lower[a - 1];
  if (!(rel === 'whom' || rel === 'that' || rel === 'which') || !(doc.pos[a - 2] === 'NOUN' || doc.pos[a - 2] === 'PROPN')) return false;
  for (let t = ts; t < a - 2; t++) if (isVerb(doc, t) || doc.pos[t] === 'AUX') return false;
  // ("the aide that Vale praised | in May | insisted …": over one short phrase a preposition opens)
  e = shortPrepositionalPhraseEnd(doc, e, te);
  if (e >= te || doc.pos[e] !== 'VERB') return false;
  const form = inflection(doc, e);
  return form === 'present' || form === 'past';
}

/**
 * Where what was told ends in a sentence that a perfect participle opens ("Having been told by Ruiz that the pier was
 * unsafe, Vale closed it"): at the first comma outside a quotation, before the main clause, else where the clause does.
 */
function openingCommaEnd(ctx: StageContext, a: number, te: number): number {
  const { doc } = ctx;
  for (let t = a + 1; t < te; t++) if (doc.value[t] === ',' && ctx.quotes.inQuote[t]! < 0) return t;
  return clauseEnd(doc, a, te, -1, false, ctx.quotes);
}

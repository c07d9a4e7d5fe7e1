/**
 * The relation of a reporting-noun cue: "his claim that …", "Ruiz's plan to …", "their
 * criticism of …": the possessor (or the subject of the verb the noun is the object of) is the
 * source, the clause or complement after the noun the content.
 */
import { relativeClauseEnd } from './clauseBoundaries.js';
import { clauseEnd } from './contentExtent.js';
import { possessorOf } from './cueComplements.js';
import type { Cue } from './cue.js';
import { holderClause, timedThatClause, toAddresseeThat } from './nounCues.js';
import { nounPhraseBefore, type SourcePhrase } from './nounPhrases.js';
import { objectOfVerb, POSSESSIVE_PRONOUNS } from './sourceOfObject.js';
import { type Built, relation, type StageContext } from './stageContext.js';
import { CAUSATIVES } from './verbConstructions.js';
import { mainVerbAfterClause, opensMainClause } from './subjectClause.js';
import { participlePhraseEndsAt, reducedParticipleAt } from './reducedParticiple.js';
import { agentHeadMayNamePerson, mayNamePerson } from './peopleNouns.js';
import { BE_FORMS, endsWithPlainS, hasVerb, hyphenJoinsAfter, isPossessive, isQuoteMark, isVerb, pluralOfNounOnly } from './tokens.js';
import type { SlantDocument } from '../document/readDocument.js';

/** The subject of a clause with no "that" after a noun: "his claim he lied", "Vale's hope the ferry returns". */
function isClauseSubject(doc: SlantDocument, k: number): boolean {
  return doc.pos[k] === 'PRON' || doc.pos[k] === 'DET' || doc.pos[k] === 'PROPN' || (doc.lower[k] === 'there' && doc.pos[k] !== 'ADV');
}

/** "his claim that ...", "Ruiz's plan to ...", "their criticism of ...". */
export function nounRelation(ctx: StageContext, cue: Cue, ts: number, te: number, given: SourcePhrase | null = null): Built | null {
  const { doc } = ctx;
  // the possessive over the noun's modifiers: "Ruiz's most explosive claim", "her repeated calls"
  const owner = possessorOf(doc, cue.tokStart);
  let p = owner >= ts ? owner : cue.tokStart - 1;
  if (owner < ts && doc.pos[p] === 'ADJ') p--;
  let source: SourcePhrase | null = given;
  // (whether the possessor opens the sentence, so that the noun's phrase is its subject)
  let possessorOpens = false;
  if (source) {
    // ("Chinese warnings that the pier was unsafe | were ignored": a holder word opening the sentence before a plural
    // no verb has makes a noun phrase, the sentence's subject, not a subject and its verb; the clause ends before the main verb)
    possessorOpens = source.a === ts && source.b === cue.tokStart && pluralWithNoVerb(ctx, cue.tokStart);
  } else if (p >= ts && isPossessive(doc, p)) {
    source = nounPhraseBefore(doc, p - 1, ts);
    // ("Despite the mayor's warning that …": the preposition opening the sentence is no part of the possessor)
    if (source !== null && source.a === ts && source.b - source.a > 1 && doc.pos[ts] === 'ADP') source = { ...source, a: ts + 1 };
    possessorOpens = source !== null && opensMainClause(doc, source.a, ts);
  } else if (p >= ts && POSSESSIVE_PRONOUNS.has(doc.lower[p]!)) {
    possessorOpens = opensMainClause(doc, p, ts);
    // "Lieberman stated his intention to ...": the subject of the verb names the source better than "his"
    source = objectOfVerb(ctx, p, ts, te, doc.lower[p] !== 'its') ?? { a: p, b: p + 1 };
  }
  if (!source) return given || cue.content ? null : heldBeforeClause(ctx, cue, ts, te);
  let entity = ctx.resolve(source, doc.start[cue.tokStart]!);
  // ("a blow to Vale's claim that …", "a boost to the growers' hopes that …": the possessive phrase read back
  // over a preposition names no speaker as a whole; its object after the preposition is the possessor)
  // (only before a clause, "that …", "to …" or one with no "that": "a blow to Vale's view of the levy" is
  // no report the gold marks)
  let afterPreposition = false;
  if (!entity && !given && takesClauseAfter(doc, cue.tokEnd)) {
    const object = objectOfPreposition(doc, source);
    if (object) {
      const held = ctx.resolve(object, doc.start[cue.tokStart]!);
      if (held) [source, entity, afterPreposition] = [object, held, true];
    }
  }
  // a subject that names no speaker: the possessive pronoun itself stays the source
  if (!entity && !given && source.a !== p && POSSESSIVE_PRONOUNS.has(doc.lower[p] ?? '')) {
    source = { a: p, b: p + 1 };
    entity = ctx.resolve(source, doc.start[cue.tokStart]!);
  }
  // "the growers' claim that …", "the driver's fear that …": a possessor whose head is a noun of a person by
  // its ending, outside the people lexicons (which cannot list every trade), still holds the claim (behind a
  // determiner, so that the phrase is a whole noun phrase: not "share labor's antipathy", where "labor" is no agent;
  // and plural, with the bare apostrophe: a singular thing ends so too, "the summer's promise", "the border's promise")
  if (!entity && !given && p >= ts && isPossessive(doc, p) && doc.pos[p - 1] === 'NOUN' && doc.pos[source.a] === 'DET' && pluralPossessor(doc, p) && mayNamePerson(doc, p - 1)) entity = ctx.resolve(source, doc.start[cue.tokStart]!, true);
  // ("The growers have long stood in opposition to …": the subject of the verb that holds the noun, a plural noun of
  // persons by its ending, as for a passive's agent)
  if (!entity && given && agentHeadMayNamePerson(doc, source)) entity = ctx.resolve(source, doc.start[cue.tokStart]!, true);
  if (!entity) return null;
  // the noun found its own content: the quotation of "their chants of “…”"
  if (cue.content) return { relation: relation(cue, { a: cue.tokStart, b: cue.tokEnd }, source, entity, cue.content), boundary: -1 };
  const next = doc.lower[cue.tokEnd];
  // ("her claim Monday that …": the clause behind a time adjunct, whose day is no clause's subject)
  const timed = next !== 'that' && next !== 'to' ? timedThatClause(doc, cue.tokEnd, te) : -1;
  // "his claim he lied": a clause with no "that" starts right after the noun (its subject)
  const zeroThat = timed < 0 && isClauseSubject(doc, cue.tokEnd);
  // ("made the case to donors that …": the clause behind the addressee)
  const toWhom = next === 'to' ? toAddresseeThat(doc, cue.tokEnd, te) : -1;
  // ("the decision not to run": the negation is part of what was decided)
  // ("their opposition to the levy", "threw her support to Ruiz": the "to" of a judgement names whom it is
  // about and stays out of the content, unlike the "to" of an infinitive, "his plan to run")
  const judgedTo = next === 'to' && cue.cueClass === 'evaluation' && !isVerb(doc, cue.tokEnd + 1);
  const a = toWhom > 0 ? toWhom : timed > 0 ? timed : judgedTo ? cue.tokEnd + 1 : next === 'that' || next === 'to' || next === 'not' ? (next === 'that' ? cue.tokEnd + 1 : cue.tokEnd) : zeroThat ? cue.tokEnd : cue.tokEnd + 1;
  if (a >= te) return null;
  const content = { a, b: clauseEnd(doc, a, te, relativeClauseEnd(ctx, source, a, te), next !== 'that' && !zeroThat && toWhom < 0 && timed < 0, ctx.quotes) };
  if (afterPreposition) {
    // ("In answer to Vale's claim that the levy is fair, Ruiz …": an opening phrase that holds the noun, with no
    // verb before it, ends at its comma)
    if (!hasVerb(doc, ts, source.a - 1)) content.b = commaBefore(doc, content.a, content.b);
    // (and the clause ends with its paragraph: an unclosed quotation mark may join two paragraphs in one window)
    content.b = Math.min(content.b, doc.lines[doc.lineOf[cue.tokStart]!]!.tokenEnd);
  } else if (!given && next === 'that' && source.a === ts + 1 && doc.pos[ts] === 'ADP') {
    // ("Despite Vale's claim that the pier was unsafe, the board kept it open": the possessor right after a
    // preposition opening the sentence holds the noun in that opening phrase, and the clause ends at its comma)
    content.b = commaBefore(doc, content.a, content.b);
  }
  if (possessorOpens && toWhom < 0) content.b = subjectContentEnd(doc, cue, content.a, content.b, next === 'that' || zeroThat || timed > 0);
  if (content.b <= content.a) return null;
  return { relation: relation(cue, { a: cue.tokStart, b: cue.tokEnd }, source, entity, content), boundary: -1 };
}

/**
 * Is the plural at `k` one no verb has: "warnings", "accusations" (`pluralOfNounOnly`), or a plural the tagger
 * reads as a noun whose singular is no verb of report ("complaints", "beliefs", "suggestions"; not "claims",
 * "fears", "plans", which are also verbs)?
 */
function pluralWithNoVerb(ctx: StageContext, k: number): boolean {
  const { doc } = ctx;
  const low = doc.lower[k]!;
  return pluralOfNounOnly(low) || (doc.pos[k] === 'NOUN' && endsWithPlainS(low) && doc.lemma[k] !== low && !ctx.lex.verbs.has(doc.lemma[k]!));
}

/** Does a clause start at `k`, right after a noun: "that …", an infinitive "to …" or a clause with no "that"? */
function takesClauseAfter(doc: SlantDocument, k: number): boolean {
  return doc.lower[k] === 'that' || (doc.lower[k] === 'to' && isVerb(doc, k + 1)) || isClauseSubject(doc, k);
}

/** The first comma of tokens [a, b), or `b` when there is none. */
function commaBefore(doc: SlantDocument, a: number, b: number): number {
  for (let t = a; t < b; t++) if (doc.value[t] === ',') return t;
  return b;
}

/**
 * The part of noun phrase `np` after its last preposition ("a blow to [Vale]", "a boost for [the
 * growers]"), or null when it holds none or nothing follows it.
 */
function objectOfPreposition(doc: SlantDocument, np: SourcePhrase): SourcePhrase | null {
  for (let k = np.b - 2; k > np.a; k--) if (doc.pos[k] === 'ADP') return { a: k + 1, b: np.b };
  return null;
}

/**
 * "the claim from Okafor that the levy would rise", "warnings by growers that …", "a feeling among
 * growers that …": a reporting noun with no possessor whose holder follows it in a short phrase
 * right before its "that" clause (`holderClause`); the holder is the source, the clause the
 * content. Null when the phrase names no speaker.
 */
function heldBeforeClause(ctx: StageContext, cue: Cue, ts: number, te: number): Built | null {
  const { doc } = ctx;
  const a = holderClause(doc, cue.tokEnd, te);
  if (a < 0) return null;
  const source = { a: cue.tokEnd + 1, b: a - 1 };
  const entity = ctx.resolve(source, doc.start[cue.tokStart]!);
  if (!entity) return null;
  const content = { a, b: clauseEnd(doc, a, te, relativeClauseEnd(ctx, source, a, te), false, ctx.quotes) };
  // ("The claim from Okafor that the levy would rise was false": a noun phrase opening the sentence is its
  // subject, and the clause ends before the main verb)
  let t = cue.tokStart - 1;
  while (t >= ts && OPENING_MODIFIERS.has(doc.pos[t]!)) t--;
  if (t < ts) content.b = subjectContentEnd(doc, cue, content.a, content.b, true);
  if (content.b <= content.a) return null;
  return { relation: relation(cue, { a: cue.tokStart, b: cue.tokEnd }, source, entity, content), boundary: -1 };
}

/** Tags of the words that may open a noun phrase before its noun ("The early claim …", "Two warnings …"). */
const OPENING_MODIFIERS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'ADV']);

/**
 * "His decision to quit was seen as a snub", "Vale's claim that the pier was safe angered Ruiz": a
 * possessed noun opening its sentence is the subject, and its content (from `a`) ends before the
 * main verb; a "that" clause or a clause with no "that" (`clausal`) has its own verb first. Not
 * when the noun's content is the copula's complement ("Her plan is to …", "His view was that …"),
 * after a colon ("Their goal: …"), when the cue holds the verb ("Her explanation is …"), or at a
 * hyphenated "would-be". `b` otherwise.
 */
export function subjectContentEnd(doc: SlantDocument, cue: Cue, a: number, b: number, clausal: boolean): number {
  if (doc.value[a - 1] === ':' || doc.value[cue.tokEnd - 1] === ':') return b;
  for (let t = cue.tokStart; t < cue.tokEnd; t++) if (doc.pos[t] === 'AUX' || BE_FORMS.has(doc.lower[t]!)) return b;
  let v = mainVerbAfterClause(doc, a, b, clausal ? 1 : 0);
  // ("Vale's remark about a pier built in 1900 | was wrong": a participle right after its noun, with its own
  // phrase up to the next verb group, is a reduced relative inside the subject)
  if (v < b && reducedParticipleAt(doc, v, a)) {
    const next = mainVerbAfterClause(doc, v + 1, b, 0);
    if (next < b && participlePhraseEndsAt(doc, v, next)) v = next;
  }
  if (v >= b || hyphenJoinsAfter(doc, v + 1)) return b;
  if (BE_FORMS.has(doc.lower[v]!) && (/^(?:that|to|:)$/.test(doc.lower[v + 1] ?? '') || isQuoteMark(doc, v + 1))) return b;
  // (not a clause with no relative word inside the content, "the number of refugees Vale will accept", nor a
  // bare infinitive after a causative, "to have the council drop the levy")
  if ((doc.pos[v - 1] === 'PROPN' || doc.pos[v - 1] === 'PRON') && doc.pos[v - 2] === 'NOUN') return b;
  if (doc.lower[v] === doc.lemma[v] && doc.pos[v] === 'VERB') for (let t = a; t < v; t++) if (doc.pos[t] === 'VERB' && CAUSATIVES.has(doc.lemma[t]!)) return b;
  return v;
}

/** Is the possessive mark at `p` the bare apostrophe after a plural in -s ("the growers' claim", not "the grower's")? */
function pluralPossessor(doc: SlantDocument, p: number): boolean {
  return !doc.lower[p]!.endsWith('s') && endsWithPlainS(doc.lower[p - 1]);
}

/**
 * The relation of an agentless cue ("reportedly", "it is believed that", "X is said to",
 * "seems to", "a group called X", "news that"): no source, an unspecified entity, and the
 * content the cue fixed or the clause around or after it.
 */
import { boundaryBefore, closingComma, inflection } from './clauseBoundaries.js';
import { takeLinkingPreposition } from './cueLinks.js';
import { clauseEnd, findThat, onlyTimeWords, trimFront } from './contentExtent.js';
import { nothingAfter } from './cueComplements.js';
import { APPEARANCE, PASSIVE_COMPLEMENTS } from './agentlessVerbCues.js';
import type { Cue } from './cue.js';
import { clauseStart, hasHead, nounPhraseAfter, nounPhraseBefore, type TokenRange } from './nounPhrases.js';
import { nounRelation, subjectContentEnd } from './nounRelation.js';
import { timedThatClause } from './nounCues.js';
import { COORDINATORS, compoundModifierStart, hyphenJoinsAfter, isAdverbLike, soFarAt, hasVerb, isDash, isPunct, isQuoteMark, isSetOffDash, isVerb, MODALS, NEGATIONS, NONCOMPLEMENT_RELATIVES, PLURAL_SUBJECT_PRONOUNS, RELATIVE_WORDS, isNounAfterArticle, isPluralNoun, endsWithIng, endsWithPlainEd, endsWithPlainS, openingAdjectiveBeforePlural } from './tokens.js';
import { DAY_PARTS, MONTHS, NEAR_DAYS, PERIODS, TIME_HEAD_NOUNS, WEEKDAYS, wordSet } from './timeWords.js';
import { CONTACT_SUBJECT_OPENERS } from './contactGap.js';
import { objectOfVerb, subjectOfVerbalNoun } from './sourceOfObject.js';
import { mainVerbAfterClause, opensMainClause } from './subjectClause.js';
import { agentHeadMayNamePerson } from './peopleNouns.js';
import { type Built, relation, type StageContext } from './stageContext.js';
import { inOpeningClause, mainClauseComma, openingParticiple } from './verbContent.js';
import { dashOpens } from './parenthetical.js';

/** "reportedly", "it is believed that", "X is said to", "seems to", "news that": no source. */
export function agentlessRelation(ctx: StageContext, cue: Cue, ts: number, te: number): Built | null {
  const { doc } = ctx;
  if (cue.nominal) {
    // "Republicans plan to move the bill": a noun cue that is the verb of its clause has that clause's subject
    const verbal = subjectOfVerbalNoun(ctx, cue, ts, te);
    const held = verbal ? nounRelation(ctx, cue, ts, te, verbal) : null;
    if (held) return held;
    // "Okafor launched scathing attacks against Berg": the subject of the verb is the source.
    const subject = objectOfVerb(ctx, cue.tokStart, ts, te, false, false, true);
    const owned = subject && !occasionRaising(ctx, cue, subject) ? nounRelation(ctx, cue, ts, te, subject) : null;
    if (owned) return owned;
  }
  let content: TokenRange | null = null;
  // "a group called Open Harbour", "a clerk accused of fraud": the cue fixed its own content
  if (cue.content) content = { a: trimFront(doc, cue.content.a, cue.content.b), b: cue.content.b };
  else if (cue.agentless === 'it-that' || cue.agentless === undefined) {
    // ("The claim, made on Monday, that …": behind an aside set off by commas after the noun)
    const setOff = cue.nominal && doc.value[cue.tokEnd] === ',' ? timedThatClause(doc, cue.tokEnd, te) : -1;
    const that = setOff > 0 ? setOff : findThat(doc, cue.tokEnd, te);
    const a = that ?? cue.tokEnd;
    // "While it is assumed the ruling will help, the port stays shut": in an opening subordinate clause it ends at the main clause
    if (a < te) content = { a, b: clauseEnd(doc, a, te, inOpeningClause(ctx, cue, ts) ? mainClauseComma(ctx, a, te) : -1, false, ctx.quotes) };
    // "Speculation that Ruiz will run has grown": a noun cue that is its sentence's subject; the clause ends before the main verb
    // (also behind a time adjunct: "The claim on Monday that the levy would pass was false")
    const thatClause = that !== null && cue.nominal && ((that === cue.tokEnd + 1 && doc.lower[cue.tokEnd] === 'that') || that === timedThatClause(doc, cue.tokEnd, te));
    if (content && thatClause && nounOpensSentence(doc, cue.tokStart, ts)) content.b = Math.min(content.b, mainVerbAfterClause(doc, content.a, content.b));
    // "The decision to close the port was a shock": the same with an infinitive, which ends before the main verb
    if (content && that === null && cue.nominal && INFINITIVE_OPENERS.has(doc.lower[cue.tokEnd]!) && nounOpensSentence(doc, cue.tokStart, ts)) content.b = subjectContentEnd(doc, cue, content.a, content.b, false);
  } else if (cue.agentless === 'adverb' && doc.value[cue.tokEnd] === ',' && (cue.tokStart === ts || doc.pos[cue.tokStart - 1] === 'CCONJ' || doc.value[cue.tokStart - 1] === ';')) {
    // "Reportedly, the ferry will close": a sentence adverb set off by a comma qualifies the clause after it
    const a = cue.tokEnd + 1;
    if (a < te) content = { a, b: clauseEnd(doc, a, te, -1, true, ctx.quotes) };
  } else if (cue.agentless === 'raising' && doc.value[cue.tokStart - 1] === ',' && endsWithIng(doc.lower[cue.tokStart]!)) {
    // "“…,” writes Ruiz, seeming to accept the risk": a participle set off by a comma; what seems
    // is what follows it, not the clause before (that clause keeps its own attribution)
    const a = doc.lower[cue.tokEnd] === 'to' ? cue.tokEnd + 1 : cue.tokEnd;
    if (a < te) content = { a, b: clauseEnd(doc, a, te, -1, true, ctx.quotes) };
  } else if (cue.agentless === 'raising' && doc.lower[cue.tokStart] === 'been' && perfectPassiveAside(doc, cue, ts)) {
    // "Having been told that the pier was unsafe, Vale left", "Vale, having been told that …, left": the one
    // told is the clause's subject; what was told follows the cue and ends at the comma closing the participle phrase
    const that = doc.lower[cue.tokEnd] === 'that' ? cue.tokEnd + 1 : cue.tokEnd;
    const stop = that >= te ? -1 : openingParticiple(doc, cue, ts) ? mainClauseComma(ctx, that, te) : closingComma(ctx, that, te);
    if (that < te) content = { a: that, b: clauseEnd(doc, that, te, stop, true, ctx.quotes) };
  } else {
    // the clause around the cue: its subject and what follows ("The deal is said to be close")
    const rel = relativeHead(doc, cue.tokStart, ts);
    const set = rel ? -1 : setOffSubjectStart(doc, cue.tokStart, ts);
    // ("Only 600 ballots so far have been requested": "so far" before the auxiliaries is a time adverb, no "so" opening a clause)
    const sub = cue.tokStart - 2 > ts && soFarAt(doc, cue.tokStart - 2) ? cue.tokStart - 2 : cue.tokStart;
    const a = rel ? rel.a : set >= 0 ? set : sub > ts ? relativeSubjectStart(doc, nounClauseSubject(doc, coordinatedSubjectStart(doc, clauseStart(doc, sub - 1, ts), ts), sub, ts), sub, ts) : ts;
    // "She gave a speech but is not expected to stay": the second of two predicates sharing a
    // subject; the first one is not expected, only what follows the conjunction
    const shared = sharedSubjectConjunction(doc, a, cue.tokStart);
    // "If the plan seems improbable, Ruiz believes …": in an opening subordinate clause it ends at the main clause
    const stop = inOpeningClause(ctx, cue, ts) ? mainClauseComma(ctx, cue.tokEnd, te) : -1;
    content = { a: shared >= 0 ? cue.tokStart : trimFront(doc, a, te), b: withClauseBefore(doc, cue.tokEnd, clauseEnd(doc, cue.tokEnd, te, stop, true, ctx.quotes)) };
    // "The fair, which is expected to draw crowds, opens in May": a relative clause set off by commas ends at its closing comma
    content.b = relativeClauseEnd(ctx, ts, cue.tokEnd, content.b);
    // "the plans that were widely mocked.": with nothing after the cue, the noun phrase alone
    // ("a man who is said to be the leader", "places that are labeled “X”" keep what follows)
    if (rel && content.b <= cue.tokEnd) content.b = rel.b;
    // "The merger was announced on Monday, and the levy will rise": a passive that takes no complement,
    // with only adjuncts after it, makes its subject alone what is announced (never the cue itself or the next clause)
    if (content.a < cue.tokStart && adjunctsOnlyPassive(doc, cue, te) && bareSubjectBefore(doc, content, cue.tokStart) && !extraposedClause(doc, cue, te)) content = { a: afterTimeHead(doc, content.a, sub), b: Math.min(content.b, sub) };
  }
  // "Support for the levy among farmers has faded", "a rejection of the plan among delegates": a view held
  // among a group names that group
  const among = cue.nominal && content && (cue.cueClass === 'evaluation' || cue.cueClass === 'belief') ? holdersAmong(doc, cue, content.b) : null;
  if (among && content) {
    const entity = ctx.resolve(among.phrase, doc.start[among.phrase.a]!);
    const cut = { a: content.a, b: Math.min(content.b, among.by) };
    if (entity && cut.b > cut.a) {
      const r = relation(cue, { a: cue.tokStart, b: cue.tokEnd }, among.phrase, entity, cut);
      // (the preposition the noun governs its content with goes to the cue, even before a short
      // content: "dislike of | the mayor")
      takeLinkingPreposition(doc, r, 2);
      return { relation: r, boundary: boundaryBefore(doc, cue.tokStart, ts, te) };
    }
  }
  // "The match was viewed as a rout by most fans", "Snails are considered a treat by some cooks": a
  // passive whose agent follows its complement names who views or considers
  const agent = cue.agentless === 'raising' && content ? passiveAgentAfter(doc, cue, content.b) : null;
  if (agent && content && agent.by > content.a) {
    // ("was described as reckless by the growers": a plural of persons outside the lexicons names who judges,
    // as after a passive's "by" right behind its verb)
    const at = doc.start[agent.phrase.a]!;
    const entity = ctx.resolve(agent.phrase, at) ?? (agentHeadMayNamePerson(doc, agent.phrase) ? ctx.resolve(agent.phrase, at, true) : null);
    // (the complement after the agent stays, as with the agent right after the verb: "was described to him by a
    // clerk as reckless" keeps «as reckless»)
    const end = doc.lower[agent.phrase.b] === 'as' && agent.phrase.b < content.b ? content.b : agent.by;
    if (entity) return { relation: relation(cue, { a: cue.tokStart, b: cue.tokEnd }, agent.phrase, entity, { a: content.a, b: end }), boundary: boundaryBefore(doc, cue.tokStart, ts, te) };
  }
  return sourceless(ctx, cue, ts, te, content);
}

/**
 * Does the perfect passive "having (adverbs) been" + the cue open its sentence or stand set off by a comma after
 * its subject ("Having been told that …,", "Vale, having long been told that …,")?
 */
function perfectPassiveAside(doc: StageContext['doc'], cue: Cue, ts: number): boolean {
  let t = cue.tokStart - 1;
  while (t > ts && isAdverbLike(doc, t)) t--;
  return doc.lower[t] === 'having' && (openingParticiple(doc, cue, ts) || doc.value[t - 1] === ',');
}

/**
 * "support for the levy | among | farmers": the group after an "among" that follows a noun cue's
 * object phrase (a few words, no verb, punctuation or quotation mark between), up to `b` or
 * the clause's next break. The "among" and the group's phrase, or null.
 */
function holdersAmong(doc: StageContext['doc'], cue: Cue, b: number): { by: number; phrase: TokenRange } | null {
  const end = Math.max(b, cue.tokEnd + 1);
  for (let t = cue.tokEnd; t < doc.tokenCount && t - cue.tokEnd < 8; t++) {
    if (isPunct(doc, t) || isQuoteMark(doc, t) || isVerb(doc, t) || doc.pos[t] === 'SCONJ' || RELATIVE_WORDS.has(doc.lower[t]!)) return null;
    if (doc.lower[t] !== 'among') continue;
    if (t === cue.tokEnd) return null;
    const phrase = nounPhraseAfter(doc, t + 1, Math.max(end, t + 8));
    return phrase && hasHead(doc, phrase) ? { by: t, phrase } : null;
  }
  return null;
}

/** Words after "by" that make a measure, a means or a time, not an agent ("by far", "by 2030", "by a wide margin"). */
export const NOT_AGENT_AFTER_BY = wordSet(['far', 'then', 'now', 'default', 'chance', 'design', 'law', 'mistake', 'accident', 'contrast', 'comparison', 'definition', 'nature', 'itself', 'themselves', 'much', 'more', 'almost', 'nearly', 'about', 'around', 'as', 'way', 'virtue', 'means', 'mail', 'phone', 'hand', 'email', 'e-mail', 'letter', 'post', 'telephone', 'fax', 'text', 'video', 'courier'], WEEKDAYS, MONTHS, NEAR_DAYS, DAY_PARTS, PERIODS);
/** Heads of a "by" phrase that measures or times ("by a wide margin", "by the end of May", "by a vote of 6-1"). */
const MEASURE_HEADS = wordSet(['margin', 'margins', 'percent', 'point', 'points', 'end', 'time', 'way', 'vote', 'votes', 'half', 'third', 'factor', 'majority', 'measure', 'standard', 'standards', 'count', 'share', 'number', 'amount', 'dozen', 'dozens', 'hundreds', 'thousands', 'millions'], PERIODS);

/**
 * The agent of a passive raising cue that stands after its complement, before `b`: "was seen as
 * a threat | by | voters", "was declared the winner by the networks", "is considered unclean by some
 * faiths". Only a past participle not followed by "to" ("is expected to win by a wide margin": the
 * "by" goes with the infinitive), with no other verb, punctuation or quotation mark between. The
 * "by" and the agent's phrase, or null.
 */
function passiveAgentAfter(doc: StageContext['doc'], cue: Cue, b: number): { by: number; phrase: TokenRange } | null {
  const h = cue.head;
  const e = cue.tokEnd;
  // (an infinitive's "to", not an addressee's: "was described to him by a clerk" names the describer)
  if (doc.pos[h] !== 'VERB' || !/(?:ed|en|wn|ght|seen)$/.test(doc.lower[h]!) || (doc.lower[e] === 'to' && (isVerb(doc, e + 1) || isAdverbLike(doc, e + 1)))) return null;
  // (a passive: a form of "be" in the cue or right before it, over adverbs; or a reduced passive whose noun
  // phrase the cue fixed: "measures - deemed unfair by the growers - …")
  let be = cue.tokStart - 1;
  while (be > 0 && doc.pos[be] === 'ADV') be--;
  if (!(doc.pos[be] === 'AUX' || doc.lower[be] === 'been' || (h > cue.tokStart && doc.pos[h - 1] === 'AUX') || (cue.content !== undefined && cue.content.a < cue.tokStart))) return null;
  // (not after a preposition opening a phrase of its own: in "was asked about the attack by Vale" the agent is the attack's)
  if (doc.pos[e] === 'ADP' && doc.lower[e] !== 'as' && doc.lower[e] !== 'by' && doc.lower[e] !== 'to') return null;
  for (let t = e; t < b && t - e < 12; t++) {
    if (isPunct(doc, t) || isQuoteMark(doc, t) || isVerb(doc, t) || doc.pos[t] === 'AUX' || doc.pos[t] === 'SCONJ' || RELATIVE_WORDS.has(doc.lower[t]!)) return null;
    if (doc.lower[t] !== 'by') continue;
    const first = doc.lower[t + 1] ?? '';
    if (t === e || NOT_AGENT_AFTER_BY.has(first) || doc.pos[t + 1] === 'NUM' || endsWithIng(first) || /^\d/.test(first)) return null;
    const phrase = nounPhraseAfter(doc, t + 1, b);
    if (!phrase || !hasHead(doc, phrase)) return null;
    for (let u = phrase.a; u < phrase.b; u++) if (MEASURE_HEADS.has(doc.lower[u]!) || doc.pos[u] === 'NUM') return null;
    return { by: t, phrase };
  }
  return null;
}

/**
 * Is `cue` a passive whose verb takes no complement there ("was announced", "were requested", "is
 * reported": `PASSIVE_COMPLEMENTS` 'none') followed by adjuncts only, up to punctuation or the sentence's
 * end ("on Monday,", "for the fair.", "in broad ranges,")? Then its subject is all that is attributed.
 * Not with a complement ("was announced the winner", "was revealed as the donor") nor a verb after ("What
 * was known was …").
 */
function adjunctsOnlyPassive(doc: StageContext['doc'], cue: Cue, te: number): boolean {
  return PASSIVE_COMPLEMENTS.get(cue.lemma) === 'none' && cue.head > cue.tokStart && nothingAfter(doc, cue.tokEnd, te, true);
}

/** Words that open a clause extraposed after the adjuncts of a passive ("It was reported on Monday, however, that …"). */
const EXTRAPOSED_OPENERS = new Set(['that', 'whether']);

/**
 * Is what the passive reports elsewhere than its subject: a that- or whether-clause that opens right after a
 * comma later in the sentence ("It was reported on Monday, however, that the fare will rise")? Else the
 * subject is what is reported, a lone "it" too ("A year after it was announced, …": the pronoun stands for
 * the thing announced).
 */
function extraposedClause(doc: StageContext['doc'], cue: Cue, te: number): boolean {
  for (let t = cue.tokEnd; t + 1 < te; t++) if (doc.value[t] === ',' && EXTRAPOSED_OPENERS.has(doc.lower[t + 1]!)) return true;
  return false;
}

/**
 * "the day | the merger was announced": a time noun followed by the opener of a new noun phrase heads a
 * relative clause with no relative word; the subject starts after it. Where the subject starts in `a`..`b`.
 */
function afterTimeHead(doc: StageContext['doc'], a: number, b: number): number {
  for (let t = b - 2; t >= a; t--) if (TIME_HEAD_NOUNS.has(doc.lower[t]!) && CONTACT_SUBJECT_OPENERS.has(doc.lower[t + 1]!)) return t + 1;
  return a;
}

/**
 * Is `content` up to the cue a bare subject: no verb in it and no punctuation right before the cue?
 * ("Vale asked for the files to be disclosed": the words before hold a clause of their own; "The price
 * - now known as … - was not disclosed": an aside closes right before it, so the subject is further back.)
 */
function bareSubjectBefore(doc: StageContext['doc'], content: TokenRange, cueStart: number): boolean {
  if (isPunct(doc, cueStart - 1) || isQuoteMark(doc, cueStart - 1) || doc.lower[cueStart - 1] === 'to') return false;
  // "The plan to raise the levy was announced": verbs inside an infinitive on the subject's head noun belong to the subject
  const inf = infinitiveOnNoun(doc, content.a, cueStart);
  return !hasVerb(doc, content.a, inf >= 0 ? inf : cueStart);
}

/** Where "to" + a verb follows a noun in `a`..`b` ("the plan | to raise the levy"), or -1. */
function infinitiveOnNoun(doc: StageContext['doc'], a: number, b: number): number {
  for (let t = a + 1; t + 1 < b; t++) if (doc.lower[t] === 'to' && doc.pos[t - 1] === 'NOUN' && isVerb(doc, t + 1)) return t;
  return -1;
}

/** The sourceless relation of `cue` with `content`, or null when there is none ("The company faced questions on Monday": a time adjunct alone is no content). */
function sourceless(ctx: StageContext, cue: Cue, ts: number, te: number, content: TokenRange | null): Built | null {
  if (!content || content.b <= content.a || onlyTimeWords(ctx.doc, content)) return null;
  const entity = ctx.registry.unspecified(ctx.doc.start[cue.tokStart]!);
  // ("Vale is known for her blunt remarks and is hailed as a hero": a second predicate of a shared subject, whose content starts at its cue)
  const second = content.a === cue.tokStart && TENSED_BE.has(ctx.doc.lower[cue.tokStart]!) && !reportedClauseBefore(ctx, cue.tokStart, ts);
  return { relation: relation(cue, { a: cue.tokStart, b: cue.tokEnd }, null, entity, content), boundary: joinedClauseStart(ctx.doc, cue, content, ts) ?? boundaryBefore(ctx.doc, cue.tokStart, ts, te, second) };
}

/**
 * "Vale said the plan is sound and is expected to pass": a tensed verb after the last cue verb before
 * `k` (within the window from `ts`) opens a reported clause, whose subject a second predicate may share;
 * then that predicate is no clause of its own. (A cue verb's own object has none: "Vale is known for
 * her blunt remarks and is hailed as …".)
 */
function reportedClauseBefore(ctx: StageContext, k: number, ts: number): boolean {
  const { doc } = ctx;
  let c = k - 1;
  while (c > ts && !ctx.isCueVerb(c)) c--;
  if (c <= ts && !ctx.isCueVerb(c)) return false;
  for (let t = c + 1; t < k; t++) {
    const form = isVerb(doc, t) && doc.lower[t - 1] !== 'to' ? inflection(doc, t) : '';
    if (form === 'present' || form === 'modal' || (form === 'past' && doc.pos[t] === 'AUX')) return true;
  }
  return false;
}

/** Tensed forms of "be" that open a passive or raising predicate of their own ("and was known as", not "and be engaged"): of `BE_FORMS`, the full finite ones only. */
const TENSED_BE = new Set(['is', 'are', 'was', 'were']);

/** The most words of a joined clause's subject before its finite agentless verb (`joinedClauseStart`). */
const MAX_JOINED_SUBJECT = 8;

/**
 * "Growers like to side with a favourite, and rival pilots seem nervous", "The launch was mocked, while work
 * on the fair appeared in disarray": a finite agentless verb (an auxiliary, or "seem"/"appear"…) whose
 * short subject follows ", and" or ", while" begins a clause of its own there; the comma, or null. (Not
 * ", but"/", so"/", though": a reported clause goes on over those, "forecast that …, but the shift was
 * expected later"; nor a list's last item, "speeches, and events designed to …", whose participle is no
 * finite verb, "the tram, the bus, and the ferry are expected", see `listItemBefore`.)
 */
function joinedClauseStart(doc: StageContext['doc'], cue: Cue, content: TokenRange, ts: number): number | null {
  const a = content.a;
  if (a >= cue.tokStart || a - 2 < ts || cue.tokStart - a > MAX_JOINED_SUBJECT || doc.value[a - 2] !== ',' || !JOINED_CLAUSE_CONJUNCTIONS.has(doc.lower[a - 1]!)) return null;
  if (!(doc.pos[cue.tokStart] === 'AUX' || APPEARANCE.has(doc.lemma[cue.tokStart]!))) return null;
  // (a word's own hyphen is no break: "last-minute planning")
  for (let t = a; t < cue.tokStart; t++) if (isPunct(doc, t) && !hyphenJoinsAfter(doc, t)) return null;
  return listItemBefore(doc, a - 2, ts) ? null : a - 2;
}

/** The most words of a list item read back from its comma (`listItemBefore`). */
const MAX_LIST_ITEM = 5;

/**
 * Does a short verbless item set off by commas end at the comma `c` ("the tram, | the bus|, and the ferry are")? Then
 * ", and" adds a list's last item, one subject with the items before it, not a clause of its own.
 */
function listItemBefore(doc: StageContext['doc'], c: number, ts: number): boolean {
  for (let t = c - 1; t > ts && c - t <= MAX_LIST_ITEM + 1; t--) {
    if (doc.value[t] === ',') return t < c - 1;
    if (isPunct(doc, t) || isVerb(doc, t) || doc.pos[t] === 'AUX' || doc.pos[t] === 'ADP' || doc.pos[t] === 'SCONJ' || doc.pos[t] === 'CCONJ') return false;
  }
  return false;
}

/**
 * Conjunctions after a comma that join a clause of equal rank ("…, and …", "…, while …"): of `BOUNDARY_CONJUNCTIONS`, not
 * "but"/"so"/"yet"/"though", after which a reported clause may go on (see `joinedClauseStart`).
 */
const JOINED_CLAUSE_CONJUNCTIONS = new Set(['and', 'while', 'whereas']);

/**
 * "Berg, who is seen as the favourite, spoke first": when the cue ending at `from` stands in a
 * relative clause set off by a comma ("…, who"/"…, which", a few words back), the comma that
 * closes it (outside quotations, before `b`); else `b`.
 */
function relativeClauseEnd(ctx: StageContext, ts: number, from: number, b: number): number {
  const { doc } = ctx;
  // the relative pronoun opens the clause a few words before the cue ("who is widely known and seen as")
  let r = from - 1;
  while (r > ts && from - r < 10 && doc.value[r - 1] !== ',' && !NONCOMPLEMENT_RELATIVES.has(doc.lower[r]!)) r--;
  if (!(r > ts && doc.value[r - 1] === ',' && NONCOMPLEMENT_RELATIVES.has(doc.lower[r]!))) return b;
  // the comma before the main clause's verb ("…, spoke first", "…, now finds"), not one inside a list ("a forceful, lengthy speech")
  for (let t = from; t < b; t++) {
    if (doc.value[t] !== ',' || ctx.quotes.inQuote[t]! >= 0) continue;
    let v = t + 1;
    while (v < b && v - t <= 3 && doc.pos[v] === 'ADV') v++;
    if (v < b && isVerb(doc, v)) return t;
  }
  return b;
}

/**
 * "The old mill and the new bakery are expected to close": a clause start `a` right after "and"
 * (or "or") whose left side, back to its own clause start, is a noun phrase with no verb joins one
 * coordinated subject; returns that earlier start, else `a`. ("Vale sold the mill and the bakery
 * is expected to close" keeps `a`: a verb stands before "and", so it joins two clauses.)
 */
function coordinatedSubjectStart(doc: StageContext['doc'], a: number, ts: number): number {
  // (a noun the tagger read as a verb after its article ends the left side too: "An earlier draft and the final text are …")
  // ("or" too: "Berg or Vale is expected to win"; not "but", which sets a contrast of two clauses)
  if (!(a - 2 >= ts && COORDINATORS.has(doc.lower[a - 1]!) && doc.lower[a - 1] !== 'but' && (doc.pos[a - 2] === 'NOUN' || doc.pos[a - 2] === 'PROPN' || isNounAfterArticle(doc, a - 2)))) return a;
  const s = clauseStart(doc, a - 2, ts);
  return hasVerb(doc, s, a - 1) ? a : s;
}

/**
 * "Other candidates, such as Berg, are not considered likely", "Ruiz, who denies it, is
 * expected to resign", "He, too, is thought to be leaving": the subject of a raising cue
 * stands before an aside set off by a pair of commas, the second right before the verb group
 * (only modals, negation or adverbs between). Where the subject's clause starts, or -1. Not for
 * an adverb cue ("Ruiz paused, seemingly stunned": the clause before is not what seems), nor when
 * that clause is itself a relative one ("a man who backed Ruiz, Vale, seems …").
 */
function setOffSubjectStart(doc: StageContext['doc'], cueStart: number, ts: number): number {
  if (doc.pos[cueStart] === 'ADV') return -1;
  let c = cueStart - 1;
  while (c > ts && cueStart - c <= 4 && (MODALS.has(doc.lower[c]!) || NEGATIONS.has(doc.lower[c]!) || doc.pos[c] === 'ADV')) c--;
  // ("The fee for the pier -- now known as the Long Walk -- was not disclosed": a pair of dashes the same way)
  const dash = c > ts && isSetOffDash(doc, c) && !dashOpens(doc, c, ts);
  if (!(c > ts && (doc.value[c] === ',' || dash))) return -1;
  // the comma (or dash) that opens the aside, a few words back within the clause
  for (let t = c - 1; t > ts && c - t <= 16; t--) {
    const v = doc.value[t]!;
    if (dash ? isSetOffDash(doc, t) : v === ',') {
      // the subject's head closes the segment before it: a noun or a pronoun ("Ruiz", "the candidates", "He")
      const p = doc.pos[t - 1]!;
      if (!(p === 'NOUN' || p === 'PROPN' || p === 'PRON')) return -1;
      const a = clauseStart(doc, t - 1, ts);
      return a > ts && /^(?:who|which|that|whom)$/.test(doc.lower[a - 1]!) ? -1 : a;
    }
    if (v === ';' || v === ':' || v === '(' || v === ')' || isSetOffDash(doc, t) || isQuoteMark(doc, t)) return -1;
  }
  return -1;
}

/**
 * "Her claim that the pier was safe was seen as reckless": when the clause before a raising cue
 * (from `a`) is the "that" clause of a noun opening the sentence, and the cue is the first verb
 * after that clause, the whole subject is what is seen, from the noun phrase on. `a` otherwise.
 */
function nounClauseSubject(doc: StageContext['doc'], a: number, cueStart: number, ts: number): number {
  if (!(a - 2 >= ts && doc.lower[a - 1] === 'that' && doc.pos[a - 2] === 'NOUN')) return a;
  const np = clauseStart(doc, a - 2, ts);
  if (np !== ts) return a;
  for (let t = np; t < a - 1; t++) if (isVerb(doc, t) || doc.pos[t] === 'AUX') return a;
  return mainVerbAfterClause(doc, a - 1, cueStart + 1, 0) === cueStart ? np : a;
}

/**
 * "The grower who posted it was widely condemned", "The clerk that Vale hired is said to be
 * wary": when the clause before a raising cue (from `a`) is a whole relative clause (it has its
 * own verb) hanging on a noun phrase, that noun phrase is the subject of the cue, so what is
 * condemned or said runs from it. `a` otherwise ("Ruiz said that Vale was seen as weak": no
 * noun before "that"; "the claim that Vale was seen as weak": no verb of its own).
 */
function relativeSubjectStart(doc: StageContext['doc'], a: number, cueStart: number, ts: number): number {
  if (!(a - 2 >= ts && RELATIVE_WORDS.has(doc.lower[a - 1]!) && (doc.pos[a - 2] === 'NOUN' || doc.pos[a - 2] === 'PROPN'))) return a;
  let verb = false;
  for (let t = a; t < cueStart && !verb; t++) verb = isVerb(doc, t);
  if (!verb && !bareVerbReadAsNounEnds(doc, a, cueStart)) return a;
  const np = nounPhraseBefore(doc, a - 2, ts);
  return np && np.b === a - 1 && clauseStart(doc, np.a, ts) === np.a ? np.a : a;
}

/**
 * "The fare that riders pay is expected to rise": a relative clause from `a` to the cue at `cueStart`
 * whose verb the tagger read as a noun: a plural subject (a plural noun, over a determiner or
 * adjectives, or "they"/"we"/"you"/"I") and a bare form right before the cue, which agrees with it
 * ("the fear that rider pay is …": a singular noun before it makes a compound, no clause).
 */
function bareVerbReadAsNounEnds(doc: StageContext['doc'], a: number, cueStart: number): boolean {
  const v = cueStart - 1;
  const s = v - 1;
  if (s < a || doc.pos[v] !== 'NOUN' || doc.lemma[v] !== doc.lower[v] || endsWithPlainS(doc.lower[v])) return false;
  if (!(PLURAL_SUBJECT_PRONOUNS.has(doc.lower[s]!) && doc.lower[s] !== 'who') && !(isPluralNoun(doc, s) && doc.pos[s] === 'NOUN')) return false;
  for (let t = a; t < s; t++) if (!(doc.pos[t] === 'DET' || doc.pos[t] === 'ADJ' || doc.pos[t] === 'NUM')) return false;
  return true;
}

/** Words that open a noun's infinitive content: "the decision to …", "the decision not to …". */
const INFINITIVE_OPENERS = new Set(['to', 'not']);

/**
 * Does the noun at `k` open its sentence (or follow a conjunction opening it), over a determiner and modifiers
 * ("The growing speculation that …", "Renewed suggestions that …"), a
 * hyphenated compound counting as one ("The long-held belief that …": its last word is no verb)?
 */
function nounOpensSentence(doc: StageContext['doc'], k: number, ts: number): boolean {
  let t = k - 1;
  let words = 0;
  while (t >= ts && words < 4) {
    const compound = compoundModifierStart(doc, t);
    if (compound >= ts) t = compound - 1;
    // (also a participle opening the sentence, "Renewed suggestions that …": a finite verb there would need a subject)
    // (or an "-ing" one, "Growing fears that …")
    else if (/^(?:DET|ADJ|ADV|NUM)$/.test(doc.pos[t]!) || openingAdjectiveBeforePlural(doc, t) || (t === ts && doc.pos[t] === 'VERB' && (endsWithPlainEd(doc.lower[t]!) || endsWithIng(doc.lower[t])))) t--;
    else break;
    words++;
  }
  // ("But even a passing promise that …": a conjunction opening the sentence joins it to the one before; the noun
  // phrase after it is still the subject)
  // (or after an opening adjunct and its comma: "In March, the claim that …")
  return t < ts || (t === ts && doc.pos[t] === 'CCONJ') || (doc.value[t] === ',' && opensMainClause(doc, t + 1, ts));
}

/**
 * "the sort of tolls that would be fiercely disputed", "a ferry route which was widely mocked": a
 * raising cue opening a restrictive relative clause (only a modal, negation or adverbs between
 * the relative word and the cue) is about the noun phrase the clause hangs on; where that
 * phrase stands, or null. (Set off by a comma, "The fair, which is expected to …", is
 * relativeClauseEnd's.)
 */
function relativeHead(doc: StageContext['doc'], cueStart: number, ts: number): TokenRange | null {
  let r = cueStart - 1;
  while (r > ts && cueStart - r <= 4 && (MODALS.has(doc.lower[r]!) || NEGATIONS.has(doc.lower[r]!) || doc.pos[r] === 'ADV')) r--;
  if (!(r - 1 >= ts && /^(?:that|which|who)$/.test(doc.lower[r]!) && (doc.pos[r - 1] === 'NOUN' || doc.pos[r - 1] === 'PROPN'))) return null;
  const np = nounPhraseBefore(doc, r - 1, ts);
  if (!np || np.b !== r) return null;
  // (from after a dash inside it and a preposition opening it: "Tarnow - in a remark that sounded …" → "a remark")
  let a = np.a;
  for (let t = np.a; t < r - 1; t++) if (isPunct(doc, t) && !/^['’]s?$/.test(doc.value[t]!)) a = t + 1;
  if (doc.pos[a] === 'ADP' && a < r - 1) a++;
  return { a, b: r };
}

/**
 * The conjunction before a raising cue that joins it to an earlier predicate of the same subject
 * ("He spoke briefly and is expected to leave", "… but now seems unsure", "… or has been seen
 * as …"), or -1 when the cue's clause has its own subject ("Smith and Jones are expected to …":
 * no verb before the conjunction).
 *
 * @example sharedSubjectConjunction(doc, clauseA, cueStart) // index of "but", or -1
 */
function sharedSubjectConjunction(doc: StageContext['doc'], a: number, cueStart: number): number {
  let j = cueStart - 1;
  while (j > a && doc.pos[j] === 'ADV') j--;
  if (j <= a || !COORDINATORS.has(doc.lower[j]!)) return -1;
  return hasVerb(doc, a, j) ? j : -1;
}

/**
 * "The ferry appears to be late, with the new timetable showing …": an absolute "with" clause
 * after a comma adds the writer's evidence; it is not part of what seems or is expected. Where
 * the content must end (the comma), or `b`.
 */
function withClauseBefore(doc: StageContext['doc'], a: number, b: number): number {
  for (let t = a; t < b - 1; t++) {
    if (doc.value[t] === ',' && doc.lower[t + 1] === 'with') return t;
    // "… appears to be heavily used - so much so that …": a dash between spaces opens an aside or a
    // new clause; a pair of dashes close together sets off a parenthesis ("- constantly -"), which stays
    if (spacedDash(doc, t)) {
      let pair = t + 1;
      while (pair < b && pair - t <= 8 && !spacedDash(doc, pair)) pair++;
      if (pair < b && pair - t <= 8) t = pair;
      else return t;
    }
  }
  return b;
}

/** A dash written apart from the words around it ("the vote - and the count"), not a hyphen. */
function spacedDash(doc: StageContext['doc'], t: number): boolean {
  return isDash(doc, t) && t > 0 && doc.start[t]! > doc.end[t - 1]! && t + 1 < doc.tokenCount && doc.start[t + 1]! > doc.end[t]!;
}

/** Who can hold a question or a doubt: a name, a personal pronoun, or a noun for people or bodies ("officials", "the company"). */
const HOLDER_PRONOUNS = wordSet(['he', 'she'], [...PLURAL_SUBJECT_PRONOUNS]);

/**
 * "The documents raised new questions about …", "the remarks raise doubts that …": a thing that
 * raises questions, concerns or doubts is their occasion, not their holder, so they stay
 * sourceless. "Ruiz raised concerns about …" and "Officials raised questions" keep their holder.
 */
function occasionRaising(ctx: StageContext, cue: Cue, subject: TokenRange): boolean {
  const { doc } = ctx;
  if (!(cue.cueClass === 'question' || cue.cueClass === 'belief')) return false;
  let v = cue.tokStart - 1;
  while (v > subject.b && doc.pos[v] !== 'VERB') v--;
  // "They begged the question of whether …": an idiom whose subject is always the occasion
  if (doc.lemma[v] === 'beg' || doc.lower[v] === 'begged' || doc.lower[v] === 'begs') return true;
  if (!/^(?:raise|renew|sow)$/.test(doc.lemma[v] ?? '')) return false;
  const head = subject.b - 1;
  const w = doc.lower[head]!;
  if (doc.pos[head] === 'PROPN' || HOLDER_PRONOUNS.has(w)) return false;
  return !(ctx.lex.nouns.has(w) || (w.endsWith('s') && ctx.lex.nouns.has(w.slice(0, -1))));
}

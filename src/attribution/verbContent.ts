/**
 * The content of a reporting-verb cue once its source is known: quotations around it (direct),
 * the clause after it, the clause before it (", officials said"), an opening "As X noted,", a
 * parenthetical cue with content on both sides, and anonymity conditions that attribute nothing.
 */
import type { SlantDocument } from '../document/readDocument.js';
import { adverbialOnly } from './adverbialContent.js';
import { doubleTagged, releaseResumed } from './doubleTag.js';
import { closingComma, commaBefore, coordinatedPredicate, previousEnd, relativeClauseEnd, reportedSeriesVerb, seriesAfterCue, seriesBeforeCue, seriesCloseIn } from './clauseBoundaries.js';
import { backToQuoteOpening, clauseBehindAside, clauseEnd, contentBefore, contentStartAfter, nounPhraseThenVerb, trimBack, trimFront } from './contentExtent.js';
import type { Cue } from './cue.js';
import { phraseEnd, quotedTitleAfterPossessive, takesClause, WH } from './cueComplements.js';
import { DETS, listEnd, nounPhraseAfter, nounPhraseBefore, secondPhraseStart, shortPrepositionalPhraseEnd, subjectAfterPreposition, type SourcePhrase, type TokenRange } from './nounPhrases.js';
import { dashOpens } from './parenthetical.js';
import { takesWrittenThing } from './nounCues.js';
import type { AttributionLexicons } from './attributionLexicons.js';
import { blockAfterColon, leadInBeforeQuote, quotesForCue, quoteTail } from './quoteBinding.js';
import type { CharRange, Relation } from './relation.js';
import { type QuoteIndex, quoteOpenedAt, type SpeechQuote } from './speechQuotes.js';
import type { SourceEntity } from './sourceRegistry.js';
import { type Built, relation, type StageContext } from './stageContext.js';
import { mainVerbAfterClause } from './subjectClause.js';
import { QUOTE_TAGS } from './quotedTermSubject.js';
import { BE_FORMS, NOMINAL_TAGS, closingMarkWithin, NOUN_PHRASE_WORD_TAGS, endsWithEd, commaInsideMark, hasVerb, hyphenJoinsBefore, isAdverbLike, isCap, isClauseEndMark, isHyphen, isNounAfterArticle, isPunct, isQuoteMark, isSetOffDash, isVerb, isWordHyphen, MODALS, OBJECT_PRONOUNS, PARTICIPLE_LEADS, additionLeadEnd, CLAUSE_CONJUNCTIONS, PRONOUNS, RELATIVE_WORDS, WH_RELATIVES, WH_SUBJECTS, INDEFINITE_PRONOUNS, isPluralNoun, POSSESSIVE_DETERMINERS, endsWithIng, endsWithEdOrEn, endsWithPlainS, CLAUSE_END_MARKS, SUBJECT_START_TAGS, setOffMarkBefore, isAsciiLetterOrDigit } from './tokens.js';
import { charCodeAt } from '../document/charCodes.js';
import { NEAR_DAYS, TIME_HEAD_NOUNS, WEEKDAYS, wordSet } from './timeWords.js';
import { leadingTimeEnd, trailingTimeStart } from './timePhrases.js';
import { SUBJECT_QUANTIFIERS } from './quantifiers.js';
import { addresseeEnd, ADVERBIAL_HEADS, CONTACT_SUBJECT_OPENERS, contactGapEnd, contactSubjectAfterCopula, contactSubjectAfterIndefinite, infinitiveWithObjectEnd, INTRANSITIVE_GAP, OBJECT_GAP, STRANDED_PREPOSITIONS, THING_PRONOUNS } from './contactGap.js';
import { clauseHoldsCue, openerAfterAmountOfTime, OPENING_SUBORDINATORS, OPENING_WORDS, openingClauseOnly, openingParticipleOnly, TIME_SUBORDINATORS } from './openingClause.js';
import { chargedWith, WORDLESS_REACTIONS } from './verbConstructions.js';
import { amountComplementAt } from './verbCues.js';
import { hedgeSaySo, proformSoEnd } from './proformSo.js';
import { timeClauseOnly } from './trailingTimeClause.js';
import { REPORTING_PARTICIPLE_LEMMAS } from './addresseeVerbs.js';

/** Words of "at least", "at most". */
const SUPERLATIVE_ADVERBS = new Set(['least', 'most']);

/** Words after a comma that open a further clause, not a continuation of the phrase. */
const CLAUSE_AFTER_COMMA = new Set(['but', 'and', 'while', 'as', 'who', 'which', 'although', 'though']);


/** A day after a parenthetical tag: "…, aides said Friday, because …", "…, he said on Monday, …". */
const DAY_AFTER_TAG = wordSet(['on'], WEEKDAYS, NEAR_DAYS);

/** Words after a parenthetical cue's comma that start something else than the rest of its content. */
const PARENTHETICAL_STOPS = /^(?:but|and|adding|saying|noting|according|who|which|as|while|citing)$/;
/** Conjunctions after a parenthetical tag that go on with what was said when a clause of their own follows (`contrastAfterTag`). */
const CLAUSES_AFTER_TAG = new Set(['while', 'and', 'but', 'so']);
/** Conjunctions opening a clause that an "as X believes" aside may close: its content is that clause. */
const ASIDE_SUBORDINATORS = new Set(['if', 'unless', 'because', 'since', 'although', 'though', 'while', 'whether']);

/**
 * Classes whose cues report a clause (what was said, written, believed or seen), not an object:
 * their verbs take a whole clause as content even without "that" ("says win or lose, he stays").
 */
export const SAYING_CLASSES = new Set(['speech', 'writing', 'belief', 'perception']);

/** How the source of a verb cue was found, for the content search. */
interface VerbSource {
  source: SourcePhrase | null;
  entity: SourceEntity;
  /** The source follows the verb ("said Ruiz"). */
  inverted: boolean;
  /** The source is carried over from the verb this one is coordinated with. */
  inherited: boolean;
  /** The source is the subject of another verb (coordination, participle, control). */
  governed: boolean;
  boundary: number;
  cueRange: TokenRange;
}

/**
 * "told the board Ruiz would resign": a name right after a lower-case common noun (or one tagged an
 * adjective: "told the harbour chief Ruiz had quit"), itself followed
 * by a finite verb, is the subject of the reported clause, not part of the addressee (a title before
 * a name, "told the lawyer Ruiz that …", has no verb after the name and stays whole).
 */
function nameOpensClause(doc: SlantDocument, d: number, te: number): boolean {
  // (the noun may be tagged an adjective: "chief", "deputy")
  if (doc.pos[d] !== 'PROPN' || (doc.pos[d - 1] !== 'NOUN' && doc.pos[d - 1] !== 'ADJ') || isCap(doc, d - 1)) return false;
  let k = d + 1;
  while (k < te && doc.pos[k] === 'PROPN') k++;
  // (the quotation may open at the verb: "told reporters Berg “owns …”")
  if (isQuoteMark(doc, k)) k++;
  return isVerb(doc, k) && takesClause(doc, d, te);
}

/**
 * Where a clause opens inside the addressee [d, b) of "tell" ("told the Herald | the plan is …"): a determiner, not
 * after a preposition, that opens a clause, or a name that does (`nameOpensClause`); `b` when none does. With
 * `listed`, [d, b) is the rest of a list, whose items open after a comma or conjunction, no clause there.
 */
function addresseeClauseAt(doc: SlantDocument, d: number, b: number, te: number, listed = false): number {
  for (; d < b; d++) {
    if (listed && (doc.value[d - 1] === ',' || doc.pos[d - 1] === 'CCONJ')) continue;
    if ((doc.pos[d] === 'DET' && doc.pos[d - 1] !== 'ADP' && (takesClause(doc, d, te) || clauseBehindAside(doc, d, te))) || nameOpensClause(doc, d, te)) return d;
  }
  return b;
}

/**
 * Is `source` a relative pronoun ("who", "that") right after the noun it refers to, with no comma
 * between and no verb before that noun in the sentence: a restrictive relative clause on the
 * sentence's subject ("Growers who fear …", not "Vale met growers who fear …")?
 */
function subjectRelative(doc: SlantDocument, source: SourcePhrase | null, ts: number): boolean {
  if (!source?.antecedent || source.b !== source.a + 1 || !RELATIVE_WORDS.has(doc.lower[source.a]!)) return false;
  const n = source.a - 1;
  return n >= ts && (doc.pos[n] === 'NOUN' || doc.pos[n] === 'PROPN') && !hasVerb(doc, ts, n);
}

/**
 * The quotations of `found` (indexes, the caller's own fresh array) that no relation has claimed yet, in
 * order: filtered in place, with no copy or closure per verb cue (bench/HISTORY.md scale45).
 */
function unclaimedOnly(found: number[], quoteRelation: readonly (Relation | null)[]): number[] {
  let n = 0;
  for (let i = 0; i < found.length; i++) if (!quoteRelation[found[i]!]) found[n++] = found[i]!;
  found.length = n;
  return found;
}

/** The content of a verb cue: quotations around it, the clause after it, or the clause before it. */
export function verbContent(ctx: StageContext, cue: Cue, ts: number, te: number, rels: Relation[], isCueVerb: (k: number) => boolean, found: VerbSource): Built | null {
  const { doc } = ctx;
  const { source, entity, inverted, inherited, governed, boundary, cueRange } = found;
  // "told Meridian Press", "said in a statement", "continued, adding": widen the cue.
  let after = inverted && source ? Math.max(source.b, source.appositive?.b ?? 0, source.relative?.b ?? 0) : cue.tokEnd;
  let told = false;
  if (cue.lemma === 'tell' && !inverted) {
    const obj = nounPhraseAfter(doc, cue.tokEnd, te);
    // ("told the Courier’s “Week in Review” that": the column's quoted title ends the addressee)
    if (obj) obj.b = quotedTitleAfterPossessive(doc, obj.b, te);
    // "told the Herald the plan is …": the addressee ends where a second noun phrase opens a clause
    if (obj) obj.b = addresseeClauseAt(doc, obj.a + 1, obj.b, te);
    // ("told Ruiz, Berg and Tarn that …": a list of addressees is the addressee; its items open after the commas
    // and the conjunction, a clause may open inside the last: "told Ruiz, Berg and Tarn the pier was safe")
    const single = obj ? obj.b : -1;
    if (obj && obj.b < te && doc.value[obj.b] === ',') obj.b = addresseeClauseAt(doc, obj.b, listEnd(doc, obj.b, te), te, true);
    if (obj && doc.lower[obj.a] !== 'that' && (/^(?:that|:|,|about|of|whether|on|in|at|how|what|why)$/.test(doc.lower[obj.b] ?? '') || takesClause(doc, obj.b, te) || clauseBehindAside(doc, obj.b, te))) {
      // (a time phrase closing the addressee dates the telling and stays out of the cue: "told CNN | Tuesday that")
      cueRange.b = trailingTimeStart(doc, obj.a, obj.b);
      after = obj.b;
      // (the addressee is taken: what follows is found as after "say", not as a second addressee)
      told = doc.pos[obj.b] !== 'ADP';
      // ("told Ruiz, Berg and Tarn, the pier was safe": a comma closing a list of addressees sets it off from the clause;
      // after a single addressee the comma is left as it was, as after "said,")
      if (obj.b > single && doc.value[obj.b] === ',' && !RELATIVE_WORDS.has(doc.lower[obj.b + 1] ?? '') && !WH_SUBJECTS.has(doc.lower[obj.b + 1] ?? '') && takesClause(doc, obj.b + 1, te)) after = obj.b + 1;
    }
    // "The fix, the engineer told them, was cheap": an object pronoun before a comma is the addressee of a
    // tag set off inside the reported clause (the cue stays the verb)
    if (!obj && OBJECT_PRONOUNS.has(doc.lower[cue.tokEnd] ?? '') && doc.value[cue.tokEnd + 1] === ',') after = cue.tokEnd + 1;
  }
  if (doc.lower[after] === 'in' && (doc.lower[after + 1] === 'a' || doc.lower[after + 1] === 'an') && ['statement', 'interview'].includes(doc.lower[after + 2]!)) {
    if (!inverted) cueRange.b = after + 3;
    after += 3;
  }
  // ("said in an interview with the Courier on Monday.": the one who held the interview is part of the setting, never
  // what was said; as after an addressee, it ends where a second noun phrase opens a clause, "with Berg | the pier …";
  // a participle of saying after it, "… with the Courier explaining that …", restates the cue, and what it reports is
  // the cue's content)
  if (doc.lower[after] === 'with' && doc.lower[after - 1] === 'interview') {
    const interviewer = nounPhraseAfter(doc, after + 1, te);
    if (interviewer && interviewer.a === after + 1) {
      const k = addresseeClauseAt(doc, interviewer.a + 1, interviewer.b, te);
      const restated = doc.pos[k] === 'VERB' && endsWithIng(doc.lower[k]) && REPORTING_PARTICIPLE_LEMMAS.has(doc.lemma[k]!) && k + 1 < te && !isPunct(doc, k + 1);
      after = restated ? k + 1 : k;
    }
  }
  if (cue.lemma === 'read' && doc.lower[cue.tokEnd] === 'a' && doc.lower[cue.tokEnd + 1] === 'statement') return null; // the quotation that follows is its content

  // Direct: full quotations right before ("“...,” she said") and right after ("said: “...”").
  if (!inherited) {
    // ("Vale said “It was fair,” she said": one quotation tagged twice by its speaker; the first tag keeps it,
    // as the news annotation does, and the second reports nothing of its own)
    // (but "“A,” Vale said, “B,” she added": the interrupting tag gives up the piece after it, which this tag takes)
    const twice = doubleTagged(ctx, rels, cue, source, entity, inverted || !source ? cue.tokStart : source.a, inverted && source ? after : cueRange.b, ts);
    if (twice && !(twice.resumed && releaseResumed(ctx, twice))) {
      const { earlier, quote } = twice;
      // (a quotation the first tag took as its own stays as that tag made it: "Of the delay, Vale said, “…,” she said")
      if (!twice.claimed) {
        earlier.parts = [{ start: quote.span.start, end: quote.span.end }];
        earlier.pieces = undefined;
        earlier.content = { a: quote.t0, b: quote.t1 };
        earlier.mode = 'direct';
      }
      ctx.quoteRelation[twice.qi] = earlier;
      return null;
    }
    // "“…,” as one driver put it", "“…,” as Ruiz wrote": a comparative "as" between the quotation and its source
    const asBefore = source !== null && !inverted && (cue.cueClass === 'speech' || cue.cueClass === 'writing') && source.a - 1 > ts && doc.lower[source.a - 1] === 'as';
    const left = inverted || !source ? cue.tokStart : Math.min(asBefore ? source.a - 1 : source.a, cue.tokStart);
    const right = inverted && source ? after : cueRange.b;
    const direct = unclaimedOnly(quotesForCue(doc, ctx.quotes, cue, left, right, te), ctx.quoteRelation);
    if (direct.length > 0) {
      // (pushed into literals, not made by `map`: optimised code makes a `map` result a holey array, a
      // second array map that every reader of relation parts met only after warm-up and deoptimised on)
      const qs: SpeechQuote[] = [];
      for (const qi of direct) qs.push(ctx.quotes.quotes[qi]!);
      // ("said, “…” until the vote": the report runs on after the closing mark)
      const tail = qs.length === 1 && qs[0]!.t0 > cue.tokStart ? quoteTail(doc, ctx.quotes, qs[0]!, te) : null;
      const parts: CharRange[] = [];
      for (const q of qs) parts.push({ start: q.span.start, end: tail ? doc.end[tail.b - 1]! : q.span.end });
      const r = relation(cue, cueRange, source, entity, null, parts);
      r.mode = tail ? 'mixed' : 'direct';
      r.content = { a: qs[0]!.t0, b: tail ? tail.b : qs[qs.length - 1]!.t1 };
      // ("But with the field split, “…,” says Okafor": the words that open the quoted sentence go with it)
      const lead = qs[0]!.t1 <= cue.tokStart && !ctx.quotes.quotes[direct[0]!]!.partial ? leadInBeforeQuote(doc, qs[0]!, ts, isCueVerb) : -1;
      if (lead >= 0) {
        r.parts[0] = { start: doc.start[lead]!, end: r.parts[0]!.end };
        r.content.a = lead;
        r.mode = 'mixed';
      }
      // ("“Only you, Berg,” she said, would dare …": the tag interrupts the quoted sentence, whose rest follows it)
      const rest = qs.length === 1 && qs[0]!.t1 <= cue.tokStart && !tail ? restAfterTag(ctx, right, te) : null;
      if (rest) {
        r.pieces = [{ a: r.content.a, b: qs[0]!.t1 }, rest];
        r.content = { a: r.content.a, b: rest.b };
        r.mode = 'mixed';
      }
      // ("“It is unanimous,” Ruiz said of the council’s vote": what the quotation is about closes the tag)
      const about = qs.length === 1 && qs[0]!.t1 <= cue.tokStart && !tail && !rest ? topicAfterTag(doc, right, te) : null;
      if (about) {
        r.pieces = [{ a: r.content.a, b: qs[0]!.t1 }, about];
        r.content = { a: r.content.a, b: about.b };
        r.mode = 'mixed';
      }
      // ("The toll “is a disgrace,” Ruiz said, “and nobody will fix it.”": the tag interrupts a sentence
      // that opens in the writer's words with a partial quotation; the sentence before the tag goes with it)
      const opened = !tail && lead < 0 && !rest && qs.length === 1 && qs[0]!.t0 >= right ? partialBeforeTag(ctx, left, ts) : null;
      if (opened) {
        const { quote: partial } = opened;
        const before = contentBefore(doc, previousEnd(doc, rels, partial.t0, ts), partial.t1);
        // (not over another report: "Ruiz called the plan “a disaster,” Berg said, …")
        let free = before !== null && before.a < partial.t0;
        for (let t = before ? before.a : 0; free && t < partial.t0; t++) if (isCueVerb(t) || rels.some((x) => !x.dropped && x.cue.head === t)) free = false;
        if (before && free) {
          r.pieces = [{ a: before.a, b: partial.t1 + 1 }, { a: qs[0]!.t0, b: r.content.b }];
          r.content = { a: before.a, b: r.content.b };
          r.mode = 'mixed';
          ctx.quoteRelation[opened.qi] = r;
        }
      }
      // ("Of the delay, Ruiz said, “…”", "As for the toll, …": a fronted topic phrase says what the quotation is about)
      const topic = !tail && lead < 0 && !rest && !opened && qs[0]!.t0 >= right ? frontedTopic(doc, ts, left) : -1;
      if (topic >= 0) {
        r.pieces = [{ a: topic, b: left - 1 }, { a: qs[0]!.t0, b: r.content.b }];
        r.content = { a: topic, b: r.content.b };
        r.mode = 'mixed';
      }
      for (const qi of direct) ctx.quoteRelation[qi] = r;
      return { relation: r, boundary };
    }
  }

  // `Vale wrote:` ending its paragraph: the next paragraph, set as a block, is what was written (see blockAfterColon)
  const block = !inherited && SAYING_CLASSES.has(cue.cueClass) ? blockAfterColon(doc, after, te) : null;
  if (block === 'quotation') return null; // (a quotation paragraph after the colon is its content, never the opener before the cue)
  if (block) return { relation: relation(cue, cueRange, source, entity, block), boundary: -1 };

  // "On the pier, while the growers jeered loudly, Ruiz said …": a wordless reaction with no object in a clause of
  // time only says when something else happened; it reports nothing of the main clause after its comma
  // ("as the crowd booed the mayor" keeps its object)
  if (source !== null && !inverted && !inherited && WORDLESS_REACTIONS.has(cue.lemma) && TIME_SUBORDINATORS.has(doc.lower[source.a - 1] ?? '') && commaAfterAdverbs(doc, cue.tokEnd, te)) return null;

  // "The toll is a stopgap, as Dana Dee noted in the Courier.": the clause before ", as X noted" is the
  // content when nothing but adjuncts follows (not "He left, as Ruiz said goodbye")
  const asTok = source && !inverted ? asBeforeSource(doc, source.a, ts) : cue.tokStart - 1;
  // "But, as Ruiz put it, …": a conjunction set off by a comma opens a clause; nothing before it is content
  // (also inside a sentence: "The port will close and, as Ruiz noted, …")
  const afterConjunction = asTok - 2 >= ts && doc.value[asTok - 1] === ',' && /^(?:but|and|yet|so|still)$/.test(doc.lower[asTok - 2]!);
  // (also behind a comma inside a closing mark, `… “a monument to waste,” as Ruiz put it`; "as X put it"
  // never takes what follows it, unless a comma sets the cue off as a parenthetical)
  // (or by dashes: "The dam is failing — as many engineers believe — and …")
  // (a clause of time after the cue says when, never what: "…, as Ruiz suggested after the vote ended.")
  const dashedAs = asTok - 1 >= ts && isSetOffDash(doc, asTok - 1);
  if (!inherited && !afterConjunction && asTok - 1 >= ts && doc.lower[asTok] === 'as' && (commaBefore(doc, asTok) || dashedAs) && (contentAfterOrTimeOnly(doc, after, te, cue.lemma) < 0 || (cue.lemma === 'put it' && doc.value[after] !== ','))) {
    const before = contentBefore(doc, previousEnd(doc, rels, asTok, ts), asTok - 1 + (isQuoteMark(doc, asTok - 1) ? 1 : 0));
    if (!before) return null;
    // "If the dam is failing, as engineers believe, the town must act": an aside closing an opening
    // subordinate clause is about that clause alone (without its conjunction), not the main clause after it
    if (before.b - before.a > 2 && ASIDE_SUBORDINATORS.has(doc.lower[before.a]!) && (doc.value[after] === ',' || isSetOffDash(doc, after))) {
      return { relation: relation(cue, cueRange, source, entity, { a: before.a + 1, b: before.b }), boundary: -1 };
    }
    // "The toll is, as one driver put it, a tax on going home": set off by commas inside the
    // clause, the cue's content runs on after it (not "…, as Ruiz noted, and the council agreed")
    if (doc.value[after] === ',' && after + 1 < te && !isPunct(doc, after + 1) && !PARENTHETICAL_STOPS.test(doc.lower[after + 1]!) && !isCueVerb(after + 1)) {
      const b = clauseEnd(doc, after + 1, te, -1, false, ctx.quotes);
      if (b > after + 1) {
        const r = relation(cue, cueRange, source, entity, { a: before.a, b });
        r.pieces = [before, { a: after + 1, b }];
        return { relation: r, boundary };
      }
    }
    return { relation: relation(cue, cueRange, source, entity, before), boundary: -1 };
  }

  // "As Varga noted, those voters will come back": an opening "as" clause; what follows its comma is the content
  // (also one that opens a clause joined inside the sentence: "…, and as Ruiz noted, workers would suffer", "…; as Ruiz noted, …")
  const joined = asTok - 1 > ts && (doc.value[asTok - 1] === ';' || (CLAUSE_CONJUNCTIONS.has(doc.lower[asTok - 1]!) && (doc.value[asTok - 2] === ',' || doc.value[asTok - 2] === ';')));
  const opening = asTok >= ts && doc.lower[asTok] === 'as' && (afterConjunction || joined || trimFront(doc, ts, asTok + 1) >= asTok - (CLAUSE_CONJUNCTIONS.has(doc.lower[asTok - 1] ?? '') ? 1 : 0));
  // ("As Ruiz put it in a memo to staff, …": over a prepositional adjunct up to its comma)
  const openingComma = opening && !inherited ? (doc.value[after] === ',' ? after : SAYING_CLASSES.has(cue.cueClass) ? adjunctComma(doc, after, te) : -1) : -1;
  if (!inherited && opening && openingComma >= 0 && openingComma + 1 < te && !isPunct(doc, openingComma + 1)) {
    const b = mainClauseAfterAdjunct(ctx, openingComma + 1, clauseEnd(doc, openingComma + 1, te, -1, false, ctx.quotes), te);
    if (b > openingComma + 1) return { relation: relation(cue, cueRange, source, entity, { a: openingComma + 1, b }), boundary: -1 };
  }

  // "the risk which lenders considered too high", "the projects he vowed to block": the object
  // stands before its source, in the relative clause
  const gapped = !inherited && !inverted ? objectGap(doc, ctx.lex, ctx.quotes, cue, source, ts, te) : null;
  if (gapped) {
    // ("which she once backed,": with nothing left after the verb the moved object is the whole content)
    if (gapped.rest.b <= gapped.rest.a) return { relation: relation(cue, cueRange, source, entity, gapped.head), boundary: -1 };
    const r = relation(cue, cueRange, source, entity, { a: gapped.head.a, b: gapped.rest.b });
    r.pieces = [gapped.head, gapped.rest];
    return { relation: r, boundary: -1 };
  }

  // "Prices rose more than traders expected", "is not as bad as critics claim": a cue that closes a
  // comparison says what its source expected of what the clause before it states
  const compared = !inherited && !inverted && !governed && source ? comparedClause(ctx, cue, source, ts, te, rels) : null;
  if (compared) return { relation: relation(cue, cueRange, source, entity, compared), boundary: -1 };

  // Indirect or mixed: the reported clause after the verb, or before it ("..., officials said").
  // "…, which he said was too high": the relative pronoun is the subject of what was said
  // ("a toll several drivers hope will fall": the moved subject, the relative word or the antecedent, is a piece of the content)
  const moved = !inherited && !inverted ? subjectGap(doc, cue, source, after, ts, te) : null;
  const gap = moved !== null || (source !== null && !inverted && RELATIVE_WORDS.has(doc.lower[source.a - 1] ?? '') && doc.pos[after] === 'AUX');
  const a = gap ? after : contentStartAfter(doc, after, te, told ? 'say' : cue.lemma);
  // "As the day went on, Vale …", "After the harbour attacks, Ruiz …": a cue that ends an opening
  // subordinate clause at its comma reports nothing of the main clause after it (a quotation after
  // the comma is what was said: "As the Courier reported, “…”")
  // (the comma must open the main clause, a subject and its verb: not "seemed to admit, under the lights, …")
  if (a > cue.tokEnd && !inverted && doc.value[cue.tokEnd] === ',' && !isQuoteMark(doc, a) && inOpeningClause(ctx, cue, ts) && mainClauseComma(ctx, cue.tokEnd - 1, te) === cue.tokEnd) return null;
  // "who asked not to be named", "briefed on the talks", "speaking on condition of anonymity":
  // why a source is anonymous is no attribution of its own
  if (a >= 0 && (anonymityCondition(ctx, cue.tokStart, Math.min(te, a + 6)) || PERMITTED_WORDS.has(doc.lower[cue.tokStart - 2] ?? ''))) return null;
  // ("If I may say so, the pier is unsafe": the speaker's hedge of his own words)
  if (a >= 0 && hedgeSaySo(doc, cue, source, a)) return null;
  // ("described as", "identify as" name what something is, never a clause: "voters who identify as independents favour …")
  // ("said little about the ferry, and Ruiz agreed", "talked about the levy but Ruiz left": a cue that ends in "about"
  // takes a noun phrase, the topic, or a question word's clause; a subject and verb after the topic are a clause of their own)
  const topicOnly = a >= 0 && a === cue.tokEnd && doc.lower[a - 1] === 'about' && !WH_SUBJECTS.has(doc.lower[a]!);
  // (a charge brought, "charged Vale with fraud, and the mayor …", has an object for content, not a clause)
  const charged = a === cue.head + 1 && cue.lemma === 'charge' && chargedWith(doc, ctx.lex, cue.head, a, te);
  const clausal = a >= 0 && !topicOnly && !charged && !cue.lemma.endsWith(' as') && (doc.lower[a - 1] === 'that' || takesClause(doc, a, te) || isQuoteMark(doc, a) || SAYING_CLASSES.has(cue.cueClass));
  const leftOfClause = inverted || governed || !source ? cue.tokStart : source.a;
  const setOff = leftOfClause - 1 >= ts && (doc.value[leftOfClause - 1] === ',' || isQuoteMark(doc, leftOfClause - 1) || /^[—–(]$/.test(doc.value[leftOfClause - 1]!) || closingMarkBeforeTag(doc, cue, source, leftOfClause, inverted || governed));
  // "The plan, he said, will fail": content on both sides of the cue (also behind a day: "…, aides said Friday, because …")
  // (and behind a short adjunct: "If she wins, Vale suggested in a post, nobody …")
  const saying = cue.type === 'verb' && (cue.cueClass === 'speech' || cue.cueClass === 'writing');
  const pAfter = tagAdjunctEnd(doc, after, te, saying);
  // (the rest may open with the speaker's quoted words: "Sooner or later, Ruiz told reporters, “it will pay off.”")
  const quotedRest = saying && partialQuoteAt(ctx, pAfter + 1);
  // (over an adjunct or into a quotation only after a short tag: a source with no verb of its own)
  const shortTag = (pAfter === after || DAY_AFTER_TAG.has(doc.lower[after]!)) && !quotedRest ? true : !hasVerb(doc, leftOfClause, cue.tokStart);
  const parenthetical = setOff && !governed && shortTag && doc.value[pAfter] === ',' && pAfter + 1 < te && (!isPunct(doc, pAfter + 1) || quotedRest) && (!PARENTHETICAL_STOPS.test(doc.lower[pAfter + 1]!) || contrastAfterTag(doc, ctx.lex, pAfter + 1, te, isCueVerb) || predicateAfterTag(doc, pAfter + 1, te, source));
  if (parenthetical) {
    // "…, which, her advisers believe, would lead to …": set off inside a relative clause, the cue's content starts at its pronoun
    const relative = leftOfClause - 3 >= ts && doc.value[leftOfClause - 1] === ',' && /^(?:which|who)$/.test(doc.lower[leftOfClause - 2]!) && doc.value[leftOfClause - 3] === ',';
    let before = relative ? { a: leftOfClause - 2, b: leftOfClause - 1 } : contentBefore(doc, previousEnd(doc, rels, leftOfClause, ts), leftOfClause - 1 + (isQuoteMark(doc, leftOfClause - 1) ? 1 : 0));
    // ("Facing jeers from the dockers, the harbour board retreated, dropping …": an opening participle phrase is the
    // subject's circumstance when a second participle of that subject (whatever the tagger calls it) follows the tag; not a gerund subject
    // the tag interrupts, whose verb follows it: "Cutting the levy, Vale said, was right"; an opening adverbial
    // likewise: "After the vote, the tram board backed off, cutting …" is an act, not "After the vote" reported)
    if (before && (openingParticipleOnly(doc, before, ts) || ((adverbialOnly(doc, before) || openingClauseOnly(doc, before, ts)) && !auxiliaryBeforeComma(doc, pAfter + 2, te))) && (doc.pos[pAfter + 1] === 'VERB' || doc.pos[pAfter + 1] === 'NOUN') && endsWithIng(doc.lower[pAfter + 1]!)) before = null;
    // ("…, which is a result, she said, “we saw coming.”": a relative clause the tag interrupts, whose
    // rest has a subject of its own, starts the content at its pronoun)
    const interrupted = before && !relative && quotedRest ? relativeBefore(doc, before, leftOfClause - 1) : -1;
    if (before && interrupted >= 0) before = { a: interrupted, b: before.b };
    // ("The bill bars closures — a provision, Vale said, that protects the crews": a tag inside a phrase set off by
    // an opening dash reports that phrase only; the clause before the dash, and an earlier content, end at the dash)
    const dash = before && !relative && interrupted < 0 ? openingDashWithin(doc, before, ts) : -1;
    if (dash >= 0) before = { a: dash + 1, b: before!.b };
    let b = clauseEnd(doc, pAfter + 1, te, -1, false, ctx.quotes);
    // ("Vale said the fare — a rise, Ruiz said, that hurts riders — was fair": when the pair closes after the tag, the
    // tag reports the dashed phrase only, and the clause around it stays whole)
    const closing = dash >= 0 ? setOffDashIn(doc, pAfter + 1, b) : -1;
    if (closing > pAfter + 1) b = trimBack(doc, closing, pAfter + 1);
    // ("lamented the days when, he said, the pier was full", "to help the growers and, she argued, to
    // help the trams": a tag right after a conjunction inside the sentence reports only the clause
    // that conjunction opens, not the writer's words before it)
    const opener = before && !relative ? conjunctionBeforeTag(doc, before, leftOfClause) : -1;
    if (opener >= 0 && b > pAfter + 1) {
      // (an earlier content ends before the conjunction)
      if (COORDINATORS_BEFORE_TAG.has(doc.lower[opener]!)) return { relation: relation(cue, cueRange, source, entity, { a: pAfter + 1, b }), boundary: opener };
      const r = relation(cue, cueRange, source, entity, { a: opener, b });
      r.pieces = [{ a: opener, b: opener + 1 }, { a: pAfter + 1, b }];
      return { relation: r, boundary: opener };
    }
    if (before && b > pAfter + 1) {
      const r = relation(cue, cueRange, source, entity, { a: before.a, b });
      r.pieces = [before, { a: pAfter + 1, b }];
      // (an earlier content ends at the comma before the relative pronoun)
      return { relation: r, boundary: relative ? leftOfClause - 3 : dash >= 0 && closing < 0 && boundary < 0 ? dash : boundary };
    }
    // "But, Okafor added, she would not back it": only a conjunction or adverb before the cue, the content follows it
    if (!before && b > pAfter + 1 && trimFront(doc, ts, leftOfClause) >= leftOfClause - 1 && leftOfClause - ts <= 3) {
      let only = true;
      for (let t = ts; t < leftOfClause - 1; t++) if (!(isAdverbLike(doc, t) || doc.pos[t] === 'CCONJ' || isPunct(doc, t))) only = false;
      if (only) return { relation: relation(cue, cueRange, source, entity, { a: pAfter + 1, b }), boundary };
    }
  }
  // `The plan “is a disaster,” Ruiz said Tuesday in Paris.`: set off before the cue stands the
  // content; a prepositional phrase after it says only where, when or to whom it was said
  const reports = a >= 0 && setOff && !governed && !inverted && (SAYING_CLASSES.has(cue.cueClass) || cue.cueClass === 'question');
  // (also a whole clause in the writer's words before the comma, behind which the prepositional phrase
  // may hold a participle or an infinitive: "The bridge will close, Vale said in announcing the plan.")
  // (or only the addressee of a speech or writing verb: "The fee is fair, Vale said to reporters.", "…, Ruiz wrote Berg.")
  // (or only a clause of time after a source with no verb of its own: "The fee is fair, Vale explained as the meeting ended.")
  const fronted = reports && ((adjunctOnly(doc, after, a, te) && closesQuotation(ctx, leftOfClause - 1)) || (doc.value[leftOfClause - 1] === ',' && (nonfiniteAdjunctOnly(doc, after, a, te) || (saying && ((a === after && addresseeOnly(doc, a, te, cue.cueClass === 'writing')) || (timeClauseAfter(doc, after, a, te) && !hasVerb(doc, leftOfClause, cue.tokStart))))) && clauseBefore(doc, previousEnd(doc, rels, leftOfClause, ts), leftOfClause - 1)));
  // ("Vale said as the meeting ended.": a clause of time alone after a verb of saying dates it and reports nothing)
  if (!fronted && saying && timeClauseAfter(doc, after, a, te)) return null;
  if (a >= 0 && !fronted) {
    // "Responding to the remarks, Ruiz said ...": an opening participle's content ends at its comma
    let stop = -1;
    // ("Mr. Vos, citing the audit, said …": a participle set off between a subject and its verb likewise)
    // (and one with no source: "Assuming the dam holds, the road will reopen")
    const sourcelessOpening = !source && !governed && !inherited && endsWithIng(doc.lower[cue.head]!) && trimFront(doc, ts, cue.tokStart) === cue.tokStart;
    // (a perfect participle opening the sentence with its own agent or object, "Having been told by Ruiz that …,",
    // ends there too: the main clause after the comma is the sentence's, not what was told)
    // ("Holding signs calling Berg “a fraud,” the crowd marched": an -ing cue inside an opening participle phrase too)
    if ((governed && !inherited && openingParticiple(doc, cue, ts)) || interposedParticiple(doc, cue, source, inverted) || sourcelessOpening || perfectOpening(doc, cue, ts) || withinOpeningParticiple(doc, cue, ts)) {
      for (let t = a; t < te && stop < 0; t++) {
        if (doc.value[t] === ',' && ctx.quotes.inQuote[t]! < 0) stop = t;
        // `Citing “family duties,” the aide said`: the comma stands inside the closing mark
        else if (commaInsideMark(doc, t) && t > a + 1 && ctx.quotes.inQuote[t]! < 0 && ctx.quotes.inQuote[t - 2]! >= 0) stop = t + 1;
      }
    }
    // ("Vale, worried that the pier would fall, called the board": a past participle set off the same way ends at the
    // comma closing it, the one a verb follows)
    if (stop < 0 && interposedPastParticiple(doc, cue, source, inverted)) stop = closingComma(ctx, a, te);
    // ("Vale, a lawyer for two of the unions to challenge the toll, said …": an infinitive in a phrase set off after the
    // subject ends at the comma closing it, the one a verb follows)
    if (stop < 0 && infinitiveSetOffAfterSubject(ctx, cue, a, ts)) stop = closingComma(ctx, a, te);
    if (stop < 0) stop = relativeClauseEnd(ctx, source, a, te);
    // ("rejected the plan — fearing a levy — and left": a participle after a dash that opens a pair ends at the closing dash)
    if (stop < 0 && endsWithIng(doc.lower[cue.head]!)) {
      const o = setOffMarkBefore(doc, cue.tokStart);
      if (o > ts && isSetOffDash(doc, o) && dashOpens(doc, o, ts)) stop = setOffDashIn(doc, a, te);
    }
    // (`“A,” Vale said, explaining her vote, “but b.”`: the quotation after the comma is the tag's, not the participle's)
    if (stop < 0) stop = commaBeforeTakenQuote(ctx, a, te);
    // "While Ruiz said she was undecided, most voters said …": a cue in an opening subordinate clause ends at the main clause
    if (stop < 0 && inOpeningClause(ctx, cue, ts)) stop = mainClauseComma(ctx, a, te);
    // "Denouncing bankers as thieves has become common": an opening gerund with no source is the subject; its content ends at the main verb
    if (stop < 0 && sourcelessOpening) {
      const main = mainVerbAfterClause(doc, a, te, doc.lower[a - 1] === 'that' || (SAYING_CLASSES.has(cue.cueClass) && takesClause(doc, a, te)) ? 1 : 0, false);
      if (main < te) stop = main;
    }
    // ("Vale, who aides said was tired, left": a relative clause set off by commas ends at its closing comma)
    if (stop < 0 && moved && doc.value[moved.a - 1] === ',') stop = closingComma(ctx, a, te);
    // ("The plan Ruiz says will fail was shelved": a relative clause in the sentence's subject ends before its main verb)
    if (stop < 0 && moved && !hasVerb(doc, ts, moved.a)) {
      const main = mainVerbAfterClause(doc, a, te, 1, true);
      if (main < te) stop = main;
    }
    // ("Growers who fear the frost was severe left the valley": a relative clause on the sentence's subject,
    // not set off by commas, ends before the main verb; its clause needs a verb of its own first)
    if (stop < 0 && clausal && subjectRelative(doc, source, ts)) {
      const main = mainVerbAfterClause(doc, a, te, 1, true);
      if (main < te) stop = main;
    }
    // (an identity cue names a noun phrase: a cue verb the tagger read as a noun after it is the main clause's,
    // "voters who identify as independents | support the levy")
    // (or a word of a reporting verb the tagger read as a noun with a determiner after it, which opens its own object:
    // "growers opposing the levy | support the plan"; with none it may be a noun: "backing the levy support package")
    if (stop < 0 && !clausal && !inverted) stop = cue.lemma.endsWith(' as') ? modifierObjectEnd(doc, cue, source, a, te, isCueVerb) : modifierObjectEnd(doc, cue, source, a, te, null, ctx.lex.verbs);
    // "Officials fearing the port will close said nothing": a participle on the subject whose object
    // reads as a clause ends before the sentence's main verb
    if (stop < 0 && clausal && !inverted && !governed) stop = subjectModifierClauseEnd(doc, cue, source, a, ts, te, isCueVerb);
    // ("shouted “Yes!” at the tram": behind the quoted words of a cry, an "at" phrase names whom they were aimed at)
    if (stop < 0) stop = quotedCryEnd(ctx, cue, a, te);
    // ("says more about the harbour than anyone": the comparison an amount opens is no part of the topic)
    if (stop < 0 && topicOnly) stop = amountComplementAt(doc, cue.tokStart, a - 1, a, te);
    // ("What Vale said about the pier was wrong": in a free relative the topic after "about" ends before the sentence's main verb;
    // the content may start at "about", or past it when the cue holds it)
    const about = doc.lower[a] === 'about' ? a : doc.lower[a - 1] === 'about' ? a - 1 : -1;
    let freeTopic = false;
    if (stop < 0 && about > cue.head && source && doc.lower[source.a - 1] === 'what') {
      // (a topic that is a question has its own verb first: "about who runs the pier | was wrong")
      const question = WH_SUBJECTS.has(doc.lower[about + 1] ?? '');
      let main = mainVerbAfterClause(doc, question ? about + 2 : about + 1, te, question ? 1 : 0, false);
      // (a verb right after a noun and the subject of a contact relative is that clause's: "about the fares Vale set | matters";
      // its object is the gap, so a plural-looking noun right after it is the main verb the tagger read as a noun)
      if (main < te && main - 2 > about && NOMINAL_TAGS.has(doc.pos[main - 1]!) && doc.pos[main - 2] === 'NOUN') {
        main = main + 1 < te && doc.pos[main + 1] === 'NOUN' && endsWithPlainS(doc.lower[main + 1]) ? main + 1 : mainVerbAfterClause(doc, main + 1, te, 0, false);
      }
      if (main < te) stop = main;
      freeTopic = main < te;
    }
    // ("Half the riders said so in March": the pro-form "so" is the whole content)
    if (stop < 0) stop = proformSoEnd(doc, cue, a, te);
    let b = clauseEnd(doc, a, te, stop, !clausal, ctx.quotes);
    // "acknowledged the delay and closed the bridge": a second verb phrase of the same subject ends an object
    const joined = b > a && doc.lower[a - 1] !== 'that' ? coordinatedPredicate(doc, cue.head, a, b, isCueVerb) : -1;
    if (joined > a) b = trimBack(doc, joined, a);
    // ("Vale asked the council to wait, said the pier was safe, and left": a cue in the middle of its subject's
    // series of verb phrases; the series' last member closes the content, even a reported clause)
    else if (b > a && source && !inverted && source.b < cue.tokStart && seriesBeforeCue(doc, cue.head, cue.tokStart, source.b)) {
      const close = seriesCloseIn(doc, cue.head, a, b);
      if (close > a) b = trimBack(doc, close, a);
    } else if (b > a) {
      // (only the cue's own subject's series: in "Police said the man entered the store, took the cash, and fled" the
      // series is the reported clause's, all of it reported; unless its next member reports a clause itself, which a
      // reported clause's subject seldom does: "Vale said the pier was safe, warned that the tram was late, and left")
      const close = seriesAfterCue(doc, cue.head, a, b);
      if (close > a && (!ownSubjectClause(doc, a, te) || reportingMember(doc, a, close, te))) b = trimBack(doc, close, a);
    }
    // (its "about" is the cue's, as in "what it says about | the harbour", however short the topic)
    if (freeTopic && b > a + 1 && a === about && cueRange.b === a) return { relation: relation(cue, { a: cueRange.a, b: a + 1 }, source, entity, { a: a + 1, b }), boundary };
    if (b > a && moved) {
      const r = relation(cue, cueRange, source, entity, { a: moved.a, b });
      r.pieces = [moved, { a, b }];
      return { relation: r, boundary };
    }
    // ("If the levy fails, Ruiz said the pier would close": a condition opening the sentence before the source
    // belongs to what a speech cue reports, its first piece)
    // (a finite verb of saying right after its source: not "…, she would be able to claim …", "…, possibly calling …")
    const condition = b > a && source && !inverted && !inherited && source.b === cue.tokStart && QUOTE_TAGS.has(cue.lemma) && !endsWithIng(doc.lower[cue.head]!) && doc.lower[a - 1] !== 'that' ? openingCondition(ctx, source.a, ts) : -1;
    if (condition >= 0) {
      const r = relation(cue, cueRange, source, entity, { a: ts, b });
      r.pieces = [{ a: ts, b: condition }, { a, b }];
      return { relation: r, boundary };
    }
    if (b > a) return { relation: relation(cue, cueRange, source, entity, { a, b }), boundary };
  }
  if (!setOff || governed) return null;
  const from = previousEnd(doc, rels, leftOfClause, ts);
  // (a closing quotation mark or bracket ends the content; a comma or dash is left out)
  const before = contentBefore(doc, from === ts ? backToQuoteOpening(doc, ctx.quotes, (qi) => ctx.quoteRelation[qi] !== null, ts) : from, leftOfClause - (isQuoteMark(doc, leftOfClause - 1) || doc.value[leftOfClause - 1] === ')' ? 0 : 1));
  // ("In his speech, Ruiz argued.", "Earlier this week, Vale proposed …": an opening adverbial is no content)
  // ("Facing jeers from the dockers, the harbour board retreated.": nor is an opening participle phrase)
  if (!before || adverbialOnly(doc, before) || openingClauseOnly(doc, before, ts) || openingParticipleOnly(doc, before, ts)) return null;
  return { relation: relation(cue, cueRange, source, entity, before), boundary: -1 };
}


/**
 * A closing bracket, a spaced hyphen or "--" right before a tag's subject sets the tag off as an em dash does ("The pier
 * is unsafe - and always was - Vale said.", "… (and always was) Vale said."): when the subject opens as a noun phrase
 * does and the cue is a word the tagger read as a verb (not "The clerk - the one who kept the ledger - deleted the
 * files of Tarn | emails").
 */
function closingMarkBeforeTag(doc: SlantDocument, cue: Cue, source: SourcePhrase | null, leftOfClause: number, away: boolean): boolean {
  const mark = leftOfClause - 1;
  if (away || !source || !(doc.value[mark] === ')' || isSetOffDash(doc, mark))) return false;
  return SUBJECT_START_TAGS.has(doc.pos[source.a]!) && doc.pos[cue.head] === 'VERB';
}

/**
 * Is there an auxiliary from `a` to the next comma or the sentence's end? After a tag, "revoking the
 * levy would be wrong" is a gerund subject with a verb of its own (what was said), "cutting the fare
 * for pupils" a participle phrase of the tag's subject (what it did).
 */
function auxiliaryBeforeComma(doc: SlantDocument, a: number, te: number): boolean {
  for (let t = a; t < te && doc.value[t] !== ','; t++) if (doc.pos[t] === 'AUX') return true;
  return false;
}

/** Does a comma follow a verb that ends at `a`, behind adverbs only ("booed loudly, …")? */
function commaAfterAdverbs(doc: SlantDocument, a: number, te: number): boolean {
  let t = a;
  while (t < te && isAdverbLike(doc, t) && !isPunct(doc, t)) t++;
  return t < te && doc.value[t] === ',';
}

/**
 * Is all that follows a tag's verb, from `a` to the sentence's end, who was addressed: "to" and a
 * short noun phrase ("said to reporters", "wrote to the harbour board"), or a name or object pronoun
 * after a verb of writing ("wrote Berg", "emailed him")? A reporting verb with its content before it
 * takes no second one.
 */
function addresseeOnly(doc: SlantDocument, a: number, te: number, writing: boolean): boolean {
  const to = doc.lower[a] === 'to' && doc.pos[a] === 'ADP';
  // (with no "to" only after a verb of writing: "he said Ryan." names what was said)
  if (!to && !writing) return false;
  let k = to ? a + 1 : a;
  const from = k;
  if (OBJECT_PRONOUNS.has(doc.lower[k]!)) k++;
  else for (; k < te && k - from < (to ? 5 : 3); k++) {
    const p = doc.pos[k]!;
    if (!(p === 'PROPN' || (to && (p === 'NOUN' || p === 'DET' || p === 'ADJ')))) break;
    if (!to && !isCap(doc, k)) break;
  }
  return k > from && (k >= te || /^[.!?]$/.test(doc.value[k]!));
}

/**
 * Is what follows the cue at `after` a clause of time alone (`timeClauseOnly`), where the content search (`a`, -1 when
 * nothing was found) found nothing or stopped at the clause's subject? Not when it stepped over a phrase to a clause
 * behind it: "said after the vote | officials would resign".
 */
function timeClauseAfter(doc: SlantDocument, after: number, a: number, te: number): boolean {
  return a <= after + 1 && timeClauseOnly(doc, after, te);
}

/** `contentStartAfter`, or -1 when only a clause of time follows the cue ("…, as Ruiz suggested after the vote ended."). */
function contentAfterOrTimeOnly(doc: SlantDocument, after: number, te: number, lemma: string): number {
  const a = contentStartAfter(doc, after, te, lemma);
  return timeClauseAfter(doc, after, a, te) ? -1 : a;
}

/** Prepositions that open a short adjunct between a parenthetical tag and its comma ("said in a post,", "wrote on Monday,"). */
const TAG_ADJUNCT_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'via', 'to']);

/** The one-character dashes, which end an adjunct or a gap as a clause mark does (the spaced "--" is not tested here). */
const CLAUSE_DASHES = ['—', '–'];

/**
 * Marks that end a tag's adjunct or a "said of …" phrase: the clause-end marks, brackets and dashes (a Set:
 * these scans run per token). Not the comma: the callers test it apart, since a tag's adjunct ends at its comma.
 */
const TAG_ADJUNCT_STOPS: ReadonlySet<string> = new Set([...CLAUSE_END_MARKS, '(', ')', ...CLAUSE_DASHES]);
/** Words that open a clause inside a "said of …" phrase: it is no short object then. */
const CLAUSE_OPENERS_AFTER_ABOUT = new Set(['that', 'who', 'which', 'when', 'as', 'because', 'after', 'before', 'while']);

/**
 * Where a parenthetical tag ends: `from` (the first token after the cue and its source), or
 * behind a day ("said Friday,", "said on Monday,") or a short prepositional adjunct up to its
 * comma ("suggested in a post,", "wrote in a letter to the council,"): at most seven tokens
 * with no verb, quotation mark, "that" or end of sentence.
 */
function tagAdjunctEnd(doc: SlantDocument, from: number, te: number, prepositional: boolean): number {
  let k = from;
  while (k < te && k - from < 2 && DAY_AFTER_TAG.has(doc.lower[k]!)) k++;
  if (k > from || !prepositional || !TAG_ADJUNCT_PREPOSITIONS.has(doc.lower[k] ?? '')) return k;
  for (let t = k + 1; t < te && t - k <= 7; t++) {
    if (doc.value[t] === ',') return t > k + 1 ? t : k;
    if (isVerb(doc, t) || isQuoteMark(doc, t) || doc.lower[t] === 'that' || TAG_ADJUNCT_STOPS.has(doc.value[t]!)) return k;
  }
  return k;
}

/**
 * `…, Okafor said, while others “did not want to help.”`: "while" with a subject and a finite verb of
 * its own after a parenthetical tag sets a contrast inside what is reported (not "while visiting …").
 * So does "and", "but" or "so" with such a clause: `The pier is old, Vale said, but it will hold` goes on
 * with what was said (news annotation runs such a content over the tag); with no subject of its own
 * the verb after it is the speaker's ("…, Vale said, and left", see `predicateAfterTag`), and a reporting verb
 * there reports on its own ("…, Vale said, and the board agreed").
 */
function contrastAfterTag(doc: SlantDocument, lex: AttributionLexicons, k: number, te: number, isCueVerb: (k: number) => boolean): boolean {
  const low = doc.lower[k]!;
  if (!CLAUSES_AFTER_TAG.has(low) || !SUBJECT_START_TAGS.has(doc.pos[k + 1] ?? '')) return false;
  for (let t = k + 2; t < te && t - k < 6; t++) {
    if (isPunct(doc, t) && !isQuoteMark(doc, t)) return false;
    // (after a coordinator, a clause whose verb reports is a report or reaction of its own: "…, Vale said, and the board agreed")
    // (but a verb of deciding, feeling or seeing there reports no words of its own: "…, Berg said, so the board
    // decided to drop it" goes on with what was said, and the nesting step drops the inner relation)
    if (isVerb(doc, t) && !endsWithIng(doc.lower[t]!)) return low === 'while' || !isCueVerb(t) || !TAG_OWN_REPORT_CLASSES.has(lex.verbs.get(doc.lemma[t]!)?.cueClass ?? 'speech');
  }
  return false;
}

/** Cue classes of a verb after "and/but/so" behind a parenthetical tag that make a report of their own (`contrastAfterTag`). */
const TAG_OWN_REPORT_CLASSES = new Set(['speech', 'writing']);

/**
 * `The levy was impossible, Berg said, so the board decided to drop it`: is `r` (a cue verb that reports no words,
 * with its own subject) in the clause after "and/but/so" that the holder's parenthetical tag runs on over? Then the
 * clause is part of what was said, not a relation of its own (news annotation marks the tag's content only).
 */
export function actInTagRunOn(doc: SlantDocument, holder: Relation, r: Relation): boolean {
  const p = holder.pieces;
  if (p?.length !== 2 || r.cue.type !== 'verb' || r.source === null || r.source.antecedent || TAG_OWN_REPORT_CLASSES.has(r.cue.cueClass)) return false;
  const k = p[1]!.a;
  const low = doc.lower[k]!;
  return (low === 'and' || low === 'but' || low === 'so') && holder.cue.head < k && TAG_OWN_REPORT_CLASSES.has(holder.cue.cueClass) && r.source.a === k + 1 && r.cue.head < p[1]!.b;
}

/**
 * `The piers are old, the engineer said, and need repairs`: "and" with a copula or auxiliary of no
 * subject of its own after a parenthetical tag goes on with the reported clause's subject only when
 * its number rules out the speaker ("need" cannot be "the engineer"'s). Any other verb there is the
 * speaker's own: "…, Vale said, and left the room", "…, she said, and added that …".
 */
function predicateAfterTag(doc: SlantDocument, k: number, te: number, speaker: TokenRange | null): boolean {
  if (doc.lower[k] !== 'and' || k + 1 >= te || !speaker) return false;
  const plural = NUMBERED_PREDICATE_VERBS.get(doc.lower[k + 1]!);
  return plural !== undefined && plural !== speakerIsPlural(doc, speaker.b - 1);
}

/** Copulas and auxiliaries whose form shows number: true for the plural form. */
const NUMBERED_PREDICATE_VERBS = new Map<string, boolean>([
  ['is', false], ['was', false], ['has', false], ['needs', false], ['does', false],
  ['are', true], ['were', true], ['have', true], ['need', true], ['do', true],
]);

/** Does the head `h` of a speaker take a plural verb ("they", "officials"; "I" and "you" as well)? */
function speakerIsPlural(doc: SlantDocument, h: number): boolean {
  const low = doc.lower[h]!;
  if (PRONOUNS.has(low)) return low === 'they' || low === 'we' || low === 'you' || low === 'i';
  return isPluralNoun(doc, h);
}

/**
 * The first token of a topic phrase that opens the sentence and ends with the comma before token
 * `left` (the speaker): "Of the delay, Ruiz said", "As for the toll, Vale said"; -1 when there is
 * none ("Of course," is an adverb, not a topic).
 */
function frontedTopic(doc: SlantDocument, ts: number, left: number): number {
  const first = trimFront(doc, ts, left);
  const head = doc.lower[first] === 'of' ? first + 1 : doc.lower[first] === 'as' && /^(?:for|to)$/.test(doc.lower[first + 1] ?? '') ? first + 2 : -1;
  if (head < 0 || head >= left - 1 || left - 1 - head > 10 || doc.value[left - 1] !== ',' || doc.lower[head] === 'course') return -1;
  for (let t = head; t < left - 1; t++) if (isPunct(doc, t) || isQuoteMark(doc, t) || isVerb(doc, t) || doc.pos[t] === 'AUX') return -1;
  return first;
}

/** Coordinators that may stand right before a parenthetical tag; the reported clause is what follows the tag. */
const COORDINATORS_BEFORE_TAG = new Set(['and', 'but', 'or', 'yet']);
/** Those, and subordinators that open the reported clause themselves ("when, he said, …", "where, it is said, …"). */
const CONJUNCTIONS_BEFORE_TAG = wordSet([...COORDINATORS_BEFORE_TAG], [...OPENING_SUBORDINATORS], ['where']);

/**
 * The conjunction right before the comma that opens a parenthetical tag at `left`, when the writer's
 * words stand before it in `before` ("… the old days when, he said, …"); -1 otherwise (a
 * conjunction that opens the content is no stop: "But, Okafor added, …").
 */
function conjunctionBeforeTag(doc: SlantDocument, before: TokenRange, left: number): number {
  const w = left - 2;
  if (doc.value[left - 1] !== ',' || w <= before.a || !CONJUNCTIONS_BEFORE_TAG.has(doc.lower[w]!)) return -1;
  // (not a conjunction set off by commas itself: "…, and, he said, …" is the same reading, but ", as, …" is no clause;
  // a closing quotation mark before it sets nothing off: "recalled the “quiet years” when, she argued, …")
  return isPunct(doc, w - 1) && !isQuoteMark(doc, w - 1) && !COORDINATORS_BEFORE_TAG.has(doc.lower[w]!) ? -1 : w;
}

/**
 * The relative pronoun ("which", "who") that opens the last comma-separated stretch of `before`,
 * up to `end` (the comma before the tag), or -1: `…, which is a result, she said, “…”`.
 */
function relativeBefore(doc: SlantDocument, before: TokenRange, end: number): number {
  for (let t = end - 1; t > before.a; t--) {
    if (doc.value[t] !== ',') continue;
    return /^(?:which|who)$/.test(doc.lower[t + 1] ?? '') ? t + 1 : -1;
  }
  return -1;
}

/**
 * `“…,” Ruiz said of the council’s vote.`, `“…,” added Vale, about the toll.`: after a tag that follows
 * its quotation, "of" or "about" opens the topic of what was said. The topic's token range (behind the
 * preposition, up to the end of its sentence or a dash: at most twelve tokens with no
 * finite verb, "to end the contracts" allowed), or null.
 */
function topicAfterTag(doc: SlantDocument, right: number, te: number): TokenRange | null {
  let k = right;
  while (k < te && k - right < 2 && DAY_AFTER_TAG.has(doc.lower[k]!)) k++;
  if (doc.value[k] === ',' && doc.lower[k + 1] === 'about') k++;
  if (!/^(?:of|about)$/.test(doc.lower[k] ?? '')) return null;
  const a = k + 1;
  let t = a;
  for (; t < te && t - a <= 12; t++) {
    if (doc.value[t] === ',' || TAG_ADJUNCT_STOPS.has(doc.value[t]!) || isQuoteMark(doc, t)) break;
    if ((doc.pos[t] === 'VERB' && !endsWithIng(doc.lower[t]!) && doc.lower[t - 1] !== 'to') || doc.pos[t] === 'AUX' || CLAUSE_OPENERS_AFTER_ABOUT.has(doc.lower[t]!)) return null;
  }
  // (the sentence must end there: "said of Ruiz, “because …”" and "said of Ruiz, mocking …" go on)
  if (t - a > 12 || t === a || (t < te && !/^[.!?—–]$/.test(doc.value[t]!))) return null;
  return { a, b: t };
}

/**
 * The partial quotation, claimed by no relation yet, whose closing mark stands right before the
 * tag at `left` (behind a comma inside or outside the mark: `… “is a disgrace,” Ruiz said`) and
 * that opens after the writer's words in the same sentence, with its index; null otherwise.
 */
function partialBeforeTag(ctx: StageContext, left: number, ts: number): { quote: SpeechQuote; qi: number } | null {
  const { doc, quotes } = ctx;
  let j = left - 1;
  if (doc.value[j] === ',') j--;
  if (j <= ts || !isQuoteMark(doc, j)) return null;
  const qi = quotes.quoteAtMark.get(doc.start[j]!);
  const q = qi === undefined ? undefined : quotes.quotes[qi];
  if (!q || qi === undefined || !q.partial || ctx.quoteRelation[qi] || q.span.close !== doc.start[j] || q.t0 - 1 <= ts || q.t1 !== j) return null;
  return { quote: q, qi };
}

/** Does a partial quotation (lower case after its opening mark: `, “it will pay off.”`) open at token `k`? */
function partialQuoteAt(ctx: StageContext, k: number): boolean {
  return isQuoteMark(ctx.doc, k) && quoteOpenedAt(ctx.doc, ctx.quotes, k)?.partial === true;
}

/**
 * `“Only you, Berg,” she said, would dare to call it a win.`, `“It is our bad luck,” he said,
 * that both men …`, `“Family leave,” the handbook states, becomes available …`: the quoted words
 * before the tag open a sentence that the tag interrupts; its rest follows the comma after the
 * tag (behind a short adjunct), opening with a finite verb or with "that". The token range of
 * that rest (to the end of its clause), or null. `from`: the first token after the cue and its source.
 */
function restAfterTag(ctx: StageContext, from: number, te: number): TokenRange | null {
  const { doc } = ctx;
  const comma = tagAdjunctEnd(doc, from, te, true);
  const k = comma + 1;
  if (doc.value[comma] !== ',' || k >= te) return null;
  const low = doc.lower[k]!;
  // an auxiliary or modal ("would", "is"), a present verb with its -s ("becomes"), or "that" before a clause
  // of its own ("that both men …"; not the pronoun: "…,” he said, that is all.")
  const finite = (doc.pos[k] === 'AUX' && !/^(?:be|being|been|having)$/.test(low)) || (doc.pos[k] === 'VERB' && /[^s]s$/.test(low) && doc.lemma[k] !== low) || (low === 'that' && doc.lower[k + 1] !== 'much' && takesClause(doc, k + 1, te));
  if (!finite) return null;
  const b = clauseEnd(doc, k, te, -1, false, ctx.quotes);
  return b > k ? { a: k, b } : null;
}

/**
 * Only a short prepositional adjunct follows the cue up to the sentence's end or a comma before
 * a participle or conjunction ("in Paris", "Tuesday on Twitter", "in an interview with the
 * Courier", "of the plan"): no verb, no quotation, no "that"; `a` is where the content search
 * would start after the cue.
 */
function adjunctOnly(doc: SlantDocument, after: number, a: number, te: number): boolean {
  if (doc.pos[a] !== 'ADP' && doc.pos[a - 1] !== 'ADP') return false;
  let k = after;
  for (; k < te && doc.value[k] !== ',' && !isClauseEndMark(doc, k); k++) {
    if (k - after > 12 || isVerb(doc, k) || isQuoteMark(doc, k) || doc.lower[k] === 'that') return false;
  }
  // the sentence ends, or a participle or conjunction goes on after a comma (not a quotation or clause)
  const next = doc.lower[k + 1] ?? '';
  return k > a && (doc.value[k] !== ',' || (endsWithIng(next) && doc.pos[k + 1] === 'VERB') || CLAUSE_AFTER_COMMA.has(next));
}

/** Prepositions of a tag's setting (where, when, in what medium), never of what was said ("boasted of", "asked about", "called for"). */
const SETTING_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'via', 'after', 'before', 'from', 'through', 'throughout', 'outside', 'inside', 'near', 'aboard', 'following']);

/**
 * As `adjunctOnly`, for the phrase after a tag whose content stands before it: up to twenty tokens
 * behind a preposition that may hold a participle or an infinitive ("in announcing the plan",
 * "during a visit to be a delegate", "on Facebook Friday"), but no finite verb, "that" or quotation.
 */
function nonfiniteAdjunctOnly(doc: SlantDocument, after: number, a: number, te: number): boolean {
  const p = doc.pos[a] === 'ADP' ? a : doc.pos[a - 1] === 'ADP' ? a - 1 : -1;
  // (not "at least six planes …", a quantity opening the reported clause)
  if (p < 0 || !SETTING_PREPOSITIONS.has(doc.lower[p]!) || SUPERLATIVE_ADVERBS.has(doc.lower[p + 1] ?? '')) return false;
  let k = after;
  for (; k < te && doc.value[k] !== ',' && !isClauseEndMark(doc, k); k++) {
    if (k - after > 20 || isQuoteMark(doc, k) || doc.lower[k] === 'that') return false;
    const nonfinite = doc.lower[k - 1] === 'to' || endsWithIng(doc.lower[k]!) || (doc.pos[k] === 'VERB' && endsWithEdOrEn(doc.lower[k]!) && /^(?:NOUN|PROPN)$/.test(doc.pos[k - 1]!));
    if (isVerb(doc, k) && !nonfinite) return false;
  }
  const next = doc.lower[k + 1] ?? '';
  return k > a && (doc.value[k] !== ',' || (endsWithIng(next) && doc.pos[k + 1] === 'VERB') || CLAUSE_AFTER_COMMA.has(next));
}

/**
 * Is [from, to) a clause of its own that a tag after its comma reports: a finite verb (not behind
 * "to", not an -ing form), and no subordinating word before it or adverbial phrase opening it
 * ("After the vote, Vale said …" reports nothing before the comma)?
 */
function clauseBefore(doc: SlantDocument, from: number, to: number): boolean {
  const before = contentBefore(doc, from, to);
  if (!before || adverbialOnly(doc, before) || OPENING_WORDS.has(doc.lower[before.a]!)) return false;
  for (let t = before.a; t < before.b; t++) {
    // (a subordinate clause before the first verb: "Friday morning, as the parade passed, Vale said …")
    if (isQuoteMark(doc, t) || OPENING_WORDS.has(doc.lower[t]!)) return false;
    if ((doc.pos[t] === 'AUX' || (doc.pos[t] === 'VERB' && !endsWithIng(doc.lower[t]!))) && doc.lower[t - 1] !== 'to' && t > before.a) return true;
  }
  return false;
}

/** Verbs of crying out: "at" after their quoted words names the one they were aimed at ("yelled “Out!” at the referee"). */
const CRY_VERBS: ReadonlySet<string> = new Set(['shout', 'yell', 'scream', 'holler', 'bellow', 'shriek', 'chant', 'cry', 'bark', 'snap', 'hiss', 'jeer', 'growl']);

/**
 * After a verb of crying out, the token after the closing mark of a quotation that opens the
 * content at `a`, when "at" follows that mark ("shouted “Yes!” at the tram" → the content ends at the
 * mark); -1 otherwise (another verb, or no "at": "said “No” at the meeting" keeps its phrase).
 */
function quotedCryEnd(ctx: StageContext, cue: Cue, a: number, te: number): number {
  const { doc } = ctx;
  if (!CRY_VERBS.has(cue.lemma) || !isQuoteMark(doc, a)) return -1;
  // (a cry is short, and a one-word one is no speech quotation of the index: the next mark closes it)
  const close = closingMarkWithin(doc, a, 30, te);
  return close > a + 1 && doc.lower[close + 1] === 'at' ? close + 1 : -1;
}

/** A speech quotation closes right before the source or cue (`… “is a disaster,” Ruiz said`, not a title): `k` is the mark or the comma after it. */
function closesQuotation(ctx: StageContext, k: number): boolean {
  const { doc } = ctx;
  const mark = doc.value[k] === ',' ? k - 1 : k;
  return mark > 0 && isQuoteMark(doc, mark) && ctx.quotes.inQuote[mark - 1]! >= 0;
}

/** Does the cue open its sentence, behind adverbs, a conjunction or a word such as "after" ("Now, after arguing that …,")? */
export function openingParticiple(doc: SlantDocument, cue: Cue, ts: number): boolean {
  let t = cue.tokStart - 1;
  while (t >= ts && isAdverbLike(doc, t)) t--;
  // ("Having announced that the pier would close, Vale left": the perfect participle's "having" leads it too)
  if (t >= ts && doc.lower[t] === 'having') t--;
  if (t >= ts && PARTICIPLE_LEADS.has(doc.lower[t]!)) t--;
  // ("In addition to warning that the pier would close, Vale left": a three-word lead)
  else if (additionLeadEnd(doc, t, ts)) t -= 3;
  while (t >= ts && (isAdverbLike(doc, t) || doc.value[t] === ',' || doc.pos[t] === 'CCONJ')) t--;
  return t < ts || trimFront(doc, ts, t + 1) > t;
}


/**
 * Does the cue stand in a subordinate clause that opens its sentence ("But even after Vale agreed
 * to …,", "Like owners who foresee …,"), with no comma between the opening word and the cue?
 */
export function inOpeningClause(ctx: StageContext, cue: Cue, ts: number): boolean {
  const { doc } = ctx;
  let first = trimFront(doc, ts, cue.tokStart);
  if (doc.lower[first] === 'even') first++;
  // ("Hours after Vale said the pier was safe, the board …": an amount of time before the opener)
  first = openerAfterAmountOfTime(doc, first, cue.tokStart);
  // ("With Okafor saying the fee is too high, the council …": an absolute phrase opened by "with" around a participle cue)
  const absolute = doc.lower[first] === 'with' && endsWithIng(doc.lower[cue.head]!);
  if (first >= cue.tokStart || !(OPENING_WORDS.has(doc.lower[first] ?? '') || absolute)) return false;
  return clauseHoldsCue(doc, first, cue.tokStart);
}

/**
 * The set-off dash inside `before` that opens the phrase a parenthetical tag interrupts ("… closing the pier — a
 * provision, Vale said, that …"): the last dash there, when it opens a pair (an even number of dashes before it in the
 * sentence from `ts`) and words stand on both sides of it; else -1.
 */
function openingDashWithin(doc: SlantDocument, before: TokenRange, ts: number): number {
  for (let t = before.b - 2; t > before.a; t--) if (isSetOffDash(doc, t)) return dashOpens(doc, t, ts) ? t : -1;
  return -1;
}

/** The first set-off dash in [a, b), or -1. */
function setOffDashIn(doc: SlantDocument, a: number, b: number): number {
  for (let t = a; t < b; t++) if (isSetOffDash(doc, t)) return t;
  return -1;
}

/**
 * Pronouns that may open the main clause after a comma: personal ones, quantifiers and the
 * indefinite "nobody", "everyone" ("When Vale said …, nobody believed her").
 */
// ("several" left out: it opens a noun phrase far more often than it stands alone, and as a determiner it passes anyway)
const MAIN_CLAUSE_PRONOUNS = wordSet([...PRONOUNS], [...SUBJECT_QUANTIFIERS].filter((w) => w !== 'several'), [...INDEFINITE_PRONOUNS]);

/**
 * The comma after `a` before the main clause of the sentence: one followed by a subject (a noun
 * phrase, perhaps with an "of" phrase or a relative clause) and a finite verb before any other
 * punctuation, outside quotations ("…, most of those polled said", "…, she is set to"); -1 if none.
 */
export function mainClauseComma(ctx: StageContext, a: number, te: number): number {
  const { doc } = ctx;
  // ("said that, if elected, she would …": the content's own opening adjunct ends at its comma)
  let adjunct = OPENING_WORDS.has(doc.lower[doc.value[a] === ',' ? a + 1 : a] ?? '');
  for (let c = a + 1; c < te - 2; c++) {
    // (the plain comma test first: most tokens are neither a comma nor a mark after one)
    const comma = doc.value[c] === ',';
    // (`While Vale called the pier “a hazard,” Ruiz said …`: the comma may stand inside the closing mark)
    const insideMark = !comma && doc.value[c - 1] === ',' && commaInsideMark(doc, c) && ctx.quotes.inQuote[c]! < 0 && ctx.quotes.inQuote[c - 1]! >= 0;
    if (!insideMark && (!comma || ctx.quotes.inQuote[c]! >= 0)) continue;
    if (adjunct) {
      adjunct = false;
      continue;
    }
    const low = doc.lower[c + 1]!;
    if (/^(?:and|or|but|nor|so|yet|which|who|whom|whose|what|that|if|as|while|because|although|though|when|where|including|especially|particularly|not)$/.test(low)) continue;
    // ("…, at the meeting she said …": the main clause may open with a prepositional phrase before its subject)
    let s = doc.pos[c + 1] === 'ADP' ? subjectAfterPreposition(doc, c + 1, te) : c + 1;
    // ("Where the toll once seemed fair, now it seems a burden": a sentence adverb before the subject)
    if (doc.pos[s] === 'ADV' && s + 1 < te && !isPunct(doc, s + 1)) s++;
    if (s >= te - 1) continue;
    const p = doc.pos[s];
    // (an -ing word is a participle, not a subject, but "nothing" and "everything" are pronouns, whatever their tag)
    if (!MAIN_CLAUSE_PRONOUNS.has(doc.lower[s]!) && (p === 'PRON' || endsWithIng(doc.lower[s]!) || !(p === 'DET' || p === 'NOUN' || p === 'PROPN' || p === 'NUM' || p === 'ADJ' || isCap(doc, s)))) continue;
    for (let t = s + 1; t < te && t < s + 12; t++) {
      if (isPunct(doc, t) && !/^['’]s?$/.test(doc.value[t]!) && doc.value[t] !== '.') break;
      if (isVerb(doc, t) && doc.lower[t - 1] !== 'to' && !endsWithIng(doc.lower[t]!)) return insideMark ? c + 1 : c;
    }
  }
  return -1;
}

/**
 * Where the content of an opening "as" clause ends when the stretch after its comma, `[a, b)`, is
 * only an adjunct set off by a comma before the main clause ("As the Courier reported, even on
 * Friday, the board voted …"): the adjunct belongs to that clause, which is what was reported, so
 * the content runs through it. `b` otherwise (a stretch with a verb of its own is a clause).
 */
function mainClauseAfterAdjunct(ctx: StageContext, a: number, b: number, te: number): number {
  const { doc } = ctx;
  if (b <= a || doc.value[b] !== ',' || b - a > 8 || hasVerb(doc, a, b) || mainClauseComma(ctx, b - 1, te) !== b) return b;
  const end = clauseEnd(doc, b + 1, te, -1, false, ctx.quotes);
  return end > b + 1 ? end : b;
}

/**
 * The token before a source, or the "as" a title in lower case puts before its name: "as harbour
 * prosecutor Dara Vale put it" (the source range holds the name alone). At most three words of the
 * title, nouns, adjectives or hyphens ("as anti-fraud prosecutor Vale noted"), after an article or none.
 */
function asBeforeSource(doc: SlantDocument, a: number, ts: number): number {
  let k = a - 1;
  // (an "of" between two nouns of the title as well: "as secretary of state Ana Vale said", "as chief of staff Vale put it")
  // (and an article after that "of": "as head of the board Ana Vale said")
  while (k > ts && a - k <= 6 && !isCap(doc, k) && (doc.pos[k] === 'NOUN' || doc.pos[k] === 'ADJ' || isHyphen(doc, k) || (doc.lower[k] === 'of' && k < a - 1 && (doc.pos[k - 1] === 'NOUN' || doc.pos[k - 1] === 'ADJ') && (doc.pos[k + 1] === 'NOUN' || (doc.pos[k + 1] === 'DET' && k < a - 2 && doc.pos[k + 2] === 'NOUN'))) || (doc.pos[k] === 'DET' && doc.lower[k - 1] === 'of' && k < a - 1 && doc.pos[k + 1] === 'NOUN'))) k--;
  // (an article may open the title: "as the clerk Tom Vale put it")
  if (k < a - 1 && k > ts && doc.pos[k] === 'DET' && doc.lower[k - 1] === 'as') k--;
  return k < a - 1 && doc.lower[k] === 'as' ? k : a - 1;
}

/**
 * The comma before a full quotation in `a..te` that an earlier relation of the sentence already
 * took (the rest of a quoted sentence a tag interrupts), or -1: a clause never runs into another
 * relation's quotation.
 */
function commaBeforeTakenQuote(ctx: StageContext, a: number, te: number): number {
  const { doc } = ctx;
  for (let t = a + 1; t < te; t++) {
    // (a token opening with an ASCII letter or digit, most of them, is no mark)
    if (isAsciiLetterOrDigit(charCodeAt(doc.value[t]!, 0)) || !isQuoteMark(doc, t) || doc.value[t - 1] !== ',') continue;
    const qi = ctx.quotes.quoteAtMark.get(doc.start[t]!);
    if (qi !== undefined && doc.start[t] === ctx.quotes.quotes[qi]!.span.open && ctx.quoteRelation[qi]) return t - 1;
  }
  return -1;
}

/** The most tokens of a condition opening the sentence that `openingCondition` reads. */
const MAX_OPENING_CONDITION = 30;

/**
 * "If the levy fails, Ruiz said …", "Unless the board acts, growers say …": the comma ending a condition that opens the
 * sentence at `ts` right before the source at `sourceStart`, with no quotation, other mark or cue verb in it; -1 otherwise.
 */
function openingCondition(ctx: StageContext, sourceStart: number, ts: number): number {
  const { doc } = ctx;
  const comma = sourceStart - 1;
  if (comma - ts < 3 || comma - ts > MAX_OPENING_CONDITION || doc.value[comma] !== ',' || (doc.lower[ts] !== 'if' && doc.lower[ts] !== 'unless')) return -1;
  // (not a hedge of the writer's: a condition on "you" or "I", "If you ask me", "If I may say so")
  if (HEDGE_SUBJECTS.has(doc.lower[ts + 1]!)) return -1;
  for (let t = ts + 1; t < comma; t++) {
    if (isPunct(doc, t) || isQuoteMark(doc, t) || ctx.quotes.inQuote[t]! >= 0) return -1;
    // (nor a set phrase with a subjunctive "be": "If truth be told", "If need be")
    if (doc.lower[t] === 'be' && doc.lower[t - 1] !== 'to' && !MODALS.has(doc.lower[t - 1]!)) return -1;
  }
  return comma;
}

/** Subjects of an opening condition that is a hedge of the writer's, not the speaker's condition. */
const HEDGE_SUBJECTS = new Set(['you', 'i']);

/** "Mr. Vos, citing the audit, said …", "Vos, after first saying …, entered": an -ing cue right after its subject and a comma. */
function interposedParticiple(doc: SlantDocument, cue: Cue, source: SourcePhrase | null, inverted: boolean): boolean {
  if (!source || inverted) return false;
  let t = cue.tokStart - 1;
  // (or an -ing verb governing the cue's infinitive: "Ruiz, trying to tell the town that …, smiled")
  if (doc.lower[t] === 'to' && t - 1 > source.b && doc.pos[t - 1] === 'VERB' && endsWithIng(doc.lower[t - 1]!)) t -= 2;
  else if (!endsWithIng(doc.lower[cue.head]!) && !perfectParticipleAt(doc, t, source.b)) return false;
  while (t > source.b && isAdverbLike(doc, t)) t--;
  // ("Vale, having warned that the pier would close, left": the perfect participle's "having")
  if (doc.lower[t] === 'having') t--;
  if (PARTICIPLE_LEADS.has(doc.lower[t]!)) t--;
  else if (additionLeadEnd(doc, t, source.b + 1)) t -= 3;
  return t === source.b && doc.value[t] === ',';
}

/**
 * Does the -ing cue modify a noun inside a participle phrase that opens the sentence ("Holding signs calling
 * Berg a fraud, …", "Carrying a banner reading …,")? The phrase runs to its comma like the cue's own opening.
 */
function withinOpeningParticiple(doc: SlantDocument, cue: Cue, ts: number): boolean {
  if (!endsWithIng(doc.lower[cue.head]!)) return false;
  const first = trimFront(doc, ts, cue.tokStart);
  return first < cue.tokStart - 1 && openingParticipleOnly(doc, { a: first, b: cue.tokStart }, ts);
}

/** Does the cue open its sentence behind "having" ("Having been told by Ruiz that …", "Having long argued that …")? */
export function perfectOpening(doc: SlantDocument, cue: Cue, ts: number): boolean {
  return perfectParticipleAt(doc, cue.tokStart - 1, ts - 1) && openingParticiple(doc, cue, ts);
}

/** Does "having" stand at or before `t` behind adverbs only, after `floor` ("having warned", "having long argued")? */
function perfectParticipleAt(doc: SlantDocument, t: number, floor: number): boolean {
  while (t > floor && isAdverbLike(doc, t)) t--;
  return doc.lower[t] === 'having';
}

/**
 * Does the infinitive cue stand in a phrase set off by a comma after a subject with no verb before it ("Vale, a
 * lawyer for two of the unions to challenge the toll, said", "“…,” Vale, the first of the clerks to complain about
 * the toll, said")? Only an -ing participle may stand between that comma and the cue.
 */
function infinitiveSetOffAfterSubject(ctx: StageContext, cue: Cue, a: number, ts: number): boolean {
  const { doc } = ctx;
  // (the cue may hold its "to" or follow it, or be an adjective the infinitive follows: "Vale, eager to close the pier, said")
  // (or an -ing cue on a noun in the phrase: "Vale, holding a sign calling Berg “a fraud,” marched")
  const to = doc.lower[cue.tokStart] === 'to' && cue.head > cue.tokStart ? cue.tokStart : cue.tokStart - 1;
  const ing = doc.pos[cue.head] === 'VERB' && endsWithIng(doc.lower[cue.head]!);
  if (doc.lower[to] !== 'to' && !ing && !(doc.lower[a] === 'to' && doc.pos[cue.head] === 'ADJ')) return false;
  let c = doc.lower[to] === 'to' ? to - 1 : cue.tokStart - 1;
  for (; c > ts && doc.value[c] !== ','; c--) if (isQuoteMark(doc, c) || (isVerb(doc, c) && !endsWithIng(doc.lower[c]!))) return false;
  if (c <= ts || ctx.quotes.inQuote[c]! >= 0 || !NOMINAL_TAGS.has(doc.pos[c - 1]!)) return false;
  // (an -ing cue's phrase is itself a participle phrase: not "Vale, after a poll showing …, said", whose noun may be the source)
  if (ing && doc.lower[to] !== 'to' && !(c + 1 < cue.head && doc.pos[c + 1] === 'VERB' && endsWithIng(doc.lower[c + 1]!))) return false;
  // (the subject: words with no verb back to the sentence's start or to a quotation it tags)
  let t = c - 1;
  while (t >= ts && !isPunct(doc, t) && !isVerb(doc, t)) t--;
  return t < ts || isQuoteMark(doc, t) || (doc.value[t] === ',' && isQuoteMark(doc, t - 1));
}

/**
 * "Vale, worried that …, called", "Berg, convinced the levy was unfair, voted": a one-word past participle right after
 * its subject and a comma, which `closingComma` ends (a finite past after an appositive reads the same, but then no
 * comma and verb follow its clause).
 */
function interposedPastParticiple(doc: SlantDocument, cue: Cue, source: SourcePhrase | null, inverted: boolean): boolean {
  if (!source || inverted || cue.tokEnd - cue.tokStart !== 1 || !endsWithEd(doc.lower[cue.head]!)) return false;
  return cue.tokStart - 1 === source.b && doc.value[source.b] === ',';
}

/**
 * The object of a verb cue that a relative clause moved before its source, with the complement
 * that stays after the verb: "which lenders considered | too risky", "a plan she described | as
 * reckless", "the projects he vowed | to block" (the antecedent when there is no relative
 * pronoun). Returns the moved object and the complement, or null.
 */
function objectGap(doc: SlantDocument, lex: AttributionLexicons, quotes: QuoteIndex, cue: Cue, source: SourcePhrase | null, ts: number, te: number): { head: TokenRange; rest: TokenRange } | null {
  if (!source || source.antecedent) return null;
  for (let t = source.b; t < cue.tokStart; t++) if (!isAdverbLike(doc, t)) return null;
  const rel = source.a - 1;
  // ("What Vale promised | to do was …", "What Ruiz says | is true": a sentence's first "what" opens a free
  // relative that is the sentence's subject, the main verb after it)
  const firstWhat = rel === ts && doc.lower[rel] === 'what';
  if (rel - 1 < ts && !firstWhat) return null;
  // the complement after the verb: an adjective, "as …", "for …" or a to-infinitive, also of "be" ("the harbour Vale hoped | to be running"; not a verb: "that X concluded was financed")
  let n = cue.tokEnd;
  while (n < te && doc.pos[n] === 'ADV' && !GAP_ADJUNCT_OPENERS.has(doc.lower[n]!)) n++;
  // ("the claim that the board rejected last week | resurfaced": a time adjunct is no complement; what follows it decides)
  n = leadingTimeEnd(doc, n, te);
  // ("The memo that Ruiz wrote | to the board | claimed …": on a written thing, a short phrase a preposition opens, as well)
  const written = writtenThing(doc, lex, cue, rel);
  if (written) n = shortPrepositionalPhraseEnd(doc, n, te);
  // (or what a naming verb calls the moved object: "which Ruiz had called a “disaster”", "whom she described as “calm,”")
  // (also behind a possessive: "which she describes as her second home")
  const naming = (NAMING_GAP.has(cue.lemma) || cue.lemma.endsWith(' as')) && n < te && (isQuoteMark(doc, n) || /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(doc.pos[n]!) || POSSESSIVE_DETERMINERS.has(doc.lower[n]!));
  // (or "about" and its object, on a head a copula predicates or "a"/"an" opens: "Here are nine things the
  // mayor has said | about growers"; the head is the verb's own object; not "about" left alone at the
  // clause's end, whose object the head is: "the change the board warned about in its report")
  const aboutPhrase = doc.lower[n] === 'about' && n + 1 < te && NOUN_PHRASE_WORD_TAGS.has(doc.pos[n + 1]!) && (contactSubjectAfterCopula(doc, source.a, ts) || contactSubjectAfterIndefinite(doc, source.a, ts));
  // ("the change the board warned about | in its report": a preposition left with no object of its own has
  // the head as its object, on a head a copula predicates; what follows it decides where the clause ends)
  const stranded = !aboutPhrase && STRANDED_PREPOSITIONS.has(doc.lower[n] ?? '') && !(n + 1 < te && NOUN_PHRASE_WORD_TAGS.has(doc.pos[n + 1]!)) && contactSubjectAfterCopula(doc, source.a, ts);
  if (stranded) n++;
  // ("This is what Vale said | to reporters": a speech cue's addressee after the moved "what" is no complement;
  // what follows it decides)
  if (doc.lower[rel] === 'what' && (cue.cueClass === 'speech' || cue.cueClass === 'writing') && doc.lower[n] === 'to' && doc.pos[n + 1] !== 'VERB' && doc.pos[n + 1] !== 'AUX') {
    const addressee = nounPhraseAfter(doc, n + 1, te);
    if (addressee && (gapEnds(doc, addressee.b, te, false) || topicEndsGap(doc, addressee.b, te))) n = addressee.b;
  }
  // ("This is what Vale said (to reporters) | about the pier": likewise the topic of what was said, the gap's last phrase)
  const topic = doc.lower[rel] === 'what' && (cue.cueClass === 'speech' || cue.cueClass === 'writing') ? topicEndsGap(doc, n, te) : -1;
  if (topic > n) n = topic;
  // ("The plan Vale proposed | to fix the pier | was rejected": not an infinitive with an object of its own before the
  // main verb, which says what the moved object is for)
  const complement = naming || aboutPhrase || doc.pos[n] === 'ADJ' || doc.lower[n] === 'as' || doc.lower[n] === 'for' || (doc.lower[n] === 'to' && (doc.pos[n + 1] === 'VERB' || doc.pos[n + 1] === 'AUX') && !(infinitiveWithObjectEnd(doc, n, te) > n && contactGapEnd(doc, n, te) === 'verb'));
  // "the levy, which she once backed, …", "what the board wants.": the clause ends right after the verb,
  // whose object is the relative word (or the antecedent) alone
  const low = doc.lower[rel]!;
  // ("what" is always the object: "what Ruiz wrote"; after "which" or "that" some verbs have none: "the day that she spoke")
  // ("what" only before punctuation: "what Ruiz wants in the platform" is mostly the content of a cue around it)
  // ("the columns Ruiz wrote last spring were read": with no relative word, the main clause's verb ends the gap)
  // ("The levy my neighbours fear will pass": the verb right after a relative clause in the sentence's
  // subject, with no other verb after it, is the main verb, so even a verb that takes a clause has the
  // moved object, see `subjectGap`)
  // ("the fee that Vale criticized | was cut": a restrictive "that" or "which" likewise, also before a
  // copula, "the fee that Vale criticized | is high"; not after the subject, where the verb may open a
  // clause the cue reports: "It was a trip that auditors concluded | was financed")
  const restrictive = (low === 'that' || low === 'which') && /^(?:NOUN|PROPN|NUM)$/.test(doc.pos[rel - 1]!);
  // ("The audit the union wanted | revealed a gap": a verb that takes no finite clause, right before a verb in
  // the past, has its object moved: the past verb is the main clause's)
  // ("The memo that Ruiz wrote | claimed …", "The report Ruiz wrote | claimed …": on a written thing the verb after the
  // relative is the main clause's in any tense, see `writtenThing`)
  const mainVerbNext = restrictive || CLAUSE_GAP.has(cue.lemma) || (doc.pos[n] === 'AUX' && MODALS.has(doc.lower[n]!)) ? subjectRelativeBeforeMainVerb(doc, rel, addresseeEnd(doc, n, te), ts, te, cue.tokEnd - 1, written) : contactGapEnd(doc, n, te) === 'verb' || pastAfterNoClauseVerb(doc, cue, n) || (written && subjectRelativeBeforeMainVerb(doc, rel, n, ts, te, -1, true));
  const noun = doc.pos[rel] === 'NOUN' || isNounAfterArticle(doc, rel) || THING_PRONOUNS.has(low);
  const contact = ((noun && !isCap(doc, rel)) || restrictive) && mainVerbNext;
  // ("What Ruiz thinks | matters", "What Vale wants | is a pier": after a first "what", a finite verb with no
  // other after it is the main verb; with a second one it is the reported clause's, "What they think | is fair | is …")
  // (also an -s form the tagger read as a noun, ending the sentence: "What Ruiz thinks | matters.")
  const mainAfterWhat = firstWhat && !complement && (((doc.pos[n] === 'AUX' || (isVerb(doc, n) && !endsWithIng(doc.lower[n]!))) && mainVerbAfterClause(doc, n, te, 1, true) >= te) || (doc.pos[n] === 'NOUN' && endsWithPlainS(doc.lower[n]) && gapEnds(doc, n + 1, te, false)));
  // ("the letters Vale wrote while a student", "the columns Ruiz wrote under a pen name": a verb that moves its
  // object, on a noun head with no relative word, before an adjunct that ends its clause; on a written thing the
  // verb takes, wherever its clause ends)
  const adjunctGap = noun && !isCap(doc, rel) && !RELATIVE_WORDS.has(low) && (written || adjunctAfterGap(doc, n, te));
  const bare = !complement && (contact || mainAfterWhat || gapEnds(doc, n, te, low !== 'what')) && !ACQUAINTANCE.has(cue.lemma) && (low === 'what' || stranded || !INTRANSITIVE_GAP.has(cue.lemma) || ((contact || adjunctGap) && OBJECT_GAP.has(cue.lemma)));
  if (!complement && !bare) return null;
  // (after a first "what", of the complements only an infinitive is read: "What Vale wants first | is …" is no complement)
  if (firstWhat && complement && doc.lower[n] !== 'to') return null;
  let head: TokenRange | null = null;
  // ("what" before a complement as well: "what Vale has vowed | to do")
  if ((bare || naming || complement) && low === 'what') head = { a: rel, b: rel + 1 };
  // (a "which" set off by a dash or a bracket as by a comma: "the tax - which he once backed - …", "(which Ruiz favors)")
  else if ((low === 'which' || low === 'whom' || low === 'that') && (/^(?:NOUN|PROPN|NUM)$/.test(doc.pos[rel - 1]!) || ((low === 'which' || (naming && low === 'whom')) && (doc.value[rel - 1] === ',' || (low === 'which' && (doc.value[rel - 1] === '(' || isSetOffDash(doc, rel - 1))))))) head = { a: rel, b: rel + 1 };
  // ("Okafor, who many in the party had backed,": "who" as the object, after a name and its comma)
  else if (bare && (low === 'whom' || low === 'who') && doc.value[rel - 1] === ',' && (doc.pos[rel - 2] === 'PROPN' || isCap(doc, rel - 2))) head = { a: rel, b: rel + 1 };
  // ("an agenda a Mayor Vale could back": also a titled subject after a head a copula predicates)
  // ("some ways the guild hopes | to win": before an infinitive a way or a reason is an adverbial head, not
  // the verb's object; "a way Ruiz slammed | as careless" is)
  else if (noun && !isCap(doc, rel) && !(ADVERBIAL_HEADS.has(doc.lemma[rel]!) && doc.lower[n] === 'to') && (doc.pos[source.a] === 'PRON' || (doc.pos[source.a] === 'PROPN' && isCap(doc, source.a)) || CONTACT_SUBJECT_OPENERS.has(doc.lower[source.a]!) || contactSubjectAfterCopula(doc, source.a, ts))) {
    // ("something Ruiz could not accept": the pronoun is the whole moved object)
    const np = THING_PRONOUNS.has(low) ? { a: rel, b: rel + 1 } : nounPhraseBefore(doc, rel, ts);
    // (a noun of time is an adverbial, not a moved object: "This year Vale spoke about how …", "by the time the polls closed")
    // (nor a bare title after "as" before a name, which opens the clause of the source it describes: "as harbour
    // prosecutor Dara Vale put it"; "as the coronation pundits forecast" has its moved object)
    // (with an article too when the "as" opens a clause set off by a comma or the sentence start: "As the clerk Tom
    // Vale put it, …", not "the same pier as the clerk Vale built")
    const titleAfterAs = np !== null && doc.lower[np.a - 1] === 'as' && doc.pos[source.a] === 'PROPN' && (doc.pos[np.a] !== 'DET' || (np.b === source.a && (np.a - 1 === ts || doc.value[np.a - 2] === ',')));
    if (np && np.b === rel + 1 && !titleAfterAs && !/^(?:said|told|says)$/.test(doc.lower[np.a - 1] ?? '') && !TIME_HEAD_NOUNS.has(low)) {
      // ("It's the plan Vale envisioned": the phrase reader takes a contracted copula for a possessive; the head starts after it)
      let a = np.a;
      for (let t = np.a; t < rel; t++) if (doc.pos[t] === 'AUX' && BE_FORMS.has(doc.lower[t]!)) a = t + 1;
      // ("Vale fears | the levy the board wants": a verb the tagger read as a noun is no part of the head)
      const second = secondPhraseStart(doc, { a, b: np.b });
      if (second !== null && DETS.has(doc.lower[second]!)) a = second;
      head = { a, b: np.b };
    }
  }
  if (!head) return null;
  if (bare) return { head, rest: { a: cue.tokEnd, b: cue.tokEnd } };
  let b = phraseEnd(doc, n, te);
  // (the main verb after a first "what" ends the complement: "What Vale promised | to do | was fix the pier")
  if (firstWhat) {
    const main = mainVerbAfterClause(doc, n, b, 0, false);
    if (main >= b) return null;
    b = main;
  }
  // (a quotation in the complement is taken whole, with a comma inside its closing mark: `as “calm,”`)
  for (let t = n; naming && t < b; t++) {
    const q = isQuoteMark(doc, t) ? quoteOpenedAt(doc, quotes, t) : undefined;
    if (q && q.span.close >= 0 && q.t1 >= b) {
      b = q.t1;
      while (b < te && isQuoteMark(doc, b) && doc.start[b]! <= q.span.close) b++;
      break;
    }
  }
  return b > n ? { head, rest: { a: cue.tokEnd, b } } : null;
}

/**
 * The subject of the clause a cue reports, when a relative clause moved it before the cue's
 * source and the clause's auxiliary follows the cue right away: "the toll, which drivers hope |
 * will fall", "a toll several drivers hope | will fall", "the plan Ruiz says | will fail". The
 * relative word, or with none (a contact relative, for a cue that reports a clause) the noun
 * phrase it hangs on; null otherwise.
 */
function subjectGap(doc: SlantDocument, cue: Cue, source: SourcePhrase | null, after: number, ts: number, te: number): TokenRange | null {
  if (!source || source.antecedent || doc.pos[after] !== 'AUX') return null;
  for (let t = source.b; t < cue.tokStart; t++) if (!isAdverbLike(doc, t)) return null;
  const rel = source.a - 1;
  if (rel < ts) return null;
  const low = doc.lower[rel]!;
  let head: TokenRange | null = null;
  // ("what" too: "the plan is what engineers think | is needed")
  if (RELATIVE_WORDS.has(low) || low === 'whom' || low === 'what') head = { a: rel, b: rel + 1 };
  else if (SAYING_CLASSES.has(cue.cueClass) || CLAUSE_GAP.has(cue.lemma)) {
    const noun = doc.pos[rel] === 'NOUN' || isNounAfterArticle(doc, rel) || THING_PRONOUNS.has(low);
    if (!noun || isCap(doc, rel) || !(doc.pos[source.a] === 'PRON' || (doc.pos[source.a] === 'PROPN' && isCap(doc, source.a)) || CONTACT_SUBJECT_OPENERS.has(doc.lower[source.a]!))) return null;
    const np = nounPhraseBefore(doc, rel, ts);
    head = np && np.b === rel + 1 ? np : null;
  }
  // (in the sentence's subject, the relative clause needs a main verb after its own: in "The only regret he
  // acknowledged was …" the auxiliary is the main verb, and the relative clause moved the cue's object)
  return head && doc.value[head.a - 1] !== ',' && !hasVerb(doc, ts, head.a) && mainVerbAfterClause(doc, after, te, 1, true) >= te ? null : head;
}

/**
 * Is the relative clause opening at `rel` (its relative word, or the last noun of the phrase a contact
 * relative hangs on) in the sentence's subject, and the auxiliary or verb at `n` after its verb the
 * sentence's only finite verb after it, the main verb ("The levy my neighbours fear | will pass.")? With a second
 * verb after ("The toll Vale expects will rise was cut") the auxiliary opens the reported clause.
 */
function subjectRelativeBeforeMainVerb(doc: SlantDocument, rel: number, n: number, ts: number, te: number, cueAt = -1, written = false): boolean {
  return (doc.pos[n] === 'AUX' || (isVerb(doc, n) && !endsWithIng(doc.lower[n]!))) && doc.value[rel - 1] !== ',' && !hasVerb(doc, ts, rel) && (mainVerbAfterClause(doc, n, te, 1, true) >= te || written || mainVerbWithClause(doc, cueAt, n));
}

/**
 * Is the relative at `rel` ("that", "which", or the head itself with no pronoun) on a document or a message
 * ("the memo that | Ruiz wrote", "the report | Ruiz wrote") that the cue's verb takes as its object (see
 * `takesWrittenThing`)? The finite verb after the relative is then the main clause's in any tense ("The memo that
 * Berg writes | says …"), while a verb of saying, which may bridge to a clause missing its subject ("the clerk that
 * Vale said | stole the levy"), takes no such noun.
 */
function writtenThing(doc: SlantDocument, lex: AttributionLexicons, cue: Cue, rel: number): boolean {
  const head = doc.lower[rel] === 'that' || doc.lower[rel] === 'which' ? doc.lower[rel - 1] ?? '' : doc.lower[rel]!;
  return takesWrittenThing(lex, cue.lemma, head);
}

/**
 * Is the verb at `n`, right after a relative clause's cue at `k`, the main verb with a clause of its own
 * rather than the cue's reported verb: a present -s form after a cue in the past ("The memo that Berg
 * wrote | says the pier will close"; a reported verb keeps the cue's tense: "the clerk that Vale said stole
 * the levy", "the memo that Berg writes says …" is left as it was)? -1 for no cue: never.
 */
function mainVerbWithClause(doc: SlantDocument, k: number, n: number): boolean {
  if (k < 0 || doc.pos[n] !== 'VERB' || doc.lemma[n] === doc.lower[n] || !doc.lower[n]!.endsWith('s')) return false;
  return doc.lemma[k] !== doc.lower[k] && !doc.lower[k]!.endsWith('s') && !endsWithIng(doc.lower[k]!);
}

/** Cue verbs that take an object or an infinitive, never a finite clause ("wanted an audit", "wanted to go"). */
const NO_FINITE_CLAUSE = new Set(['want', 'need']);

/** Is the token at `n`, right after cue `cue` of `NO_FINITE_CLAUSE`, a verb in the past ("wanted | revealed")? */
function pastAfterNoClauseVerb(doc: SlantDocument, cue: Cue, n: number): boolean {
  return n === cue.tokEnd && NO_FINITE_CLAUSE.has(cue.lemma) && doc.pos[n] === 'VERB' && endsWithEd(doc.lower[n]!) && doc.lemma[n] !== doc.lower[n];
}

/** Cue verbs that take a clause whose subject a contact relative moved ("the plan Ruiz believes is wrong"): no gap at their object. */
const CLAUSE_GAP = new Set(['think', 'believe', 'hope', 'expect', 'fear', 'claim', 'suspect', 'feel', 'suppose', 'assume', 'suggest', 'estimate', 'reckon', 'consider', 'find', 'show', 'prove']);

/** Naming verbs whose moved object the complement names ("the plan, which Ruiz called a “disaster”"). */
// (Not the naming cues of reporting-verbs.json: only verbs that take an object and then a naming complement, "called X a Y"; "describe" takes "as".)
const NAMING_GAP = new Set(['call', 'label', 'dub', 'brand', 'term', 'deem', 'declare', 'pronounce']);

/** Verbs whose bare object names acquaintance or taste, not a content: "a harbour she knows well", "whichever tune they fancy". */
const ACQUAINTANCE = new Set(['know', 'remember', 'forget', 'like', 'love', 'enjoy', 'seek', 'communicate', 'recognize', 'recognise', 'understand', 'learn']);

/** Subordinating words after a gapped verb: what follows them has a clause of its own. */
const GAP_SUBORDINATORS = new Set(['when', 'while', 'as', 'because', 'after', 'before', 'since', 'until', 'if', 'although', 'though']);
/** Words that open an adjunct or a second relative clause after a verb whose object a relative clause moved. */
const GAP_ADJUNCT_OPENERS = wordSet([...GAP_SUBORDINATORS], ['by', 'under', 'without', 'despite', 'amid', 'during', 'in', 'at', 'on', 'over', 'throughout', 'and', 'but']);

/**
 * Does an adjunct or a second relative clause open at `n`, after a verb whose object a relative
 * clause moved: a subordinate clause ("when the polls closed"), a prepositional phrase with no
 * clause of its own ("under a flat tax", not "in interviews he is uncertain …"), or "and"/"but"
 * before a second relative pronoun or verb ("which he denied and which …", "which he favors but says …")?
 */
function adjunctAfterGap(doc: SlantDocument, n: number, te: number): boolean {
  const low = doc.lower[n]!;
  // ("a point Vale conceded | to reporters", "which Ruiz made | to the board": a "to" phrase of the addressee or
  // recipient, not an infinitive, is an adjunct of the verb whose object moved)
  const toPhrase = low === 'to' && NOUN_PHRASE_WORD_TAGS.has(doc.pos[n + 1]!);
  if ((!GAP_ADJUNCT_OPENERS.has(low) && !toPhrase) || doc.lower[n + 1] === 'that') return false;
  // ("the clause Vale opposed and Ruiz said he would veto": a new clause with a subject of its own also ends the gap)
  if (low === 'and' || low === 'but') return WH_RELATIVES.has(doc.lower[n + 1] ?? '') || (doc.pos[n + 1] === 'VERB' && !endsWithIng(doc.lower[n + 1]!)) || joinedClauseAt(doc, n + 1, te);
  if (doc.pos[n] !== 'ADP' || GAP_SUBORDINATORS.has(low)) return true;
  for (let t = n + 1; t < te && t - n <= 12; t++) {
    if (isPunct(doc, t) && !/^['’]s$/.test(doc.value[t]!)) return true;
    if (PRONOUNS.has(doc.lower[t]!) || doc.pos[t] === 'AUX' || (doc.pos[t] === 'VERB' && !endsWithIng(doc.lower[t]!) && doc.lower[t - 1] !== 'to')) return false;
  }
  return true;
}


/**
 * Does a clause with a subject of its own open at `t`: a name of up to two words or a personal pronoun,
 * then a finite verb or an auxiliary ("… and | Ruiz said", "… but | she has")?
 */
function joinedClauseAt(doc: SlantDocument, t: number, te: number): boolean {
  let v = t;
  if (PRONOUNS.has(doc.lower[t]!) && doc.lower[t] !== 'it' && doc.lower[t] !== 'you') v = t + 1;
  else while (v < te && v - t < 2 && doc.pos[v] === 'PROPN' && isCap(doc, v)) v++;
  return v > t && v < te && (doc.pos[v] === 'AUX' || (isVerb(doc, v) && !endsWithIng(doc.lower[v]!)));
}

/** Marks that end a gap after a verb: the clause-end marks, the comma, a closing bracket and dashes (unlike `TAG_ADJUNCT_STOPS`, no opening bracket: kept as its rule was measured). */
const GAP_END_MARKS: ReadonlySet<string> = new Set([...CLAUSE_END_MARKS, ',', ')', ...CLAUSE_DASHES]);

/**
 * "what Vale said | about the pier.", "what Ruiz wrote | of the levy,": an "about" or "of" phrase on a noun phrase that ends
 * the gap (by `gapEnds`) names what the moved "what" was said about. Where the gap ends behind it, or -1.
 */
function topicEndsGap(doc: SlantDocument, n: number, te: number): number {
  if (doc.lower[n] !== 'about' && doc.lower[n] !== 'of') return -1;
  const np = nounPhraseAfter(doc, n + 1, te);
  return np && gapEnds(doc, np.b, te, false) ? np.b : -1;
}

/**
 * Does the clause of a verb end at `n` (after its adverbs): punctuation, the sentence's end, or
 * a short time adjunct before either ("which she backed in 2019,", "that voters rejected last year."),
 * or with `adjunct` any adjunct of the verb (see `adjunctAfterGap`)?
 */
function gapEnds(doc: SlantDocument, n: number, te: number, adjunct: boolean): boolean {
  if (n >= te || GAP_END_MARKS.has(doc.value[n]!)) return true;
  // (or an adjunct of its own: "which Berg conceded when the polls closed", "who many had long backed in the hope of …",
  // "which Okafor proposed under a flat tax", "which he has denied and which …")
  if (adjunct && adjunctAfterGap(doc, n, te)) return true;
  if (!/^(?:in|on|at|last|this|during|since|until|before|after|years|months|weeks|earlier|back)$/.test(doc.lower[n]!)) return false;
  for (let t = n + 1; t < te && t < n + 5; t++) {
    if (GAP_END_MARKS.has(doc.value[t]!)) return true;
    if (isVerb(doc, t) || doc.lower[t] === 'that' || isQuoteMark(doc, t)) return false;
  }
  return n + 5 > te - 1 && te - n <= 5;
}

/** Tokens that may follow the cue closing a compared clause. */
const COMPARISON_CLOSERS = new Set([',', ';', '.', '!', '?', ')']);
/** "as soon as", "as long as", "as far as", "as well as": conjunctions, not comparisons. */
const AS_CONJUNCTION_IDIOMS = new Set(['soon', 'long', 'far', 'well']);
/** The word an "as … as" comparison grades. */
const GRADED_TAGS = new Set(['ADJ', 'ADV']);

/**
 * The clause compared with what a source said, believed or expected, when the cue closes its
 * clause right after "than" or the second "as" of "as … as" and its subject: "Vale won more seats
 * than her aides expected" → "Vale won more seats"; "The tax is not as harmful as economists
 * believe" → "The tax is not as harmful". Null for any other cue.
 */
function comparedClause(ctx: StageContext, cue: Cue, source: SourcePhrase, ts: number, te: number, rels: Relation[]): TokenRange | null {
  const { doc } = ctx;
  const than = source.a - 1;
  if (than <= ts || source.antecedent || !SAYING_CLASSES.has(cue.cueClass)) return null;
  let e = cue.tokEnd;
  while (e < te && isAdverbLike(doc, e)) e++;
  if (e < te && !COMPARISON_CLOSERS.has(doc.value[e]!)) return null;
  // "more than I can say", "more than words can say": an idiom of inexpressibility, no report
  if (doc.lemma[cue.head] === 'say' && MODALS.has(doc.lower[cue.head - 1]!)) return null;
  if (doc.lower[than] === 'as') {
    // (the first "as" grades an adjective or adverb: "as harmful as", "as much as"; "as soon/long/far
    // as" are conjunctions of time or condition, not comparisons)
    let f = than - 2;
    while (f > ts && than - f <= 3 && doc.lower[f] !== 'as') f--;
    if (doc.lower[f] !== 'as' || AS_CONJUNCTION_IDIOMS.has(doc.lower[f + 1]!) || !GRADED_TAGS.has(doc.pos[f + 1]!)) return null;
  } else if (doc.lower[than] !== 'than') return null;
  // "Okafor wrote more letters than Ruiz wrote": the act itself is compared, nothing is reported
  for (let k = ts; k < than; k++) if (doc.lemma[k] === doc.lemma[cue.head] && isVerb(doc, k)) return null;
  // "Vale told the dockers that mending the wall took longer than she had expected": the comparison stands inside
  // an earlier report's clause; what is compared starts there, never over that report's source and cue
  let from = previousEnd(doc, rels, than, ts);
  for (const r of rels) if (!r.dropped && r.content !== null && r.cue.tokStart < than && r.content.a <= than && r.content.b > than) from = Math.max(from, r.content.a);
  return contentBefore(doc, from, than);
}

/** Words that open a clause inside an object ("backing the politicians they trust", "… countries that pay"). */
const INNER_CLAUSE_OPENERS = new Set(['that', 'who', 'whom', 'whose', 'which', 'where', 'when', 'he', 'she', 'they', 'we', 'i', 'you', 'it']);

/**
 * "Groups that have endorsed Ruiz say …", "A teacher backing Ruiz, Ann Lee, said …": a cue in a
 * relative clause with no comma before it, or a bare participle right after its noun, stands
 * inside the subject of another verb; its object ends before that verb.
 * Returns that token, or -1 when the cue is no such modifier.
 */
function modifierObjectEnd(doc: SlantDocument, cue: Cue, source: SourcePhrase | null, a: number, te: number, isCueVerb: ((k: number) => boolean) | null = null, verbs: ReadonlyMap<string, unknown> | null = null): number {
  if (!source) return -1;
  const relative = source.antecedent !== undefined && doc.value[source.a - 1] !== ',';
  // (a finite clause has an auxiliary before an -ing verb: "Ruiz is backing Vega" is no modifier)
  const participle = participleOnNoun(doc, cue, source);
  if (!relative && !participle) return -1;
  let inner = false;
  for (let t = a + 1; t < te && t < a + 40; t++) {
    if (doc.value[t] === ';' || doc.value[t] === '—' || doc.value[t] === '–' || (isHyphen(doc, t) && !hyphenJoinsBefore(doc, t))) return t;
    // a clause inside the object has a verb of its own: "backing the politicians they trust", "… countries that pay"
    if (INNER_CLAUSE_OPENERS.has(doc.lower[t]!)) inner = true;
    // (not a verb of the modifier itself: "hoping to win the state and keep the seat", "calling on him to be banned")
    // (also a cue verb the tagger read as a noun, when the caller asks: "who identify as independents | support the levy";
    // or a reporting verb of `verbs` so read before a determiner, "opposing the levy | support the plan")
    if (!(isVerb(doc, t) || (doc.pos[t] === 'NOUN' && ((isCueVerb !== null && isCueVerb(t)) || (verbs !== null && reportingVerbBeforeDeterminer(doc, verbs, t))))) || endsWithIng(doc.lower[t]!) || /^(?:to|and|or|-)$/.test(doc.lower[t - 1]!) || (doc.pos[t - 1] === 'AUX' && doc.lower[t - 2] === 'to')) continue;
    if (inner) {
      inner = isAdverbLike(doc, t);
      continue;
    }
    // back over the auxiliaries and adverbs of the main verb: "… Ruiz have long said"
    let v = t;
    while (v - 1 > a && isAdverbLike(doc, v - 1)) v--;
    return v;
  }
  return -1;
}

/**
 * Is the word at `t` a reporting verb of `verbs` (by its written form: a plural subject's present is the base
 * form, "growers … | support the plan") with a determiner after it, which opens its object?
 */
function reportingVerbBeforeDeterminer(doc: SlantDocument, verbs: ReadonlyMap<string, unknown>, t: number): boolean {
  return DETS.has(doc.lower[t + 1] ?? '') && verbs.has(doc.lower[t]!);
}

/** A bare participle cue right after the noun it describes ("members supporting the levy"), not after an auxiliary or a pronoun. */
function participleOnNoun(doc: SlantDocument, cue: Cue, source: SourcePhrase): boolean {
  return !source.antecedent && source.b === cue.tokStart && endsWithIng(doc.lower[cue.head]!) && doc.pos[cue.tokStart - 1] !== 'AUX' && doc.pos[source.b - 1] !== 'PRON';
}

/**
 * "Officials fearing the port will close said nothing", "Anyone who knows that Vale lied says …":
 * a participle right after the subject of the sentence, or a relative clause on it with no comma,
 * whose object looks like a clause (the subject at the sentence's start or after an opening
 * adjunct's comma, no verb before it). The sentence's main verb ends the content: the verb after
 * the clause's own verb ("will close | said"), or the first verb when that one is a cue with a
 * clause of its own ("a strike | said it was fair") or, no auxiliary or a cue, has no second verb
 * after it ("a strike | said nothing"). A verb right after a subject pronoun is a clause's own ("telling voters they are
 * wrong"). A cue that takes no finite clause (an evaluation, an aim, a verb with its preposition)
 * has an object, which ends at the first verb ("backing the levy | said", see modifierObjectEnd).
 * Returns that token (before its adverbs), or -1.
 */
function subjectModifierClauseEnd(doc: SlantDocument, cue: Cue, source: SourcePhrase | null, a: number, ts: number, te: number, isCueVerb: (k: number) => boolean): number {
  if (!source) return -1;
  // (not a contraction the tagger read as one name: "All I'm asking is …")
  const participle = participleOnNoun(doc, cue, source) && ((/^(?:NOUN|PROPN)$/.test(doc.pos[source.b - 1]!) && !/['’]/.test(doc.value[source.b - 1]!)) || doc.lower[source.b - 1] === 'those') && !hasVerb(doc, ts, cue.tokStart);
  const relative = source.antecedent !== undefined && doc.value[source.a - 1] !== ',' && !hasVerb(doc, ts, source.antecedent.a);
  const subject = participle ? source : relative ? source.antecedent! : null;
  if (!subject || (subject.a !== trimFront(doc, ts, subject.a + 1) && doc.value[subject.a - 1] !== ',')) return -1;
  // (a cue that takes no finite clause has an object, whatever follows it: "seeking the post | have filed")
  if (!(SAYING_CLASSES.has(cue.cueClass) || CLAUSE_GAP.has(cue.lemma)) || cue.lemma.includes(' ')) return modifierObjectEnd(doc, cue, source, a, te);
  const first = mainVerbAfterClause(doc, a, te, 0, false);
  if (first >= te) return -1;
  let g = first;
  while (g < te && (doc.pos[g] === 'AUX' || isAdverbLike(doc, g))) g++;
  const reports = g < te && isCueVerb(g) && (doc.lower[g + 1] === 'that' || takesClause(doc, g + 1, te));
  const second = reports ? te : mainVerbAfterClause(doc, a, te, 1, false);
  // (with no second verb, the first is the main one when it is no auxiliary or a cue: "a strike | said nothing",
  // "a deal | may want to wait", not "the tax | was unfair")
  let v = second < te ? second : doc.pos[first] === 'VERB' || (g < te && isCueVerb(g)) ? first : -1;
  // ("Farmers who fear a drought are selling …": an auxiliary that agrees with the subject, not with the noun before it, is the main verb)
  if (v < 0 && auxiliaryAgreesWith(doc, first, subject.b - 1, ts)) v = first;
  if (v < 0) return -1;
  while (v - 1 > a && isAdverbLike(doc, v - 1)) v--;
  return PRONOUNS.has(doc.lower[v - 1]!) ? -1 : v;
}

/** Auxiliaries by grammatical number. */
const AUXILIARY_NUMBER = new Map([['is', 'singular'], ['was', 'singular'], ['has', 'singular'], ['are', 'plural'], ['were', 'plural'], ['have', 'plural']]);

/**
 * A common noun's number (`isPluralNoun`: "drought", "growers", "children"), or null for another
 * word. With `first`, also a word the tagger read as a name because it opens the sentence ("Farmers …").
 */
function nounNumber(doc: SlantDocument, k: number, first = false): string | null {
  if (doc.pos[k] !== 'NOUN' && !(first && doc.pos[k] === 'PROPN')) return null;
  return isPluralNoun(doc, k) ? 'plural' : 'singular';
}

/**
 * Does the auxiliary at `aux` agree in number with the subject's head noun `head` and not with the
 * noun right before it? Then it is the main clause's verb, not that of a clause the noun opens
 * ("Growers who fear a drought | are …", not "who fear the levy was unfair").
 */
function auxiliaryAgreesWith(doc: SlantDocument, aux: number, head: number, ts: number): boolean {
  const number = AUXILIARY_NUMBER.get(doc.lower[aux]!);
  const noun = nounNumber(doc, aux - 1);
  return number !== undefined && noun !== null && noun !== number && nounNumber(doc, head, head === ts) === number;
}

/** "authorized to speak", "allowed to discuss": a permission that an anonymity condition denies. */
const PERMITTED_WORDS = new Set(['authorised', 'authorized', 'allowed', 'permitted', 'cleared']);

const ANONYMITY_CONDITION = /^\S+\s+(?:(?:not\s+)?to\s+be\s+(?:named|identified|quoted|publicly|further)|(?:on|under)\s+(?:the\s+)?condition|anonymity)|anonymity|\bnot\s+authori[sz]ed\b|\b(?:give|gave|giving|provide|provided|use|using)\s+(?:his|her|their)\s+(?:full\s+|last\s+)?names?\b/i;

/** A cue word and a preposition that may open an anonymity condition ("briefed on", "spoke with", "according to"). */
const BRIEFED_ON = /^\S+\s+(?:on|with|to|about)\b/i;

/** Does the cue at `a` only say why its source stays anonymous ("asked not to be named", "briefed on the talks")? */
function anonymityCondition(ctx: StageContext, a: number, b: number): boolean {
  const text = ctx.doc.text.slice(ctx.doc.start[a]!, ctx.doc.end[b - 1]!);
  // (the anchored preposition test first: most cues fail it, before the lexicon's long alternation runs over the text)
  return ANONYMITY_CONDITION.test(text) || (BRIEFED_ON.test(text) && ctx.lex.anonymity.test(text) && !ctx.lex.anonymity.test(ctx.doc.value[a]!));
}

/**
 * The comma that ends an opening "as" clause at `after` (the token after its cue): right there, or
 * after a short prepositional adjunct ("as Ruiz put it in a memo to staff, …"); -1 when there is none.
 */
const ADJUNCT_OPENERS = new Set(['in', 'on', 'at', 'during', 'to', 'before', 'after', 'from', 'via', 'over', 'last', 'this']);

function adjunctComma(doc: SlantDocument, after: number, te: number): number {
  if (doc.value[after] === ',') return after;
  if (!ADJUNCT_OPENERS.has(doc.lower[after]!) || endsWithIng(doc.lower[after - 1]!) || isVerb(doc, after + 1)) return -1;
  for (let t = after + 1; t < te && t - after <= 12; t++) {
    if (doc.value[t] === ',') return t;
    // (a hyphen inside a compound goes on: "As Vale noted in an op-ed, …")
    if ((isPunct(doc, t) && !isWordHyphen(doc, t)) || doc.pos[t] === 'AUX' || doc.lower[t] === 'that') return -1;
  }
  return -1;
}

/**
 * Does the content at `a` open a clause with a subject of its own ("that the crews fixed …", "the man entered …"),
 * not a wh- clause? A series of verb phrases inside it is that subject's, not the cue's.
 */
function ownSubjectClause(doc: SlantDocument, a: number, te: number): boolean {
  return doc.lower[a - 1] === 'that' || (!WH.has(doc.lower[a] ?? '') && (takesClause(doc, a, te) || nounPhraseThenVerb(doc, a, te)));
}

/**
 * Does the series member after the comma `c` report a clause of its own ("…, warned that the tram was late, …"), and
 * follow no verb of its form in the reported clause from `a` ("said the man entered the store, told the clerk …": the
 * man's series, `reportedSeriesVerb`)?
 */
function reportingMember(doc: SlantDocument, a: number, c: number, te: number): boolean {
  let v = c + 1;
  while (v < te && isAdverbLike(doc, v) && doc.pos[v] !== 'AUX') v++;
  return QUOTE_TAGS.has(doc.lemma[v] ?? '') && (doc.lower[v + 1] === 'that' || takesClause(doc, v + 1, te)) && reportedSeriesVerb(doc, c, a, v) < 0;
}

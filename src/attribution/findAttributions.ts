import type { SlantDocument } from '../document/readDocument.js';
import { isAsciiLowerCaseOf } from '../document/asciiLowerCase.js';
import type { Attribution, Quote, Segment, Source, Span } from '../schema/articleAnalysis.js';
import { DEFAULT_ATTRIBUTION_LEXICONS, type AttributionLexicons } from './attributionLexicons.js';
import { absolutePhraseParticiple, attributiveParticiple } from './attributiveParticiple.js';
import { buildSources } from './buildSources.js';
import type { Cue } from './cue.js';
import { adjunctBeforeColon, answeringVerb, replyParticle, aspectBeforeGerund, chargePreposition, controlPredicate, extraGroupWord, governingVerb, issuingVerb, mannerAdverb, nounAdjectivesStart, nounLink, questionTopic, verbLink, withoutClosingAs } from './cueDisplay.js';
import { shownLinkingPreposition, shownMannerAdverb, withIntroducingColon } from './cueLinks.js';
import { describeSource, roleFromWords } from './describeSource.js';
import { onlyTimeWords } from './contentExtent.js';
import { findCues } from './findCues.js';
import { noteMentions } from './mentions.js';
import { mayNamePerson } from './peopleNouns.js';
import type { SourcePhrase, TokenRange } from './nounPhrases.js';
import { colonIntroduction, contentlessCueBefore, inWordsOf, possessedNounColon, coordinatedPiece, leadInAfterReport, shortLeadIn, namedAroundParagraph, speechTagAfter, type QuoteSource, type ResolvePhrase } from './quoteBinding.js';
import type { Relation } from './relation.js';
import { dropQuotationAsides } from './quotationAsides.js';
import { attributionsOfSentence } from './sentenceAttributions.js';
import { firstWindowOf, nextWindowOf } from './sentenceWindows.js';
import { SourceRegistry, type SourceEntity } from './sourceRegistry.js';
import { resolveSpeaker } from './speakerResolution.js';
import { findSpeechQuotes, isStrayOpening, type Paragraph, type QuoteIndex, type SpeechQuote } from './speechQuotes.js';
import { closingMarkEnd } from './findQuoteSpans.js';
import { relation, type StageContext } from './stageContext.js';
import { ADDITION_ADVERBS, ADVERB_PARTICLES, NOT_PARTICLE_BEFORE, hyphenJoinsAfter, isCap, isPunct, OBJECT_PRONOUNS, isQuoteMark, isVerb, PARTICIPLE_LEADS, PLAIN_ARTICLES, VERB_GROUP_WORDS, endsWithIng } from './tokens.js';
import { lazyPattern } from '../document/segments/lazyPattern.js';
import { endBeforeMarkupTag, mayHoldMarkup, withoutClosedTag } from './markupTags.js';
import { withoutClosingDash } from './sourceSpanEnd.js';

// (built on first use: V8 parses a `\p{...}` class of a literal when it compiles the module, used or not)
const SPEAKER_LABEL = lazyPattern(String.raw`^[\p{Lu}][\p{Lu}.’' -]{1,30}:\s`, 'u');

/** The attribution stage's result: speech quotes, attribution relations and their sources. */
export interface AttributionResult {
  quotes: Quote[];
  attributions: Attribution[];
  sources: Source[];
}

const ANALYSED = new Set(['body', 'heading', 'editorial']);
/** Verbs whose short object announces the quotation paragraph that follows ("described the scene to reporters"). */
const INTRODUCING = new Set(['describe', 'recount', 'read', 'explain', 'detail', 'outline', 'recall']);
/** The subject form of a possessive or object pronoun that stands as a source ("his view" → he; "Let me say" → i). */
const PRONOUN_SUBJECT_FORMS = new Map([['his', 'he'], ['her', 'she'], ['their', 'they'], ['its', 'it'], ['our', 'we'], ['my', 'i'], ['me', 'i']]);

/**
 * Finds speech quotes, attributions (PARC-style relations of source, cue and content: speech,
 * writing, documents, beliefs, intentions, questions, refusals, evaluations, and agentless
 * ones: appearance, naming, agentless passives) and their sources in the analysed segments of a document. Lexicons are passed in;
 * the defaults are used when none are given. One pass over the sentences in reading order,
 * then one over the quotations that no cue of their own sentence claimed.
 *
 * @example
 * ```ts
 * const doc = readDocument('“We will rebuild,” Mayor Ana Ruiz said. Officials fear the river will rise.');
 * const { segments } = segmentDocument(doc);
 * const { quotes, attributions } = findAttributions(doc, segments);
 * quotes[0].speaker            // "Ana Ruiz"
 * attributions[1].cueClass     // "belief"
 * ```
 */
export function findAttributions(doc: SlantDocument, segments: Segment[], lex: AttributionLexicons = DEFAULT_ATTRIBUTION_LEXICONS): AttributionResult {
  const text = doc.text;
  const paragraphs: Paragraph[] = [];
  for (const s of segments) {
    if (!ANALYSED.has(s.kind)) continue;
    const line = doc.lines[s.line]!;
    paragraphs.push({ start: s.start, end: s.end, ts: line.tokenStart, te: line.tokenEnd });
  }
  const quoteIndex = findSpeechQuotes(doc, paragraphs, lex);
  const { quotes } = quoteIndex;
  const registry = new SourceRegistry();
  const quoteRelation: (Relation | null)[] = new Array(quotes.length).fill(null);
  const speechMarks = quoteIndex.quoteAtMark;
  // an interview transcript: several lines open with a speaker in capitals and a colon
  let turns = 0;
  for (const p of paragraphs) {
    // the colon first: the Unicode pattern is compiled only when a paragraph may open with a speaker label
    const head = text.slice(p.start, Math.min(p.end, p.start + 34));
    if (head.includes(':') && SPEAKER_LABEL().test(head)) turns++;
  }

  // (bound, not a closure: a closure made per document is compiled again after each memory-reducing GC)
  const resolve: ResolvePhrase = resolvePhrase.bind(null, doc, lex, registry);
  const cueVerbMarks = new Uint8Array(doc.tokenCount);
  const ctx: StageContext = { doc, lex, quotes: quoteIndex, registry, quoteRelation, resolve, transcript: turns >= 2, turn: { a: 0, b: 0 }, isSpeechMark: isSpeechMarkAt.bind(null, doc, speechMarks), cueVerbMarks, isCueVerb: isMarked.bind(null, cueVerbMarks) };
  const blocked = isBlocked.bind(null, ctx);

  // 1. Sentences in reading order: mentions, cues, relations; quotations after a colon.
  const relations: Relation[] = [];
  // (per sentence and per token: arrays, not a Map and a Set that grow, rehashing, with the text;
  // on a long text their tables outlived young collections, bench/HISTORY.md scale44)
  const lastOfSentence: RelationOfSentence = new Array(doc.sentences.length);
  const cueHeads = new Uint8Array(doc.tokenCount);
  const isCueHead = isMarked.bind(null, cueHeads);
  let nextQuote = 0;
  // (one closure for the document, not one per sentence window)
  const notAttributive = isNotAttributive.bind(null, doc);
  for (const p of paragraphs) {
    if (p.te <= p.ts) continue;
    for (let s = doc.sentenceOf[p.ts]!; s < doc.sentences.length && doc.sentences[s]!.tokenStart < p.te; s++) {
      const sent = doc.sentences[s]!;
      const firstOfSentence = relations.length;
      for (let w = firstWindowOf(doc, s); w !== null; w = nextWindowOf(doc, w)) {
        noteMentions(doc, registry, lex, w.ts, w.te, blocked);
        // (the cue array is this window's own: filtered in place, not copied; pushed one by one, not
        // spread: less garbage per sentence on long texts, bench/HISTORY.md scale45)
        const found = attributionsOfSentence(ctx, w, keepAttributing(findCues(doc, w, lex, blocked), notAttributive));
        for (const r of found) {
          relations.push(r);
          cueHeads[r.cue.head] = 1;
        }
        if (found.length > 0) lastOfSentence[s] = found[found.length - 1]!;
      }
      // A full quotation after a colon in this sentence: "Varga was blunt: “...”". Resolved here,
      // in reading order, so that later surname mentions find the full name.
      while (nextQuote < quotes.length && quotes[nextQuote]!.t0 < sent.tokenEnd + 2) {
        const qi = nextQuote++;
        const q = quotes[qi]!;
        if (quoteRelation[qi] || q.partial || q.t0 < sent.tokenStart) continue;
        const found = possessedNounColon(doc, q, lex, resolve) ?? colonIntroduction(doc, q, lex, resolve, isCueHead) ?? inWordsOf(doc, q, resolve);
        if (!found) continue;
        const direct = directRelation(found, qi, quoteRelation, quoteIndex.quotes);
        // a cue of the introduction already took the quotation into its content ("apologized for
        // what happened: “…”", "…, saying: “…”"): the quotation is attributed once, by the direct
        // relation (not when a reported clause comes first: "adds that the plan has two parts: “…”")
        for (let i = relations.length - 1; i >= firstOfSentence; i--) {
          const r = relations[i]!;
          if (r.cue.head < found.cueRange.a || r.cue.head >= found.cueRange.b || !r.parts.some((p) => p.start <= q.span.start && p.end >= q.span.end)) continue;
          if ((r.content && reportedClause(doc, r.content.a)) || r.cue.cueClass === 'appearance' || r.cue.type === 'agentless') continue;
          relations.splice(i, 1);
          if (lastOfSentence[s] === r) lastOfSentence[s] = direct;
        }
        relations.push(direct);
      }
    }
  }

  // Partial quotations inside a paraphrase take its speaker.
  for (const r of relations) {
    if (r.mode !== 'mixed' || !r.content) continue;
    for (let t = r.content.a; t < r.content.b; t++) {
      const qi = quoteIndex.inQuote[t]!;
      if (qi >= 0 && !quoteRelation[qi]) quoteRelation[qi] = r;
    }
  }

  // 2. Quotations no cue claimed: the pieces of an interrupted or multi-paragraph quotation,
  //    and quote-only paragraphs whose speaker is named around them.
  const withRelation = new Uint8Array(doc.tokenCount);
  for (const r of relations) withRelation[r.cue.head] = 1;
  const directOfSentence: RelationOfSentence = new Array(doc.sentences.length);
  for (const r of relations) if (r.mode === 'direct' && directOfSentence[doc.sentenceOf[r.cueRange.a]!] === undefined) directOfSentence[doc.sentenceOf[r.cueRange.a]!] = r;
  const contentless = isContentless.bind(null, withRelation);
  const hasHead = isMarked.bind(null, withRelation);
  const unclaimed: UnclaimedQuotes = { ctx, paragraphs, relations, lastOfSentence, directOfSentence, contentless, hasHead, blocked };
  for (let qi = 0; qi < quotes.length; qi++) attachUnclaimedQuote(unclaimed, qi);
  // A multi-paragraph quotation shares its speaker, whichever piece carries the cue.
  for (let i = quotes.length - 1; i >= 0; i--) {
    const q = quotes[i]!;
    if (q.continues >= 0 && quoteRelation[i] && !quoteRelation[q.continues]) joinQuote(quoteRelation[i]!, q.continues, quoteRelation, quotes);
  }

  // 3. Output (loops over module functions: a callback made per document is compiled again after
  // each memory-reducing GC).
  const attributions: Attribution[] = [];
  // (a judgement or view inside a quotation's extent describes its speaker or scene: no report of its own)
  // (most texts hold no tag and no post signature: one native search per document spares the per-content scan)
  const markup = mayHoldMarkup(doc.text);
  for (const r of dropQuotationAsides(doc, oneRelationPerContent(doc, relations, quoteRelation))) attributions.push(attributionOf(doc, r, markup));
  attributions.sort(byStartThenCue);
  const quoteOut: Quote[] = [];
  for (let qi = 0; qi < quotes.length; qi++) quoteOut.push(quoteOf(text, quotes[qi]!, quoteRelation[qi]?.entity ?? null));
  return { quotes: quoteOut, attributions, sources: buildSources(registry, attributions, quoteOut, doc, paragraphs) };
}

/** What `attachUnclaimedQuote` reads and extends: the document's relations after the sentence pass. */
interface UnclaimedQuotes {
  ctx: StageContext;
  paragraphs: Paragraph[];
  relations: Relation[];
  lastOfSentence: RelationOfSentence;
  directOfSentence: RelationOfSentence;
  contentless: (c: Cue) => boolean;
  hasHead: (k: number) => boolean;
  blocked: (k: number) => boolean;
}

/**
 * Quotation `qi` when no cue claimed it: joined to the relation it goes on with (a piece of an interrupted
 * or multi-paragraph quotation, a lead-in, the report before it) or given a relation of its own by a
 * speech tag or a speaker named around it.
 */
// (a function of its own, not the body of `findAttributions`' loop: the whole stage compiled as one function
// cost the optimising compiler ≈ 0.3 s on its first hot run, this rarer part included)
function attachUnclaimedQuote(u: UnclaimedQuotes, qi: number): void {
  const { ctx, paragraphs, relations, lastOfSentence, directOfSentence, contentless, hasHead, blocked } = u;
  const { doc, lex, resolve, quoteRelation } = ctx;
  const quotes = ctx.quotes.quotes;
  const q = quotes[qi]!;
  if (quoteRelation[qi]) return;
  const prev = qi > 0 ? quotes[qi - 1]! : null;
  const prevRel = qi > 0 ? quoteRelation[qi - 1] : null;
  // one attribution, one cue: the next piece of the same quotation joins its relation
  if (q.continues >= 0 && quoteRelation[q.continues]) {
    joinQuote(quoteRelation[q.continues]!, qi, quoteRelation, quotes);
    return;
  }
  // `“A,” he said, and “B.”`, `Ruiz said she was angry, but “B.”`: the same relation goes on
  const s0 = doc.sentenceOf[q.t0];
  if (q.partial && s0 !== undefined) {
    const near = [prevRel, lastOfSentence[s0], lastOfSentence[s0 - 1]];
    const r = near.find((c) => c && c.cue.type !== 'agentless' && SAYING.has(c.cue.cueClass) && coordinatedPiece(doc, q, c));
    if (r) {
      joinQuote(r, qi, quoteRelation, quotes);
      if (r.mode === 'indirect') r.mode = 'mixed';
      return;
    }
  }
  // `“A,” Ruiz said. Instead, “B.”`: a short lead-in, then the same speaker's quotation
  const lead = prevRel && prev && prev.para === q.para ? shortLeadIn(doc, q, prevRel) : -1;
  if (lead >= 0 && prevRel) {
    prevRel.parts.push({ start: doc.start[lead]!, end: closingMarkEnd(doc.normalized, q.span.close) });
    prevRel.mode = 'mixed';
    quoteRelation[qi] = prevRel;
    return;
  }
  // `The rules changed, Ruiz said. Good facts can still win, but only when “the truth is livelier.”`:
  // a sentence with no cue of its own whose quoted words close it goes on with the report before it
  const reported = s0 !== undefined && lastOfSentence[s0] === undefined ? lastOfSentence[s0 - 1] : undefined;
  const goesOn = reported && (reported.cue.cueClass === 'speech' || reported.cue.cueClass === 'writing') && reported.cue.type === 'verb' ? leadInAfterReport(doc, q, reported) : -1;
  if (goesOn >= 0 && reported) {
    reported.parts.push({ start: doc.start[goesOn]!, end: closingMarkEnd(doc.normalized, q.span.close) });
    reported.mode = 'mixed';
    quoteRelation[qi] = reported;
    return;
  }
  // a speech tag of its own after the quotation ("“…,” Toll fumed") names its speaker
  const tag = speechTagAfter(doc, q, lex, resolve, hasHead);
  if (tag) {
    relations.push(directRelation(tag, qi, quoteRelation, quotes));
    return;
  }
  // `“A,” Ruiz added. Vale had a question for the crowd. “B?”`: a sentence after the tag's own that
  // announces the next quotation gives it its speaker; the tag's relation does not step over it
  // (nor a clause after the tag in its own sentence: `“A,” Ruiz said, and her husband chimed in. “B.”`)
  if (prev && prevRel && !q.partial && prev.para === q.para && s0 !== undefined && s0 - 1 >= doc.sentenceOf[prevRel.cueRange.a]!) {
    const own = contentlessCueBefore(doc, q, lex, resolve, contentless, blocked);
    if (own && (s0 - 1 > doc.sentenceOf[prevRel.cueRange.a]! || joinedAfterTag(doc, prevRel, own))) {
      relations.push(directRelation(own, qi, quoteRelation, quotes));
      return;
    }
  }
  // “A,” he said. “B.” and Ruiz said the plan “is dead,” adding nothing. “B.” — the same attribution goes on.
  if (prev && prevRel && !q.partial && prev.para === q.para && prevRel.cueRange.a < q.t0 && (prevRel.mode === 'direct' ? prevRel.cueRange.a >= prev.t1 : prevRel.content !== null && prevRel.content.b >= prev.t1 && onlyCueBetween(doc, prevRel, prev.t1, q.t0))) {
    // `“A,” Berg told a rally, saying Ruiz would “ruin it.” “B.”`: the full quotation goes on the
    // sentence's direct quotation by the same speaker, not the paraphrase that carries the partial one
    const direct = prevRel.mode === 'direct' ? undefined : directOfSentence[doc.sentenceOf[prevRel.cueRange.a]!];
    let target = direct && direct.entity === prevRel.entity && direct !== prevRel ? direct : prevRel;
    // `“A,” Berg said, adding that the levy had cost him votes. “B.”`: the paraphrase that ends the sentence goes on
    const after = prevRel.mode === 'direct' ? saidBefore(doc, q, paragraphs, lastOfSentence) : null;
    if (after && after !== prevRel && after.mode === 'indirect' && after.cue.lemma === 'add' && after.entity === prevRel.entity && after.cueRange.a > prevRel.cueRange.a) {
      target = after;
      target.mode = 'mixed';
    }
    // `“A,” said Vale. She says the plan is fair. “B.”`: a paraphrase in a sentence of its own between
    // them is the nearer report; the quotation goes on with it
    else if (after && after !== prevRel && after.mode === 'indirect' && (after.cue.cueClass === 'speech' || after.cue.cueClass === 'writing') && doc.sentenceOf[after.cueRange.a]! > doc.sentenceOf[prevRel.cueRange.a]!) {
      target = after;
      target.mode = 'mixed';
    }
    // (the quotation keeps its speaker; its words go on with a later aside that holds its tag)
    quoteRelation[qi] = target;
    if (target.dropped && target.heldBy && !target.heldBy.dropped) target = target.heldBy;
    target.parts.push({ start: q.span.start, end: q.span.end });
    return;
  }
  if (prev && prevRel && !q.partial && !prev.partial && prevRel.mode === 'direct') {
    // a paragraph that is only a quotation, after a paragraph ending with a quoted speaker
    // (the cue's sentence closes that paragraph: "“…,” harbour chief Lena Vos said on Friday.")
    const p = paragraphs[q.para]!;
    const prevPara = paragraphs[prev.para]!;
    if (prev.para === q.para - 1 && q.span.open === p.start && (q.span.close < 0 ? !isStrayOpening(q, p) : q.span.close >= p.end - 2) && (doc.end[prevPara.te - 1]! - prev.span.end < 40 || (doc.sentenceOf[prevRel.cueRange.a] === doc.sentenceOf[prevPara.te - 1] && doc.end[prevPara.te - 1]! - prev.span.end < 160))) {
      joinQuote(prevRel, qi, quoteRelation, quotes);
      return;
    }
  }
  // "The committee said about the draft:" then a quotation paragraph: the quotation is what it said.
  const before = paragraphs[q.para - 1];
  if (q.span.open === paragraphs[q.para]!.start && !q.partial && before && before.te > before.ts) {
    const r = lastOfSentence[doc.sentenceOf[before.te - 1]!];
    // "… said about the draft:" or "… described the conditions to reporters." then the quotation
    const introduces = r && (doc.value[before.te - 1] === ':' || (INTRODUCING.has(r.cue.lemma) && r.content !== null && r.content.b - r.content.a <= 6));
    if (r && introduces && r.mode !== 'direct' && r.cue.type !== 'agentless') {
      r.parts = [{ start: q.span.start, end: q.span.end }];
      r.mode = 'direct';
      r.content = { a: q.t0, b: q.t1 };
      quoteRelation[qi] = r;
      return;
    }
  }
  const found = namedAroundParagraph(doc, q, paragraphs, lex, resolve, contentless, blocked) ?? contentlessCueBefore(doc, q, lex, resolve, contentless, blocked);
  if (found) {
    relations.push(directRelation(found, qi, quoteRelation, quotes));
    return;
  }
  // `Ruiz said the toll would stay. “We have no choice.”`: a quotation that opens a sentence right
  // after a sentence whose last attribution is what someone said goes on with the same speaker
  let said = saidBefore(doc, q, paragraphs, lastOfSentence);
  // `“A,” Ruiz told the Herald after hinting that “changes” could come. “B.”`: a participle in an adjunct of
  // the tag reports in passing; the sentence's direct quotation by the same speaker goes on
  const tagDirect = said && said.mode !== 'direct' ? directOfSentence[doc.sentenceOf[said.cueRange.a]!] : undefined;
  if (said && tagDirect && tagDirect.entity === said.entity && tagDirect.cueRange.b <= said.cueRange.a && (adjunctParticiple(doc, said) || carriesPartialQuote(doc, said))) said = tagDirect;
  if (said) {
    joinQuote(said, qi, quoteRelation, quotes);
    if (said.mode === 'indirect') said.mode = 'mixed';
    return;
  }
  // `“A.” “B,” Ruiz said.`: a quotation sentence right before the speaker's tagged one is the same speaker's
  // (also with the tag between them: `“A.” He added, “B.”`)
  const next = qi + 1 < quotes.length ? quotes[qi + 1]! : null;
  const tagged = next ? quoteRelation[qi + 1] : null;
  if (next && tagged && !q.partial && !next.partial && next.para === q.para && tagged.mode === 'direct' && tagged.cue.type === 'verb' && (tagged.cue.cueClass === 'speech' || tagged.cue.cueClass === 'writing') && q.span.closed && (tagged.cueRange.a >= next.t1 ? next.t0 - q.t1 <= 2 : tagBetween(doc, q, next, tagged)) && /[.!?]$/.test(doc.text.slice(q.span.start, q.span.end))) {
    joinQuote(tagged, qi, quoteRelation, quotes);
    return;
  }
  // `“A,” Ruiz said. The hall went quiet. “B.”`: over one short sentence of narration the speaker goes on
  const over = quotedOverNarration(doc, q, paragraphs, lastOfSentence);
  if (over) joinQuote(over, qi, quoteRelation, quotes);
}

/** Is token `k` inside a quotation, a quoted title or the current transcript turn's label (`ctx.turn`)? */
function isBlocked(ctx: StageContext, k: number): boolean {
  return ctx.quotes.inQuote[k]! >= 0 || ctx.quotes.inTitle[k] === 1 || (k >= ctx.turn.a && k < ctx.turn.b);
}

/** Is token `k` a speech quotation's mark (or the second of two marks that open one)? */
function isSpeechMarkAt(doc: SlantDocument, speechMarks: QuoteIndex['quoteAtMark'], k: number): boolean {
  return speechMarks.has(doc.start[k]!) || (k > 0 && doc.start[k] === doc.end[k - 1] && isQuoteMark(doc, k - 1) && speechMarks.has(doc.start[k - 1]!));
}

/** Is cue `c` not an attributive participle ("the disputed figures")? */
function isNotAttributive(doc: SlantDocument, c: Cue): boolean {
  return !attributiveParticiple(doc, c) && !absolutePhraseParticiple(doc, c);
}

/** `cues` with only the cues `keep` accepts, in order: the same array, shortened (it is the caller's own). */
function keepAttributing(cues: Cue[], keep: (c: Cue) => boolean): Cue[] {
  let n = 0;
  for (let i = 0; i < cues.length; i++) if (keep(cues[i]!)) cues[n++] = cues[i]!;
  cues.length = n;
  return cues;
}

/** Is cue `c` a verb whose head has no relation of its own (`withRelation`: 1 at each relation's cue head)? */
function isContentless(withRelation: Uint8Array, c: Cue): boolean {
  return c.type === 'verb' && withRelation[c.head] !== 1;
}

/** Is token `k` marked (1) in `marks`, one entry per token? */
function isMarked(marks: Uint8Array, k: number): boolean {
  return marks[k] === 1;
}

/** A relation per sentence index (the last one found in it, or its first direct one), undefined for none. */
type RelationOfSentence = (Relation | undefined)[];

/** The source phrase `phrase` (at `offset`) resolved to a source of `registry`, or null: `ResolvePhrase`. */
/** `raw.toLowerCase()`, `raw` being phrase `src`'s text: read off the token when `src` is one token and that holds. */
function shortLowerCase(doc: SlantDocument, src: SourcePhrase, raw: string): string {
  if (src.b - src.a === 1) {
    const low = doc.lower[src.a]!;
    if (isAsciiLowerCaseOf(low, raw)) return low;
  }
  return raw.toLowerCase();
}

function resolvePhrase(doc: SlantDocument, lex: AttributionLexicons, registry: SourceRegistry, phrase: SourcePhrase | null, offset: number, loose = false): SourceEntity | null {
  if (!phrase) return null;
  const text = doc.text;
  // "When", "But", "From ...": a clause opener is not part of the source
  const src: SourcePhrase = phrase.antecedent ?? phrase;
  const sentenceStart = doc.sentences[doc.sentenceOf[src.a]!]!.start;
  const raw = text.slice(doc.start[src.a]!, doc.end[src.b - 1]!);
  // (the pronouns are short: no lower-cased copy of every longer source phrase; a one-token phrase's
  // lower case is the token's own when it is the phrase's ASCII lower case: a slice of two-byte text is
  // lower-cased through ICU, perf88)
  const mention = (raw.length <= 5 ? PRONOUN_SUBJECT_FORMS.get(shortLowerCase(doc, src, raw)) : undefined) ?? raw;
  const context = src.relative ? text.slice(doc.start[src.relative.a]!, doc.end[src.relative.b - 1]!) : '';
  const appositive = src.appositive ? text.slice(doc.start[src.appositive.a]!, doc.end[src.appositive.b - 1]!) : '';
  let desc = describeSource(mention, context, appositive, lex);
  if (!desc && loose && looseSource(doc, src)) desc = { kind: 'unnamed', name: mention.replace(/^(?:the|a|an)\s+/i, '') };
  if (!desc) return null;
  if (desc.kind === 'person' && desc.name && appositive) desc = { ...desc, role: roleFromWords(mention.split(/\s+/), lex) ?? roleFromWords(appositive.split(/\s+/), lex) ?? desc.role, affiliation: appositive };
  // (an antecedent stands before the source's own relative clause, not inside it)
  const lookup = src.relative && src.relative.a > src.a ? doc.start[src.relative.a]! : undefined;
  return resolveSpeaker(registry, lex, desc, { offset, text: mention, sentenceStart, lookup });
}

/** The text span of tokens `r`. */
function spanOf(doc: SlantDocument, r: TokenRange): Span {
  const start = doc.start[r.a]!;
  const end = doc.end[r.b - 1]!;
  return { start, end, text: doc.text.slice(start, end) };
}

/** The name an output record shows for source `e`: a resolved person, organisation or outlet. */
function speakerOf(e: SourceEntity | null): string | null {
  return e && !e.unresolved && (e.kind === 'person' || e.kind === 'organization' || e.kind === 'media') ? e.name : null;
}

/** Output order of attributions: by content start, then by cue start. */
function byStartThenCue(x: Attribution, y: Attribution): number {
  return x.start - y.start || x.cueSpan.start - y.cueSpan.start;
}

/** Content parts in text order. */
function byPartStart(x: { start: number }, y: { start: number }): number {
  return x.start - y.start;
}

/** The output record of speech quotation `q`, attributed to `e`. */
function quoteOf(text: string, q: SpeechQuote, e: SourceEntity | null): Quote {
  return { start: q.span.start, end: q.span.end, text: text.slice(q.span.start, q.span.end), speaker: speakerOf(e), sourceId: e ? e.id : null, partial: q.partial };
}

/** The output record of relation `r`. */
function attributionOf(doc: SlantDocument, r: Relation, markup: boolean): Attribution {
  const text = doc.text;
  // (most relations have one part: no copy to sort; the parts are only read from here on)
  const parts = r.parts.length > 1 ? [...r.parts].sort(byPartStart) : r.parts;
  const start = parts[0]!.start;
  let end = start;
  for (const p of parts) end = Math.max(end, p.end);
  // (the colon introduces the part after the cue: "Of the toll, Ruiz said: “…”")
  const cueEnd = doc.end[r.cueRange.b - 1]!;
  let after = start;
  for (const p of parts) {
    if (p.start >= cueEnd) {
      after = p.start;
      break;
    }
  }
  const shown = withoutClosingAs(doc, r.cue.lemma, verbGroup(doc, r));
  // (a reporting noun shows the preposition that links it to its content, "criticism of", and a
  // reporting verb the one its content follows, "lashed out at")
  const linked = r.cue.nominal === true ? nounLink(doc, shown.b === r.cue.tokEnd, shown.b, after) : verbLink(doc, r.cue.type === 'verb' && shown.b === r.cueRange.b && r.cue.tokEnd === r.cueRange.b, r.cue.lemma, shown.b, after);
  // (an agentless question shows the preposition of its topic: "was asked about")
  const asked = linked === shown.b ? questionTopic(doc, r.source === null && r.cue.cueClass === 'question' && start <= doc.start[shown.a]!, linked) : linked;
  // (a passive verb of charging shows the preposition of the charge: "was accused of")
  const topic = asked === shown.b ? chargePreposition(doc, (r.cue.type === 'verb' || r.cue.type === 'agentless') && shown.b === r.cueRange.b, r.cue.lemma, shown.a, asked) : asked;
  // (a preposition still opening the shown content goes to the cue: "agreed with | Vale")
  const opening = shownLinkingPreposition(doc, r, topic, after);
  // (not the second piece of a content that stands before the cue, the charge of a passive: "Vale, criticized | for the delay")
  const linkedTo = opening > topic && start >= doc.end[topic - 1]! && parts.some((p) => p.start === after && p.end >= doc.end[opening]!) ? opening : topic;
  // (a manner adverb closing the verb's clause: "said sarcastically.", "noted repeatedly that")
  const verbOnly = linkedTo === shown.b && r.cue.type === 'verb' && shown.b === r.cueRange.b && r.cue.tokEnd === r.cueRange.b;
  const inParts = (t: number) => parts.some((p) => doc.end[t]! > p.start && doc.start[t]! < p.end);
  const adverb = verbOnly ? shownMannerAdverb(doc, true, shown.b, inParts, after) : linkedTo;
  // (and the preposition after that adverb that opens the content: "bragged prematurely about | the vote")
  const adverbLink = adverb > shown.b && doc.start[adverb] === after ? shownLinkingPreposition(doc, r, adverb, after) : adverb;
  // (a reply's particle: "wrote back")
  const manner = adverb === shown.b ? replyParticle(doc, verbOnly, adverb, inParts) : adverbLink;
  // (a short adjunct up to the colon that introduces the content: "wrote in an email: “…”")
  const taken = manner === shown.b ? adjunctBeforeColon(doc, verbOnly, manner, after) : manner;
  const cueSpan = spanOf(doc, withIntroducingColon(doc, { a: shown.a, b: taken }, after));
  // a relative clause between the source and its cue belongs to the source ("Two officials who spoke on condition of anonymity said")
  const sourceRange = r.source ? (r.source.relative && r.source.relative.b > r.source.b && r.source.relative.b <= r.cueRange.a ? { a: r.source.a, b: r.source.relative.b } : r.source) : null;
  const contentSpans: Span[] = [];
  // ("That’s according to …", "That is according to …": the verb shown with the cue leaves the content, «That»)
  const clip = r.cue.type === 'according' && shown.a < r.cueRange.a ? doc.end[shown.a - 1]! : end;
  if (clip < end) end = clip;
  for (const p of parts) {
    const from = p.start !== after ? p.start : linkedTo > topic ? doc.start[linkedTo]! : adverbLink > adverb ? doc.start[adverbLink]! : p.start;
    // (a markup tag pasted into the text ends the part: "…unsafe</tweet>")
    const limit = p.start < clip ? Math.min(p.end, clip) : p.end;
    const to = markup ? endBeforeMarkupTag(text, from, limit) : limit;
    contentSpans.push({ start: from, end: to, text: text.slice(from, to) });
    if (to < limit && limit === end) end = to;
  }
  const shownStart = contentSpans[0]!.start;
  return {
    start: shownStart,
    end,
    text: text.slice(shownStart, end),
    cue: cueSpan.text,
    cueSpan,
    sourceSpan: sourceRange ? spanOf(doc, withoutClosingDash(doc, withoutClosedTag(doc, sourceRange))) : null,
    mode: r.mode,
    sourceId: r.entity.id,
    speaker: speakerOf(r.entity),
    stance: r.cue.stance,
    cueClass: r.entity.kind === 'document' ? 'document' : r.cue.cueClass,
    contentSpans,
    negated: r.cue.negated,
  };
}

/**
 * Is the content of `r` a lone preposition, stranded at the end of a relative clause or left
 * behind its object ("a rule the clerks stay wary of.", "requests for comment"), or only an adverb
 * of addition or extent after a cue whose object was missed ("Berg weighed in as well", "the crews
 * opposed it, too", "the growers who joined so far")? It says nothing; the relation is left out.
 * ("Vale thinks so" keeps its "so": it stands for the clause before.)
 */
function contentless(doc: SlantDocument, r: Relation): boolean {
  const c = r.content;
  if (r.parts.length !== 1 || c === null) return false;
  if (c.b - c.a === 1 && (doc.pos[c.a] === 'ADP' || doc.lower[c.a] === 'to' || doc.lower[c.a] === 'for')) return true;
  // (an infinitive's "to" with its verb left out before a comma or dash: "Ruiz agreed to, but never did", "wanted to, or so
  // they said")
  if (doc.lower[c.a] === 'to' && c.a + 1 < c.b && isPunct(doc, c.a + 1) && !isQuoteMark(doc, c.a + 1)) return true;
  // (a comma or stop after the adverb is no part of what is said; a quoted word is: «yelled “Too far!”»)
  let b = c.b;
  while (b > c.a + 1 && isPunct(doc, b - 1) && !isQuoteMark(doc, b - 1)) b--;
  if (c.a > 0 && isQuoteMark(doc, c.a - 1)) return false;
  if (b - c.a === 1 && movedRelativeWord(doc, r, c)) return true;
  if (strandedParticle(doc, r, c)) return true;
  if (onlyAddressee(doc, r, c)) return true;
  if (bareTopicOf(doc, r, c.a, b)) return true;
  if (b - c.a === 1) return ADDITION_ADVERBS.has(doc.lower[c.a]!) || (doc.lower[c.a] === 'so' && doc.lower[b] === 'far');
  return b - c.a === 2 && ((doc.lower[c.a] === 'as' && doc.lower[c.a + 1] === 'well') || ((doc.lower[c.a] === 'so' || doc.lower[c.a] === 'that') && doc.lower[c.a + 1] === 'far'));
}

/**
 * Is the content of a reporting noun with no source only "of" and one word ("the criticism of Vale", "reports of
 * delays", "its rejection of Ruiz")? The word names whom or what the talk was about, not anything said, and with
 * no one saying it there is no relation. A longer phrase may hold an event or a view ("the announcement of the
 * ferry's closure", "the rejection of that idea") and keeps its relation, as does a noun with a holder ("Ruiz's
 * criticism of Vale"). (A reporting noun opening its sentence is often tagged as a name: "Reports of delays …".)
 */
function bareTopicOf(doc: SlantDocument, r: Relation, a: number, b: number): boolean {
  return r.source === null && b - a === 2 && doc.lower[a] === 'of' && (doc.pos[r.cue.head] === 'NOUN' || doc.pos[r.cue.head] === 'PROPN') && !isPunct(doc, a + 1) && !isVerb(doc, a + 1);
}

/**
 * Is the content of `r` only the object its clause moved before the source: a restrictive relative "that" or a free
 * relative "what" ("the fees that Vale opposed", "did what the clerks feared")? The clause picks out a thing; the
 * word alone reports nothing. A relative set off by a comma comments on the clause before it and keeps its relation
 * (", which Ruiz denies").
 */
function movedRelativeWord(doc: SlantDocument, r: Relation, c: { a: number; b: number }): boolean {
  if (r.source === null || r.source.a !== c.b || c.b > r.cue.tokStart) return false;
  const w = doc.lower[c.a];
  // (a "which" right after its noun is as restrictive as "that": "the fees which Vale opposed")
  return w === 'what' || w === 'whatever' || (w === 'that' && doc.value[c.a - 1] !== ',') || (w === 'which' && (doc.pos[c.a - 1] === 'NOUN' || doc.pos[c.a - 1] === 'PROPN'));
}

/**
 * Particles that turn a cue verb into another act ("write off", "ordered up", "shot back up"); not "out", which
 * sends a message out ("tweeted out a photo", "blasted out a release"), nor "back" ("fired back").
 */
const STRANDED_PARTICLES: ReadonlySet<string> = new Set([...ADVERB_PARTICLES].filter((w) => w !== 'out' && w !== 'back'));

/**
 * Does the content of `r` open with the particle of a phrasal verb the cue lexicon does not hold, right after the
 * verb ("write | off the debt", "ordered | up a study", "shot back | up")? The verb with
 * its particle names another act than reporting (the phrasal cues are in the lexicon with their particle: "pointed
 * out", "spoke out"), so there is no relation.
 */
function strandedParticle(doc: SlantDocument, r: Relation, c: { a: number; b: number }): boolean {
  if (r.cue.type !== 'verb' || c.a !== r.cue.tokEnd || !STRANDED_PARTICLES.has(doc.lower[c.a]!) || hyphenJoinsAfter(doc, c.a + 1)) return false;
  return c.a + 1 >= c.b || !NOT_PARTICLE_BEFORE.has(doc.lower[c.a + 1]!);
}

/**
 * Is the content of a verb of saying or writing only whom it was said or written to, with at most a time after it
 * ("wrote to Ruiz on Monday", "responding to the reporter", "apologized to them")? The addressee is not what was said.
 * (Evaluations keep theirs: "hostile to Vale" names what is judged.)
 */
function onlyAddressee(doc: SlantDocument, r: Relation, c: { a: number; b: number }): boolean {
  if ((r.cue.cueClass !== 'speech' && r.cue.cueClass !== 'writing') || r.cue.type !== 'verb' || doc.lower[c.a] !== 'to') return false;
  // (not in a contact relative, whose head before the source is what was said: "…, a point Berg conceded to the growers")
  if (r.source !== null && r.source.a > 0 && doc.pos[r.source.a - 1] === 'NOUN') return false;
  let t = c.a + 1;
  if (OBJECT_PRONOUNS.has(doc.lower[t] ?? '')) t++;
  else if (doc.pos[t] === 'PROPN' && isCap(doc, t)) while (t < c.b && doc.pos[t] === 'PROPN' && isCap(doc, t)) t++;
  else if (doc.pos[t] === 'DET' && doc.pos[t + 1] === 'NOUN' && mayNamePerson(doc, t + 1)) t += 2;
  else return false;
  return t >= c.b || onlyTimeWords(doc, { a: t, b: c.b });
}

/** Does the cue of an item's relation stand inside the item's own content stretch (pieces on both sides of it)? */
const ownCueInside = (doc: SlantDocument, it: { r: Relation; start: number; end: number }) => it.r.pieces !== undefined && doc.start[it.r.cue.head]! >= it.start && doc.start[it.r.cue.head]! < it.end;

/**
 * One content, one attribution: two relations whose contents are (nearly) the same stretch of
 * text attribute one thing twice ("reiterated his claim that …" made by the verb and by the
 * noun; "responded to accusations that …"). The one kept names its source (the verb's subject
 * when the noun has none), else it is the verb over the noun, else its cue is the nearer to the
 * content; quotations of a dropped one move to the one kept.
 * Relations with no content are left out. Sorted by content start, so the comparison reaches
 * only the neighbours that start within a tenth of a content's length.
 */
function oneRelationPerContent(doc: SlantDocument, relations: Relation[], quoteRelation: (Relation | null)[]): Relation[] {
  // (arrays here are filled by loops: an array made by `.map` in optimised code has another
  // elements kind than the builtin's, and its next use deoptimised findAttributions, bench/HISTORY.md perf42)
  const items: { r: Relation; i: number; start: number; end: number }[] = [];
  for (const r of relations) {
    if (r.parts.length === 0 || contentless(doc, r)) continue;
    items.push({ r, i: items.length, start: r.parts.reduce((m, p) => Math.min(m, p.start), Infinity), end: r.parts.reduce((m, p) => Math.max(m, p.end), -Infinity) });
  }
  const order = [...items].sort((x, y) => x.start - y.start || x.i - y.i);
  const rank = (r: Relation) => (r.source ? 1 : 0);
  // on a tie, the verb over a reporting noun it governs ("reiterated his belief that …", "laid out her
  // concerns that …": the verb is the act that reports, the noun names what is reported), else the cue
  // nearer the content it introduces
  // ("said in her opening remarks that …": a noun in a phrase that says where it was said is no cue)
  const nearer = (x: Relation, y: Relation) => (x.cue.type === 'verb' && (y.cue.type === 'noun' || inMedium(doc, x, y))) || (!(x.cue.type === 'noun' && y.cue.type === 'verb') && !inMedium(doc, y, x) && x.cue.head > y.cue.head);
  const replaced = new Map<Relation, Relation>();
  for (let x = 0; x < order.length; x++) {
    const a = order[x]!;
    if (replaced.has(a.r)) continue;
    const len = a.end - a.start;
    for (let y = x + 1; y < order.length && order[y]!.start - a.start <= len / 10; y++) {
      const b = order[y]!;
      if (replaced.has(b.r)) continue;
      const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
      if (shared < 0.9 * len || shared < 0.9 * (b.end - b.start)) continue;
      // ("Vale was criticized by the growers for raising the toll, Ruiz said": a relation whose pieces stand on
      // both sides of its own cue, and a report of the whole clause holding that cue, attribute different things)
      if (ownCueInside(doc, a) !== ownCueInside(doc, b)) continue;
      // keep the better one; on a tie, the nearer cue, then the one made first
      const keepA = rank(a.r) > rank(b.r) || (rank(a.r) === rank(b.r) && (nearer(a.r, b.r) || (a.r.cue.head === b.r.cue.head && a.i < b.i)));
      if (keepA) replaced.set(b.r, a.r);
      else {
        replaced.set(a.r, b.r);
        break;
      }
    }
  }
  const kept: Relation[] = [];
  if (replaced.size === 0) {
    for (const it of items) kept.push(it.r);
    return kept;
  }
  const keeper = (r: Relation) => {
    let k = r;
    while (replaced.has(k)) k = replaced.get(k)!;
    return k;
  };
  for (let qi = 0; qi < quoteRelation.length; qi++) {
    const r = quoteRelation[qi];
    if (r && replaced.has(r)) quoteRelation[qi] = keeper(r);
  }
  for (const it of items) if (!replaced.has(it.r)) kept.push(it.r);
  return kept;
}

/**
 * Does `y`'s cue stand in a prepositional phrase right after `x`'s speech or writing verb, with
 * nothing but that phrase between them ("said in her opening remarks", "told customers at a
 * breakfast spot", "said in a series of messages")? The phrase says where or how `x` reported.
 */
function inMedium(doc: SlantDocument, x: Relation, y: Relation): boolean {
  if (x.cue.type !== 'verb' || !(x.cue.cueClass === 'speech' || x.cue.cueClass === 'writing') || y.cue.tokStart <= x.cueRange.b || y.cue.tokStart - x.cueRange.b > 8) return false;
  let adp = false;
  for (let t = x.cueRange.b; t < y.cue.tokStart; t++) {
    if (doc.pos[t] === 'ADP') adp = true;
    else if (isVerb(doc, t) || doc.pos[t] === 'PUNCT' || doc.lower[t] === 'that') return false;
  }
  return adp;
}

/** A content from `from` that is a reported clause ("adds that …", "asked whether …"), not an object ("apologized for what happened"). */
function reportedClause(doc: SlantDocument, from: number): boolean {
  return REPORTED_CLAUSE_OPENERS.has(doc.lower[from - 1] ?? '') || REPORTED_CLAUSE_OPENERS.has(doc.lower[from] ?? '');
}
const REPORTED_CLAUSE_OPENERS = new Set(['that', 'whether', 'if']);

/** Cue classes whose last relation in a sentence a following quotation continues. */
const SAYING = new Set(['speech', 'writing', 'intention', 'evaluation', 'belief', 'question']);

/**
 * The relation a full quotation goes on when it opens a sentence (or a paragraph) right after a
 * sentence whose last attribution reports what someone said or wrote, up to that sentence's end:
 * `Ruiz said the toll would stay. “We have no choice.”`, `The toll is a tax, Ruiz said. “…”`
 * (news style: the speaker goes on until another is named). A direct relation may end before its sentence does
 * (`“…,” Ruiz said during a long visit to the port.`).
 */
function saidBefore(doc: SlantDocument, q: SpeechQuote, paragraphs: Paragraph[], lastOfSentence: RelationOfSentence): Relation | null {
  if (q.partial) return null;
  // (a quotation opening at the very end of the text has no token, so no sentence)
  const s0 = doc.sentenceOf[q.t0];
  if (s0 === undefined || s0 < 1 || doc.sentences[s0]!.tokenStart < q.t0 - 2) return null;
  const prevSentence = doc.sentences[s0 - 1]!;
  const para = paragraphs[q.para]!;
  const before = paragraphs[q.para - 1];
  const opensParagraph = q.span.open === para.start;
  if (isStrayOpening(q, para)) return null;
  // the sentence before stands in the same paragraph, or closes the paragraph before
  if (opensParagraph ? !before || before.te - 1 < prevSentence.tokenStart || before.te > prevSentence.tokenEnd : prevSentence.tokenStart < para.ts) return null;
  const r = lastOfSentence[s0 - 1];
  if (!r || !SAYING.has(r.cue.cueClass) || r.cue.type === 'agentless' || r.entity.kind === 'unspecified' || r.parts.length === 0) return null;
  // (content before the cue: `The toll is a tax, Ruiz said on Friday.`)
  const src = r.source;
  const reach = Math.max(r.content?.b ?? 0, r.cueRange.b, src ? Math.max(src.b, src.appositive?.b ?? 0, src.relative?.b ?? 0) : 0);
  // (an adjunct may follow: "said on Friday", "said in an interview", not another clause)
  let ends = r.mode === 'direct' || reach >= prevSentence.tokenEnd - 8;
  for (let t = reach; ends && r.mode !== 'direct' && t < prevSentence.tokenEnd; t++) if (isVerb(doc, t) || isQuoteMark(doc, t)) ends = false;
  return ends ? r : null;
}

/**
 * `“A,” Ruiz said, and her husband interjected.`: the verb that announces the next quotation stands
 * in a clause joined right after the tag ("and"/"but" after the tag's verb or inverted source), with a
 * subject of its own.
 */
function joinedAfterTag(doc: SlantDocument, tag: Relation, own: QuoteSource): boolean {
  if (!own.source || own.cueRange.a <= tag.cueRange.b) return false;
  const tagEnd = Math.max(tag.cueRange.b, tag.source?.b ?? 0);
  const joint = own.source.a - 1;
  return (doc.lower[joint] === 'and' || doc.lower[joint] === 'but') && joint >= tagEnd && joint - tagEnd <= 1;
}

/** A paraphrase whose content holds a partial quotation (`saying Ruiz would “ruin it.”`): the full quotation after it goes on the sentence's direct one. */
function carriesPartialQuote(doc: SlantDocument, r: Relation): boolean {
  return r.mode === 'mixed' && r.cue.type === 'verb' && endsWithIng(doc.lower[r.cue.head]!);
}

/** Is the relation's verb cue an -ing participle right after a subordinator ("after hinting", "while also insisting")? */
function adjunctParticiple(doc: SlantDocument, r: Relation): boolean {
  if (r.cue.type !== 'verb' || !endsWithIng(doc.lower[r.cue.head]!)) return false;
  let j = r.cue.head - 1;
  while (j > r.cue.head - 3 && j >= 0 && doc.pos[j] === 'ADV') j--;
  return PARTICIPLE_LEADS.has(doc.lower[j] ?? '');
}

/**
 * `“We waited for years,” Ruiz said. The hall went quiet. “Now the pier is ours.”`: a full
 * quotation opening a sentence, in the same paragraph as a sentence before the one just before it
 * whose last attribution quotes a speaker with a speech or writing verb; the sentence between is
 * short, reports nothing and quotes nothing. The speaker goes on: the quotation joins that relation.
 */
function quotedOverNarration(doc: SlantDocument, q: SpeechQuote, paragraphs: Paragraph[], lastOfSentence: RelationOfSentence): Relation | null {
  if (q.partial) return null;
  const s0 = doc.sentenceOf[q.t0];
  if (s0 === undefined || s0 < 2 || doc.sentences[s0]!.tokenStart < q.t0 - 2) return null;
  const para = paragraphs[q.para]!;
  if (q.span.open === para.start || lastOfSentence[s0 - 1] !== undefined) return null;
  const mid = doc.sentences[s0 - 1]!;
  if (doc.sentences[s0 - 2]!.tokenStart < para.ts || mid.tokenEnd - mid.tokenStart > 25) return null;
  for (let t = mid.tokenStart; t < mid.tokenEnd; t++) if (isQuoteMark(doc, t)) return null;
  const r = lastOfSentence[s0 - 2];
  if (!r || r.mode === 'indirect' || r.cue.type !== 'verb' || (r.cue.cueClass !== 'speech' && r.cue.cueClass !== 'writing') || r.entity.kind === 'unspecified') return null;
  return r;
}

/**
 * Between a relation's partial quotation and the next full one stands nothing but the rest
 * of the sentence, the cue and its source ("Tarnow “has a part to play,” she said. “He has that pull.”").
 */
function onlyCueBetween(doc: SlantDocument, r: Relation, from: number, to: number): boolean {
  if (to - from > 30) return false;
  const s = r.source;
  // the source with its description or relative clause ("said one aide who asked not to be named")
  const sourceEnd = s ? Math.max(s.b, s.appositive?.b ?? 0, s.relative?.b ?? 0) : -1;
  for (let t = from; t < to; t++) {
    const inCue = t >= r.cueRange.a && t < r.cueRange.b;
    const inSource = s !== null && t >= s.a && t < sourceEnd;
    if (!inCue && !inSource && !isPunct(doc, t) && !isQuoteMark(doc, t)) return false;
  }
  return true;
}


/**
 * The cue as shown: a verb cue takes the auxiliaries, negation and adverbs of its verb group
 * ("has said", "also noted", "did not mention", "would later say"), never reaching into the
 * source before it. The relation's own `cueRange` (used for nesting decisions) is unchanged.
 */
function verbGroup(doc: SlantDocument, r: Relation): TokenRange {
  const { a, b } = r.cueRange;
  const nominal = r.cue.nominal === true && r.cue.tokStart === a && r.source !== null && r.source.b <= a;
  if (r.cue.byAgent !== undefined) return passiveGroup(doc, r);
  const floor = r.source && r.source.b <= a ? Math.max(r.source.b, r.source.relative?.b ?? 0, r.source.appositive?.b ?? 0) : 0;
  const sentenceStart = doc.sentences[doc.sentenceOf[a]!]!.tokenStart;
  const lowest = Math.max(floor, sentenceStart);
  // "an angry outcry over", "Vale's contested proposal": a reporting noun shows its adjectives
  const adjectives = r.cue.nominal === true && r.cue.tokStart === a ? nounAdjectivesStart(doc, a, lowest, (t) => outsideOf(r.source, t) && outsideOf(r.content, t)) : a;
  // "the idea is that …", "a debate over the fares": and its article, as news marks it
  // (not a possessive, which is mostly the source: "her claim that")
  if (r.cue.nominal === true && !nominal && r.cue.tokStart === a) {
    const t = adjectives - 1;
    if (t >= sentenceStart && PLAIN_ARTICLES.has(doc.lower[t]!) && outsideOf(r.source, t) && outsideOf(r.content, t)) return { a: t, b };
    if (adjectives < a) return { a: adjectives, b };
  }
  const groupStart = (from: number) => {
    let s = from;
    while (s - 1 >= lowest && from - s < 4 && (VERB_GROUP_WORDS.test(doc.lower[s - 1]!) ? doc.pos[s - 1] === 'AUX' || doc.pos[s - 1] === 'ADV' || doc.pos[s - 1] === 'PART' || doc.pos[s - 1] === 'VERB' : mannerAdverb(doc, s - 1) || extraGroupWord(doc, s - 1, lowest))) s--;
    return s;
  };
  // "may seem", "did not seem", "has seemed", "also appears": a verb of appearance shows its verb group
  // too (its relation has no source; its content, the clause, holds the group)
  if (r.cue.type === 'agentless' && r.cue.agentless === 'raising' && r.cue.cueClass === 'appearance' && r.cue.tokStart === a) {
    let s = groupStart(a);
    if (s < a && !doc.isWord[s] && !cliticAuxiliary(doc, s)) s = a;
    return s < a ? { a: s, b } : r.cueRange;
  }
  // "That’s according to the survey": the clitic verb on the pronoun is shown with "according to"; so is a full
  // "is" or "was", "That is according to …", the same sentence, which should show the same cue and content
  if (r.cue.type === 'according' && r.cue.tokStart === a && a - 2 >= lowest && (cliticAuxiliary(doc, a - 1) || doc.lower[a - 1] === 'is' || doc.lower[a - 1] === 'was') && /^(?:that|this|it)$/.test(doc.lower[a - 2]!)) return { a: a - 1, b };
  if ((r.cue.type !== 'verb' && !nominal) || r.cue.tokStart !== a) return r.cueRange;
  // "issued a statement saying": the verb whose object is the statement is shown with the participle
  // (a group that opens on a clitic, "’s often been careful to", starts at the word after it)
  const governedFrom = (t: number) => {
    const g = groupStart(t);
    return g < t && !doc.isWord[g] ? g + 1 : g;
  };
  // "voiced her support for": a reporting noun shows the verb whose object it is, when that verb's subject is the source
  if (nominal) {
    const v = r.source!.b < a ? governingVerb(doc, a, lowest) : -1;
    return v >= 0 ? { a: governedFrom(v), b } : adjectives < a ? { a: adjectives, b } : r.cueRange;
  }
  // ("responded by saying": the answer is shown with the participle)
  const issuing = issuingVerb(doc, a, lowest - 1);
  const answering = issuing < 0 ? answeringVerb(doc, a, lowest - 1) : -1;
  let s = issuing >= 0 ? governedFrom(issuing) : answering >= 0 ? groupStart(answering) : groupStart(a);
  // "seemed to suggest", "did not appear to confirm": the writer's hedge is shown with the cue;
  // otherwise an infinitive shows its "to" ("a chance to respond", "wants to endorse"), and the
  // subject's predicate that governs it ("was quick to point out", "struggled to explain")
  if (s - 2 >= lowest && doc.lower[s - 1] === 'to' && (HEDGES.has(doc.lemma[s - 2]!) || CARRIED_ON.has(doc.lemma[s - 2]!))) s = groupStart(s - 2);
  // (not a gerund, whose "to" is a preposition: "in addition to | stating that …"; nor an inflected verb, after
  // which "to" is a preposition stranded by a relative clause: "Two clerks the paper spoke to | said …")
  else if (s - 1 >= lowest && doc.lower[s - 1] === 'to' && doc.pos[s - 1] === 'PART' && (doc.lemma[s] === doc.lower[s] || doc.pos[s] === 'AUX')) {
    const governing = controlPredicate(doc, s - 1, lowest - 1);
    s = governing >= 0 ? governedFrom(governing) : s - 1;
  } else {
    // "began writing", "kept asking", "began by saying": the verb of beginning or going on is shown too
    const aspect = aspectBeforeGerund(doc, s, a, lowest);
    if (aspect >= 0) s = groupStart(aspect);
  }
  // a group that is only "then" or "also" opening the clause after a comma stays outside ("…, then said");
  // a clitic auxiliary on the subject is the group's first word ("She’s said", "they’ve long argued")
  if (s < a && !doc.isWord[s] && !cliticAuxiliary(doc, s)) s = a;
  return s < a ? { a: s, b } : r.cueRange;
}

/** Is token `t` outside the range `r` (or is there no range)? */
const outsideOf = (r: TokenRange | null | undefined, t: number) => !r || t < r.a || t >= r.b;

/**
 * The cue as shown of a passive whose agent follows ("The plan was backed by Vale", "Ruiz has
 * been criticized by the crews"): its auxiliaries and adverbs, as in an active verb group, never
 * reaching into the content or subject before them ("the plan | was backed").
 */
function passiveGroup(doc: SlantDocument, r: Relation): TokenRange {
  const { a, b } = r.cueRange;
  if (r.cue.type !== 'verb' || r.cue.tokStart !== a) return r.cueRange;
  const c = r.content;
  const lowest = Math.max(doc.sentences[doc.sentenceOf[a]!]!.tokenStart, c && c.b <= a ? c.b : 0);
  let s = a;
  while (s - 1 >= lowest && a - s < 4 && (VERB_GROUP_WORDS.test(doc.lower[s - 1]!) ? doc.pos[s - 1] === 'AUX' || doc.pos[s - 1] === 'ADV' || doc.pos[s - 1] === 'PART' : mannerAdverb(doc, s - 1) || extraGroupWord(doc, s - 1, lowest))) s--;
  // a group that is only an adverb ("Vale then backed by …") stays outside; a clitic auxiliary opens it, as in the active ("She’s praised by")
  while (s < a && doc.pos[s] !== 'AUX') s++;
  return s < a ? { a: s, b } : r.cueRange;
}

/** A contracted auxiliary written onto the word before it: "’s", "'ve", "’d", "'re", "'ll". */
function cliticAuxiliary(doc: SlantDocument, t: number): boolean {
  return t > 0 && doc.start[t] === doc.end[t - 1] && doc.pos[t] === 'AUX' && /^['’](?:s|ve|d|re|ll|m)$/i.test(doc.value[t]!);
}

/** Appearance verbs that hedge a reporting verb after "to" (see `attributionsOfSentence`). */
const HEDGES = new Set(['seem', 'appear']);
/** Verbs that say how the act goes on, shown with the reporting verb after "to" ("continued to insist", "failed to mention"). */
const CARRIED_ON = new Set(['continue', 'begin', 'start', 'try', 'fail']);

/** A noun phrase that can stand as a source of a that-clause: a noun head, not "this", "which" or "it". */
function looseSource(doc: SlantDocument, r: TokenRange): boolean {
  if (r.b - r.a > 10) return false;
  for (let t = r.a; t < r.b; t++) if (doc.pos[t] === 'NOUN' || doc.pos[t] === 'PROPN' || (doc.pos[t] === 'NUM' && doc.value[t + 1] === '%')) return true;
  // a share of people in a poll: "eight in 10", "at least 4,500", "one in three"
  const words = doc.lower.slice(r.a, r.b).join(' ');
  return r.b - r.a <= 5 && /^(?:(?:at least|about|nearly|almost|more than|fewer than|roughly|only|just) )?\S+(?: (?:in|out of) \S+)?$/.test(words) && doc.pos[r.b - 1] === 'NUM' && doc.pos[r.a] !== 'PRON';
}

/**
 * `“A.” He added, “B.”`: the tag of quotation `next` stands alone between it and the quotation `q`
 * before it: a sentence of its own that opens right after `q` with the source and cue, and at most
 * eight tokens between the two quotations.
 */
function tagBetween(doc: SlantDocument, q: SpeechQuote, next: SpeechQuote, tagged: Relation): boolean {
  const from = tagged.source ? Math.min(tagged.source.a, tagged.cueRange.a) : tagged.cueRange.a;
  return from > q.t1 && from - q.t1 <= 2 && tagged.cueRange.b <= next.t0 && next.t0 - q.t1 <= 8 && doc.sentenceOf[from] !== doc.sentenceOf[q.t0];
}

/**
 * Quotation `qi` goes on what relation `r` attributes: one more content piece of the same
 * relation (one cue makes one attribution, however many pieces its quotation is cut into).
 */
function joinQuote(r: Relation, qi: number, quoteRelation: (Relation | null)[], quotes: { span: { start: number; end: number } }[]): void {
  const q = quotes[qi]!;
  r.parts.push({ start: q.span.start, end: q.span.end });
  quoteRelation[qi] = r;
}

/** A direct attribution of quotation `qi` with the cue and source of `from`. */
function directRelation(from: QuoteSource | Relation, qi: number, quoteRelation: (Relation | null)[], quotes: { span: { start: number; end: number }; t0: number; t1: number }[]): Relation {
  const q = quotes[qi]!;
  const r = relation(from.cue, from.cueRange, from.source, from.entity, { a: q.t0, b: q.t1 }, [{ start: q.span.start, end: q.span.end }]);
  quoteRelation[qi] = r;
  return r;
}

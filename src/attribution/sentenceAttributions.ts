/**
 * The per-sentence assembly: builds a relation for each cue of a sentence window (via the
 * *Relation.ts builders) and settles how they nest, which ones a later cue holds, where a
 * clause boundary ends an earlier content, and each relation's mode and character parts.
 */
import type { SlantDocument } from '../document/readDocument.js';
import { accordingRelation } from './accordingRelation.js';
import { isViewpointCue, viewpointRelation } from './viewpointOpeners.js';
import { agentlessRelation } from './agentlessRelation.js';
import { truncate } from './clauseBoundaries.js';
import { colonHeadline } from './colonHeadline.js';
import { topicHeadline } from './topicHeadline.js';
import { exhibitedQuality } from './exhibitedQuality.js';
import { onlyEmptyObject, onlyMedium, onlyNothing, onlyTimeWords, trimFront } from './contentExtent.js';
import type { Cue } from './cue.js';
import { takesClause } from './cueComplements.js';
import { takeAnsweringParticiple, takeLinkingPreposition, takeQuestionAdverb } from './cueLinks.js';
import { takeVerbCompletion } from './verbCompletion.js';
import type { SourcePhrase, TokenRange } from './nounPhrases.js';
import { nounRelation } from './nounRelation.js';
import type { CharRange, Relation } from './relation.js';
import type { SentenceWindow } from './sentenceWindows.js';
import type { Built, StageContext } from './stageContext.js';
import { AND_BUT, COORDINATORS, DASHES, endsWithIng, hasVerb, isAdverbLike, isCap, isQuoteMark, isSpacedHyphen, isVerb, MODALS, NOMINAL_TAGS, NONCOMPLEMENT_RELATIVES, RELATIVE_WORDS, WH_SUBJECTS, endsWithIngOrEd } from './tokens.js';
import { PERCENT_WORDS } from './shareAgent.js';
import { verbRelation } from './verbRelation.js';
import { chargedWith, CLAUSE_ONLY, WORDLESS_REACTIONS } from './verbConstructions.js';
import { OPENING_SUBORDINATORS, openingAdjunctStart, REPORTING_OPENERS, TIME_SUBORDINATORS } from './openingClause.js';

import { actInTagRunOn, SAYING_CLASSES } from './verbContent.js';

/** Cue verbs of wishing ("hope", "wish", "pray"). */
const WISH_LEMMAS = new Set(['hope', 'wish', 'pray']);

/** A relation of `rels` whose cue range holds token `head` (a loop, not a closure per cue). */
function inSomeCue(rels: readonly Relation[], head: number): boolean {
  for (const r of rels) if (head >= r.cueRange.a && head < r.cueRange.b) return true;
  return false;
}

/** The first kept, not direct relation of `rels` whose content holds token `head`. */
function holderOf(rels: readonly Relation[], head: number): Relation | undefined {
  for (const r of rels) if (!r.dropped && r.content && head >= r.content.a && head < r.content.b && r.mode !== 'direct') return r;
  return undefined;
}

/**
 * The attributions whose cues stand in one sentence, left to right. A cue inside the content
 * of an earlier one is part of what that one attributes ("He said voters want change": one
 * attribution), unless a clause boundary sets it apart (", and she said", "; officials
 * said", ", saying", ", according to"), which then ends the earlier content. A later
 * attribution whose content comes first ("Vale thinks X, Ruiz said") holds the earlier
 * ones, which are dropped.
 *
 * @example
 * ```ts
 * // "Ruiz said the bridge was safe, and the mayor agreed." → two attributions
 * ```
 */
export function attributionsOfSentence(ctx: StageContext, window: SentenceWindow, cues: Cue[]): Relation[] {
  const { doc } = ctx;
  const { sentence, ts, te } = window;
  const headline = doc.lines[doc.sentences[sentence]!.line]!.tokenStart === ts ? (colonHeadline(ctx, ts, te) ?? topicHeadline(ctx, ts, te)) : null;
  // (most windows have no cue: no sets and closures built for them)
  if (cues.length === 0 && !headline) return [];
  const rels: Relation[] = [];
  // (the window's cue verbs marked in the document's array, cleared before returning: no Set and
  // closure per window)
  const marks = ctx.cueVerbMarks;
  const windowCues = cues;
  for (const c of windowCues) if (c.type === 'verb' || c.type === 'agentless') marks[c.head] = 1;
  // (the set of acts only for a window with an appearance cue: few have one)
  const hedges = cues.some((c) => c.cueClass === 'appearance') ? hedgingCues(doc, cues) : [];
  for (const c of hedges) marks[c.head] = 0;
  if (hedges.length > 0) {
    const hedge = new Set(hedges);
    cues = cues.filter((c) => !hedge.has(c));
  }
  const isCueVerb = ctx.isCueVerb;
  // relations in a relative clause or appositive of a later source whose content was cut there
  // (made at the first such relation: most windows have none)
  let described: Set<Relation> | null = null;
  // echoes whose content is a report already attributed in it (see `echoesReporters`)
  let echoes: Relation[] | null = null;
  if (headline) rels.push(headline);
  // the rest of a "Name:" line is what that name says
  for (const cue of headline ? [] : cues) {
    // "said in a statement that": the noun is part of the verb's cue
    if (inSomeCue(rels, cue.head)) continue;
    const holder = holderOf(rels, cue.head);
    const built = buildRelation(ctx, cue, ts, te, rels, isCueVerb);
    if (!built) continue;
    // "Officials who have long criticized the plan said …": a cue in this source's restrictive relative
    // clause whose content already ends there (before this verb group) describes the source, as below
    const own = built.relation.source;
    if (own !== null && !own.antecedent && own.relative) {
      for (const r of rels) if (r !== holder && !r.dropped && describes(doc, r, own.relative, built.relation)) keepDescribing(ctx, r, te, () => (described ??= new Set()));
    }
    if (holder) {
      // ("…, Berg said, so the board decided to drop it": an act in the clause the tag's content runs on over is said, not reported)
      if (actInTagRunOn(doc, holder, built.relation)) continue;
      const c = built.relation.content;
      // (but "imagined Vos was thinking: “…”": the subject of the reported clause quoted in it is nested there)
      const nestedSpeaker = built.relation.source !== null && built.relation.source !== holder.source && built.relation.source.a === holder.content!.a && c !== null && c.a > built.relation.cueRange.a;
      if (built.relation.mode === 'direct' && c !== null && !nestedSpeaker) {
        // "Vos declared the need for courage: “Change the world,” she said.": a quotation with a cue
        // of its own is not part of the paraphrase before it, which ends where the quotation (or
        // its source and cue) begins
        const src = built.relation.source;
        let cut = Math.min(c.a - 1, built.relation.cueRange.a);
        if (src && !src.antecedent && src.a > holder.content!.a && src.a < cut) cut = src.a;
        // "… and added, “…”": the conjunction goes with neither
        if (AND_BUT.has(doc.lower[cut - 1] ?? '')) cut--;
        if (cut > holder.content!.a && cut > holder.cueRange.b) {
          truncate(doc, holder, cut);
          rels.push(built.relation);
          continue;
        }
      }
      // "Residents who oppose the toll said the bridge was safe": the holder's cue stands in the
      // subject of this one (its relative clause or appositive), so its content ends with that
      // phrase, before this cue's verb group
      const src = built.relation.source;
      // (not a parenthetical speaker: "Ruiz, aides said, would sign it")
      // (also a holder with no source of its own, an agentless or noun cue, whose content starts in that
      // phrase: "Ruiz, whose speech was widely seen as a failure, said …")
      // (and, in an appositive, a holder whose source is this one's own head, found back over the appositive's comma:
      // "Ana Vale, a lawyer for the union to file a complaint against the toll, said …")
      const inPhrase = (p: TokenRange | undefined, head: boolean) => p !== undefined && holder.cue.head > p.a && holder.cue.head < p.b && !holder.pieces && (holder.source !== null ? (holder.source.a >= p.a || (head && headOwnAppositive(doc, holder.source, src!, p))) && holder.content!.a > holder.cue.head : holder.content!.a >= p.a);
      if (src !== null && !src.antecedent && holder.cue.head < built.relation.cueRange.a && (inPhrase(src.relative, false) || inPhrase(src.appositive, true))) {
        let cut = built.relation.cueRange.a;
        while (cut - 1 > holder.content!.a && (doc.pos[cut - 1] === 'AUX' || isAdverbLike(doc, cut - 1))) cut--;
        if (cut > holder.content!.a) {
          truncate(doc, holder, cut);
          keepDescribing(ctx, holder, te, () => (described ??= new Set()));
          rels.push(built.relation);
          continue;
        }
      }
      // "Groups urging Ruiz to run are praising …", "A statement posted online said …", "Figures released
      // on Sunday suggest …": the holder's cue modifies the head of this one's subject; its content ends
      // with the subject, before this cue's verb group (a noun cue left with no clause is the subject itself)
      if (src !== null && !src.antecedent && built.relation.cue.type === 'verb' && inSubject(doc, holder, built.relation)) {
        let cut = built.relation.cueRange.a;
        while (cut - 1 > holder.content!.a && (doc.pos[cut - 1] === 'AUX' || isAdverbLike(doc, cut - 1))) cut--;
        if (cut > holder.content!.a && (holder.cue.type !== 'noun' || hasVerb(doc, holder.content!.a, cut)) && !postedNoun(doc, holder)) {
          truncate(doc, holder, cut);
        } else holder.dropped = true;
        rels.push(built.relation);
        continue;
      }
      // (also a parenthetical cue whose content runs on both sides of it: "Every effort to correct it, Berg said, turns out pointless")
      const before = c !== null && (c.b <= built.relation.cue.tokStart || built.relation.pieces !== undefined) && holder.cue.head >= c.a && holder.cue.head < c.b;
      // "Ruiz praised the plan - “a fair deal,” she said - and …": a report set off by dashes holds
      // only what stands between the opening dash and its source; the earlier content ends at that dash
      const dash = before ? dashedReport(doc, holder, built.relation) : -1;
      if (dash >= 0) {
        built.relation.content = { a: dash + 1, b: c!.b };
        truncate(doc, holder, dash);
        rels.push(built.relation);
        continue;
      }
      // "The storm is expected to weaken, forecasters said": the later cue holds the earlier one
      // ("Vale was accused by a clerk of lying, according to Ruiz": a passive judgement with its agent, whose charge
      // ran on over the tag, keeps its relation, ending where the tag's content ends; see `agentJudgementInTag`)
      if (before && agentJudgementInTag(holder, c, built.relation)) truncate(doc, holder, c.b);
      else if (before) holder.dropped = true;
      else if (reactionWhen(ctx, holder, built.relation)) {
        // (a wordless reaction only times the report; a reaction with words keeps its own relation: to its
        // own subject's report it judges the act, "exaggerates | when he says", while what was said is the
        // report's content; to another's report it answers what was said, "objected when the board said …")
        if (WORDLESS_REACTIONS.has(doc.lemma[holder.cue.head]!)) holder.dropped = true;
        else if (reportsOwnAct(doc, built.relation)) truncate(doc, holder, built.relation.cueRange.b);
        rels.push(built.relation);
        continue;
      } else {
        // "Since Ruiz proposed the toll in March, she has argued …": after an opening subordinate
        // clause, a subject of its own after the comma starts the main clause
        const own = src !== null && !src.antecedent && OPENING_SUBORDINATORS.has(doc.lower[trimFront(doc, ts, te)] ?? '') && c !== null && c.a >= built.relation.cue.tokEnd && src.a - 1 > holder.content!.a && doc.value[src.a - 1] === ',' && src.b <= built.relation.cue.tokStart && !adjunctOpensAsContent(doc, ts, holder, src.a - 1);
        // "The union distrusts him because he favors tolls": an object content ends where a causal or
        // "after"/"as" clause with a cue and a subject of its own begins (not "as his main issue", a
        // preposition; a reported clause keeps it:
        // "said it failed because voters …"; a "when" clause mostly says when the act took place)
        const sub = src !== null && !src.antecedent && !SAYING_CLASSES.has(holder.cue.cueClass) && holder.cue.cueClass !== 'appearance' && src.a - 1 > holder.content!.a && src.b <= built.relation.cue.tokStart && /^(?:because|since|after|as)$/.test(doc.lower[src.a - 1]!) && !(doc.lower[src.a - 1] === 'as' && /^(?:DET|ADJ|NOUN|NUM)$/.test(doc.pos[src.a]!));
        // ("acknowledged some mistakes even as she defended …", "praised the plan while Berg called it …":
        // after an object, any such clause with a subject and cue of its own)
        const objectSub = src !== null && !src.antecedent && objectBefore(doc, holder, src.a - 1) && ownSubject(doc, built.relation) && /^(?:because|since|after|as|while|whereas|when|though|although|before|until|once)$/.test(doc.lower[src.a - 1]!) && (doc.lower[src.a - 1] !== 'as' || doc.lower[src.a - 2] === 'even' || !/^(?:DET|ADJ|NOUN|NUM)$/.test(doc.pos[src.a]!));
        // "echoed experts who say the photos were doctored": the experts' claim is reported too, nested
        // in the object that holds it
        // "praised the marchers, whom Vale described as “brave”": a relative clause set off after the
        // holder's object, whose moved object is the pronoun, is a report of its own; the object ends at its comma
        if (built.boundary < 0 && !own && !sub && relativeObjectReport(doc, holder, built.relation)) {
          truncate(doc, holder, built.relation.content!.a - 1);
          rels.push(built.relation);
          continue;
        }
        if (built.boundary < 0 && !own && !sub && relativeReport(doc, holder, built.relation)) {
          // (dropped once the window is read: until then the echo still holds what its content holds)
          if (echoesReporters(ctx, holder, built.relation)) (echoes ??= []).push(holder);
          rels.push(built.relation);
          continue;
        }
        if (built.boundary < 0 && !own && !sub && emptyOpener(ctx, ts, holder, built.relation)) {
          holder.dropped = true;
          rels.push(built.relation);
          continue;
        }
        // "After the hearing ended, Vale stated …", "In addition to stating that …, Ruiz has vowed …": the
        // holder stands in an opening adjunct; the main clause after its comma is this cue's own
        const adjunctEnd = built.boundary < 0 && !own && !sub ? openingAdjunctEnd(ctx, ts, holder, built.relation) : -1;
        if (adjunctEnd >= 0) {
          if (adjunctEnd <= holder.content!.a) holder.dropped = true;
          else truncate(doc, holder, adjunctEnd);
          rels.push(built.relation);
          continue;
        }
        // "said the plan would pass, though Ruiz doubts it": a contrast clause whose cue only holds a view
        // stays in the reported clause (which runs on over it); the view is reported too
        if (built.boundary >= 0 && contrastInReport(doc, holder, built.relation, built.boundary)) {
          rels.push(built.relation);
          continue;
        }
        // "A poll found that 40 percent backed the levy, while 30 percent opposed it": the finding runs on over the
        // result set beside it, which is part of what the document reports, not a relation of its own
        if (comparisonInFinding(doc, holder, built.relation)) continue;
        let boundary = built.boundary >= 0 ? built.boundary : own || sub ? src.a - 1 : objectSub ? src.a - (doc.lower[src.a - 2] === 'even' ? 2 : 1) : mainClauseAfter(ctx, ts, holder, built.relation);
        if (boundary < 0) boundary = joinedClauseAfterObject(ctx, holder, built.relation);
        if (boundary < 0) boundary = dashBefore(ctx, holder, built.relation);
        if (boundary < 0 || boundary <= holder.content!.a) {
          // nested in the holder's content; a plain report of speech inside an act, view or question is reported too
          // ("said the crews rowed with the marchers, whom she described as “calm”": a report in a relative clause set off
          // inside the holder's content is kept beside the holder, which still holds it)
          if (speechInsideAct(doc, holder, built.relation) || relativeInReport(doc, holder, built.relation)) rels.push(built.relation);
          continue;
        }
        truncate(doc, holder, boundary);
        // ("challenged the assertion that Vale lied, and said …": a reporting noun (or agentless cue) in the holder's object,
        // whose clause ran on over the boundary, ends there too; a verb's report keeps its own extent)
        for (const r of rels) if (r !== holder && !r.dropped && r.cue.type !== 'verb' && r.content && r.content.a >= holder.content!.a && r.content.a < boundary && r.content.b > boundary) truncate(doc, r, boundary);
      }
    }
    let c = built.relation.content;
    // "Ruiz said the toll was fair, but it cannot last, Berg added": the tag reports only what follows "but"
    // (the earlier report's content ends at the comma before it)
    if (c && c.b <= built.relation.cue.tokStart && built.relation.mode !== 'direct') {
      const held = c;
      const earlier = rels.find((r) => !r.dropped && r.content !== null && r.cue.head >= held.a && r.cue.head < held.b);
      const but = earlier ? butBeforeTag(ctx, earlier, built.relation) : -1;
      if (earlier && but >= 0) {
        c = built.relation.content = { a: but + 2, b: c.b };
        truncate(doc, earlier, but);
      }
    }
    // (a quotation's own tag stays: "“…,” Ruiz told a visitor who seemed puzzled" — the quotation lies outside that content)
    // ("Vale was criticized by the growers for raising the toll, Ruiz said": a passive with its agent and pieces on
    // both sides of its cue is a judgement of its own, which the tag after the clause reports too)
    if (c) for (const r of rels) if (!r.dropped && r.cue.head >= c.a && r.cue.head < c.b && built.relation.mode !== 'direct' && !quoteOutside(r, c) && !agentJudgementInTag(r, c, built.relation)) dropInto(r, built.relation);
    rels.push(built.relation);
  }
  if (echoes) for (const r of echoes) r.dropped = true;
  for (const r of rels) {
    if (r.dropped || r.mode === 'direct' || !r.content) continue;
    // ("some (backed by the growers) for ports", "a rival (think Vale in 1990) can win": a verb inside brackets
    // that opened after its supposed subject is an aside with no subject of its own, no report of that phrase)
    if (r.source && bracketBeforeCue(doc, r.source, r.cue.tokStart)) {
      r.dropped = true;
      continue;
    }
    takeAnsweringParticiple(doc, r, ctx.lex);
    takeQuestionAdverb(doc, r);
    takeVerbCompletion(doc, r);
    takeLinkingPreposition(doc, r);
    const c = r.content!;
    r.mode = modeOf(ctx, c);
    // "Ruiz stepped up his attacks on Friday, saying …": a content cut back at a clause boundary
    // after the relation was built may be left with only a time adjunct or "nothing"; "responded on
    // Twitter" names only where it was said: no content; nor does "took aim at one another" or "responded in kind"
    if (r.mode === 'indirect' && (onlyTimeWords(doc, c) || onlyNothing(doc, c) || onlyMedium(doc, c, r.cue.lemma) || onlyEmptyObject(doc, c))) {
      r.dropped = true;
      continue;
    }
    // "The deal is said to be close", "The board faced criticism over the vote": an agentless
    // cue's content runs around it; shown as the pieces on either side, never with the cue inside
    // (split only now, so that the nesting decisions above still see one clause)
    const around = r.cue.type === 'agentless' && !r.pieces && c.a < r.cue.tokStart && c.b > r.cue.tokStart;
    r.parts = around ? clippedParts(doc, [{ a: c.a, b: r.cue.tokStart }, { a: asideClose(doc, r.cue, c.b), b: c.b }], c) : r.pieces ? clippedParts(doc, r.pieces, c) : c.b > c.a ? [chars(doc, c)] : [];
  }
  // "A man, who did not want to give his name, said": a cue inside another relation's source phrase describes the source;
  // what the source said in a relative clause is an attribution of its own ("Wray, who said …, said …")
  // (also after the cue: "…,” said Ann Vale, a former mayor who supports Ruiz" describes the speaker;
  // not "…, whose group does not endorse …", a subject of its own)
  // ("Farmers, fearing a drought, asked …": a participle whose subject is that same source is an attribution of its own)
  // (so is what the source thinks or wrote there, a cue with a clause: "Vale, who thinks the levy is unfair, said …")
  // (the window's own array when all are kept, as in most windows: no copy and no closures per window,
  // bench/HISTORY.md scale45)
  let kept: Relation[] | null = null;
  for (let i = 0; i < rels.length; i++) {
    const keep = keptInWindow(doc, rels, described, rels[i]!);
    if (keep && kept !== null) kept.push(rels[i]!);
    else if (!keep && kept === null) kept = rels.slice(0, i);
  }
  for (const c of windowCues) marks[c.head] = 0;
  return kept ?? rels;
}

/**
 * Is `holder` the head `src` itself, and `p` a noun phrase set off by commas right after it ("Ana Vale[, a lawyer for
 * the union,] said": opened by a determiner or a number, as appositiveEnd reads one)?
 */
function headOwnAppositive(doc: SlantDocument, holder: TokenRange, src: TokenRange, p: TokenRange): boolean {
  return holder.a === src.a && holder.b === src.b && p.a === src.b + 1 && doc.value[src.b] === ',' && doc.value[p.b] === ',' && (doc.pos[p.a] === 'DET' || doc.pos[p.a] === 'NUM');
}

/**
 * Where the content resumes after an agentless cue inside it: past the comma that closes an "it" aside and the time
 * phrase before that comma ("The levy, it was reported on Monday, | will rise"); else the cue's end.
 */
function asideClose(doc: SlantDocument, cue: Cue, b: number): number {
  if (cue.agentless !== 'it-that') return cue.tokEnd;
  // (the time phrase is at most 4 words: timePhraseEnd's bound in verbCues)
  for (let t = cue.tokEnd; t < b && t <= cue.tokEnd + 4; t++) if (doc.value[t] === ',') return t + 1;
  return cue.tokEnd;
}

/** The most tokens between a source and its cue that `bracketBeforeCue` reads. */
const MAX_BRACKET_GAP = 8;

/**
 * Does an opening bracket stand between the end of `source` (its last token included) and the cue at `cue`
 * with no closing one before the cue? A cue more than `MAX_BRACKET_GAP` tokens away is left alone.
 */
function bracketBeforeCue(doc: SlantDocument, source: TokenRange, cue: number): boolean {
  if (cue - source.b > MAX_BRACKET_GAP) return false;
  let open = false;
  for (let t = Math.max(source.a, source.b - 1); t < cue; t++) {
    if (doc.value[t] === '(') open = true;
    else if (doc.value[t] === ')') open = false;
  }
  return open;
}

/** Is relation `r` of a window's relations `rels` an attribution of its own (see the end of `attributionsOfSentence`)? */
function keptInWindow(doc: SlantDocument, rels: readonly Relation[], described: Set<Relation> | null, r: Relation): boolean {
  return !r.dropped && r.parts.length > 0 && (r.cue.cueClass === 'speech' && r.cue.type === 'verb' || described?.has(r) === true || relativeView(doc, r) || !inOtherSource(doc, rels, r));
}

/** Does the cue of `r` stand in the source phrase of another relation of `rels`, describing that source? */
function inOtherSource(doc: SlantDocument, rels: readonly Relation[], r: Relation): boolean {
  for (const o of rels) if (o !== r && o.source && !o.dropped && !sameSpan(r.source, o.source) && r.cue.head >= o.source.a && (r.cue.head < o.cue.tokStart || (r.cue.head >= o.cue.tokEnd && whoSubject(doc, r))) && r.cue.head < Math.max(o.source.b, o.source.relative?.b ?? 0, o.source.appositive?.b ?? 0) && !subordinateAside(doc, r, o.source)) return true;
  return false;
}

/**
 * "Ruiz, when asked about the levy, replied …": a clause set off after the subject and opened by a
 * subordinator of time is an adjunct of the main verb, not a description of its source; a relation with no
 * source whose cue stands in it is a question or report of its own (not "Ruiz, who was asked …", nor "Ruiz,
 * if asked about the levy, will say …": a condition puts no question, review28 #8).
 */
function subordinateAside(doc: SlantDocument, r: Relation, source: SourcePhrase): boolean {
  const aside = source.appositive;
  return r.source === null && aside !== undefined && r.cue.head > aside.a && r.cue.head < aside.b && TIME_SUBORDINATORS.has(doc.lower[aside.a]!);
}

/**
 * "Vale seemed to suggest that …", "appeared to confirm": the writer hedges what the subject
 * did; the relation is the reporting verb's, with the subject as its source, not an appearance
 * (not a state: "seemed to be worried" stays an appearance). The appearance cues of `cues`
 * followed by "to" and a verb cue of an act.
 */
function hedgingCues(doc: SlantDocument, cues: Cue[]): Cue[] {
  const acts = new Set<number>();
  for (const c of cues) if ((c.type === 'verb' || c.type === 'agentless') && !c.lemma.startsWith('be ')) acts.add(c.head);
  return cues.filter((c) => c.cueClass === 'appearance' && doc.lower[c.tokEnd] === 'to' && acts.has(c.tokEnd + 1));
}

/**
 * "In a swipe at the council, Ruiz said …", "Vale said the vote was rigged and Berg said it was
 * fair": a speaker of its own, named right before a finite speech or writing verb, after a comma
 * or a joining "and"/"but" inside an earlier relation's content, starts a new main clause: that
 * content ends at the comma or conjunction (returned; -1 when there is no such clause). A
 * reported clause that merely holds a report ("said that voters said …") has no comma or
 * conjunction there.
 */
function mainClauseAfter(ctx: StageContext, ts: number, holder: Relation, r: Relation): number {
  const { doc } = ctx;
  const src = r.source;
  if (src === null || !ownClause(ctx, r)) return -1;
  const j = src.a - 1;
  const h = holder.content!;
  if (j <= h.a || j <= holder.cue.tokEnd || ctx.quotes.inQuote[j]! >= 0) return -1;
  // "said she and her aides referred to …": a subject joined to the start of the content is one subject
  if (AND_BUT.has(doc.lower[j]!)) return doc.value[j - 1] === ',' ? j - 1 : hasVerb(doc, h.a, j) ? j : -1;
  if (doc.value[j] !== ',') return -1;
  // a comma inside a reported clause mostly closes that clause's opening adjunct ("said that, if
  // elected, she would …", "reported that during the visit, the minister said …"); it ends the
  // holder when the holder reports no clause ("In a swipe at the council, Ruiz said") or stands in
  // the sentence's opening clause ("After the panel concluded that …, the campaign said",
  // "Lashing out at critics, Ruiz said")
  if (adjunctOpensAsContent(doc, ts, holder, j)) return -1;
  const first = trimFront(doc, ts, holder.cue.tokStart + 1);
  const opening = OPENERS.test(doc.lower[first] ?? '') || (first === holder.cue.tokStart && endsWithIngOrEd(doc.lower[first]!));
  return opening || !((holder.cue.type === 'verb' && SAYING_CLASSES.has(holder.cue.cueClass)) || doc.lower[h.a - 1] === 'that') ? j : -1;
}

/**
 * Does the holder's content up to token `j` read as an object rather than a reported clause: a
 * cue that takes no clause, or a noun phrase with no verb ("acknowledged some mistakes | even as")?
 */
function objectBefore(doc: SlantDocument, holder: Relation, j: number): boolean {
  const h = holder.content!;
  // (not an infinitive or a clause: "vows not to take calls until it agrees" keeps its condition)
  // ("According to Vale, Mills and an aide asked …": the content of "according to" is a clause)
  return j > h.a && j > holder.cue.tokEnd && holder.cue.type !== 'according' && holder.cue.cueClass !== 'appearance' && doc.lower[h.a - 1] !== 'that' && !hasVerb(doc, h.a, j);
}

/** Is `r` a passive with its agent, its content in pieces around its cue, held by a tag's content `c` that ends before the tag's cue? */
function agentJudgementInTag(r: Relation, c: TokenRange, tag: Relation): boolean {
  return r.cue.byAgent !== undefined && r.source !== null && r.pieces !== undefined && c.b <= tag.cue.tokStart;
}

/**
 * Drops `r`, held in the content of `holder`, and notes the holder: the next piece of a quotation
 * `r` reported goes on with it (`“A,” Ruiz said, according to a transcript. “B.”`).
 */
function dropInto(r: Relation, holder: Relation): void {
  r.dropped = true;
  r.heldBy = holder;
}

/** A direct relation whose quotation stands wholly outside content `c` (before or after it). */
function quoteOutside(r: Relation, c: TokenRange): boolean {
  return r.mode === 'direct' && r.content !== null && (r.content.b <= c.a || r.content.a >= c.b);
}

/** A verb cue whose own subject, a noun phrase with no verb, stands right before its verb group ("the mayor has long said"). */
function ownSubject(doc: SlantDocument, r: Relation): boolean {
  if (r.cue.byAgent !== undefined || !subjectBeforeVerbGroup(doc, r, true)) return false;
  const src = r.source!;
  // a finite verb ("ads attacking Varga" is a noun with its participle), after a plain subject ("how Washington" is a clause)
  let aux = false;
  for (let t = src.b; t < r.cueRange.a && !aux; t++) aux = doc.pos[t] === 'AUX';
  if (endsWithIng(doc.lower[r.cue.head]!) && !aux && doc.pos[r.cue.head - 1] !== 'AUX') return false;
  for (let t = src.a; t < src.b; t++) if ((isVerb(doc, t) && !nameReadAsVerb(doc, src, t)) || /^(?:how|what|why|whether|which|who|where|when|that|[(),;:—–])$/.test(doc.lower[t]!)) return false;
  return true;
}

/**
 * Is the verb-tagged word at `t` a surname the tagger read as a verb ("…, Cross said", "Mr. Hurt
 * wrote")? It ends the subject `src`, is capitalised, and stands alone after a comma or after an
 * abbreviated title: not a subject's first word at the sentence start ("Cutting the levy was right").
 */
function nameReadAsVerb(doc: SlantDocument, src: TokenRange, t: number): boolean {
  if (t !== src.b - 1 || !isCap(doc, t)) return false;
  const before = doc.value[t - 1] ?? '';
  return t > src.a ? t - 1 === src.a && isCap(doc, t - 1) && before.endsWith('.') : before === ',';
}

/**
 * The shared part of `ownSubject` and `ownClause`: a verb cue with a source of its own (not a
 * resolved pronoun) that ends before the verb group, only adverbs (and, with `auxiliaries`,
 * auxiliaries) between them, and content after the cue.
 */
function subjectBeforeVerbGroup(doc: SlantDocument, r: Relation, auxiliaries: boolean): boolean {
  const src = r.source;
  if (src === null || src.antecedent || r.cue.type !== 'verb' || r.content === null || r.content.a < r.cue.tokEnd || src.b > r.cueRange.a) return false;
  // ("she, once again, pledged": the commas of an adverb set off between them; "Ruiz, a former aide,
  // wrote": the source's appositive, opened by a determiner, and its commas; not a date's year
  // before a noun: "the May 3, 2019, harbour vote convinced")
  const app = src.appositive;
  const from = app !== undefined && app.a >= src.b && app.b <= r.cueRange.a && doc.pos[app.a] === 'DET' ? app.b : src.b;
  for (let t = from; t < r.cueRange.a; t++) if (!isAdverbLike(doc, t) && !(auxiliaries && doc.pos[t] === 'AUX') && doc.value[t] !== ',') return false;
  return true;
}

/**
 * "Berg has not talked about the flood and his office did not respond", "Residents want the bridge,
 * but the mayor wants a park": after an object, "and" or "but" before a subject of its own with its
 * cue starts a second main clause; the object ends there. Returns the boundary token, or -1.
 */
function joinedClauseAfterObject(ctx: StageContext, holder: Relation, r: Relation): number {
  const { doc } = ctx;
  if (!ownSubject(doc, r)) return -1;
  // ("and then she called", "but, once again, he said": adverbs between the conjunction and the subject)
  let j = r.source!.a - 1;
  for (let n = 0; n < 4 && j > holder.cue.tokEnd && (isAdverbLike(doc, j) || doc.value[j] === ',') && !COORDINATORS.has(doc.lower[j]!); n++) j--;
  if (!AND_BUT.has(doc.lower[j] ?? '') || ctx.quotes.inQuote[j]! >= 0) return -1;
  // ("vowed to cut the levy and she called Berg “a liar”": an infinitive has no subject, so a clause with one after "and" is the writer's)
  if (infinitiveContent(doc, holder)) return doc.value[j - 1] === ',' ? j - 1 : j;
  if (!objectBefore(doc, holder, j)) return -1;
  // (after a verb that reports a clause, "said the mayor and the council agreed" and "hopes voters and others
  // see" have a subject of two nouns: only a comma or a preposition before the object sets the clauses apart, "talked about the flood and")
  // (nor does an object that is one whole quotation, closed before "and": `said “too high” and 12 percent said …`)
  if ((SAYING_CLASSES.has(holder.cue.cueClass) || WISH_LEMMAS.has(holder.cue.lemma)) && doc.value[j - 1] !== ',' && doc.pos[holder.content!.a] !== 'ADP' && !holder.cue.lemma.includes(' ') && !wholeQuotation(ctx, holder.content!.a, j)) return -1;
  return doc.value[j - 1] === ',' ? j - 1 : j;
}

/** Does the holder's content open with "to" and a verb ("pledged | to cut the levy")? */
function infinitiveContent(doc: SlantDocument, holder: Relation): boolean {
  const a = holder.content!.a;
  return a >= holder.cue.tokEnd && doc.lower[a] === 'to' && isVerb(doc, a + 1);
}

/** Tokens [a, b) are one quotation, its opening mark at `a` and its closing mark at `b - 1`. */
function wholeQuotation(ctx: StageContext, a: number, b: number): boolean {
  const { doc } = ctx;
  const first = a + 1;
  const last = b - 2;
  const q = ctx.quotes.inQuote[first]!;
  return last >= first && isQuoteMark(doc, a) && isQuoteMark(doc, b - 1) && q >= 0 && ctx.quotes.inQuote[last] === q && ctx.quotes.inQuote[b - 1]! < 0;
}

/**
 * `… - “We need the details,” she said - and …`: a report whose content runs back over the
 * holder's cue, with its source and cue closed by a spaced dash, and a spaced dash after the
 * holder's cue opening it. Returns the opening dash, or -1.
 */
function dashedReport(doc: SlantDocument, holder: Relation, r: Relation): number {
  const c = r.content;
  if (c === null || r.pieces || r.cue.type !== 'verb' || r.source === null) return -1;
  const left = Math.min(r.cueRange.a, r.source.a);
  const right = Math.max(r.cueRange.b, r.source.b);
  if (!spacedDash(doc, right) || c.b > left) return -1;
  for (let d = left - 1; d > holder.cueRange.b && d > c.a; d--) if (spacedDash(doc, d)) return d;
  return -1;
}

/** A dash set off by spaces ("—", "--", " - "), not a hyphen inside a word; a hyphen needs a token on each side. */
function spacedDash(doc: SlantDocument, t: number): boolean {
  return DASHES.has(doc.value[t]!) || (isSpacedHyphen(doc, t) && t > 0 && t + 1 < doc.tokenCount);
}

/**
 * "… better at handling floods than Berg - 60 percent of voters said she would do better": a dash
 * before a subject of its own and its cue ends the earlier content; what follows the dash is the
 * second relation's. Returns the dash token, or -1.
 */
function dashBefore(ctx: StageContext, holder: Relation, r: Relation): number {
  const { doc } = ctx;
  if (!ownSubject(doc, r)) return -1;
  const d = r.source!.a - 1;
  const h = holder.content!;
  // (what the second speaker says or thinks, after the only dash of the content: not "— a group —", an inserted phrase)
  if (!SAYING_CLASSES.has(r.cue.cueClass) || r.cue.lemma.includes(' ') || d <= h.a || d <= holder.cueRange.b || !spacedDash(doc, d) || ctx.quotes.inQuote[d]! >= 0) return -1;
  for (let t = h.a; t < h.b; t++) if (t !== d && spacedDash(doc, t)) return -1;
  return d;
}

/**
 * A finite speech or writing verb with a subject of its own right before it (an adverb may come
 * between: "Ruiz also said") that reports a clause ("the procedure sometimes called X" is a name).
 */
function ownClause(ctx: StageContext, r: Relation): boolean {
  const { doc } = ctx;
  if (!(r.cue.cueClass === 'speech' || r.cue.cueClass === 'writing') || r.cue.negated || endsWithIng(doc.lower[r.cue.head]!) || !subjectBeforeVerbGroup(doc, r, false)) return false;
  const src = r.source!;
  const c = r.content!;
  return !hasVerb(doc, src.a, src.b) && (doc.lower[c.a - 1] === 'that' || ctx.quotes.inQuote[c.a]! >= 0 || hasVerb(doc, c.a, c.b));
}

/**
 * `Ruiz said the toll was fair, but “it cannot last,” Berg added`: the content of a tag `r` that
 * comes before it holds a report of its own (`holder`: a subject, then a speech or writing verb
 * and its clause), then a comma and "but"/"yet" opening a clause or quotation. The tag reports only
 * what follows the conjunction; the holder's content ends at the comma (returned; -1 otherwise).
 */
function butBeforeTag(ctx: StageContext, holder: Relation, r: Relation): number {
  const { doc } = ctx;
  const c = r.content!;
  if (r.pieces || holder.pieces || holder.cue.type !== 'verb' || holder.source === null || holder.source.a < c.a || !ownClause(ctx, holder)) return -1;
  for (let t = holder.content!.a; t < c.b - 2; t++) {
    if (ctx.quotes.inQuote[t]! >= 0 || /^[;:]$/.test(doc.value[t]!)) continue;
    if (doc.value[t] === ',' && /^(?:but|yet)$/.test(doc.lower[t + 1]!)) return t;
  }
  return -1;
}

/**
 * "As the Courier reported, even on Friday, the board said …": is the holder an opening "as" or
 * "like" clause whose content, the main clause after its comma, opens with an adjunct set off by
 * the comma `j`? The clause after `j` is still that content, attributed as with no adjunct.
 */
function adjunctOpensAsContent(doc: SlantDocument, ts: number, holder: Relation, j: number): boolean {
  const h = holder.content!;
  return h.a > holder.cue.tokEnd && j > h.a && REPORTING_OPENERS.has(doc.lower[trimFront(doc, ts, holder.cue.tokStart + 1)]!) && !hasVerb(doc, h.a, j);
}

/**
 * "Lashing out, Ruiz said …", "With the toll ruled out, Berg said …": a cue in the sentence's
 * opening phrase whose content is the whole main clause after the comma, where that clause
 * reports what its own subject said. The opening cue holds nothing of its own.
 */
function emptyOpener(ctx: StageContext, ts: number, holder: Relation, r: Relation): boolean {
  const { doc } = ctx;
  const src = r.source;
  if (src === null || holder.cue.type === 'according' || holder.content!.a !== src.a || doc.value[src.a - 1] !== ',' || src.a - 1 < holder.cue.tokEnd || !ownClause(ctx, r)) return false;
  // (not "As Politico revealed, the board agreed …": that opener attributes the main clause)
  const first = trimFront(doc, ts, holder.cue.tokStart + 1);
  if (doc.lower[first] === 'as') return false;
  return OPENERS.test(doc.lower[first] ?? '') || (endsWithIngOrEd(doc.lower[first]!) && (first === holder.cue.tokStart || doc.pos[first] === 'VERB'));
}

/**
 * "Later in the day, after the hearing ended, Vale stated that …", "In addition to stating that the
 * levy was illegal, Ruiz has vowed to repeal it", "Using a blunt phrase to describe the growers as
 * greedy, Berg said …": the holder's cue stands in the sentence's opening adjuncts (`openingAdjunctStart`)
 * and `r`, a finite cue with a subject of its own right after the first comma past the holder's cue,
 * is the main clause, no part of the adjunct's content. Returns that comma (the holder's content
 * ends there; a content that starts after it is dropped), or -1. Not "According to Vale, …" nor a
 * viewpoint, whose content is the main clause, nor an "as"/"like" clause with nothing before its
 * comma ("As Ruiz said, the board …"), which attributes it.
 */
function openingAdjunctEnd(ctx: StageContext, ts: number, holder: Relation, r: Relation): number {
  const { doc } = ctx;
  const src = r.source;
  if (src === null || holder.cue.type === 'according' || isViewpointCue(holder.cue) || !ownSubject(doc, r)) return -1;
  const j = src.a - 1;
  if (doc.value[j] !== ',' || j < holder.cue.tokEnd || ctx.quotes.inQuote[j]! >= 0) return -1;
  for (let t = holder.cue.tokEnd; t < j; t++) if (doc.value[t] === ',' || doc.value[t] === ';' || doc.value[t] === ':') return -1;
  const first = openingAdjunctStart(doc, ts, holder.cue.tokStart);
  if (first < 0 || (j <= holder.content!.a && REPORTING_OPENERS.has(doc.lower[first]!))) return -1;
  return j;
}

/**
 * "The crowd booed when Vale told them the port would close": an evaluation verb with no object
 * whose content is only a time clause; a report in that clause (its own subject, then a speech or
 * writing verb and its clause) is an attribution of its own. The caller drops the reaction when
 * it is wordless (`WORDLESS_REACTIONS`).
 */
function reactionWhen(ctx: StageContext, holder: Relation, r: Relation): boolean {
  const { doc } = ctx;
  const src = r.source;
  const h = holder.content!;
  if (src === null || src.antecedent || holder.cue.type !== 'verb' || holder.cue.cueClass !== 'evaluation' || h.a !== src.a - 1) return false;
  if (!TIME_SUBORDINATORS.has(doc.lower[h.a]!) || h.a - holder.cueRange.b > 1 || src.b > r.cueRange.a) return false;
  return ownClause(ctx, r);
}

/**
 * Is the report `r` in a reaction's time clause the reacting one's own act: its source a personal
 * pronoun standing for the reaction's subject ("Vale exaggerates when he says …"), not another
 * speaker ("Berg objected when the board said …")?
 */
function reportsOwnAct(doc: SlantDocument, r: Relation): boolean {
  const src = r.source!;
  return src.b - src.a === 1 && doc.pos[src.a] === 'PRON';
}

/** Verbs of saying again what others said ("echoing experts who say …", "parroting pundits who claim …"). */
const ECHOING_VERBS = new Set(['echo', 'parrot']);

/**
 * "Vale is echoing harbour engineers who say the pier is unsafe": the object of a verb of echoing is
 * the speakers of a report in its relative clause (`r`, found by `relativeReport`); what is echoed
 * is that report, already attributed to them, so the echo adds no content of its own (while
 * "praised engineers who say …" keeps its object). Only a bare group of speakers stands before the
 * relative word: a message noun or a prepositional phrase ("echoed the warning of engineers who
 * say …", "echoed criticism from growers who …") names what is echoed, the echo's own content.
 */
function echoesReporters(ctx: StageContext, holder: Relation, r: Relation): boolean {
  const { doc, lex } = ctx;
  if (holder.cue.type !== 'verb' || !ECHOING_VERBS.has(holder.cue.lemma) || holder.pieces) return false;
  const src = r.source!;
  const relative = src.antecedent ? src.a : src.a - 1;
  const h = holder.content!;
  if (relative <= h.a || h.b < r.content!.b || hasVerb(doc, h.a, relative)) return false;
  for (let t = h.a; t < relative; t++) if (doc.pos[t] === 'ADP' || lex.cueNounKeys.has(doc.lower[t]!)) return false;
  return true;
}

/** Verbs that report a clause outright: their relative clauses report a view of their own. */
const CLAUSE_REPORTERS = new Set(['say', 'tell', 'claim', 'suggest', 'argue', 'insist', 'warn', 'contend', 'maintain', 'assert', 'note', 'acknowledge', 'admit', 'predict', 'declare', 'write']);

/**
 * "echoing security experts who say the images were doctored", "compared with 30 percent who say
 * the same of Berg": inside an earlier content, a relative clause whose verb reports a clause is
 * a relation of its own (its antecedent's view), while the earlier content keeps the noun phrase
 * with its relative clause.
 */
function relativeReport(doc: SlantDocument, holder: Relation, r: Relation): boolean {
  const src = r.source;
  if (src === null || r.cue.type !== 'verb' || r.cue.negated || !CLAUSE_REPORTERS.has(r.cue.lemma) || endsWithIng(doc.lower[r.cue.head]!)) return false;
  if (r.content === null) return false;
  const a = clauseStart(r);
  if (a < r.cue.tokEnd) return false;
  // "shelve the laws that courts said discriminated against renters", "a levy which she said would
  // fail": the relative pronoun is the subject of the reported clause, whose verb follows the cue
  const gap = !src.antecedent && RELATIVE_WORDS.has(doc.lower[src.a - 1] ?? '') && a === r.cueRange.b && isVerb(doc, a);
  if (!gap && (!src.antecedent || !RELATIVE_WORDS.has(doc.lower[src.a]!))) return false;
  const first = gap ? src.a - 1 : src.a;
  return first > holder.content!.a && first > holder.cue.tokEnd;
}

/** Plain verbs of saying whose report stays a relation of its own inside another content. */
const NESTED_SAYING = new Set(['say', 'tell', 'claim', 'write', 'insist', 'argue', 'add', 'state', 'declare', 'explain']);
/** Holder classes that report an act, a view or a question, not what someone said: a saying inside them is not their content's wording. */
const ACT_CLASSES = new Set(['evaluation', 'question', 'intention', 'belief', 'appearance']);
/** Holder verbs that report what a poll or study found: the respondents' answers are the finding itself ("a poll found 40 percent said …"). */
const FINDING_VERBS = new Set(['show', 'find', 'reveal', 'suggest', 'indicate']);

/**
 * "Ruiz was asked about the levy at a forum where he said it was fair", "Dara remembers that Vale
 * said the orchard was safe": a finite, plain verb of saying with a source of its own, inside the content of a relation that
 * reports an act, a view or a question (not a finding), reports what was said; it is kept
 * beside the holder, which still holds it. Not an infinitive, a modal or a negated saying ("could
 * say goodbye", "to say", "never said"), nor a saying whose object is a moved "what" ("what Vale
 * said about the levy"), a relative pronoun ("the plan that Ruiz said she would sign"), a question the
 * holder asks ("asked when Vale said …"), nor a survey share ("52 percent said").
 */
function speechInsideAct(doc: SlantDocument, holder: Relation, r: Relation): boolean {
  const c = r.content;
  const src = r.source;
  if (r.cue.type !== 'verb' || r.cue.negated || src === null || c === null || c.b - c.a < 3 || !NESTED_SAYING.has(r.cue.lemma) || doc.pos[c.a] === 'ADP') return false;
  // (a moved object or subject: "what Vale said about …", "the plan that Ruiz said she would sign"; an
  // embedded question is the holder's own content: "asked when Vale said …")
  const before = doc.lower[src.a - 1] ?? '';
  if (before === 'what' || before === 'whom' || NONCOMPLEMENT_RELATIVES.has(before) || (before === 'that' && NOMINAL_TAGS.has(doc.pos[src.a - 2] ?? ''))) return false;
  if (src.a - 1 === holder.content!.a && WH_SUBJECTS.has(before)) return false;
  // (a yes/no question or a condition anywhere in the holder's content: "wants to know whether Ruiz said …")
  if (before === 'whether' || before === 'if') return false;
  // (the saying's source lies inside the holder's content, after its cue: a belief verb read as a noun
  // lets the subject search run back over the holder, "Vale doubts Ruiz said …")
  if (src.a < holder.content!.a || src.a < holder.cue.tokEnd) return false;
  if (!ACT_CLASSES.has(holder.cue.cueClass) || FINDING_VERBS.has(holder.cue.lemma)) return false;
  for (let t = src.b; t <= r.cue.head; t++) if (doc.lower[t - 1] === 'to' || MODALS.has(doc.lower[t]!)) return false;
  for (let t = src.a; t < src.b; t++) if (doc.pos[t] === 'NUM' || PERCENT_WORDS.has(doc.lower[t]!)) return false;
  return true;
}

/**
 * `r` is a report in a relative clause whose pronoun is its moved object ("…, whom Vale described as
 * “brave”", "…, which Berg called a scam", "…, which Ruiz favors"), set off by a comma after the object of
 * the holder (a cue that takes no clause), and it runs to the end of the holder's content or to a comma that closes
 * it before what is no part of the object (`relativeClosed`: "…, which Berg called a scam, blaming Ruiz").
 */
function relativeObjectReport(doc: SlantDocument, holder: Relation, r: Relation): boolean {
  const c = r.content;
  const h = holder.content!;
  // (or the pronoun alone, with nothing after the verb: "…, which Ruiz favors.")
  const bare = c !== null && r.pieces === undefined && c.b === c.a + 1;
  if (c === null || (r.pieces?.length !== 2 && !bare) || r.source === null || r.cue.type !== 'verb' || SAYING_CLASSES.has(holder.cue.cueClass)) return false;
  const k = c.a;
  const end = bare ? r.cueRange.b : c.b;
  return /^(?:whom|which)$/.test(doc.lower[k]!) && doc.value[k - 1] === ',' && k - 1 > h.a && holder.cue.head < k && r.source.a > k && (end >= h.b || relativeClosed(doc, end, h.b)) && doc.lower[h.a] !== 'that';
}

/**
 * `r` reports, in a relative clause set off by a comma inside the holder's content, what its pronoun was called or
 * described as: "Vale said the crews rowed with the marchers, whom Ruiz described as “calm”", "Berg said he backed the
 * levy, which he called “a disgrace”", "praised the marchers, whom Ruiz described as “brave,” for their calm" (an object
 * that goes on after the clause, which `relativeObjectReport` leaves whole). Only a pronoun that is the moved object
 * with words of the report after the verb (the two pieces): "…, which Ruiz opposed" reports nothing but the pronoun.
 */
function relativeInReport(doc: SlantDocument, holder: Relation, r: Relation): boolean {
  const c = r.content;
  const h = holder.content!;
  if (c === null || r.pieces?.length !== 2 || r.source === null || r.source.antecedent || r.cue.type !== 'verb' || r.cue.negated) return false;
  const k = c.a;
  return (doc.lower[k] === 'whom' || doc.lower[k] === 'which') && doc.value[k - 1] === ',' && k - 1 > h.a && holder.cue.head < k && r.source.a > k && r.source.b <= r.cue.tokStart && c.b <= h.b;
}

/**
 * Does a comma at `t` (before `b`, the holder's content end) close a relative clause set off inside an object, with
 * what follows it no part of that object: a participle of the main clause's subject ("…, which Berg called a scam,
 * blaming Ruiz"), an adverbial clause ("…, though …") or a second predicate ("…, and said …")? Not a noun phrase the
 * object goes on with ("called the levy, which Ruiz backed, a disgrace": the relation there ends at the comma, but the
 * object is not over).
 */
function relativeClosed(doc: SlantDocument, t: number, b: number): boolean {
  if (doc.value[t] !== ',' || t + 1 >= b) return false;
  const low = doc.lower[t + 1]!;
  if (endsWithIng(low)) return isVerb(doc, t + 1);
  if (OPENING_SUBORDINATORS.has(low) && low !== 'as' && low !== 'if') return true;
  return AND_BUT.has(low) && t + 2 < b && isVerb(doc, t + 2);
}

/**
 * Does the holder's cue stand inside the subject of `r` (a verb cue with its subject before it),
 * after the subject's first word, with the holder's content running from there over `r`'s verb?
 * "Groups urging Ruiz to run are praising …", "Reports in the Ledger said …".
 */
function inSubject(doc: SlantDocument, holder: Relation, r: Relation): boolean {
  const src = r.source!;
  const h = holder.content!;
  // (the subject with the phrase that describes it: "members supporting the levy")
  const end = Math.max(src.b, src.relative?.b ?? 0, src.appositive?.b ?? 0);
  if (holder.pieces || holder.cue.head <= src.a || holder.cue.head >= end || end > r.cueRange.a || h.a <= holder.cue.head || h.b <= r.cueRange.a) return false;
  // a participle right after the subject's noun, with that noun as its own source ("members supporting
  // the levy"; not a finite verb the subject phrase was read across)
  const k = holder.cue.tokStart;
  if (holder.cue.type !== 'verb' || !sameSpan(holder.source, src) || src.b !== k || src.relative === undefined || src.relative.a !== k || !(endsWithIng(doc.lower[holder.cue.head]!) || postedNoun(doc, holder)) || !/^(?:NOUN|PROPN)$/.test(doc.pos[k - 1]!)) return false;
  // (no clause opens inside the phrase: in "a puppet saying what people want", "people" want)
  for (let t = k + 1; t < end; t++) if (/^(?:what|who|whom|which|that|how|why|whether|if|when|where)$/.test(doc.lower[t]!) || isVerb(doc, t)) return false;
  // (only adverbs and auxiliaries between the subject and the verb: "Groups backing Ruiz have long said")
  let aux = false;
  for (let t = end; t < r.cueRange.a; t++) {
    if (doc.pos[t] === 'AUX') aux = true;
    else if (!isAdverbLike(doc, t)) return false;
  }
  // the main verb is finite ("criticized Ruiz for supporting …", "quoted an aide as saying …" are no subject and verb)
  return (aux || !endsWithIng(doc.lower[r.cue.head]!)) && doc.pos[end - 1] !== 'ADP';
}

/**
 * "A statement posted on the club website said …", "A letter published in the Courier argues …": a
 * past participle of saying or writing right after a common noun and before a preposition is a
 * reduced passive on that noun, the thing said, never its speaker (the holder is then no report of
 * its own). Not a finite verb with its object or clause ("the Courier suggested the vote …", "a
 * spokesman noted that …").
 */
function postedNoun(doc: SlantDocument, holder: Relation): boolean {
  const k = holder.cue.head;
  return SAYING_CLASSES.has(holder.cue.cueClass) && holder.cue.tokStart === k && /(?:ed|en|wn)$/.test(doc.lower[k]!) && doc.pos[k - 1] === 'NOUN' && doc.pos[k + 1] === 'ADP' && doc.lower[k + 1] !== 'that';
}

/** Words that open a subordinate clause or phrase before a sentence's main clause. */
const OPENERS = /^(?:after|as|when|while|although|though|since|because|if|once|despite|before|until|amid|with|even|in|by|following)$/;

/** Conjunctions that set a contrast against a reported clause ("…, though …", "…, but …"). */
const CONTRASTS = new Set(['but', 'though', 'although', 'while', 'whereas', 'yet']);
/** Contrasts that concede within the report: only these carry a clause with a subject of its own. */
const CONCESSIVES = new Set(['though', 'although']);
/** Cue classes that hold a view or an aim rather than report an act of saying. */
const VIEW_CLASSES = new Set(['belief', 'intention']);

/**
 * "Ruiz said that she would vote for Vale, though she has not endorsed him", "Berg said the levy is
 * fair, but wants a vote first": after a reported clause (a saying cue's clause with a verb of its
 * own, or any cue's clause past "that"), a contrast clause set off by a comma whose cue holds a view, an aim or a
 * preference (not a second act of saying: "…, but Berg called it unfair") qualifies what was reported,
 * and the reported clause runs on over it. With the holder's own subject only a view or an aim
 * counts ("…, but criticized the plan" is a second act); with a subject of its own, only after "though" or
 * "although" ("…, while Ruiz expects …" sets another's view beside the report).
 */
function contrastInReport(doc: SlantDocument, holder: Relation, r: Relation, boundary: number): boolean {
  const h = holder.content!;
  if (holder.cue.type !== 'verb' || !(SAYING_CLASSES.has(holder.cue.cueClass) || doc.lower[h.a - 1] === 'that') || h.a < holder.cue.tokEnd || boundary <= h.a) return false;
  if (doc.value[boundary] !== ',' || !CONTRASTS.has(doc.lower[boundary + 1] ?? '') || !hasVerb(doc, h.a, boundary)) return false;
  if (r.cue.type !== 'verb' || r.content === null || r.content.a < r.cue.tokEnd) return false;
  const shared = r.source === holder.source || r.source === null || r.source.a < boundary;
  // (another's view after "while", "but" is set beside the report: "…, while Ruiz expects a long fight")
  if (!shared && !CONCESSIVES.has(doc.lower[boundary + 1]!)) return false;
  return VIEW_CLASSES.has(r.cue.cueClass) || (!shared && (r.cue.cueClass === 'evaluation' || r.cue.cueClass === 'perception'));
}

/** Contrasts that set one result of a poll or study beside another ("…, while 30 percent …"; of CONTRASTS, not the concessive
 * or adversative ones). */
const COMPARING: ReadonlySet<string> = new Set([...CONTRASTS].filter((w) => w === 'while' || w === 'whereas'));

/**
 * "A survey found that 40 percent of clerks backed the levy, while 30 percent opposed it", "The poll showed Vale
 * leads among clerks, whereas Ruiz leads among growers", "…, and 74 percent said …": a
 * document's finding (a clause with a verb of its own) goes on over a second result set beside it, which is part of
 * the finding, not a report of its own. After ", while" or ", whereas" any subject of its own sets the result beside
 * the first; after "and" only a count of respondents does ("…, and the board claimed a profit" is a
 * report of its own). A person's finding or a saying cue keeps the split ("Vale said …, while Ruiz argued …").
 */
function comparisonInFinding(doc: SlantDocument, holder: Relation, r: Relation): boolean {
  const h = holder.content;
  if (!(holder.cue.cueClass === 'document' || holder.entity?.kind === 'document') || h === null || r.source === null) return false;
  if (r.cue.type !== 'verb' || r.content === null || r.content.a < r.cue.tokEnd) return false;
  const s = r.source.a;
  const joint = s - 1;
  if (joint <= h.a || h.b <= joint) return false;
  const low = doc.lower[joint]!;
  const comparing = COMPARING.has(low) && doc.value[joint - 1] === ',';
  if (!comparing && low !== 'and') return false;
  if (!hasVerb(doc, h.a, doc.value[joint - 1] === ',' ? joint - 1 : joint)) return false;
  // (a count of respondents: "30 percent", "only 19", "just 1 percent"; not a count of a named kind of reporter, "12
  // inspectors said …")
  const n = doc.pos[s] === 'NUM' ? s : doc.pos[s + 1] === 'NUM' && s + 1 < r.source.b && isAdverbLike(doc, s) ? s + 1 : -1;
  const counted = n >= 0 && !(n + 1 < r.source.b && doc.pos[n + 1] === 'NOUN' && !PERCENT_WORDS.has(doc.lower[n + 1]!));
  if (counted) return true;
  // (after "while"/"whereas", a bare plural sets a second group's result beside the first, "…, while clerks opposed
  // it"; a name or a definite group holds a view or makes a report of its own: "…, while Mayor Vale backs the levy",
  // "…, whereas the board claimed a profit")
  return comparing && doc.pos[s] === 'NOUN' && r.source.b - s === 1 && !SAYING_CLASSES.has(r.cue.cueClass);
}

/** Do two source phrases cover the same tokens? */
function sameSpan(a: TokenRange | null, b: TokenRange | null): boolean {
  return a !== null && b !== null && a.a === b.a && a.b === b.b;
}

/** Belief verbs that take a clause: what their subject holds true, a view of its own. */
const CLAUSE_BELIEFS = new Set(['think', 'believe', 'estimate', 'expect', 'fear', 'suspect', 'doubt', 'reckon', 'assume', 'feel', 'worry', 'figure', 'guess']);

/**
 * "Vale, who thinks the levy is unfair, said …", "The union, which the board expects will strike,
 * said …", "Berg, who wrote that the dam was unsafe, said …": in a relative clause about a source,
 * a verb cue whose content is a clause reports a view (the antecedent's, or that of the clause's
 * own subject), as a speech verb there does; "who has known Berg for years", "who thinks highly of
 * Berg" or "who backs Ruiz" (no clause), and "who praised the crew when the ferry docked" or "who
 * defended the levy the board passed" (an object, then a clause of its own: `objectEnd`) only
 * describe the source.
 */
function relativeView(doc: SlantDocument, r: Relation): boolean {
  const c = r.content;
  if (r.cue.type !== 'verb' || c === null || r.source === null) return false;
  const a = clauseStart(r);
  if (a < r.cue.tokEnd) return false;
  if (!whoSubject(doc, r) && !/^(?:who|whom|which|that)$/.test(doc.lower[r.source.a - 1] ?? '')) return false;
  if (doc.lower[a - 1] === 'that') return true;
  // (a belief verb with any clause, "who thinks raising it is wise"; another cue with a finite one
  // or a question, "who questioned whether …": not an object with a participle, "who praised Ruiz for cutting …")
  return r.cue.cueClass === 'belief' && CLAUSE_BELIEFS.has(r.cue.lemma) ? hasVerb(doc, a, c.b) : takesClause(doc, a, objectEnd(doc, a, c.b));
}

/**
 * Where a noun phrase object from `a` can end at the latest: before the first coordinator or
 * subordinator (whatever its tag: "when", "after", "until" are often read as adverbs or
 * prepositions), whose verb is a second one of the relative clause's own subject ("who backs Ruiz
 * but is not working for her") or another clause ("… as he has struggled", "who praised the crew
 * when the ferry docked"), not the object's; or before a determiner or pronoun right after the
 * object's noun, the subject of a contact relative on the object ("who defended the levy | the board passed").
 */
function objectEnd(doc: SlantDocument, a: number, b: number): number {
  for (let t = a; t < b; t++) {
    const w = doc.lower[t]!;
    if (COORDINATORS.has(w) || doc.pos[t] === 'SCONJ' || (t > a && OPENING_SUBORDINATORS.has(w))) return t;
    if (t > a && doc.pos[t - 1] === 'NOUN' && (doc.pos[t] === 'DET' || doc.pos[t] === 'PRON')) return t;
  }
  return b;
}

/**
 * Where the reported clause of `r` starts: its content's start, or after the cue when the moved
 * subject, a relative word or the noun a contact relative hangs on, opens the content as a piece of
 * its own ("which | she said | would fail", "a toll | drivers hope | will fall").
 */
function clauseStart(r: Relation): number {
  return r.pieces?.length === 2 && r.pieces[0]!.b <= r.cueRange.a ? r.pieces[1]!.a : r.content!.a;
}

/**
 * Does `r` stand in relative clause `p` of a later relation's source, one with no comma (whose
 * content ends before the main verb, see verbContent's subjectModifierClauseEnd), a cue with its
 * content after it that ends before the later cue: "Officials who have long criticized the plan |
 * said …"? (A clause set off by commas keeps the older rule: "Ruiz, who thinks highly of Vale, said".)
 */
function describes(doc: SlantDocument, r: Relation, p: TokenRange, later: Relation): boolean {
  const c = r.content;
  return c !== null && doc.value[p.a - 1] !== ',' && !r.pieces && r.cue.head > p.a && r.cue.head < p.b && c.a > r.cue.head && c.b <= later.cueRange.a && (r.source === null || r.source.a >= p.a);
}

/**
 * A relation inside the relative clause or appositive of a later source describes that source and
 * is kept (added to the set `described` returns), except ("Anyone who knows him says …") a verb of
 * a relative clause that reports only a clause, left with a bare object: it reports nothing.
 */
function keepDescribing(ctx: StageContext, r: Relation, te: number, described: () => Set<Relation>): void {
  const { doc } = ctx;
  if (r.cue.type === 'verb' && whoSubject(doc, r) && CLAUSE_ONLY.has(r.cue.lemma) && !hasVerb(doc, r.content!.a, r.content!.b) && !chargedWithContent(ctx, r, te)) r.dropped = true;
  else described().add(r);
}

/**
 * A "charge" whose content is its object and "with" ("who charged Ruiz with perjury"): an accusation brought, no bare
 * object. (The same test verbContent made when it built the content, not a second heuristic.)
 */
function chargedWithContent(ctx: StageContext, r: Relation, te: number): boolean {
  const k = r.cue.head;
  return r.cue.lemma === 'charge' && r.content!.a === k + 1 && chargedWith(ctx.doc, ctx.lex, k, k + 1, te);
}

/** Is the relation's source the bare relative pronoun "who" or "that" (its antecedent speaks)? */
function whoSubject(doc: SlantDocument, r: Relation): boolean {
  return r.source !== null && r.source.b - r.source.a === 1 && /^(?:who|that)$/.test(doc.lower[r.source.a]!);
}

/** The characters of tokens [a, b). */
function tokenChars(doc: SlantDocument, a: number, b: number): CharRange {
  return { start: doc.start[a]!, end: doc.end[b - 1]! };
}

function chars(doc: SlantDocument, r: TokenRange): CharRange {
  return tokenChars(doc, r.a, r.b);
}

/**
 * The character ranges of `pieces` clipped to the content `c`, empty ones left out. One loop and
 * one array per relation (a map, filter and map chain built three).
 */
function clippedParts(doc: SlantDocument, pieces: TokenRange[], c: TokenRange): CharRange[] {
  const out: CharRange[] = [];
  for (const p of pieces) {
    const a = Math.max(p.a, c.a);
    const b = Math.min(p.b, c.b);
    if (b > a) out.push(tokenChars(doc, a, b));
  }
  return out;
}

/** The relation a cue heads, by its type; none when its only content is a time adjunct or "nothing". */
function buildRelation(ctx: StageContext, cue: Cue, ts: number, te: number, rels: Relation[], isCueVerb: (k: number) => boolean): Built | null {
  const built = relationOfType(ctx, cue, ts, te, rels, isCueVerb);
  // ("Vale showed great patience": a quality a person displays, no attribution)
  if (built && exhibitedQuality(ctx.doc, ctx.lex, built.relation)) return null;
  // "have been discussing for several weeks", "was skeptical at first": a cue followed only by a
  // time adjunct reports nothing (a quotation of one, “Today.”, is still words someone said)
  const c = built?.relation.content;
  // ("said nothing.", "said little more.": a pronoun of no quantity is no content either)
  return c && c.b > c.a && built!.relation.mode !== 'direct' && (onlyTimeWords(ctx.doc, c) || onlyNothing(ctx.doc, c)) && modeOf(ctx, c) === 'indirect' ? null : built;
}

/** The relation a cue heads, built by the stage for its type (agentless, according, verb, …). */
function relationOfType(ctx: StageContext, cue: Cue, ts: number, te: number, rels: Relation[], isCueVerb: (k: number) => boolean): Built | null {
  switch (cue.type) {
    case 'agentless':
      return agentlessRelation(ctx, cue, ts, te);
    case 'according':
      return isViewpointCue(cue) ? viewpointRelation(ctx, cue, ts, te, rels) : accordingRelation(ctx, cue, ts, te, rels, isCueVerb);
    case 'noun':
      return nounRelation(ctx, cue, ts, te);
    case 'verb':
      return verbRelation(ctx, cue, ts, te, rels, isCueVerb);
    default:
      return null;
  }
}

/** Indirect, or mixed when the content holds a partial quotation. */
function modeOf(ctx: StageContext, content: TokenRange): Relation['mode'] {
  for (let t = content.a; t < content.b; t++) if (ctx.quotes.inQuote[t]! >= 0) return 'mixed';
  return 'indirect';
}

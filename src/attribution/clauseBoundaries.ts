/**
 * Where one attribution's content ends and the next begins inside a sentence: clause
 * boundaries (";", ", and", ", saying", ", which he said"), relative clauses around a source,
 * the end of the previous attribution, and cutting a content short at a boundary.
 */
import type { SlantDocument } from '../document/readDocument.js';
import { defineLowerBit, lowerWordBits } from '../document/lowerWordBits.js';
import { OBJECT_ENDING_WORD_BIT } from '../document/lowerWordBitNumbers.js';
import { nounPhraseThenVerb, REFLEXIVES, subjectThenVerb, trimBack } from './contentExtent.js';
import { PASSIVE_COMPLEMENTS } from './agentlessVerbCues.js';
import type { SourcePhrase } from './nounPhrases.js';
import type { Relation } from './relation.js';
import { skipAdjunctsBack } from './adjunctsBack.js';
import { QUOTE_TAGS } from './quotedTermSubject.js';
import { PLAIN_SAYING } from './cueDisplay.js';
import type { StageContext } from './stageContext.js';
import { BE_FORMS, CLAUSE_CONJUNCTIONS, hasVerb, MODALS, nounModifierParticiple, OBJECT_PRONOUNS, PAST_SAME_AS_BARE, closingMarkWithin, endsWithEd, endsWithIng, isAdverbLike, isCap, isPunct, isQuoteMark, isSetOffDash, isVerb, commaInsideMark, endsWithPlainS, RELATIVE_WORDS, WH_RELATIVES, NONCOMPLEMENT_RELATIVES, NOMINAL_TAGS, NOUN_PHRASE_TAGS, AND_BUT, ARTICLES, isPluralNoun, isAsciiLetterOrDigit } from './tokens.js';
import { charCodeAt } from '../document/charCodes.js';
import { conjunctionBeforeAside, dashOpens } from './parenthetical.js';
import { wordSet } from './timeWords.js';

/** Ends a relation's content before token `at` (where a new clause begins). */
export function truncate(doc: SlantDocument, r: Relation, at: number): void {
  const c = r.content!;
  // ("backed the levy and, in March, said …": before the conjunction an aside follows)
  r.content = { a: c.a, b: asideAfterConjunctionStart(doc, c.a, trimBack(doc, Math.min(c.b, at), c.a)) };
  if (r.pieces) r.pieces = r.pieces.map((p) => ({ a: p.a, b: Math.min(p.b, trimBack(doc, Math.min(p.b, at), p.a)) }));
}

/**
 * "Wray, who said the trade was approved, said he ...": the content of a cue in a relative
 * clause set off by commas ends at the comma that closes the clause, before the main verb.
 * Returns that comma's token, or -1.
 */
export function relativeClauseEnd(ctx: StageContext, source: SourcePhrase | null, a: number, te: number): number {
  if (!source?.antecedent || (ctx.doc.value[source.a - 1] !== ',' && !onSetOffAppositive(ctx.doc, source))) return -1;
  const c = closingComma(ctx, a, te);
  // ("Vale, who said the levy, a tax on nets, was unfair, left": "say" reports a clause, so a comma before the first
  // verb after an aside inside it closes the aside, not the relative; the next closing comma does)
  if (c > a && ctx.doc.lemma[a - 1] === 'say' && !hasVerb(ctx.doc, a, c) && commaWithin(ctx.doc, a, c)) {
    const next = closingComma(ctx, c + 1, te);
    if (next >= 0) return next;
  }
  return c;
}

/** Is there a comma in the tokens from `a` to `b`? */
function commaWithin(doc: SlantDocument, a: number, b: number): boolean {
  for (let t = a; t < b; t++) if (doc.value[t] === ',') return true;
  return false;
}

/**
 * Is the relative pronoun `source` ("who", "which") right after an appositive noun phrase that a comma sets off
 * from a noun before it ("Ana Vale, a clerk who said …, left")? The relative is then inside the aside, which the
 * next comma before a verb closes, as if the comma stood before the pronoun.
 */
function onSetOffAppositive(doc: SlantDocument, source: SourcePhrase): boolean {
  const ant = source.antecedent!;
  const c = ant.a - 1;
  return ant.b === source.a && (doc.lower[source.a] === 'who' || doc.lower[source.a] === 'which') && ARTICLES.has(doc.lower[ant.a]!) && c > 0 && doc.value[c] === ',' && (doc.pos[c - 1] === 'PROPN' || doc.pos[c - 1] === 'NOUN');
}

/**
 * The comma after `a` that closes a clause set off by commas: the first one (outside quotations)
 * with a verb behind it ("Vale, who he said was tired, left": the comma before "left"). Returns
 * that comma's token (or the closing mark after it), or -1.
 */
export function closingComma(ctx: StageContext, a: number, te: number): number {
  const { doc } = ctx;
  // (read once per call, when a series is first in question: it depends on `a` only)
  let relative: boolean | undefined;
  for (let t = a; t < te - 1 && t < a + 60; t++) {
    // `Vale, who calls Berg a “menace,” said`: the comma may stand inside the closing mark
    const insideMark = commaInsideMark(doc, t) && ctx.quotes.inQuote[t]! < 0 && ctx.quotes.inQuote[t - 1]! >= 0;
    if (!insideMark && (doc.value[t] !== ',' || ctx.quotes.inQuote[t]! >= 0)) continue;
    let v = t + 1;
    while (v < te && isAdverbLike(doc, v) && doc.pos[v] !== 'AUX') v++;
    // ("…, which Ruiz said would raise fares, cut service, and hurt growers": a verb phrase of a series in the clause goes on)
    if (isVerb(doc, v) && !(v === t + 1 && !insideMark && verbSeriesAt(doc, a, t, te) && (relative ??= relativeAfterMainVerb(doc, a)))) return insideMark ? t + 1 : t;
    // ("backed the levy, which Ruiz said was a disgrace, and Berg agreed": a conjunction with a subject and verb
    // of their own after the comma joins a clause to the main one; a list inside the relative has no subject there)
    if (clauseJoinedAfter(doc, t, te)) return insideMark ? t + 1 : t;
    // ("The pier, which Ruiz said was unsafe, and the tram, which …, were closed": "and" with a noun phrase set off
    // by its own comma joins a second subject; the first one's relative has ended)
    if (!insideMark && coordinatedSubjectAfter(doc, t, te)) return t;
  }
  return -1;
}

/**
 * Is the comma at `c` followed by "and" or "or", a noun phrase of at most six words (a noun in it) and another
 * comma: a second subject coordinated with the one a set-off clause followed ("…, and the tram, which …")?
 */
function coordinatedSubjectAfter(doc: SlantDocument, c: number, te: number): boolean {
  const conj = doc.lower[c + 1];
  if (conj !== 'and' && conj !== 'or') return false;
  let noun = false;
  for (let t = c + 2; t < te && t - c < 9; t++) {
    if (doc.value[t] === ',') return noun && t > c + 2;
    if (!NOUN_PHRASE_TAGS.has(doc.pos[t]!)) return false;
    if (doc.pos[t] === 'NOUN' || doc.pos[t] === 'PROPN') noun = true;
  }
  return false;
}

/**
 * Does the comma at `c` open the middle verb phrase of a series inside the clause from `a`: a verb after it of the
 * form of the last verb before it, then (within 12 words, over one comma right before the conjunction) "and" or "or"
 * and a verb of that form ("would raise fares, cut service, and hurt growers")? `closingComma` also asks
 * `relativeAfterMainVerb`, once per call.
 */
function verbSeriesAt(doc: SlantDocument, a: number, c: number, te: number): boolean {
  let p = c - 1;
  while (p >= a && c - p < 12 && !isVerb(doc, p) && !isPunct(doc, p)) p--;
  // (bare forms after a modal or "to" only: a finite verb after the comma may be the main clause's, "Vale, who aides
  // said was tired, left early and went home")
  if (p - 1 < a || !isVerb(doc, p) || doc.pos[p] === 'AUX' || inflection(doc, p) !== 'base' || !(MODALS.has(doc.lower[p - 1]!) || doc.lower[p - 1] === 'to')) return false;
  const form = 'base';
  if (inflection(doc, c + 1) !== form) return false;
  for (let t = c + 2; t < te && t - c < 12; t++) {
    if (doc.lower[t] === 'and' || doc.lower[t] === 'or') return t + 1 < te && isVerb(doc, t + 1) && inflection(doc, t + 1) === form;
    if (isPunct(doc, t) && !(doc.value[t] === ',' && (doc.lower[t + 1] === 'and' || doc.lower[t + 1] === 'or'))) return false;
  }
  return false;
}

/**
 * Is the clause from `a` a relative set off after the main clause's verb ("backed the levy, which …")? Only there does
 * `verbSeriesAt` hold: on the subject the verb after the comma may be the main one ("The levy, which Ruiz said would
 * fail, cost the town and hurt growers").
 */
function relativeAfterMainVerb(doc: SlantDocument, a: number): boolean {
  let r = a - 1;
  while (r > 0 && a - r < 8 && !(NONCOMPLEMENT_RELATIVES.has(doc.lower[r]!) && doc.value[r - 1] === ',')) r--;
  return NONCOMPLEMENT_RELATIVES.has(doc.lower[r]!) && doc.value[r - 1] === ',' && hasVerb(doc, doc.sentences[doc.sentenceOf[r]!]!.tokenStart, r - 1);
}

/** A comma right before token `k`, also inside a closing quotation mark (`“…,” adding`, `,'' adding`). */
export function commaBefore(doc: SlantDocument, k: number): boolean {
  return doc.value[k - 1] === ',' || commaInsideMark(doc, k - 1);
}

/** Where content before a cue may start: after the previous attribution's cue in the sentence. */
export function previousEnd(doc: SlantDocument, rels: Relation[], before: number, ts: number): number {
  let from = ts;
  for (const r of rels) {
    if (r.dropped || r.cue.tokStart >= before) continue;
    let end = Math.max(r.cueRange.b, r.source ? r.source.b : 0);
    // "..., forecasters said on Thursday, but ...": the adjunct after the cue goes with it
    for (let t = end; t < before && t < end + 6; t++) {
      if (doc.value[t] === ',') {
        end = t + 1;
        break;
      }
    }
    // a relation whose content came first leaves the rest of the sentence to the next one
    // (not the object a relative clause moved right before its subject, inside a longer clause:
    // "The fee Vale criticized was cut, aides said", where the main clause goes on right after the verb;
    // nor the head of a contact relative that closes the clause at a comma: "This is the deal the board
    // wanted, Vale said"; a relative or wh-word there may close an adjunct: "Whichever poll you believe, …", and so
    // may a preposition or subordinator: "Among the plans Vale backed, the levy passed, Ruiz said")
    const moved = r.source !== null && r.content !== null && r.content.b === r.source.a && r.cueRange.b < before && (!isPunct(doc, r.cueRange.b) || (doc.value[r.cueRange.b] === ',' && !movedByWord(doc, r.content.a) && !opensAdjunct(doc, r.content.a)));
    // (nor an agentless passive whose content is its own subject, "before the tender was announced, according to
    // the Wire": a clause that the later cue attributes whole, not a report that closes with its tag)
    // (nor a passive with its agent whose content is its own subject, "The plan was backed by the growers, Ruiz
    // said": the tag reports the whole clause, judgement and agent with it)
    const subjectOnly = (r.cue.type === 'agentless' && r.cue.cueClass !== 'naming' && PASSIVE_COMPLEMENTS.get(r.cue.lemma) === 'none') || (r.cue.byAgent !== undefined && r.pieces === undefined);
    if (r.content && r.content.b <= r.cue.tokStart && !moved && !subjectOnly && !setOffRelativeObject(doc, r)) from = Math.max(from, end);
  }
  return from;
}

/**
 * Is `r` the verb of a relative clause set off by a comma, a bracket or a dash, whose content is only its moved object
 * pronoun ("The tax (which Vale backed) is a mistake, Ruiz said")? The clause describes a noun of a longer clause,
 * which goes on after it: no report that ends there.
 */
function setOffRelativeObject(doc: SlantDocument, r: Relation): boolean {
  const c = r.content!;
  const mark = doc.value[c.a - 1] ?? '';
  return c.b === c.a + 1 && WH_RELATIVES.has(doc.lower[c.a]!) && doc.lower[c.a] !== 'who' && (mark === ',' || mark === '(' || isSetOffDash(doc, c.a - 1));
}

/** Does a relative or wh-word open the moved object at `a` or stand right before it ("that", "which poll", "what")? */
function movedByWord(doc: SlantDocument, a: number): boolean {
  const at = doc.lower[a]!;
  const before = doc.lower[a - 1] ?? '';
  return RELATIVE_WORDS.has(at) || WH_RELATIVES.has(at) || at === 'what' || WH_RELATIVES.has(before) || before === 'what' || before === 'whichever' || before === 'whatever';
}

/** Does a preposition or subordinator open the phrase at `a` ("Among the plans …", "Unlike the fare …")? */
function opensAdjunct(doc: SlantDocument, a: number): boolean {
  const tag = doc.pos[a];
  return tag === 'ADP' || tag === 'SCONJ';
}

/**
 * Is there a comma after `a` in its sentence (within 60 tokens) that the clause from `a` goes on over? Not one
 * before a conjunction with a clause of its own ("…, which Ruiz said was a disgrace, and Berg agreed"): the
 * clause from `a` ends there.
 */
function commaAfter(doc: SlantDocument, a: number, te: number): boolean {
  for (let t = a; t < te && t - a < 60; t++) if (doc.value[t] === ',') return !clauseJoinedAfter(doc, t, te);
  return false;
}

/**
 * Does a conjunction with a subject and verb of their own ("and Berg agreed", "but the board passed it") follow the
 * comma at `t`? (Not a name the tagger read as a verb, the last item of a list: "…, and Senator Ted Vale.")
 */
function clauseJoinedAfter(doc: SlantDocument, t: number, te: number): boolean {
  if (!CLAUSE_CONJUNCTIONS.has(doc.lower[t + 1] ?? '') || !(nounPhraseThenVerb(doc, t + 2, te) || subjectThenVerb(doc, t + 2, te))) return false;
  let v = t + 2;
  while (v < te && !isVerb(doc, v)) v++;
  return v < te && !isCap(doc, v);
}

/** Conjunctions that join a second clause or verb phrase to the content before it. */
export const BOUNDARY_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'whereas', 'yet', 'although', 'though', 'so']);
/** Subordinators whose clause after a comma has a subject of its own. */
const SUBORDINATORS_AFTER_COMMA = new Set(['after', 'because', 'since', 'when', 'whenever', 'before', 'until', 'unless', 'as']);

/**
 * The clause boundary before token `start` that sets a new attribution apart from the
 * content before it: a semicolon, ", and/but/while ...", a participle after a comma
 * (", saying"), "and" joining a second verb. Returns the boundary token, or -1.
 * (`te` ends the sentence window: a comma in a later sentence says nothing about this one)
 */
export function boundaryBefore(doc: SlantDocument, start: number, ts: number, te: number, sharedSubject = false): number {
  // "and even questioned": over adverbs between the boundary and the verb
  let j = start - 1;
  while (sharedSubject && j > ts && start - j <= 3 && isAdverbLike(doc, j) && doc.pos[j] !== 'AUX' && !CLAUSE_CONJUNCTIONS.has(doc.lower[j]!)) j--;
  // "… but on Tuesday wrote": over a time phrase too
  if (sharedSubject && j > ts && !CLAUSE_CONJUNCTIONS.has(doc.lower[j]!)) j = Math.max(ts, skipAdjunctsBack(doc, j, ts));
  if (j < ts) return -1;
  const v = doc.value[j]!;
  const low = doc.lower[j]!;
  if (v === ';') return j;
  // ("rejected the claim — saying the pier was safe": a participle set off by a dash, as by a comma below)
  // (not a dash that opens a pair the reported clause goes on after: "said the growers — fearing a levy — had left")
  if (sharedSubject && endsWithIng(doc.lower[start]) && isSetOffDash(doc, j) && !(dashOpens(doc, j, ts) && clauseGoesOnAfterDash(doc, start, te))) return j;
  // `“…,” adding that`: the comma stands inside the closing quotation mark, which stays with the earlier content
  if (isQuoteMark(doc, j) && j - 1 >= ts && doc.value[j - 1] === ',' && (sharedSubject || endsWithIng(doc.lower[start]))) return start;
  if (BOUNDARY_CONJUNCTIONS.has(low)) return doc.value[j - 1] === ',' ? j - 1 : sharedSubject || low !== 'and' ? j : -1;
  // "…, after half said so", "…, because aides believe …": a subordinate clause with a subject of its own after a comma
  if (SUBORDINATORS_AFTER_COMMA.has(low) && doc.value[j - 1] === ',' && !sharedSubject) return j - 1;
  // "…, which he said the council should pay for", "…, who said …": a relative clause with a speaker of its own
  // that closes the sentence (not "the toll, which she called a disgrace, would go")
  if (!sharedSubject && doc.value[j - 1] === ',' && WH_RELATIVES.has(low) && !commaAfter(doc, start, te)) return j - 1;
  if (!sharedSubject && v === ',' && NONCOMPLEMENT_RELATIVES.has(doc.lower[start] ?? '') && !commaAfter(doc, start, te)) return j;
  if (v === ',' && sharedSubject) return j;
  if (v === ',' && endsWithIng(doc.lower[start])) return j;
  // a new sentence-like clause after a comma with its own subject: "Prices rose, officials said" is not one
  if (v === ',' && BE_FORMS.has(doc.lower[start] ?? '')) return -1;
  return -1;
}

/**
 * Does a closing set-off dash follow `start` within its phrase (25 tokens), with a verb behind it (over adverbs) that
 * carries on the clause the dashes interrupt ("the growers — fearing a levy — had left")? Not a conjunction, a
 * preposition or another participle ("— fearing a levy — and left", "— on Monday").
 */
function clauseGoesOnAfterDash(doc: SlantDocument, start: number, te: number): boolean {
  for (let t = start + 1; t < te && t - start < 25; t++) {
    if (!isSetOffDash(doc, t)) continue;
    let v = t + 1;
    while (v < te && isAdverbLike(doc, v) && doc.pos[v] !== 'AUX') v++;
    return v < te && (doc.pos[v] === 'AUX' || doc.pos[v] === 'VERB') && !endsWithIng(doc.lower[v]);
  }
  return false;
}

/** The forms of the auxiliaries (a Map, not regex literals: `inflection` runs per verb of a scan). */
const AUXILIARY_INFLECTIONS = new Map<string, string>([
  ...['is', 'has', 'does', "'s", '’s', 'am', 'are', 'have', 'do'].map((w) => [w, 'present'] as const),
  ...['was', 'were', 'had', 'did'].map((w) => [w, 'past'] as const),
  ...['be', 'been', 'being'].map((w) => [w, 'base'] as const),
  ...['will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'shall'].map((w) => [w, 'modal'] as const),
]);

/** The tense-like form of a verb or auxiliary, to tell coordinated verbs apart from embedded ones. */
export function inflection(doc: SlantDocument, k: number): string {
  const low = doc.lower[k]!;
  const form = AUXILIARY_INFLECTIONS.get(low);
  if (form !== undefined) return form;
  if (endsWithIng(low)) return 'ing';
  if (charCodeAt(low, low.length - 1) === 115 && doc.lemma[k] !== low) return 'present';
  if (endsWithEd(low) || doc.lemma[k] !== low) return 'past';
  return 'base';
}

/**
 * Does the comma at `c` open the middle verb phrase of a series ("…, denounced its cost and said …"):
 * a verb of the form `form` right after it, and "and" with another verb of that form before `b`,
 * within a few words and no other comma?
 */
function seriesComma(doc: SlantDocument, c: number, form: string, b: number): boolean {
  const v = c + 1;
  if (v >= b || doc.pos[v] !== 'VERB' || !isVerb(doc, v) || inflection(doc, v) !== form) return false;
  // (a short quoted phrase in the middle verb's object is passed over: "…, called the mayor “reckless” and left")
  let quoted = false;
  for (let t = v + 1; t < b && t - v < 12; t++) {
    if (isQuoteMark(doc, t)) {
      const close = quoted ? -1 : closingMarkWithin(doc, t, v + 11 - t, b);
      if (close < 0) return false;
      quoted = true;
      t = close;
      continue;
    }
    if (isPunct(doc, t) || isVerb(doc, t)) return false;
    if (doc.lower[t] === 'and') return t + 1 < b && doc.pos[t + 1] === 'VERB' && inflection(doc, t + 1) === form;
  }
  return false;
}

/**
 * Does the comma at `c` open the second verb phrase of a series without "and" ("Ruiz slams port
 * board, praises crews")? A cue verb of the form `form` right after it that is no tag's verb
 * ("…, said Ruiz", "…, Vale added"), as tagged or read as a noun or name.
 */
function asyndeticComma(doc: SlantDocument, c: number, form: string, isCueVerb: (k: number) => boolean): boolean {
  const v = c + 1;
  // (not a participle set off after a noun, with its agent or the title it gives: "the meeting, requested by
  // Ruiz, would …", "a column, entitled “…”")
  return isCueVerb(v) && headlineForm(doc, v) === form && !QUOTE_TAGS.has(doc.lemma[v]!) && doc.lower[v + 1] !== 'by' && !isQuoteMark(doc, v + 1);
}

/**
 * "Vale Says Port Is Safe, Slams Board": in a title-case headline a reported clause with a verb of its own
 * (from `t`) still ends at a comma before a capitalised cue verb of the cue's form with no subject of its own:
 * the headline's next verb phrase. The comma, or -1; stops at other punctuation or a quotation, within [t, b).
 */
function titleSeriesComma(doc: SlantDocument, t: number, b: number, form: string, isCueVerb: (k: number) => boolean): number {
  if (!isCap(doc, t)) return -1;
  for (let c = t + 1; c < b; c++) {
    if (doc.value[c] === ',') return isCap(doc, c + 1) && asyndeticComma(doc, c, form, isCueVerb) ? c : -1;
    if (isPunct(doc, c) || (doc.isWord[c] && !isCap(doc, c) && doc.pos[c] !== 'ADP' && doc.pos[c] !== 'DET')) return -1;
  }
  return -1;
}

/**
 * A cue verb the tagger read as a name in a title-case headline ("Backs Ruiz And Denounces Vale"):
 * a second predicate of the same form, as a tagged verb would be.
 */
function headlineVerb(doc: SlantDocument, v: number, form: string, isCueVerb: (k: number) => boolean): boolean {
  return doc.pos[v] === 'PROPN' && isCueVerb(v) && headlineForm(doc, v) === form;
}

/** The inflection of a verb, reading a name-tagged "-s" word (its own lemma: "Slams") as present. */
export function headlineForm(doc: SlantDocument, k: number): string {
  return doc.pos[k] === 'PROPN' && doc.lower[k]!.endsWith('s') && doc.lemma[k]!.toLowerCase() === doc.lower[k] ? 'present' : inflection(doc, k);
}

/**
 * A finite form of "be", "have" or "do" ("is", "has", "did"). Not a modal: "seeks a levy and would
 * spend it on roads" reads as one proposal, the plan's own second half.
 */
function finiteAuxiliary(doc: SlantDocument, v: number): boolean {
  const low = doc.lower[v]!;
  const form = inflection(doc, v);
  return (form === 'present' || form === 'past') && (BE_FORMS.has(low) || /^(?:has|have|had|does|do|did)$/.test(low)) && !/^['’]/.test(low);
}

/** Marks after which an object goes on no more (`coordinatedPredicate`). */
const OBJECT_ENDING_MARKS = new Set([';', ':', '(', ')']);
/** Words that open a clause of the content's own (a complement, a relative, an infinitive): no second predicate follows. */
const OBJECT_ENDING_WORDS = new Set(['that', 'who', 'whom', 'which', 'whose', 'where', 'when', 'to', 'if', 'whether']);
// (a bit of the word-id record: asked per token of an object)
defineLowerBit(OBJECT_ENDING_WORD_BIT, (w) => OBJECT_ENDING_WORDS.has(w));

/**
 * "backed the levy and, in March, said it would rise", "backed the levy but, in the end, voted against it": a content
 * [a, b) cut before the next relation that ends in a conjunction and a short aside set off by commas, with a finite
 * verb behind the closing comma (the next verb phrase), ends before the conjunction; `b` otherwise.
 */
function asideAfterConjunctionStart(doc: SlantDocument, a: number, b: number): number {
  if (doc.value[b] !== ',' || !isVerb(doc, b + 1) || endsWithIng(doc.lower[b + 1]!)) return b;
  const conjunction = conjunctionBeforeAside(doc, b, a);
  return conjunction >= 0 ? trimBack(doc, conjunction, a) : b;
}

/**
 * Is the past form at `v` a modifier of the noun (one or two words) after it, which a finite verb of its own
 * follows before `b` ("cancelled ferries | had", "delayed ferry crews | were")? Then "and" joins two subjects.
 */
function modifiedSubjectThenVerb(doc: SlantDocument, v: number, b: number): boolean {
  if (!endsWithEd(doc.lower[v]!)) return false;
  let n = v + 1;
  while (n < b && n - v <= 2 && doc.pos[n] === 'NOUN') n++;
  // (a bare form agrees with a plural noun only: "closed piers | hurt growers")
  return n > v + 1 && n < b && (finiteAuxiliary(doc, n) || MODALS.has(doc.lower[n]!) || (doc.pos[n] === 'VERB' && !endsWithIng(doc.lower[n]!) && (doc.lemma[n] !== doc.lower[n] || isPluralNoun(doc, n - 1))));
}

/**
 * "Ruiz acknowledged the delay and closed the bridge", "Vale offered a deal, then left": content
 * [a, b) that opens with an object (no verb of its own yet) is followed by "and", "but" or ", then"
 * and a second finite verb in the cue verb's own form with no subject of its own: a second verb
 * phrase of the cue's subject, which ends the content. Returns the token where the content ends
 * (the comma or conjunction), or -1. A reported clause with a verb of its own is left whole ("said
 * the deal was fair and left": the second verb may be the clause's); bounded by the content.
 * A cue in the bare form joins a second bare verb the same way ("was quick to praise the board and
 * thank the growers", "will back the levy and send it on"); an infinitive content of a cue in another
 * form keeps its second verb ("vowed to cut costs and raise the levy": both are the vow).
 */
export function coordinatedPredicate(doc: SlantDocument, head: number, a: number, b: number, isCueVerb: (k: number) => boolean = () => false): number {
  const form = predicateForm(doc, head);
  if (form !== 'past' && form !== 'present' && form !== 'base') return -1;
  // (a short quoted phrase inside the object is passed over: "rails against its “Iron Rule” and pledges …";
  // a conjunction inside an open quotation is no joint)
  let marks = 0;
  for (let t = a; t < b; t++) {
    const low = doc.lower[t]!;
    if (isQuoteMark(doc, t)) {
      marks++;
      continue;
    }
    if ((lowerWordBits(doc, t) & OBJECT_ENDING_WORD_BIT) !== 0 || OBJECT_ENDING_MARKS.has(doc.value[t]!)) return -1;
    if (marks % 2 === 1) continue;
    // (also a comma opening the middle verb phrase of a series that "and" closes: "described the plan as
    // reckless, denounced its cost and said …")
    // ("slams port board, praises crews": a headline's series with no "and" ends the object at its comma)
    if (doc.value[t] === ',' && marks % 2 === 0 && asyndeticComma(doc, t, form, isCueVerb)) return t;
    // ("has not endorsed Ruiz or conceded the race": "or" before a second finite verb of the cue's form joins a second
    // predicate too; not between bare forms, which offer a choice, "must back the levy or drop it", nor before a name
    // read as a verb, "every Vale or Berg plan")
    if (low === 'or' && form !== 'base' && orPredicate(doc, t + 1, b, form)) return doc.value[t - 1] === ',' ? t - 1 : t;
    const joint = low === 'and' || low === 'but' || (doc.value[t] === ',' && (doc.lower[t + 1] === 'then' || seriesComma(doc, t, form, b)));
    if (!joint) {
      // (a list before "and" may end in a participle and its noun: "pools, parks and improved trails")
      // (a participle between a determiner and its noun is the noun's modifier, no verb of the object's own:
      // "tweeted a photo of her bruised arm and said …")
      if (isVerb(doc, t) && !nounModifierParticiple(doc, t)) return titleSeriesComma(doc, t, b, form, isCueVerb);
      if (doc.value[t] === ',' && !/^(?:and|but|then)$/.test(doc.lower[t + 1] ?? '')) return -1;
      continue;
    }
    let v = doc.value[t] === ',' && doc.lower[t + 1] === 'then' ? t + 2 : t + 1;
    while (v < b && isAdverbLike(doc, v) && doc.pos[v] !== 'AUX') v++;
    // (or a finite "be", "have" or "do", whose tense may differ: "backs Ruiz but is not working for him",
    // "had backed Ruiz and is now giving …")
    if (v < b && finiteAuxiliary(doc, v)) return doc.value[t - 1] === ',' ? t - 1 : t;
    if (v < b && headlineVerb(doc, v, form, isCueVerb)) return doc.value[t - 1] === ',' ? t - 1 : t;
    if (v >= b || !(doc.pos[v] === 'VERB' ? isVerb(doc, v) : verbReadAsNoun(doc, v)) || endsWithIng(doc.lower[v]!) || !formsAgree(doc, form, v) || (form === 'present' && isPunct(doc, v + 1))) continue;
    // ("said the delays and cancelled ferries had hurt the town": a participle before a noun that a verb of its own
    // follows modifies that noun, the second of two subjects of the reported clause; only after a plain verb of saying,
    // which takes no bare object: "denied the claim and blocked roads remain shut" ends at the object)
    if (low === 'and' && PLAIN_SAYING.has(doc.lemma[head]!) && modifiedSubjectThenVerb(doc, v, b)) continue;
    return doc.value[t - 1] === ',' ? t - 1 : t;
  }
  return -1;
}

/**
 * Does a lower-case finite verb of the form `form` (no -ing form) stand at `v`, over adverbs, before `b`? Not one
 * with a bare plural noun right behind it, a participle modifying that noun in a list of alternatives ("the delays or
 * closed piers").
 */
function orPredicate(doc: SlantDocument, v: number, b: number, form: string): boolean {
  while (v < b && isAdverbLike(doc, v) && doc.pos[v] !== 'AUX') v++;
  return v < b && doc.pos[v] === 'VERB' && isVerb(doc, v) && !isCap(doc, v) && !endsWithIng(doc.lower[v]!) && formsAgree(doc, form, v) && !(doc.pos[v + 1] === 'NOUN' && isPluralNoun(doc, v + 1));
}

/**
 * Does the verb at `k` take the form of the cue verb at `head`, as a second predicate of its subject would? The
 * same inflection, or a past after a head whose past is spelt like its bare form ("forecast that … and thanked
 * the crews": "forecast" reads as bare, but a past second verb shows it is past), or such a verb at `k` before a past
 * head ("Ruiz cut fares, proposed a levy, and left": `formsAgree`).
 */
export function formOfHead(doc: SlantDocument, head: number, k: number): boolean {
  const mine = inflection(doc, k);
  const theirs = inflection(doc, head);
  // (only before the head: after it, such a bare form may go on the reported clause's modal, "would raise fares, cut …")
  return mine === theirs || (mine === 'past' && PAST_SAME_AS_BARE.has(doc.lower[head]!)) || (k < head && formsAgree(doc, theirs, k));
}

/**
 * The verb before the comma `c` (back to `lo`, over no mark) that a series member at `member` continues when it is a
 * clause's own verb with a subject before it, of the member's form ("Police said the man entered the store, told the
 * clerk he had a gun, and fled": the man told the clerk). -1 when the last verb is an auxiliary ("Vale said the pier
 * was safe, warned that …": the series is the cue's subject's), an infinitive, or of another form.
 */
export function reportedSeriesVerb(doc: SlantDocument, c: number, lo: number, member: number): number {
  for (let t = c - 1; t >= lo; t--) {
    if (doc.pos[t] === 'AUX' || isPunct(doc, t) || isQuoteMark(doc, t)) return -1;
    if (doc.pos[t] !== 'VERB' || !isVerb(doc, t)) continue;
    if (endsWithIng(doc.lower[t]!) || !formOfHead(doc, member, t)) return -1;
    let s = t - 1;
    while (s >= lo && isAdverbLike(doc, s)) s--;
    return s >= lo && SUBJECT_END_TAGS.has(doc.pos[s]!) ? t : -1;
  }
  return -1;
}

/** Tags that may end a verb's subject right before it ("the man entered", "she backed", "Vale left"). */
const SUBJECT_END_TAGS: ReadonlySet<string> = new Set([...NOMINAL_TAGS, 'NUM']);

/** The progressive's auxiliaries and the form a verb coordinated with the progressive takes ("are denouncing … and vow"). */
const PROGRESSIVE_FORMS = new Map<string, string>([
  ['is', 'present'], ["'s", 'present'], ['’s', 'present'], ['are', 'base'], ["'re", 'base'], ['’re', 'base'], ['am', 'base'], ['was', 'past'], ['were', 'past'],
]);

/**
 * The form of the cue's predicate that a second verb phrase of its subject repeats: the cue verb's own
 * inflection, or for a progressive the tense of its "be" ("Growers are denouncing the levy and vow to …":
 * a plural present reads as the bare form; "Vale was denouncing it and vowed …": past).
 */
function predicateForm(doc: SlantDocument, head: number): string {
  const form = headlineForm(doc, head);
  if (form !== 'ing') return form;
  let t = head - 1;
  while (t > head - 4 && t > 0 && isAdverbLike(doc, t) && !BE_FORMS.has(doc.lower[t]!)) t--;
  return PROGRESSIVE_FORMS.get(doc.lower[t] ?? '') ?? (doc.value[t] === ',' ? setOffParticipleForm(doc, t) : form);
}

/**
 * "Vale hammered Ruiz, calling him a “wreck,” and contrasted the mayor with Berg": a participle set off
 * after its clause (the comma at `comma`) shares the subject of that clause's verb, whose next verb
 * phrase ("and contrasted …") takes that verb's form. The form of the finite verb before the comma
 * (a past or a present, up to twelve words back, none over a quotation mark or another comma), or 'ing'.
 */
function setOffParticipleForm(doc: SlantDocument, comma: number): string {
  const ts = doc.sentences[doc.sentenceOf[comma]!]!.tokenStart;
  for (let t = comma - 1; t >= ts && comma - t <= 12; t--) {
    if (isQuoteMark(doc, t) || isPunct(doc, t)) return 'ing';
    if (doc.pos[t] === 'VERB' && isVerb(doc, t)) {
      const form = inflection(doc, t);
      return form === 'past' || form === 'present' ? form : 'ing';
    }
    // (a present the tagger read as a plural noun between a name and its object: "Vale hammers Ruiz, calling …")
    if (doc.pos[t] === 'NOUN' && endsWithPlainS(doc.lower[t]) && t - 1 >= ts && doc.pos[t - 1] === 'PROPN' && isCap(doc, t - 1) && (doc.pos[t + 1] === 'PROPN' || doc.pos[t + 1] === 'DET' || OBJECT_PRONOUNS.has(doc.lower[t + 1] ?? ''))) return 'present';
  }
  return 'ing';
}

/**
 * Does the verb at `v` take the predicate's form `form`? A verb whose past is spelt like its bare form
 * ("cast", "forecast", "put", `PAST_SAME_AS_BARE`) reads as past after a past predicate ("has railed
 * against the levy and cast himself as …").
 */
function formsAgree(doc: SlantDocument, form: string, v: number): boolean {
  const mine = inflection(doc, v);
  if (mine === form) return true;
  return form === 'past' && mine === 'base' && PAST_SAME_AS_BARE.has(doc.lower[v]!);
}

/**
 * Does the verb at `v` (or a reporting noun read for one) take the form of the predicate headed at
 * `head`, as a second verb phrase of the same subject would ("are denouncing the levy and vow to …",
 * "rails against it and pledges to …"; not "criticised the budget and plans to …")?
 */
export function samePredicateForm(doc: SlantDocument, head: number, v: number): boolean {
  const form = predicateForm(doc, head);
  return (form === 'past' || form === 'present' || form === 'base') && formsAgree(doc, form, v);
}

/** Reflexive pronouns: an object no noun takes right after it ("and cast himself as …"). */
export const REFLEXIVE_PRONOUNS = wordSet([...REFLEXIVES], ['myself', 'ourselves', 'yourself']);

/**
 * A second predicate's verb the tagger read as a noun right after the conjunction: a word that no
 * determiner opens, followed by an object pronoun or a reflexive ("and cast himself as …", "and
 * thank them") or by "to" and a verb ("and vow to block …"); a noun takes neither right after it.
 */
function verbReadAsNoun(doc: SlantDocument, v: number): boolean {
  if (doc.pos[v] !== 'NOUN' || isCap(doc, v)) return false;
  const next = doc.lower[v + 1] ?? '';
  return REFLEXIVE_PRONOUNS.has(next) || OBJECT_PRONOUNS.has(next) || (next === 'to' && doc.pos[v + 2] === 'VERB');
}

/** The most tokens between a source and a cue that `seriesBeforeCue` reads for the series' first verb phrase. */
const MAX_SERIES_MEMBER = 25;

/**
 * "Vale asked the council to wait, said the pier was safe, and left": is the cue at `head` a later member of a series
 * of its subject's verb phrases? Right after the source (`sourceEnd`, behind adverbs) a verb of the cue's form
 * opens the series' first phrase, which runs to a comma right before the cue (behind adverbs), with no other mark or
 * quotation in it.
 */
export function seriesBeforeCue(doc: SlantDocument, head: number, cueStart: number, sourceEnd: number): boolean {
  let v = sourceEnd;
  while (v < cueStart && isAdverbLike(doc, v) && doc.pos[v] !== 'AUX') v++;
  if (v >= cueStart || cueStart - v > MAX_SERIES_MEMBER || doc.pos[v] !== 'VERB' || !isVerb(doc, v) || !formOfHead(doc, head, v)) return false;
  let c = cueStart - 1;
  while (c > v && isAdverbLike(doc, c)) c--;
  if (doc.value[c] !== ',') return false;
  for (let t = v + 1; t < c; t++) if (isPunct(doc, t) || isQuoteMark(doc, t)) return false;
  return true;
}

/**
 * Where a series of the subject's verb phrases goes on in the content [a, b): the comma (or "and") before a last
 * ", and" + verb of the cue's form (`formOfHead`), outside quotations; -1 when there is none. "…, said the pier was
 * safe, and left": "left" is the series' last member, no part of what was said. Only a past or an -s present: a bare
 * verb there may be the reported clause's own ("fear the levy will pass, and drive growers away").
 */
export function seriesCloseIn(doc: SlantDocument, head: number, a: number, b: number): number {
  const form = inflection(doc, head);
  if (form !== 'past' && form !== 'present') return -1;
  let marks = 0;
  for (let t = a; t < b; t++) {
    if (isQuoteMark(doc, t)) {
      marks++;
      continue;
    }
    if (marks % 2 === 1 || doc.value[t] !== ',' || doc.lower[t + 1] !== 'and') continue;
    let v = t + 2;
    while (v < b && isAdverbLike(doc, v) && doc.pos[v] !== 'AUX') v++;
    if (v < b && doc.pos[v] === 'VERB' && isVerb(doc, v) && !endsWithIng(doc.lower[v]!) && formOfHead(doc, head, v) && doc.lower[v + 1] !== 'by') return t;
  }
  return -1;
}

/**
 * "vowed to ban the boats, declined to name the owners, and defended the levy": a content [a, b) that runs into a
 * series of its subject's verb phrases, the cue's the first: a comma right before a verb of the cue's form (a past or
 * an -s present, no reduced passive with "by") that a later ", and" + verb of that form closes. The first comma, or -1.
 */
export function seriesAfterCue(doc: SlantDocument, head: number, a: number, b: number): number {
  const form = inflection(doc, head);
  if (form !== 'past' && form !== 'present') return -1;
  let marks = 0;
  let first = -1;
  for (let t = a; t < b; t++) {
    // (a token opening with an ASCII letter or digit, most of them, is neither a mark nor a comma)
    if (isAsciiLetterOrDigit(charCodeAt(doc.value[t]!, 0))) continue;
    if (isQuoteMark(doc, t)) {
      marks++;
      continue;
    }
    if (marks % 2 === 1 || doc.value[t] !== ',') continue;
    const joined = doc.lower[t + 1] === 'and';
    let v = joined ? t + 2 : t + 1;
    while (v < b && isAdverbLike(doc, v) && doc.pos[v] !== 'AUX') v++;
    const member = v < b && doc.pos[v] === 'VERB' && isVerb(doc, v) && !endsWithIng(doc.lower[v]!) && formOfHead(doc, head, v) && doc.lower[v + 1] !== 'by';
    if (!member) continue;
    if (joined) return first;
    if (first < 0) first = t;
  }
  return -1;
}

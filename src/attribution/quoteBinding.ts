import type { SlantDocument } from '../document/readDocument.js';
import { defineLowerBit, lowerWordBits } from '../document/lowerWordBits.js';
import { CLAUSE_OPENER_AFTER_TAG_BIT } from '../document/lowerWordBitNumbers.js';
import type { AttributionLexicons, CueSense } from './attributionLexicons.js';
import { clauseEnd, trimFront } from './contentExtent.js';
import { cueShape, type Cue } from './cue.js';
import { findCues } from './findCues.js';
import { sourcePhrase, type SourcePhrase, type TokenRange } from './nounPhrases.js';
import { lastWindowOf } from './sentenceWindows.js';
import type { Relation } from './relation.js';
import type { SourceEntity } from './sourceRegistry.js';
import { subjectAfter } from './subjectAfter.js';
import { subjectBefore } from './subjectBefore.js';
import type { Paragraph, QuoteIndex, SpeechQuote } from './speechQuotes.js';
import { LABELS as COLON_LABELS, titleWordAt } from './colonHeadline.js';
import { POSSESSIVE_PRONOUNS } from './sourceOfObject.js';
import { AND_BUT, CLAUSE_CONJUNCTIONS, isAdverbLike, isCap, isClauseEndMark, isDash, isPossessive, isPunct, isQuoteMark, isVerb, NONCOMPLEMENT_RELATIVES, SENTENCE_OR_CLAUSE_END, endsWithIng, endsWithEd, endsWithPlainEd, commaInsideMark } from './tokens.js';
import { DAY_PARTS, MEASURED_PERIODS, MONTHS, NEAR_DAYS, TIME_HEAD_NOUNS, WEEKDAYS, wordSet } from './timeWords.js';
import { startsWithLower, startsWithUpper } from '../document/letterRuns.js';

/** Pronouns that stand for a whole statement ("that", "it", "this"). */
const STATEMENT_PRONOUNS = new Set(['that', 'it', 'this']);

/** Words that chain a further predicate ("and", "then"). */
const PREDICATE_LINKS = new Set(['then', 'and']);

/** Words of an adjunct between a speech tag and its quotation: "said on Tuesday in a statement, “…”", "acknowledged, however, “…”". */
const TAG_ADJUNCT_WORDS = wordSet(['on', 'in', 'at', 'late', 'last', 'earlier', 'this'], WEEKDAYS, DAY_PARTS, ['a', 'an', 'the', 'statement', 'interview', 'then', 'however', 'though', 'also', 'again', 'later', 'simply', 'bluntly', 'flatly']);

/** A source found for a quotation without a cue of its own. */
export interface QuoteSource {
  cue: Cue;
  cueRange: TokenRange;
  source: SourcePhrase | null;
  entity: SourceEntity;
}

/**
 * Resolves a source phrase to an entity (null when it cannot speak). `loose`: a noun phrase
 * that names no known kind of speaker still counts ("The new figures confirm that ...").
 */
export type ResolvePhrase = (phrase: SourcePhrase | null, offset: number, loose?: boolean) => SourceEntity | null;

const phraseCue = (doc: SlantDocument, a: number, b: number, lemma: string): Cue => ({ type: 'phrase', tokStart: a, tokEnd: b, head: a, lemma, stance: 'neutral', cueClass: 'speech', negated: false, sentence: doc.sentenceOf[a]! });

/**
 * The full quotations a verb cue introduces or closes: `“...,” X said` (the quote ends just
 * before the source or the verb), `X said: “...”` / `X said, “...”` (the quote starts right
 * after), and both pieces of `“A,” X said, “B.”`.
 */
export function quotesForCue(doc: SlantDocument, q: QuoteIndex, cue: Cue, leftEdge: number, rightEdge: number, te: number): number[] {
  const found: number[] = [];
  const quotes = q.quotes;
  // Before: skip back over a comma to a closing mark.
  let j = leftEdge - 1;
  while (j >= 0 && (doc.value[j] === ',' || doc.value[j] === '—' || doc.value[j] === '–')) j--;
  // `“…,” the attacker, Tom Berg, said`: a description set off by a comma before the named source
  if (doc.value[leftEdge - 1] === ',' && !isQuoteMark(doc, j)) {
    let d = j;
    while (d >= 0 && j - d < 6 && doc.isWord[d] && doc.pos[d] !== 'VERB' && doc.pos[d] !== 'AUX' && doc.pos[d] !== 'PROPN') d--;
    if (d < j && d >= 0 && isQuoteMark(doc, d) && /^(?:DET|PRON|ADJ|NUM)$/.test(doc.pos[d + 1]!)) j = d;
  }
  // a nested quotation's closing mark glued to the outer one (`'fair,'’`, `“a disgrace”''`) where the outer
  // mark closes no quotation of the index: the inner one carries the offset (not when the last token is the
  // outer quotation's recorded mark: `‘...,’”`)
  if (j > 0 && isQuoteMark(doc, j) && isQuoteMark(doc, j - 1) && doc.start[j] === doc.end[j - 1] && !q.quoteAtMark.has(doc.start[j]!)) j--;
  if (j >= 0 && isQuoteMark(doc, j) && doc.lineOf[j] === doc.lineOf[cue.tokStart]) {
    const qi = q.quoteAtMark.get(doc.start[j]!);
    // `“… are many questions.” Others disagreed.`: a full stop inside the closing mark ends the
    // quoted sentence, so the clause after it is a sentence of its own, not the quotation's cue
    // (a bare speech tag after it is still the quotation's: `“… are missing.” Berg said.`)
    const bareTag = (cue.cueClass === 'speech' || cue.cueClass === 'writing') && doc.value[rightEdge] === '.' && cue.tokStart - j <= 4;
    const stopped = doc.text[doc.start[j]! - 1] === '.' && !bareTag;
    if (qi !== undefined && !quotes[qi]!.partial && doc.start[j] === quotes[qi]!.span.close && !stopped) found.push(qi);
  }
  // After: "said: “", "said, “", "told reporters: “", "said in a statement: “".
  let k = rightEdge;
  // (the object of "told" stops at a full stop: `he told them. “…”` opens a sentence of its own)
  if (cue.lemma === 'tell') while (k < te && doc.value[k] !== ':' && doc.value[k] !== ',' && !/^[.!?;]$/.test(doc.value[k]!) && !isQuoteMark(doc, k) && k - rightEdge < 6) k++;
  // (and a set-off adverb: "acknowledged, however, “…”")
  while (k < doc.tokenCount && k - rightEdge < 8 && !isQuoteMark(doc, k) && (TAG_ADJUNCT_WORDS.has(doc.lower[k]!) || doc.value[k] === ',')) k++;
  if (doc.value[k] === ':' || doc.value[k] === ',') k++;
  if (!isQuoteMark(doc, k) && (cue.cueClass === 'speech' || cue.cueClass === 'writing')) {
    const far = behindAdjuncts(doc, rightEdge, te);
    const qi = far ? q.quoteAtMark.get(doc.start[far.mark]!) : undefined;
    // (a plain phrase only when the quotation ends the sentence: "chanted back at him, “A,” and “B.”" goes on)
    if (far && qi !== undefined && (far.clause || quotes[qi]!.t1 + 2 >= te)) k = far.mark;
    // (`“A,” Vale wrote in a post explaining her vote, “but b.”`: the tag's participle clause interrupts the quoted sentence)
    else if (found.length > 0) {
      const rest = restBehindParticiple(doc, rightEdge, te);
      if (rest >= 0) k = rest;
    }
  }
  if (k < doc.tokenCount && isQuoteMark(doc, k) && doc.lineOf[k] === doc.lineOf[cue.tokStart]) {
    const qi = q.quoteAtMark.get(doc.start[k]!);
    // "“A,” she said, “B.”" takes both pieces; after a plain verb the quotation must start a sentence or follow a colon
    // (or, as the second piece, open with a capital after a tag with no comma: `“A,” she said “B.”`)
    const second = (qi: number) => found.length > 0 && k === rightEdge && quotes[qi]!.span.closed && isCap(doc, quotes[qi]!.t0);
    if (qi !== undefined && doc.start[k] === quotes[qi]!.span.open && (!quotes[qi]!.partial || second(qi))) found.push(qi);
  }
  return found;
}

/** Marks that end the short adjunct between a cue and its colon (`blockAfterColon`). */
const LABEL_ENDING_MARKS = new Set(['.', ';', '!', '?', ',']);

/**
 * `In a speech in May, Ruiz said:` or `Vale wrote in the post:` ending its paragraph, then a
 * paragraph of those words set as a block without quotation marks: that paragraph is the content
 * (never the opener before the cue). `from`: the first token after the cue (and an inverted
 * source); a short adjunct without a verb may stand before the colon. The paragraph's token range,
 * `'quotation'` when it opens with a quotation mark (the quotation binding takes it), or null.
 */
export function blockAfterColon(doc: SlantDocument, from: number, te: number): TokenRange | 'quotation' | null {
  let k = from;
  for (; k < te && doc.value[k] !== ':'; k++) {
    if (k - from >= 8 || isVerb(doc, k) || isQuoteMark(doc, k) || LABEL_ENDING_MARKS.has(doc.value[k]!)) return null;
  }
  if (k >= te || doc.value[k] !== ':') return null;
  const line = doc.lineOf[k]!;
  if (k + 1 < doc.tokenCount && doc.lineOf[k + 1] === line) return null; // the colon ends its line
  // (a heading in capitals is no speaker's: "SHORT READS:")
  const head = doc.text.slice(doc.start[doc.lines[line]!.tokenStart]!, doc.end[k]!);
  if (head === head.toUpperCase()) return null;
  let next = line + 1;
  while (next < doc.lines.length && next - line < 4 && doc.lines[next]!.tokenStart === doc.lines[next]!.tokenEnd) next++;
  const l = doc.lines[next];
  if (!l || l.tokenEnd <= l.tokenStart || doc.value[l.tokenStart] === '<') return null;
  if (isQuoteMark(doc, l.tokenStart)) return 'quotation';
  let b = l.tokenEnd;
  while (b > l.tokenStart && /^[.!?]$/.test(doc.value[b - 1]!)) b--;
  return b > l.tokenStart ? { a: l.tokenStart, b } : null;
}

/** Words that open a subordinate clause set off inside an adjunct: "said in May, when the story broke, “…”". */
const ADJUNCT_CLAUSES = /^(?:when|after|before|while|as|once|if)$/;
/** Words that open another clause between a tag and a quotation ("she said, but despite the tone, “…”"). */
const CLAUSE_OPENERS_AFTER_TAG = new Set(['that', 'but', 'and', 'or', 'yet', 'so']);
// (a bit of the word-id record: asked per token after a tag)
defineLowerBit(CLAUSE_OPENER_AFTER_TAG_BIT, (w) => CLAUSE_OPENERS_AFTER_TAG.has(w));

/**
 * `Ruiz said in the spring, when the story broke, “…”`: a longer adjunct between a speech verb and
 * the opening mark of a full quotation after a comma or colon (a time or place phrase with no
 * verb of its own, and subordinate clauses set off by commas). Where the opening mark stands and
 * whether a clause stood before it, or null.
 */
function behindAdjuncts(doc: SlantDocument, from: number, te: number): { mark: number; clause: boolean } | null {
  let inClause = false;
  for (let k = from; k < te && k - from < 16; k++) {
    const v = doc.value[k]!;
    if (isQuoteMark(doc, k)) return k > from && (doc.value[k - 1] === ',' || doc.value[k - 1] === ':') && isCap(doc, k + 1) && doc.start[k]! > doc.end[k - 1]! ? { mark: k, clause: inClause } : null;
    // (not over a conjunction: "she said, but despite the tone, “…”" is another clause's)
    if (SENTENCE_OR_CLAUSE_END.has(v) || isDash(doc, k) || (lowerWordBits(doc, k) & CLAUSE_OPENER_AFTER_TAG_BIT) !== 0) return null;
    if (v === ',') {
      if (ADJUNCT_CLAUSES.test(doc.lower[k + 1] ?? '') || mannerParticiple(doc, k + 1, te)) inClause = true;
      continue;
    }
    if (isVerb(doc, k) && !inClause) return null;
  }
  return null;
}

/**
 * `“We will win,” Vale wrote in a post explaining her vote, “but it will be hard.”`: after the
 * first piece of a quotation, a tag whose first verb is a present participle (with its own
 * object or clause) and then a comma and a quotation opening with a lower-case "and", "but",
 * "so" or "yet": the rest of the quoted sentence, which the participle does not report. The
 * opening mark, or -1.
 */
function restBehindParticiple(doc: SlantDocument, from: number, te: number): number {
  let participle = -1;
  for (let k = from; k < te && k - from < 20; k++) {
    // (the participle has words of its own: after a bare "adding," the quotation is its content)
    // (and the quotation goes on with a conjunction: "arguing that if …, “more will …”" is the participle's own clause)
    if (isQuoteMark(doc, k)) return participle >= 0 && k - 1 > participle + 1 && doc.value[k - 1] === ',' && CLAUSE_CONJUNCTIONS.has(doc.value[k + 1] ?? '') ? k : -1;
    if (/^[.!?;:]$/.test(doc.value[k]!) || isDash(doc, k)) return -1;
    if (participle < 0 && isVerb(doc, k)) {
      if (doc.pos[k] === 'AUX' || !doc.lower[k]!.endsWith('ing')) return -1;
      participle = k;
    }
  }
  return -1;
}

/**
 * `Ruiz joked, again putting on an accent, “…”`, `Vale said, smiling, “…”`: a present participle
 * (after adverbs) opening a manner aside set off by commas between a speech verb and its
 * quotation. Not one that reports or cites itself ("said, adding, “…”", "said, citing the poll, “…”"
 * leave the quotation to the participle's own relation, as before).
 */
function mannerParticiple(doc: SlantDocument, k: number, te: number): boolean {
  let v = k;
  while (v < te && v - k < 3 && isAdverbLike(doc, v) && doc.pos[v] !== 'AUX') v++;
  return v < te && doc.pos[v] === 'VERB' && endsWithIng(doc.lower[v]!) && !REPORTING_PARTICIPLES.has(doc.lower[v]!);
}

/** Participles that report on their own ("adding, “…”"): a quotation after them is theirs. */
const REPORTING_PARTICIPLES = new Set(['adding', 'saying', 'telling', 'writing', 'asking', 'noting', 'explaining', 'declaring', 'insisting', 'arguing', 'stating', 'continuing', 'concluding', 'quipping', 'joking', 'replying', 'responding', 'answering', 'warning', 'recalling', 'reading', 'citing', 'quoting', 'referring']);

/**
 * `Ruiz said, “Ten days remain” before the ferry ballot.`: a quotation that closes with no
 * punctuation of its own inside the marks, followed by lower-case words of the same sentence,
 * is only part of what is reported, which runs on to the end of the clause (a mixed
 * attribution). The token range of that rest, or null.
 */
export function quoteTail(doc: SlantDocument, q: QuoteIndex, quote: SpeechQuote, te: number): TokenRange | null {
  if (!quote.span.closed || /[.,;:!?…—–-]$/.test(doc.text.slice(quote.span.start, quote.span.end))) return null;
  let k = quote.t1;
  while (k < te && isQuoteMark(doc, k) && doc.start[k]! <= quote.span.close) k++;
  if (k >= te || doc.start[k]! <= quote.span.close || !doc.isWord[k] || isCap(doc, k) || !startsWithLower(doc.value[k]!)) return null;
  // (up to a comma: "… until the vote, and Vos agreed" goes on with another clause)
  let b = clauseEnd(doc, k, te, -1, false, q);
  for (let t = k; t < b; t++) if (doc.value[t] === ',') b = t;
  return b > k ? { a: k, b } : null;
}

/**
 * "Varga was blunt: “...”", "In an interview with the Herald, economist Ruth Adeyemi put it
 * bluntly: “...”", "Speaking to reporters, Otieno was angry: “...”": a clause ending in a
 * colon before a full quotation; its subject is the source.
 */
export function colonIntroduction(doc: SlantDocument, quote: SpeechQuote, lex: AttributionLexicons, resolve: ResolvePhrase, taken: (k: number) => boolean = () => false): QuoteSource | null {
  if (quote.partial) return null;
  let k = quote.t0 - 1;
  while (k >= 0 && isQuoteMark(doc, k)) k--;
  if (k < 0 || (doc.value[k] !== ':' && doc.value[k] !== ',')) return null;
  // "Vos shot back, “…”", "Ruiz issued a statement, “…”": a comma may set off a full quotation
  // after a short clause of a subject and a verb (narrower than after a colon, see below)
  const comma = doc.value[k] === ',';
  const sentence = doc.sentences[doc.sentenceOf[k]!]!;
  let ts = Math.max(sentence.tokenStart, k - 40);
  const named = comma ? null : nameBeforeColon(doc, k, ts, resolve, lex);
  if (named) return named;
  // "Here’s Ruiz in May: “…”", "Here is the mayor on the budget: “…”": the speaker stands after "here is"
  // (the tagger may keep "Here’s" as one token)
  const here = ts !== sentence.tokenStart ? 0 : /^here['’]s$/.test(doc.lower[ts]!) ? 1 : doc.lower[ts] === 'here' && /^(?:'s|’s|is|was)$/.test(doc.lower[ts + 1] ?? '') ? 2 : 0;
  if (!comma && here > 0) {
    const who = subjectAfter(doc, ts + here, k);
    const entity = who && who.a === ts + here ? resolve(who, doc.start[ts]!) : null;
    if (!who || !entity) return null;
    return { cue: phraseCue(doc, ts, ts + here, 'colon'), cueRange: { a: ts, b: ts + here }, source: who, entity };
  }
  // "Transcript as follows: “…”", "The full text of the letter as follows:": a noun phrase with no
  // verb, then "as follows", announces the quotation (the phrase is its source, whatever it names)
  // (with a verb, "The statement reads as follows:", the verb's clause below is the introduction)
  if (!comma && k - ts >= 3 && doc.lower[k - 1] === 'follows' && doc.lower[k - 2] === 'as') {
    let t = ts;
    while (t < k - 2 && !isVerb(doc, t) && !isQuoteMark(doc, t) && !isPunct(doc, t)) t++;
    const source: SourcePhrase = { a: ts, b: k - 2 };
    const entity = t === k - 2 ? resolve(source, doc.start[ts]!, true) : null;
    if (entity) return { cue: phraseCue(doc, k - 2, k, 'as follows'), cueRange: { a: k - 2, b: k }, source, entity };
  }
  // A leading phrase: "In an interview with X," / "Speaking to reporters ...,".
  let lead: TokenRange | null = null;
  const low = doc.lower[ts]!;
  if (!comma && (low === 'speaking' || (low === 'in' && ['an', 'a'].includes(doc.lower[ts + 1]!) && doc.lower[ts + 2] === 'interview'))) {
    let comma = ts;
    while (comma < k && doc.value[comma] !== ',') comma++;
    let end = ts + 1;
    if (low === 'speaking') {
      while (end < comma && !['after', 'on', 'at', 'in', 'outside', 'before', 'during', 'shortly'].includes(doc.lower[end]!)) end++;
    } else end = comma;
    lead = { a: ts, b: end };
    ts = comma + 1;
  }
  // The first verb of the clause; its subject is the source, the words up to the colon the cue
  // (of the clause after the last comma first: "Asked which one he liked, he demurred: “…”"; an
  // unknown past form the tagger reads as an adjective counts: "he demurred", "Ruiz boomed").
  // ("Vos shot back": an irregular past form the tagger reads as a noun)
  const isVerbAt = (t: number) => doc.pos[t] === 'VERB' || doc.pos[t] === 'AUX' || (endsWithPlainEd(doc.lower[t]!) && doc.pos[t] === 'ADJ' && !isCap(doc, t) && doc.pos[t + 1] !== 'NOUN') || (IRREGULAR_TAGS.has(doc.lower[t]!) && t > ts && doc.pos[t - 1] === 'PROPN');
  if (lead === null) {
    let c = k - 1;
    while (c > ts && doc.value[c] !== ',' && !isQuoteMark(doc, c)) c--;
    // `Reid called them “weak,” but he paid Vos a compliment: “…”`: a comma inside a closing mark sets the clause off too
    if (c > ts && (doc.value[c] === ',' || commaInsideMark(doc, c))) {
      let w = c + 1;
      while (w < k && !isVerbAt(w)) w++;
      if (w < k && w > c + 1 && subjectBefore(doc, lex, w, c + 1)) ts = c + 1;
      // (the verb right after the comma closes a relative clause set off in the subject, after an opener:
      // "Before the film ends, the preacher Vale, who died in 2019, is shown lecturing:"; the clause starts
      // after the opener's comma)
      else if (w === c + 1) {
        let r = c - 1;
        while (r > ts && doc.value[r] !== ',') r--;
        let p = r - 1;
        while (p > ts && doc.value[p] !== ',') p--;
        // (no verb in the subject but one glued to a hyphen, a compound modifier: "the harbour-linked preacher")
        let verb = false;
        for (let t = p + 1; t < r && !verb; t++) verb = isVerb(doc, t) && doc.text[doc.start[t]! - 1] !== '-';
        if (r > ts && NONCOMPLEMENT_RELATIVES.has(doc.lower[r + 1]!) && p > ts && doc.value[p] === ',' && r - p > 1 && !verb) ts = p + 1;
      }
    }
  }
  let v = ts;
  // (over a relative clause set off by commas in the subject: "Vale, who died in 2019, is shown lecturing:")
  for (; v < k && !isVerbAt(v); v++) {
    if (v > ts && doc.value[v - 1] === ',' && NONCOMPLEMENT_RELATIVES.has(doc.lower[v]!)) {
      let e = v + 1;
      while (e < k && doc.value[e] !== ',' && !isQuoteMark(doc, e)) e++;
      if (e < k && doc.value[e] === ',') v = e;
    }
  }
  // "Continued Stone: “…”", "Added the mayor: “…”": the verb first, its subject up to the colon
  if (lead === null && v === ts && doc.pos[v] === 'VERB' && endsWithEd(doc.lower[v]!) && k - v <= 8) {
    const after = subjectAfter(doc, v + 1, k);
    const entity = after && after.b === k ? resolve(after, doc.start[v]!) : null;
    if (after && entity) return { cue: cueShape({ ...phraseCue(doc, v, v + 1, doc.lemma[v]!), type: 'verb' }), cueRange: { a: v, b: v + 1 }, source: after, entity };
  }
  if (v >= k) return null;
  // "Berg leaned across the table in the chamber and boomed: “…”": a long clause whose last verb,
  // joined by "and" or "then" close to the colon, shares the first verb's subject; that verb opens the cue
  let cueStart = v;
  if (k - v > 8) {
    if (comma) return null;
    for (let t = k - 1; t > v + 1 && k - t <= 6; t--) if (/^(?:and|then)$/.test(doc.lower[t - 1]!) && doc.pos[t] !== 'AUX' && isVerbAt(t)) { cueStart = t; break; }
    if (cueStart === v || k - v > 24) return null;
    // (over a comma before the next predicate of the same subject, "gestured, then leaned in and
    // boomed:", and over a manner adjunct with no subject of its own, "as if to calm them")
    const commaThenPredicate = (t: number) => doc.value[t] === ',' && (PREDICATE_LINKS.has(doc.lower[t + 1]!) ? isVerbAt(t + 2) || (doc.lower[t + 2] === 'then' && isVerbAt(t + 3)) : false);
    const asIfTo = (t: number) => doc.lower[t] === 'as' ? doc.lower[t + 1] === 'if' && doc.lower[t + 2] === 'to' : doc.lower[t] === 'if' && doc.lower[t - 1] === 'as' && doc.lower[t + 1] === 'to';
    for (let t = v + 1; t < cueStart; t++) if (((doc.value[t] === ',' && !commaThenPredicate(t)) || doc.value[t] === ';' || isDash(doc, t) || /^(?:who|which|that|because|when|while|after|before|as|if|until|since|once|although|though|where|whether)$/.test(doc.lower[t]!)) && !asIfTo(t)) return null;
  }
  for (let t = v; t < k; t++) if (isQuoteMark(doc, t)) return null;
  if (comma) {
    // a finite verb of a single short clause, and the quotation is a sentence of its own that ends the sentence
    if (doc.pos[v] === 'AUX' || endsWithIng(doc.lower[v]!) || !startsWithUpper(doc.value[quote.t0] ?? '')) return null;
    for (let t = v + 1; t < k; t++) if (doc.value[t] === ',' || isVerb(doc, t) || doc.lower[t] === 'that') return null;
    // (a cue verb that already made an attribution keeps its own content: "said in December, “…”")
    if (taken(v)) return null;
    if (!quote.span.closed || !/[.!?]$/.test(doc.text.slice(quote.span.start, quote.span.end))) return null;
  }
  const source = subjectBefore(doc, lex, v, ts);
  // "A footnote in the audit makes that clear: “…”": a phrase naming no speaker is the source
  // when its verb makes what follows plain ("make (that|it) clear|plain|explicit")
  const entity = resolve(source, doc.start[v]!) ?? (source && makesPlain(doc, v, k) ? resolve(source, doc.start[v]!, true) : null);
  if (!source || !entity) return null;
  const cueRange = lead ?? { a: cueStart, b: k };
  return { cue: phraseCue(doc, cueRange.a, cueRange.b, 'colon'), cueRange, source, entity };
}

const PLAIN = new Set(['clear', 'plain', 'explicit']);
/** "makes that clear", "made it plain", "makes clear" from the verb at v up to the colon at k. */
function makesPlain(doc: SlantDocument, v: number, k: number): boolean {
  if (doc.lemma[v] !== 'make') return false;
  const w = STATEMENT_PRONOUNS.has(doc.lower[v + 1] ?? '') ? v + 2 : v + 1;
  return w === k - 1 && PLAIN.has(doc.lower[w]!);
}

/**
 * "In Berg's words, “…”", "in his own words, “…”", "in the words of one aide, “…”": a full
 * quotation right after a comma that closes such a phrase is the words of the one it names. The
 * cue is "in" (or "in the words of"), the possessor or the phrase after "of" the source.
 */
export function inWordsOf(doc: SlantDocument, quote: SpeechQuote, resolve: ResolvePhrase): QuoteSource | null {
  if (quote.partial) return null;
  let k = quote.t0 - 1;
  while (k >= 0 && isQuoteMark(doc, k)) k--;
  if (k < 3 || doc.value[k] !== ',') return null;
  const ts = doc.sentences[doc.sentenceOf[k]!]!.tokenStart;
  let source: SourcePhrase | null = null;
  let cueRange: TokenRange | null = null;
  if (doc.lower[k - 1] === 'words') {
    // "in his words", "in Berg's own words"
    let p = doc.lower[k - 2] === 'own' ? k - 3 : k - 2;
    if (POSSESSIVE_PRONOUNS.has(doc.lower[p]!)) {
      if (doc.lower[p - 1] === 'in') { source = { a: p, b: p + 1 }; cueRange = { a: p - 1, b: p }; }
    } else if (isPossessive(doc, p)) {
      let a = p;
      while (a - 1 >= ts && p - a < 5 && isCap(doc, a - 1)) a--;
      if (a < p && doc.lower[a - 1] === 'in') { source = { a, b: p }; cueRange = { a: a - 1, b: a }; }
    }
  } else {
    // "in the words of one aide"
    let of = k - 1;
    while (of > ts + 2 && k - of < 8 && doc.lower[of] !== 'of' && !isPunct(doc, of)) of--;
    if (doc.lower[of] === 'of' && of + 1 < k && doc.lower[of - 1] === 'words' && doc.lower[of - 2] === 'the' && doc.lower[of - 3] === 'in') {
      source = { a: of + 1, b: k };
      cueRange = { a: of - 3, b: of + 1 };
    }
  }
  if (!source || !cueRange) return null;
  const entity = resolve(source, doc.start[cueRange.a]!);
  if (!entity) return null;
  return { cue: phraseCue(doc, cueRange.a, cueRange.b, 'in words of'), cueRange, source, entity };
}

/** Words a name before a colon may hold besides capitalised ones ("Bank of Ostia", "the report"). */
const NAME_JOINERS = /^(?:of|and|&|the|for|de|van|von)$/;

/** Capitalised words that open a lower-case title before a name ("Former minister Ana Vale:"). */
const TITLE_LEADS = new Set(['former', 'acting', 'deputy', 'interim', 'senior']);

/**
 * "Pew Research: “…”", "More from Jeffrey Ruiz: “…”", "— the report: “…”": a name with no verb
 * before a colon and a full quotation, opening its sentence or set off by a dash or "from"
 * (digests and round-ups quote their sources this way in mid-paragraph). The colon is the cue.
 */
function nameBeforeColon(doc: SlantDocument, k: number, ts: number, resolve: ResolvePhrase, lex: AttributionLexicons): QuoteSource | null {
  let a = k;
  // (lower-case nouns only after "the": "the report"; "one reason" is no name)
  // (a capitalised verb or preposition is no part of a name: "Continued Stone:", "From the report:")
  const nameWord = (t: number) => (isCap(doc, t) && (doc.pos[t] === 'PROPN' || doc.pos[t] === 'NOUN')) || NAME_JOINERS.test(doc.lower[t]!) || (doc.pos[t] === 'NOUN' && doc.lower[t - 1] === 'the');
  while (a - 1 >= ts && k - a < 6 && nameWord(a - 1)) a--;
  // (and a lower-case title before a capitalised name: "Former secretary of state Ana Vale:")
  if (a < k && isCap(doc, a)) {
    let b = a;
    while (b - 1 >= ts && k - b < 9 && (titleWordAt(doc, lex.titles, b - 1) || doc.lower[b - 1] === 'of' || (b - 1 === ts && isCap(doc, b - 1) && TITLE_LEADS.has(doc.lower[b - 1]!)))) b--;
    if (b < a && (titleWordAt(doc, lex.titles, b) || TITLE_LEADS.has(doc.lower[b]!))) a = b;
  }
  while (a < k && NAME_JOINERS.test(doc.lower[a]!) && doc.lower[a] !== 'the') a++;
  // a line that opens with a name and a colon is colonHeadline's
  if (a >= k || a === doc.lines[doc.lineOf[a]!]!.tokenStart) return null;
  // the name opens its sentence or follows a dash or an opening "From" / "More from"
  const from = (t: number) => doc.lower[t] === 'from' && (t === ts || isDash(doc, t - 1) || (doc.lower[t - 1] === 'more' && (t - 1 === ts || isDash(doc, t - 2))));
  if (a > ts && !isDash(doc, a - 1) && !from(a - 1)) return null;
  const prefix = doc.text.slice(doc.start[a]!, doc.end[k - 1]!);
  // a dateline or a label ("WASHINGTON:", "Update:") is no speaker
  if (prefix === prefix.toUpperCase() || COLON_LABELS.test(prefix)) return null;
  const source: SourcePhrase = { a, b: k };
  const entity = resolve(source, doc.start[k]!);
  if (!entity) return null;
  return { cue: phraseCue(doc, k, k + 1, 'colon'), cueRange: { a: k, b: k + 1 }, source, entity };
}

/**
 * A quote-only paragraph whose speaker is named around it: the paragraph before announces
 * it ("X read a statement", "X said:", a cue that reported nothing in its own sentence), or
 * the paragraph after names the speaker ("Those were the words of X", "The warning came
 * from X", "X made the remark at ...").
 */
export function namedAroundParagraph(doc: SlantDocument, quote: SpeechQuote, paragraphs: Paragraph[], lex: AttributionLexicons, resolve: ResolvePhrase, contentless: (c: Cue) => boolean, blocked: (k: number) => boolean = () => false): QuoteSource | null {
  const p = paragraphs[quote.para]!;
  if (quote.span.open !== p.start || quote.partial) return null;
  const before = paragraphs[quote.para - 1];
  if (before && before.te > before.ts) {
    const lastSentence = doc.sentenceOf[before.te - 1]!;
    const last = lastWindowOf(doc, lastSentence);
    // (a verb inside the quotation that closes that paragraph announces nothing: `“We like them,” Ruiz said.`)
    const cues = findCues(doc, last, lex, blocked);
    const statement = [...cues].reverse().find((c) => c.type === 'verb' && (c.lemma === 'read' || doc.value[before.te - 1] === ':' || contentless(c)));
    if (statement) {
      const src = subjectBefore(doc, lex, statement.tokStart, last.ts);
      const entity = resolve(src, doc.start[statement.tokStart]!);
      const end = statement.lemma === 'read' ? statement.tokEnd + 2 : statement.tokEnd;
      if (entity) return { cue: statement, cueRange: { a: statement.tokStart, b: end }, source: src, entity };
    }
    const remarks = doc.value[before.te - 1] === '.' ? (ownRemarksBefore(doc, last.ts, before.te - 1, lex, resolve) ?? mannerOfSaying(doc, last.ts, before.te - 1, lex, resolve)) : null;
    if (remarks) return remarks;
  }
  const next = paragraphs[quote.para + 1];
  if (!next || next.te <= next.ts) return null;
  const ts = next.ts;
  const te = Math.min(doc.sentences[doc.sentenceOf[ts]!]!.tokenEnd, ts + 40);
  const words = doc.lower.slice(ts, Math.min(te, ts + 12)).join(' ');
  const m = /^(?:those|these|that|this) (?:were|was|are|is) the (?:words|remarks|comments|view|verdict|warning|message) of |^the (?:warning|remarks?|comments?|message|words|plea|call|appeal|criticism|admission) (?:came|come) from /.exec(words);
  if (m) {
    const cueLen = m[0].trim().split(' ').length;
    const src = subjectAfter(doc, ts + cueLen, te);
    const entity = resolve(src, doc.start[ts]!);
    if (!src || !entity) return null;
    const cueRange = { a: m[0].startsWith('the') ? ts + cueLen - 2 : ts + 3, b: ts + cueLen };
    return { cue: phraseCue(doc, cueRange.a, cueRange.b, 'words-of'), cueRange, source: src, entity };
  }
  // "Arroyo made the remark at ..."
  for (let k = ts; k < te - 2 && k < ts + 12; k++) {
    if (doc.lemma[k] === 'make' && /^(?:the|those|these)$/.test(doc.lower[k + 1]!) && /^(?:remarks?|comments?|statement)$/.test(doc.lower[k + 2]!)) {
      const src = subjectBefore(doc, lex, k, ts);
      const entity = resolve(src, doc.start[k]!);
      if (!src || !entity) return null;
      return { cue: phraseCue(doc, k, k + 3, 'make remark'), cueRange: { a: k, b: k + 3 }, source: src, entity };
    }
  }
  return null;
}

/**
 * `Ana Ruiz, a planner, agreed. “Time is running out.”`: a full quotation that opens a sentence
 * right after a sentence of the same paragraph that ends with a speech or writing verb that
 * reported nothing (only adjuncts after it: "agreed.", "responded on Friday.") is what that
 * verb's subject said. (Across a paragraph break, namedAroundParagraph does the same.)
 */
export function contentlessCueBefore(doc: SlantDocument, quote: SpeechQuote, lex: AttributionLexicons, resolve: ResolvePhrase, contentless: (c: Cue) => boolean, blocked: (k: number) => boolean): QuoteSource | null {
  if (quote.partial) return null;
  let k = quote.t0 - 1;
  while (k >= 0 && isQuoteMark(doc, k)) k--;
  if (k < 1 || doc.value[k] !== '.' || doc.lineOf[k] !== doc.lineOf[quote.t0]) return null;
  const prev = doc.sentenceOf[k]!;
  if (prev === doc.sentenceOf[quote.t0]) return null;
  const last = lastWindowOf(doc, prev);
  const manner = mannerOfSaying(doc, last.ts, k, lex, resolve);
  if (manner) return manner;
  const cue = findCues(doc, last, lex, blocked).reverse().find((c) => c.type === 'verb');
  // (a verb that reported something of its own is not the announcement: "Vos rejected his comments.")
  if (!cue || (contentless(cue) && cue.cueClass !== 'speech' && cue.cueClass !== 'writing')) return ownRemarksBefore(doc, last.ts, k, lex, resolve);
  if (!contentless(cue) || (cue.cueClass !== 'speech' && cue.cueClass !== 'writing')) return null;
  // nothing but a short adjunct after the verb: no object, no clause ("agreed on Friday.")
  for (let t = cue.tokEnd; t < k; t++) if (k - cue.tokEnd > 4 || isVerb(doc, t) || isQuoteMark(doc, t) || doc.value[t] === ',') return null;
  const src = subjectBefore(doc, lex, cue.tokStart, last.ts);
  const entity = resolve(src, doc.start[cue.tokStart]!);
  if (!src || !entity) return null;
  return { cue, cueRange: { a: cue.tokStart, b: cue.tokEnd }, source: src, entity };
}

/** Adjectives of a way of speaking after a copula ("was blunt", "was more direct"). */
const SPEAKING_MANNERS = new Set(['blunt', 'blunter', 'direct', 'frank', 'franker', 'candid', 'emphatic', 'succinct', 'terse', 'defiant', 'unapologetic', 'unequivocal', 'forthright', 'plainspoken', 'outspoken', 'categorical', 'adamant']);
/** What one "has for" an audience that is then quoted: "had a question for the crowd." */
const HELD_WORDS = new Set(['message', 'question', 'questions', 'warning', 'answer', 'reply', 'response', 'advice', 'word', 'words', 'verdict', 'prediction', 'plea', 'request', 'retort', 'explanation', 'suggestion', 'challenge', 'promise', 'vow', 'reminder', 'confession', 'rebuttal', 'comeback']);

/**
 * `Ruiz put it simply. “…”`, `Vos did not mince words. “…”`, `Okafor had a question for the
 * crowd. “…”`, `The mayor was more direct. “…”`: a short sentence that only says how its subject
 * spoke, or that the subject had words for someone, announces the full quotation opening the
 * next sentence of the same paragraph. `ts`: the sentence's first token; `end`: its full stop. The
 * subject is the source, the predicate (without "for" and its audience) the cue.
 */
function mannerOfSaying(doc: SlantDocument, ts: number, end: number, lex: AttributionLexicons, resolve: ResolvePhrase): QuoteSource | null {
  if (end - ts > 16) return null;
  let v = ts;
  while (v < end && !isVerb(doc, v)) v++;
  if (v >= end || v === ts || end - v > 9) return null;
  for (let t = v; t < end; t++) if (isQuoteMark(doc, t) || /^[,;:]$/.test(doc.value[t]!)) return null;
  // (over an adverb between the subject and the verb: "Ruiz then put it …")
  const w = (t: number) => doc.lower[t] ?? '';
  let cueEnd = -1;
  if (w(v) === 'put' && w(v + 1) === 'it') {
    // "put it simply", "put it this way", "put it more bluntly"
    let t = v + 2;
    while (t < end && t - v <= 5 && (isAdverbLikeWord(doc, t) || /^(?:this|that|another|way|best|more|most)$/.test(w(t)))) t++;
    if (t === end) cueEnd = end;
  } else if (doc.lemma[v] === 'do' && /^(?:not|n't|n’t)$/.test(w(v + 1)) && w(v + 2) === 'mince') {
    // "did not mince words", "didn't mince her words"
    let t = v + 3;
    if (POSSESSIVE_PRONOUNS.has(w(t)) || w(t) === 'any') t++;
    if (w(t) === 'words' && t + 1 === end) cueEnd = end;
  } else if (doc.lemma[v] === 'have') {
    // "had a question for the crowd", "has a blunt message for the council"
    let t = v + 1;
    if (!/^(?:a|an|one|this|some|few|two|three)$/.test(w(t)) && !POSSESSIVE_PRONOUNS.has(w(t))) return null;
    t++;
    while (t < end && t - v <= 4 && doc.pos[t] === 'ADJ' && !HELD_WORDS.has(w(t))) t++;
    if (!HELD_WORDS.has(w(t)) || doc.pos[t] !== 'NOUN') return null;
    const noun = t + 1;
    if (noun === end) cueEnd = end;
    else if (w(noun) === 'for' && end - noun <= 6) {
      let u = noun + 1;
      while (u < end && (doc.pos[u] === 'DET' || doc.pos[u] === 'ADJ' || doc.pos[u] === 'NOUN' || doc.pos[u] === 'PROPN' || doc.pos[u] === 'PRON' || /^['’]s$/.test(doc.value[u]!))) u++;
      if (u === end) cueEnd = noun;
    }
  } else if (doc.lemma[v] === 'be') {
    // "was blunt", "was more direct", "was even blunter"
    let t = v + 1;
    if (/^(?:more|even|very|quite|most|equally|just|as)$/.test(w(t))) t++;
    if (SPEAKING_MANNERS.has(w(t)) && t + 1 === end) cueEnd = end;
  }
  if (cueEnd < 0) return null;
  const source = subjectBefore(doc, lex, v, ts);
  if (!source || source.a !== ts) return null;
  const entity = resolve(source, doc.start[v]!);
  if (!entity) return null;
  const cue: Cue = { type: 'phrase', tokStart: v, tokEnd: cueEnd, head: v, lemma: doc.lemma[v]!, stance: 'neutral', cueClass: 'speech', negated: false, sentence: doc.sentenceOf[v]! };
  return { cue, cueRange: { a: v, b: cueEnd }, source, entity };
}

/** An adverb in a manner phrase ("simply", "bluntly", "mildly"). */
const isAdverbLikeWord = (doc: SlantDocument, t: number) => doc.pos[t] === 'ADV' || /ly$/.test(doc.lower[t] ?? '');

/** Irregular past forms of tag verbs the tagger may read as nouns ("Ruiz shot back"). */
const IRREGULAR_TAGS = new Set(['shot', 'wrote', 'told', 'said', 'spoke', 'broke', 'cut', 'swore', 'threw', 'struck', 'put', 'sang', 'began']);

/** Words that may stand between a tag's subject and its verb ("Ruiz later fumed", "she has argued"). */
const TAG_FILLERS = /^(?:has|have|had|later|then|also|again|quickly|simply|just|once|finally|immediately|promptly)$/;

/**
 * A finite verb form of a speech tag, read by its form because the tagger often takes an unknown
 * manner-of-speaking verb for an adjective ("Ruiz fumed", "beamed Vos"): a past or third-person
 * form, not a participle used as a modifier, not "-ing".
 */
function tagVerb(doc: SlantDocument, k: number, lex: AttributionLexicons): boolean {
  const low = doc.lower[k] ?? '';
  if (!doc.isWord[k] || endsWithIng(low) || isCap(doc, k)) return false;
  // "the crowded room": a participle after a determiner or adjective modifies the noun
  if (k > 0 && (doc.pos[k - 1] === 'DET' || doc.pos[k - 1] === 'ADJ')) return false;
  if (IRREGULAR_TAGS.has(low)) return true;
  // "the two write", "a voice-over states": a reporting verb the tagger took for a noun
  if (lex.verbs.has(low) || (/s$/.test(low) && lex.verbs.has(low.slice(0, -1)))) return doc.pos[k] === 'VERB' || doc.pos[k] === 'NOUN';
  if (doc.pos[k] === 'VERB') return /(?:ed|s)$/.test(low) || doc.lemma[k] !== low;
  return /[^e]ed$|[^aeiou]ied$|eed$|ued$/.test(low) && (doc.pos[k] === 'ADJ' || doc.pos[k] === 'NOUN');
}

/**
 * `“…,” Tarnow fumed on Sunday.`, `“What a night!” beamed one rower.`: a full quotation
 * that ends in a comma, question or exclamation mark and is followed by a subject and a verb (or
 * a verb and a subject) is quoted by that subject, whatever the verb: a manner of speaking
 * ("barked", "fumed", "shot back") as much as a reporting verb whose source the cue pass missed.
 * `taken`: verbs that already carry an attribution of their own.
 */
export function speechTagAfter(doc: SlantDocument, quote: SpeechQuote, lex: AttributionLexicons, resolve: ResolvePhrase, taken: (k: number) => boolean): QuoteSource | null {
  if (quote.partial || !quote.span.closed) return null;
  let k = quote.t1;
  while (k < doc.tokenCount && doc.start[k]! < quote.span.close) k++;
  if (k >= doc.tokenCount || doc.start[k] !== quote.span.close) return null;
  k++;
  while (k < doc.tokenCount && isQuoteMark(doc, k) && doc.start[k] === doc.end[k - 1]) k++; // a mark written as two tokens
  const byline = dashByline(doc, quote, k, resolve);
  if (byline) return byline;
  const last = doc.text[quote.span.end - 1] ?? '';
  if (doc.value[k] === ',' && last !== ',') k++;
  else if (!/[,?!—–]/.test(last)) return null;
  if (k >= doc.tokenCount || doc.lineOf[k] !== doc.lineOf[quote.t0] || !doc.isWord[k]) return null;
  const te = Math.min(doc.sentences[doc.sentenceOf[k]!]!.tokenEnd, k + 30);
  let v = -1;
  let source: SourcePhrase | null = null;
  if (tagVerb(doc, k, lex) && doc.pos[k + 1] !== 'ADP') {
    // "beamed Donald Hartley of Dover"
    source = subjectAfter(doc, k + 1, te);
    if (source && source.a === k + 1) v = k;
  } else {
    // (the verb of a relative clause in the subject is not the tag's: "Nate Vos, the analyst who founded Polls.org, tweeted")
    let rel = -1;
    let w = k;
    const stop = (t: number) => isQuoteMark(doc, t) || /^[;:]$/.test(doc.value[t]!);
    for (; w < te && w - k < 24 && !stop(w); w++) {
      if (rel < 0 && w > k && NONCOMPLEMENT_RELATIVES.has(doc.lower[w]!)) rel = w;
      else if (tagVerb(doc, w, lex) && !(rel >= 0 && w === firstVerbAfter(doc, rel, te, lex))) break;
    }
    if (w < te && w > k && !stop(w) && tagVerb(doc, w, lex)) {
      let s = w;
      while (s - 1 > k && TAG_FILLERS.test(doc.lower[s - 1]!)) s--;
      if (rel > k) {
        const b = doc.value[rel - 1] === ',' ? rel - 1 : rel;
        source = b > k ? sourcePhrase(k, b, undefined, undefined, { a: rel, b: doc.value[s - 1] === ',' ? s - 1 : s }) : null;
      } else source = subjectBefore(doc, lex, s, k);
      if (source && source.a === k && Math.max(source.b, source.appositive?.b ?? 0, source.relative?.b ?? 0) >= s - 1) v = w;
    }
  }
  if (v < 0 || !source || taken(v) || doc.lower[v + 1] === 'that') return null;
  const entity = resolve(source, doc.start[v]!) ?? resolve(source, doc.start[v]!, true);
  if (!entity) return null;
  // "shot back", "cut in": the particle goes with the verb
  const end = /^(?:back|in|out|up|off)$/.test(doc.lower[v + 1] ?? '') && (v + 2 >= te || isPunct(doc, v + 2) || doc.pos[v + 2] === 'ADP') ? v + 2 : v + 1;
  const sense = lex.verbs.get(doc.lemma[v]!);
  const cue: Cue = { type: 'verb', tokStart: v, tokEnd: end, head: v, lemma: doc.lemma[v]!, stance: sense?.stance ?? 'neutral', cueClass: sense?.cueClass ?? 'speech', negated: false, sentence: doc.sentenceOf[v]! };
  return { cue, cueRange: { a: v, b: end }, source, entity };
}

/**
 * `“…” - Ana Ruiz.`, `“…” —Senator Ruiz, speaking after the vote`: a dash and a name after a
 * full quotation sign it (fact-check and quote-of-the-day style). The name must end its sentence
 * or be followed by a comma; the dash is the cue. The byline may stand on a line of its own after
 * the quotation's. `k`: the token after the closing mark.
 */
function dashByline(doc: SlantDocument, quote: SpeechQuote, k: number, resolve: ResolvePhrase): QuoteSource | null {
  if (!isDash(doc, k)) return null;
  // (or on a line of its own right after the quotation's)
  const line = doc.lineOf[quote.t0]!;
  let next = line + 1;
  while (next < doc.lines.length && next - line < 4 && doc.lines[next]!.tokenStart === doc.lines[next]!.tokenEnd) next++;
  if (doc.lineOf[k] !== line && !(doc.lineOf[k] === next && doc.lines[next]!.tokenStart === k && doc.lines[line]!.tokenEnd === k)) return null;
  let b = k + 1;
  while (b < doc.tokenCount && b - k <= 6 && doc.lineOf[b] === doc.lineOf[k] && (isCap(doc, b) || (b > k + 1 && NAME_JOINERS.test(doc.lower[b]!) && doc.lower[b] !== 'the'))) b++;
  if (b === k + 1 || NAME_JOINERS.test(doc.lower[b - 1]!)) return null;
  // the byline ends there: at the end of the line or sentence, or before a comma
  if (b < doc.tokenCount && doc.lineOf[b] === doc.lineOf[k] && !/^[.,;)\]]$/.test(doc.value[b]!)) return null;
  const source: SourcePhrase = { a: k + 1, b };
  const entity = resolve(source, doc.start[k]!);
  if (!entity) return null;
  return { cue: phraseCue(doc, k, k + 1, 'byline'), cueRange: { a: k, b: k + 1 }, source, entity };
}

/** The first verb after token `a` (the verb of a relative clause), or -1. */
function firstVerbAfter(doc: SlantDocument, a: number, te: number, lex: AttributionLexicons): number {
  for (let t = a + 1; t < te && t - a < 8; t++) if (doc.pos[t] === 'VERB' || tagVerb(doc, t, lex)) return t;
  return -1;
}

/** Nouns of the occasion of saying: an opener with one of them says where it was said, not what ("In a statement, “…,” Ruiz said"). */
const OCCASIONS = /^(?:statement|interview|speech|remarks|email|e-mail|letter|post|tweet|conference|briefing|hearing|rally|address|call|message|memo|release|podcast|broadcast|appearance)$/;

/**
 * `But with the field split, “Berg’s base goes a long way,” says Okafor.`: words set off by a
 * comma at the start of the sentence, right before a full quotation whose speech tag follows it,
 * open the quoted sentence; they are part of what is reported. The lead-in has no quotation mark,
 * colon or cue of its own and is not a bare time phrase or the occasion of the remark ("On
 * Friday,", "In a statement,"). `ts`: the first token of the sentence; `te`: bound of the scan.
 * The lead-in's first token, or -1.
 */
export function leadInBeforeQuote(doc: SlantDocument, quote: SpeechQuote, ts: number, isCueVerb: (k: number) => boolean): number {
  let open = quote.t0 - 1;
  while (open > ts && isQuoteMark(doc, open - 1)) open--;
  if (open <= ts || !isQuoteMark(doc, open)) return -1;
  const comma = open - 1;
  if (doc.value[comma] !== ',' || doc.sentenceOf[comma] !== doc.sentenceOf[quote.t0]) return -1;
  const a = trimFront(doc, ts, comma);
  if (comma - a < 2 || comma - a > 24) return -1;
  let noun = false;
  for (let t = a; t < comma; t++) {
    if (isQuoteMark(doc, t) || /^[:;]$/.test(doc.value[t]!) || isCueVerb(t) || OCCASIONS.test(doc.lower[t]!)) return -1;
    if ((doc.pos[t] === 'NOUN' || doc.pos[t] === 'PROPN' || doc.pos[t] === 'VERB') && !TIME_WORDS.has(doc.lower[t]!)) noun = true;
  }
  // ("When Vale used the words, “…”": a noun of wording before the comma takes the quotation as its own)
  if (WORDING.test(doc.lower[comma - 1]!)) return -1;
  return noun ? a : -1;
}

/** Nouns that a quotation right after them spells out ("the words, “…”"). */
const WORDING = /^(?:words?|phrases?|lines?|slogans?|remarks?|comments?|questions?|messages?|terms?|saying|motto|refrain|chants?|headline|title|caption)$/;

/** Words of time and day that make an opener a time phrase ("Late on Friday,"). */
const TIME_WORDS = wordSet([...TIME_HEAD_NOUNS], [...MEASURED_PERIODS], WEEKDAYS, NEAR_DAYS, MONTHS, ['earlier', 'later']);

/**
 * `“A,” Ruiz said, and “B.”`, `Ruiz said she was angry, but “B.”`, `“A,” Ruiz said on Friday.
 * But “B.”`: a quotation set off from what relation `r` reports only by "and" or "but" (after
 * the cue, its source and a short adjunct without a verb) is one more piece of the same
 * relation, not a quotation of its own. The quotation must end its sentence (or leave only a
 * few words without a verb: "… “to keep going” across the state.").
 */
export function coordinatedPiece(doc: SlantDocument, quote: SpeechQuote, r: Relation): boolean {
  if (!quote.partial || !quote.span.closed || r.parts.length === 0) return false;
  let k = quote.t0 - 1;
  while (k >= 0 && isQuoteMark(doc, k)) k--;
  if (doc.value[k] === ',') k--; // "and, “B.”"
  if (doc.lower[k] === 'also') k--; // "but also “B.”"
  if (k < 1 || !AND_BUT.has(doc.lower[k]!)) return false;
  const j = k - 1;
  if (doc.value[j] !== ',' && doc.value[j] !== '.') return false;
  if (doc.lineOf[j] !== doc.lineOf[quote.t0] || doc.sentenceOf[j] !== doc.sentenceOf[r.cueRange.a]) return false;
  // the relation reaches that comma or full stop, but for an adjunct ("said outside the hall")
  const s = r.source;
  const reach = Math.max(r.content?.b ?? 0, r.cueRange.b, s ? Math.max(s.b, s.appositive?.b ?? 0, s.relative?.b ?? 0) : 0);
  if (reach > j || j - reach > 8) return false;
  for (let t = reach; t < j; t++) if (isVerb(doc, t) || isQuoteMark(doc, t) || isClauseEndMark(doc, t)) return false;
  // the quotation ends the sentence, or only a few words without a verb follow it
  let e = quote.t1;
  while (e < doc.tokenCount && isQuoteMark(doc, e) && doc.start[e]! <= quote.span.close) e++;
  const sentenceEnd = doc.sentences[doc.sentenceOf[quote.t0]!]!.tokenEnd;
  if (sentenceEnd - e > 8) return false;
  for (let t = e; t < sentenceEnd; t++) if (isVerb(doc, t) || isQuoteMark(doc, t)) return false;
  return true;
}

/**
 * `“A,” Ruiz said. Instead, “B.”`, `“A,” she says. It’s “B.”`, `“A,” said Vos. The mayor “kind of
 * misspoke.”`: a sentence that opens with a few words of its own and then a quotation running to
 * its end, right after the sentence of a quotation and its speech tag, goes on with the same
 * speaker. Returns the first token of that sentence's content (its lead-in), or -1.
 */
export function shortLeadIn(doc: SlantDocument, quote: SpeechQuote, r: Relation): number {
  if (!quote.partial || !quote.span.closed || r.mode !== 'direct' || r.parts.length === 0) return -1;
  // a lead-in of at most four words; the sentence before holds the relation's tag, which ends it (but for a short adjunct)
  return leadInAfterSentence(doc, quote, r, 1, 4, false);
}

/**
 * `The rules changed, Ruiz said. Good facts can still win, but only when “the truth is livelier.”`:
 * a sentence of the same paragraph, with no cue of its own, that ends with a partial quotation,
 * right after a sentence that a paraphrased report `r` ends (its tag, source and at most a short
 * adjunct close that sentence): the speaker's quoted words show the report goes on. The lead-in has
 * at most fourteen tokens, no quotation mark, colon or semicolon. Its first token, or -1.
 */
export function leadInAfterReport(doc: SlantDocument, quote: SpeechQuote, r: Relation): number {
  if (!quote.partial || !quote.span.closed || r.mode === 'direct' || r.parts.length === 0) return -1;
  return leadInAfterSentence(doc, quote, r, 2, 14, true);
}

/**
 * The first token of the sentence holding `quote`, when its lead-in (from the sentence start to
 * the opening mark) has `min` to `max` tokens with no quotation mark, colon or semicolon, the
 * quotation runs to the end of its sentence, and the sentence before (same line) ends with
 * `r`'s cue and source (and its content, when `withContent`) but for at most a short adjunct
 * with no verb; else -1.
 */
function leadInAfterSentence(doc: SlantDocument, quote: SpeechQuote, r: Relation, min: number, max: number, withContent: boolean): number {
  const s = doc.sentenceOf[quote.t0]!;
  const sentence = doc.sentences[s]!;
  let open = quote.t0 - 1;
  while (open > sentence.tokenStart && isQuoteMark(doc, open - 1)) open--;
  if (open - sentence.tokenStart > max || open - sentence.tokenStart < min) return -1;
  for (let t = sentence.tokenStart; t < open; t++) if (isQuoteMark(doc, t) || /^[:;]$/.test(doc.value[t]!)) return -1;
  const prev = doc.sentences[s - 1];
  if (!prev || doc.sentenceOf[r.cueRange.a] !== s - 1 || doc.lineOf[r.cueRange.a] !== doc.lineOf[quote.t0]) return -1;
  const src = r.source;
  const reach = Math.max(r.cueRange.b, withContent ? (r.content?.b ?? 0) : 0, src ? Math.max(src.b, src.appositive?.b ?? 0, src.relative?.b ?? 0) : 0);
  if (prev.tokenEnd - reach > 6) return -1;
  for (let t = reach; t < prev.tokenEnd; t++) if (isVerb(doc, t) || isQuoteMark(doc, t)) return -1;
  // the quotation runs to the end of its sentence
  let e = quote.t1;
  while (e < doc.tokenCount && isQuoteMark(doc, e) && doc.start[e]! <= quote.span.close) e++;
  if (sentence.tokenEnd - e > 1) return -1;
  return sentence.tokenStart;
}

/** A reporting noun of saying or writing, by lemma or lower-cased form ("remarks"). */
function speechNoun(doc: SlantDocument, k: number, lex: AttributionLexicons): CueSense | null {
  if (doc.pos[k] !== 'NOUN') return null;
  const sense = lex.cueNouns.get(doc.lemma[k]!) ?? lex.cueNouns.get(doc.lower[k]!);
  return sense && (sense.cueClass === 'speech' || sense.cueClass === 'writing') ? sense : null;
}

/**
 * The owner of a possessed noun phrase that ends just before token `n`: "her" in "her short reply",
 * "the mayor" in "the mayor’s answer". `ts`: the phrase may not start before it. Null for any other phrase.
 */
function possessorBefore(doc: SlantDocument, n: number, ts: number): SourcePhrase | null {
  let p = n - 1;
  // (and a noun modifier: "her Facebook post")
  while (p >= ts && n - p <= 2 && (doc.pos[p] === 'ADJ' || ((doc.pos[p] === 'NOUN' || doc.pos[p] === 'PROPN') && !isPossessive(doc, p)))) p--;
  if (p < ts) return null;
  if (POSSESSIVE_PRONOUNS.has(doc.lower[p]!)) return { a: p, b: p + 1 };
  if (!isPossessive(doc, p)) return null;
  let a = p;
  while (a - 1 >= ts && p - a < 5 && (doc.pos[a - 1] === 'PROPN' || doc.pos[a - 1] === 'NOUN' || isCap(doc, a - 1) || (doc.pos[a - 1] === 'DET' && a - 1 === ts))) a--;
  return a < p ? { a, b: p } : null;
}

/** A reporting noun of judging or believing ("verdict", "assessment", "view"), which an owner's quotation after a colon spells out. */
function judgementNoun(doc: SlantDocument, k: number, lex: AttributionLexicons): CueSense | null {
  if (doc.pos[k] !== 'NOUN') return null;
  const sense = lex.cueNouns.get(doc.lemma[k]!) ?? lex.cueNouns.get(doc.lower[k]!);
  return sense && (sense.cueClass === 'belief' || sense.cueClass === 'evaluation') ? sense : null;
}

/** Messages someone writes; no reporting nouns of their own ("a letter from the bank"), but owned and before a colon they quote it. */
const MESSAGES = new Set(['letter', 'post', 'tweet', 'email', 'e-mail', 'memo', 'message', 'note', 'column', 'op-ed', 'essay', 'blog', 'text', 'diary', 'journal', 'posting']);
const MESSAGE_SENSE: CueSense = { cueClass: 'writing', stance: 'neutral' };

/** Nouns for what someone says that are no reporting nouns of their own ("advice on the levy"), but owned before a copula and a colon they quote it. */
const OWNED_SAYINGS = new Set(['advice', 'point']);
const SAYING_SENSE: CueSense = { cueClass: 'speech', stance: 'neutral' };

/** Nouns for a phrase someone adopts and repeats. */
const SLOGANS = /^(?:slogan|motto|mantra|catchphrase|tagline|watchword|refrain)$/;

/**
 * `Her reply was: “…”`, `The mayor’s answer was simple: “…”`, `His message: “…”`: a reporting
 * noun of saying or writing owned by a speaker, opening its sentence, then a colon and a full
 * quotation. The owner is the source, the noun (and a copula with its adjective) the cue. A
 * slogan ("her slogan, “…”") may stand anywhere in its sentence, before a comma too.
 */
export function possessedNounColon(doc: SlantDocument, quote: SpeechQuote, lex: AttributionLexicons, resolve: ResolvePhrase): QuoteSource | null {
  if (quote.partial) return null;
  let k = quote.t0 - 1;
  while (k >= 0 && isQuoteMark(doc, k)) k--;
  if (k < 1 || (doc.value[k] !== ':' && doc.value[k] !== ',')) return null;
  const ts = doc.sentences[doc.sentenceOf[k]!]!.tokenStart;
  // "marched under her slogan, “…”", "the party’s motto: “…”": a slogan is its owner’s words wherever it stands
  if (SLOGANS.test(doc.lower[k - 1]!) && doc.pos[k - 1] === 'NOUN') {
    const owner = possessorBefore(doc, k - 1, ts);
    const entity = owner ? resolve(owner, doc.start[k - 1]!) : null;
    if (!owner || !entity) return null;
    const cue: Cue = { type: 'noun', tokStart: k - 1, tokEnd: k, head: k - 1, lemma: doc.lemma[k - 1]!, stance: 'neutral', cueClass: 'speech', negated: false, sentence: doc.sentenceOf[k]! };
    return { cue, cueRange: { a: k - 1, b: k }, source: owner, entity };
  }
  // (a comma right after the copula announces the quotation as a colon does: `Her reply was, “…”`)
  const copula = (t: number) => /^(?:was|is|were|are)$/.test(doc.lower[t] ?? '');
  if (doc.value[k] !== ':' && !(copula(k - 1) && doc.pos[k - 1] === 'AUX')) return null;
  // "was", "was simple", "was short and blunt" between the noun and the colon
  let n = k - 1;
  // (an adjective the tagger reads as a verb right after the copula: "was blunt")
  while (n > ts && k - n <= 4 && (doc.pos[n] === 'ADJ' || doc.pos[n] === 'ADV' || doc.lower[n] === 'and' || (doc.pos[n] === 'VERB' && copula(n - 1)))) n--;
  if (copula(n)) n--;
  else if (n !== k - 1) return null;
  // (a message someone wrote announces its words too: "Her tweet: “…”", "From the mayor’s letter: “…”")
  // (and a judgement someone owns: "Her verdict: “…”", "His assessment was blunt: “…”")
  // (and counsel or a point someone owns: "Her advice was: “…”", "My point is, “…”")
  const sense = speechNoun(doc, n, lex) ?? (doc.pos[n] === 'NOUN' && MESSAGES.has(doc.lower[n]!) ? MESSAGE_SENSE : null) ?? (doc.pos[n] === 'NOUN' && OWNED_SAYINGS.has(doc.lower[n]!) ? SAYING_SENSE : null) ?? judgementNoun(doc, n, lex);
  if (!sense) return null;
  // the phrase opens its sentence (or follows a set-off opener: "Asked about the delay, her answer was: …",
  // or an opening "From": "From the mayor’s letter: …")
  const from = doc.lower[ts] === 'from' && n > ts + 1 ? ts + 1 : ts;
  const source = possessorBefore(doc, n, from);
  if (!source || (source.a !== from && doc.value[source.a - 1] !== ',')) return null;
  const entity = resolve(source, doc.start[n]!);
  if (!entity) return null;
  const cue: Cue = { type: 'noun', tokStart: n, tokEnd: k, head: n, lemma: doc.lemma[n]!, stance: sense.stance, cueClass: sense.cueClass, negated: false, sentence: doc.sentenceOf[n]! };
  return { cue, cueRange: { a: n, b: k }, source, entity };
}

/** Talks that announce a quotation ("began his speech."), though no reporting nouns of their own. */
const TALKS = /^(?:speech|address|sermon|lecture|eulogy|toast|monologue)$/;
const TALK_SENSE: CueSense = { cueClass: 'speech', stance: 'neutral' };

/**
 * `Ruiz continued her remarks.`, `Vos began his speech on a sombre note.`: a sentence that ends
 * with a verb, the subject's own reporting noun of saying or writing and at most a short adjunct
 * (no content of its own) announces the quotation that follows. `end`: the token of the full stop.
 */
function ownRemarksBefore(doc: SlantDocument, ts: number, end: number, lex: AttributionLexicons, resolve: ResolvePhrase): QuoteSource | null {
  for (let n = end - 1; n > ts + 1 && end - n <= 5; n--) {
    if (isVerb(doc, n) || isQuoteMark(doc, n) || doc.value[n] === ',') return null;
    // (a talk is no reporting noun of its own — "a speech on housing" reports nothing — but announces one here)
    const sense = speechNoun(doc, n, lex) ?? (doc.pos[n] === 'NOUN' && TALKS.test(doc.lower[n]!) ? TALK_SENSE : null);
    if (!sense) continue;
    let p = n - 1;
    if (doc.pos[p] === 'ADJ') p--;
    const v = p - 1;
    if (!POSSESSIVE_PRONOUNS.has(doc.lower[p]!) || v < ts || doc.pos[v] !== 'VERB') return null;
    const src = subjectBefore(doc, lex, v, ts);
    const entity = resolve(src, doc.start[v]!);
    if (!src || !entity) return null;
    const cue: Cue = { type: 'verb', tokStart: v, tokEnd: n + 1, head: v, lemma: doc.lemma[v]!, stance: sense.stance, cueClass: sense.cueClass, negated: false, sentence: doc.sentenceOf[v]! };
    return { cue, cueRange: { a: v, b: n + 1 }, source: src, entity };
  }
  return null;
}

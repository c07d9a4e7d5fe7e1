/**
 * The relation of an "according to X" cue (and of "In a poll last month, …"): the source
 * follows the cue; the content is the clause before it, after its comma, or on both sides.
 */
import { previousEnd } from './clauseBoundaries.js';
import { pollShareOpener, predicateOrConcessionNext } from './documentOpeners.js';
import { backToQuoteOpening, clauseEnd, contentBefore, trimFront } from './contentExtent.js';
import type { Cue } from './cue.js';
import { withAppositive, withRelative, type SourcePhrase, type TokenRange } from './nounPhrases.js';
import type { Relation } from './relation.js';
import type { SourceEntity } from './sourceRegistry.js';
import { type Built, relation, type StageContext } from './stageContext.js';
import { commaInsideMark, isCap, isInnerDot, isPunct, isQuoteMark, isVerb, hasVerb, isSetOffDash, endsWithEd, PLAIN_ARTICLES, POSSESSIVE_DETERMINERS, RELATIVE_WORDS, WH_RELATIVES, endsWithIng, NONCOMPLEMENT_RELATIVES, endsWithIngOrEd } from './tokens.js';
import { startsWithUpper } from '../document/letterRuns.js';
import { mayNamePerson, namesSpeaker } from './peopleNouns.js';
import { appositiveEnd } from './appositiveEnd.js';

/**
 * "according to plan", "according to size": conformity, not a source (data, figures and schedules with a determiner are
 * sources); "according to the book" only as the whole phrase (not "according to the book and the film", a source).
 */
const ACCORDING_NOT_SOURCES = /^(?:(?:plan|schedule|script|tradition|custom|size|age|need|rank|merit|type)\b|the\s+(?:plan|book)$)/i;

/**
 * How far the source after "according to" is read, in tokens: a poll or a document with its makers ("early results
 * of exit polls conducted for the Tarn Times and television networks by Vale Research") runs past a dozen words
 * before the comma or full stop that ends it; the reach only bounds the scan of a sentence with no such mark.
 */
const SOURCE_REACH = 24;

/** "according to X": the source follows; the content is the clause before it or after its comma. */
export function accordingRelation(ctx: StageContext, cue: Cue, ts: number, te: number, rels: Relation[], isCueVerb: (k: number) => boolean): Built | null {
  const { doc } = ctx;
  let npEnd = cue.tokEnd;
  // (a dash that sets off a phrase ends the source: "according to the poll - despite …")
  // (and a closing parenthesis: "(… 15 percent, according to the board) and …", unless the source opened it:
  // "according to the Tarnow Port Authority (TPA), …"; a full stop inside a domain name does not: "according to
  // Factcheck.org")
  let depth = 0;
  // ("according to his book “The Harbour Way,” Vale paid …": a title closed by a comma inside its mark ends the
  // source with the mark, and the content starts after it)
  let titleClosed = false;
  while (npEnd < te && npEnd - cue.tokEnd < SOURCE_REACH && (!isQuoteMark(doc, npEnd) || titleMarkAt(ctx, npEnd)) && !isSetOffDash(doc, npEnd)) {
    const v = doc.value[npEnd]!;
    if (v === ',' && npEnd + 2 < te && commaInsideMark(doc, npEnd + 1) && ctx.quotes.inTitle[npEnd - 1] === 1) {
      npEnd += 2;
      titleClosed = true;
      break;
    }
    if (/^[,;.:!?]$/.test(v) && !isInnerDot(doc, npEnd)) break;
    // (a poll's phrase ends before a second predicate: "in a new poll and is short of money")
    if (cue.lemma === 'in' && predicateOrConcessionNext(doc, npEnd, te)) break;
    if (v === ')' && depth === 0) break;
    if (v === '(') depth++;
    else if (v === ')') depth--;
    npEnd++;
  }
  let np: SourcePhrase | null = npEnd > cue.tokEnd ? { a: cue.tokEnd, b: npEnd } : null;
  if (!np) return null;
  if (doc.value[npEnd] === ',' && npEnd + 1 < te) {
    const rest = { a: npEnd + 1, b: npEnd + 1 };
    while (rest.b < te && !/^[,;.:!?]$/.test(doc.value[rest.b]!) && !isQuoteMark(doc, rest.b)) rest.b++;
    if (doc.lower[rest.a] === 'who' || doc.lower[rest.a] === 'whose') np = withRelative(np, rest);
    // "according to the airport’s operator, Coastline Airports": the name after the description
    // (not a clause: "according to Ruiz, Vale made demands.")
    // (not a name with an appositive of its own before its verb: "According to the summary, Ana Vale, a top aide,
    // sent …", "According to two aides, Vale, 54, plans …": the name is the subject of the content)
    else if (rest.b - rest.a <= 4 && isCap(doc, rest.a) && (rest.b >= te || doc.value[rest.b] === '.' || doc.value[rest.b] === ',') && !hasVerb(doc, rest.a, rest.b) && !subjectWithAppositive(doc, rest.b, te)) np = withAppositive(rest, np);
    // "According to Ana Vale, the chair of the board, the pier is unsafe": a description of a person set off by
    // commas after the source is its appositive, and the clause after it the content
    else if (describesSpeaker(ctx, rest, te)) np = withAppositive(np, rest);
    // "According to Ana Vale, 54, the pier is unsafe": an age set off by commas after a name is the name's own
    // appositive, and the clause after it the content
    else if (ageAfterName(doc, np, rest, te)) np = withAppositive(np, rest);
  }
  const mention = doc.text.slice(doc.start[np.a]!, doc.end[np.b - 1]!);
  if (ACCORDING_NOT_SOURCES.test(mention)) return null;
  const offset = doc.start[cue.tokStart]!;
  const cueRange = { a: cue.tokStart, b: cue.tokEnd };
  let source: SourcePhrase | null = np;
  let entity: SourceEntity | null;
  if (/^(?:(?:media|news|press|several|some|many|local|unconfirmed|recent)\s+)*reports?\b/i.test(mention) && !reportsByName(mention)) {
    cueRange.b = np.a + reportWordIndex(mention) + 1;
    entity = ctx.registry.unspecified(offset);
    source = null;
  } else {
    // "according to the summary", "…, according to early returns"; not "graded according to size"
    const setOff = cue.tokStart === ts || /^[,(—–]$/.test(doc.value[cue.tokStart - 1] ?? '') || doc.value[np.b] === ',';
    entity = ctx.resolve(np, offset) ?? (/^(?:the|a|an|his|her|its|their|this|that|these|those)$/.test(doc.lower[np.a]!) || isCap(doc, np.a) || setOff ? ctx.resolve(np, offset, true) : null);
  }
  if (!entity) return null;
  let content: TokenRange | null;
  let paren = -1;
  // ("(According to the harbour board, the cranes are idle.)": a sentence in parentheses opens with the cue too)
  const inParens = doc.value[cue.tokStart - 1] === '(' && trimFront(doc, ts, cue.tokStart - 1) === cue.tokStart - 1;
  const first = inParens || trimFront(doc, ts, cue.tokStart) === cue.tokStart;
  if (first) {
    // (after a title closed by ",”" the content starts right behind its mark)
    let c = titleClosed ? np.b - 1 : Math.max(np.b, np.relative?.b ?? 0, np.appositive !== undefined && np.appositive.a > np.b ? np.appositive.b : 0);
    if (!titleClosed) while (c < te && doc.value[c] !== ',') c++;
    // ("According to the port's operator, Tarn Ferries, a unit of Vale Group, the pier …": over the name's own
    // appositive; the content starts after it; not the content's subject with a relative clause of its own:
    // "…, Tarn Ferries, the pier, which is old, will close")
    if (np.appositive !== undefined && np.appositive.a < np.a) {
      const d = appositiveEnd(doc, c, te);
      if (d > 0 && !WH_RELATIVES.has(doc.lower[d + 1] ?? '')) c = d;
    }
    // "In the latest survey, conducted in early May, 35 percent …": over a participle phrase after the source
    if (doc.value[c] === ',' && doc.pos[c + 1] === 'VERB' && endsWithEd(doc.lower[c + 1]!)) {
      let d = c + 2;
      while (d < te && d - c < 10 && doc.value[d] !== ',') d++;
      if (doc.value[d] === ',') c = d;
    }
    content = c + 1 < te ? { a: c + 1, b: clauseEnd(doc, c + 1, te, -1, false, ctx.quotes) } : null;
    // (the closing parenthesis and the stop inside it are no part of the content)
    if (content && inParens) while (content.b > content.a && isPunct(doc, content.b - 1) && !isQuoteMark(doc, content.b - 1)) content.b--;
    // "In a report on the flood, the council blamed the dam": the clause's own cue and subject say who
    // ("In a poll, Vale led by 12 points, while most voters said …": a cue verb only in a later
    // subordinate clause set off by a comma leaves the poll the main clause, which ends at that comma)
    // (a poll's respondents are no one who says: "In a county poll, 40 percent of voters said they backed the levy"
    // reports the poll's finding, as the gold marks it)
    if (content && cue.lemma === 'in' && !pollShareOpener(doc, np.a, np.b, content.a, content.b)) {
      const { a, b } = content;
      let setOff = -1;
      for (let t = a; t < b && content; t++) {
        if (doc.value[t] === ',' && doc.pos[t + 1] === 'SCONJ' && doc.lower[t + 1] !== 'that' && setOff < 0) setOff = t;
        if (isCueVerb(t)) content = setOff > a ? { a, b: setOff } : null;
      }
    }
  } else {
    // ("Vale blames the unions (the real figure is lower, according to the board)": an aside in
    // parentheses attributes only what stands inside them)
    paren = openParenthesis(doc, ts, cue.tokStart);
    const from = Math.max(previousEnd(doc, rels, cue.tokStart, ts), paren + 1);
    // (`“The records are missing. Nobody looked,” according to the audit`: a quotation opened in an
    // earlier sentence of the line is the content from its opening sentence on, as for a speech verb)
    content = contentBefore(doc, from === ts ? backToQuoteOpening(doc, ctx.quotes, (qi) => ctx.quoteRelation[qi] !== null, ts) : from, cue.tokStart);
    // "“The bridge is safe,” Ruiz said, according to a transcript": what the transcript attributes
    // is the whole report before the comma, the speaker and cue with it
    // (also when all that follows that tag is its object or an adjunct, a phrase with no verb: "“…,” Berg
    // told the crowd during a rally at the gate, according to a recording")
    if ((!content || (from > ts && !hasVerb(doc, content.a, content.b))) && doc.value[cue.tokStart - 1] === ',') {
      const reported = reportBefore(ctx, rels, ts, cue.tokStart - 1);
      if (reported >= 0) content = contentBefore(doc, reported, cue.tokStart);
    }
    // "By next summer, according to the harbour board, the cranes will be running": content on both sides
    const c = Math.max(np.b, np.relative?.b ?? 0, np.appositive?.b ?? 0, source?.b ?? 0);
    // ("Vale said that according to the ledger, the pier lost money": with no comma before the aside
    // the report's "that" opens it, and what the ledger attributes is still the clause after it)
    const thatFrame = doc.lower[cue.tokStart - 1] === 'that' && reportVerbBefore(doc, ts, cue.tokStart - 2, isCueVerb);
    if (content && (doc.value[cue.tokStart - 1] === ',' || thatFrame) && doc.value[c] === ',' && c + 1 < te && (!isPunct(doc, c + 1) || amountAt(doc, c + 1)) && !isQuoteMark(doc, c + 1) && !/^(?:but|and|or|so|yet|who|which|whose|as|while|where|when|with|adding|saying|citing|noting)$/.test(doc.lower[c + 1]!)) {
      const b = clauseEnd(doc, c + 1, te, -1, false, ctx.quotes);
      // "The Tribune reported that, according to an audit, most of it went to two firms": the part
      // before is a report's own subject and cue, whose clause the aside sits in (one attribution);
      // the clause after is what the aside attributes
      // (not a description of the source: "according to Okafor, a former adviser.")
      // (or the rest of a clause the aside interrupts: "The ferry carries, according to one estimate, 900 cars a
      // day", "The toll is, according to Ruiz, far too high"; an amount after a verb, anything after "be",
      // never a description of the source: "Fares rose, according to Okafor, a former adviser")
      const clause = b > c + 1 && (hasVerb(doc, c + 1, b) || interruptedClause(doc, content, c + 1));
      if (clause && (thatFrame || endsInReportFrame(doc, content, cue.tokStart - 1, isCueVerb))) return { relation: relation(cue, cueRange, source, entity, { a: c + 1, b }), boundary: -1 };
      if (clause && !thatFrame) {
        const r = relation(cue, cueRange, source, entity, { a: content.a, b });
        r.pieces = [content, { a: c + 1, b }];
        return { relation: r, boundary: cue.tokStart - 1 };
      }
    }
  }
  if (!content || content.b <= content.a) return null;
  // (an earlier content ends where the parenthesis opens)
  return { relation: relation(cue, cueRange, source, entity, content), boundary: first ? -1 : paren >= 0 ? paren : cue.tokStart - (doc.value[cue.tokStart - 1] === ',' ? 1 : 0) };
}

/**
 * Is the quotation mark at `t` a quoted title's (its inner side a title word), which belongs to the source: "according
 * to the “Roads for All” report". (A module function, not a closure per call: perf94.)
 */
function titleMarkAt(ctx: StageContext, t: number): boolean {
  return isQuoteMark(ctx.doc, t) && (ctx.quotes.inTitle[t + 1] === 1 || ctx.quotes.inTitle[t - 1] === 1);
}

/** The index of the first word "report"/"reports" among `mention`'s white-space-separated words, or -1. */
function reportWordIndex(mention: string): number {
  const words = mention.split(/\s+/);
  for (let i = 0; i < words.length; i++) if (/^reports?$/i.test(words[i]!)) return i;
  return -1;
}

/**
 * Is `rest`, set off by commas after an "according to" source, a description of a person or body ("the chair
 * of the board", "a spokeswoman for Vale") before a clause: it opens with an article or possessive, has no verb,
 * names someone by a noun of the speaker lexicons or a person's ending before any preposition, and a clause with
 * its own subject of one phrase follows the comma that closes it (not "…, which opened in 1990, …", not a name
 * or a list it opens: "…, the board's chair, Ruiz, lied", "…, the mayor, the clerk and the chair resigned").
 */
function describesSpeaker(ctx: StageContext, rest: TokenRange, te: number): boolean {
  const { doc } = ctx;
  if (rest.b - rest.a > 10 || rest.b + 2 >= te || doc.value[rest.b] !== ',' || !(PLAIN_ARTICLES.has(doc.lower[rest.a]!) || POSSESSIVE_DETERMINERS.has(doc.lower[rest.a]!)) || hasVerb(doc, rest.a, rest.b)) return false;
  const next = rest.b + 1;
  if (!(doc.pos[next] === 'DET' || doc.pos[next] === 'NOUN' || doc.pos[next] === 'PROPN' || doc.pos[next] === 'NUM' || (doc.pos[next] === 'PRON' && !RELATIVE_WORDS.has(doc.lower[next]!) && !WH_RELATIVES.has(doc.lower[next]!)))) return false;
  let named = false;
  for (let t = rest.a + 1; t < rest.b && doc.pos[t] !== 'ADP'; t++) if (doc.pos[t] === 'NOUN' && (namesSpeaker(doc, ctx.lex, t) || mayNamePerson(doc, t))) named = true;
  if (!named) return false;
  // (the clause's subject is one phrase: a comma or "and"/"or" before its verb makes the description a name's own,
  // "…, the board's chair, Ruiz, lied", or the first member of a list, "…, the mayor, the clerk and the chair resigned")
  const end = clauseEnd(doc, next, te, -1, false, ctx.quotes);
  for (let t = next; t < end; t++) {
    if (isVerb(doc, t)) return true;
    if (doc.value[t] === ',' || doc.lower[t] === 'and' || doc.lower[t] === 'or') return false;
  }
  return false;
}

/**
 * Is the comma at `k` after a name the start of the name's own appositive, closed right before a verb? Then
 * the name is the subject of that verb: "Vale, a top aide, sent …", "Vale, 54, will …", "Vale, 54, plans to …",
 * "Vale, who chairs the board, lied …"; or before "and" and a second name with its own appositive and then a
 * verb, a list of subjects: "Vale, 54, and Ruiz, 60, were …".
 */
function subjectWithAppositive(doc: StageContext['doc'], k: number, te: number): boolean {
  const d = appositiveEnd(doc, k, te);
  if (d < 0) return false;
  if (verbAfterAppositive(doc, d + 1)) return true;
  if (doc.lower[d + 1] !== 'and' || !isCap(doc, d + 2)) return false;
  let n = d + 2;
  while (n < te && n - d <= 4 && isCap(doc, n)) n++;
  const e = appositiveEnd(doc, n, te);
  return e > 0 && verbAfterAppositive(doc, e + 1);
}

/** A finite verb at `t` after a subject's appositive; also a present verb the tagger reads as a plural noun before
 * "to" ("plans to", "hopes to"). */
function verbAfterAppositive(doc: StageContext['doc'], t: number): boolean {
  if (isVerb(doc, t)) return !endsWithIng(doc.lower[t]);
  const w = doc.lower[t] ?? '';
  return doc.pos[t] === 'NOUN' && doc.lower[t + 1] === 'to' && w.length > 3 && w.endsWith('s') && !w.endsWith('ss');
}

/** Is `rest` an age set off by commas right after the name `np`, before a clause ("Ana Vale, 54, the pier …")? */
function ageAfterName(doc: StageContext['doc'], np: SourcePhrase, rest: TokenRange, te: number): boolean {
  return rest.b - rest.a === 1 && doc.pos[rest.a] === 'NUM' && /^\d{1,3}$/.test(doc.value[rest.a]!) && doc.value[rest.b] === ',' && rest.b + 1 < te && isCap(doc, np.a) && isCap(doc, np.b - 1) && !isPunct(doc, rest.b + 1);
}

/**
 * The first token of an attribution (its quotation, source and cue) that ends right before token
 * `comma` of the sentence, or -1: `“…,” Ruiz said`, `“…,” said Ruiz`, `The toll is fair, Berg said`.
 */
function reportBefore(ctx: StageContext, rels: Relation[], ts: number, comma: number): number {
  const { doc } = ctx;
  for (let i = rels.length - 1; i >= 0; i--) {
    const r = rels[i]!;
    if (r.dropped || r.content === null || r.cue.type !== 'verb' || r.content.b > r.cue.tokStart || r.cueRange.a < ts) continue;
    const end = Math.max(r.cueRange.b, r.source ? r.source.b : 0);
    // (an adjunct may follow the cue: "said on Friday", "told reporters in Vale")
    for (let t = end; t < comma; t++) if (isVerb(doc, t) || isQuoteMark(doc, t) || isPunct(doc, t)) return -1;
    let a = Math.min(r.content.a, r.cueRange.a, r.source ? r.source.a : r.cueRange.a);
    if (a - 1 >= ts && isQuoteMark(doc, a - 1)) a = Math.max(ts, a - 1);
    return a;
  }
  return -1;
}

/**
 * Is there a cue verb at `k` or up to two words before it, with only a plain adjunct between
 * (`said Tuesday that`, `told the board that`)? Bounded: three tokens at most.
 */
function reportVerbBefore(doc: StageContext['doc'], ts: number, k: number, isCueVerb: (k: number) => boolean): boolean {
  for (let t = k; t >= ts && t >= k - 2; t--) {
    if (isCueVerb(t)) return true;
    if (isPunct(doc, t) || isVerb(doc, t)) return false;
  }
  return false;
}

/**
 * Does the content before the aside's comma end with a report's cue verb, with or without its
 * "that" (`The Tribune reported that, according to …`, `Vale wrote, according to …`)?
 */
function endsInReportFrame(doc: StageContext['doc'], r: TokenRange, comma: number, isCueVerb: (k: number) => boolean): boolean {
  const k = doc.lower[comma - 1] === 'that' ? comma - 2 : comma - 1;
  return k >= r.a && isCueVerb(k);
}

/**
 * Does an "according to" aside interrupt a clause between its verb and the rest of it? The part
 * before ends with an auxiliary ("is", "will be"), or with a verb and an amount follows the aside
 * ("carries, …, 900 cars", "receives, …, $40 million"). `k`: the first token after the aside's comma.
 */
function interruptedClause(doc: StageContext['doc'], before: TokenRange, k: number): boolean {
  const last = before.b - 1;
  if (last < before.a) return false;
  if (doc.pos[last] === 'AUX') return true;
  return doc.pos[last] === 'VERB' && !endsWithIngOrEd(doc.lower[last]!) && (doc.pos[k] === 'NUM' || amountAt(doc, k));
}

/** An amount of money at `k`: a currency sign before a number ("$40", "€ 12"). */
function amountAt(doc: StageContext['doc'], k: number): boolean {
  return /^[$€£¥]$/.test(doc.value[k] ?? '') && doc.pos[k + 1] === 'NUM';
}

/** The parenthesis opened and not closed in `ts..to` (the nearest one), or -1. */
function openParenthesis(doc: StageContext['doc'], ts: number, to: number): number {
  for (let t = to - 1; t >= ts; t--) {
    if (doc.value[t] === ')') return -1;
    if (doc.value[t] === '(') return t;
  }
  return -1;
}

/** "reports by Vale", "reports from Tarnow": `/^reports?\s+(?:by|in|from)\s+\p{Lu}/u`, without a Unicode property class to parse. */
function reportsByName(mention: string): boolean {
  const m = /^reports?\s+(?:by|in|from)\s+/.exec(mention);
  return m !== null && startsWithUpper(mention.slice(m[0].length));
}

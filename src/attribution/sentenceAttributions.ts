import type { SlantDocument } from '../document/readDocument.js';
import type { AttributionLexicons } from './attributionLexicons.js';
import { backToQuoteOpening, clauseEnd, contentBefore, contentStartAfter, findThat, trimBack, trimFront } from './contentExtent.js';
import type { Cue } from './cue.js';
import { takesClause } from './cueComplements.js';
import type { SentenceWindow } from './sentenceWindows.js';
import { quotesForCue, type ResolvePhrase } from './quoteBinding.js';
import type { CharRange, Relation } from './relation.js';
import { describeSource } from './describeSource.js';
import type { SourceEntity, SourceRegistry } from './sourceRegistry.js';
import { resolveSpeaker } from './speakerResolution.js';
import { clauseStart, findSubject, nounPhraseAfter, nounPhraseBefore, skipAdjunctsBack, subjectAfter, type SourcePhrase, type TokenRange } from './sourceSpans.js';
import type { QuoteIndex } from './speechQuotes.js';
import { BE_FORMS, isAdverbLike, isCap, isPossessive, isPunct, isQuoteMark } from './tokens.js';

/** What the per-sentence pass needs: the document, lexicons, quotations, sources. */
export interface StageContext {
  doc: SlantDocument;
  lex: AttributionLexicons;
  quotes: QuoteIndex;
  registry: SourceRegistry;
  /** Quote index → the relation whose content it is. */
  quoteRelation: (Relation | null)[];
  resolve: ResolvePhrase;
  /** Is token k the opening or closing mark of a speech quote? */
  isSpeechMark: (k: number) => boolean;
  /** The article is an interview transcript ("TAPPER: ...", "FALLIN: ..." lines). */
  transcript: boolean;
  /** Tokens [a, b) of a line spoken by a "Name:" prefix: no cue of their own stands there. */
  turn: TokenRange;
}

/** A relation built from one cue, with where its clause begins when a boundary sets it apart. */
interface Built {
  relation: Relation;
  /** The token where this relation's clause starts after a clause boundary (", and", ";", ", saying"), or -1. */
  boundary: number;
}

/** Classes whose verbs take a whole clause as content even without "that" ("says win or lose, he stays"). */
const SAYING_CLASSES = new Set(['speech', 'writing', 'belief', 'perception']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my']);
/** "according to plan", "according to size": conformity, not a source (data, figures and schedules with a determiner are sources). */
const ACCORDING_NOT_SOURCES = /^(?:plan|schedule|script|tradition|custom|size|age|need|rank|merit|type|the\s+(?:plan|book))\b/i;

/**
 * The attributions whose cues stand in one sentence, left to right. A cue inside the content
 * of an earlier one is part of what that one attributes ("He said voters want change": one
 * attribution), unless a clause boundary sets it apart (", and she said", "; officials
 * said", ", saying", ", according to"), which then ends the earlier content. A later
 * attribution whose content comes first ("Clinton thinks X, Trump said") holds the earlier
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
  const rels: Relation[] = [];
  const cueHeads = new Set<number>();
  for (const c of cues) if (c.type === 'verb' || c.type === 'agentless') cueHeads.add(c.head);
  const isCueVerb = (k: number) => cueHeads.has(k);
  const headline = doc.lines[doc.sentences[sentence]!.line]!.tokenStart === ts ? colonHeadline(ctx, ts, te) : null;
  if (headline) rels.push(headline);
  // the rest of a "Name:" line is what that name says
  for (const cue of headline ? [] : cues) {
    // "said in a statement that": the noun is part of the verb's cue
    if (rels.some((r) => cue.head >= r.cueRange.a && cue.head < r.cueRange.b)) continue;
    const holder = rels.find((r) => !r.dropped && r.content && cue.head >= r.content.a && cue.head < r.content.b && r.mode !== 'direct');
    const built = buildRelation(ctx, cue, ts, te, rels, isCueVerb);
    if (!built) continue;
    if (holder) {
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
        if (/^(?:and|but)$/.test(doc.lower[cut - 1] ?? '')) cut--;
        if (cut > holder.content!.a && cut > holder.cueRange.b) {
          truncate(doc, holder, cut);
          rels.push(built.relation);
          continue;
        }
      }
      // (also a parenthetical cue whose content runs on both sides of it: "Any attempt to debunk it, he said, is hopeless")
      const before = c !== null && (c.b <= built.relation.cue.tokStart || built.relation.pieces !== undefined) && holder.cue.head >= c.a && holder.cue.head < c.b;
      // "The storm is expected to weaken, forecasters said": the later cue holds the earlier one
      if (before) holder.dropped = true;
      else {
        // "Since Ruiz proposed the toll in March, she has argued …": after an opening subordinate
        // clause, a subject of its own after the comma starts the main clause
        const src = built.relation.source;
        const own = src !== null && !src.antecedent && /^(?:since|when|after|as|while|because|if|although|though|before|once|until|whenever|unless)$/.test(doc.lower[trimFront(doc, ts, te)] ?? '') && c !== null && c.a >= built.relation.cue.tokEnd && src.a - 1 > holder.content!.a && doc.value[src.a - 1] === ',' && src.b <= built.relation.cue.tokStart;
        const boundary = built.boundary >= 0 ? built.boundary : own ? src.a - 1 : -1;
        if (boundary < 0 || boundary <= holder.content!.a) continue; // nested in the holder's content
        truncate(doc, holder, boundary);
      }
    }
    const c = built.relation.content;
    if (c) for (const r of rels) if (!r.dropped && r.cue.head >= c.a && r.cue.head < c.b && built.relation.mode !== 'direct') r.dropped = true;
    rels.push(built.relation);
  }
  for (const r of rels) {
    if (r.dropped || r.mode === 'direct' || !r.content) continue;
    const c = r.content;
    r.mode = modeOf(ctx, c);
    r.parts = (r.pieces ?? [c])
      .map((p) => ({ a: Math.max(p.a, c.a), b: Math.min(p.b, c.b) }))
      .filter((p) => p.b > p.a)
      .map((p) => chars(doc, p));
  }
  // "A man, who did not want to give his name, said": a cue inside another relation's source phrase describes the source;
  // what the source said in a relative clause is an attribution of its own ("Wray, who said …, said …")
  return rels.filter((r) => !r.dropped && r.parts.length > 0 && (r.cue.cueClass === 'speech' && r.cue.type === 'verb' || !rels.some((o) => o !== r && o.source && !o.dropped && r.cue.head >= o.source.a && r.cue.head < o.cue.tokStart && r.cue.head < Math.max(o.source.b, o.source.relative?.b ?? 0, o.source.appositive?.b ?? 0))));
}

const LABELS = /^(?:update|updated|watch|breaking|exclusive|video|videos|photo|photos|analysis|opinion|editorial|correction|note|source|sources|related|read|see|listen|live|quiz|q|a|editor|editors|transcript|full text|warning|spoiler|bottom line|why|what|how|when|where|who|the latest|timeline|explainer|factbox|fact check|recap|review|interview|podcast|profile|obituary|commentary|column|graphic|map|chart|slideshow|gallery|developing|alert|report|election|live blog|tl;dr|first|now|today|here)$/i;

/**
 * "Ruiz: The bridge is safe", "Port Authority: No ships until Monday": a line that opens with
 * a name and a colon attributes what follows to that name (headlines, interview captions).
 */
function colonHeadline(ctx: StageContext, ts: number, te: number): Relation | null {
  const { doc } = ctx;
  let c = ts;
  while (c < te && c - ts < 7 && doc.value[c] !== ':') c++;
  if (doc.value[c] !== ':' || c === ts || c + 2 >= te) return null;
  for (let t = ts; t < c; t++) if (!(isCap(doc, t) || /^(?:and|of|the|for|&|\.|-)$/.test(doc.lower[t]!)) || ctx.quotes.inQuote[t]! >= 0 || doc.pos[t] === 'VERB' || doc.pos[t] === 'AUX' || isPossessive(doc, t)) return null;
  const prefix = doc.text.slice(doc.start[ts]!, doc.end[c - 1]!);
  if (LABELS.test(prefix)) return null;
  // "TAPPER: ..." in an interview transcript; elsewhere capitals before a colon are a dateline or a label
  const capitals = prefix === prefix.toUpperCase();
  if (capitals && (!ctx.transcript || c - ts > 3)) return null;
  const spoken = capitals ? prefix.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, p: string, l: string) => p + l.toUpperCase()) : prefix;
  // a single name is a speaker when known already, or in the title line ("Varga: ‘We will finish the bridge’")
  const title = doc.lineOf[ts] === 0 && doc.pos[ts] === 'PROPN';
  if (c - ts === 1 && !ctx.transcript && !title && !ctx.registry.bySurnameKey(prefix, doc.start[ts]!) && !ctx.registry.byOrganizationKey(prefix, doc.start[ts]!)) return null;
  // what follows must be said, not a figure: "Clinton: 1,769."
  const line = doc.lines[doc.lineOf[c]!]!;
  let words = 0;
  for (let t = c + 1; t < line.tokenEnd && words < 3; t++) if (doc.isWord[t] && doc.pos[t] !== 'NUM') words++;
  if (words < 3 || doc.pos[c + 1] === 'NUM') return null;
  const source = { a: ts, b: c };
  const desc = describeSource(spoken, '', '', ctx.lex);
  if (!desc || desc.kind === 'document') return null;
  const entity = resolveSpeaker(ctx.registry, desc, { offset: doc.start[c]!, text: spoken, sentenceStart: doc.start[ts]! });
  const a = c + 1;
  const cue: Cue = { type: 'phrase', tokStart: c, tokEnd: c + 1, head: c, lemma: ':', stance: 'neutral', cueClass: 'speech', negated: false, sentence: doc.sentenceOf[c]! };
  // the whole line is what the named one says; no cue inside it speaks for anyone else
  ctx.turn = { a, b: line.tokenEnd };
  let b = line.tokenEnd;
  while (b > a && isPunct(doc, b - 1) && !isQuoteMark(doc, b - 1)) b--;
  return relation(ctx, cue, { a: c, b: c + 1 }, source, entity, { a, b });
}

function chars(doc: SlantDocument, r: TokenRange): CharRange {
  return { start: doc.start[r.a]!, end: doc.end[r.b - 1]! };
}

/** Ends a relation's content before token `at` (where a new clause begins). */
function truncate(doc: SlantDocument, r: Relation, at: number): void {
  const c = r.content!;
  r.content = { a: c.a, b: trimBack(doc, Math.min(c.b, at), c.a) };
  if (r.pieces) r.pieces = r.pieces.map((p) => ({ a: p.a, b: Math.min(p.b, trimBack(doc, Math.min(p.b, at), p.a)) }));
}

function buildRelation(ctx: StageContext, cue: Cue, ts: number, te: number, rels: Relation[], isCueVerb: (k: number) => boolean): Built | null {
  switch (cue.type) {
    case 'agentless':
      return agentless(ctx, cue, ts, te);
    case 'according':
      return according(ctx, cue, ts, te, rels, isCueVerb);
    case 'noun':
      return nounCue(ctx, cue, ts, te);
    case 'verb':
      return verbCue(ctx, cue, ts, te, rels, isCueVerb);
    default:
      return null;
  }
}

function relation(ctx: StageContext, cue: Cue, cueRange: TokenRange, source: SourcePhrase | null, entity: SourceEntity, content: TokenRange | null, parts: CharRange[] = []): Relation {
  return { cue, cueRange, source, entity, parts, mode: parts.length > 0 ? 'direct' : 'indirect', content };
}

/** Indirect, or mixed when the content holds a partial quotation. */
export function modeOf(ctx: StageContext, content: TokenRange): Relation['mode'] {
  for (let t = content.a; t < content.b; t++) if (ctx.quotes.inQuote[t]! >= 0) return 'mixed';
  return 'indirect';
}

/** "reportedly", "it is believed that", "X is said to", "seems to", "news that": no source. */
function agentless(ctx: StageContext, cue: Cue, ts: number, te: number): Built | null {
  const { doc } = ctx;
  if (cue.nominal) {
    // "Christie unleashed withering attacks against Rubio": the subject of the verb is the source.
    const subject = objectOfVerb(ctx, cue.tokStart, ts, te);
    const owned = subject ? nounCue(ctx, cue, ts, te, subject) : null;
    if (owned) return owned;
  }
  const entity = ctx.registry.unspecified(doc.start[cue.tokStart]!);
  let content: TokenRange | null = null;
  // "a group called Open Harbour", "a clerk accused of fraud": the cue fixed its own content
  if (cue.content) content = { a: trimFront(doc, cue.content.a, cue.content.b), b: cue.content.b };
  else if (cue.agentless === 'it-that' || cue.agentless === undefined) {
    const that = findThat(doc, cue.tokEnd, te);
    const a = that ?? cue.tokEnd;
    if (a < te) content = { a, b: clauseEnd(doc, a, te, -1, false, ctx.quotes) };
  } else {
    // the clause around the cue: its subject and what follows ("The deal is said to be close")
    const a = cue.tokStart > ts ? clauseStart(doc, cue.tokStart - 1, ts) : ts;
    content = { a: trimFront(doc, a, te), b: clauseEnd(doc, cue.tokEnd, te, -1, true, ctx.quotes) };
  }
  if (!content || content.b <= content.a) return null;
  return { relation: relation(ctx, cue, { a: cue.tokStart, b: cue.tokEnd }, null, entity, content), boundary: boundaryBefore(ctx.doc, cue.tokStart, ts) };
}

/** "according to X": the source follows; the content is the clause before it or after its comma. */
function according(ctx: StageContext, cue: Cue, ts: number, te: number, rels: Relation[], isCueVerb: (k: number) => boolean): Built | null {
  const { doc } = ctx;
  let npEnd = cue.tokEnd;
  while (npEnd < te && npEnd - cue.tokEnd < 14 && !/^[,;.:!?]$/.test(doc.value[npEnd]!) && !isQuoteMark(doc, npEnd)) npEnd++;
  let np: SourcePhrase | null = npEnd > cue.tokEnd ? { a: cue.tokEnd, b: npEnd } : null;
  if (!np) return null;
  if (doc.value[npEnd] === ',' && npEnd + 1 < te) {
    const rest = { a: npEnd + 1, b: npEnd + 1 };
    while (rest.b < te && !/^[,;.:!?]$/.test(doc.value[rest.b]!) && !isQuoteMark(doc, rest.b)) rest.b++;
    if (doc.lower[rest.a] === 'who' || doc.lower[rest.a] === 'whose') np = { ...np, relative: rest };
    // "according to the airport’s operator, Coastline Airports": the name after the description
    else if (rest.b - rest.a <= 4 && isCap(doc, rest.a) && (rest.b >= te || doc.value[rest.b] === '.' || doc.value[rest.b] === ',')) np = { ...rest, appositive: np };
  }
  const mention = doc.text.slice(doc.start[np.a]!, doc.end[np.b - 1]!);
  if (ACCORDING_NOT_SOURCES.test(mention)) return null;
  const offset = doc.start[cue.tokStart]!;
  const cueRange = { a: cue.tokStart, b: cue.tokEnd };
  let source: SourcePhrase | null = np;
  let entity: SourceEntity | null;
  if (/^(?:(?:media|news|press|several|some|many|local|unconfirmed|recent)\s+)*reports?\b/i.test(mention) && !/^reports?\s+(?:by|in|from)\s+\p{Lu}/u.test(mention)) {
    cueRange.b = np.a + (mention.split(/\s+/).findIndex((w) => /^reports?$/i.test(w)) + 1);
    entity = ctx.registry.unspecified(offset);
    source = null;
  } else {
    // "according to the summary", "…, according to early returns"; not "graded according to size"
    const setOff = cue.tokStart === ts || /^[,(—–]$/.test(doc.value[cue.tokStart - 1] ?? '') || doc.value[np.b] === ',';
    entity = ctx.resolve(np, offset) ?? (/^(?:the|a|an|his|her|its|their|this|that|these|those)$/.test(doc.lower[np.a]!) || isCap(doc, np.a) || setOff ? ctx.resolve(np, offset, true) : null);
  }
  if (!entity) return null;
  let content: TokenRange | null;
  const first = trimFront(doc, ts, cue.tokStart) === cue.tokStart;
  if (first) {
    let c = Math.max(np.b, np.relative?.b ?? 0);
    while (c < te && doc.value[c] !== ',') c++;
    // "In the latest survey, conducted in early May, 35 percent …": over a participle phrase after the source
    if (doc.value[c] === ',' && doc.pos[c + 1] === 'VERB' && /ed$/.test(doc.lower[c + 1]!)) {
      let d = c + 2;
      while (d < te && d - c < 10 && doc.value[d] !== ',') d++;
      if (doc.value[d] === ',') c = d;
    }
    content = c + 1 < te ? { a: c + 1, b: clauseEnd(doc, c + 1, te, -1, false, ctx.quotes) } : null;
    // "In a report on the flood, the council blamed the dam": the clause's own cue and subject say who
    if (content && cue.lemma === 'in') {
      const { a, b } = content;
      for (let t = a; t < b; t++) if (isCueVerb(t)) content = null;
    }
  } else {
    const from = previousEnd(doc, rels, cue.tokStart, ts);
    content = contentBefore(doc, from, cue.tokStart);
    // "By next summer, according to the harbour board, the cranes will be running": content on both sides
    const c = Math.max(np.b, np.relative?.b ?? 0, np.appositive?.b ?? 0, source?.b ?? 0);
    if (content && doc.value[cue.tokStart - 1] === ',' && doc.value[c] === ',' && c + 1 < te && !isPunct(doc, c + 1) && !isQuoteMark(doc, c + 1) && !/^(?:but|and|or|so|yet|who|which|whose|as|while|where|when|with|adding|saying|citing|noting)$/.test(doc.lower[c + 1]!)) {
      const b = clauseEnd(doc, c + 1, te, -1, false, ctx.quotes);
      if (b > c + 1) {
        const r = relation(ctx, cue, cueRange, source, entity, { a: content.a, b });
        r.pieces = [content, { a: c + 1, b }];
        return { relation: r, boundary: cue.tokStart - 1 };
      }
    }
  }
  if (!content || content.b <= content.a) return null;
  return { relation: relation(ctx, cue, cueRange, source, entity, content), boundary: first ? -1 : cue.tokStart - (doc.value[cue.tokStart - 1] === ',' ? 1 : 0) };
}

/** "his claim that ...", "Ruiz's plan to ...", "their criticism of ...". */
function nounCue(ctx: StageContext, cue: Cue, ts: number, te: number, given: SourcePhrase | null = null): Built | null {
  const { doc } = ctx;
  let p = cue.tokStart - 1;
  if (doc.pos[p] === 'ADJ') p--;
  let source: SourcePhrase | null = given;
  if (source) {
    // given
  } else if (p >= ts && isPossessive(doc, p)) source = nounPhraseBefore(doc, p - 1, ts);
  else if (p >= ts && POSSESSIVE_PRONOUNS.has(doc.lower[p]!)) {
    // "Lieberman stated his intention to ...": the subject of the verb names the source better than "his"
    source = objectOfVerb(ctx, p, ts, te, doc.lower[p] !== 'its') ?? { a: p, b: p + 1 };
  }
  if (!source) return null;
  let entity = ctx.resolve(source, doc.start[cue.tokStart]!);
  // a subject that names no speaker: the possessive pronoun itself stays the source
  if (!entity && !given && source.a !== p && POSSESSIVE_PRONOUNS.has(doc.lower[p] ?? '')) {
    source = { a: p, b: p + 1 };
    entity = ctx.resolve(source, doc.start[cue.tokStart]!);
  }
  if (!entity) return null;
  const next = doc.lower[cue.tokEnd];
  const a = next === 'that' || next === 'to' ? (next === 'that' ? cue.tokEnd + 1 : cue.tokEnd) : cue.tokEnd + 1;
  if (a >= te) return null;
  const content = { a, b: clauseEnd(doc, a, te, relativeClauseEnd(ctx, source, a, te), next !== 'that', ctx.quotes) };
  if (content.b <= content.a) return null;
  return { relation: relation(ctx, cue, { a: cue.tokStart, b: cue.tokEnd }, source, entity, content), boundary: -1 };
}

function verbCue(ctx: StageContext, cue: Cue, ts: number, te: number, rels: Relation[], isCueVerb: (k: number) => boolean): Built | null {
  const { doc } = ctx;
  const k = cue.head;
  const offset = doc.start[cue.tokStart]!;
  const cueRange: TokenRange = { a: cue.tokStart, b: cue.tokEnd };
  // "The plan was criticized by X": the agent follows "by", the subject is what is attributed.
  if (cue.byAgent !== undefined) {
    const agent = subjectAfter(doc, cue.byAgent + 1, te);
    const entity = agent ? ctx.resolve(agent, offset) : null;
    if (!agent || !entity) return null;
    let be = cue.tokStart - 1;
    while (be >= ts && isAdverbLike(doc, be)) be--;
    const content = be + 1 < cue.tokStart ? { a: clauseStart(doc, be, ts), b: be + 1 } : nounPhraseBefore(doc, cue.tokStart - 1, ts);
    if (!content || content.b <= content.a) return null;
    return { relation: relation(ctx, cue, cueRange, agent, entity, content), boundary: -1 };
  }
  let source: SourcePhrase | null = null;
  let entity: SourceEntity | null = null;
  let inverted = false;
  let inherited = false;
  let governed = false;
  let boundary = -1;
  const found = findSubject(doc, k, cue.tokEnd, ts, te, ctx.isSpeechMark, isCueVerb);
  // "Asked about the plan, Ruiz said ...", "When asked whether ...,": the question has no
  // source of its own here; its content ends at the comma before the main clause.
  const lead = k - 1 >= ts ? doc.lower[k - 1]! : '';
  const whenAsked = /^(?:asked|questioned|pressed)$/.test(doc.lower[k]!) && /^(?:when|if|after|once|as|before|while|since|until)$/.test(lead);
  if (found.type === 'nested' || (found.type === 'none' && !whenAsked)) return null;
  if (/^(?:asked|questioned|pressed)$/.test(doc.lower[k]!) && ((found.type === 'governed' && !found.coordinated && trimFront(doc, ts, k) >= k - 1) || whenAsked)) {
    let c = cue.tokEnd;
    while (c < te && doc.value[c] !== ',') c++;
    // "“Not this year,” Ruiz said when asked whether …": the question runs to the end of the clause
    if (c >= te && lead !== '' && /^(?:when|if|after|once|as|before|while|since|until)$/.test(lead)) c = clauseEnd(doc, cue.tokEnd, te, -1, false, ctx.quotes);
    if (c >= te || c === cue.tokEnd) return null;
    // "Asked by Stephanopoulos about ...": the interviewer asked
    const by = doc.lower[cue.tokEnd] === 'by' ? nounPhraseAfter(doc, cue.tokEnd + 1, c) : null;
    const asker = by ? ctx.resolve(by, offset, true) : null;
    if (by && asker) return { relation: relation(ctx, cue, cueRange, by, asker, { a: by.b, b: c }), boundary: -1 };
    // "Ruiz said no when asked whether …": the subordinate clause sets the question apart
    return { relation: relation(ctx, { ...cue, type: 'agentless', agentless: 'raising' }, cueRange, null, ctx.registry.unspecified(offset), { a: cue.tokEnd, b: c }), boundary: whenAsked && k - 1 > ts ? k - 1 : -1 };
  }
  if (found.type === 'none') return null;
  if (found.type === 'governed') {
    governed = true;
    const governor = rels.find((r) => !r.dropped && r.cue.head === found.verb);
    if (governor) {
      source = governor.source;
      entity = governor.entity;
      inherited = true;
      boundary = boundaryBefore(doc, cue.tokStart, ts, true);
    } else {
      // The shared verb is not a cue. Inside a reported clause it is that clause's verb ("said voters
      // were angry and wanted ...": nested), unless its tense sets it apart from both verbs
      // ("suggested he be fired and defended ...": the second verb goes with the cue).
      const holder = rels.find((r) => !r.dropped && r.content && found.verb >= r.content.a && found.verb < r.content.b);
      if (holder) {
        const mine = inflection(doc, k);
        // ", and said ...", ", calling it ...": after a comma the second verb goes with the main one
        const commaAnd = (doc.value[cue.tokStart - 2] === ',' && /^(?:and|but)$/.test(doc.lower[cue.tokStart - 1]!)) || (commaBefore(doc, cue.tokStart) && /ing$/.test(doc.lower[k]!));
        // "said he welcomed the vote and added, “…”": a second speech verb with a full quotation of its own is not reported speech
        const quoting = cue.cueClass === 'speech' && quotesForCue(doc, ctx.quotes, cue, cue.tokStart, cue.tokEnd, te).some((qi) => !ctx.quoteRelation[qi] && ctx.quotes.quotes[qi]!.t0 > cue.tokStart);
        if (quoting && found.coordinated) return verbContent(ctx, cue, ts, te, rels, isCueVerb, { source: holder.source, entity: holder.entity, inverted: false, inherited: false, governed: true, boundary: boundaryBefore(doc, cue.tokStart, ts, true), cueRange });
        if (!found.coordinated || (!commaAnd && (mine !== inflection(doc, holder.cue.head) || inflection(doc, verbGroupHead(doc, found.verb, ts)) === mine))) return null;
        // "says he feels he did well and is optimistic": a cue verb of the same form inside the reported clause is the one coordinated
        if (!commaAnd) for (let t = holder.content!.a; t < found.verb && t < holder.content!.b; t++) if (isCueVerb(t) && inflection(doc, verbGroupHead(doc, t, ts)) === mine) return null;
        return verbContent(ctx, cue, ts, te, rels, isCueVerb, { source: holder.source, entity: holder.entity, inverted: false, inherited: true, governed: true, boundary: boundaryBefore(doc, cue.tokStart, ts, true), cueRange });
      }
      const outer = findSubject(doc, found.verb, found.verb + 1, ts, te, ctx.isSpeechMark, () => false);
      if (outer.type !== 'phrase') return null;
      source = outer.phrase;
      boundary = found.coordinated ? boundaryBefore(doc, cue.tokStart, ts, true) : -1;
    }
  } else {
    source = found.phrase;
    inverted = found.inverted;
    // "The town released a statement saying ...": whoever issued the statement is the source.
    if (!inverted && /ing$/.test(doc.lower[k]!) && source.b >= k - 1) source = objectOfVerb(ctx, source.a, ts, te) ?? source;
    // "It is clear that", "There is concern": no one is the source. "It is unclear whether …" attributes with no source.
    if (cue.lemma.startsWith('be ') && source.b - source.a === 1 && /^(?:it|there|this|that|what)$/.test(doc.lower[source.a]!)) {
      const agentlessState = doc.lower[source.a] === 'it' && /^be (?:clear|unclear|certain|uncertain|sure|unsure)$/.test(cue.lemma) && /^(?:that|whether|if|who|what|why|how|when|where|which)$/.test(doc.lower[cue.tokEnd] ?? '');
      return agentlessState ? agentless(ctx, { ...cue, type: 'agentless', agentless: 'it-that', tokStart: source.a }, ts, te) : null;
    }
    // "Otieno was angry: “...”": a colon introduction of the quotation (see colonIntroduction)
    if (cue.lemma.startsWith('be ') && doc.value[cue.tokEnd] === ':') return null;
    boundary = boundaryBefore(doc, inverted ? cue.tokStart : source.a, ts, false, te);
  }
  // "Still, ...", "Why not just say": a clause opener is no source; the attribution stays, agentless.
  if (source && !inherited && !nominalPhrase(doc, source)) {
    source = null;
    entity = ctx.registry.unspecified(offset);
  }
  entity ??= ctx.resolve(source, offset) ?? ctx.resolve(source, offset, true);
  if (!entity) return null;
  return verbContent(ctx, cue, ts, te, rels, isCueVerb, { source, entity, inverted, inherited, governed, boundary, cueRange });
}

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

/** The content of a verb cue: quotations around it, the clause after it, or the clause before it. */
function verbContent(ctx: StageContext, cue: Cue, ts: number, te: number, rels: Relation[], isCueVerb: (k: number) => boolean, found: VerbSource): Built | null {
  const { doc } = ctx;
  const { source, entity, inverted, inherited, governed, boundary, cueRange } = found;
  // "told Meridian Press", "said in a statement", "continued, adding": widen the cue.
  let after = inverted && source ? Math.max(source.b, source.appositive?.b ?? 0, source.relative?.b ?? 0) : cue.tokEnd;
  if (cue.lemma === 'tell' && !inverted) {
    const obj = nounPhraseAfter(doc, cue.tokEnd, te);
    if (obj && doc.lower[obj.a] !== 'that' && (/^(?:that|:|,|about|of|whether|on|in|at|how|what|why)$/.test(doc.lower[obj.b] ?? '') || takesClause(doc, obj.b, te))) {
      cueRange.b = obj.b;
      after = obj.b;
    }
  }
  if (doc.lower[after] === 'in' && (doc.lower[after + 1] === 'a' || doc.lower[after + 1] === 'an') && ['statement', 'interview'].includes(doc.lower[after + 2]!)) {
    if (!inverted) cueRange.b = after + 3;
    after += 3;
  }
  if (cue.lemma === 'read' && doc.lower[cue.tokEnd] === 'a' && doc.lower[cue.tokEnd + 1] === 'statement') return null; // the quotation that follows is its content

  // Direct: full quotations right before ("“...,” she said") and right after ("said: “...”").
  if (!inherited) {
    const left = inverted || !source ? cue.tokStart : Math.min(source.a, cue.tokStart);
    const right = inverted && source ? after : cueRange.b;
    const direct = quotesForCue(doc, ctx.quotes, cue, left, right, te).filter((qi) => !ctx.quoteRelation[qi]);
    if (direct.length > 0) {
      const qs = direct.map((qi) => ctx.quotes.quotes[qi]!);
      const r = relation(ctx, cue, cueRange, source, entity, null, qs.map((q) => ({ start: q.span.start, end: q.span.end })));
      r.mode = 'direct';
      r.content = { a: qs[0]!.t0, b: qs[qs.length - 1]!.t1 };
      for (const qi of direct) ctx.quoteRelation[qi] = r;
      return { relation: r, boundary };
    }
  }

  // "The toll is a stopgap, as Dana Dee noted in the Courier.": the clause before ", as X noted" is the
  // content when nothing but adjuncts follows (not "He left, as Ruiz said goodbye")
  const asTok = (source && !inverted ? source.a : cue.tokStart) - 1;
  if (!inherited && asTok - 1 >= ts && doc.lower[asTok] === 'as' && doc.value[asTok - 1] === ',' && contentStartAfter(doc, after, te, cue.lemma) < 0) {
    const before = contentBefore(doc, previousEnd(doc, rels, asTok, ts), asTok - 1);
    return before ? { relation: relation(ctx, cue, cueRange, source, entity, before), boundary: -1 } : null;
  }

  // "As Varga noted, those voters will come back": an opening "as" clause; what follows its comma is the content
  const opening = asTok >= ts && doc.lower[asTok] === 'as' && trimFront(doc, ts, asTok + 1) >= asTok - (/^(?:but|and|yet|so)$/.test(doc.lower[asTok - 1] ?? '') ? 1 : 0);
  if (!inherited && opening && doc.value[after] === ',' && after + 1 < te && !isPunct(doc, after + 1)) {
    const b = clauseEnd(doc, after + 1, te, -1, false, ctx.quotes);
    if (b > after + 1) return { relation: relation(ctx, cue, cueRange, source, entity, { a: after + 1, b }), boundary: -1 };
  }

  // Indirect or mixed: the reported clause after the verb, or before it ("..., officials said").
  // "…, which he said was too high": the relative pronoun is the subject of what was said
  const gap = source !== null && !inverted && /^(?:which|who|that)$/.test(doc.lower[source.a - 1] ?? '') && doc.pos[after] === 'AUX';
  const a = gap ? after : contentStartAfter(doc, after, te, cue.lemma);
  // "who asked not to be named", "briefed on the talks", "speaking on condition of anonymity":
  // why a source is anonymous is no attribution of its own
  if (a >= 0 && (anonymityCondition(ctx, cue.tokStart, Math.min(te, a + 6)) || /^(?:authori[sz]ed|allowed|permitted|cleared)$/.test(doc.lower[cue.tokStart - 2] ?? ''))) return null;
  const clausal = a >= 0 && (doc.lower[a - 1] === 'that' || takesClause(doc, a, te) || isQuoteMark(doc, a) || SAYING_CLASSES.has(cue.cueClass));
  const leftOfClause = inverted || governed || !source ? cue.tokStart : source.a;
  const setOff = leftOfClause - 1 >= ts && (doc.value[leftOfClause - 1] === ',' || isQuoteMark(doc, leftOfClause - 1) || /^[—–(]$/.test(doc.value[leftOfClause - 1]!));
  // "The plan, he said, will fail": content on both sides of the cue.
  const parenthetical = setOff && !governed && doc.value[after] === ',' && after + 1 < te && !isPunct(doc, after + 1) && !/^(?:but|and|adding|saying|noting|according|who|which|as|while|citing)$/.test(doc.lower[after + 1]!) && !isCueVerb(after + 1);
  if (parenthetical) {
    const before = contentBefore(doc, previousEnd(doc, rels, leftOfClause, ts), leftOfClause - 1 + (isQuoteMark(doc, leftOfClause - 1) ? 1 : 0));
    const b = clauseEnd(doc, after + 1, te, -1, false, ctx.quotes);
    if (before && b > after + 1) {
      const r = relation(ctx, cue, cueRange, source, entity, { a: before.a, b });
      r.pieces = [before, { a: after + 1, b }];
      return { relation: r, boundary };
    }
    // "But, Carson added, he did not support it": only a conjunction or adverb before the cue, the content follows it
    if (!before && b > after + 1 && trimFront(doc, ts, leftOfClause) >= leftOfClause - 1 && leftOfClause - ts <= 3) {
      let only = true;
      for (let t = ts; t < leftOfClause - 1; t++) if (!(isAdverbLike(doc, t) || doc.pos[t] === 'CCONJ' || isPunct(doc, t))) only = false;
      if (only) return { relation: relation(ctx, cue, cueRange, source, entity, { a: after + 1, b }), boundary };
    }
  }
  if (a >= 0) {
    // "Responding to the remarks, Ruiz said ...": an opening participle's content ends at its comma
    let stop = -1;
    if (governed && !inherited && trimFront(doc, ts, cue.tokStart) >= cue.tokStart) {
      for (let t = a; t < te && stop < 0; t++) {
        if (doc.value[t] === ',' && ctx.quotes.inQuote[t]! < 0) stop = t;
        // `Citing “family duties,” the aide said`: the comma stands inside the closing mark
        else if (isQuoteMark(doc, t) && doc.value[t - 1] === ',' && t > a + 1 && ctx.quotes.inQuote[t]! < 0 && ctx.quotes.inQuote[t - 2]! >= 0) stop = t + 1;
      }
    }
    if (stop < 0) stop = relativeClauseEnd(ctx, source, a, te);
    const b = clauseEnd(doc, a, te, stop, !clausal, ctx.quotes);
    if (b > a) return { relation: relation(ctx, cue, cueRange, source, entity, { a, b }), boundary };
  }
  if (!setOff || governed) return null;
  const from = previousEnd(doc, rels, leftOfClause, ts);
  const before = contentBefore(doc, from === ts ? backToQuoteOpening(doc, ctx.quotes, (qi) => ctx.quoteRelation[qi] !== null, ts) : from, leftOfClause - (isQuoteMark(doc, leftOfClause - 1) ? 0 : 1));
  if (!before) return null;
  return { relation: relation(ctx, cue, cueRange, source, entity, before), boundary: -1 };
}

/**
 * "Wray, who said the trade was approved, said he ...": the content of a cue in a relative
 * clause set off by commas ends at the comma that closes the clause, before the main verb.
 * Returns that comma's token, or -1.
 */
function relativeClauseEnd(ctx: StageContext, source: SourcePhrase | null, a: number, te: number): number {
  const { doc } = ctx;
  if (!source?.antecedent || doc.value[source.a - 1] !== ',') return -1;
  for (let t = a; t < te - 1 && t < a + 60; t++) {
    // `Vale, who calls Berg a “menace,” said`: the comma may stand inside the closing mark
    const closingComma = isQuoteMark(doc, t) && doc.value[t - 1] === ',' && ctx.quotes.inQuote[t]! < 0 && ctx.quotes.inQuote[t - 1]! >= 0;
    if (!closingComma && (doc.value[t] !== ',' || ctx.quotes.inQuote[t]! >= 0)) continue;
    let v = t + 1;
    while (v < te && isAdverbLike(doc, v) && doc.pos[v] !== 'AUX') v++;
    if (doc.pos[v] === 'VERB' || doc.pos[v] === 'AUX') return closingComma ? t + 1 : t;
  }
  return -1;
}

/** A comma right before token `k`, also inside a closing quotation mark (`“…,” adding`). */
function commaBefore(doc: SlantDocument, k: number): boolean {
  return doc.value[k - 1] === ',' || (isQuoteMark(doc, k - 1) && doc.value[k - 2] === ',');
}

const PRONOUN_SOURCE = /^(?:who|which|that|it|this|there)$/;

/** Verbs that carry a reporting noun as their object: "issued a statement", "voiced support", "made comments". */
const LIGHT_VERBS = new Set(['make', 'issue', 'give', 'offer', 'express', 'voice', 'launch', 'unleash', 'level', 'file', 'state', 'deliver', 'raise', 'lodge', 'release', 'reiterate', 'repeat', 'renew', 'announce', 'post', 'publish', 'send', 'share', 'extend', 'lend', 'throw', 'pledge', 'signal', 'outline', 'unveil', 'put', 'lay', 'mount', 'step', 'escalate', 'sharpen', 'intensify', 'stage', 'air', 'run', 'write', 'pen', 'have', 'hold', 'reveal', 'register']);

/**
 * The subject of the verb whose object starts right before token `k` ("Ruiz issued a
 * statement", "Christie unleashed withering attacks"), or null.
 */
function objectOfVerb(ctx: StageContext, k: number, ts: number, te: number, anyVerb = false): SourcePhrase | null {
  const { doc } = ctx;
  let v = k - 1;
  // over determiners, adjectives and noun modifiers: "issued funding appeals"
  while (v >= ts && k - v < 5 && (doc.pos[v] === 'DET' || doc.pos[v] === 'ADJ' || doc.pos[v] === 'NUM' || doc.pos[v] === 'ADV' || (doc.pos[v] === 'NOUN' && v === k - 1) || POSSESSIVE_PRONOUNS.has(doc.lower[v]!))) v--;
  // "is keeping up his criticism": over a particle
  if (anyVerb && v > ts && /^(?:up|out|on|off|down)$/.test(doc.lower[v]!) && doc.pos[v - 1] === 'VERB') v--;
  if (v < ts) return null;
  // "Pence is keeping up his criticism": the subject of any verb whose object the possessive opens names the source
  if (anyVerb && doc.pos[v] === 'VERB') {
    const found = findSubject(doc, v, v + 1, ts, te, ctx.isSpeechMark, () => false);
    return found.type === 'phrase' && !found.inverted && !PRONOUN_SOURCE.test(doc.lower[found.phrase.a]!) && found.phrase.b - found.phrase.a <= 8 ? found.phrase : null;
  }
  // wink-nlp reads some -ing forms as nouns ("renewing a claim")
  const low = doc.lower[v]!;
  const stem = low.endsWith('ing') ? low.slice(0, -3) : '';
  const light = doc.pos[v] === 'VERB' ? LIGHT_VERBS.has(doc.lemma[v]!) : stem !== '' && doc.value[v - 1] === ',' && (LIGHT_VERBS.has(stem) || LIGHT_VERBS.has(`${stem}e`));
  if (!light) return null;
  const found = findSubject(doc, v, v + 1, ts, te, ctx.isSpeechMark, () => false);
  if (found.type === 'phrase') return found.inverted ? null : found.phrase;
  // "Ruiz spoke for an hour, renewing an old claim": the subject of the main verb
  if (found.type !== 'governed') return null;
  const main = findSubject(doc, found.verb, found.verb + 1, ts, te, ctx.isSpeechMark, () => false);
  return main.type === 'phrase' && !main.inverted ? main.phrase : null;
}

/** The tense-like form of a verb or auxiliary, to tell coordinated verbs apart from embedded ones. */
function inflection(doc: SlantDocument, k: number): string {
  const low = doc.lower[k]!;
  if (/^(?:is|has|does|'s|’s|am|are|have|do)$/.test(low)) return 'present';
  if (/^(?:was|were|had|did)$/.test(low)) return 'past';
  if (/^(?:be|been|being)$/.test(low)) return 'base';
  if (/^(?:will|would|can|could|may|might|should|must|shall)$/.test(low)) return 'modal';
  if (/ing$/.test(low)) return 'ing';
  if (/s$/.test(low) && doc.lemma[k] !== low) return 'present';
  if (/ed$/.test(low) || doc.lemma[k] !== low) return 'past';
  return 'base';
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

/** Does a source phrase hold a word that can name someone (a name, noun, pronoun, number)? */
function nominalPhrase(doc: SlantDocument, r: TokenRange): boolean {
  for (let t = r.a; t < r.b; t++) if (!NON_NOMINAL.has(doc.pos[t]!) && !(doc.pos[t] === 'VERB' && !isCap(doc, t))) return true;
  return false;
}

const ANONYMITY_CONDITION = /^\S+\s+(?:(?:not\s+)?to\s+be\s+(?:named|identified|quoted|publicly|further)|(?:on|under)\s+(?:the\s+)?condition|anonymity)|anonymity|\bnot\s+authori[sz]ed\b|\b(?:give|gave|giving|provide|provided|use|using)\s+(?:his|her|their)\s+(?:full\s+|last\s+)?names?\b/i;

/** Does the cue at `a` only say why its source stays anonymous ("asked not to be named", "briefed on the talks")? */
function anonymityCondition(ctx: StageContext, a: number, b: number): boolean {
  const text = ctx.doc.text.slice(ctx.doc.start[a]!, ctx.doc.end[b - 1]!);
  return ANONYMITY_CONDITION.test(text) || (ctx.lex.anonymity.test(text) && !ctx.lex.anonymity.test(ctx.doc.value[a]!) && /^\S+\s+(?:on|with|to|about)\b/i.test(text));
}

/** Where content before a cue may start: after the previous attribution's cue in the sentence. */
function previousEnd(doc: SlantDocument, rels: Relation[], before: number, ts: number): number {
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
    if (r.content && r.content.b <= r.cue.tokStart) from = Math.max(from, end);
  }
  return from;
}

/** Is there a comma after `a` in its sentence (within 60 tokens)? */
function commaAfter(doc: SlantDocument, a: number, te: number): boolean {
  for (let t = a; t < te && t - a < 60; t++) if (doc.value[t] === ',') return true;
  return false;
}

/**
 * The clause boundary before token `start` that sets a new attribution apart from the
 * content before it: a semicolon, ", and/but/while ...", a participle after a comma
 * (", saying"), "and" joining a second verb. Returns the boundary token, or -1.
 */
function boundaryBefore(doc: SlantDocument, start: number, ts: number, sharedSubject = false, te = doc.tokenCount): number {
  // "and even questioned": over adverbs between the boundary and the verb
  let j = start - 1;
  while (sharedSubject && j > ts && start - j <= 3 && isAdverbLike(doc, j) && doc.pos[j] !== 'AUX' && !/^(?:and|but|so|yet)$/.test(doc.lower[j]!)) j--;
  // "… but on Tuesday wrote": over a time phrase too
  if (sharedSubject && j > ts && !/^(?:and|but|so|yet)$/.test(doc.lower[j]!)) j = Math.max(ts, skipAdjunctsBack(doc, j, ts));
  if (j < ts) return -1;
  const v = doc.value[j]!;
  const low = doc.lower[j]!;
  if (v === ';') return j;
  // `“…,” adding that`: the comma stands inside the closing quotation mark, which stays with the earlier content
  if (isQuoteMark(doc, j) && j - 1 >= ts && doc.value[j - 1] === ',' && (sharedSubject || /ing$/.test(doc.lower[start]!))) return start;
  if (/^(?:and|but|while|whereas|yet|although|though|so)$/.test(low)) return doc.value[j - 1] === ',' ? j - 1 : sharedSubject || low !== 'and' ? j : -1;
  // "…, after half said so", "…, because aides believe …": a subordinate clause with a subject of its own after a comma
  if (/^(?:after|because|since|when|whenever|before|until|unless|as)$/.test(low) && doc.value[j - 1] === ',' && !sharedSubject) return j - 1;
  // "…, which he said the council should pay for", "…, who said …": a relative clause with a speaker of its own
  // that closes the sentence (not "the toll, which she called a disgrace, would go")
  if (!sharedSubject && doc.value[j - 1] === ',' && /^(?:which|who|whom)$/.test(low) && !commaAfter(doc, start, te)) return j - 1;
  if (!sharedSubject && v === ',' && /^(?:who|which)$/.test(doc.lower[start] ?? '') && !commaAfter(doc, start, te)) return j;
  if (v === ',' && sharedSubject) return j;
  if (v === ',' && /ing$/.test(doc.lower[start]!)) return j;
  // a new sentence-like clause after a comma with its own subject: "Prices rose, officials said" is not one
  if (v === ',' && BE_FORMS.has(doc.lower[start] ?? '')) return -1;
  return -1;
}

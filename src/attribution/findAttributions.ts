import { tokenIndexAt, type SlantDocument } from '../document/readDocument.js';
import type { Attribution, Quote, Segment, Source, Span, Stance } from '../schema/articleAnalysis.js';
import { classifyQuote } from './classifyQuote.js';
import { describeSource, roleFromWords, type SourceDescription } from './describeSource.js';
import { findQuoteSpans, type QuoteSpan } from './findQuoteSpans.js';
import { clauseStart, nounPhraseAfter, subjectAfter, subjectBefore, type SourcePhrase, type TokenRange } from './phrases.js';
import { findCues, type Cue } from './reportingCues.js';
import { SourceRegistry, type SourceEntity } from './sourceRegistry.js';
import { isCap, isPunct, isQuoteMark } from './tokenWindow.js';

/** The attribution stage's result: speech quotes, reported-speech events and their sources. */
export interface AttributionResult {
  quotes: Quote[];
  attributions: Attribution[];
  sources: Source[];
}

interface Paragraph {
  start: number;
  end: number;
  ts: number;
  te: number;
}

interface SpeechQuote {
  span: QuoteSpan;
  para: number;
  partial: boolean;
  /** First content token and first token after the content. */
  t0: number;
  t1: number;
  /** Index of the quote it continues (multi-paragraph quotation), or -1. */
  continues: number;
  binding: Binding | null;
}

/** A resolved reporting event before it is turned into an `Attribution`. */
interface Binding {
  cue: Cue;
  cueRange: TokenRange;
  source: SourcePhrase | null;
  entity: SourceEntity | null;
  stance: Stance;
}

const ANALYSED = new Set(['body', 'heading', 'editorial']);

/**
 * Finds speech quotes, attributions and sources in the analysed segments of a document.
 *
 * @example
 * ```ts
 * const doc = readDocument('“We will rebuild,” Mayor Ana Ruiz said.');
 * const { segments } = segmentDocument(doc);
 * findAttributions(doc, segments).quotes[0].speaker // "Ana Ruiz"
 * ```
 */
export function findAttributions(doc: SlantDocument, segments: Segment[]): AttributionResult {
  const text = doc.text;
  const paragraphs: Paragraph[] = [];
  for (const s of segments) {
    if (!ANALYSED.has(s.kind)) continue;
    const line = doc.lines[s.line]!;
    paragraphs.push({ start: s.start, end: s.end, ts: line.tokenStart, te: line.tokenEnd });
  }
  const tokenAt = (offset: number) => tokenIndexAt(doc, offset);

  // 1. Speech quotes, paragraph by paragraph, linked across paragraphs.
  const quotes: SpeechQuote[] = [];
  const nonSpeech: [number, number][] = [];
  paragraphs.forEach((p, pi) => {
    const para = doc.normalized.slice(p.start, p.end);
    for (const span of findQuoteSpans(para, p.start)) {
      const local = { ...span, open: span.open - p.start, close: span.close < 0 ? -1 : span.close - p.start, start: span.start - p.start, end: span.end - p.start };
      if (classifyQuote(para, local) !== 'speech') {
        nonSpeech.push([span.start, span.end]);
        continue;
      }
      const trimmed = trimSpan(text, span.start, span.end);
      if (trimmed.end <= trimmed.start) continue;
      const q: SpeechQuote = { span: { ...span, ...trimmed }, para: pi, partial: isPartial(para, local.open), t0: tokenAt(trimmed.start), t1: tokenAt(trimmed.end), continues: -1, binding: null };
      const prev = quotes[quotes.length - 1];
      if (prev && prev.para === pi - 1 && !prev.span.closed && span.open === p.start) q.continues = quotes.length - 1;
      quotes.push(q);
    }
  });
  const inQuote = new Int32Array(doc.tokenCount).fill(-1);
  quotes.forEach((q, i) => {
    for (let k = q.t0; k < q.t1; k++) inQuote[k] = i;
  });
  // Words inside a title or name in quotes ("Nobody Says Goodbye") are not cues either.
  const inTitle = new Uint8Array(doc.tokenCount);
  for (const [a, b] of nonSpeech) for (let k = tokenAt(a); k < doc.tokenCount && doc.start[k]! < b; k++) inTitle[k] = 1;
  const speechMarks = new Set<number>();
  for (const q of quotes) {
    speechMarks.add(q.span.open);
    if (q.span.close >= 0) speechMarks.add(q.span.close);
  }
  const isSpeechMark = (k: number) => speechMarks.has(doc.start[k]!);
  const markQuote = (k: number) => {
    // The quote whose opening or closing mark is token k.
    for (let i = 0; i < quotes.length; i++) {
      const q = quotes[i]!;
      if (doc.start[k] === q.span.open || doc.start[k] === q.span.close) return i;
    }
    return -1;
  };

  // 2. Cues, sentence by sentence, outside quotations.
  const registry = new SourceRegistry();
  const bindings: { binding: Binding; content: TokenRange | null; quote: number | null; mode: Attribution['mode'] }[] = [];
  const sentencesByPara = paragraphs.map((p) => {
    const out: number[] = [];
    for (let s = doc.sentenceOf[p.ts] ?? 0; s < doc.sentences.length && doc.sentences[s]!.tokenStart < p.te; s++) out.push(s);
    return out;
  });

  const resolveSource = (src: SourcePhrase | null, cueOffset: number): SourceEntity | null => {
    if (!src) return null;
    const sentenceStart = doc.sentences[doc.sentenceOf[src.a]!]!.start;
    const mention = text.slice(doc.start[src.a]!, doc.end[src.b - 1]!);
    const context = src.relative ? text.slice(doc.start[src.relative.a]!, doc.end[src.relative.b - 1]!) : '';
    const appositive = src.appositive ? text.slice(doc.start[src.appositive.a]!, doc.end[src.appositive.b - 1]!) : '';
    let desc: SourceDescription | null = describeSource(mention, context, appositive);
    if (!desc) return null;
    if (desc.kind === 'person' && desc.name && appositive) desc = { ...desc, role: roleFromWords(mention.split(/\s+/)) ?? roleFromWords(appositive.split(/\s+/)) ?? desc.role, affiliation: appositive };
    return registry.resolve(desc, cueOffset, mention, sentenceStart);
  };

  paragraphs.forEach((p, pi) => {
    for (const s of sentencesByPara[pi]!) {
      const sent = doc.sentences[s]!;
      noteMentions(doc, registry, sent.tokenStart, sent.tokenEnd, inQuote);
      const cues = dropEmbeddedCues(doc, findCues(doc, s).filter((c) => inQuote[c.head]! < 0 && !inTitle[c.head] && !isNegatedOrPassive(doc, c, sent.tokenStart)), sent.tokenEnd);
      let previousBound: { cue: Cue; source: SourcePhrase | null; entity: SourceEntity | null } | null = null;
      for (let ci = 0; ci < cues.length; ci++) {
        const cue = cues[ci]!;
        const nextCue = cues[ci + 1];
        const ts = sent.tokenStart;
        const te = sent.tokenEnd;
        const cueRange: TokenRange = { a: cue.tokStart, b: cue.tokEnd };
        let source: SourcePhrase | null = null;
        let content: TokenRange | null = null;
        const offset = doc.start[cue.tokStart]!;

        if (cue.type === 'agentless') {
          const entity = registry.resolve({ kind: 'unspecified', name: 'unspecified' }, offset, 'unspecified');
          const afterThat = findThat(doc, cue.tokEnd, te);
          if (doc.lower[cue.tokStart] === 'it' || doc.lower[cue.tokStart] === 'reports') content = afterThat !== null ? { a: afterThat, b: contentEnd(doc, afterThat, te, nextCue) } : null;
          else content = { a: cue.tokStart > ts ? clauseStart(doc, cue.tokStart - 1, ts) : ts, b: contentEnd(doc, cue.tokEnd, te, nextCue) };
          bindings.push({ binding: { cue, cueRange, source: null, entity, stance: cue.stance }, content, quote: null, mode: 'indirect' });
          previousBound = { cue, source: null, entity };
          continue;
        }
        if (cue.type === 'according') {
          // The source runs to the end of its clause: "a person familiar with the matter".
          let npEnd = cue.tokEnd;
          while (npEnd < te && npEnd - cue.tokEnd < 14 && !/^[,;.:!?]$/.test(doc.value[npEnd]!) && !isQuoteMark(doc, npEnd)) npEnd++;
          let np: SourcePhrase | null = npEnd > cue.tokEnd ? { a: cue.tokEnd, b: npEnd } : null;
          if (!np) continue;
          if (doc.value[npEnd] === ',' && npEnd + 1 < te) {
            const rest = { a: npEnd + 1, b: npEnd + 1 };
            while (rest.b < te && !/^[,;.:!?]$/.test(doc.value[rest.b]!) && !isQuoteMark(doc, rest.b)) rest.b++;
            if (doc.lower[rest.a] === 'who' || doc.lower[rest.a] === 'whose') np = { ...np, relative: rest };
            // "according to the airport’s operator, Coastline Airports": the name after the description
            else if (rest.b - rest.a <= 4 && isCap(doc, rest.a) && (rest.b >= te || doc.value[rest.b] === '.' || doc.value[rest.b] === ',')) np = { ...rest, appositive: np };
          }
          const mention = text.slice(doc.start[np.a]!, doc.end[np.b - 1]!);
          if (/^(?:plan|schedule|the\s+(?:plan|rules|schedule|law|data|figures)|data|figures|estimates?|statistics|the\s+(?:agreement|deal|contract|constitution))\b/i.test(mention)) continue;
          let entity: SourceEntity | null;
          if (/^(?:media\s+)?reports?\b/i.test(mention) && !/^reports?\s+(?:by|in)\s+\p{Lu}/u.test(mention)) {
            cueRange.b = np.a + 1;
            entity = registry.resolve({ kind: 'unspecified', name: 'unspecified' }, offset, 'unspecified');
            source = null;
          } else {
            source = np;
            entity = resolveSource(np, offset);
          }
          if (cue.tokStart === ts || (cue.tokStart - 1 >= ts && /^(?:[,;]|but|and)$/.test(doc.lower[cue.tokStart - 1]!) && cue.tokStart - 1 === ts)) {
            let c = Math.max(np.b, np.relative?.b ?? 0);
            while (c < te && doc.value[c] !== ',') c++;
            content = c + 1 < te ? { a: c + 1, b: contentEnd(doc, c + 1, te, nextCue) } : null;
          } else {
            const a = previousClauseEnd(doc, previousBound?.cue, cue, ts);
            content = { a, b: trimBack(doc, cue.tokStart, a) };
          }
          if (!entity || !content || content.b <= content.a) continue;
          bindings.push({ binding: { cue, cueRange, source: source, entity, stance: 'neutral' }, content, quote: null, mode: 'indirect' });
          previousBound = { cue, source, entity };
          continue;
        }

        // Verb cues.
        const k = cue.head;
        source = subjectBefore(doc, cue.tokStart, ts, isSpeechMark);
        let inverted = false;
        // "Dubois denied ..., and said ...", "rejected the offer, calling it ...": the same speaker.
        const coordinated: boolean = previousBound !== null && previousBound.source !== null && isCoordinated(doc, cue, previousBound.cue, ts);
        if (coordinated) source = previousBound!.source;
        if (!coordinated && (!source || (source.b === cue.tokStart && isQuoteMark(doc, source.a)))) {
          const after = subjectAfter(doc, cue.tokEnd, te);
          if (after) {
            source = after;
            inverted = true;
          }
        }
        // "The transfer was confirmed by X": the agent follows "by", the subject is what is reported.
        let passiveContent: TokenRange | null = null;
        if (doc.lower[cue.tokEnd] === 'by' && ['was', 'were', 'is', 'been', 'be', 'are'].includes(doc.lower[k - 1] ?? '')) {
          const agent = subjectAfter(doc, cue.tokEnd + 1, te);
          if (agent) {
            source = agent;
            const subjectStart = clauseStart(doc, k - 2, ts);
            if (subjectStart < k - 1) passiveContent = { a: subjectStart, b: k - 1 };
          }
        }
        if (!source) continue;
        // "told Meridian Press", "told reporters", "said in a statement": widen the cue.
        let after = inverted ? Math.max(source.b, source.appositive?.b ?? 0) : cue.tokEnd;
        if (cue.lemma === 'tell' && !inverted) {
          const obj = nounPhraseAfter(doc, cue.tokEnd, te);
          if (obj && doc.lower[obj.a] !== 'that') {
            cueRange.b = obj.b;
            after = obj.b;
          }
        }
        if (doc.lower[after] === 'in' && (doc.lower[after + 1] === 'a' || doc.lower[after + 1] === 'an') && ['statement', 'interview'].includes(doc.lower[after + 2]!)) {
          if (!inverted) cueRange.b = after + 3;
          after += 3;
        }
        if (cue.lemma === 'continue' && doc.lower[cue.tokEnd + 1] === 'adding') {
          cueRange.b = cue.tokEnd + 2;
          after = cue.tokEnd + 2;
        }
        if (cue.lemma === 'read') {
          cueRange.b = cue.tokEnd + 2;
          after = cue.tokEnd + 2;
        }
        const entity: SourceEntity | null = coordinated ? previousBound!.entity : resolveSource(source, offset);
        if (!entity) continue;
        const binding: Binding = { cue, cueRange, source, entity, stance: cue.stance };
        const boundBefore = previousBound;
        previousBound = { cue, source, entity };
        if (cue.lemma === 'read') continue; // "read a statement": the quotation that follows is its content

        // Direct: a full quotation right before ("“...,” she said") or right after ("said: “...”").
        const direct = coordinated ? [] : quoteForCue(doc, quotes, cue, source, inverted, markQuote, te);
        if (direct.length > 0) {
          for (const qi of direct) if (!quotes[qi]!.binding) quotes[qi]!.binding = binding;
          continue;
        }
        // "calling it “...”", "what she called “...”", "described X as “...”": the fragment is the content.
        if (cue.lemma === 'call' || cue.lemma === 'describe') {
          const qi = firstQuoteAfter(quotes, inQuote, cue.tokEnd, te);
          if (qi >= 0) {
            quotes[qi]!.binding ??= binding;
            bindings.push({ binding, content: { a: quotes[qi]!.t0, b: quotes[qi]!.t1 }, quote: qi, mode: 'mixed' });
            continue;
          }
        }
        // "described the conditions to reporters." reports nothing itself: the quotation after it will.
        if (cue.lemma === 'describe' && !hasWord(doc, cue.tokEnd, te, 'as') && !hasWord(doc, cue.tokEnd, te, 'how') && !/ing$/.test(doc.lower[cue.tokEnd] ?? '')) continue;
        if (passiveContent) {
          bindings.push({ binding, content: passiveContent, quote: null, mode: 'indirect' });
          continue;
        }
        // Indirect: the reported clause after the verb, or before it ("..., officials said").
        const thatAt = findThat(doc, after, te);
        let a = thatAt ?? skipAdjuncts(doc, after, te);
        if (doc.value[a] === ':' || doc.value[a] === ',') a++;
        if (a >= 0 && a < te && !isPunct(doc, a)) {
          let b = contentEnd(doc, a, te, nextCue);
          if (cue.stance === 'denying' && thatAt === null) {
            let c = a;
            while (c < b && doc.value[c] !== ',') c++;
            b = c;
          }
          content = { a, b };
        } else {
          const start = previousClauseEnd(doc, boundBefore?.cue, cue, ts);
          const end = inverted ? cue.tokStart : (source?.a ?? cue.tokStart);
          content = end > start ? { a: start, b: trimBack(doc, end, start) } : null;
        }
        if (!content || content.b <= content.a) continue;
        let mode: Attribution['mode'] = 'indirect';
        for (let t = content.a; t < content.b; t++) {
          const qi = inQuote[t]!;
          if (qi >= 0) {
            mode = 'mixed';
            quotes[qi]!.binding ??= binding;
            if (t < quotes[qi]!.t1) content.b = Math.max(content.b, includeClosingMark(doc, quotes[qi]!, content.b));
          }
        }
        bindings.push({ binding, content, quote: null, mode });
      }
      // A full quotation after a colon in this sentence: "Varga was blunt: “...”". Resolved here,
      // in reading order, so that later surname mentions find the full name.
      for (const q of quotes) {
        if (q.binding || q.partial || q.t0 < sent.tokenStart || q.t0 >= sent.tokenEnd + 2) continue;
        q.binding = colonIntroduction(doc, q, resolveSource);
      }
    }
  });

  const withContent = new Set(bindings.filter((b) => b.content).map((b) => b.binding.cue.head));
  const contentless = (cue: Cue) => cue.type === 'verb' && !withContent.has(cue.head) && !quotes.some((q) => q.binding?.cue === cue);
  // 3. Quotations without a cue of their own: colon introductions, interrupted and continued quotes,
  //    and quote-only paragraphs whose speaker is named next.
  quotes.forEach((q, qi) => {
    if (q.binding) return;
    if (q.continues >= 0 && quotes[q.continues]!.binding) {
      q.binding = quotes[q.continues]!.binding;
      return;
    }
    q.binding = colonIntroduction(doc, q, resolveSource) ?? interruptedOrContinued(doc, quotes, qi, paragraphs) ?? namedInNextParagraph(doc, q, paragraphs, resolveSource, contentless);
  });
  // A multi-paragraph quotation shares its speaker, whichever piece carries the cue.
  for (let i = quotes.length - 1; i >= 0; i--) {
    const q = quotes[i]!;
    if (q.continues >= 0 && q.binding && !quotes[q.continues]!.binding) quotes[q.continues]!.binding = q.binding;
  }

  // 4. Output.
  const span = (r: TokenRange): Span => {
    const start = doc.start[r.a]!;
    const end = doc.end[r.b - 1]!;
    return { start, end, text: text.slice(start, end) };
  };
  const speakerOf = (e: SourceEntity | null) => (e && (e.kind === 'person' || e.kind === 'organization' || e.kind === 'media') ? e.name : null);
  const attributions: (Attribution & { order: number })[] = [];
  const push = (b: Binding, content: Span, mode: Attribution['mode']) => {
    const cueSpan = span(b.cueRange);
    const entity = b.entity ?? registry.resolve({ kind: 'unspecified', name: 'unspecified' }, cueSpan.start, 'unspecified')!;
    attributions.push({
      ...content,
      cue: cueSpan.text,
      cueSpan,
      sourceSpan: b.source ? span(b.source.relative ? { a: b.source.a, b: b.source.relative.b } : b.source) : null,
      mode,
      sourceId: entity.id,
      speaker: speakerOf(entity),
      stance: b.stance,
      order: content.start,
    });
  };
  for (const q of quotes) if (q.binding && !q.partial) push(q.binding, { start: q.span.start, end: q.span.end, text: text.slice(q.span.start, q.span.end) }, 'direct');
  for (const b of bindings) if (b.content && b.content.a >= 0 && b.content.b > b.content.a && b.content.b <= doc.tokenCount) push(b.binding, span(b.content), b.mode);
  attributions.sort((x, y) => x.order - y.order || x.cueSpan.start - y.cueSpan.start);

  const quoteOut: Quote[] = quotes.map((q) => {
    const e = q.binding?.entity ?? null;
    return { start: q.span.start, end: q.span.end, text: text.slice(q.span.start, q.span.end), speaker: speakerOf(e), sourceId: e ? e.id : null, partial: q.partial };
  });
  const sources = buildSources(registry, attributions, quoteOut, doc, paragraphs);
  return { quotes: quoteOut, attributions: attributions.map(({ order: _order, ...a }) => a), sources };
}

function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/** A quotation is partial when author text of the same sentence stands right before it. */
function isPartial(para: string, open: number): boolean {
  let j = open - 1;
  while (j >= 0 && /\s/.test(para[j]!)) j--;
  if (j < 0) return false;
  const c = para[j]!;
  if (/[.!?:;”"’]/.test(c)) return false;
  if (c === ',') {
    // `said, “We ...` introduces a full quotation, and `“...,” she said, “but ...` resumes one.
    const after = para.slice(open + 1, open + 3);
    if (/^\p{Lu}/u.test(after)) return false;
    const before = para.slice(Math.max(0, j - 240), j);
    return !/[”"’'][^.!?”"’']{0,200}$/.test(before);
  }
  return true;
}

function hasWord(doc: SlantDocument, from: number, te: number, word: string): boolean {
  for (let j = from; j < te; j++) if (doc.lower[j] === word) return true;
  return false;
}

function findThat(doc: SlantDocument, from: number, te: number): number | null {
  for (let j = from; j < te && j < from + 9; j++) {
    if (doc.lower[j] === 'that') return j + 1;
    if (isQuoteMark(doc, j) || doc.value[j] === '.' || doc.value[j] === ';') return null;
  }
  return null;
}

const TIME_WORDS = /^(?:on|late|last|earlier|this|next|early|in|at|during|after|before|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|morning|afternoon|evening|night|week|month|year|recently|previously|again|also|publicly|privately|shortly|later|the|a|an)$/;
/**
 * Where the reported clause after a verb starts, skipping a time phrase ("said on Tuesday the
 * talks ..."); -1 when nothing but adjuncts follow ("..., officials said on Tuesday." or
 * "forecasters said on Thursday, but ...").
 */
function skipAdjuncts(doc: SlantDocument, from: number, te: number): number {
  // "..., Mexican officials announced, in a bid to ...": the reported clause came first.
  if (doc.value[from] === ',') return -1;
  let j = from;
  while (j < te && j - from < 6 && (TIME_WORDS.test(doc.lower[j]!) || doc.pos[j] === 'NUM')) j++;
  if (j >= te || /^[.!?;]$/.test(doc.value[j]!)) return -1;
  if (doc.value[j] === ',' && (j + 1 >= te || /^(?:but|and|while|though|although|as|so|yet)$/.test(doc.lower[j + 1]!))) return -1;
  if (j > from && doc.value[j] === ',') return j + 1;
  return j > from && (doc.pos[j] === 'DET' || doc.pos[j] === 'PRON' || isCap(doc, j)) ? j : from;
}

/** Where reported content ends: before the next cue's clause in the sentence, or at its end. */
function contentEnd(doc: SlantDocument, a: number, te: number, nextCue: Cue | undefined): number {
  let b = te;
  if (nextCue && nextCue.tokStart > a) {
    b = nextCue.tokStart;
    // back over the next cue's subject and the joining ", and"
    const cs = clauseStart(doc, b - 1, a);
    if (cs > a) b = cs;
  }
  return trimBack(doc, b, a);
}

function trimBack(doc: SlantDocument, b: number, a: number): number {
  let e = b;
  while (e > a && (/^[,;:.!?—–-]$/.test(doc.value[e - 1]!) || /^(?:and|but|or|while|as)$/.test(doc.lower[e - 1]!))) e--;
  // keep a closing quotation mark that ends quoted content
  return e;
}

function includeClosingMark(doc: SlantDocument, q: SpeechQuote, b: number): number {
  if (q.span.close < 0) return b;
  for (let k = b; k < Math.min(doc.tokenCount, b + 3); k++) if (doc.start[k] === q.span.close) return k + 1;
  return b;
}

/** Where the content before a cue starts: after the previous bound cue's clause in the sentence. */
function previousClauseEnd(doc: SlantDocument, prev: Cue | undefined, cue: Cue, ts: number): number {
  if (!prev || prev.tokStart > cue.tokStart) return ts;
  let j = prev.tokEnd;
  while (j < cue.tokStart && doc.value[j] !== ',') j++;
  j++;
  while (/^(?:and|but|while|though|although)$/.test(doc.lower[j] ?? '')) j++;
  return Math.min(j, cue.tokStart);
}

/** Reporting verbs that report nothing: negated ("did not respond") or passive without agent ("was announced"). */
function isNegatedOrPassive(doc: SlantDocument, cue: Cue, ts: number): boolean {
  if (cue.type !== 'verb') return false;
  const k = cue.tokStart;
  // "declined to comment", "refused to say", "could not be reached to comment"
  if (doc.lower[k - 1] === 'to' && /^(?:decline|refuse|fail|reach|unable|unavailable|available)$/.test(doc.lemma[k - 2] ?? '')) return true;
  for (let j = k - 1; j >= Math.max(ts, k - 3); j--) {
    const low = doc.lower[j]!;
    if ((low === 'not' || low === "n't" || low === 'n’t' || low === 'never') && cue.stance !== 'denying') return true;
    if (/^(?:was|were|is|are|been|being|be)$/.test(low) && doc.lower[cue.tokEnd] !== 'by' && !/^(?:believe|say|think)$/.test(cue.lemma)) return /ed$|told|said|written$/.test(doc.lower[k]!);
    if (doc.pos[j] !== 'ADV' && doc.pos[j] !== 'AUX' && doc.pos[j] !== 'PART') break;
  }
  return false;
}

/**
 * A reporting verb inside another's that-clause is part of what is reported: in "X confirmed
 * that it had dismissed two traders", "dismissed" reports nothing. A new clause (";", ", and",
 * ", but", a quotation) ends the that-clause.
 */
function dropEmbeddedCues(doc: SlantDocument, cues: Cue[], te: number): Cue[] {
  const kept: Cue[] = [];
  let openThat = -1;
  for (const cue of cues) {
    if (openThat >= 0 && cue.tokStart > openThat) {
      let broken = false;
      for (let j = openThat; j < cue.tokStart && !broken; j++) {
        const v = doc.value[j]!;
        if (v === ';' || isQuoteMark(doc, j) || (v === ',' && /^(?:and|but|while|adding|saying)$/.test(doc.lower[j + 1] ?? ''))) broken = true;
      }
      if (!broken && !/ing$/.test(doc.lower[cue.tokStart]!)) continue;
    }
    kept.push(cue);
    openThat = cue.type === 'verb' ? (findThat(doc, cue.tokEnd, te) ?? -1) : -1;
  }
  return kept;
}

/** Is `cue` a second verb of the same subject: ", and said", ", calling it", " and said"? */
function isCoordinated(doc: SlantDocument, cue: Cue, prev: Cue, ts: number): boolean {
  if (prev.tokStart >= cue.tokStart) return false;
  const k = cue.tokStart;
  const before = doc.lower[k - 1] ?? '';
  const before2 = doc.lower[k - 2] ?? '';
  if (/ing$/.test(doc.lower[k]!) && (before === ',' || before === 'and')) return true; // ", calling it", ", denying"
  if ((before === 'and' || before === 'but') && k - 1 > ts) return true;
  return before === 'also' && (before2 === 'and' || before2 === ',');
}

function firstQuoteAfter(quotes: SpeechQuote[], inQuote: Int32Array, from: number, te: number): number {
  for (let k = from; k < te && k < from + 10; k++) if (inQuote[k]! >= 0) return inQuote[k]!;
  return -1;
}

/**
 * The full quotations a verb cue introduces or closes: `“...,” X said` (the quote ends just
 * before the source or the verb), `X said: “...”` / `X said, “...”` (the quote starts right
 * after), and the next piece of an interrupted quote (`“A,” he said. “B.”`).
 */
function quoteForCue(doc: SlantDocument, quotes: SpeechQuote[], cue: Cue, source: SourcePhrase, inverted: boolean, markQuote: (k: number) => number, te: number): number[] {
  const found: number[] = [];
  const leftEdge = inverted ? cue.tokStart : source.a;
  // Before: skip back over a comma to a closing mark.
  let j = leftEdge - 1;
  while (j >= 0 && (doc.value[j] === ',' || doc.value[j] === '—')) j--;
  if (j >= 0 && isQuoteMark(doc, j) && doc.lineOf[j] === doc.lineOf[cue.tokStart]) {
    const qi = markQuote(j);
    if (qi >= 0 && !quotes[qi]!.partial && doc.start[j] === quotes[qi]!.span.close) found.push(qi);
  }
  // After: "said: “", "said, “", "told reporters: “".
  let k = Math.max(cue.tokEnd, inverted ? source.b : cue.tokEnd);
  if (cue.lemma === 'tell') while (k < te && doc.value[k] !== ':' && doc.value[k] !== ',' && !isQuoteMark(doc, k) && k - cue.tokEnd < 6) k++;
  while (k < doc.tokenCount && k - cue.tokEnd < 8 && !isQuoteMark(doc, k) && (/^(?:on|in|at|late|last|earlier|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|a|an|the|statement|interview)$/.test(doc.lower[k]!) || doc.value[k] === ',')) k++;
  if (doc.value[k] === ':' || doc.value[k] === ',') k++;
  if (k < doc.tokenCount && isQuoteMark(doc, k) && (found.length === 0 || doc.value[k - 1] === ':')) {
    const qi = markQuote(k);
    if (qi >= 0 && doc.start[k] === quotes[qi]!.span.open && !quotes[qi]!.partial) found.push(qi);
  }
  return found;
}

/** "Varga was blunt: “...”", "In an interview with the Herald, economist Ruth Adeyemi put it bluntly: “...”". */
function colonIntroduction(doc: SlantDocument, q: SpeechQuote, resolveSource: (s: SourcePhrase | null, o: number) => SourceEntity | null): Binding | null {
  if (q.partial) return null;
  let k = q.t0 - 1;
  while (k >= 0 && isQuoteMark(doc, k)) k--;
  if (k < 0 || doc.value[k] !== ':') return null;
  const sentence = doc.sentences[doc.sentenceOf[k]!]!;
  let ts = sentence.tokenStart;
  // A leading phrase: "In an interview with X," / "Speaking to reporters ...,".
  let lead: TokenRange | null = null;
  const low = doc.lower[ts]!;
  if (low === 'speaking' || (low === 'in' && ['an', 'a'].includes(doc.lower[ts + 1]!) && doc.lower[ts + 2] === 'interview')) {
    let comma = ts;
    while (comma < k && doc.value[comma] !== ',') comma++;
    let end = ts + 1;
    if (low === 'speaking') {
      while (end < comma && !['after', 'on', 'at', 'in', 'outside', 'before', 'during', 'shortly'].includes(doc.lower[end]!)) end++;
    } else end = comma;
    lead = { a: ts, b: end };
    ts = comma + 1;
  }
  // The first verb of the clause; its subject is the source, the words up to the colon the cue.
  let v = ts;
  while (v < k && !(doc.pos[v] === 'VERB' || doc.pos[v] === 'AUX')) v++;
  if (v >= k) return null;
  const source = subjectBefore(doc, v, ts);
  const entity = resolveSource(source, doc.start[v]!);
  if (!source || !entity) return null;
  const cueRange = lead ?? { a: v, b: k };
  const cue: Cue = { type: 'phrase', tokStart: cueRange.a, tokEnd: cueRange.b, head: cueRange.a, lemma: 'colon', stance: 'neutral', sentence: doc.sentenceOf[k]! };
  return { cue, cueRange, source, entity, stance: 'neutral' };
}

/** `“A,” he said. “B.”` and a quote-only paragraph after a quoted speaker: the same speaker goes on. */
function interruptedOrContinued(doc: SlantDocument, quotes: SpeechQuote[], qi: number, paragraphs: Paragraph[]): Binding | null {
  const q = quotes[qi]!;
  if (q.partial) return null;
  const prev = quotes[qi - 1];
  if (!prev || !prev.binding || prev.partial) return null;
  if (prev.para === q.para) {
    // the previous quote's cue must sit between the two quotes
    const cueAt = prev.binding.cueRange.a;
    return cueAt > prev.t1 && cueAt < q.t0 ? prev.binding : null;
  }
  if (prev.para === q.para - 1) {
    // a paragraph that is only a quotation, after a paragraph ending with a quoted speaker
    const p = paragraphs[q.para]!;
    const quoteOnly = q.span.open === p.start && (q.span.close < 0 || q.span.close >= p.end - 2);
    const prevPara = paragraphs[prev.para]!;
    const prevEndsWithQuote = doc.end[prevPara.te - 1]! - prev.span.end < 40;
    return quoteOnly && prevEndsWithQuote ? prev.binding : null;
  }
  return null;
}

/** A quote-only paragraph whose speaker comes next: "Those were the words of X", "came from X", "X made the remark". */
function namedInNextParagraph(doc: SlantDocument, q: SpeechQuote, paragraphs: Paragraph[], resolveSource: (s: SourcePhrase | null, o: number) => SourceEntity | null, contentless: (c: Cue) => boolean): Binding | null {
  const p = paragraphs[q.para]!;
  if (q.span.open !== p.start || q.partial) return null;
  // the paragraph before may announce a statement ("read a statement", "said:")
  const before = paragraphs[q.para - 1];
  if (before) {
    const last = doc.sentences[doc.sentenceOf[before.te - 1]!]!;
    const cues = findCues(doc, doc.sentenceOf[before.te - 1]!);
    // "X read a statement ...", "X described the conditions to reporters.", "X said:" – a cue
    // that reported nothing in its own sentence introduces the quotation paragraph(s) after it.
    const statement = [...cues].reverse().find((c) => c.lemma === 'read' || doc.value[before.te - 1] === ':' || contentless(c));
    if (statement) {
      const src = subjectBefore(doc, statement.tokStart, last.tokenStart);
      const entity = resolveSource(src, doc.start[statement.tokStart]!);
      let end = statement.lemma === 'read' ? statement.tokEnd + 2 : statement.tokEnd;
      if (statement.lemma !== 'read' && contentless(statement)) {
        end = last.tokenEnd;
        while (end > statement.tokEnd && isPunct(doc, end - 1)) end--;
      }
      if (entity) return { cue: statement, cueRange: { a: statement.tokStart, b: end }, source: src, entity, stance: statement.stance };
    }
  }
  const next = paragraphs[q.para + 1];
  if (!next) return null;
  const ts = next.ts;
  const te = doc.sentences[doc.sentenceOf[ts]!]!.tokenEnd;
  const words = doc.lower.slice(ts, te).join(' ');
  const m = /^(?:those|these|that|this) (?:were|was|are|is) the (?:words|remarks|comments|view|verdict|warning|message) of |^the (?:warning|remarks?|comments?|message|words|plea|call|appeal|criticism|admission) (?:came|come) from /.exec(words);
  if (m) {
    const cueLen = m[0].trim().split(' ').length;
    const cueStartTok = ts + (m[0].startsWith('the') ? 2 : 3);
    const src = subjectAfter(doc, ts + cueLen, te);
    const entity = resolveSource(src, doc.start[ts]!);
    if (!src || !entity) return null;
    const cueRange = { a: m[0].startsWith('the') ? ts + cueLen - 2 : cueStartTok, b: ts + cueLen };
    const cue: Cue = { type: 'phrase', tokStart: cueRange.a, tokEnd: cueRange.b, head: cueRange.a, lemma: 'words-of', stance: 'neutral', sentence: doc.sentenceOf[ts]! };
    return { cue, cueRange, source: src, entity, stance: 'neutral' };
  }
  // "Arroyo made the remark at ..."
  for (let k = ts; k < te - 2; k++) {
    if (doc.lemma[k] === 'make' && /^(?:the|those|these)$/.test(doc.lower[k + 1]!) && /^(?:remarks?|comments?|statement)$/.test(doc.lower[k + 2]!)) {
      const src = subjectBefore(doc, k, ts);
      const entity = resolveSource(src, doc.start[k]!);
      if (!src || !entity) return null;
      const cue: Cue = { type: 'phrase', tokStart: k, tokEnd: k + 3, head: k, lemma: 'make remark', stance: 'neutral', sentence: doc.sentenceOf[k]! };
      return { cue, cueRange: { a: k, b: k + 3 }, source: src, entity, stance: 'neutral' };
    }
  }
  return null;
}

const NOT_NAMES = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|the|a|an|in|on|at|but|and|it|he|she|they|we|i|this|that|there|when|after|before|as|for|with)$/i;
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'near', 'into', 'across', 'outside', 'inside', 'toward', 'towards', 'via', 'through', 'over', 'of', 'on']);

/**
 * Notes the people and organisations a sentence names (outside quotes), so that a later
 * pronoun or role noun can find them: a capitalised run that follows a title or stands as a
 * subject, never one after a place preposition ("in Kestrel Bay").
 */
function noteMentions(doc: SlantDocument, registry: SourceRegistry, ts: number, te: number, inQuote: Int32Array): void {
  let k = ts;
  while (k < te) {
    if (inQuote[k]! >= 0 || !isCap(doc, k) || isPunct(doc, k) || NOT_NAMES.test(doc.value[k]!)) {
      k++;
      continue;
    }
    let e = k;
    const extend = () => {
      while (e < te && inQuote[e]! < 0 && (isCap(doc, e) || (doc.value[e] === '.' && /^\p{Lu}$/u.test(doc.value[e - 1] ?? '')) || (doc.value[e] === '-' && doc.start[e] === doc.end[e - 1] && isCap(doc, e + 1)))) e++;
    };
    extend();
    // "Ambassador to Marisol Thomas Whitaker-Reyes": a title run joined to a name by "to"/"of".
    while (e + 1 < te && /^(?:to|of|for)$/.test(doc.lower[e]!) && isCap(doc, e + 1) && inQuote[e + 1]! < 0) {
      e++;
      extend();
    }
    if (e - k >= 2) {
      const mention = doc.text.slice(doc.start[k]!, doc.end[e - 1]!);
      const desc = describeSource(mention);
      // "in Kestrel Bay" is a place; "of President Elena Varga" is a person.
      const afterPlacePreposition = k > ts && PLACE_PREPOSITIONS.has(doc.lower[k - 1]!);
      if (!afterPlacePreposition || (desc?.kind === 'person' && desc.title)) registry.noteMention(desc, doc.start[k]!, mention);
    }
    k = Math.max(e, k + 1);
  }
}

function buildSources(registry: SourceRegistry, attributions: Attribution[], quotes: Quote[], doc: SlantDocument, paragraphs: Paragraph[]): Source[] {
  const first = paragraphs[0]?.start ?? 0;
  const last = paragraphs[paragraphs.length - 1]?.end ?? doc.text.length;
  const wordsIn = (start: number, end: number) => (doc.text.slice(start, end).match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []).length;
  const used = new Set(attributions.map((a) => a.sourceId));
  for (const q of quotes) if (q.sourceId) used.add(q.sourceId);
  return registry.entities
    .filter((e) => used.has(e.id))
    .map((e) => {
      const mine = attributions.filter((a) => a.sourceId === e.id);
      const myQuotes = quotes.filter((q) => q.sourceId === e.id);
      const firstAt = Math.min(...mine.map((a) => Math.min(a.start, a.cueSpan.start)), ...myQuotes.map((q) => q.start));
      const source: Source = {
        id: e.id,
        name: e.name ?? [...e.anaphors][0] ?? 'unknown',
        kind: e.kind,
        ...(e.role ? { role: e.role } : {}),
        ...(e.title ? { title: e.title } : {}),
        ...(e.affiliation ? { affiliation: e.affiliation } : {}),
        attributions: mine.length,
        quotes: myQuotes.length,
        quotedWords: myQuotes.reduce((n, q) => n + wordsIn(q.start, q.end), 0),
        firstPosition: last > first ? Math.round(((firstAt - first) / (last - first)) * 1000) / 1000 : 0,
      };
      return source;
    });
}

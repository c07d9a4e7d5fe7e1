import type { SlantDocument } from '../document/readDocument.js';
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
  const tokenAt = (offset: number) => {
    let lo = 0;
    let hi = doc.tokenCount;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (doc.start[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  // 1. Speech quotes, paragraph by paragraph, linked across paragraphs.
  const quotes: SpeechQuote[] = [];
  paragraphs.forEach((p, pi) => {
    const para = doc.normalized.slice(p.start, p.end);
    for (const span of findQuoteSpans(para, p.start)) {
      const local = { ...span, open: span.open - p.start, close: span.close < 0 ? -1 : span.close - p.start, start: span.start - p.start, end: span.end - p.start };
      if (classifyQuote(para, local) !== 'speech') continue;
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
    const mention = text.slice(doc.start[src.a]!, doc.end[src.b - 1]!);
    const context = src.relative ? text.slice(doc.start[src.relative.a]!, doc.end[src.relative.b - 1]!) : '';
    const appositive = src.appositive ? text.slice(doc.start[src.appositive.a]!, doc.end[src.appositive.b - 1]!) : '';
    let desc: SourceDescription = describeSource(mention, context, appositive);
    if (desc.kind === 'person' && desc.name && appositive) desc = { ...desc, role: roleFromWords(mention.split(/\s+/)) ?? roleFromWords(appositive.split(/\s+/)) ?? desc.role, affiliation: appositive };
    return registry.resolve(desc, cueOffset, mention);
  };

  paragraphs.forEach((p, pi) => {
    for (const s of sentencesByPara[pi]!) {
      const sent = doc.sentences[s]!;
      noteMentions(doc, registry, sent.tokenStart, sent.tokenEnd, inQuote);
      const cues = findCues(doc, s).filter((c) => inQuote[c.head]! < 0);
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
          else content = { a: clauseStart(doc, cue.tokStart - 1, ts) < cue.tokStart ? clauseStart(doc, cue.tokStart - 1, ts) : ts, b: contentEnd(doc, cue.tokEnd, te, nextCue) };
          bindings.push({ binding: { cue, cueRange, source: null, entity, stance: cue.stance }, content, quote: null, mode: 'indirect' });
          continue;
        }
        if (cue.type === 'according') {
          const np = nounPhraseAfter(doc, cue.tokEnd, te);
          if (!np) continue;
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
            let c = np.b;
            while (c < te && doc.value[c] !== ',') c++;
            content = c + 1 < te ? { a: c + 1, b: contentEnd(doc, c + 1, te, nextCue) } : null;
          } else {
            const a = previousClauseEnd(doc, cues, ci, ts);
            content = { a, b: trimBack(doc, cue.tokStart, a) };
          }
          bindings.push({ binding: { cue, cueRange, source: source, entity, stance: 'neutral' }, content, quote: null, mode: 'indirect' });
          continue;
        }

        // Verb cues.
        const k = cue.head;
        source = subjectBefore(doc, cue.tokStart, ts);
        let inverted = false;
        if (!source || (source.b === cue.tokStart && isQuoteMark(doc, source.a))) {
          const after = subjectAfter(doc, cue.tokEnd, te);
          if (after) {
            source = after;
            inverted = true;
          }
        }
        // "The transfer was confirmed by X": the agent follows "by".
        if (doc.lower[cue.tokEnd] === 'by' && ['was', 'were', 'is', 'been', 'be'].includes(doc.lower[k - 1] ?? '')) {
          const agent = subjectAfter(doc, cue.tokEnd + 1, te);
          if (agent) source = agent;
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
        const entity = resolveSource(source, offset);
        if (!entity) continue;
        const binding: Binding = { cue, cueRange, source, entity, stance: cue.stance };

        // Direct: a full quotation right before ("“...,” she said") or right after ("said: “...”").
        const direct = quoteForCue(doc, quotes, cue, source, inverted, markQuote, te);
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
        // Indirect: the reported clause after the verb, or before it ("..., officials said").
        const thatAt = findThat(doc, after, te);
        let a = thatAt ?? skipAdjuncts(doc, after, te);
        if (doc.value[a] === ':' || doc.value[a] === ',') a++;
        if (a < te && !isPunct(doc, a)) {
          let b = contentEnd(doc, a, te, nextCue);
          if (cue.stance === 'denying' && thatAt === null) {
            let c = a;
            while (c < b && doc.value[c] !== ',') c++;
            b = c;
          }
          content = { a, b };
        } else {
          const start = previousClauseEnd(doc, cues, ci, ts);
          const end = inverted ? cue.tokStart : source.a;
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
    }
  });

  // 3. Quotations without a cue of their own: colon introductions, interrupted and continued quotes,
  //    and quote-only paragraphs whose speaker is named next.
  quotes.forEach((q, qi) => {
    if (q.binding) return;
    if (q.continues >= 0 && quotes[q.continues]!.binding) {
      q.binding = quotes[q.continues]!.binding;
      return;
    }
    q.binding = colonIntroduction(doc, q, registry, resolveSource) ?? interruptedOrContinued(doc, quotes, qi, paragraphs) ?? namedInNextParagraph(doc, q, paragraphs, registry, resolveSource);
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
  for (const b of bindings) if (b.content) push(b.binding, span(b.content), b.mode);
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
    // `said, “We ...` introduces a full quotation; `the minister, “who ...` does not happen often.
    const after = para.slice(open + 1, open + 3);
    return !/^\p{Lu}/u.test(after);
  }
  return true;
}

function findThat(doc: SlantDocument, from: number, te: number): number | null {
  for (let j = from; j < te && j < from + 9; j++) {
    if (doc.lower[j] === 'that') return j + 1;
    if (isQuoteMark(doc, j) || doc.value[j] === '.' || doc.value[j] === ';') return null;
  }
  return null;
}

const TIME_WORDS = /^(?:on|late|last|earlier|this|next|early|in|at|during|after|before|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|morning|afternoon|evening|night|week|month|year|recently|previously|again|also|publicly|privately)$/;
function skipAdjuncts(doc: SlantDocument, from: number, te: number): number {
  let j = from;
  // "said on Tuesday the talks ..." – drop a leading time phrase only when a clause follows.
  const start = j;
  while (j < te && j - start < 5 && (TIME_WORDS.test(doc.lower[j]!) || doc.pos[j] === 'NUM')) j++;
  return j < te && !isPunct(doc, j) && j > start && doc.value[j - 1] !== ',' ? (doc.pos[j] === 'DET' || doc.pos[j] === 'PRON' || isCap(doc, j) ? j : start) : j > start && doc.value[j] === ',' ? j + 1 : start;
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

/** Where the content before a cue starts: after the previous cue's clause in the sentence. */
function previousClauseEnd(doc: SlantDocument, cues: Cue[], ci: number, ts: number): number {
  if (ci === 0) return ts;
  const prev = cues[ci - 1]!;
  let j = prev.tokEnd;
  while (j < cues[ci]!.tokStart && doc.value[j] !== ',') j++;
  j++;
  while (/^(?:and|but|while|though|although)$/.test(doc.lower[j] ?? '')) j++;
  return j;
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
  if (j >= 0 && isQuoteMark(doc, j)) {
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
function colonIntroduction(doc: SlantDocument, q: SpeechQuote, _registry: SourceRegistry, resolveSource: (s: SourcePhrase | null, o: number) => SourceEntity | null): Binding | null {
  if (q.partial) return null;
  let k = q.t0 - 1;
  while (k >= 0 && isQuoteMark(doc, k)) k--;
  if (k < 0 || doc.value[k] !== ':') return null;
  const sentence = doc.sentences[doc.sentenceOf[k]!]!;
  const ts = sentence.tokenStart;
  let subjStart = clauseStart(doc, k - 1, ts);
  // A leading phrase: "In an interview with X," / "Speaking to reporters ...,".
  let lead: TokenRange | null = null;
  if (subjStart > ts && doc.value[subjStart - 1] === ',') {
    const low = doc.lower[ts]!;
    if (low === 'speaking' || (low === 'in' && ['an', 'a'].includes(doc.lower[ts + 1]!) && doc.lower[ts + 2] === 'interview')) {
      let end = ts + 1;
      if (low === 'speaking') {
        while (end < subjStart - 1 && !['after', 'on', 'at', 'in', 'outside', 'before', 'during'].includes(doc.lower[end]!) ) end++;
      } else end = subjStart - 1;
      lead = { a: ts, b: end };
    }
  }
  const np = subjectBefore(doc, subjStart + 1, subjStart) ?? null;
  // The subject is the noun phrase at the start of the clause.
  let b = subjStart;
  while (b < k && !(doc.pos[b] === 'VERB' || doc.pos[b] === 'AUX') ) b++;
  if (b === subjStart || b >= k) return null;
  const source: SourcePhrase = { a: subjStart, b };
  void np;
  const entity = resolveSource(source, doc.start[subjStart]!);
  if (!entity) return null;
  const cueRange = lead ?? { a: b, b: k };
  subjStart = cueRange.a;
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
function namedInNextParagraph(doc: SlantDocument, q: SpeechQuote, paragraphs: Paragraph[], registry: SourceRegistry, resolveSource: (s: SourcePhrase | null, o: number) => SourceEntity | null): Binding | null {
  const p = paragraphs[q.para]!;
  if (q.span.open !== p.start || q.partial) return null;
  // the paragraph before may announce a statement ("read a statement", "said:")
  const before = paragraphs[q.para - 1];
  if (before) {
    const last = doc.sentences[doc.sentenceOf[before.te - 1]!]!;
    const cues = findCues(doc, doc.sentenceOf[before.te - 1]!);
    const statement = cues.find((c) => c.lemma === 'read' || doc.value[before.te - 1] === ':');
    if (statement) {
      const src = subjectBefore(doc, statement.tokStart, last.tokenStart);
      const entity = resolveSource(src, doc.start[statement.tokStart]!);
      if (entity) return { cue: statement, cueRange: { a: statement.tokStart, b: statement.lemma === 'read' ? statement.tokEnd + 2 : statement.tokEnd }, source: src, entity, stance: statement.stance };
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
  void registry;
  return null;
}

/** Notes capitalised names in a sentence (outside quotes) so later pronouns can find them. */
function noteMentions(doc: SlantDocument, registry: SourceRegistry, ts: number, te: number, inQuote: Int32Array): void {
  let k = ts;
  while (k < te) {
    if (inQuote[k]! >= 0 || !isCap(doc, k) || isPunct(doc, k)) {
      k++;
      continue;
    }
    let e = k;
    while (e < te && inQuote[e]! < 0 && (isCap(doc, e) || (doc.value[e] === '.' && e > k))) e++;
    // include a title before the run: "Home Secretary Margaret Ellory" is all capitalised anyway
    if (e - k >= 2 || (k > ts && /^(?:mr|mrs|ms|dr|president|minister|senator|judge|mayor)\.?$/i.test(doc.value[k - 1]!))) {
      const mention = doc.text.slice(doc.start[k]!, doc.end[e - 1]!);
      const desc = describeSource(mention);
      registry.noteMention(desc, doc.start[k]!, mention);
    }
    k = e;
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

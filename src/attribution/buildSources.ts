import type { SlantDocument } from '../document/readDocument.js';
import type { Attribution, Quote, Source } from '../schema/articleAnalysis.js';
import type { SourceRegistry } from './sourceRegistry.js';
import type { Paragraph } from './speechQuotes.js';
import { countWords } from '../document/letterRuns.js';

/**
 * The distinct sources of an article, with how often each is attributed and quoted, how
 * many words it is quoted with, and where in the analysed text it first speaks (0..1).
 * One pass over attributions and quotes.
 */
export function buildSources(registry: SourceRegistry, attributions: Attribution[], quotes: Quote[], doc: SlantDocument, paragraphs: Paragraph[]): Source[] {
  const first = paragraphs[0]?.start ?? 0;
  const last = paragraphs[paragraphs.length - 1]?.end ?? doc.text.length;
  const wordsIn = (start: number, end: number) => countWords(doc.text.slice(start, end));
  const stats = new Map<string, { attributions: number; quotes: number; quotedWords: number; firstAt: number }>();
  const of = (id: string) => {
    let s = stats.get(id);
    if (!s) stats.set(id, (s = { attributions: 0, quotes: 0, quotedWords: 0, firstAt: Infinity }));
    return s;
  };
  for (const a of attributions) {
    const s = of(a.sourceId);
    s.attributions++;
    s.firstAt = Math.min(s.firstAt, a.start, a.cueSpan.start);
  }
  for (const q of quotes) {
    if (!q.sourceId) continue;
    const s = of(q.sourceId);
    s.quotes++;
    s.quotedWords += wordsIn(q.start, q.end);
    s.firstAt = Math.min(s.firstAt, q.start);
  }
  const out: Source[] = [];
  for (const e of registry.sources) {
    const s = stats.get(e.id);
    if (!s) continue;
    out.push({
      id: e.id,
      name: e.name ?? [...e.anaphors][0] ?? 'unknown',
      kind: e.kind,
      ...(e.role ? { role: e.role } : {}),
      ...(e.title ? { title: e.title } : {}),
      ...(e.affiliation ? { affiliation: e.affiliation } : {}),
      attributions: s.attributions,
      quotes: s.quotes,
      quotedWords: s.quotedWords,
      firstPosition: last > first ? Math.round(((Math.max(first, s.firstAt) - first) / (last - first)) * 1000) / 1000 : 0,
      ...(e.unresolved ? { unresolved: true } : {}),
    });
  }
  return out;
}

import type { SlantDocument } from '../document/readDocument.js';
import type { Attribution, Quote, Source } from '../schema/articleAnalysis.js';
import type { SourceEntity, SourceRegistry } from './sourceRegistry.js';
import type { Paragraph } from './speechQuotes.js';
import { countWords } from '../document/letterRuns.js';
import { anchorShape } from '../document/shapeAnchor.js';

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
    const firstPosition = last > first ? Math.round(((Math.max(first, s.firstAt) - first) / (last - first)) * 1000) / 1000 : 0;
    out.push(sourceRecord(e, e.name ?? [...e.anaphors][0] ?? 'unknown', s, firstPosition));
  }
  return out;
}

interface SourceCounts {
  attributions: number;
  quotes: number;
  quotedWords: number;
}

/**
 * The public record of source `e` (its optional keys only when set, in the schema's order).
 * (Plain spreads: property stores from one fixed literal were measured with no steady gain,
 * bench/HISTORY.md perf34 and perf36.)
 */
function sourceRecord(e: Pick<SourceEntity, 'id' | 'kind' | 'role' | 'title' | 'affiliation' | 'unresolved'>, name: string, s: SourceCounts, firstPosition: number): Source {
  return {
    id: e.id,
    name,
    kind: e.kind,
    ...(e.role ? { role: e.role } : {}),
    ...(e.title ? { title: e.title } : {}),
    ...(e.affiliation ? { affiliation: e.affiliation } : {}),
    attributions: s.attributions,
    quotes: s.quotes,
    quotedWords: s.quotedWords,
    firstPosition,
    ...(e.unresolved ? { unresolved: true } : {}),
  };
}

/**
 * One record of each of the 16 shapes `sourceRecord` makes (each optional key set or not), kept
 * alive. The spreads reach those hidden classes only by weak transitions: with no source alive
 * between two documents a memory-reducing GC freed them, and every function reading sources
 * (`attributionMetrics`, `findEntities`, `linkSourcesToEntities`) deoptimised (see `anchorShape`).
 * `firstPosition` is a fraction: the field's widest representation.
 */
export const SOURCE_SHAPES: readonly Source[] = Array.from({ length: 16 }, (_, bits) =>
  anchorShape(
    sourceRecord(
      { id: '', kind: 'person', role: bits & 1 ? 'other' : undefined, title: bits & 2 ? 't' : undefined, affiliation: bits & 4 ? 'a' : undefined, unresolved: bits & 8 ? true : undefined },
      '',
      { attributions: 0, quotes: 0, quotedWords: 0 },
      0.5,
    ),
  ),
);

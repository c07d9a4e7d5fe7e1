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
 * The public record of source `e` (its optional keys only when set, in the schema's order), and
 * `entityId` last when given (see `linkedSourceRecord`).
 *
 * Why property stores, not conditional spreads (`...(e.role ? { role } : {})`): each spread is a
 * `CopyDataProperties` call of a fresh object, and a copy with `{ ...s, entityId }` a generic
 * clone of a source in one of 16 shapes; stores from one literal walk one tree of hidden classes
 * (kept alive by `SOURCE_SHAPES`), so their sites hit V8's caches (bench/HISTORY.md, perf34).
 */
function sourceRecord(e: SourceFields, name: string, s: SourceCounts, firstPosition: number, entityId?: string): Source {
  const out = { id: e.id, name, kind: e.kind } as Source;
  if (e.role) out.role = e.role;
  if (e.title) out.title = e.title;
  if (e.affiliation) out.affiliation = e.affiliation;
  out.attributions = s.attributions;
  out.quotes = s.quotes;
  out.quotedWords = s.quotedWords;
  out.firstPosition = firstPosition;
  if (e.unresolved) out.unresolved = true;
  if (entityId !== undefined) out.entityId = entityId;
  return out;
}

/** What a source record copies from a registry entity or from another source record. */
type SourceFields = Pick<SourceEntity, 'id' | 'kind' | 'role' | 'title' | 'affiliation' | 'unresolved'>;

/**
 * Source record `s` (made by `buildSources`) linked to entity `entityId`: a new record with the
 * same keys in the same order and `entityId` last, as `{ ...s, entityId }` makes of such a record.
 */
export function linkedSourceRecord(s: Source, entityId: string): Source {
  return sourceRecord(s, s.name, s, s.firstPosition, entityId);
}

/**
 * One record of each of the 32 shapes `sourceRecord` makes (each optional key set or not, linked
 * to an entity or not), kept alive. The stores reach those hidden classes only by weak
 * transitions: with no source alive between two documents a memory-reducing GC freed them, and
 * every function reading sources (`attributionMetrics`, `findEntities`, `linkSourcesToEntities`)
 * deoptimised (see `anchorShape`). `firstPosition` is a fraction: the field's widest representation.
 */
export const SOURCE_SHAPES: readonly Source[] = Array.from({ length: 32 }, (_, bits) =>
  anchorShape(
    sourceRecord(
      { id: '', kind: 'person', role: bits & 1 ? 'other' : undefined, title: bits & 2 ? 't' : undefined, affiliation: bits & 4 ? 'a' : undefined, unresolved: bits & 8 ? true : undefined },
      '',
      { attributions: 0, quotes: 0, quotedWords: 0 },
      0.5,
      bits & 16 ? '' : undefined,
    ),
  ),
);

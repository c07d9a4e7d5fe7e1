import type { ArticleAnalysis } from './schema/articleAnalysis.js';
import { anchorShape } from './document/shapeAnchor.js';

/** The fields of an analysis before its stages' results, the optional ones `undefined` when the input has none. */
export type AnalysisHead = Pick<ArticleAnalysis, 'schemaVersion' | 'id' | 'segments' | 'provenance'> & {
  [K in 'outlet' | 'title' | 'url' | 'publishedAt']: ArticleAnalysis[K] | undefined;
};

/** The stages' results. */
export type AnalysisBody = Pick<ArticleAnalysis, 'quotes' | 'attributions' | 'sources' | 'entities' | 'frames' | 'primaryFrame' | 'topics' | 'language' | 'sentiment' | 'metrics'>;

/** The fields after the stages' results (`extraction` `undefined` when the input was no page). */
export type AnalysisTail = Pick<ArticleAnalysis, 'lang' | 'warnings' | 'meta'> & { extraction: ArticleAnalysis['extraction'] | undefined };

/**
 * The analysis object of its three parts: the schema's keys in its order, the optional ones only when set.
 *
 * Why property stores from one literal, not `{ ...head, quotes, … , ...tail }`: the spread's
 * clone starts a new hidden class that V8 does not keep from one document to the next, so every
 * later key of the literal was a store-cache miss in most analyses (`node --log-ic`: 27 misses in
 * 40 analyses at each of nine keys, bench/HISTORY.md, perf34). Stores from one literal walk one
 * tree of hidden classes, kept alive by `ANALYSIS_SHAPE`.
 */
export function analysisRecord(head: AnalysisHead, body: AnalysisBody, tail: AnalysisTail): ArticleAnalysis {
  const out = { schemaVersion: head.schemaVersion, id: head.id } as ArticleAnalysis;
  if (head.outlet !== undefined) out.outlet = head.outlet;
  if (head.title !== undefined) out.title = head.title;
  if (head.url !== undefined) out.url = head.url;
  if (head.publishedAt !== undefined) out.publishedAt = head.publishedAt;
  out.segments = head.segments;
  out.provenance = head.provenance;
  out.quotes = body.quotes;
  out.attributions = body.attributions;
  out.sources = body.sources;
  out.entities = body.entities;
  out.frames = body.frames;
  out.primaryFrame = body.primaryFrame;
  out.topics = body.topics;
  out.language = body.language;
  out.sentiment = body.sentiment;
  out.metrics = body.metrics;
  out.lang = tail.lang;
  out.warnings = tail.warnings;
  if (tail.extraction) out.extraction = tail.extraction;
  out.meta = tail.meta;
  return out;
}

/**
 * One analysis of the most frequent shape (no optional key), its fields empty, kept alive: with
 * no analysis alive between two documents a GC would free the hidden classes the stores reach
 * only by weak transitions (see `anchorShape`).
 */
export const ANALYSIS_SHAPE: ArticleAnalysis = anchorShape(
  analysisRecord(
    { schemaVersion: 1, id: '', outlet: undefined, title: undefined, url: undefined, publishedAt: undefined, segments: [], provenance: {} as never },
    { quotes: [], attributions: [], sources: [], entities: [], frames: {}, primaryFrame: null, topics: {}, language: {} as never, sentiment: {} as never, metrics: {} as never },
    { lang: {} as never, warnings: [], extraction: undefined, meta: {} as never },
  ),
);

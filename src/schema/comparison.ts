import type { z } from 'zod';
import { lazySchema } from './lazySchema.js';

const DiffPartSchema = lazySchema((z) => z.object({ value: z.string(), added: z.boolean().optional(), removed: z.boolean().optional() }));
const StatedValueSchema = lazySchema((z) => z.object({ articleId: z.string(), value: z.string(), start: z.number().int(), end: z.number().int(), text: z.string() }));
const nullableRecord = lazySchema((z) => z.record(z.string(), z.number().nullable()));

/** The result of `compareArticles`. Offsets in occurrences and values index each article's own input. */
export const ComparisonSchema = lazySchema((z) => z.object({
  schemaVersion: z.literal(1),
  articles: z.array(z.object({ id: z.string(), outlet: z.string().optional(), title: z.string().optional() })),
  table: z.object({
    measures: z.array(z.string()),
    rows: z.array(z.object({ id: z.string(), outlet: z.string().optional(), values: nullableRecord, z: nullableRecord, rank: nullableRecord })),
  }),
  /** Pairwise frame divergence: all pairs up to 200 articles, similarity candidates above. */
  divergence: z.array(z.object({ a: z.string(), b: z.string(), jsd: z.number().nullable() })),
  /** Each article's frame divergence from the set's average frame mix. */
  divergenceFromCentroid: z.array(z.object({ id: z.string(), jsd: z.number().nullable() })),
  /**
   * Frame scores relative to the set's shared vocabulary: per frame, the entries at least 80% of
   * the articles use (`shared`), and each article's frame scores without them (`rows`).
   */
  relativeFrames: z.object({
    shared: z.record(z.string(), z.array(z.string())),
    rows: z.array(z.object({ id: z.string(), frames: z.record(z.string(), z.number()) })),
  }),
  distinctiveTerms: z.array(z.object({ id: z.string(), terms: z.array(z.object({ term: z.string(), count: z.number().int(), z: z.number(), delta: z.number() })) })),
  sharedQuotes: z.array(
    z.object({
      speaker: z.string().nullable(),
      identical: z.boolean(),
      similarity: z.number(),
      /** Distinct articles quoting the remark. */
      articles: z.number().int(),
      /** The representative wording first. */
      occurrences: z.array(z.object({ articleId: z.string(), start: z.number().int(), end: z.number().int(), text: z.string(), speaker: z.string().nullable() })),
      /** Diff of `occurrences[occurrence]` against the representative. */
      variants: z.array(z.object({ articleId: z.string(), occurrence: z.number().int(), diff: z.array(DiffPartSchema) })),
    }),
  ),
  discrepancies: z.array(z.object({ kind: z.enum(['name', 'number']), subject: z.string(), values: z.array(StatedValueSchema) })),
  /** The same person, body, place or group across articles, with each article's name and labels for it. */
  entities: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      type: z.enum(['person', 'organization', 'place', 'group', 'other']),
      confidence: z.number(),
      quantity: z.number().optional(),
      evidence: z.array(z.object({ kind: z.enum(['exact', 'alias', 'acronym', 'surname', 'spelling']), a: z.object({ articleId: z.string(), name: z.string() }), b: z.object({ articleId: z.string(), name: z.string() }), score: z.number() })),
      occurrences: z.array(
        z.object({
          articleId: z.string(),
          entityId: z.string(),
          name: z.string(),
          aliases: z.array(z.string()),
          mentions: z.number().int(),
          quoted: z.boolean(),
          first: z.object({ start: z.number().int(), end: z.number().int(), text: z.string() }),
          labels: z.array(z.object({ start: z.number().int(), end: z.number().int(), text: z.string() })),
        }),
      ),
    }),
  ),
  coverage: z.object({
    items: z.array(
      z.object({
        key: z.string(),
        kind: z.enum(['source', 'person', 'organization', 'group', 'number']),
        label: z.string(),
        articles: z.array(z.string()),
        /** For people, bodies and groups: the articles in which it speaks (is a source). */
        quotedBy: z.array(z.string()).optional(),
      }),
    ),
    byArticle: z.array(z.object({ id: z.string(), includes: z.array(z.string()), omits: z.array(z.string()), unique: z.array(z.string()) })),
  }),
  similarity: z.array(z.object({ a: z.string(), b: z.string(), cosine: z.number(), nearDuplicate: z.boolean() })),
  meta: z.object({ library: z.object({ name: z.string(), version: z.string() }) }),
}));
export type Comparison = z.infer<typeof ComparisonSchema>;

/** Options of `compareArticles`. */
export const CompareOptionsSchema = lazySchema((z) => z.strictObject({
  /** Cosine at or above which two articles are flagged near-duplicates. Default 0.8. */
  nearDuplicateThreshold: z.number().min(0).max(1).optional(),
  /** Distinctive terms per article. Default 15. */
  distinctiveTermLimit: z.number().int().positive().optional(),
}));
export type CompareOptions = z.infer<typeof CompareOptionsSchema>;

import { z } from 'zod';

/** One entry of a lexicon: a word, a lemma, or a multi-word phrase (lemmas separated by spaces). */
export const LexiconEntrySchema = z.strictObject({
  term: z.string().trim().min(1, 'must not be empty'),
  weight: z.number().finite().optional(),
  category: z.string().min(1).optional(),
  note: z.string().optional(),
});
export type LexiconEntry = z.infer<typeof LexiconEntrySchema>;

/**
 * A lexicon: data, not code. Every analysis records the id and version of the lexicons it
 * used, so results can be traced and reproduced.
 */
export const LexiconSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'must be lower-case letters, digits, dots and hyphens'),
  version: z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, 'must be a semantic version such as 1.0.0'),
  description: z.string().min(1),
  language: z.string().min(2).default('en'),
  license: z.string().min(1),
  /** Where the entries come from: written for slantwise, or an openly licensed list (named). */
  source: z.string().min(1),
  /**
   * What the lexicon is for. Defaults from the id: `frame-*` → frame, `loaded-*` → loaded;
   * `intensifiers`, `hedges` and `accused-labels` are the language lexicons of those names.
   */
  kind: z.enum(['frame', 'loaded', 'intensifier', 'hedge', 'accused-label', 'reporting-verb', 'reporting-noun', 'person-title', 'source-noun', 'given-name', 'other']).optional(),
  /** Nearest dimension of the Policy Frames Codebook (Boydstun et al.), for frame lexicons. */
  policyFrame: z.string().optional(),
  entries: z.array(LexiconEntrySchema).min(1, 'must have at least one entry'),
});
export type Lexicon = z.infer<typeof LexiconSchema>;

export type LexiconKind = NonNullable<Lexicon['kind']>;

/** The kind of a lexicon: its `kind` field, or what its id says. */
export function lexiconKind(lexicon: Pick<Lexicon, 'id' | 'kind'>): LexiconKind {
  if (lexicon.kind) return lexicon.kind;
  if (lexicon.id.startsWith('frame-')) return 'frame';
  if (lexicon.id.startsWith('loaded-')) return 'loaded';
  const byId: Record<string, LexiconKind> = { intensifiers: 'intensifier', hedges: 'hedge', 'accused-labels': 'accused-label', 'reporting-verbs': 'reporting-verb', 'reporting-nouns': 'reporting-noun', 'given-names': 'given-name', 'person-titles': 'person-title', 'source-nouns': 'source-noun' };
  return byId[lexicon.id] ?? 'other';
}

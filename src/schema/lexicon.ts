import type { z } from 'zod';
import { lazySchema } from './lazySchema.js';

/** Longest term, in characters. Real terms are words and short phrases. */
export const MAX_TERM_LENGTH = 100;
/** Most words in a term (separated by spaces or hyphens; a `{TAG}` slot is a word): matching looks this far ahead. */
export const MAX_TERM_WORDS = 12;
/** Most entries in one lexicon. */
export const MAX_LEXICON_ENTRIES = 50_000;

/** Universal POS tags (as wink-nlp assigns them), for the `pos` constraint and `{TAG}` slots. */
export const UPOS_TAGS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X'] as const;

const wordList = lazySchema((z) => z.array(z.string().trim().min(1, 'must not be empty')).min(1, 'must list at least one word'));

/**
 * Where an entry may match: words that must or must not stand near it (within `window` words on
 * either side, in the same sentence) or right before or after it. Words are compared with each
 * token's lower-case form and its lemma ("struck" matches "strike").
 */
export const EntryContextSchema = lazySchema((z) => z.strictObject({
  /** How many words on each side `near` and `notNear` look at. Default 4. */
  window: z.number().int().min(1).max(12).optional(),
  /** At least one of these words stands within the window. */
  near: wordList.optional(),
  /** None of these words stands within the window. */
  notNear: wordList.optional(),
  /** The word right before the match is none of these. */
  notPrecededBy: wordList.optional(),
  /** The word right after the match is none of these. */
  notFollowedBy: wordList.optional(),
  /** The word right before the match is one of these. */
  precededBy: wordList.optional(),
  /** The word right after the match is one of these. */
  followedBy: wordList.optional(),
}));
export type EntryContext = z.infer<typeof EntryContextSchema>;

/**
 * One entry of a lexicon: a word, a lemma, or a multi-word phrase (lemmas separated by spaces).
 * A word written `{ADJ}` (or `{ADJ|ADV}`) in a phrase is a slot that any word of that part of
 * speech fills: "appear {ADJ}" matches "appears unlikely".
 */
export const LexiconEntrySchema = lazySchema((z) => z.strictObject({
  // Bounded so that no entry makes matching (or a pattern compiled from entries) slow.
  term: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(MAX_TERM_LENGTH, `must be at most ${MAX_TERM_LENGTH} characters`)
    .refine((t) => !/\s\s|[^\S ]/.test(t), 'must separate its words with single spaces (no tabs, line breaks or repeated spaces)')
    .refine((t) => t.split(/[ -]+/).filter(Boolean).length <= MAX_TERM_WORDS, `must have at most ${MAX_TERM_WORDS} words`)
    .refine((t) => [...t.matchAll(/\{([^}]*)\}/g)].every((m) => m[1]!.split('|').every((tag) => (UPOS_TAGS as readonly string[]).includes(tag))), {
      message: `a {slot} must hold part-of-speech tags separated by | (${UPOS_TAGS.join(', ')})`,
    }),
  weight: z.number().finite().optional(),
  category: z.string().min(1).optional(),
  note: z.string().optional(),
  /** Parts of speech the term's first word may have ("appear" as a VERB; "record" as an ADJ). */
  pos: z.array(z.enum(UPOS_TAGS)).min(1).optional(),
  /** Words that must or must not stand around the match. */
  context: EntryContextSchema.optional(),
}));
export type LexiconEntry = z.infer<typeof LexiconEntrySchema>;

/**
 * A lexicon: data, not code. Every analysis records the id and version of the lexicons it
 * used, so results can be traced and reproduced.
 */
export const LexiconSchema = lazySchema((z) => z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'must be lower-case letters, digits, dots and hyphens'),
  version: z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, 'must be a semantic version such as 1.0.0'),
  description: z.string().min(1),
  language: z.string().min(2).default('en'),
  license: z.string().min(1),
  /** Where the entries come from: written for slantwise, or an openly licensed list (named). */
  source: z.string().min(1),
  /**
   * What the lexicon is for. Defaults from the id: `frame-*` → frame, `topic-*` → topic, `loaded-*` → loaded;
   * `intensifiers`, `hedges` and `accused-labels` are the language lexicons of those names.
   */
  kind: z.enum(['frame', 'topic', 'loaded', 'intensifier', 'hedge', 'accused-label', 'reporting-verb', 'reporting-noun', 'person-title', 'source-noun', 'given-name', 'gazetteer', 'other']).optional(),
  /** Nearest dimension of the Policy Frames Codebook (Boydstun et al.), for frame lexicons. */
  policyFrame: z.string().optional(),
  /** For frame lexicons: which frame set it belongs to (`default` or `policy`). Default `default`. */
  frameSet: z.enum(['default', 'policy']).optional(),
  /** Short passages that do and do not carry what the lexicon captures (documentation, shown in lexicons/README.md). */
  examples: z.strictObject({ positive: z.array(z.string().min(1)), negative: z.array(z.string().min(1)) }).optional(),
  /**
   * Set to true to replace the default lexicon of the same id. Without it, an extra lexicon
   * with a default lexicon's id is refused, so that a default is never replaced by accident.
   */
  replace: z.boolean().optional(),
  // Digits grouped by hand: toLocaleString at import would load the locale data (~20 ms of a cold start).
  entries: z.array(LexiconEntrySchema).min(1, 'must have at least one entry').max(MAX_LEXICON_ENTRIES, `must have at most ${String(MAX_LEXICON_ENTRIES).replace(/\B(?=(\d{3})+$)/g, ',')} entries`),
}));
export type Lexicon = z.infer<typeof LexiconSchema>;

export type LexiconKind = NonNullable<Lexicon['kind']>;

// A Map, not an object literal: a lexicon id such as "constructor" must not find Object's own properties.
const KIND_BY_ID = new Map<string, LexiconKind>([
  ['intensifiers', 'intensifier'],
  ['hedges', 'hedge'],
  ['accused-labels', 'accused-label'],
  ['reporting-verbs', 'reporting-verb'],
  ['reporting-nouns', 'reporting-noun'],
  ['given-names', 'given-name'],
  ['person-names', 'gazetteer'],
  ['places', 'gazetteer'],
  ['organizations', 'gazetteer'],
  ['entity-words', 'gazetteer'],
  ['person-titles', 'person-title'],
  ['source-nouns', 'source-noun'],
]);

/** The kind of a lexicon: its `kind` field, or what its id says. */
export function lexiconKind(lexicon: Pick<Lexicon, 'id' | 'kind'>): LexiconKind {
  if (lexicon.kind) return lexicon.kind;
  if (lexicon.id.startsWith('frame-')) return 'frame';
  if (lexicon.id.startsWith('loaded-')) return 'loaded';
  if (lexicon.id.startsWith('topic-')) return 'topic';
  return KIND_BY_ID.get(lexicon.id) ?? 'other';
}

/**
 * What every relation builder shares: the per-sentence context (document, lexicons, quotations,
 * source registry), the `Built` result, and the constructor of a relation. Its own file so that
 * the builders (agentless, according, noun, verb) and the sentence assembly import it without
 * importing each other.
 */
import type { SlantDocument } from '../document/readDocument.js';
import type { AttributionLexicons } from './attributionLexicons.js';
import type { Cue } from './cue.js';
import type { SourcePhrase, TokenRange } from './nounPhrases.js';
import type { ResolvePhrase } from './quoteBinding.js';
import type { CharRange, Relation } from './relation.js';
import type { SourceEntity, SourceRegistry } from './sourceRegistry.js';
import type { QuoteIndex } from './speechQuotes.js';

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
  /**
   * Per token, 1 at the head of a verb or agentless cue of the window `attributionsOfSentence`
   * is reading (its hedges apart), cleared when it returns: one array for the document, not a Set
   * per window (scale46).
   */
  cueVerbMarks: Uint8Array;
  /** Is token k a cue verb of the window being read (`cueVerbMarks`)? */
  isCueVerb: (k: number) => boolean;
}

/** A relation built from one cue, with where its clause begins when a boundary sets it apart. */
export interface Built {
  relation: Relation;
  /** The token where this relation's clause starts after a clause boundary (", and", ";", ", saying"), or -1. */
  boundary: number;
}

/**
 * A new relation. Every relation has all fields from the start, in one order (`pieces`,
 * `dropped` and `heldBy` too, set later on some): one object shape, so the stage's reads of relations stay
 * monomorphic (fields added later gave relations several shapes, and the optimised code of
 * `attributionsOfSentence` and `findAttributions` was thrown away at each new one).
 */
export function relation(cue: Cue, cueRange: TokenRange, source: SourcePhrase | null, entity: SourceEntity, content: TokenRange | null, parts: CharRange[] = []): Relation {
  return { cue, cueRange, source, entity, parts, pieces: undefined, mode: parts.length > 0 ? 'direct' : 'indirect', content, dropped: false, heldBy: undefined };
}

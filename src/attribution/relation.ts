import type { Attribution } from '../schema/articleAnalysis.js';
import type { Cue } from './cue.js';
import type { SourcePhrase, TokenRange } from './nounPhrases.js';
import type { SourceEntity } from './sourceRegistry.js';

/** A character range of the input. */
export interface CharRange {
  start: number;
  end: number;
}

/**
 * An attribution relation being built: source, cue and content (in one or more pieces),
 * before it is written out as an `Attribution`.
 */
export interface Relation {
  cue: Cue;
  /** The tokens shown as the cue ("told the Valley Courier", "said in a statement"). */
  cueRange: TokenRange;
  /** Where the relation names its source, or null (agentless, or a source carried over). */
  source: SourcePhrase | null;
  entity: SourceEntity;
  /** Content pieces, character offsets, in text order (set for quotations; else made from `content`/`pieces` at the end). */
  parts: CharRange[];
  /** Content pieces as token ranges when the cue interrupts the content ("A, he said, B"). */
  pieces?: TokenRange[];
  mode: Attribution['mode'];
  /** Token range of the content in the cue's sentence (for nesting decisions), when it has one. */
  content: TokenRange | null;
  /** Set when a later attribution turned out to hold this one in its content. */
  dropped?: boolean;
  /** The relation whose content holds this dropped one ("“…,” Ruiz said, according to a transcript"). */
  heldBy?: Relation;
}

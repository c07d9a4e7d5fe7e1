import { lexiconKind, type Lexicon } from '../schema/lexicon.js';
import { DEFAULT_LEXICON_LIST } from './defaultLexicons.js';

/** Which bundled frame lexicons an analysis uses: the ten default frames or the Policy Frames Codebook's dimensions. */
export type FrameSet = 'default' | 'policy';

const SHIPPED = new Set<Lexicon>(DEFAULT_LEXICON_LIST);

/**
 * Keeps the frame lexicons of the chosen set: a bundled frame lexicon belongs to the set its
 * `frameSet` names (default: `default`); a frame lexicon the caller brings is used with either
 * set unless its `frameSet` names the other.
 *
 * @example
 * ```ts
 * DEFAULT_LEXICON_LIST.filter((l) => inFrameSet(l, 'policy')); // all but the ten default frames
 * ```
 */
export function inFrameSet(l: Lexicon, frameSet: FrameSet): boolean {
  if (lexiconKind(l) !== 'frame') return true;
  if (SHIPPED.has(l)) return (l.frameSet ?? 'default') === frameSet;
  return l.frameSet === undefined || l.frameSet === frameSet;
}

import type { LexiconKind } from '../schema/lexicon.js';

/** The kinds of lexicon compiled into a `LexiconMatcher` (the others feed attribution and entities). */
export const MATCHER_KINDS: readonly LexiconKind[] = ['frame', 'topic', 'loaded', 'intensifier', 'hedge', 'accused-label'];

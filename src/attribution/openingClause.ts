/**
 * Subordinate clauses that open a sentence ("While Vale spoke, …", "Even after the vote, …"): the
 * one list of their opening words and the one test that a cue stands inside such a clause.
 */
import type { SlantDocument } from '../document/readDocument.js';
import { isQuoteMark } from './tokens.js';
import { wordSet } from './timeWords.js';

/** Subordinators that open an adverbial clause before the main clause ("While he refused, …"). */
export const OPENING_SUBORDINATORS: ReadonlySet<string> = new Set(['while', 'whilst', 'as', 'when', 'whenever', 'although', 'though', 'because', 'since', 'if', 'unless', 'after', 'before', 'once', 'until', 'whereas']);

/** Those, and words that open a phrase or clause of the same role ("Like owners who …,", "Despite …,", "Amid fears that …,", "Where …,"). */
export const OPENING_WORDS: ReadonlySet<string> = wordSet([...OPENING_SUBORDINATORS], ['where', 'whether', 'despite', 'amid', 'amidst', 'like', 'unlike']);

/**
 * Does the clause opened at `open` run on to the cue at `cue`: no comma, semicolon or quotation
 * mark between them ("While rivals called for …" holds "called"; "While rivals met, Vale said" does not)?
 */
export function clauseHoldsCue(doc: SlantDocument, open: number, cue: number): boolean {
  for (let t = open + 1; t < cue; t++) if (doc.value[t] === ',' || doc.value[t] === ';' || isQuoteMark(doc, t)) return false;
  return true;
}

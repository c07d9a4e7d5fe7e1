/**
 * Subordinate clauses that open a sentence ("While Vale spoke, …", "Even after the vote, …"): the
 * one list of their opening words and the one test that a cue stands inside such a clause.
 */
import type { SlantDocument } from '../document/readDocument.js';
import type { TokenRange } from './nounPhrases.js';
import { isQuoteMark, isVerb } from './tokens.js';
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

/** Subordinators of time, which also open a time clause after a verb: "booed when …", "applauded as …". */
export const TIME_SUBORDINATORS: ReadonlySet<string> = new Set(['when', 'as', 'while', 'after', 'before', 'once', 'whenever']);

/** Subordinators of time and cause (not of contrast: "while in Ostia the parade began …" may be what was reported). */
const WHEN_OR_WHY = new Set(['after', 'before', 'when', 'whenever', 'once', 'until', 'because']);
/** Personal pronouns that open a main clause (not "it", "you": more often objects). */
const MAIN_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i']);

/**
 * Is `r` one subordinate clause opened by "after", "when", "because" … and nothing else ("After Ruiz
 * said the dam was safe, the crowd booed")? It says when or why, not what the tag's source voiced;
 * a main clause after its comma ("If the dam fails, the town floods, Vale warned") is a report.
 */
export function openingClauseOnly(doc: SlantDocument, r: TokenRange): boolean {
  if (!WHEN_OR_WHY.has(doc.lower[r.a]!)) return false;
  for (let t = r.a + 1; t < r.b; t++) {
    if (doc.value[t] === ',' || doc.value[t] === ';' || doc.value[t] === ':' || isQuoteMark(doc, t)) return false;
    // (a main clause with no comma before it: "After the vote in May he made changes" is a whole report;
    // a pronoun right after a verb or "that" opens that verb's clause: "After Ruiz said he was safe")
    if (t > r.a + 2 && MAIN_SUBJECTS.has(doc.lower[t]!) && isVerb(doc, t + 1) && !isVerb(doc, t - 1) && doc.lower[t - 1] !== 'that') return false;
  }
  return true;
}

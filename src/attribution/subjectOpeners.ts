/**
 * Words that open a clause before its subject and are no part of it: a stance adverb ("Probably
 * nobody hates …") and a verb of seeming with "like" that stands for "it looks like" ("Looks like
 * Ruiz said …").
 */
import type { SlantDocument } from '../document/readDocument.js';
import { CONNECTIVES } from './sentenceConnectives.js';
import { isWordHyphen } from './tokens.js';
import { CLAUSE_OPENING_TIME_WORDS } from './timeWords.js';

/** Verbs of seeming after which "like" compares ("looks like a church", "sounds like"). */
export const SEEMING_BEFORE_LIKE = new Set(['look', 'looks', 'looked', 'sound', 'sounds', 'sounded', 'seem', 'seems', 'seemed', 'feel', 'feels', 'felt', 'act', 'acts', 'acted']);

/** Tags of a word that opens a subject after an opening time word: a name, a determiner, a pronoun. */
const SUBJECT_OPENING_TAGS: ReadonlySet<string> = new Set(['PROPN', 'DET', 'PRON']);

/**
 * Adverbs of likelihood that open a clause before its subject ("Probably nobody …", "Surely the
 * council …"): they qualify the claim, not the subject ("perhaps" and "maybe" are connectives already).
 */
const STANCE_ADVERBS = new Set(['probably', 'possibly', 'surely', 'presumably', 'arguably', 'undoubtedly', 'apparently']);

/**
 * Where the subject starts in the clause opening at `start` whose verb is after `j`: past a connective
 * or stance adverb ("and then his office said", "Probably nobody hates"), an opening time word ("Later Vale said") and an opening "Looks
 * like" / "Seems like" whose "it" is left out ("Looks like Ruiz said": Ruiz is the speaker).
 * Returns `start` when none opens the clause.
 */
export function subjectStartAfterOpeners(doc: SlantDocument, start: number, j: number, ts: number): number {
  let s = start;
  // (not the first half of a compound: "then-mayor Ruiz said")
  while (s < j && doc.pos[s] === 'ADV' && (CONNECTIVES.has(doc.lower[s]!) || STANCE_ADVERBS.has(doc.lower[s]!)) && !isWordHyphen(doc, s + 1)) s++;
  // "Later Vale told …", "Yesterday the board said …": a time word opening the sentence, whatever its tag (the tagger reads
  // "Yesterday" as a name, "Today" as a noun), before a name, a determiner or a pronoun that opens the subject (not
  // "Today’s editorial says", "Now-retired Vale said": their "’s" and "-" carry tags no subject opens with, PART and
  // PUNCT; nor a modifier of the subject's noun: "Earlier reports said")
  // (only first in the sentence: after "but" the conjunction must stay next to the subject, where the clauses are told apart)
  if (s === ts && s < j && CLAUSE_OPENING_TIME_WORDS.has(doc.lower[s]!) && SUBJECT_OPENING_TAGS.has(doc.pos[s + 1]!)) s++;
  // (only when the clause opens the sentence: "It looks like Ruiz said" has a subject of its own)
  return s === ts && s + 2 <= j && doc.lower[s + 1] === 'like' && SEEMING_BEFORE_LIKE.has(doc.lower[s]!) ? s + 2 : s;
}

/**
 * Words that open a clause before its subject and are no part of it: a stance adverb ("Probably
 * nobody hates …") and a verb of seeming with "like" that stands for "it looks like" ("Looks like
 * Ruiz said …").
 */
import type { SlantDocument } from '../document/readDocument.js';
import { CONNECTIVES } from './sentenceConnectives.js';
import { isPluralNoun, isWordHyphen, NOUN_PHRASE_TAGS, NOUN_PHRASE_WORD_TAGS } from './tokens.js';
import { CLAUSE_OPENING_TIME_WORDS, NEAR_DAYS, wordSet } from './timeWords.js';
import { MEASURED_TIME_CLOSERS, measuredPeriodAt, PERIOD_COUNT_TAGS } from './timePhrases.js';

/** Verbs of seeming after which "like" compares ("looks like a church", "sounds like"). */
export const SEEMING_BEFORE_LIKE = new Set(['look', 'looks', 'looked', 'sound', 'sounds', 'sounded', 'seem', 'seems', 'seemed', 'feel', 'feels', 'felt', 'act', 'acts', 'acted']);

/** Tags of a word that opens a subject after an opening time word: a name, a determiner, a pronoun. */
const SUBJECT_OPENING_TAGS: ReadonlySet<string> = new Set(['PROPN', 'DET', 'PRON']);

/** Opening time words that never modify the noun after them ("Earlier reports", "Later polls" do). */
const NEVER_MODIFYING_TIME_WORDS = wordSet(NEAR_DAYS, ['now']);
/** Tags of a quantifier or number before a plural subject ("most growers", "40 growers"). */
const QUANTITY_TAGS: ReadonlySet<string> = new Set(['ADJ', 'NUM']);

/** Does a plural subject open at `t` before `j`: a plural noun, or a quantifier or number and then one ("growers", "most growers")? */
function opensPluralSubject(doc: SlantDocument, t: number, j: number): boolean {
  const u = QUANTITY_TAGS.has(doc.pos[t]!) ? t + 1 : t;
  return u <= j && doc.pos[u] === 'NOUN' && isPluralNoun(doc, u);
}

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
  // ("And now the crowd said": also behind a conjunction that opens the sentence; "Now most growers think", "Today
  // 40 growers say": "now" and the near days modify no noun, so a quantifier, a number or a plural after them opens the subject)
  const first = s === ts || (s === ts + 1 && doc.pos[ts] === 'CCONJ');
  if (first && s < j && CLAUSE_OPENING_TIME_WORDS.has(doc.lower[s]!) && (SUBJECT_OPENING_TAGS.has(doc.pos[s + 1]!) || (NEVER_MODIFYING_TIME_WORDS.has(doc.lower[s]!) && opensPluralSubject(doc, s + 1, j)))) s++;
  else if (first && s < j) s = afterMeasuredTimeOpener(doc, s, j);
  // (only when the clause opens the sentence: "It looks like Ruiz said" has a subject of its own)
  if (s === ts && s + 2 <= j && doc.lower[s + 1] === 'like' && SEEMING_BEFORE_LIKE.has(doc.lower[s]!)) return s + 2;
  return afterCopulaOpener(doc, s, j);
}

/**
 * "Days later Vale said …", "Three years ago the board wrote …": an amount of time (at most three counting words,
 * a unit of time, then "later"/"ago"/"earlier") with no comma opens the clause before its subject and is no part of
 * it. Returns where the subject starts: after the phrase when a name, a determiner, a pronoun or a plural subject
 * follows it, else `s`.
 */
function afterMeasuredTimeOpener(doc: SlantDocument, s: number, j: number): number {
  const u = measuredPeriodAt(doc, s, j, 3, (t) => PERIOD_COUNT_TAGS.has(doc.pos[t]!));
  if (u < 0 || u + 2 > j || !MEASURED_TIME_CLOSERS.has(doc.lower[u + 1]!)) return s;
  const subject = u + 2;
  return SUBJECT_OPENING_TAGS.has(doc.pos[subject]!) || opensPluralSubject(doc, subject, j) ? subject : s;
}

/** The copulas of a clause that opens with what the rest is ("The trouble is …"). */
const OPENING_COPULAS = new Set(['is', 'was']);
/** Tags of the short noun phrase such a copula follows ("The trouble", "The real problem", "My worry"). */
const OPENER_NOUN_TAGS: ReadonlySet<string> = new Set([...NOUN_PHRASE_WORD_TAGS].filter((tag) => tag !== 'PROPN'));
/** Tags a subject after the copula opens with ("critics", "the board", "Vale", "they"). */
const SUBJECT_AFTER_COPULA_TAGS: ReadonlySet<string> = new Set([...[...NOUN_PHRASE_TAGS].filter((tag) => tag !== 'ADJ'), 'PRON']);
/** Tags of the words after that subject's first, up to its verb. */
const SUBJECT_WORD_TAGS: ReadonlySet<string> = new Set([...NOUN_PHRASE_TAGS].filter((tag) => tag !== 'DET'));

/**
 * "The trouble is critics say …", "The problem was that voters thought …": a short noun phrase (at most four
 * words, its last a noun) and "is"/"was" (and "that") open the clause; what they say is a clause whose subject
 * follows them. Returns where that subject starts, or `s`.
 */
function afterCopulaOpener(doc: SlantDocument, s: number, j: number): number {
  if (!OPENER_NOUN_TAGS.has(doc.pos[s]!)) return s;
  for (let t = s + 1; t < j && t - s <= 4; t++) {
    if (OPENING_COPULAS.has(doc.lower[t]!)) {
      if (doc.pos[t - 1] !== 'NOUN') return s;
      const after = doc.lower[t + 1] === 'that' ? t + 2 : t + 1;
      if (after > j || !SUBJECT_AFTER_COPULA_TAGS.has(doc.pos[after]!)) return s;
      // (one noun phrase up to the verb: "was the last thing the growers wanted" is a predicated noun and the
      // subject of its relative clause, read by the contact-relative rules)
      for (let u = after + 1; u <= j; u++) if (!SUBJECT_WORD_TAGS.has(doc.pos[u]!)) return s;
      return after;
    }
    if (!OPENER_NOUN_TAGS.has(doc.pos[t]!)) return s;
  }
  return s;
}

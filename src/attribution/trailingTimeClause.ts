import type { SlantDocument } from '../document/readDocument.js';
import { thatOfTime } from './contentExtent.js';
import { TIME_SUBORDINATORS } from './openingClause.js';
import { endsWithIng, isAdverbLike, isClauseEndMark, isParticipleForm, isPossessive, isQuoteMark, isFiniteVerbOrAux, SENTENCE_OR_CLAUSE_END, SUBJECT_START_TAGS } from './tokens.js';

/** Time subordinators that are also question words. */
const QUESTION_TIMES: ReadonlySet<string> = new Set(['when', 'whenever']);

/** Tags of a time clause's subject ("the harbour board", "she", "Ruiz"). */
const SUBJECT_WORD_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON']);
/** The most words of that subject. */
const MAX_SUBJECT = 6;

/** The most tokens `timeClauseOnly` reads: a short clause of time, not a second sentence. */
const MAX_TIME_CLAUSE = 20;

/** Modals of the future, which a clause of time does not take ("once it opens", not "once it will open"). */
const FUTURE_MODALS: ReadonlySet<string> = new Set(['will', 'shall', "'ll"]);

/** Tags of the word that ends a second clause's subject ("… rises fares will fall", "… stays shut the ferry loses"). */
const SUBJECT_END_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON']);

/**
 * Is `k`, past the time clause's own verb, the finite verb of a second clause right after its subject ("once the toll
 * rises fares will fall")? Then the time clause opens a whole reported sentence (no comma in news copy), not a date.
 */
function secondClauseVerb(doc: SlantDocument, k: number): boolean {
  return SUBJECT_END_TAGS.has(doc.pos[k - 1] ?? '') && isFiniteVerbOrAux(doc, k);
}

/**
 * Is all that follows a tag's verb, from `a` to the sentence's end, a clause of time: a subordinator of time with a
 * subject and a verb of its own ("as the meeting ended", "after she met the board"; not "when", which may ask), or a
 * participle ("before leaving the hall", "when asked about the toll")? It says when the words set off before the tag were said, never what:
 * "The toll was fair, Vale explained as the meeting ended." No comma, quotation or "that" inside it ("… as the
 * meeting ended that …" reports what follows "that"), nor a second clause ("… once the toll rises fares will fall").
 */
export function timeClauseOnly(doc: SlantDocument, a: number, te: number): boolean {
  if (!TIME_SUBORDINATORS.has(doc.lower[a] ?? '')) return false;
  const first = doc.lower[a + 1] ?? '';
  const participle = doc.pos[a + 1] === 'VERB' && (endsWithIng(first) || isParticipleForm(first));
  // ("when" with a subject and verb may open an indirect question, what was said: "explained when the pier would open")
  if (!participle && (QUESTION_TIMES.has(doc.lower[a]!) || !SUBJECT_START_TAGS.has(doc.pos[a + 1] ?? ''))) return false;
  let k = a + 1;
  if (!participle) {
    // (a subject, then its finite verb right after it: "before the board voted", not a phrase with an infinitive
    // inside, "testify before the committee about the decision not to …")
    while (k < te && k - a <= MAX_SUBJECT && (SUBJECT_WORD_TAGS.has(doc.pos[k]!) || isPossessive(doc, k))) k++;
    while (k < te && isAdverbLike(doc, k) && doc.pos[k] !== 'AUX') k++;
    if (k === a + 1 || !isFiniteVerbOrAux(doc, k)) return false;
    // (a clause of time puts the future in the present, "once the toll rises", so a "will" is a second clause's,
    // its verb misread as a noun: "once the toll rises fares will fall")
    if (FUTURE_MODALS.has(doc.lower[k]!)) return false;
  }
  for (k++; k < te && !isClauseEndMark(doc, k); k++) {
    if (k - a > MAX_TIME_CLAUSE || doc.value[k] === ',' || isQuoteMark(doc, k) || (doc.lower[k] === 'that' && !thatOfTime(doc, k))) return false;
    if (secondClauseVerb(doc, k)) return false;
  }
  // (the sentence ends there: a colon would open what was said, "said when asked: “…”")
  return k >= te || SENTENCE_OR_CLAUSE_END.has(doc.value[k]!);
}

/**
 * The words that link a cue to its content belong to the cue: the preposition a cue governs its
 * content with ("critical of the plan", "questions about the toll", "calls for a recount"), and
 * the colon that introduces it ("Ruiz said: “…”"). Moved out of the content into the shown cue.
 */
import type { SlantDocument } from '../document/readDocument.js';
import type { TokenRange } from './nounPhrases.js';
import type { AttributionLexicons } from './attributionLexicons.js';
import type { Relation } from './relation.js';
import { ANSWERING_VERBS, answerGap } from './cueDisplay.js';
import { CLAUSE_END_MARKS, endsWithIng, isAdverbLike, isListedAdverb, isPossessive, isQuoteMark } from './tokens.js';
import { datedOnEnd, durationEnd, timePhraseEnd } from './timePhrases.js';
import { amountOpensAt } from './quantifiers.js';
import { TIME_ADJUNCT } from './timeWords.js';

/**
 * Prepositions that govern an attributed content. Not "to" or "as" (an infinitive, a role: "plans
 * to build", "seen as weak" are read as content), nor "in"/"at"/"by"/"from" (mostly place, time or agent).
 */
const LINKING_PREPOSITIONS = new Set(['about', 'of', 'for', 'on', 'with', 'against', 'over', 'upon']);
/**
 * Shown with the cue besides those: "at" of a feeling's target ("anger at | the toll"; not "at
 * least", nor the place a question was put, "asked at a briefing"), and "to" after a noun or
 * adjective ("opposition to", "hostile to") or a verb that answers or yields to what follows.
 */
const SHOWN_LINKS = new Set([...LINKING_PREPOSITIONS, 'at', 'to']);
/** Verbs whose "to" takes what they answer, accept or point at ("objected to", "admitted to"), not an addressee ("wrote to Vale"). */
const TO_OBJECT_VERBS = new Set([...ANSWERING_VERBS, 'object', 'admit', 'agree', 'acquiesce', 'consent', 'point', 'refer', 'allude']);
/** Cue classes whose "of" names a topic before the content, not the content ("said of the council: “…”"). */
const TOPIC_OF_CLASSES = new Set(['speech', 'writing']);

/**
 * When a relation's content opens with the preposition its cue governs, right after the cue,
 * that preposition goes to the cue: `cueRange` ends after it and the content starts after it.
 * Changes the relation in place; only a content of at least `minTokens` tokens (with the
 * preposition) gives it up, so the content keeps at least `minTokens - 1`.
 *
 * @example
 * ```ts
 * // "Vale has been critical of the toll": cue "has been critical of", content "the toll"
 * takeLinkingPreposition(doc, relation);
 * ```
 */
export function takeLinkingPreposition(doc: SlantDocument, r: Relation, minTokens = 4): void {
  const c = r.content;
  if (!c || c.b - c.a < minTokens || c.a !== r.cueRange.b) return;
  const word = doc.lower[c.a]!;
  if (!LINKING_PREPOSITIONS.has(word) || doc.pos[c.a] !== 'ADP') return;
  if (word === 'of' && TOPIC_OF_CLASSES.has(r.cue.cueClass)) return;
  // ("said about | half of the fees went …": an "about" before an amount rounds it, no topic)
  if (word === 'about' && amountSubjectAt(doc, c.a + 1, c.b)) return;
  // ("promised on Tuesday | to repair the pier": an "on" before a day dates the act, no object of the cue; the date
  // leaves the content too; not a day's possessive, a topic: "commented on Tuesday's vote"; nor "has declined for
  // years | to reveal": a stretch of time says how long the act went on)
  const dated = word === 'on' ? timePhraseEnd(doc, c.a, c.b, 4, TIME_ADJUNCT) : durationEnd(doc, c.a, c.b);
  if (dated > c.a) {
    if (!isPossessive(doc, dated) && c.b - dated >= 2) r.content = { a: dated, b: c.b };
    return;
  }
  r.cueRange = { a: r.cueRange.a, b: c.a + 1 };
  r.content = { a: c.a + 1, b: c.b };
}

/** Words that open a relative clause, whose verb is no verb of a clause the amount is the subject of. */
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whom', 'whose']);

/**
 * "said about | half of the fees went to the port": an amount at `k` (before `b`) that is the subject of a clause, its
 * verb following before any punctuation or relative clause; the "about" before it rounds the amount and is no topic
 * preposition. Not "talked about 40 migrants who were stranded", "asked about a dozen times": no clause of its own.
 */
function amountSubjectAt(doc: SlantDocument, k: number, b: number): boolean {
  if (!amountOpensAt(doc, k)) return false;
  for (let t = k + 1; t < b && t - k <= 10; t++) {
    if (doc.pos[t] === 'PUNCT' || RELATIVE_OPENERS.has(doc.lower[t]!)) return false;
    if ((doc.pos[t] === 'VERB' || doc.pos[t] === 'AUX') && !endsWithIng(doc.lower[t]!)) return true;
  }
  return false;
}

/**
 * The same preposition when it still opens the content as shown, right after the shown cue (at
 * token `b`): a content too short for {@link takeLinkingPreposition} ("agreed with Vale", "support
 * for her"), or one a later step set. Returns the token after the preposition (where the shown cue
 * ends and the shown content starts), or `b`. Display only: which relations there are, and their
 * token ranges, were settled with the preposition in the content (a sourceless "criticism of Vale"
 * was dropped as a bare topic). Not before a number or a quotation ("asked for one", "spoke of “…”").
 *
 * @example
 * ```ts
 * // "Ruiz agreed with Vale": cue "agreed with", content "Vale"
 * shownLinkingPreposition(doc, relation, b, contentStart) // b + 1
 * ```
 */
export function shownLinkingPreposition(doc: SlantDocument, r: Relation, b: number, contentStart: number): number {
  if (b + 1 >= doc.tokenCount || doc.start[b] !== contentStart || !(doc.pos[b] === 'ADP' || gerundPreposition(doc, b)) || r.mode === 'direct') return b;
  const word = doc.lower[b]!;
  if (word === 'by') return feelingCause(doc, r) && doc.isWord[b + 1] ? b + 1 : b;
  // (a saying verb's or noun's "of" opening a content of its own is linked like any other: "boasted of | his
  // tally", "accusations of | fraud"; only with a quotation in it is the "of" phrase a topic, "said of X, “…”")
  if (!SHOWN_LINKS.has(word) || (word === 'of' && TOPIC_OF_CLASSES.has(r.cue.cueClass) && r.mode !== 'indirect')) return b;
  if (word === 'at' && (doc.lower[b + 1] === 'least' || r.cue.cueClass === 'question')) return b;
  if (word === 'about' && r.content && amountSubjectAt(doc, b + 1, r.content.b)) return b;
  // ("commented on | Sunday": an "on" before a date dates the act, no link)
  if (datedOnEnd(doc, b, doc.tokenCount) > b) return b;
  if (word === 'to' && doc.pos[r.cue.head] === 'VERB' && !TO_OBJECT_VERBS.has(r.cue.lemma)) return b;
  return doc.isWord[b + 1] && doc.pos[b + 1] !== 'NUM' ? b + 1 : b;
}

/**
 * "took credit for | reopening the pier", "makes no apologies for | closing it": the tagger reads a
 * preposition before a gerund as a subordinator; it still links the cue to its content.
 */
function gerundPreposition(doc: SlantDocument, b: number): boolean {
  return doc.pos[b] === 'SCONJ' && LINKING_PREPOSITIONS.has(doc.lower[b]!) && doc.pos[b + 1] === 'VERB' && endsWithIng(doc.lower[b + 1]);
}

/**
 * "Vale was delighted by | the vote", "the crews are so shocked by | the fares": a state of feeling
 * after a form of "be" names what caused it with "by", which news marks with the cue; a passive's
 * agent after "by" is its source instead and keeps the cue without it.
 */
function feelingCause(doc: SlantDocument, r: Relation): boolean {
  if (r.cue.byAgent !== undefined) return false;
  // (the lexicon's states start at their "be": "be delighted"; a verb cue has it before)
  for (let k = r.cue.tokStart; k < r.cue.tokEnd; k++) if (doc.lemma[k] === 'be') return true;
  let t = r.cue.tokStart - 1;
  // (over up to two adverbs or a negation: "was not much impressed by", "is still upset by")
  for (let n = 0; n < 2 && t >= 0 && (doc.pos[t] === 'ADV' || doc.pos[t] === 'PART'); n++) t--;
  return t >= 0 && doc.lemma[t] === 'be';
}

/**
 * "Asked specifically what …", "Pressed again about the levy": an adverb right after a question
 * cue says how or when it was asked, no part of the question; it goes to the cue (and a linking
 * preposition after it is then taken by {@link takeLinkingPreposition}). Changes the relation in
 * place; only when at least two content tokens are left. Wh-words are the question's own ("asked
 * how …", "asked why …"), never taken.
 *
 * @example
 * ```ts
 * // "Asked later about the levy, Vale said …": cue "Asked later", content "about the levy"
 * takeQuestionAdverb(doc, relation);
 * ```
 */
export function takeQuestionAdverb(doc: SlantDocument, r: Relation): void {
  const c = r.content;
  if (!c || r.cue.cueClass !== 'question' || c.a !== r.cueRange.b || c.b - c.a < 3) return;
  // (a listed adverb or one in -ly: not a particle of place or time, "asked back in 2008", "asked out")
  if (doc.pos[c.a] !== 'ADV' || !(isListedAdverb(doc, c.a) || doc.lower[c.a]!.endsWith('ly'))) return;
  r.cueRange = { a: r.cueRange.a, b: c.a + 1 };
  r.content = { a: c.a + 1, b: c.b };
}

/**
 * "“…,” Vale said sarcastically.", "Ruiz noted repeatedly that …", "Berg added warily: “…”": an
 * adverb in -ly right after a reporting verb, closing its clause, before "that" or before the content
 * that opens right after it at `contentStart`, says how or when the words were said; news marks it
 * with the cue. Returns the token after the adverb (where
 * the shown cue then ends), or `b`. Not when it modifies what follows ("said recently in May",
 * "reported sharply lower sales"), nor a part of the content (`inContent`).
 *
 * @example
 * ```ts
 * // "Vale said dryly that the pier was safe": b at "dryly" → b + 1, cue "said dryly"
 * ```
 */
export function shownMannerAdverb(doc: SlantDocument, verb: boolean, b: number, inContent: (t: number) => boolean, contentStart = -1): number {
  if (!verb || b + 1 >= doc.tokenCount || doc.pos[b] !== 'ADV' || doc.pos[b - 1] !== 'VERB' || !doc.lower[b]!.endsWith('ly') || inContent(b)) return b;
  const next = doc.value[b + 1]!;
  if (CLAUSE_END_MARKS.has(next) || next === ',' || (doc.lower[b + 1] === 'that' && doc.pos[b + 1] === 'SCONJ')) return b + 1;
  // ("bragged prematurely | about the vote", "must declare publicly | if …", "has said repeatedly “…”": left out
  // of the content that opens right after it, with a preposition, a subordinator or a quotation mark; not a
  // degree word before a noun phrase, "found virtually nothing", "shows only a small gap")
  const opens = doc.pos[b + 1] === 'ADP' || doc.pos[b + 1] === 'SCONJ' || isQuoteMark(doc, b + 1);
  return opens && doc.start[b + 1] === contentStart ? b + 1 : b;
}

/**
 * The shown cue range with the colon after it when that colon introduces the content that
 * follows (`Ruiz said: “We will rebuild.”`, `The memo concluded: the port must close`).
 *
 * @example
 * ```ts
 * withIntroducingColon(doc, { a: 1, b: 2 }, contentStart) // { a: 1, b: 3 } when token 2 is ":"
 * ```
 */
export function withIntroducingColon(doc: SlantDocument, range: TokenRange, contentStart: number): TokenRange {
  const k = range.b;
  if (k >= doc.tokenCount || doc.value[k] !== ':' || doc.end[k]! > contentStart) return range;
  return { a: range.a, b: k + 1 };
}

/**
 * "responded by saying the fee is fair", "replied to the letter by noting that …": the answer
 * reports through the participle after "by", which goes to the cue with "by" (and the short
 * phrase before it); the content starts after the participle (and its "that"). Changes the
 * relation in place; only when at least two content tokens are left. A participle that is no
 * reporting verb ("responded by easing the fees") answers with an act: the relation is dropped.
 *
 * @example
 * ```ts
 * // "Vale responded by saying the fee is fair": cue "responded by saying", content "the fee is fair"
 * takeAnsweringParticiple(doc, relation, lex);
 * ```
 */
export function takeAnsweringParticiple(doc: SlantDocument, r: Relation, lex: AttributionLexicons): void {
  const c = r.content;
  if (!c || r.cue.type !== 'verb' || !ANSWERING_VERBS.has(r.cue.lemma) || c.a < r.cueRange.b) return;
  // (an adverb of the answer may stand before "by", left out of the content: "responded first by saying")
  let p = r.cueRange.b;
  while (p < c.a && isAdverbLike(doc, p)) p++;
  if (p !== c.a) return;
  while (p < c.b && p - c.a < 5 && doc.lower[p] !== 'by' && doc.pos[p] !== 'VERB' && doc.pos[p] !== 'AUX' && doc.pos[p] !== 'PUNCT') p++;
  if (doc.lower[p] !== 'by' || doc.pos[p + 1] !== 'VERB' || !(doc.lower[p + 1] ?? '').endsWith('ing') || !answerGap(doc, c.a, p)) return;
  // ("replied by cutting the fees": an act that answers, no report of the answer)
  if (!lex.verbStarts.has(doc.lemma[p + 1]!)) {
    r.dropped = true;
    return;
  }
  const a = doc.lower[p + 2] === 'that' ? p + 3 : p + 2;
  if (c.b - a < 2) return;
  r.cueRange = { a: r.cueRange.a, b: p + 2 };
  r.content = { a, b: c.b };
}

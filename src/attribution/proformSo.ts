/**
 * "so" as the pro-form of a reported clause: "half the riders said so in March", "Vale thinks so, too",
 * "neither side would say so". The content is the word "so" alone; what follows it (a time, a place, a
 * manner, a second clause) is the writer's. A speaker's hedge of his own words, "if I may say so", reports
 * nothing.
 */
import type { SlantDocument } from '../document/readDocument.js';
import type { Cue } from './cue.js';
import type { SourcePhrase } from './nounPhrases.js';
import { ADDITION_ADVERBS, isPunct, MODALS } from './tokens.js';
import { WHEN_AFTER_VERB } from './timeWords.js';

/**
 * Words after "so" that make it a degree or a purpose, not a pro-form ("said so much", "so far", "so that", "so early");
 * "as" and "to" only before a purpose or a set phrase ("so as to", "so to speak"), not "so as well", "so to reporters".
 */
const SO_NOT_PROFORM: ReadonlySet<string> = new Set(['much', 'many', 'far', 'long', 'few', 'little', 'often', 'well', 'that', 'called', 'early', 'soon']);

/** Adverbs after a pro-form "so" that the shared sets leave out ("said so then", "has said so repeatedly"). */
const SO_PROFORM_ADVERBS: ReadonlySet<string> = new Set(['then', 'now', 'repeatedly']);

/**
 * When the content starting at `a`, right after the cue, is the pro-form "so", the token after it (where
 * the content stops); -1 otherwise. "so" is a pro-form when punctuation, a preposition, a subordinator ("said so
 * because …"), an adverb of addition ("so either"), a time word ("so today") or one of `SO_PROFORM_ADVERBS` follows it
 * (not a degree word: "said so much"), or the sentence ends at `te`; before a noun phrase it may open a clause of purpose
 * ("said so the pier would close"), left as it was.
 */
export function proformSoEnd(doc: SlantDocument, cue: Cue, a: number, te: number): number {
  if (a !== cue.tokEnd || doc.lower[a] !== 'so') return -1;
  if (a + 1 >= te) return a + 1;
  const next = doc.lower[a + 1]!;
  if (SO_NOT_PROFORM.has(next)) return -1;
  // ("so as to", "so to speak": a purpose or a set phrase; "so as well", "so to reporters" keep the pro-form)
  if (next === 'as') return doc.lower[a + 2] === 'well' ? a + 1 : -1;
  if (next === 'to') return a + 2 >= te || isVerbTag(doc.pos[a + 2]) ? -1 : a + 1;
  // (an adverb after "so" is mostly its degree: "feel so strongly", "weigh in so publicly"; "too", "either" and "again" are not)
  const tag = doc.pos[a + 1];
  return isPunct(doc, a + 1) || tag === 'ADP' || tag === 'SCONJ' || ADDITION_ADVERBS.has(next) || WHEN_AFTER_VERB.has(next) || SO_PROFORM_ADVERBS.has(next) ? a + 1 : -1;
}

const isVerbTag = (tag: string | undefined) => tag === 'VERB' || tag === 'AUX';

/** First-person and second-person subjects of a hedge ("if I may say so", "if you will"). */
const HEDGE_SUBJECTS: ReadonlySet<string> = new Set(['i', 'we', 'you']);

/**
 * "If I may say so, the pier is unsafe", "the levy, if we might say so, is a folly": a conditional
 * "if" before a first- or second-person subject and a modal cue with the pro-form "so" is the
 * speaker's hedge of his own words, no report of anything.
 */
export function hedgeSaySo(doc: SlantDocument, cue: Cue, source: SourcePhrase | null, a: number): boolean {
  if (!source || source.b - source.a !== 1 || doc.lower[a] !== 'so') return false;
  // (the modal right after the subject, before the verb: "if I may say so", "if we might call it so")
  return doc.lower[source.a - 1] === 'if' && HEDGE_SUBJECTS.has(doc.lower[source.a]!) && source.b === cue.tokStart - 1 && MODALS.has(doc.lower[source.b]!);
}

/**
 * Words that complete a verb cue when its content would otherwise open with them, right after the
 * verb: the particle that sends a message out ("tweeted out | a photo", "blasted out | a release"),
 * the reflexive and preposition of a verb that is reflexive by nature ("distanced himself from |
 * the plan"), and the plea of "plead" ("pleaded guilty | to fraud"). They belong to the act, not
 * to what is reported: moved out of the content into the cue.
 */
import type { SlantDocument } from '../document/readDocument.js';
import type { Relation } from './relation.js';
import { REFLEXIVE_PRONOUNS } from './clauseBoundaries.js';
import { NOT_PARTICLE_BEFORE } from './tokens.js';

/** Verbs reflexive by nature, with the preposition after their reflexive: "distance oneself from", "avail oneself of". */
const REFLEXIVE_VERBS: ReadonlyMap<string, string> = new Map([['distance', 'from'], ['recuse', 'from'], ['avail', 'of'], ['pride', 'on']]);
/** One-word pleas ("pleaded guilty", "pleads innocent"); "not guilty" and "no contest" take two words. */
const PLEAS: ReadonlySet<string> = new Set(['guilty', 'innocent']);

/**
 * When the content of verb relation `r` opens right after the verb with a word that completes
 * the verb, that word (with a reflexive's preposition, a plea's "not") goes to the cue: `cueRange`
 * ends after it and the content starts after it. Changes the relation in place; only when at
 * least two content tokens are left.
 *
 * @example
 * ```ts
 * // "Vale tweeted out a photo of the pier": cue "tweeted out", content "a photo of the pier"
 * takeVerbCompletion(doc, relation);
 * ```
 */
export function takeVerbCompletion(doc: SlantDocument, r: Relation): void {
  const c = r.content;
  if (!c || r.cue.type !== 'verb' || r.cueRange.b !== r.cue.tokEnd) return;
  // ("pleaded not | guilty": a negation between the verb and the plea is left out of the content)
  const afterNot = c.a === r.cueRange.b + 1 && doc.lower[r.cueRange.b] === 'not';
  if (c.a !== r.cueRange.b && !afterNot) return;
  const end = afterNot ? (r.cue.lemma === 'plead' && doc.lower[c.a] === 'guilty' ? c.a + 1 : c.a) : completionEnd(doc, r.cue.lemma, c.a);
  if (end === c.a || c.b - end < 2) return;
  r.cueRange = { a: r.cueRange.a, b: end };
  r.content = { a: end, b: c.b };
}

/** The token after the words at `k` that complete a verb of lemma `lemma`, or `k` when none do. */
function completionEnd(doc: SlantDocument, lemma: string, k: number): number {
  const w = doc.lower[k]!;
  const next = doc.lower[k + 1] ?? '';
  // (not "out of", "out loud", "out there": a phrase of its own; the other particles make other acts, which are dropped)
  if (w === 'out') return doc.isWord[k + 1] && !NOT_PARTICLE_BEFORE.has(next) && next !== 'loud' ? k + 1 : k;
  const prep = REFLEXIVE_VERBS.get(lemma);
  if (prep !== undefined) return REFLEXIVE_PRONOUNS.has(w) && next === prep ? k + 2 : k;
  if (lemma !== 'plead') return k;
  if (PLEAS.has(w)) return k + 1;
  return (w === 'not' && next === 'guilty') || (w === 'no' && next === 'contest') ? k + 2 : k;
}

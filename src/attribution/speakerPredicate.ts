import type { SlantDocument } from '../document/readDocument.js';
import { isAdverbLike, MODALS, NEGATIONS, nounModifierParticiple } from './tokens.js';

/** Present auxiliaries of "do" that take a bare verb, as modals do ("does not work"; not "did", whose past fits "and left"). */
const DO_AUXILIARIES = new Set(['do', 'does']);
/** Bare verbs after a modal that take a participle, so a past form after "and" may still be theirs. */
const PARTICIPLE_TAKERS = new Set(['be', 'have']);
/** How far into a reported clause its verb group is looked for (a subject of a few words). */
const VERB_GROUP_REACH = 16;
/** How far from that verb group "and" may stand (an object and its modifiers). */
const PREDICATE_REACH = 24;
/** Tags of a word that a past form before it modifies ("repaired bridges"). */
const MODIFIED_TAGS = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * `Vale forecast that prices would rise and praised the plan`: at "and" (token `k`) in a reported
 * clause that starts at `a`, a past form ("praised") cannot join the clause's modal verb group
 * ("would rise" asks for "and praise"), so it is a second predicate of the speaker and the content
 * ends before "and". Not after "be"/"have" ("would be closed and replaced"), nor for a form that is
 * also bare ("would rise and cost"), nor when the clause's verb is past too ("rose and fell", "did not
 * stop and hoped"), nor when a verb of a clause inside stands between ("would end rules that upheld X and …").
 */
export function speakerPredicateAt(doc: SlantDocument, a: number, k: number): boolean {
  let v = k + 1;
  while (v < doc.tokenCount && v - k <= 2 && isAdverbLike(doc, v) && doc.pos[v] !== 'AUX' && doc.pos[v] !== 'VERB') v++;
  // (a past form before its noun is a modifier in a list: "would bring jobs, and repaired bridges")
  if (!pastOnlyForm(doc, v) || MODIFIED_TAGS.has(doc.pos[v + 1] ?? '')) return false;
  return bareVerbGroup(doc, a, k);
}

/** A past form that is not also the bare form: "praised", "left" (not "cost", "put"). */
function pastOnlyForm(doc: SlantDocument, v: number): boolean {
  if (doc.pos[v] !== 'VERB') return false;
  const low = doc.lower[v]!;
  return low !== doc.lemma[v] && !low.endsWith('ing') && !low.endsWith('s');
}

/**
 * Does the clause from `a` (before `k`) have a modal or "do" verb group whose main verb is bare and
 * not "be"/"have": "prices would rise", "the pier does not float"?
 */
function bareVerbGroup(doc: SlantDocument, a: number, k: number): boolean {
  for (let t = a; t < k && t - a < VERB_GROUP_REACH; t++) {
    const low = doc.lower[t]!;
    if (!MODALS.has(low) && !(DO_AUXILIARIES.has(low) && doc.pos[t] === 'AUX')) {
      // (a participle modifying the subject's noun is none of its verbs: "the slumping harbour would …")
      if ((doc.pos[t] === 'VERB' && !nounModifierParticiple(doc, t)) || doc.pos[t] === 'AUX') return false;
      continue;
    }
    let m = t + 1;
    while (m < k && (NEGATIONS.has(doc.lower[m]!) || (isAdverbLike(doc, m) && doc.pos[m] !== 'AUX' && doc.pos[m] !== 'VERB'))) m++;
    if (!(m < k && k - m <= PREDICATE_REACH && doc.pos[m] === 'VERB' && doc.lower[m] === doc.lemma[m] && !PARTICIPLE_TAKERS.has(doc.lemma[m]!))) return false;
    // (no verb of its own in between: "would roll back rules that upheld X and legalized Y" joins "upheld")
    for (let u = m + 1; u < k; u++) if (doc.pos[u] === 'VERB' || doc.pos[u] === 'AUX') return false;
    return true;
  }
  return false;
}

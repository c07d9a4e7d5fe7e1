/**
 * Verbs whose object feels what their subject stirs: "The levy angered fishermen", "That
 * irritates the dock workers", "the vote rattled the union". The object holds the reaction
 * (the source), the subject is what it is about (the content), as with the agent of a passive.
 */
import type { SlantDocument } from '../document/readDocument.js';
import type { Cue } from './cue.js';
import { takesClause } from './cueComplements.js';
import { QUOTE_TAGS } from './quotedTermSubject.js';
import { BE_FORMS, INDEFINITE_PRONOUNS, isAdverbLike, isCap, isPossessive, isPunct, NEGATIONS, OBJECT_PRONOUNS, PRONOUNS, RELATIVE_WORDS, VERB_GROUP_WORDS } from './tokens.js';

/**
 * Lemmas of verbs of feeling whose object is the one who feels ("worries Vale", "has angered
 * donors"). Left out: verbs whose object is as often a thing or a rival ("upset the favourite",
 * "frustrated the plan" are read by the source check), "concern" and "interest" ("the case
 * concerns a loan"), "encourage" and "cheer" (their subject acts), "bother" and "disturb" (most often
 * a noise or an animal that acts: "the dog bothered the neighbours").
 */
export const EXPERIENCER_VERBS = new Set(['worry', 'irritate', 'please', 'anger', 'rattle', 'alarm', 'horrify', 'surprise', 'excite', 'offend', 'infuriate', 'frustrate', 'delight', 'dismay', 'annoy', 'outrage', 'embolden', 'shock', 'appal', 'appall', 'disappoint', 'hearten', 'enrage', 'unnerve', 'irk', 'madden', 'spook', 'frighten', 'terrify', 'thrill', 'reassure', 'trouble']);

/** Object and indefinite pronouns of people, and quantifiers, that may open the object of a verb of feeling ("angered them", "surprised many"). */
const OBJECT_WORDS = new Set([...OBJECT_PRONOUNS, ...[...INDEFINITE_PRONOUNS].filter((w) => !w.startsWith('some') && !w.endsWith('thing')), 'many', 'some', 'most', 'all', 'both', 'others']);

/**
 * The cue of an active verb of feeling at `k` with a subject before it and an object after it:
 * the verb group (its auxiliaries and a negation), whose source follows (`byAgent` is the verb:
 * the object starts after it), or null. Not a passive or adjectival participle ("was alarmed
 * by", "a worrying sign"), an infinitive ("sure to anger"), nor the verb with a clause or a
 * topic after it ("Vale worries that …", "worries Berg will lose", "worries about").
 */
export function experiencerCue(doc: SlantDocument, k: number, ts: number, te: number, sentence: number): Cue | null {
  if (!feelsObject(doc, k, te)) return null;
  const o = k + 1;
  // the verb group: auxiliaries, a negation, adverbs ("has not yet rattled", "would anger")
  let s = k;
  let negated = false;
  while (s - 1 > ts && (doc.pos[s - 1] === 'AUX' || NEGATIONS.has(doc.lower[s - 1]!) || (VERB_GROUP_WORDS.test(doc.lower[s - 1]!) && isAdverbLike(doc, s - 1)))) {
    s--;
    if (NEGATIONS.has(doc.lower[s]!)) negated = true;
    // "was alarmed", "were delighted": a passive, whose subject feels
    if (BE_FORMS.has(doc.lower[s]!) && (s === k - 1 || doc.pos[s + 1] !== 'AUX')) return null;
  }
  if (doc.lower[s - 1] === 'to' || s <= ts) return null;
  // a subject must end right before the verb group (a noun phrase or a pronoun; "what" opens a cleft)
  const p = doc.pos[s - 1];
  // ("It surprised many that …": an extraposed clause, not a stimulus named by "it")
  if (!(p === 'NOUN' || p === 'PROPN' || p === 'PRON' || p === 'NUM') || doc.lower[s - 1] === 'what' || doc.lower[s - 1] === 'it') return null;
  // ("He angered voters", "Vale surprised the defence": a person acts; nothing said or believed is named)
  if (PRONOUNS.has(doc.lower[s - 1]!) || bareName(doc, s - 1, ts)) return null;
  // (a subject with a relative clause, "Surveys that show Vale ahead worry Ruiz": its noun phrase is not read back over the clause)
  for (let t = s - 2; t >= ts && s - t <= 8; t--) if (doc.lower[t] === 'that' || doc.lower[t] === 'which' || doc.lower[t] === 'who') return null;
  // "Berg angered voters by claiming …": the subject's own act is what is reported
  for (let t = o + 1; t < te && t - o < 8 && !isPunct(doc, t); t++) if (doc.lower[t] === 'by' && doc.lower[t + 1]?.endsWith('ing')) return null;
  // "The levy angered fishermen, Vale said.": the clause is what a speaker reports; its tag's relation holds it
  if (closingSpeechTag(doc, o, te)) return null;
  return { type: 'verb', tokStart: s, tokEnd: k + 1, head: k, lemma: doc.lemma[k]!, stance: 'neutral', cueClass: 'evaluation', negated, nominal: false, byAgent: k, sentence };
}

/**
 * Is the word at `k` an active verb of feeling with an object right after it and no clause ("worried Ruiz",
 * "angered the growers"; not "worries Berg will lose", "worried that", "worrying")? Its object feels it: the
 * verb is never a belief of its subject's, even when no stimulus before it makes it a cue of feeling
 * ("The claims that the pier was unsafe worried Ruiz": the clause before it is no one who worries).
 */
export function feelsObject(doc: SlantDocument, k: number, te: number): boolean {
  if (doc.pos[k] !== 'VERB' || !EXPERIENCER_VERBS.has(doc.lemma[k]!) || doc.lower[k]!.endsWith('ing') || k + 1 >= te) return false;
  const o = k + 1;
  const opens = doc.pos[o] === 'DET' || doc.pos[o] === 'PROPN' || doc.pos[o] === 'NOUN' || doc.pos[o] === 'NUM' || (doc.pos[o] === 'ADJ' && !OBJECT_WORDS.has(doc.lower[o]!) && doc.pos[o + 1] === 'NOUN') || OBJECT_WORDS.has(doc.lower[o]!);
  // (not a clause with no "that": "he worries Berg will lose"; nor a title-case headline verb: "Vale Reassures Donors")
  return opens && doc.lower[o] !== 'that' && !isCap(doc, k) && !takesClause(doc, o, te);
}

/** The most words a closing speech tag holds after its comma ("Ms. Vale told reporters"). */
const MAX_TAG = 5;

/**
 * Does the clause after `o` end in a speech tag: a comma, then a speaking verb ("say", "tell":
 * `QUOTE_TAGS`) with at most a short subject before it and a short object after it, closing the
 * sentence ("…, Vale said.", "…, said Okafor.", "…, she told reporters.")? Not a relative ("…, who said").
 */
function closingSpeechTag(doc: SlantDocument, o: number, te: number): boolean {
  const last = isPunct(doc, te - 1) ? te - 1 : te;
  for (let c = Math.max(o, last - MAX_TAG - 1); c < last - 1; c++) {
    if (doc.value[c] !== ',') continue;
    for (let v = c + 1; v < last && v - c <= 3; v++) {
      if (doc.pos[v] === 'VERB' && QUOTE_TAGS.has(doc.lemma[v]!)) return !RELATIVE_WORDS.has(doc.lower[c + 1]!);
      if (doc.pos[v] !== 'PROPN' && doc.pos[v] !== 'PRON' && doc.pos[v] !== 'DET' && doc.pos[v] !== 'NOUN' && doc.pos[v] !== 'PUNCT') break;
    }
  }
  return false;
}

/** Is the word at `e` the end of a bare name that opens its phrase ("Vale", "Mira Tarnow"; not "the Vale levy")? */
function bareName(doc: SlantDocument, e: number, ts: number): boolean {
  if (doc.pos[e] !== 'PROPN' || !isCap(doc, e)) return false;
  let a = e;
  while (a > ts && e - a < 4 && doc.pos[a - 1] === 'PROPN' && isCap(doc, a - 1)) a--;
  const before = a > ts ? doc.pos[a - 1] : undefined;
  return before !== 'DET' && before !== 'NOUN' && before !== 'ADJ' && before !== 'PART' && !(a > ts && isPossessive(doc, a - 1));
}

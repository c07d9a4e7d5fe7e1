/**
 * Clauses and verb phrases that stand as a sentence's subject: "Speculation that the ferry will
 * close has grown" (a reporting noun's clause) and "Denouncing bankers as thieves has become
 * common" (an opening gerund). Their content ends before the sentence's main verb.
 */
import type { SlantDocument } from '../document/readDocument.js';
import { ARTICLES, BE_FORMS, COPULAS, GRADERS, isListedAdverb, isPunct, isVerb, MODALS, NEGATIONS, endsWithIng, endsWithEdOrEn, endsWithPlainEd, endsWithPlainS, NEARLY_ALL_ADVERBS, nounAfterSubjectHead, PAST_SAME_AS_BARE, pastReadAsNounAfterSubject } from './tokens.js';
import { charCodeAt } from '../document/charCodes.js';
import { wordSet } from './timeWords.js';

/**
 * Does the phrase at `a` open its sentence's main clause: at the sentence start `ts`, or right after an
 * opening adjunct set off by a comma, one phrase opened by a preposition or an adverb with no verb in it
 * ("For example, Vale's claim that …", "In March, the claim that …")? A subject there is the sentence's.
 */
export function opensMainClause(doc: SlantDocument, a: number, ts: number): boolean {
  if (a === ts) return true;
  const comma = a - 1;
  if (comma <= ts || doc.value[comma] !== ',' || !(doc.pos[ts] === 'ADP' || doc.pos[ts] === 'ADV')) return false;
  for (let t = ts; t < comma; t++) if (isVerb(doc, t) || isPunct(doc, t)) return false;
  return true;
}

/** Words that open a clause inside a subject, which needs a verb of its own before the main verb. */
const CLAUSE_OPENERS = new Set(['who', 'which', 'that', 'whom', 'whose', 'and', 'or', 'but', 'if', 'because', 'when', 'while', 'where', 'as', 'than']);

/**
 * In the "that" clause of a sentence's subject ("Speculation that the ferry will close has
 * grown"), the main verb: the first finite verb group after the clause has had its own. Each
 * relative word or conjunction opens one more clause that needs a verb first ("that the man
 * who rowed will win is false"; "Ruiz and Berg will run" then only waits longer, to `b`).
 * `need` is how many finite verbs come before the main one (1 for a "that" clause, 0 for a
 * gerund's object); `asOpens`: whether "as" and "than" open a clause ("denouncing bankers as
 * thieves": after a gerund they take a complement). `b` when there is none, or punctuation
 * comes first.
 */
export function mainVerbAfterClause(doc: SlantDocument, a: number, b: number, need = 1, asOpens = true): number {
  for (let t = a; t < b; t++) {
    const p = doc.pos[t]!;
    const low = doc.lower[t]!;
    if (isPunct(doc, t)) return b;
    if (CLAUSE_OPENERS.has(low) && (asOpens || (low !== 'as' && low !== 'than'))) need++;
    // (a participle after an article is an adjective: "was a failed promise"; "to be", "to have" are infinitives)
    else if ((p === 'AUX' && !afterTo(doc, t, a)) || pastReadAsNounBeforeVerb(doc, t, b) || (need > 0 && bareVerbReadAsNoun(doc, t, b)) || (need === 0 && linkingPastReadAsAdjective(doc, t)) || pastReadAsNounAfterPredicate(doc, t, a) || (need === 0 && pastAsBareAfterVerb(doc, t, a, b)) || (p === 'VERB' && !endsWithIng(low) && !afterTo(doc, t, a) && !(endsWithEdOrEn(low) && ARTICLES.has(doc.lower[t - 1]!)))) {
      if (need === 0) return t;
      need--;
      // over the rest of the verb group: "will run", "has been", "could not fail", "can still vote"
      while (t + 1 < b && (doc.pos[t] === 'AUX' || doc.pos[t] === 'ADV' || NEGATIONS.has(doc.lower[t]!)) && (doc.pos[t + 1] === 'AUX' || doc.pos[t + 1] === 'VERB' || doc.pos[t + 1] === 'ADV' || NEGATIONS.has(doc.lower[t + 1]!))) {
        if (predicateAdverbBeforeVerb(doc, t + 1, b)) break;
        t++;
        if (doc.pos[t] === 'VERB' || bareAfterModal(doc, t)) break;
      }
      // a linking verb's participle is its complement, not the next group: "would stay fixed | proved right"
      if (doc.pos[t] === 'VERB' && COPULAS.has(doc.lemma[t]!) && t + 1 < b && doc.pos[t + 1] === 'VERB' && endsWithEdOrEn(doc.lower[t + 1]!)) t++;
    }
  }
  return b;
}

/**
 * "that the board lied was false", "that the crowd saw was …": a past form the tagger read as a noun,
 * right after the noun or pronoun heading its subject and right before the next verb group (two
 * nouns' heads never meet an auxiliary like that), is the clause's own verb. An "-ed" form other than
 * "-eed" ("need", "speed") of five letters or more, or an "-ied" one ("lied", "tied"), or a known
 * irregular past (`PAST_READ_AS_NOUN`); not "the hotel bed was …".
 */
function pastReadAsNounBeforeVerb(doc: SlantDocument, t: number, b: number): boolean {
  if (t + 1 >= b) return false;
  const low = doc.lower[t]!;
  const past = pastReadAsNounAfterSubject(doc, t) || (endsWithPlainEd(low) && (low.length >= 5 || charCodeAt(low, low.length - 3) === 105) && nounAfterSubjectHead(doc, t));
  if (!past) return false;
  const next = doc.pos[t + 1];
  return next === 'AUX' || (next === 'VERB' && !endsWithIng(doc.lower[t + 1]!));
}

/**
 * "The demand that the council fund the pier was ignored", "the advice that the board close the pier": a clause's
 * bare (subjunctive) verb the tagger read as a noun or an adjective right after its subject's noun, before its
 * object (a determiner and a noun), is the clause's verb: a noun is never followed by a determiner inside its
 * phrase. Not when a verb follows the object ("that the hall the board built was old": a relative clause with
 * no relative word, whose subject is "the board").
 */
function bareVerbReadAsNoun(doc: SlantDocument, t: number, b: number): boolean {
  const p = doc.pos[t];
  if ((p !== 'NOUN' && p !== 'ADJ') || doc.pos[t - 1] !== 'NOUN' || t + 3 > b || doc.pos[t + 1] !== 'DET' || doc.pos[t + 2] !== 'NOUN') return false;
  return doc.lemma[t] === doc.lower[t] && !endsWithPlainS(doc.lower[t]) && doc.pos[t + 3] !== 'VERB';
}

/**
 * "The fear that prices would rise | proved right": the past of a linking verb ("prove", `COPULAS`) that the tagger
 * read as an adjective right after the clause's own verb is the main verb (an adjective of the clause would stand
 * after a linking verb of its own, "would stay closed", not after "rise").
 */
function linkingPastReadAsAdjective(doc: SlantDocument, t: number): boolean {
  const low = doc.lower[t]!;
  if (doc.pos[t] !== 'ADJ' || !endsWithPlainEd(low) || doc.pos[t - 1] !== 'VERB' || COPULAS.has(doc.lemma[t - 1]!)) return false;
  const stem = low.slice(0, -1);
  return stem === 'prove' || COPULAS.has(stem) || COPULAS.has(low.slice(0, -2));
}

/** Irregular pasts the tagger reads as nouns after a predicate adjective ("the pier Vale said was safe | fell"). */
const PAST_READ_AS_NOUN_AFTER_PREDICATE: ReadonlySet<string> = new Set(['fell', 'rose', 'won', 'lost', 'left', 'led']);

/**
 * "The pier that Vale said was safe fell", "the fare Ruiz said was fair rose": one of
 * `PAST_READ_AS_NOUN_AFTER_PREDICATE` read as a noun right after a form of "be" and its predicate
 * adjective is the next verb, not a noun the adjective qualifies (with no article, such a noun is
 * rare: "was fair game" has none of these words). So is a verb whose past is its bare form
 * (`PAST_SAME_AS_BARE`: "Claims that the pier was unsafe | spread", "… was late | hit the town").
 */
function pastReadAsNounAfterPredicate(doc: SlantDocument, t: number, a: number): boolean {
  if (doc.pos[t] !== 'NOUN' || t - 2 < a || doc.pos[t - 1] !== 'ADJ' || !BE_FORMS.has(doc.lower[t - 2]!)) return false;
  const low = doc.lower[t]!;
  return PAST_READ_AS_NOUN_AFTER_PREDICATE.has(low) || PAST_SAME_AS_BARE.has(low);
}

/**
/**
 * "Fears that the levy would rise | cut sales", "Rumours that the mayor would quit | spread fast": once the clause
 * has its verb, a verb whose past is its bare form (`PAST_SAME_AS_BARE`) read as a noun right after that verb is the
 * next verb (a bare singular noun rarely stands as the object there: "would take a hit" has its article); read as an
 * adjective, it is the next verb when the object it takes follows (two verbs never meet like that inside one
 * clause's group).
 */
function pastAsBareAfterVerb(doc: SlantDocument, t: number, a: number, b: number): boolean {
  const p = doc.pos[t];
  if ((p !== 'ADJ' && p !== 'NOUN') || t - 1 < a || doc.pos[t - 1] !== 'VERB' || !PAST_SAME_AS_BARE.has(doc.lower[t]!)) return false;
  if (p === 'NOUN') return true;
  if (t + 1 >= b) return false;
  const after = doc.pos[t + 1];
  return after === 'DET' || after === 'NOUN' || after === 'PRON' || after === 'PROPN' || after === 'NUM';
}

/**
 * Adverbs of degree, frequency and time that stand inside a passive verb group ("was twice denied
 * a permit", "was almost sold the next day"): never the predicate adjective the tagger misreads as an
 * adverb ("was fair"), so the participle after them stays in the group.
 */
const VERB_GROUP_ADVERBS = wordSet([...NEARLY_ALL_ADVERBS], ['twice', 'thrice', 'seldom', 'soon', 'since', 'much', 'well', 'yet', 'quite', 'too', 'rather']);

/**
 * "that the levy was fair drew jeers", "that the fare was high angered the riders": a word the
 * tagger read as an adverb right after a form of "be" (or a degree word after it, `GRADERS`: "that the
 * levy was too high proved right") is its complement, not part of the verb
 * group, when it is no listed, "-ly" or degree/frequency adverb (`VERB_GROUP_ADVERBS`: "was twice
 * denied a permit" is a passive) and the verb after it has its object (a noun phrase follows) and
 * no participle's "-en" ending ("was well known", "was soon given the post" keep their group).
 */
function predicateAdverbBeforeVerb(doc: SlantDocument, t: number, b: number): boolean {
  if (doc.pos[t] !== 'ADV' || !(BE_FORMS.has(doc.lower[t - 1]!) || (GRADERS.has(doc.lower[t - 1]!) && BE_FORMS.has(doc.lower[t - 2]!))) || t + 2 >= b || doc.pos[t + 1] !== 'VERB') return false;
  const adverb = doc.lower[t]!;
  const verb = doc.lower[t + 1]!;
  if (isListedAdverb(doc, t) || adverb.endsWith('ly') || VERB_GROUP_ADVERBS.has(adverb) || endsWithIng(verb) || verb.endsWith('en') || verb.endsWith('wn')) return false;
  const after = doc.pos[t + 2];
  return after === 'DET' || after === 'PRON' || after === 'PROPN' || after === 'NOUN' || after === 'ADJ' || after === 'NUM';
}

/** Is the verb at `t` an infinitive, after "to" and perhaps an adverb ("to adequately fund")? */
function afterTo(doc: SlantDocument, t: number, a: number): boolean {
  let j = t - 1;
  if (j > a && doc.pos[j] === 'ADV' && doc.lower[j - 1] === 'to') j--;
  return doc.lower[j] === 'to';
}

/**
 * "Fears that the mill will close grew": a word the tagger reads as an adverb right after a modal
 * (and its negation), before an inflected verb ("grew", "rises"), is the modal's own verb; a modal never takes an inflected
 * one ("will soon grow" has the bare form), so the verb behind it opens the next group.
 */
function bareAfterModal(doc: SlantDocument, t: number): boolean {
  const next = doc.lower[t + 1] ?? '';
  const m = NEGATIONS.has(doc.lower[t - 1]!) ? t - 2 : t - 1;
  return MODALS.has(doc.lower[m] ?? '') && doc.pos[t] !== 'AUX' && !NEGATIONS.has(doc.lower[t]!) && doc.pos[t + 1] === 'VERB' && doc.lemma[t + 1] !== next && !next.endsWith('ing');
}

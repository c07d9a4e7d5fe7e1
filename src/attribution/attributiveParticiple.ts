import type { SlantDocument } from '../document/readDocument.js';
import type { Cue } from './cue.js';
import { takesClause } from './cueComplements.js';
import { ABSOLUTE_PREPOSITIONS, endsWithEd, endsWithIng, GRADERS, isQuoteMark, NOUN_PHRASE_TAGS, sFormMaybePlural } from './tokens.js';

/** Determiners and possessives that open a noun phrase. */
const NP_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'some', 'many', 'these', 'those', 'no', 'any', 'all', 'other', 'such']);
/** Adverbs of degree that modify an adjective inside a noun phrase ("a widely respected judge"). */
const DEGREE = new Set(['widely', 'broadly', 'highly', 'much', 'well', 'little', 'newly', 'recently', 'long', 'often', 'frequently', 'so']);
/**
 * Reporting verbs that take no bare noun-phrase object: what they report comes as a clause or
 * after a preposition ("complained that …", "inquired about …", "testified before …"). Their
 * -ing form right before a noun is an adjective of that noun: "inquiring reporters",
 * "complaining neighbours", "dissenting judges", "testifying witnesses".
 */
export const NO_OBJECT = new Set(['inquire', 'enquire', 'complain', 'wonder', 'comment', 'speculate', 'testify', 'grumble', 'dissent', 'disagree', 'agree', 'respond', 'reply', 'rejoice', 'despair', 'campaign', 'hope', 'object', 'gossip', 'moan', 'whine', 'quarrel', 'bicker']);

/** Does a noun (or an adjective and a noun) stand right after token `k`? */
function nounAfter(doc: SlantDocument, k: number): boolean {
  const next = k + 1;
  if (next >= doc.tokenCount) return false;
  if (doc.pos[next] === 'NOUN') return true;
  return doc.pos[next] === 'ADJ' && next + 1 < doc.tokenCount && doc.pos[next + 1] === 'NOUN';
}

/**
 * The -ing form of a verb that takes no object, before a noun: an adjective of that noun unless
 * it is a verb in its clause. After an auxiliary it is one ("is hoping voters see …"); after a
 * determiner, a preposition or a degree word it is none ("from complaining neighbours"). Elsewhere
 * the noun may open a clause the verb reports ("…, complaining residents were ignored"): only when
 * no clause follows is it an adjective, or at the start of a sentence with no comma after it
 * ("Complaining neighbours left early." but not "Hoping voters agree, Ruiz …").
 */
function noObjectBeforeNoun(doc: SlantDocument, k: number): boolean {
  let j = k - 1;
  while (j >= 0 && (doc.pos[j] === 'ADV' || doc.lower[j] === 'not' || doc.lower[j] === 'never')) j--;
  if (j >= 0 && doc.pos[j] === 'AUX') return false;
  const prev = doc.lower[k - 1] ?? '';
  if (NP_OPENERS.has(prev) || DEGREE.has(prev) || (doc.pos[k - 1] === 'ADP' && prev !== 'that')) return true;
  const sentence = doc.sentences[doc.sentenceOf[k]!]!;
  if (!takesClause(doc, k + 1, sentence.tokenEnd)) return true;
  let first = sentence.tokenStart;
  while (first < k && isQuoteMark(doc, first)) first++;
  if (first !== k) return false;
  for (let t = k + 1; t < sentence.tokenEnd; t++) if (/^[,;:—–-]$/.test(doc.value[t]!)) return false;
  return true;
}

/**
 * A present participle before its noun, used as an adjective: nobody is reported there. The
 * -ing form of a verb that takes no object ("by inquiring reporters", "Complaining neighbours
 * left"), one graded like an adjective ("the most pressing concern", "a more welcoming tone"),
 * or one joined to an adjective of the same noun ("an open and demanding audience"). A verb with
 * an object keeps its cue: "accused of misleading voters", "kept asking questions".
 */
function attributivePresent(doc: SlantDocument, k: number, lemma: string): boolean {
  if (!nounAfter(doc, k)) return false;
  const prev = doc.lower[k - 1] ?? '';
  if (GRADERS.has(prev)) return true;
  if (NO_OBJECT.has(lemma.split(' ')[0]!)) return noObjectBeforeNoun(doc, k);
  // "an open and demanding audience", "a warm, welcoming speech": an adjective inside the same noun phrase
  if ((prev === 'and' || prev === 'or' || prev === ',') && k > 1 && doc.pos[k - 2] === 'ADJ') {
    const before = doc.lower[k - 3] ?? '';
    return NP_OPENERS.has(before) || GRADERS.has(before) || DEGREE.has(before);
  }
  return false;
}

/**
 * A participle of a reporting verb used as an adjective before its noun, inside a noun
 * phrase: "in pledged delegates", "the number of reported cases", "under repeated attack", "a
 * widely respected judge", "their shared goals". Nobody is reported there; it is no cue. A
 * past participle stands right after a determiner, a possessive or a preposition (or a degree
 * adverb after one of those) and right before a common noun (or an adjective and a noun); a
 * present participle is read by `attributivePresent`.
 */
export function attributiveParticiple(doc: SlantDocument, c: Cue): boolean {
  if (c.type !== 'verb' || c.tokEnd - 1 !== c.head) return false;
  const k = c.head;
  if (k === 0 && !endsWithIng(doc.lower[k]!)) return false;
  if (endsWithIng(doc.lower[k]!)) return attributivePresent(doc, k, c.lemma);
  // (the cue may hold its degree adverb: "a broadly respected judge")
  const graded = c.tokEnd - c.tokStart === 2 && DEGREE.has(doc.lower[c.tokStart]!);
  if ((c.tokEnd - c.tokStart !== 1 && !graded) || !endsWithEd(doc.lower[k]!)) return false;
  let before = k - 1;
  // (also a grading word: "the most feared man", "a less respected court")
  if ((DEGREE.has(doc.lower[before]!) || GRADERS.has(doc.lower[before]!)) && before > 0) before--;
  const low = doc.lower[before]!;
  const opener = NP_OPENERS.has(low) || (doc.pos[before] === 'ADP' && low !== 'that') || QUANTITY_OPENERS.has(doc.lower[k - 1]!) || adjectiveListBefore(doc, k);
  if (!opener) return false;
  // ("amid repeated calls for calm", "after renewed demands": a plural noun the tagger read as a verb;
  // a verb in the -s form cannot follow a participle after an opener. Not after "as": "as expected rises …")
  // A capitalised noun after "a"/"an" is a common noun of party or nationality ("a respected Liberal").
  return nounAfter(doc, k) || (doc.lower[before] !== 'as' && sFormMaybePlural(doc, k + 1)) || ((low === 'a' || low === 'an') && doc.pos[k + 1] === 'PROPN');
}

/**
 * Comparative quantifiers that open a noun phrase by themselves before a participle and its
 * plural noun: "gathered more pledged votes", "fewer reported cases". Before a participle with
 * no noun they grade it ("more worried"), which `nounAfter` rules out.
 */
const QUANTITY_OPENERS = new Set(['more', 'fewer']);

/** Does an adjective and a comma stand before `k` inside a noun phrase ("a crowd of young, pledged volunteers")? */
function adjectiveListBefore(doc: SlantDocument, k: number): boolean {
  return k > 2 && doc.value[k - 1] === ',' && doc.pos[k - 2] === 'ADJ' && (NP_OPENERS.has(doc.lower[k - 3]!) || doc.pos[k - 3] === 'ADP');
}

/** Tokens scanned back from a participle to the "with" of its absolute phrase: a bounded look. */
const ABSOLUTE_REACH = 12;

/**
 * A past participle of a reporting verb in an absolute phrase, "With the slides projected to the wall, …",
 * "without the figures announced, …": the noun phrase after "with"/"without" (opening the sentence or after
 * a comma) is what the participle's act was done to, never who reports, and the phrase reports nothing. A
 * forecast no one named ("With fares projected to rise") is an agentless cue of its own, which stays.
 */
export function absolutePhraseParticiple(doc: SlantDocument, c: Cue): boolean {
  if (c.type !== 'verb' || c.tokEnd - 1 !== c.head || c.tokEnd - c.tokStart !== 1) return false;
  const k = c.head;
  // (not before an infinitive, a forecast's, nor before a clause: "with many worried that …" reports a fear)
  if (!endsWithEd(doc.lower[k]!) || (doc.lower[k + 1] === 'to' && (doc.pos[k + 2] === 'VERB' || doc.pos[k + 2] === 'AUX')) || doc.lower[k + 1] === 'that' || takesClause(doc, k + 1, doc.sentences[doc.sentenceOf[k]!]!.tokenEnd)) return false;
  // (an agent after the participle makes it a report of its own: "with the levy opposed by
  // most growers")
  let after = k + 1;
  while (doc.pos[after] === 'ADV' && after - k <= 2) after++;
  if (doc.lower[after] === 'by') return false;
  const ts = doc.sentences[doc.sentenceOf[k]!]!.tokenStart;
  // (only over a noun phrase, "of" joining its parts: "With the slides of the talk | projected …")
  for (let t = k - 1; t >= ts && k - t <= ABSOLUTE_REACH; t--) {
    if (ABSOLUTE_PREPOSITIONS.has(doc.lower[t]!)) return t < k - 1 && (t === ts || doc.value[t - 1] === ',');
    if (!NOUN_PHRASE_TAGS.has(doc.pos[t]!) && doc.lower[t] !== 'of') return false;
  }
  return false;
}

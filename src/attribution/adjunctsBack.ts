/**
 * Adjuncts skipped leftwards between a verb and its subject: time phrases, medium phrases
 * ("in a statement"), adverbial idioms and adverbials inside the verb group.
 */
import type { SlantDocument } from '../document/readDocument.js';
import { isAdverbLike, isCap, isDigitRun, isNounAfterArticle, isPunct, isVerb, PLAIN_ARTICLES, POSSESSIVE_DETERMINERS, MODALS, endsWithIng, soFarAt } from './tokens.js';
import { DAY_PARTS, MONTHS_BUT_MAY, NEAR_DAYS, PERIODS, WEEKDAYS, wordSet, MONTH_SET } from './timeWords.js';
import { TIME_PHRASE_LEADS } from './timePhrases.js';
import { MEDIUM_NOUNS } from './media.js';

/** Auxiliaries that must be followed by a verb: an adverbial after one still belongs to the verb group. */
const GROUP_AUXILIARIES = new Set(['has', 'have', 'had', "'s", '’s', "'ve", '’ve', "'d", '’d', 'will', 'would', 'could', 'should', 'might', 'may', 'must', 'can', 'shall', 'is', 'are', 'was', 'were']);
/** Prepositions that open a short adverbial inside a verb group ("has in the past said", "had at times argued"). */
const ADVERBIAL_PREPOSITIONS = new Set(['in', 'at', 'for', 'on', 'over', 'by', 'until', 'till', 'from', 'throughout', 'after']);
/**
 * Tags of the words of a short adverbial phrase after its preposition ("the past", "recent weeks",
 * "one point", "times"). Four compares, not a set: asked per token of the scans below, where a
 * set lookup (hash and probe) costs more than comparing short tag strings.
 */
const isAdverbialWordTag = (tag: string) => tag === 'NOUN' || tag === 'DET' || tag === 'ADJ' || tag === 'NUM';

/**
 * "has since said", "has so far refused", "had in the past described", "have at times argued":
 * an adverbial the tagger does not read as an adverb, between an auxiliary and its verb, ending
 * at `t`. Returns the auxiliary's index, or -1. Looks at most five tokens back.
 */
function adverbialAfterAuxiliary(doc: SlantDocument, t: number, ts: number): number {
  if (t <= ts) return -1;
  const low = doc.lower[t]!;
  let u = t;
  // ("far" may read as an adverb and be stepped over already, leaving "so")
  if (low === 'since' || low === 'yet' || soFarAt(doc, t)) u = t;
  else if (t > 0 && soFarAt(doc, t - 1)) u = t - 1;
  else {
    while (u > ts && t - u < 4 && isAdverbialWordTag(doc.pos[u]!) && !isCap(doc, u)) u--;
    if (u === t || !ADVERBIAL_PREPOSITIONS.has(doc.lower[u]!)) return -1;
  }
  let a = u - 1;
  while (a > ts && isAdverbLike(doc, a) && !GROUP_AUXILIARIES.has(doc.lower[a]!)) a--;
  return a >= ts && GROUP_AUXILIARIES.has(doc.lower[a]!) && doc.pos[a] === 'AUX' ? a : -1;
}

/** Prepositions that open an adverbial between "who"/"which" or an auxiliary and the verb ("who through his office declined"; the reader folds "through" to "thru"). */
const INNER_PREPOSITIONS = new Set(['in', 'on', 'at', 'through', 'thru', 'throughout', 'during', 'over', 'since', 'for', 'after', 'before', 'from', 'under', 'across', 'until']);

/**
 * "who in three past rulings had made clear", "which for most of the last decade
 * backed", "has throughout the toll debate boasted": a prepositional phrase ending at `t` right
 * after a relative pronoun or an auxiliary. Returns the pronoun's or auxiliary's index, or -1.
 */
function phraseAfterRelativeOrAuxiliary(doc: SlantDocument, t: number, ts: number): number {
  if (t - 2 < ts || !(doc.pos[t] === 'NOUN' || doc.pos[t] === 'PROPN' || doc.pos[t] === 'NUM')) return -1;
  let u = t;
  while (u > ts && t - u < 10 && (isAdverbialWordTag(doc.pos[u]!) || doc.pos[u] === 'PROPN' || doc.pos[u] === 'ADV' || POSSESSIVE_DETERMINERS.has(doc.lower[u]!) || (doc.lower[u] === 'of' && u < t))) u--;
  if (u === t || !INNER_PREPOSITIONS.has(doc.lower[u]!) || isCap(doc, u)) return -1;
  const w = u - 1;
  if (w < ts) return -1;
  if ((doc.lower[w] === 'who' || doc.lower[w] === 'which') && w - 1 >= ts) return w;
  return GROUP_AUXILIARIES.has(doc.lower[w]!) && doc.pos[w] === 'AUX' ? w : -1;
}

const TIME_NOUN_WORDS = wordSet(WEEKDAYS, PERIODS, DAY_PARTS, NEAR_DAYS, MONTHS_BUT_MAY);
export const isTimeNoun = (w: string) => TIME_NOUN_WORDS.has(w) || isDigitRun(w, 4, 4);

const TIME_LEADS = /^(?:on|last|this|next|early|earlier|late|later|the|that|same|previous|past|in|during|over|recent|a|few|two|three|several|sunday's|monday's|for|since)$/;

/**
 * Steps left over auxiliaries, adverbs and a time phrase between a subject and its verb
 * ("Varga on Saturday criticized", "Ruiz last week said", "officials earlier this month announced").
 */
export function skipAdjunctsBack(doc: SlantDocument, j: number, ts: number): number {
  let t = j;
  for (let guard = 0; guard < 3; guard++) {
    // (an idiom whose last word reads as an adverb is stepped over whole: "who in the past voiced")
    // (not a word an article leads right before the verb, the subject's own head: "Less than a third agreed", "A few
    // said"; an idiom such as "in the past" is still stepped over)
    while (t >= ts && isAdverbLike(doc, t) && !articleHead(doc, t, j, ts) && !monthSurname(doc, t, ts) && !adverbNameEnd(doc, t, ts) && !modalName(doc, t) && !quantifierSubject(doc, t, ts) && !monthMayAt(doc, t, ts)) {
      const idiom = ADVERBIAL_IDIOMS.has(doc.lower[t]!) ? mediumPhraseBefore(doc, t, ts) : -1;
      t = idiom >= 0 ? idiom : t - 1;
    }
    // "Vale all but accused Berg": "all but" (almost) before a verb is an adverb of degree
    if (t - 1 > ts && doc.lower[t] === 'but' && doc.lower[t - 1] === 'all' && (isVerb(doc, t + 1) || doc.pos[t + 1] === 'AUX')) {
      t -= 2;
      continue;
    }
    const aux = adverbialAfterAuxiliary(doc, t, ts);
    if (aux >= 0) {
      t = aux;
      continue;
    }
    const pp = mediumPhraseBefore(doc, t, ts);
    if (pp >= 0) {
      t = pp;
      continue;
    }
    const inner = phraseAfterRelativeOrAuxiliary(doc, t, ts);
    if (inner >= 0) {
      t = inner;
      continue;
    }
    if (t < ts || !(isTimeNoun(doc.lower[t]!) || monthMayAt(doc, t, ts)) || monthSurname(doc, t, ts)) break;
    let u = t - 1;
    while (u >= ts && t - u < 5 && (TIME_LEADS.test(doc.lower[u]!) || isTimeNoun(doc.lower[u]!) || doc.pos[u] === 'NUM' || isAdverbLike(doc, u))) u--;
    // a time noun after "of" ends a phrase of the subject, not an adjunct of the verb ("clerks who worked there for a
    // couple of years said", "the crews Berg hired in the first two weeks of May told")
    if (u >= ts && doc.lower[u] === 'of') break;
    // a bare year is no adjunct before a verb ("Ruiz 1990 said" is not English): it ends the
    // object of the subject's own phrase ("An audit going back to 1990 showed")
    if (u === t - 1 && /^\d{4}$/.test(doc.lower[t]!)) break;
    // a bare date word must not be the whole subject: "Monday was quiet" keeps it
    // ("Rep. Nora Quist (D-Maine) on Friday downplayed": a closing parenthesis ends the subject)
    // ("Ruiz, who led the party, last year proposed", "…, on Friday declared": a time phrase its own lead
    // word marks as an adjunct stands after a comma; the subject is before the comma)
    if (u > ts && doc.value[u] === ',' && u + 1 < t && TIME_PHRASE_LEADS.has(doc.lower[u + 1]!)) {
      t = u;
      break;
    }
    if (u < ts || (isPunct(doc, u) && doc.value[u] !== ')')) break;
    // "… but on Tuesday wrote", "who last week said": the conjunction or pronoun before the time phrase comes next
    if (/^(?:and|but|that|who|which)$/.test(doc.lower[u]!)) {
      if (u + 1 < t) t = u;
      break;
    }
    t = u;
  }
  return t;
}

/** "a third", "a few" right before the verb at `j`: a word an article leads is the head of the subject, not an adverb. */
function articleHead(doc: SlantDocument, t: number, j: number, ts: number): boolean {
  return t === j && t - 1 >= ts && PLAIN_ARTICLES.has(doc.lower[t - 1]!) && !ADVERBIAL_IDIOMS.has(doc.lower[t]!);
}

/**
 * "Both have argued …": "both", which the adverb list holds as a quantifier floated after its subject ("they have
 * both argued"), is the subject itself first in its sentence (after an opening conjunction too), right before an
 * auxiliary or a verb.
 */
function quantifierSubject(doc: SlantDocument, t: number, ts: number): boolean {
  if (doc.lower[t] !== 'both' || (doc.pos[t + 1] !== 'AUX' && doc.pos[t + 1] !== 'VERB')) return false;
  return t === ts || (t === ts + 1 && doc.pos[ts] === 'CCONJ');
}

/**
 * "Will believes …", "May said …": a capitalised modal before an inflected verb is a name (a
 * modal takes a bare verb: "Will Vale say …?", "Vale May Quit" keep the modal).
 */
export function modalName(doc: SlantDocument, t: number): boolean {
  const next = t + 1 < doc.tokenCount ? doc.lower[t + 1]! : '';
  return MODALS.has(doc.lower[t]!) && isCap(doc, t) && doc.value[t] !== doc.lower[t]!.toUpperCase() && (doc.pos[t + 1] === 'VERB' || doc.pos[t + 1] === 'NOUN') && doc.lemma[t + 1] !== next && !next.endsWith('ing');
}

/**
 * "drafted in May", "since early May": a capitalised "May" after a word that leads a time phrase is the month,
 * not the modal (which the adverb-like words hold), so the phrase is stepped over whole.
 */
function monthMayAt(doc: SlantDocument, t: number, ts: number): boolean {
  return t - 1 >= ts && doc.lower[t] === 'may' && isCap(doc, t) && TIME_LEADS.test(doc.lower[t - 1]!);
}

/**
 * "Nell May said", "Ruth March told": a capitalised month right after a capitalised name, with no
 * number beside it, is the name's last word, not a bare date ("the council March 3 voted") nor the
 * modal "may", which takes a bare verb ("Vale May Quit" in a title-case headline keeps the modal).
 */
function monthSurname(doc: SlantDocument, t: number, ts: number): boolean {
  if (t - 1 < ts || !MONTH_SET.has(doc.lower[t]!) || !isCap(doc, t) || !isCap(doc, t - 1) || doc.pos[t - 1] !== 'PROPN' || doc.pos[t + 1] === 'NUM' || doc.pos[t - 2] === 'NUM') return false;
  return doc.lower[t] !== 'may' || (doc.lemma[t + 1] !== undefined && doc.lemma[t + 1] !== doc.lower[t + 1]);
}

/**
 * "Harbour First said", "a group called Tarn Forward says": a capitalised adverb-like word right after a capitalised
 * name, before a lower-case word, is the name's last word, not an adverb of the verb (in a title-case headline the
 * verb after it is capitalised too: "Vale Firmly Says" keeps the adverb; a clitic joined to it, "Isn't", is no name).
 */
function adverbNameEnd(doc: SlantDocument, t: number, ts: number): boolean {
  return t - 1 >= ts && isCap(doc, t) && isCap(doc, t - 1) && doc.pos[t - 1] === 'PROPN' && t + 1 < doc.tokenCount && !isCap(doc, t + 1) && !isPunct(doc, t + 1) && doc.start[t + 1]! > doc.end[t]!;
}

/** Short adverbial idioms that may stand between a subject and its verb: "at one point", "at times", "in turn", "for his part". */
const ADVERBIAL_IDIOMS = new Map([
  ['point', ['at', 'one']], ['times', ['at']], ['turn', ['in']], ['response', ['in']], ['return', ['in']], ['part', ['for', '*']], ['first', ['at']], ['once', ['at']], ['length', ['at']], ['past', ['in', 'the']],
]);

/**
 * "Ruiz in a statement said", "the mayor in an interview with the Courier argued", "Vale at one
 * point called": a prepositional phrase naming where something was said (or a short adverbial
 * idiom) ending at `t`, between a subject and its verb. Returns the index before the phrase, or -1.
 * (Not when a verb stands right before the preposition: "spoke in an interview" keeps its phrase.)
 */
function mediumPhraseBefore(doc: SlantDocument, t: number, ts: number): number {
  if (t - 1 <= ts) return -1;
  const low = doc.lower[t]!;
  const idiom = ADVERBIAL_IDIOMS.get(low);
  if (idiom) {
    let u = t - 1;
    for (let w = idiom.length - 1; w >= 0; w--, u--) {
      if (u < ts) return -1;
      if (idiom[w] === '*' ? !POSSESSIVE_DETERMINERS.has(doc.lower[u]!) : doc.lower[u] !== idiom[w]) return -1;
    }
    // (", at one point calling …": the comma before it comes next)
    return u >= ts && (!isPunct(doc, u) || doc.value[u] === ',') && doc.pos[u] !== 'VERB' && doc.pos[u] !== 'AUX' ? u : -1;
  }
  // (not before a participle, which the noun governs: "in a statement saying …")
  // (also a noun the tagger reads as a verb after an article: "in a later interview")
  if (!MEDIUM_NOUNS.has(low) || (doc.pos[t] !== 'NOUN' && doc.pos[t] !== 'PROPN' && !isNounAfterArticle(doc, t)) || endsWithIng(doc.lower[t + 1] ?? '')) return -1;
  let u = t - 1;
  // "in a statement", "in an interview", "in his weekly radio address", "on Fox News", "in a later interview"
  while (u > ts && t - u < 5 && (doc.pos[u] === 'DET' || doc.pos[u] === 'ADJ' || doc.pos[u] === 'NUM' || POSSESSIVE_DETERMINERS.has(doc.lower[u]!) || ((doc.pos[u] === 'NOUN' || doc.pos[u] === 'ADV') && u === t - 1) || isCap(doc, u))) u--;
  if (u <= ts || !/^(?:in|on|at|during|via|through)$/.test(doc.lower[u]!) || isVerb(doc, u - 1) || (isPunct(doc, u - 1) && doc.value[u - 1] !== ',')) return -1;
  return u - 1;
}

/**
 * Sentence openers that cite a finding: "In a county poll last month, …" makes an
 * according-type cue whose content is the rest of the sentence.
 */
import type { SlantDocument } from '../document/readDocument.js';
import { AND_BUT, isAdverbLike, isCap, isQuoteMark, isVerb, sFormVerbReadAsNoun, endsWithEd } from './tokens.js';
import { WEEKDAYS, wordSet } from './timeWords.js';

/** Documents that report findings when a sentence opens with "In …,": polls, surveys, studies, reports. */
const FINDING_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'report', 'reports', 'analysis', 'review', 'audit', 'census', 'tally', 'ranking', 'rankings', 'findings', 'data', 'figures', 'estimate', 'estimates', 'forecast', 'projections', 'filing', 'filings', 'memo', 'records', 'documents', 'index']);

/**
 * "In a county poll last month," / "In the latest survey, conducted in early May,": the comma after a
 * noun phrase headed by a finding noun, or -1. What the sentence says after it is what the
 * finding reports.
 */
export function documentOpener(doc: SlantDocument, k: number, te: number): number {
  let head = -1;
  for (let c = k + 1; c < te && c - k < 16; c++) {
    const v = doc.value[c]!;
    if (v === ',') {
      // "In the latest survey, conducted in early May, 35 percent …": a participle phrase after the noun
      if (head >= 0 && endsWithEd(doc.lower[c + 1] ?? '') && doc.pos[c + 1] === 'VERB') {
        let d = c + 2;
        while (d < te && d - c < 10 && doc.value[d] !== ',') d++;
        return doc.value[d] === ',' ? d : c;
      }
      return head >= 0 && c + 1 < te ? c : -1;
    }
    if (isQuoteMark(doc, c) || /^[;.:!?()]$/.test(v) && !(v === '.' && isCap(doc, c - 1))) return -1;
    if (FINDING_NOUNS.has(doc.lower[c]!) && (doc.pos[c] === 'NOUN' || doc.pos[c] === 'PROPN')) head = c;
    else if (head < 0 && (isVerb(doc, c) || doc.pos[c] === 'PRON' || doc.pos[c] === 'SCONJ')) return -1;
  }
  return -1;
}

/** Polls and surveys, whose findings a clause may report with "in" after it: "Ruiz leads by ten points in a county poll." */
const POLL_NOUNS = new Set(['poll', 'survey', 'polls', 'surveys']);

/**
 * "In a county poll released Monday, 31% of voters said …": is the opener's phrase [a, b) headed
 * by a poll (before any preposition or participle: not "an interview about the poll", "a memo
 * released as polls closed") and does the clause from `c` open with its respondents — a number
 * in its first three words ("just 8 percent of", "however, 73 percent") or a bare plural group
 * with no determiner ("likely voters", "most growers") — not a speaker of its own ("Vale said …",
 * "the union said …")? Then what the respondents say is the poll's finding. Bounded by the phrase
 * and three words of the clause [c, e).
 */
export function pollShareOpener(doc: SlantDocument, a: number, b: number, c: number, e: number): boolean {
  let poll = false;
  for (let t = a; t < b && !poll && doc.pos[t] !== 'ADP' && doc.pos[t] !== 'VERB'; t++) poll = POLL_NOUNS.has(doc.lower[t]!);
  if (!poll) return false;
  // (a number within the clause, which ends at `e`)
  for (let t = c; t < e && t - c < 3; t++) if (doc.pos[t] === 'NUM') return true;
  return doc.pos[c] === 'NOUN' || doc.pos[c] === 'ADJ';
}

/** Words that open the phrase of particular polls after "in" ("in a new poll", "in these surveys"). */
const POLL_DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those']);

/** Quantifiers that pick out the polls with no modifier: "in most surveys", "in every poll". */
const POLL_QUANTIFIERS = new Set(['every', 'each', 'most', 'several', 'both', 'all']);

/** Words that may follow a poll's noun up to the end of its phrase: "in a new poll released Sunday by the Herald". */
const POLL_TAIL = wordSet(['of', 'by', 'from', 'for', 'among', 'conducted', 'released', 'published', 'taken', 'out', 'last', 'this', 'early', 'late', 'on', 'in', 'week', 'month', 'year'], WEEKDAYS);

/** Verbs (lemmas) and words of a standing or a result in a race: "leads", "trails", "finished second", "is ahead". */
const STANDING_WORDS = wordSet(['lead', 'trail', 'rise', 'fall', 'finish', 'rank', 'place', 'score', 'gain', 'lose', 'drop', 'slip', 'climb', 'edge', 'top', 'win', 'beat', 'surge', 'fare', 'tie', 'lag', 'poll', 'remain', 'stay'], ['ahead', 'behind', 'stuck', 'tied', 'level', 'even', 'first', 'second', 'third', 'fourth', 'fifth', 'last', 'percent', 'percentage', 'points', 'point', 'margin', 'support', '%']);

/**
 * Does the clause before the "in" at `k` tell a standing or a result ("leads Berg", "finished
 * second", "is ahead") or give a figure ("has 40 percent")? Without one, "in" and polls with no
 * determiner complement the verb ("worked in exit polls", "specializes in online surveys").
 */
function standingBefore(doc: SlantDocument, ts: number, k: number): boolean {
  for (let t = ts; t < k; t++) {
    if (doc.pos[t] === 'NUM') return true;
    const lemma = doc.lemma[t]!;
    // (a lemma equal to the form is the form's own string, `WordColumns`: one lookup then)
    if (STANDING_WORDS.has(lemma) || (doc.lower[t] !== lemma && STANDING_WORDS.has(doc.lower[t]!))) return true;
  }
  return false;
}

/**
 * "Ruiz leads Vale by ten points in a county poll released Sunday.": a clause that ends with "in"
 * and particular polls or surveys reports what they found. Particular: a modifier before the noun
 * ("in a new Herald poll", "in the latest survey", "in national polls", "in Monday's poll", "in
 * latest poll") or a quantifier ("in most surveys", "in every poll"); not "in the polls", "in
 * polls", "in the poll" (standing, or no poll in particular). Returns the end of the poll's phrase
 * (at punctuation or the sentence's end), or -1: also when no verb comes before "in" in the
 * sentence, or when more follows the phrase ("…in a poll said", "rose in a poll to 29 percent"),
 * where the poll is no adjunct of the whole clause, and for polls with no determiner or a quantifier when
 * the clause tells no standing or figure (standingBefore: "worked in exit polls").
 */
export function findingAdjunct(doc: SlantDocument, k: number, ts: number, te: number): number {
  const first = doc.lower[k + 1] ?? '';
  const quantified = POLL_QUANTIFIERS.has(first);
  // (bare or quantified polls: "worked in exit polls", "was mentioned in several polls" complement the verb)
  if (!POLL_DETERMINERS.has(first) && !standingBefore(doc, ts, k)) return -1;
  const from = quantified || POLL_DETERMINERS.has(first) ? k + 2 : k + 1;
  let head = -1;
  let c = from;
  // (a pollster's name may be long: "in a KTV News/Marlow Ledger/Tide Harbour poll")
  for (; c < te && c - k < 16; c++) {
    if (POLL_NOUNS.has(doc.lower[c]!) && (doc.pos[c] === 'NOUN' || doc.pos[c] === 'PROPN') && (c > from || quantified)) {
      head = c;
      break;
    }
    // ("in the Courier average of county polls": the polls an average pools)
    if (doc.lower[c] === 'average' && doc.lower[c + 1] === 'of') {
      c++;
      continue;
    }
    // (another preposition: "in fourth in most surveys" is the later "in"'s)
    if (isQuoteMark(doc, c) || /^[,;.:!?()]$/.test(doc.value[c]!) || isVerb(doc, c) || doc.pos[c] === 'ADP') return -1;
  }
  if (head < 0) return -1;
  let e = head + 1;
  // a tail of dates, a pollster, a participle: "released Sunday by the Herald", "taken July 11-14"
  while (e < te && e - head < 10 && (POLL_TAIL.has(doc.lower[e]!) || isCap(doc, e) || doc.pos[e] === 'NUM' || doc.pos[e] === 'DET' || (doc.value[e] === '-' && e > head + 1))) e++;
  if (e < te && !/^[,;.!?]$/.test(doc.value[e]!) && !predicateOrConcessionNext(doc, e, te)) return -1;
  // (also over a verb the tagger read as a noun: "Ruiz trails Berg in a county poll")
  for (let t = ts; t < k; t++) if (isVerb(doc, t) || sFormVerbReadAsNoun(doc, t, ts)) return e;
  return -1;
}

/**
 * Does the poll's phrase end at `e` because a second predicate or a concession follows ("…in a
 * new county poll and is short of money", "…in national polls despite the row")? The poll
 * reports only the clause before it.
 */
export function predicateOrConcessionNext(doc: SlantDocument, e: number, te: number): boolean {
  if (doc.lower[e] === 'despite') return true;
  if (!AND_BUT.has(doc.lower[e]!)) return false;
  let v = e + 1;
  while (v < te && v - e < 3 && isAdverbLike(doc, v)) v++;
  return v < te && isVerb(doc, v);
}

import type { SlantDocument } from '../document/readDocument.js';
import { attributionLexicons } from './attributionLexicons.js';
import type { Stance } from '../schema/articleAnalysis.js';
import { isQuoteMark } from './tokenWindow.js';

/** A reporting expression found in the text. Token indices are [tokStart, tokEnd). */
export interface Cue {
  type: 'verb' | 'according' | 'agentless' | 'phrase';
  tokStart: number;
  tokEnd: number;
  /** The verb token, for verb cues (subject and object are found around it). */
  head: number;
  lemma: string;
  stance: Stance;
  sentence: number;
}

/** Words that can start a cue other than a reporting verb. */
const CUE_STARTERS = new Set(['according', 'reportedly', 'purportedly', 'allegedly', 'reports', 'said', 'has', 'have', 'is', 'are', 'was', 'were', 'be', 'been', "'s", '’s']);

/** Verbs that report speech only in a particular construction. */
const CONSTRAINED = new Set(['concede', 'admit', 'comment', 'call', 'continue', 'read', 'describe', 'ask', 'charge', 'accuse', 'allege', 'report', 'add', 'post', 'answer', 'respond', 'reply', 'brief', 'signal', 'indicate', 'express', 'order', 'counter', 'observe', 'note', 'mention', 'recall', 'state', 'maintain']);
const AGENTLESS_PARTICIPLES = new Set(['believed', 'thought', 'understood', 'said', 'reported', 'rumoured', 'rumored', 'alleged', 'claimed', 'known', 'suggested']);
const BELIEF_VERBS = new Set(['believe', 'think', 'feel', 'say', 'tell', 'consider', 'fear', 'want', 'plan', 'tell', 'warn', 'complain']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', "'s", '’s']);

/**
 * Finds the reporting expressions of one sentence: reporting verbs from the `reporting-verbs`
 * lexicon in any inflection (with particle phrases such as "ruled out"), "according to",
 * and agentless cues ("reportedly", "is believed to", "it is understood that",
 * "reports have emerged"). Words that only look like cues are skipped: "the said property",
 * "all told", "the alleged leader", "according to plan" (left to the caller, which needs a
 * speaker-like source).
 */
export function findCues(doc: SlantDocument, sentence: number): Cue[] {
  const { verbs: VERBS, particlePhrases: PARTICLE_PHRASES, particleFirst: PARTICLE_FIRST } = attributionLexicons();
  const { tokenStart: ts, tokenEnd: te } = doc.sentences[sentence]!;
  const cues: Cue[] = [];
  const lower = doc.lower;
  for (let k = ts; k < te; k++) {
    const low = lower[k]!;
    const lem = doc.lemma[k]!;
    if (!CUE_STARTERS.has(low) && !VERBS.has(lem) && !VERBS.has(low) && !PARTICLE_FIRST.has(lem) && !(low.endsWith('ed') && doc.pos[k] === 'ADJ')) continue;
    const prev = k > ts ? lower[k - 1]! : '';
    const next = k + 1 < te ? lower[k + 1]! : '';

    if (low === 'according' && next === 'to') {
      cues.push({ type: 'according', tokStart: k, tokEnd: k + 2, head: k, lemma: 'according to', stance: 'neutral', sentence });
      // the source phrase after "according to" holds no cue of its own ("according to reports")
      k += 2;
      while (k + 1 < te && !/^[,;.:!?]$/.test(doc.value[k + 1]!) && !isQuoteMark(doc, k + 1)) k++;
      continue;
    }
    if (low === 'allegedly') {
      cues.push({ type: 'agentless', tokStart: k, tokEnd: k + 1, head: k, lemma: 'allege', stance: 'distancing', sentence });
      continue;
    }
    if (low === 'reportedly' || low === 'purportedly') {
      const v = k + 1 < te && BELIEF_VERBS.has(doc.lemma[k + 1]!) ? k + 1 : -1;
      if (v >= 0) cues.push({ type: 'verb', tokStart: k, tokEnd: v + 1, head: v, lemma: doc.lemma[v]!, stance: 'neutral', sentence });
      else cues.push({ type: 'agentless', tokStart: k, tokEnd: k + 1, head: k, lemma: low, stance: 'neutral', sentence });
      if (v >= 0) k = v;
      continue;
    }
    // "is believed to", "are widely reported to", "It is understood that", "It has also been claimed that"
    const adverb = next === 'widely' || next === 'also' || next === 'now' || next === 'further' ? 1 : 0;
    const beenSkip = lower[k + 1 + adverb] === 'been' ? 1 : 0;
    const participle = lower[k + 1 + adverb + beenSkip] ?? '';
    if ((BE.has(low) || low === 'has' || low === 'have') && AGENTLESS_PARTICIPLES.has(participle) && (BE.has(low) || beenSkip)) {
      const itStart = prev === 'it' ? k - 1 : k;
      const p = k + 1 + adverb + beenSkip;
      let j = p + 1;
      while (j < te && j < p + 6 && lower[j] !== 'that' && lower[j] !== 'to') j++;
      if ((lower[j] === 'that' || lower[j] === 'to') && (participle !== 'known' || itStart < k)) {
        const verb = doc.lemma[p]!;
        cues.push({ type: 'agentless', tokStart: itStart, tokEnd: p + 1, head: p, lemma: verb, stance: VERBS.get(verb) === 'distancing' ? 'distancing' : 'neutral', sentence });
        k = p;
        continue;
      }
    }
    // "24 people said to be members of": a hedge with no speaker
    if (low === 'said' && next === 'to' && (doc.lower[k + 2] === 'be' || doc.lower[k + 2] === 'have') && !BE.has(prev)) {
      cues.push({ type: 'agentless', tokStart: k, tokEnd: k + 2, head: k, lemma: 'say', stance: 'neutral', sentence });
      k++;
      continue;
    }
    if (low === 'reports' && (next === 'have' || next === 'has') && doc.lemma[k + 2] === 'emerge') {
      cues.push({ type: 'agentless', tokStart: k, tokEnd: k + 3, head: k + 2, lemma: 'emerge', stance: 'neutral', sentence });
      k += 2;
      continue;
    }
    if (low === 'reports' && (next === 'say' || next === 'said' || next === 'suggest' || next === 'suggested' || next === 'indicate')) {
      cues.push({ type: 'agentless', tokStart: k, tokEnd: k + 2, head: k + 1, lemma: 'report', stance: 'neutral', sentence });
      k++;
      continue;
    }

    // wink-nlp tags some participles as adjectives with themselves as lemma ("alleged").
    let stance = VERBS.get(lem) ?? VERBS.get(low) ?? (low.endsWith('ed') && next === 'that' ? VERBS.get(low.slice(0, -1)) ?? VERBS.get(low.slice(0, -2)) : undefined);
    let end = lem === 'continue' && next === ',' && lower[k + 2] === 'adding' ? k + 3 : k + 1;
    const phrase = PARTICLE_FIRST.has(lem) ? PARTICLE_PHRASES.get(`${lem} ${next}`) : undefined;
    if (phrase) {
      stance = phrase;
      end = k + 2;
    }
    if (!stance) continue;
    const pos = doc.pos[k]!;
    if (!phrase && pos !== 'VERB' && pos !== 'AUX' && !(low === 'says' || low === 'said' || low === 'say') && !(pos === 'ADJ' && next === 'that')) continue;
    if (['the', 'a', 'an', 'this', 'that', 'these', 'its', 'his', 'her', 'their'].includes(prev) && !phrase) continue; // the said property
    if (low === 'told' && prev === 'all') continue; // all told
    if (!phrase && !allowedInConstruction(doc, k, ts, te)) continue;
    cues.push({ type: 'verb', tokStart: k, tokEnd: end, head: k, lemma: phrase ? `${lem} ${next}` : lem, stance, sentence });
    k = end - 1;
  }
  return cues;
}

function allowedInConstruction(doc: SlantDocument, k: number, ts: number, te: number): boolean {
  const lem = doc.lemma[k]!;
  const low = doc.lower[k]!;
  const next = k + 1 < te ? doc.lower[k + 1]! : '';
  const prev = k > ts ? doc.lower[k - 1]! : '';
  if (!CONSTRAINED.has(lem)) return true;
  const quoteSoon = () => {
    for (let j = k + 1; j < Math.min(te, k + 8); j++) if (isQuoteMark(doc, j)) return true;
    return false;
  };
  switch (lem) {
    case 'call':
      return (quoteSoon() && next !== 'for') || next === 'for' || next === 'on';
    case 'continue':
      return next === ':' || (next === ',' && doc.lower[k + 2] === 'adding');
    case 'read':
      return next === 'a' && doc.lower[k + 2] === 'statement';
    case 'ask':
      return k !== ts && !['whether', 'if', 'about', 'why', 'how', 'what', 'when', 'not', 'to', 'for'].includes(next) && prev !== ',';
    case 'describe':
      return true; // "described X as “...”", "described how", or an introduction to the quotation that follows
    case 'answer':
      return next === ':' || next === ',' || next === 'that' || isQuoteMark(doc, k + 1);
    case 'charge':
    case 'accuse':
    case 'allege':
      // "charged with murder", "accused of", "the alleged leader" are labels, not speech.
      return next === 'that' || (next !== 'with' && next !== 'of' && doc.pos[k] === 'VERB' && !BE.has(prev) && prev !== 'been');
    case 'report':
      return !BE.has(prev) && doc.pos[k] === 'VERB' && low !== 'reporting';
    case 'add':
      return !['value', 'to', 'up'].includes(next) && !/^\d/.test(next);
    case 'note':
    case 'state':
    case 'maintain':
    case 'mention':
    case 'recall':
    case 'observe':
      return next === 'that' || next === ',' || next === ':' || next === '.' || quoteSoon() || doc.pos[k + 1] === 'DET' || doc.pos[k + 1] === 'PRON' || doc.pos[k + 1] === 'NOUN' || doc.pos[k + 1] === 'PROPN' || doc.pos[k + 1] === 'ADJ';
    default:
      return next === 'that' || next === ':' || next === ',' || quoteSoon();
  }
}

import type { VoiceMap } from '../attribution/voiceMap.js';
import type { SlantDocument } from '../document/readDocument.js';
import { ANALYSED_KINDS } from '../document/segments/segmentDocument.js';
import { evidenceFromMatches, toEvidence, type CategorisedEvidence, type TokenRanges } from '../framing/evidenceFromMatches.js';
import { anchorShape } from '../document/shapeAnchor.js';
import type { TokenKeys } from '../lexicons/lexiconMatcher.js';
import type { LexiconSet } from '../lexicons/resolveLexicons.js';
import type { Attribution, Evidence, LabelEvidence, Quote, Segment } from '../schema/articleAnalysis.js';
import { findScareQuotes } from './findScareQuotes.js';
import { findUnattributedEvaluative, type EvaluativeSentence } from './findUnattributedEvaluative.js';
import { withSuperlativeClaims } from './intensifierEvidence.js';
import { markReporterSentences } from './reporterSentences.js';
import { scoreSubjectivity, type SubjectiveSentence } from './scoreSubjectivity.js';

export interface LanguageResult {
  loaded: Evidence[];
  hedges: Evidence[];
  intensifiers: Evidence[];
  labels: LabelEvidence[];
  scareQuotes: Evidence[];
  unattributedEvaluative: EvaluativeSentence[];
  subjectiveSentences: SubjectiveSentence[];
  /** Mean reporter-voice sentence subjectivity, 0–1. */
  opinion: number;
  opinionatedSentenceShare: number;
  /** Sentences in the reporter's voice (body and heading, not opening inside a quote). */
  reporterSentences: number;
}

/**
 * Loaded language (each signal under its own lexicon id: evaluative words, stance verbs,
 * dysphemisms and epithets, distancing markers, Pattern's subjective adjectives), scare quotes,
 * hedges, intensifiers and superlatives (lexicons and the "most ... ever" pattern), labels of the accused
 * (hedged "suspects" vs presumptive "criminals"), unattributed evaluative sentences, and the
 * reporter's-voice subjectivity of each sentence and of the article, each with evidence.
 * `keys`: `lexicons.matchers.keysOf(doc, ranges)` when the caller has it (computed if not).
 */
export function analyzeLanguage(doc: SlantDocument, ranges: TokenRanges, lexicons: LexiconSet, voices: VoiceMap, segments: Segment[], attributions: Attribution[], quotes: Quote[], keys: TokenKeys = lexicons.matchers.keysOf(doc, ranges)): LanguageResult {
  // (Every step is a call or a loop over an index, with no spread, array destructuring or array
  // callback here: this function runs once per analysis, so TurboFan compiles it only after
  // hundreds of analyses, and each of those builtins it inlined made that late compile a large
  // one, bench/HISTORY.md perf92.)
  const loaded = evidenceFromMatches(doc, ranges, lexicons.loadedMatcher, voices, 'span', keys, false);
  const matched = evidenceFromMatches(doc, ranges, lexicons.intensifierMatcher, voices, 'span', keys, false);
  const intensifiers = withSuperlativeClaims(doc, ranges, matched, voices);
  const scareQuotes = withoutCovered(findScareQuotes(doc, segments, ANALYSED_KINDS, quotes, attributions, voices), loaded);
  const hedges = evidenceFromMatches(doc, ranges, lexicons.hedgeMatcher, voices, 'span', keys, false);
  const labels = labelsOf(evidenceFromMatches(doc, ranges, lexicons.labelMatcher, voices, 'span', keys));
  const evaluative = inTextOrder(loaded, scareQuotes, intensifiers);
  const unattributedEvaluative = findUnattributedEvaluative(doc, segments, evaluative, attributions);
  const reporter = markReporterSentences(doc, segments, quotes);
  const subjectivity = scoreSubjectivity(doc, reporter, attributions, { loaded, scareQuotes, intensifiers, hedges, labels });
  return {
    loaded,
    hedges,
    intensifiers,
    labels,
    scareQuotes,
    unattributedEvaluative,
    subjectiveSentences: subjectivity.sentences,
    opinion: subjectivity.opinion,
    opinionatedSentenceShare: subjectivity.opinionatedSentenceShare,
    reporterSentences: subjectivity.reporterSentences,
  };
}

function byStart(x: Evidence, y: Evidence): number {
  return x.start - y.start;
}

/** Loaded words, scare quotes and intensifiers in one list by start (a stable sort: at one start, in that order). */
function inTextOrder(loaded: readonly Evidence[], scareQuotes: readonly Evidence[], intensifiers: readonly Evidence[]): Evidence[] {
  const out: Evidence[] = [];
  for (let k = 0; k < loaded.length; k++) out.push(loaded[k]!);
  for (let k = 0; k < scareQuotes.length; k++) out.push(scareQuotes[k]!);
  for (let k = 0; k < intensifiers.length; k++) out.push(intensifiers[k]!);
  return out.sort(byStart);
}

/**
 * Label evidence as the output has it, with `hedged` from the entry's category. (Pushed into a literal, not made by
 * `.map`: a `map` result's elements kind depends on whether TurboFan inlined the `map`, and the readers of `labels`
 * (analyzeValidated, scoreSubjectivity) deoptimised on each new kind in the steady state, bench/HISTORY.md perf48.)
 */
function labelsOf(found: readonly CategorisedEvidence[]): LabelEvidence[] {
  const labels: LabelEvidence[] = [];
  for (let k = 0; k < found.length; k++) {
    const label = toEvidence(found[k]!) as LabelEvidence;
    label.hedged = found[k]!.category === 'hedged';
    labels.push(label);
  }
  return labels;
}

/**
 * Scare quotes whose words a loaded entry already covers (so-called “reform”) are left out:
 * the distancing counts once. Both lists are in text order and are walked together.
 */
function withoutCovered(found: Evidence[], loaded: readonly Evidence[]): Evidence[] {
  const out: Evidence[] = [];
  let c = 0;
  for (let f = 0; f < found.length; f++) {
    const e = found[f]!;
    while (c < loaded.length && loaded[c]!.end <= e.start) c++;
    if (c < loaded.length && loaded[c]!.start < e.end) continue;
    out.push(e);
  }
  return out;
}

// A label is given `hedged` after its evidence literal (`toEvidence`, with or without
// `alternatives`), so its hidden classes are reached only by transitions and die between
// documents: one example of each kept (see `anchorShape`; a fractional weight, as in
// evidenceFromMatches' examples).
for (const alternatives of [false, true]) {
  const label = toEvidence({ start: 0, end: 0, text: '', lexicon: '', entry: '', voice: 'author', negated: false, weight: 0.5, alternatives: alternatives ? [] : undefined }) as LabelEvidence;
  label.hedged = false;
  anchorShape(label);
}

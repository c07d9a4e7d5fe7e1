import type { VoiceMap } from '../attribution/voiceMap.js';
import type { SlantDocument } from '../document/readDocument.js';
import { ANALYSED_KINDS } from '../document/segments/segmentDocument.js';
import { evidenceFromMatches, toEvidence, type TokenRanges } from '../framing/evidenceFromMatches.js';
import { isNegatedAt } from '../framing/negationScope.js';
import { anchorShape } from '../document/shapeAnchor.js';
import type { TokenKeys } from '../lexicons/lexiconMatcher.js';
import type { LexiconSet } from '../lexicons/resolveLexicons.js';
import type { Attribution, Evidence, LabelEvidence, Quote, Segment } from '../schema/articleAnalysis.js';
import { findScareQuotes } from './findScareQuotes.js';
import { findSuperlativeClaims } from './findSuperlatives.js';
import { findUnattributedEvaluative, type EvaluativeSentence } from './findUnattributedEvaluative.js';
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
  const loaded = evidenceFromMatches(doc, ranges, lexicons.loadedMatcher, voices, 'span', keys, false);
  const matched = evidenceFromMatches(doc, ranges, lexicons.intensifierMatcher, voices, 'span', keys, false);
  // Superlative claims by pattern ("one of the most significant ... ever"). The claim counts once:
  // lexicon entries inside it ("most significant") become its alternatives, unless one of them
  // already covers most of it.
  // Claims and matches are both in text order (claims do not overlap): walk them together.
  const claims: Evidence[] = [];
  const covered = new Set<Evidence>();
  let c = 0;
  for (const [a, b] of findSuperlativeClaims(doc, ranges)) {
    const start = doc.start[a]!;
    const end = doc.end[b - 1]!;
    while (c < matched.length && matched[c]!.start < start) c++;
    const inside: Evidence[] = [];
    for (let k = c; k < matched.length && matched[k]!.start < end; k++) if (matched[k]!.end <= end) inside.push(matched[k]!);
    if (inside.some((e) => e.end - e.start > (end - start) / 2)) continue;
    for (const e of inside) covered.add(e);
    const claim: Evidence = {
      start, end, text: doc.text.slice(start, end), lexicon: 'superlative-pattern', entry: 'superlative … ever / in history', voice: voices.voiceAt(start), negated: isNegatedAt(doc, a), weight: 1,
    };
    if (inside.length > 0) claim.alternatives = inside.map((e) => ({ lexicon: e.lexicon, entry: e.entry }));
    claims.push(claim);
  }
  const intensifiers = [...matched.filter((e) => !covered.has(e)), ...claims].sort((x, y) => x.start - y.start || x.end - y.end);
  const scareQuotes = withoutCovered(findScareQuotes(doc, segments, ANALYSED_KINDS, quotes, attributions, voices), loaded);
  const hedges = evidenceFromMatches(doc, ranges, lexicons.hedgeMatcher, voices, 'span', keys, false);
  // (pushed into a literal, not made by `.map`: a `map` result's elements kind depends on whether TurboFan inlined the
  // `map`, and the readers of `labels` (analyzeValidated, scoreSubjectivity) deoptimised on each new kind in the steady
  // state, bench/HISTORY.md perf48)
  const labels: LabelEvidence[] = [];
  for (const e of evidenceFromMatches(doc, ranges, lexicons.labelMatcher, voices, 'span', keys)) {
    const label = toEvidence(e) as LabelEvidence;
    label.hedged = e.category === 'hedged';
    labels.push(label);
  }
  const evaluative = [...loaded, ...scareQuotes, ...intensifiers].sort((x, y) => x.start - y.start);
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

/**
 * Scare quotes whose words a loaded entry already covers (so-called “reform”) are left out:
 * the distancing counts once. Both lists are in text order and are walked together.
 */
function withoutCovered(found: Evidence[], loaded: readonly Evidence[]): Evidence[] {
  const out: Evidence[] = [];
  let c = 0;
  for (const e of found) {
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

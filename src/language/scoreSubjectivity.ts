import { tokenIndexAt, type SlantDocument } from '../document/readDocument.js';
import type { Attribution, Evidence, LabelEvidence } from '../schema/articleAnalysis.js';

/** A sentence in the reporter's voice that carries subjective language, with its score and evidence. */
export interface SubjectiveSentence {
  start: number;
  end: number;
  text: string;
  /** 0–1: 1 − 2^(−strength), where strength sums the sentence's evidence (a full-weight loaded word gives 0.5). */
  subjectivity: number;
  evidence: Evidence[];
}

/** How much one item of each kind of evidence adds to a sentence's strength (times its weight). */
export const SUBJECTIVITY_STRENGTH = {
  /** loaded words: evaluative, stance verbs, dysphemisms, epithets, distancing, superlatives */
  loaded: 1,
  /** a word held at arm's length in quotation marks */
  scareQuote: 1,
  /** a presumptive label of an accused person ("criminals"); hedged labels add nothing */
  presumptiveLabel: 0.5,
  /** an intensifier or emphatic ("utterly", "obviously") */
  intensifier: 0.5,
  /** a hedge ("apparently", "may") marks the writer's stance toward a claim, weakly */
  hedge: 0.25,
} as const;

/** The reporter's-voice subjectivity of an article: per sentence and overall. */
export interface SubjectivityResult {
  sentences: SubjectiveSentence[];
  /** Mean sentence subjectivity over the reporter's sentences (0 when there are none). */
  opinion: number;
  /** Share of the reporter's sentences whose subjectivity is at least 0.5. */
  opinionatedSentenceShare: number;
  /** How many sentences are the reporter's: body and heading sentences not opening inside a quotation. */
  reporterSentences: number;
}

export interface SubjectivityInput {
  loaded: readonly Evidence[];
  scareQuotes: readonly Evidence[];
  intensifiers: readonly Evidence[];
  hedges: readonly Evidence[];
  labels: readonly LabelEvidence[];
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Scores how subjective each sentence is in the reporter's own voice, from the language
 * evidence: only evidence in the author's voice, in body or heading lines (not editor's notes),
 * outside speech quotes and outside the content of attributions ("officials said the plan was
 * reckless" is the officials' judgement, though "claimed" in "X claimed" is the reporter's).
 * Reporter's sentences are marked by `markReporterSentences`. A sentence's strength is the sum of its evidence weights, each times its kind's
 * `SUBJECTIVITY_STRENGTH`; its subjectivity is 1 − 2^(−strength). The article's `opinion` is the
 * mean over the reporter's sentences, so long neutral reports score low and opinion pieces high.
 *
 * @example
 * ```ts
 * const a = analyzeArticle('The reckless plan is a disaster. The council met on Monday.');
 * a.language.subjectiveSentences[0].subjectivity; // 0.75
 * a.metrics.opinion; // 0.375
 * ```
 */
export function scoreSubjectivity(doc: SlantDocument, reporterSentence: Uint8Array, attributions: readonly Attribution[], input: SubjectivityInput): SubjectivityResult {
  // Attribution content spans, merged, walked with a cursor.
  // (arrays here are filled by loops: an array made by `.map` in optimised code has another
  // elements kind than the builtin's, and the next call on it deoptimised this function, bench/HISTORY.md perf42)
  // (loops by index, module comparators and helpers, no array callbacks, spreads or destructuring `for … of`: this
  // runs once per analysis, so it compiles late, and each inlined builtin with its callback made that compile larger,
  // perf94; the same stable sorts with the same comparisons, so the same order)
  const content: (readonly [number, number])[] = [];
  for (let i = 0; i < attributions.length; i++) content.push([attributions[i]!.start, attributions[i]!.end]);
  content.sort(byFirst);
  const merged: [number, number][] = [];
  for (let i = 0; i < content.length; i++) {
    const s = content[i]![0];
    const e = content[i]![1];
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  const items: { e: Evidence; strength: number }[] = [];
  addAuthorItems(items, input.loaded, SUBJECTIVITY_STRENGTH.loaded, false);
  addAuthorItems(items, input.scareQuotes, SUBJECTIVITY_STRENGTH.scareQuote, false);
  addAuthorItems(items, input.intensifiers, SUBJECTIVITY_STRENGTH.intensifier, false);
  addAuthorItems(items, input.hedges, SUBJECTIVITY_STRENGTH.hedge, false);
  addAuthorItems(items, input.labels, SUBJECTIVITY_STRENGTH.presumptiveLabel, true);
  items.sort(byEvidenceSpan);

  const bySentence = new Map<number, { strength: number; evidence: Evidence[] }>();
  let m = 0;
  for (let i = 0; i < items.length; i++) {
    const { e, strength } = items[i]!;
    while (m < merged.length && merged[m]![1] <= e.start) m++;
    if (m < merged.length && merged[m]![0] <= e.start) continue; // inside reported content
    const k = Math.min(doc.tokenCount - 1, tokenIndexAt(doc, e.start));
    if (k < 0) continue;
    const s = doc.sentenceOf[k]!;
    if (!reporterSentence[s]) continue;
    const acc = bySentence.get(s) ?? { strength: 0, evidence: [] };
    acc.strength += strength;
    acc.evidence.push(e);
    bySentence.set(s, acc);
  }

  let reporterSentences = 0;
  for (let s = 0; s < doc.sentences.length; s++) if (reporterSentence[s]) reporterSentences++;
  const sentences: SubjectiveSentence[] = [];
  // (the sentence numbers in order: the map's keys are distinct numbers, so a numeric sort gives its entries' order)
  const order: number[] = [];
  for (const s of bySentence.keys()) order.push(s);
  order.sort(ascending);
  let total = 0;
  let opinionated = 0;
  for (let i = 0; i < order.length; i++) {
    const s = order[i]!;
    const { strength, evidence } = bySentence.get(s)!;
    const { start, end } = doc.sentences[s]!;
    const subjectivity = round3(1 - 2 ** -strength);
    if (subjectivity > 0) {
      sentences.push({ start, end, text: doc.text.slice(start, end), subjectivity, evidence });
      total += subjectivity;
      if (subjectivity >= 0.5) opinionated++;
    }
  }
  return {
    sentences,
    opinion: reporterSentences === 0 ? 0 : round3(total / reporterSentences),
    opinionatedSentenceShare: reporterSentences === 0 ? 0 : round3(opinionated / reporterSentences),
    reporterSentences,
  };
}

/** Appends each author's-voice item of `list` with strength `k` times its weight (labels only when not hedged). */
function addAuthorItems(items: { e: Evidence; strength: number }[], list: readonly (Evidence | LabelEvidence)[], k: number, labels: boolean): void {
  for (let i = 0; i < list.length; i++) {
    const e = list[i]!;
    if (labels && (e as LabelEvidence).hedged) continue;
    if (e.voice === 'author') items.push({ e, strength: k * e.weight });
  }
}

/** Ranges by their first element. */
function byFirst(x: readonly [number, number], y: readonly [number, number]): number {
  return x[0] - y[0];
}

/** Evidence items by start, then end. */
function byEvidenceSpan(x: { e: Evidence }, y: { e: Evidence }): number {
  return x.e.start - y.e.start || x.e.end - y.e.end;
}

/** Numbers in ascending order. */
function ascending(a: number, b: number): number {
  return a - b;
}

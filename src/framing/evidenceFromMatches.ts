import type { VoiceMap } from '../attribution/voiceMap.js';
import type { SlantDocument } from '../document/readDocument.js';
import type { CompiledTerm, LexiconMatcher, TermMatch, TokenKeys } from '../lexicons/lexiconMatcher.js';
import type { Evidence } from '../schema/articleAnalysis.js';
import { isNegatedAt } from './negationScope.js';
import { anchorShape } from '../document/shapeAnchor.js';

/** Token ranges of the analysed text (body, heading and editorial lines). */
export type TokenRanges = readonly (readonly [number, number])[];

/** Evidence with the matched entry's category, for callers that sort hits by it. */
export type CategorisedEvidence = Evidence & { category?: string };

/**
 * How a span matched by entries of several lexicons counts: once in all (`span`: the most
 * specific entry wins, the others are alternatives; for loaded language, where one word is one
 * hit), or once in each lexicon (`lexicon`: for frames, where a word may evoke two frames on
 * purpose, but never counts twice in one).
 */
export type CountOnce = 'span' | 'lexicon';

/**
 * Runs a matcher over the analysed text and turns every match into `Evidence`, with its voice
 * and negation: one item per span (or per lexicon and span), entries that matched the same
 * words recorded as `alternatives`. `keys`: the lookups the matchers of the analysis share
 * (`LexiconMatcherGroup.keysOf` of the same document and ranges), a saving, not a change.
 * `withCategory` false: no `category` field (the items are then what `toEvidence` would make
 * of them, without the copy).
 */
export function evidenceFromMatches(doc: SlantDocument, ranges: TokenRanges, matcher: LexiconMatcher, voices: VoiceMap, countOnce: CountOnce = 'span', keys?: TokenKeys, withCategory = true): CategorisedEvidence[] {
  const out: CategorisedEvidence[] = [];
  // (a module function and its data, not a callback closure or bound function: a closure made per document is
  // compiled again after each memory-reducing GC, and a function bound per document is called generically)
  matcher.matchRangesWith(doc, ranges, evidenceOfMatch, { doc, voices, countOnce, withCategory, out }, keys);
  return out;
}

/** What `evidenceOfMatch` needs of one `evidenceFromMatches` call. */
interface MatchScope {
  doc: SlantDocument;
  voices: VoiceMap;
  countOnce: CountOnce;
  withCategory: boolean;
  out: CategorisedEvidence[];
}

/** Appends the evidence of match `m` (one item per span, or per lexicon and span) to `scope.out`. */
function evidenceOfMatch(scope: MatchScope, m: TermMatch): void {
  const { doc, out } = scope;
  const start = doc.start[m.tokStart]!;
  const end = doc.end[m.tokEnd - 1]!;
  const text = doc.text.slice(start, end);
  const voice = scope.voices.voiceAt(start);
  const negated = isNegatedAt(doc, m.tokStart);
  const groups = scope.countOnce === 'span' ? [m.terms] : groupByLexicon(m.terms);
  for (const terms of groups) {
    const t = terms[0]!;
    // Optional fields assigned after the literal (same key order as the schema), not spread
    // in: a spread copies an object per match.
    const e: CategorisedEvidence = { start, end, text, lexicon: t.lexicon.id, entry: t.entry.term, voice, negated, weight: t.entry.weight ?? 1 };
    if (terms.length > 1) e.alternatives = alternativesOf(terms);
    if (scope.withCategory && t.entry.category) e.category = t.entry.category;
    out.push(e);
  }
}

/** The entries of `terms` after the first (the winner), as `Evidence.alternatives`. */
function alternativesOf(terms: readonly CompiledTerm[]): { lexicon: string; entry: string }[] {
  const out: { lexicon: string; entry: string }[] = [];
  for (let i = 1; i < terms.length; i++) out.push({ lexicon: terms[i]!.lexicon.id, entry: terms[i]!.entry.term });
  return out;
}

/** Terms (already most specific first) split by lexicon, each group keeping that order. */
function groupByLexicon(terms: readonly CompiledTerm[]): (readonly CompiledTerm[])[] {
  if (terms.length === 1) return [terms];
  const groups = new Map<string, CompiledTerm[]>();
  for (const t of terms) {
    const g = groups.get(t.lexicon.id);
    if (g) g.push(t);
    else groups.set(t.lexicon.id, [t]);
  }
  return [...groups.values()];
}

/** Evidence without internal fields, as the output schema has it. */
export function toEvidence(e: Evidence): Evidence {
  // Built field by field (the schema's key order), not with a spread: one object, no copy.
  const out: Evidence = { start: e.start, end: e.end, text: e.text, lexicon: e.lexicon, entry: e.entry, voice: e.voice, negated: e.negated, weight: e.weight };
  if (e.alternatives) out.alternatives = e.alternatives;
  return out;
}

// Evidence given `alternatives` or `category` after its literal (above, and in `toEvidence`) has
// hidden classes reached only by transitions, which die between documents: one example of each
// kept (see `anchorShape`). (A fractional weight, so that the weight field is a double from the
// start, as a lexicon's fractional weight would make it.)
for (const [alternatives, category] of [
  [true, false],
  [false, true],
  [true, true],
]) {
  const e: CategorisedEvidence = { start: 0, end: 0, text: '', lexicon: '', entry: '', voice: 'author', negated: false, weight: 0.5 };
  if (alternatives) e.alternatives = [];
  if (category) e.category = '';
  anchorShape(e);
}

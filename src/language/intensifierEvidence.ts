import type { VoiceMap } from '../attribution/voiceMap.js';
import type { SlantDocument } from '../document/readDocument.js';
import type { TokenRanges } from '../framing/evidenceFromMatches.js';
import { isNegatedAt } from '../framing/negationScope.js';
import type { Evidence } from '../schema/articleAnalysis.js';
import { findSuperlativeClaims } from './findSuperlatives.js';

/**
 * The intensifier matches and the superlative claims by pattern ("one of the most significant ... ever"), in text
 * order. A claim counts once: lexicon entries inside it ("most significant") become its alternatives, unless one of
 * them already covers most of it. Claims and matches are both in text order (claims do not overlap): walked together.
 */
export function withSuperlativeClaims(doc: SlantDocument, ranges: TokenRanges, matched: readonly Evidence[], voices: VoiceMap): Evidence[] {
  const claims: Evidence[] = [];
  const covered = new Set<Evidence>();
  const found = findSuperlativeClaims(doc, ranges);
  let c = 0;
  for (let f = 0; f < found.length; f++) {
    const a = found[f]![0];
    const b = found[f]![1];
    const start = doc.start[a]!;
    const end = doc.end[b - 1]!;
    while (c < matched.length && matched[c]!.start < start) c++;
    const inside: Evidence[] = [];
    for (let k = c; k < matched.length && matched[k]!.start < end; k++) if (matched[k]!.end <= end) inside.push(matched[k]!);
    if (coversHalf(inside, end - start)) continue;
    for (let k = 0; k < inside.length; k++) covered.add(inside[k]!);
    const claim: Evidence = {
      start, end, text: doc.text.slice(start, end), lexicon: 'superlative-pattern', entry: 'superlative … ever / in history', voice: voices.voiceAt(start), negated: isNegatedAt(doc, a), weight: 1,
    };
    if (inside.length > 0) claim.alternatives = alternativesOfClaim(inside);
    claims.push(claim);
  }
  const out: Evidence[] = [];
  for (let k = 0; k < matched.length; k++) if (!covered.has(matched[k]!)) out.push(matched[k]!);
  for (let k = 0; k < claims.length; k++) out.push(claims[k]!);
  return out.sort(byStartThenEnd);
}

/** Whether one of `inside` spans more than half of a claim `length` characters long. */
function coversHalf(inside: readonly Evidence[], length: number): boolean {
  for (let k = 0; k < inside.length; k++) if (inside[k]!.end - inside[k]!.start > length / 2) return true;
  return false;
}

/** The lexicon entries inside a superlative claim, as its alternatives. */
function alternativesOfClaim(inside: readonly Evidence[]): { lexicon: string; entry: string }[] {
  const out: { lexicon: string; entry: string }[] = [];
  for (let k = 0; k < inside.length; k++) out.push({ lexicon: inside[k]!.lexicon, entry: inside[k]!.entry });
  return out;
}

function byStartThenEnd(x: Evidence, y: Evidence): number {
  return x.start - y.start || x.end - y.end;
}

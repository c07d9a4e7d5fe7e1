import type { SlantDocument } from '../document/readDocument.js';
import type { TokenRanges } from '../framing/evidenceFromMatches.js';

/**
 * Finds superlative claims by pattern, which a word list cannot express: "one of the most ADJ
 * ... ever / in history" and "the biggest ... ever". Returns token ranges [start, end).
 */
export function findSuperlativeClaims(doc: SlantDocument, ranges: TokenRanges): [number, number][] {
  const found: [number, number][] = [];
  // (ranges by index, not `for (const [from, to] of …)`: no iterator protocol in a once-per-analysis compile, perf94)
  for (let r = 0; r < ranges.length; r++) {
    const range = ranges[r]!;
    const from = range[0];
    const to = range[1];
    // Cheap tests (tag, ending) before the patterns: almost no token is a superlative.
    for (let k = from; k < to; k++) {
      // Both forms need an adjective, at the token or after it: most tokens fail this first test
      // (two tag reads) before their form is compared with anything.
      if (doc.pos[k] !== 'ADJ' && doc.pos[k + 1] !== 'ADJ') continue;
      const low = doc.lower[k]!;
      const isSuperlative = (low === 'most' && doc.pos[k + 1] === 'ADJ') || (doc.pos[k] === 'ADJ' && (low.endsWith('est') || low === 'worst') && /^(?:\w+est|best|worst)$/.test(low) && !/^(?:west|interest|honest|modest|forest|request|protest|arrest|suggest|rest|test|earnest|manifest|contest|harvest|invest|digest|chest|guest|nest|pest|quest|vest|zest|crest|lest|unrest)$/.test(low));
      if (!isSuperlative) continue;
      const startTok = low === 'most' && doc.lower[k - 1] === 'the' && doc.lower[k - 2] === 'of' && doc.lower[k - 3] === 'one' ? k - 3 : doc.lower[k - 1] === 'the' ? k - 1 : k;
      // a sweeping close within the same sentence: "ever", "in history", "of all time", "on record"
      const sentenceEnd = Math.min(to, doc.sentences[doc.sentenceOf[k]!]!.tokenEnd);
      for (let j = k + 1; j < sentenceEnd && j < k + 12; j++) {
        const w = doc.lower[j]!;
        const close = w === 'ever' ? 1 : w === 'in' && doc.lower[j + 1] === 'history' ? 2 : w === 'of' && doc.lower[j + 1] === 'all' && doc.lower[j + 2] === 'time' ? 3 : w === 'on' && doc.lower[j + 1] === 'record' ? 2 : 0;
        if (close > 0) {
          found.push([startTok, j + close]);
          k = j + close - 1;
          break;
        }
        if (/^[.;!?]$/.test(w)) break;
      }
    }
  }
  return found;
}

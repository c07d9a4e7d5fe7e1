import negators from 'sentiment/languages/en/negators.json';
import type { VoiceMap } from '../attribution/voiceMap.js';
import type { SlantDocument } from '../document/readDocument.js';
import type { TokenRanges } from '../framing/evidenceFromMatches.js';
import type { TokenKeys } from '../lexicons/lexiconMatcher.js';
import { round } from '../metrics/documentStats.js';
import { AFINN_ENTRIES } from './afinnEntries.js';

// A Map, not the JSON object: "constructor" or "toString" must not find Object's own properties (NaN scores).
export const VALENCE: ReadonlyMap<string, number> = new Map<string, number>(AFINN_ENTRIES);
const NEGATORS = new Set([...Object.keys(negators as Record<string, number>), 'not', "n't", 'n’t', 'never', 'no']);

/** AFINN-165 comparative sentiment of the analysed text, overall and per voice. */
export interface SentimentScores {
  overall: number;
  author: number;
  quoted: number;
  editorial: number;
}

/**
 * Scores sentiment with the AFINN-165 word list (as shipped by the `sentiment` package) over
 * the shared tokens: each word's valence, flipped when the word before it is a negator ("not
 * good"), summed and divided by the number of words (the `sentiment` package's comparative
 * score), overall and per voice. `keys`: the lookups the lexicon matchers share
 * (`LexiconMatcherGroup.keysOf` of the same document and ranges, from a group given `VALENCE` as
 * its word values), which hold each token's valence: a saving of one lookup per word, not a change (keys from
 * another group are not used).
 *
 * @example
 * ```ts
 * scoreSentiment(doc, [[0, doc.tokenCount]], voices).overall; // > 0 for "A good, fair deal."
 * ```
 */
export function scoreSentiment(doc: SlantDocument, ranges: TokenRanges, voices: VoiceMap, keys?: TokenKeys): SentimentScores {
  const values = keys?.valuesFrom === VALENCE ? keys.values : null;
  // Sums and word counts per voice in local variables (index 0 author, 1 quoted, 2 editorial), not
  // in objects indexed by the voice's name: the same additions in the same order.
  let sumAll = 0;
  let wordsAll = 0;
  const sum = [0, 0, 0];
  const words = [0, 0, 0];
  // Words come in offset order: one forward walk over the quote and editorial spans, not two
  // binary searches per word; and a voice holds over a run of words (a paragraph, a quotation),
  // so the walk is asked only when a word starts outside the run of the last answer
  // [runFrom, runUntil) (a call per word was two-thirds of this function's instructions, perf76).
  const runs = voices.runs ? voices.runs() : null;
  const voiceAt = runs === null ? (voices.walker ? voices.walker() : (offset: number) => voices.voiceAt(offset)) : null;
  let runFrom = 0;
  let runUntil = 0;
  let slot = 0;
  // (ranges by index, not `for (const [from, to] of …)`: no iterator protocol in a once-per-analysis compile, perf94)
  for (let r = 0; r < ranges.length; r++) {
    const range = ranges[r]!;
    const from = range[0];
    const to = range[1];
    for (let k = from; k < to; k++) {
      if (!doc.isWord[k]) continue;
      const at = doc.start[k]!;
      if (at < runFrom || at >= runUntil) {
        const voice = runs !== null ? runs.at(at) : voiceAt!(at);
        slot = voice === 'author' ? 0 : voice === 'quoted' ? 1 : 2;
        runFrom = at;
        runUntil = runs !== null ? runs.until : at;
      }
      wordsAll++;
      words[slot] = words[slot]! + 1;
      let v = values !== null ? values[k]! : (VALENCE.get(doc.lower[k]!) ?? Number.NaN);
      if (Number.isNaN(v)) continue;
      if (k > from && NEGATORS.has(doc.lower[k - 1]!)) v = -v;
      sumAll += v;
      sum[slot] = sum[slot]! + v;
    }
  }
  const cmp = (s: number, n: number) => (n === 0 ? 0 : round(s / n));
  return { overall: cmp(sumAll, wordsAll), author: cmp(sum[0]!, words[0]!), quoted: cmp(sum[1]!, words[1]!), editorial: cmp(sum[2]!, words[2]!) };
}

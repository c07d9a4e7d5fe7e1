import afinn from 'sentiment/languages/en/labels.json';
import negators from 'sentiment/languages/en/negators.json';
import type { VoiceMap } from '../attribution/voiceMap.js';
import type { SlantDocument } from '../document/readDocument.js';
import type { TokenRanges } from '../framing/evidenceFromMatches.js';
import type { TokenKeys } from '../lexicons/lexiconMatcher.js';
import { round } from '../metrics/documentStats.js';

// A Map, not the JSON object: "constructor" or "toString" must not find Object's own properties (NaN scores).
export const VALENCE: ReadonlyMap<string, number> = new Map<string, number>(Object.entries(afinn as Record<string, number>));
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
  const sum = { overall: 0, author: 0, quoted: 0, editorial: 0 };
  const words = { overall: 0, author: 0, quoted: 0, editorial: 0 };
  for (const [from, to] of ranges) {
    for (let k = from; k < to; k++) {
      if (!doc.isWord[k]) continue;
      const voice = voices.voiceAt(doc.start[k]!);
      words.overall++;
      words[voice]++;
      let v = values !== null ? values[k]! : (VALENCE.get(doc.lower[k]!) ?? Number.NaN);
      if (Number.isNaN(v)) continue;
      if (k > from && NEGATORS.has(doc.lower[k - 1]!)) v = -v;
      sum.overall += v;
      sum[voice] += v;
    }
  }
  const cmp = (v: keyof SentimentScores) => (words[v] === 0 ? 0 : round(sum[v] / words[v]));
  return { overall: cmp('overall'), author: cmp('author'), quoted: cmp('quoted'), editorial: cmp('editorial') };
}

import { getNlp } from '../document/nlpModel.js';

/**
 * wink-nlp's normal form (the `lower` and `lemma` arrays of the shared document) spells words
 * the American way: "defence" → "defense", "organisation" → "organization", "dialogue" →
 * "dialog". Lexicons are written in either spelling, so each word of a term is also filed under
 * wink's spelling. Returns, for each word whose normal form differs, that form; one wink-nlp read
 * of all the distinct words, done when a matcher is built.
 *
 * @example
 * ```ts
 * americanSpellings(['defence', 'court']).get('defence'); // "defense"
 * ```
 */
export function americanSpellings(words: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>();
  const unknown: string[] = [];
  for (const w of new Set(words)) {
    if (!/^[a-z]+$/.test(w) || !MAY_DIFFER.test(w)) continue;
    const known = NORMAL.get(w);
    if (known === undefined) unknown.push(w);
    else if (known !== w) out.set(w, known);
  }
  if (unknown.length === 0) return out;
  // Reading a long word list is slow for wink-nlp (~25 µs a word); only words with a spelling
  // that varies (our/or, ise/ize, tre/ter, ogue/og, ll/l, ae/e ...) are read, and each only once.
  const nlp = getNlp();
  for (let i = 0; i < unknown.length; i += CHUNK) {
    const chunk = unknown.slice(i, i + CHUNK);
    const tokens = nlp.readDoc(chunk.join(' ')).tokens();
    const values = tokens.out(nlp.its.value as never) as unknown as string[];
    const normals = tokens.out(nlp.its.normal as never) as unknown as string[];
    const seen = new Map<string, string>();
    for (let k = 0; k < values.length; k++) seen.set(values[k]!.toLowerCase(), normals[k] ?? values[k]!);
    for (const w of chunk) {
      const n = seen.get(w) ?? w;
      NORMAL.set(w, n);
      if (n !== w) out.set(w, n);
    }
  }
  return out;
}

const CHUNK = 200;
// Endings and letter groups where British and American spellings (or wink's other normal forms:
// "through" → "thru", "sheikh" → "sheik") can differ. Other words are taken as they are.
const MAY_DIFFER = /our|is|ys|ogue|tre|re$|ence|ll|ae|oe|mme|ement|eable|ey|sy$|kh|ough|ses$/;
// wink-nlp's normal form of a word never changes: a memo, so that each matcher does not read again.
const NORMAL = new Map<string, string>();

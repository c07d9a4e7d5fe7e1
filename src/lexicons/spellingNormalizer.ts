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
  const distinct = [...new Set([...words].filter((w) => /^[a-z]+$/.test(w)))];
  const out = new Map<string, string>();
  if (distinct.length === 0) return out;
  const nlp = getNlp();
  const tokens = nlp.readDoc(distinct.join('\n')).tokens();
  const values = tokens.out(nlp.its.value as never) as unknown as string[];
  const normals = tokens.out(nlp.its.normal as never) as unknown as string[];
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!.toLowerCase();
    const n = normals[i];
    if (n && n !== v && /^[a-z]+$/.test(v)) out.set(v, n);
  }
  return out;
}

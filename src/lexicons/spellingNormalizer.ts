import { readWithSharedEngine } from '../document/nlpModel.js';
import { lexiconKind, type Lexicon } from '../schema/lexicon.js';
import { DEFAULT_LEXICON_LIST } from './defaultLexicons.js';
import { DEFAULT_SPELLINGS } from './defaultSpellings.js';
import { MATCHER_KINDS } from './matcherKinds.js';

/**
 * wink-nlp's normal form (the `lower` and `lemma` arrays of the shared document) spells words
 * the American way: "defence" → "defense", "organisation" → "organization", "dialogue" →
 * "dialog". Lexicons are written in either spelling, so each word of a term is also filed under
 * wink's spelling. Returns, for each word whose normal form differs, that form. The words of the
 * default lexicons come precomputed (`defaultSpellings.ts`); other words are read with wink-nlp,
 * each once per process.
 *
 * @example
 * ```ts
 * americanSpellings(['defence', 'court']).get('defence'); // "defense"
 * ```
 */
export function americanSpellings(words: Iterable<string>): Map<string, string> {
  const normal = normalForms();
  const out = new Map<string, string>();
  const unknown: string[] = [];
  for (const w of new Set(words)) {
    if (!mayDiffer(w)) continue;
    const known = normal.get(w);
    if (known === undefined) unknown.push(w);
    else if (known !== w) out.set(w, known);
  }
  for (const [w, n] of readNormalForms(unknown)) {
    normal.set(w, n);
    if (n !== w) out.set(w, n);
  }
  return out;
}

/**
 * Are the normal forms of every word of `lexicons` in the precomputed table? True when each is
 * a default lexicon of a matched kind, the lexicons `defaultSpellings.ts` is generated from (a
 * test fails when it is stale). For those, `precomputedAmericanSpellings()` answers the lookups
 * `americanSpellings` would, without collecting and testing their words first. The shipped
 * lexicon objects are taken as the constants they are: one changed in place (an entry pushed
 * onto `DEFAULT_LEXICONS.hedges.entries`) is not read again; pass a copy instead (the shipped
 * lexicons and their entry lists are frozen, so that cannot happen by accident).
 *
 * @example
 * ```ts
 * hasPrecomputedSpellings([DEFAULT_LEXICONS.hedges]); // true
 * ```
 */
export function hasPrecomputedSpellings(lexicons: readonly Lexicon[]): boolean {
  PRECOMPUTED ??= new Set(DEFAULT_LEXICON_LIST.filter((l) => MATCHER_KINDS.includes(lexiconKind(l))));
  for (const l of lexicons) if (!PRECOMPUTED.has(l)) return false;
  return true;
}

/**
 * Every word of the precomputed table whose normal form differs, with that form: for any word
 * of the lexicons `hasPrecomputedSpellings` accepts, `get` and `has` answer as on the map
 * `americanSpellings` returns for their words.
 *
 * @example
 * ```ts
 * precomputedAmericanSpellings().get('defence'); // "defense"
 * ```
 */
export function precomputedAmericanSpellings(): ReadonlyMap<string, string> {
  if (PRECOMPUTED_AMERICAN === null) {
    PRECOMPUTED_AMERICAN = new Map();
    for (const item of DEFAULT_SPELLINGS.split(' ')) {
      const at = item.indexOf('>');
      if (at >= 0) PRECOMPUTED_AMERICAN.set(item.slice(0, at), item.slice(at + 1));
    }
  }
  return PRECOMPUTED_AMERICAN;
}

// Memos of constants (the shipped lexicons and the generated table), filled on first use.
let PRECOMPUTED: Set<Lexicon> | null = null;
let PRECOMPUTED_AMERICAN: Map<string, string> | null = null;

/** Only words with a spelling that varies are read (our/or, ise/ize, tre/ter, ogue/og, ll/l, ae/e ...). */
export function mayDiffer(word: string): boolean {
  return /^[a-z]+$/.test(word) && MAY_DIFFER.test(word);
}

/**
 * wink-nlp's normal form of each word, read with wink-nlp (~25 µs a word, so in chunks of one
 * document). Words are given lower case.
 */
export function readNormalForms(words: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  if (words.length === 0) return out;
  for (let i = 0; i < words.length; i += CHUNK) {
    const chunk = words.slice(i, i + CHUNK);
    const [values, normals] = readWithSharedEngine(chunk.join(' '), (nlp, doc) => {
      const tokens = doc.tokens();
      return [tokens.out(nlp.its.value as never) as unknown as string[], tokens.out(nlp.its.normal as never) as unknown as string[]] as const;
    });
    const seen = new Map<string, string>();
    for (let k = 0; k < values.length; k++) seen.set(values[k]!.toLowerCase(), normals[k] ?? values[k]!);
    for (const w of chunk) out.set(w, seen.get(w) ?? w);
  }
  return out;
}

/**
 * The text of `defaultSpellings.ts` for the given words (those of the default lexicons): each
 * word that may differ, as `word` when wink-nlp keeps it or `word>normal` when it does not.
 */
export function defaultSpellingsModule(words: Iterable<string>): string {
  const list = [...new Set(words)].filter(mayDiffer).sort();
  const normal = readNormalForms(list);
  const items = list.map((w) => (normal.get(w) === w ? w : `${w}>${normal.get(w)}`));
  const lines: string[] = [];
  for (let i = 0; i < items.length; i += 12) lines.push(`  '${items.slice(i, i + 12).join(' ')}'`);
  return [
    '// Generated by `npm run lexicons:readme` from the default lexicons and wink-nlp\'s model: do not edit.',
    '// wink-nlp\'s normal form of each word of the default lexicons whose spelling may vary (see',
    '// spellingNormalizer.ts): `word` when it keeps the word, `word>normal` when it does not. Read once',
    '// here instead of by wink-nlp at every start: ~40 ms of a cold start.',
    `export const DEFAULT_SPELLINGS = [\n${lines.join(',\n')},\n].join(' ');`,
    '',
  ].join('\n');
}

const CHUNK = 200;
// Endings and letter groups where British and American spellings (or wink's other normal forms:
// "through" → "thru", "sheikh" → "sheik") can differ. Other words are taken as they are.
const MAY_DIFFER = /our|is|ys|ogue|tre|re$|ence|ll|ae|oe|mme|ement|eable|ey|sy$|kh|ough|ses$/;

// wink-nlp's normal form of a word never changes: a memo, so that each matcher does not read
// again; seeded with the default lexicons' words on first use.
let NORMAL: Map<string, string> | null = null;
function normalForms(): Map<string, string> {
  if (NORMAL === null) {
    NORMAL = new Map();
    for (const item of DEFAULT_SPELLINGS.split(' ')) {
      const at = item.indexOf('>');
      if (at < 0) NORMAL.set(item, item);
      else NORMAL.set(item.slice(0, at), item.slice(at + 1));
    }
  }
  return NORMAL;
}

/**
 * The token columns the document model reads from a wink-nlp document (value, normal form,
 * lemma, POS tag, token type, contraction flag) and its sentence starts.
 *
 * wink-nlp's public way, `tokens().out(its.x)` once per column, calls one `its` function per
 * token and column, looks each property up in the packed lexicon again, and lemmatizes every
 * word with more than one possible lemma again in every document: about a quarter of reading a
 * document. Here the columns are read in one pass over wink's raw document data (reached through
 * the model's `readabilityStats` hook, see `winkModel.ts`; the library computes no readability
 * statistics), with the token type and the lemma remembered per engine by word id (and tag):
 * both are functions of the word (and tag) in wink-nlp, for an engine's whole life. The values
 * are exactly those of `out()` (a test compares them); when the raw data does not have the
 * shape this reads (another wink-nlp version), the columns are read with `out()`.
 */

/** The columns, indexed by wink-nlp's token index (whitespace tokens included). */
export interface WinkColumns {
  value: string[];
  type: string[];
  lemma: string[];
  pos: string[];
  normal: string[];
  contraction: boolean[];
  /** Token index of the first token of each sentence. */
  sentenceStarts: number[];
}

// wink-nlp's token packing (src/constants.js): four 32-bit words per token.
const TK_SIZE = 4;
const CONTRACTION_LIMIT = 65535;
const POS_MASK = 0x3f00000;
const BITS_FOR_LEMMA = 20;
const LEMMA_MASK = 0xfffff;

/** The part of wink-nlp's cache (src/cache.js) this reads. */
interface RawCache {
  value(id: number): string;
  normal(id: number): number;
  nox(word: number): number;
  mappedSpelling(id: number): number;
  property(id: number, name: string): unknown;
  valueOf(feature: string, index: number): string;
}

/** wink-nlp's raw document data (the `rdd` of src/wink-nlp.js). */
interface RawDocument {
  tokens: ArrayLike<number>;
  numOfTokens: number;
  sentences: ArrayLike<ArrayLike<number>>;
  cache: RawCache;
}

type Lemmatize = (value: string, pos: string, cache: RawCache) => string;

/** What one engine's documents share: per word id, its token type; per word id and tag, its lemma. */
interface EngineMemo {
  type: (string | undefined)[];
  lemma: Map<number, string>;
}

// Keyed by the engine's cache object, so a renewed engine (new word ids) starts afresh and an
// old one's memo goes with it. The memo changes no result, only what is computed again.
const memos = new WeakMap<object, EngineMemo>();

/** Minimal view of wink-nlp's engine and document used here. */
interface WinkEngine {
  its: Record<string, unknown>;
}
interface WinkDoc {
  out(f: unknown): unknown;
  tokens(): { out(f: unknown): unknown };
  sentences(): { out(f: unknown): unknown };
}

/**
 * The columns of `doc`, read by `nlp`, whose model's addons include `lemmatize` (the one wink's
 * `its.lemma` calls).
 */
export function winkColumns(nlp: WinkEngine, doc: WinkDoc, lemmatize: Lemmatize): WinkColumns {
  const raw = doc.out(nlp.its.readabilityStats) as unknown;
  if (isRawDocument(raw)) return rawColumns(raw, lemmatize);
  return publicColumns(nlp, doc);
}

function isRawDocument(x: unknown): x is RawDocument {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Partial<RawDocument>;
  const c = r.cache as Partial<RawCache> | undefined;
  return (
    Array.isArray(r.tokens) &&
    typeof r.numOfTokens === 'number' &&
    r.tokens.length === r.numOfTokens * TK_SIZE &&
    Array.isArray(r.sentences) &&
    typeof c === 'object' &&
    c !== null &&
    typeof c.value === 'function' &&
    typeof c.normal === 'function' &&
    typeof c.nox === 'function' &&
    typeof c.mappedSpelling === 'function' &&
    typeof c.property === 'function' &&
    typeof c.valueOf === 'function'
  );
}

/** The columns read from the raw data, as wink-nlp's `its.value`, `its.normal`, ... compute them. */
function rawColumns(raw: RawDocument, lemmatize: Lemmatize): WinkColumns {
  const { tokens, cache } = raw;
  const n = raw.numOfTokens;
  let memo = memos.get(cache);
  if (memo === undefined) {
    memo = { type: [], lemma: new Map() };
    memos.set(cache, memo);
  }
  const value: string[] = new Array(n);
  const type: string[] = new Array(n);
  const lemma: string[] = new Array(n);
  const pos: string[] = new Array(n);
  const normal: string[] = new Array(n);
  const contraction: boolean[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const b = i * TK_SIZE;
    const id = tokens[b]!;
    const w1 = tokens[b + 1]!;
    const w2 = tokens[b + 2]!;
    value[i] = cache.value(id);
    const posIndex = (w2 & POS_MASK) >>> BITS_FOR_LEMMA;
    const tag = cache.valueOf('pos', posIndex);
    pos[i] = tag;
    let t = memo.type[id];
    if (t === undefined) t = memo.type[id] = cache.property(id, 'tokenType') as string;
    type[i] = t;
    if (w1 > CONTRACTION_LIMIT) {
      contraction[i] = true;
      normal[i] = cache.value(cache.nox(w1));
      lemma[i] = cache.value(w2 & LEMMA_MASK);
    } else {
      contraction[i] = false;
      const norm = cache.value(cache.normal(id));
      normal[i] = norm;
      // its.lemma: the single lemma of the (spelling-mapped) word, else lemmatized by tag.
      const key = id * 64 + posIndex;
      let l = memo.lemma.get(key);
      if (l === undefined) {
        const mapped = cache.mappedSpelling(id);
        l = cache.property(mapped, 'isSLemma') === 1 ? cache.value(cache.property(mapped, 'lemma') as number) : lemmatize(norm, tag, cache);
        memo.lemma.set(key, l);
      }
      lemma[i] = l;
    }
  }
  const sentenceStarts: number[] = [];
  for (let s = 0; s < raw.sentences.length; s++) sentenceStarts.push(raw.sentences[s]![0]!);
  return { value, type, lemma, pos, normal, contraction, sentenceStarts };
}

/** The columns through wink-nlp's public `out()`, one call per column. */
export function publicColumns(nlp: WinkEngine, doc: WinkDoc): WinkColumns {
  const its = nlp.its;
  const tokens = doc.tokens();
  const column = <T>(f: unknown): T[] => tokens.out(f) as T[];
  const spans = doc.sentences().out(its.span) as number[][];
  const sentenceStarts: number[] = [];
  for (const span of spans) if (span && span[0] !== undefined) sentenceStarts.push(span[0]);
  return {
    value: column<string>(its.value),
    type: column<string>(its.type),
    lemma: column<string>(its.lemma),
    pos: column<string>(its.pos),
    normal: column<string>(its.normal),
    contraction: column<boolean>(its.contractionFlag),
    sentenceStarts,
  };
}

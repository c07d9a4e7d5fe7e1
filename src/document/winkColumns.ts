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

/**
 * The columns, by wink-nlp's token index (whitespace tokens included), read on demand: the
 * document model asks for a token's value first and for its other columns only if it keeps it.
 * A column may be undefined for a token when read through `out()`, as there.
 */
export interface WinkTokens {
  /** Number of tokens. */
  readonly count: number;
  /** Token index of the first token of each sentence. */
  readonly sentenceStarts: readonly number[];
  value(i: number): string;
  type(i: number): string | undefined;
  lemma(i: number): string | undefined;
  /** `(lemma(i) ?? value(i)).toLowerCase()`, the form the document model keeps (remembered with the lemma). */
  lowerLemma(i: number): string;
  pos(i: number): string | undefined;
  normal(i: number): string | undefined;
  /**
   * An id of `normal(i)`: within one `vocabulary`, tokens with the same id have the same normal
   * form (one form may have several ids); -1 when the columns have no ids (read through `out()`).
   */
  normalId(i: number): number;
  /** The normal form with id `id` (from `normalId`, which must have given one). */
  form(id: number): string;
  /** What the ids are ids in (the engine's word list; a new engine has a new one), null without ids. */
  readonly vocabulary: object | null;
  contraction(i: number): boolean;
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
  intrinsicSize(): number;
}

/** wink-nlp's raw document data (the `rdd` of src/wink-nlp.js). */
interface RawDocument {
  tokens: ArrayLike<number>;
  numOfTokens: number;
  sentences: ArrayLike<ArrayLike<number>>;
  cache: RawCache;
}

type Lemmatize = (value: string, pos: string, cache: RawCache) => string;

/**
 * What one engine's documents share: per word id, its token type; per word id and tag, its lemma.
 * Read per token, so by array index where it can be (a `Map` probe, or a sparse array, which V8
 * keeps as a hash table once its indices spread over the 87,000 word ids, costs several times an
 * array read).
 */
interface EngineMemo {
  /** Per word id, 1 + the index of its token type in `typeNames` (0: not read yet). */
  typeCode: Uint8Array;
  typeNames: string[];
  lemma: Map<number, string>;
  /** The same lemmas lower-cased (`lowerLemma`), by the same keys. */
  lowerLemma: Map<number, string>;
  /**
   * Per word id, 1 + the tag index of the first lower-cased lemma remembered for it (0: none), and
   * that lemma: a word read again with the same tag (the usual case) costs two array reads.
   * Other tags of the word are in `lowerLemma`.
   */
  firstLemmaTag: Uint8Array;
  firstLowerLemma: (string | undefined)[];
  /** Lemmas of words the model does not have, by tag index and normal form. */
  newWordLemma: Map<string, string>;
  /** Tag names by tag index. */
  pos: string[];
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
export function winkColumns(nlp: WinkEngine, doc: WinkDoc, lemmatize: Lemmatize): WinkTokens {
  const raw = doc.out(nlp.its.readabilityStats) as unknown;
  if (isRawDocument(raw)) return new RawTokens(raw, lemmatize);
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
    typeof c.valueOf === 'function' &&
    typeof c.intrinsicSize === 'function'
  );
}

/** The columns read from the raw data, as wink-nlp's `its.value`, `its.normal`, ... compute them. */
class RawTokens implements WinkTokens {
  readonly count: number;
  readonly sentenceStarts: number[] = [];
  private readonly tokens: ArrayLike<number>;
  private readonly cache: RawCache;
  private readonly memo: EngineMemo;
  readonly vocabulary: object;
  /** Ids below it are the model's own words. */
  private readonly intrinsicSize: number;

  constructor(
    raw: RawDocument,
    private readonly lemmatize: Lemmatize,
  ) {
    this.tokens = raw.tokens;
    this.cache = raw.cache;
    this.intrinsicSize = raw.cache.intrinsicSize();
    this.count = raw.numOfTokens;
    this.vocabulary = raw.cache;
    let memo = memos.get(raw.cache);
    if (memo === undefined) {
      memo = { typeCode: new Uint8Array(0), typeNames: [], lemma: new Map(), lowerLemma: new Map(), firstLemmaTag: new Uint8Array(0), firstLowerLemma: [], newWordLemma: new Map(), pos: [] };
      memos.set(raw.cache, memo);
    }
    this.memo = memo;
    for (let s = 0; s < raw.sentences.length; s++) this.sentenceStarts.push(raw.sentences[s]![0]!);
  }

  value(i: number): string {
    return this.cache.value(this.tokens[i * TK_SIZE]!);
  }

  type(i: number): string {
    const id = this.tokens[i * TK_SIZE]!;
    const memo = this.memo;
    const code = id < memo.typeCode.length ? memo.typeCode[id]! : 0;
    if (code !== 0) return memo.typeNames[code - 1]!;
    const t = this.cache.property(id, 'tokenType') as string;
    let index = memo.typeNames.indexOf(t);
    if (index < 0 && memo.typeNames.length < 255) index = memo.typeNames.push(t) - 1;
    if (index >= 0) {
      if (id >= memo.typeCode.length) memo.typeCode = grown(memo.typeCode, id);
      memo.typeCode[id] = index + 1;
    }
    return t;
  }

  pos(i: number): string {
    const index = (this.tokens[i * TK_SIZE + 2]! & POS_MASK) >>> BITS_FOR_LEMMA;
    const names = this.memo.pos;
    return names[index] ?? (names[index] = this.cache.valueOf('pos', index));
  }

  contraction(i: number): boolean {
    return this.tokens[i * TK_SIZE + 1]! > CONTRACTION_LIMIT;
  }

  normal(i: number): string {
    return this.cache.value(this.normalId(i));
  }

  form(id: number): string {
    return this.cache.value(id);
  }

  normalId(i: number): number {
    const b = i * TK_SIZE;
    const w1 = this.tokens[b + 1]!;
    const cache = this.cache;
    return w1 > CONTRACTION_LIMIT ? cache.nox(w1) : cache.normal(this.tokens[b]!);
  }

  lemma(i: number): string {
    const b = i * TK_SIZE;
    const { tokens, cache } = this;
    const w2 = tokens[b + 2]!;
    // A contraction's lemma is in the token's data.
    if (tokens[b + 1]! > CONTRACTION_LIMIT) return cache.value(w2 & LEMMA_MASK);
    // its.lemma: the single lemma of the (spelling-mapped) word, else lemmatized by tag.
    const id = tokens[b]!;
    const posIndex = (w2 & POS_MASK) >>> BITS_FOR_LEMMA;
    // A word the model does not have gets a new id in every document (the engine forgets it
    // after each, see `readWithSharedEngine`): its lemma, a function of its normal form and tag
    // (wink stores no lemma for it), is remembered by those.
    if (id >= this.intrinsicSize) return this.newWordLemma(cache.value(cache.normal(id)), posIndex);
    const key = id * 64 + posIndex;
    const lemmas = this.memo.lemma;
    let l = lemmas.get(key);
    if (l === undefined) {
      const mapped = cache.mappedSpelling(id);
      l = cache.property(mapped, 'isSLemma') === 1 ? cache.value(cache.property(mapped, 'lemma') as number) : this.lemmatize(cache.value(cache.normal(id)), cache.valueOf('pos', posIndex), cache);
      lemmas.set(key, l);
    }
    return l;
  }

  lowerLemma(i: number): string {
    const b = i * TK_SIZE;
    const { tokens } = this;
    const id = tokens[b]!;
    // Only the model's own words are remembered (a contraction's lemma and a new word's are found as `lemma` finds them).
    if (tokens[b + 1]! > CONTRACTION_LIMIT || id >= this.intrinsicSize) return this.lemma(i).toLowerCase();
    const posIndex = (tokens[b + 2]! & POS_MASK) >>> BITS_FOR_LEMMA;
    const memo = this.memo;
    const first = id < memo.firstLemmaTag.length ? memo.firstLemmaTag[id]! : 0;
    if (first === posIndex + 1) return memo.firstLowerLemma[id]!;
    if (first === 0) {
      const l = this.lemma(i).toLowerCase();
      if (id >= memo.firstLemmaTag.length) memo.firstLemmaTag = grown(memo.firstLemmaTag, id);
      const lemmas = memo.firstLowerLemma;
      while (lemmas.length <= id) lemmas.push(undefined); // kept a packed array
      lemmas[id] = l;
      memo.firstLemmaTag[id] = posIndex + 1;
      return l;
    }
    const key = id * 64 + posIndex;
    const lowered = memo.lowerLemma;
    let l = lowered.get(key);
    if (l === undefined) lowered.set(key, (l = this.lemma(i).toLowerCase()));
    return l;
  }

  private newWordLemma(normal: string, posIndex: number): string {
    const key = `${posIndex} ${normal}`;
    const lemmas = this.memo.newWordLemma;
    let l = lemmas.get(key);
    if (l === undefined) {
      l = this.lemmatize(normal, this.cache.valueOf('pos', posIndex), this.cache);
      lemmas.set(key, l);
    }
    return l;
  }
}

/** A copy of `a` long enough to be indexed by `id` (at least twice as long). */
function grown(a: Uint8Array, id: number): Uint8Array {
  const b = new Uint8Array(Math.max(id + 1, a.length * 2, 1024));
  b.set(a);
  return b;
}

/** The columns through wink-nlp's public `out()`, one call per column. */
export function publicColumns(nlp: WinkEngine, doc: WinkDoc): WinkTokens {
  const its = nlp.its;
  const tokens = doc.tokens();
  const column = <T>(f: unknown): T[] => tokens.out(f) as T[];
  const spans = doc.sentences().out(its.span) as number[][];
  const sentenceStarts: number[] = [];
  for (const span of spans) if (span && span[0] !== undefined) sentenceStarts.push(span[0]);
  const value = column<string>(its.value);
  const type = column<string>(its.type);
  const lemma = column<string>(its.lemma);
  const pos = column<string>(its.pos);
  const normal = column<string>(its.normal);
  const contraction = column<boolean>(its.contractionFlag);
  const lowerLemma = (i: number) => (lemma[i] ?? value[i]!).toLowerCase();
  return {
    count: value.length,
    sentenceStarts,
    value: (i) => value[i]!,
    type: (i) => type[i],
    lemma: (i) => lemma[i],
    lowerLemma,
    pos: (i) => pos[i],
    normal: (i) => normal[i],
    normalId: () => -1,
    form: () => {
      throw new Error('columns read through out() have no ids');
    },
    vocabulary: null,
    contraction: (i) => contraction[i] === true,
  };
}

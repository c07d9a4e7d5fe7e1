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

import { numberWordBit } from './numberWords.js';
import { anchorShape } from './shapeAnchor.js';
// (token packing and record slots from a module without imports, so the bundle reads them as literals)
import { BITS_FOR_LEMMA, CONTRACTION_LIMIT, FILLED, FORM, INFO, LEMMA, LEMMA_MASK, NORMAL_ID, NUMBER_WORD, PAGE_BITS, PAGE_MASK, PAGE_WORDS, POS_MASK, TK_SIZE, VALUE, WORD_STRIDE } from './winkColumnLayout.js';

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
  /**
   * The document model's word columns for the kept tokens (wink index `keep[k]` for `k < count`)
   * in one pass: what `normalId`/`form` (or `normal`), `lowerLemma`, `pos` and `type` give (a lemma
   * equal to the lower-case form is that same string), and `wordType[k]` = 1 when `type` is in
   * `wordTypes`. The raw columns read each word's id-bound values from one memo entry per word id.
   */
  fillColumns(keep: Int32Array, count: number, out: WordColumns, wordTypes: ReadonlySet<string>): void;
}

/** Columns `WinkTokens.fillColumns` writes, by kept-token index. */
export interface WordColumns {
  lower: string[];
  lowerId: Int32Array;
  lemma: string[];
  pos: string[];
  type: string[];
  wordType: Uint8Array;
  /** `numberWordBit(lower[k])`: 1 for a number ("26", "twenty-six"), else 0. */
  numberWord: Uint8Array;
}

/** `fillColumns` through the per-column accessors (the reference the raw reader must equal). */
export function fillColumnsByAccessors(t: WinkTokens, keep: Int32Array, count: number, out: WordColumns, wordTypes: ReadonlySet<string>): void {
  for (let k = 0; k < count; k++) {
    const i = keep[k]!;
    const id = t.normalId(i);
    let lower: string;
    if (id >= 0) {
      lower = t.form(id); // wink's normal form is already lower case
      out.lowerId[k] = id;
    } else {
      lower = t.normal(i) ?? t.value(i).toLowerCase();
      out.lowerId[k] = -1;
    }
    out.lower[k] = lower;
    const l = t.lowerLemma(i);
    out.lemma[k] = l === lower ? lower : l;
    out.pos[k] = t.pos(i) ?? 'X';
    const type = t.type(i) ?? 'word';
    out.type[k] = type;
    out.wordType[k] = wordTypes.has(type) ? 1 : 0;
    out.numberWord[k] = numberWordBit(lower);
  }
}


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
  /** The same lemmas lower-cased (`lowerLemma`), by the same keys (a word's first tag's is in `words`). */
  lowerLemma: Map<number, string>;
  /** Lemmas of words the model does not have, by tag index (one map per tag) and normal form. */
  newWordLemma: Map<string, string>[];
  /** Tag names by tag index. */
  pos: string[];
  /**
   * Per word id of the model's own words (below `intrinsicSize`), what `value` and `fillColumns`
   * read by id, in one record of `WORD_STRIDE` slots so that a token costs one memory access
   * where separate tables (wink's word list, the normal ids, the type and lemma memos) each cost
   * one, and a cache miss each on the first touch of a word in a document. Records are kept in
   * pages of `PAGE_WORDS` words, made when a word of the page is first read (one array of the
   * whole vocabulary, grown by `push`, cost a few ms of the first analysis). In the page of word
   * `id`, at `s = WORD_STRIDE * (id & PAGE_MASK)`: `[s + INFO]` is
   * `FILLED | typeCode | (tag + 1) << 8`, with `NUMBER_WORD` when the normal form is a number
   * (the tag of the remembered lower-cased lemma; no tag
   * bits when none yet; 0: not filled), `[s + NORMAL_ID]` the normal form's id, `[s + VALUE]` the
   * word itself (wink's `value`), `[s + FORM]` the normal form, `[s + LEMMA]` that lemma (the form
   * itself when equal).
   */
  pages: (WordPage | undefined)[];
}

/** A page of word records (see `EngineMemo.pages`). */
type WordPage = (string | number)[];

// Keyed by the engine's vocabulary (its cache object, or what `readWithSharedEngine` gives), so a renewed engine
// (new word ids) starts afresh and an old one's memo goes with it. The memo changes no result, only what is computed again.
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
 * `its.lemma` calls); its word ids number `vocabulary` (the engine's cache object when not given).
 */
export function winkColumns(nlp: WinkEngine, doc: WinkDoc, lemmatize: Lemmatize, vocabulary?: object): WinkTokens {
  const raw = doc.out(nlp.its.readabilityStats) as unknown;
  if (isRawDocument(raw)) return new RawTokens(raw, lemmatize, vocabulary ?? raw.cache);
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
    vocabulary: object,
  ) {
    this.tokens = raw.tokens;
    this.cache = raw.cache;
    this.intrinsicSize = raw.cache.intrinsicSize();
    this.count = raw.numOfTokens;
    this.vocabulary = vocabulary;
    let memo = memos.get(vocabulary);
    if (memo === undefined) {
      memo = { typeCode: new Uint8Array(0), typeNames: [], lemma: new Map(), lowerLemma: new Map(), newWordLemma: [], pos: [], pages: [] };
      // One entry per page of the model's words, made up front so that reads stay in bounds.
      for (let p = 0; p * PAGE_WORDS < raw.cache.intrinsicSize(); p++) memo.pages.push(undefined);
      memos.set(vocabulary, memo);
    }
    this.memo = memo;
    for (let s = 0; s < raw.sentences.length; s++) this.sentenceStarts.push(raw.sentences[s]![0]!);
  }

  value(i: number): string {
    const id = this.tokens[i * TK_SIZE]!;
    // A model's word read before: its record (which `fillColumns` reads next) has it.
    if (id < this.intrinsicSize) {
      const page = this.memo.pages[id >>> PAGE_BITS];
      const s = WORD_STRIDE * (id & PAGE_MASK);
      if (page !== undefined && page[s + INFO] !== 0) return page[s + VALUE] as string;
    }
    return this.cache.value(id);
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
    return this.lowerLemmaOfWord(i, id, (tokens[b + 2]! & POS_MASK) >>> BITS_FOR_LEMMA);
  }

  /**
   * `lowerLemma(i)` of token `i`, the model's word `id` with tag `posIndex`: the lemma of the
   * word's first tag is in its memo entry (a word read again with the same tag, the usual case,
   * costs array reads); other tags' are in `memo.lowerLemma`.
   */
  private lowerLemmaOfWord(i: number, id: number, posIndex: number): string {
    const words = this.pageOf(id);
    const s = WORD_STRIDE * (id & PAGE_MASK);
    let info = words[s + INFO] as number;
    if (info === 0) info = this.fillWord(id);
    const tag = (info >>> 8) & 0xff;
    if (info !== 0 && tag === posIndex + 1) return words[s + LEMMA] as string;
    if (info !== 0 && tag === 0) {
      const l = this.lemma(i).toLowerCase();
      const form = words[s + FORM] as string;
      const kept = l === form ? form : l; // the form itself when equal (comparisons end at the pointer)
      words[s + LEMMA] = kept;
      words[s + INFO] = info | ((posIndex + 1) << 8);
      return kept;
    }
    const key = id * 64 + posIndex;
    const lowered = this.memo.lowerLemma;
    let l = lowered.get(key);
    if (l === undefined) lowered.set(key, (l = this.lemma(i).toLowerCase()));
    return l;
  }

  fillColumns(keep: Int32Array, count: number, out: WordColumns, wordTypes: ReadonlySet<string>): void {
    const { tokens, cache, memo, intrinsicSize } = this;
    const posNames = memo.pos;
    const typeNames = memo.typeNames;
    // Per type code (1 + index in typeNames): 1 a word type, 2 not, 0 not asked yet in this call.
    const wordCode = new Uint8Array(256);
    // The tokens read as the accessors read them: the last type asked and its answer (most are "word").
    let lastType: string | null = null;
    let lastIsWord = 0;
    const pages = memo.pages;
    const { lower: lowers, lowerId, lemma: lemmas, pos, type, wordType, numberWord } = out;
    for (let k = 0; k < count; k++) {
      const i = keep[k]!;
      const b = i * TK_SIZE;
      const id = tokens[b]!;
      const posIndex = (tokens[b + 2]! & POS_MASK) >>> BITS_FOR_LEMMA;
      pos[k] = posNames[posIndex] ?? (posNames[posIndex] = cache.valueOf('pos', posIndex));
      let info = 0;
      const s = WORD_STRIDE * (id & PAGE_MASK);
      let words: WordPage | undefined;
      if (tokens[b + 1]! <= CONTRACTION_LIMIT && id < intrinsicSize) {
        words = pages[id >>> PAGE_BITS] ?? this.pageOf(id);
        info = words[s + INFO] as number;
        if (info === 0) info = this.fillWord(id);
      }
      if (info === 0 || words === undefined) {
        // A contraction, a word the model does not have, or more than 255 token types: as the accessors read it.
        const nid = this.normalId(i);
        const lower = this.form(nid);
        lowers[k] = lower;
        lowerId[k] = nid;
        const l = this.lowerLemma(i);
        lemmas[k] = l === lower ? lower : l;
        const t = this.type(i) ?? 'word';
        type[k] = t;
        if (t !== lastType) {
          lastType = t;
          lastIsWord = wordTypes.has(t) ? 1 : 0;
        }
        wordType[k] = lastIsWord;
        numberWord[k] = numberWordBit(lower);
        continue;
      }
      const lower = words[s + FORM] as string;
      lowers[k] = lower;
      lowerId[k] = words[s + NORMAL_ID] as number;
      numberWord[k] = info & NUMBER_WORD ? 1 : 0;
      const code = info & 0xff;
      const t = typeNames[code - 1]!;
      type[k] = t;
      let w = wordCode[code]!;
      if (w === 0) wordCode[code] = w = wordTypes.has(t) ? 1 : 2;
      wordType[k] = w === 1 ? 1 : 0;
      const tag = (info >>> 8) & 0xff;
      if (tag === posIndex + 1) lemmas[k] = words[s + LEMMA] as string;
      else {
        const l = this.lowerLemmaOfWord(i, id, posIndex);
        lemmas[k] = l === lower ? lower : l;
      }
    }
  }

  /** The page of the model's word `id`, made (records of zero info) if it was not yet. */
  private pageOf(id: number): WordPage {
    const pages = this.memo.pages;
    const p = id >>> PAGE_BITS;
    let page = pages[p];
    if (page === undefined) pages[p] = page = new Array<string | number>(WORD_STRIDE * PAGE_WORDS).fill(0);
    return page;
  }

  /** Fills the record of the model's word `id` (no lemma yet); its info word, 0 when the type cannot be coded. */
  private fillWord(id: number): number {
    const memo = this.memo;
    const nid = this.cache.normal(id);
    const t = (this.cache.property(id, 'tokenType') as string | null) ?? 'word';
    let index = memo.typeNames.indexOf(t);
    if (index < 0 && memo.typeNames.length < 255) index = memo.typeNames.push(t) - 1;
    if (index < 0) return 0;
    const form = this.cache.value(nid);
    const info = FILLED | (index + 1) | (numberWordBit(form) ? NUMBER_WORD : 0);
    const words = this.pageOf(id);
    const s = WORD_STRIDE * (id & PAGE_MASK);
    words[s + INFO] = info;
    words[s + NORMAL_ID] = nid;
    words[s + VALUE] = this.cache.value(id);
    words[s + FORM] = form;
    return info;
  }

  private newWordLemma(normal: string, posIndex: number): string {
    // A map per tag: no key string built per token.
    const byTag = this.memo.newWordLemma;
    const lemmas = byTag[posIndex] ?? (byTag[posIndex] = new Map());
    let l = lemmas.get(normal);
    if (l === undefined) {
      l = this.lemmatize(normal, this.cache.valueOf('pos', posIndex), this.cache);
      lemmas.set(normal, l);
    }
    return l;
  }
}

/** A stand-in engine cache with no words, for the shape anchor below (no engine is kept alive by it). */
const NO_WORDS: RawCache = {
  value: () => '',
  normal: () => 0,
  nox: () => 0,
  mappedSpelling: () => 0,
  property: () => undefined,
  valueOf: () => '',
  intrinsicSize: () => 0,
};

// An empty instance keeps `RawTokens`' hidden class alive between documents (see `anchorShape`):
// ~10 functions deoptimised at each memory-reducing GC without it.
anchorShape(new RawTokens({ tokens: [], numOfTokens: 0, sentences: [], cache: NO_WORDS }, () => '', NO_WORDS));

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
    fillColumns(keep, count, out, wordTypes) {
      fillColumnsByAccessors(this, keep, count, out, wordTypes);
    },
  };
}

import coreData from 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json';
import featureFn from 'wink-eng-lite-web-model/dist/feature.js';
import lemmatize from 'wink-eng-lite-web-model/dist/lemmatize.js';
import cerTransformers from 'wink-eng-lite-web-model/dist/cer-transformers.js';
import cerMachines from 'wink-eng-lite-web-model/dist/languages/cur/models/eng-cer-meta-model.json';
import loadNegationModel from 'wink-eng-lite-web-model/dist/load-negation-model.js';
import loadPosModel from 'wink-eng-lite-web-model/dist/load-pos-model.js';
import loadSbdModel from 'wink-eng-lite-web-model/dist/load-sbd-model.js';
import stem from 'wink-eng-lite-web-model/dist/porter-stemmer.js';
import saSetter from 'wink-eng-lite-web-model/dist/sa-setter.js';
import { lexemeListSorted } from './lexemeListSorted.js';
import { LexemeText, LexemeTextList } from './lexemeText.js';
import { trexWithoutWideCaseClasses } from './winkTrex.js';
import { SortedWordIndex } from './wordIndex.js';
import { FeatureListIndex } from './featureListIndex.js';
import { charCodeAt } from './charCodes.js';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * Defined (`true`) by the builds that bundle wink-nlp with its cache patched to index words in a
 * `Map` (scripts/coldStartPlugins.ts, `winkMapHash`); elsewhere (the CommonJS build, which loads
 * the installed wink-nlp, and the tests) the feature hashes are null-prototype objects, as
 * wink-nlp builds them.
 */
declare const __WINK_MAP_HASH__: boolean | undefined;
const MAP_HASH = typeof __WINK_MAP_HASH__ === 'boolean' && __WINK_MAP_HASH__;

/**
 * wink-nlp's English lite model (wink-eng-lite-web-model), assembled from the package's own
 * files, with two differences that change no token, tag, lemma or sentence the library reads
 * (a test compares them with the package's model):
 *
 * - `core()` makes the engine's private copy of the core data (wink-nlp adds the words it has not
 *   seen to its lists) by copying what an engine changes, and decodes the packed lexicon, instead
 *   of the package's deep copy through `JSON.parse(JSON.stringify(...))` of all 3 MB: about 40 %
 *   of creating an engine, which every cold start pays.
 * - The URL patterns' wide character classes are written as equivalent negated classes, which V8
 *   compiles without closing U+00A1–U+FFFF over case (`winkTrex.ts`).
 * - The named-entity and sentiment models are empty: the library's pipeline (`NLP_PIPE`) never
 *   runs them, and wink-nlp would otherwise load 0.6 MB of their automata into every engine.
 * - The `readabilityStats` addon, which wink-nlp calls with a document's raw data for
 *   `doc.out(its.readabilityStats)`, returns that raw data: the library computes no readability
 *   statistics, and reads the token columns from it in one pass (see `winkColumns.ts`).
 */
// wink-eng-lite-web-model's loader stringifies its module-level automaton in place, so every call encodes the previous
// call's string again: a second engine (`renewNlp`, a long batch) got a doubly encoded automaton, and a few dozen engines
// later the string passed V8's length limit ("Invalid string length"). Its loader is not called at all: if anything
// else in the process (the user's own wink engine, a test) called it first, even our first call would get an encoded
// string. The automaton is encoded here from the package's JSON, once, and shared by every engine.
let cerMetaModel: Data | undefined;

export const winkModel = {
  core: (): Data => readCore(),
  sbd: loadSbdModel,
  pos: loadPosModel,
  ner: () => ({ machines: [], transformers: [] }),
  negation: loadNegationModel,
  sa: () => ({ machines: [EMPTY_MACHINE], setter: saSetter }),
  metaCER: () => (cerMetaModel ??= { machines: JSON.stringify(cerMachines), transformers: cerTransformers }),
  featureFn,
  addons: { stem, lemmatize, readabilityStats: rawDocumentData, wordVectors: undefined },
};

/** wink-nlp's raw document data, as its `readabilityStats` addon receives it (see `winkModel`). */
function rawDocumentData(rdd: unknown): unknown {
  return rdd;
}

// An automaton that recognises nothing, as wink-nlp exports one (`emptyModelJSON`).
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);

/**
 * A fresh core model for one engine, equal to what the package's `core()` returns (its
 * `read-core-model.js` and `load-core-model.js`) but for the equivalent URL classes of `trex`. The package data is never changed: what an
 * engine changes (the feature lists and their hashes, the packing's list of extra features) is
 * copied; the rest is only read and is shared. With `asMap`, for the patched wink-nlp of the
 * bundles (see `__WINK_MAP_HASH__`), the feature hashes are `Map`s, or for the model the bundle
 * was built with the lexemes' one a `SortedWordIndex` (a binary search in the sorted list,
 * remembered in a table of the words asked) and the others `FeatureListIndex`es.
 */
export function readCore(asMap: boolean = MAP_HASH, data: Data = coreData): Data {
  const packing = { ...data.packing, efList: [] as string[] };
  const layout = packing.layout as Record<string, number[]>;
  const features: Data = {};
  // (the lexemes as text, read on demand, for the bundles' wink-nlp, which reads lists by `at`)
  const lexemes = asMap ? lexemeTextOf(data.features.lexeme) : null;
  for (const name of Object.keys(data.features)) {
    features[name] = name === 'lexeme' && lexemes ? { list: new LexemeTextList(lexemes) } : { ...data.features[name], list: [...data.features[name].list] };
  }
  // The model the bundle was built with (sorted lexemes, feature lists without repeats): its
  // lists are searched on demand (see SortedWordIndex, FeatureListIndex).
  const builtModel = asMap && lexemeListSorted(features.lexeme.list);
  if (lexemes && !builtModel) features.lexeme.list = lexemes.toArray();
  for (const name of Object.keys(layout)) {
    const spec = layout[name]!;
    if (spec[3] === 0) {
      const f = features[name];
      f.hash = builtModel ? new FeatureListIndex(f.list) : hashOf(f.list, asMap);
      f.intrinsicSize = f.list.length;
      f.index = f.list.length;
      f.maxIndex = spec[1]! >>> spec[2]!;
    }
    if (spec[4] === 1) packing.efList.push(name);
  }
  const lexeme = features.lexeme;
  // The 87,000 words: searched in the sorted list as the engine looks them up (see SortedWordIndex).
  lexeme.hash = builtModel ? new SortedWordIndex(lexeme.list) : hashOf(lexeme.list, asMap);
  lexeme.intrinsicSize = lexeme.list.length;
  lexeme.index = lexeme.list.length;
  const posHash = data.pos.hash as Record<string, number>;
  features.posClusters.list = features.posClusters.list.map((c: string) => new Set(c.split('_').map((tag) => posHash[tag] || 0)));
  return {
    ...data,
    packing,
    features,
    trex: trexWithoutWideCaseClasses(data.trex),
    lexicon: new Uint32Array(bytesOfBase64(data.lexicon)),
    xpansions: new Uint32Array(bytesOfBase64(data.xpansions)),
  };
}

/** The lexeme feature's entries as text (`LexemeText`), read once and shared by every engine. */
const lexemeTexts = new WeakMap<object, LexemeText>();

/**
 * The lexeme list of `feature` as a `LexemeText`, when dist/wink-core-data.cjs handed it over as
 * text (non-enumerable `text`, `length`, `fixes` and `marks`, see scripts/winkCoreOneByte.ts); else null.
 */
function lexemeTextOf(feature: Data): LexemeText | null {
  if (typeof feature.text !== 'string' || typeof feature.length !== 'number') return null;
  let text = lexemeTexts.get(feature);
  if (text === undefined) lexemeTexts.set(feature, (text = new LexemeText(feature.text, feature.length, feature.fixes, feature.marks)));
  return text;
}

/** The index of each item of `list`, as the wink-nlp in use looks it up (see `__WINK_MAP_HASH__`). */
export function hashOf(list: readonly string[], asMap: boolean): Record<string, number> | Map<string, number> {
  if (!asMap) return indexOf(list);
  const hash = new Map<string, number>();
  for (let k = 0; k < list.length; k++) hash.set(list[k]!, k);
  return hash;
}

/** A null-prototype map from each item of `list` to its index, as wink-nlp builds it. */
function indexOf(list: readonly string[]): Record<string, number> {
  const hash = Object.create(null) as Record<string, number>;
  for (let k = 0; k < list.length; k++) hash[list[k]!] = k;
  return hash;
}

/**
 * The bytes of a base64 string: with Node's (or Bun's) Buffer where there is one (about five
 * times faster on the model's 1.9 MB lexicon), else with `atob`, as the package does. A large
 * Buffer owns its whole ArrayBuffer, which is returned as it is: copying the lexicon's 1.4 MB
 * (a zeroed allocation, then the copy) cost ≈ 2.8 M instructions of every cold start. A small
 * one is a slice of Node's shared pool, whose bytes are copied out.
 */
export function bytesOfBase64(data: string, buffer: NodeBufferLike | null = (globalThis as { Buffer?: NodeBufferLike }).Buffer ?? null): ArrayBuffer {
  if (buffer) {
    const b = buffer.from(data, 'base64');
    const whole = b.buffer as ArrayBuffer;
    if (b.byteOffset === 0 && b.byteLength === whole.byteLength) return whole;
    return whole.slice(b.byteOffset, b.byteOffset + b.byteLength);
  }
  const decoded = atob(data);
  const bytes = new Uint8Array(decoded.length);
  for (let k = 0; k < decoded.length; k++) bytes[k] = charCodeAt(decoded, k);
  return bytes.buffer;
}

/** The part of Node's Buffer this uses (the core has no Node types at run time). */
interface NodeBufferLike {
  from(data: string, encoding: 'base64'): Uint8Array;
}

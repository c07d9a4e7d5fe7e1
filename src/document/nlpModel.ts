import winkNLP from 'wink-nlp';
import { winkModel } from './winkModel.js';
import { hasNonLetterOrDigit } from './letterRuns.js';
import { LexemeTextList, type WordList } from './lexemeText.js';
import { SortedWordIndex } from './wordIndex.js';
import { FeatureListIndex } from './featureListIndex.js';

type WinkNLP = ReturnType<typeof winkNLP>;
type WinkDoc = ReturnType<WinkNLP['readDoc']>;

/**
 * The index from word to word id of an engine's lexicon: a null-prototype object (wink-nlp as
 * installed), a `Map`, or a `SortedWordIndex` (the bundles' patched wink-nlp, see `winkModel.ts`).
 */
type WordHash = Record<string, number> | Map<string, number> | { get(word: string): number | undefined; delete(word: string): boolean };

/** The part of an engine's core model that wink-nlp grows as it reads: its words. */
interface LexemeFeature {
  list: WordList;
  hash: WordHash;
  intrinsicSize: number;
}

/** A feature of the core model that wink-nlp grows as it reads (the lexemes, the suffixes, shapes …): what it adds goes after `intrinsicSize`. */
interface GrownFeature {
  list: WordList;
  hash: WordHash | FeatureListIndex;
  intrinsicSize: number;
  index: number;
}

interface Engine {
  nlp: WinkNLP;
  lexeme: LexemeFeature;
  /** The features wink-nlp adds to as it reads (see `renewNlp`). */
  grown: GrownFeature[];
  /** What the engine's word ids number (`SlantDocument.vocabulary`): a new object when the engine is renewed. */
  vocabulary: object;
}

let shared: Engine | null = null;
let charsRead = 0;

/**
 * The annotations wink-nlp computes in its one pass: sentence boundaries and POS tags (lemmas
 * come from the tags). Its named entities, negation and sentiment are not used (slantwise
 * scores negation and sentiment itself, with evidence), and leaving them out makes reading a
 * document about a third cheaper; tokens, tags, lemmas and sentences are the same.
 */
export const NLP_PIPE = ['sbd', 'pos'];

/**
 * Characters one wink-nlp engine reads before it is renewed (`renewNlp`: in place, or a new one, ~130 ms to create).
 * See `ENGINE_RENEWAL_WORDS`: together they keep memory flat over a long stream.
 */
export const ENGINE_RENEWAL_CHARS = 20_000_000;

/**
 * Word ids one engine hands out before it is renewed. wink-nlp gives every word it has not seen
 * (names, numbers, typos) a new id and keeps it; a forgotten word (see `readWithSharedEngine`)
 * gets a new id each time it comes back. Ids must stay far below the 2^20 wink packs a lemma id
 * into.
 */
export const ENGINE_RENEWAL_WORDS = 250_000;

function createEngine(): Engine {
  let core: { features: Record<string, Partial<GrownFeature>> & { lexeme: LexemeFeature } } | null = null;
  const nlp = winkNLP({ ...winkModel, core: () => (core = winkModel.core() as never) } as never, NLP_PIPE as never);
  if (core === null) throw new Error('wink-nlp did not read its core model');
  const { features } = core as { features: Record<string, Partial<GrownFeature>> & { lexeme: LexemeFeature } };
  const grown = Object.values(features).filter((f): f is GrownFeature => typeof f.intrinsicSize === 'number' && f.hash !== undefined);
  return { nlp, lexeme: features.lexeme, grown, vocabulary: {} };
}

function sharedEngine(): Engine {
  if (shared === null) shared = createEngine();
  return shared;
}

/**
 * The wink-nlp engine with the English lite model, created on first use and then shared by
 * every analysis in the process (creating it costs ~60 ms; reading a document ~1 ms). Read
 * documents with `readWithSharedEngine`, which keeps what one document reads from changing how
 * the next one is read.
 */
export function getNlp(): WinkNLP {
  return sharedEngine().nlp;
}

/**
 * The engine to read `chars` characters with: the shared one, renewed (`renewNlp`) once it has
 * read `ENGINE_RENEWAL_CHARS` characters or handed out `ENGINE_RENEWAL_WORDS` word ids.
 */
export function getNlpToRead(chars: number): WinkNLP {
  return engineToRead(chars).nlp;
}

function engineToRead(chars: number): Engine {
  if (shared !== null && (charsRead + chars > ENGINE_RENEWAL_CHARS || shared.lexeme.list.length - shared.lexeme.intrinsicSize > ENGINE_RENEWAL_WORDS)) renewNlp();
  charsRead += chars;
  return sharedEngine();
}

/**
 * Reads `text` with the shared engine and returns what `use` makes of the document; afterwards
 * the engine forgets the words it had not seen before this text and could have split (see
 * `splittable`).
 *
 * Why: wink-nlp's tokenizer keeps a token whole when the engine already knows it as a word, and
 * the engine learns every word it reads. Once one article had "Zqabson’s." (split from its
 * period, kept as a word), the next article's "Zqabson’s plan" stayed one token instead of
 * "Zqabson" + "’s", with other tags: the same article gave different tokens, tags and
 * attributions depending on what the process had read before (a batch's order, the number of
 * workers). Forgetting those words makes every document read as a fresh engine reads it (checked
 * on the 840 development articles, each read twice with the shared engine and once with an engine
 * of its own: same tokens, tags, lemmas and sentences).
 *
 * @example
 * ```ts
 * const tokens = readWithSharedEngine('Vos said so.', (nlp, doc) => doc.tokens().out());
 * ```
 */
export function readWithSharedEngine<T>(text: string, use: (nlp: WinkNLP, doc: WinkDoc, vocabulary: object) => T): T {
  const engine = engineToRead(text.length);
  const mark = engine.lexeme.list.length;
  try {
    return use(engine.nlp, engine.nlp.readDoc(text), engine.vocabulary);
  } finally {
    forgetWordsFrom(engine.lexeme, mark);
  }
}

/**
 * Drops from the lexicon's index the splittable words added at or after id `mark`. Their ids stay in the
 * list (wink-nlp's per-id features are stored in order and cannot be taken back), so a document
 * read earlier keeps its ids; a word seen again is added again under a new id.
 */
function forgetWordsFrom(lexeme: LexemeFeature, mark: number): void {
  const { list, hash } = lexeme;
  if (typeof (hash as { delete?: unknown }).delete === 'function') {
    const index = hash as { get(word: string): number | undefined; delete(word: string): boolean };
    for (let id = mark; id < list.length; id++) {
      const word = list.at(id)!;
      if (splittable(word) && index.get(word) === id) index.delete(word);
    }
  } else {
    const index = hash as Record<string, number>;
    for (let id = mark; id < list.length; id++) {
      const word = list.at(id)!;
      if (splittable(word) && index[word] === id) delete index[word];
    }
  }
}

/**
 * A word the tokenizer could have split: one with a character other than a letter or digit
 * (apostrophe, period, hyphen, symbol). wink-nlp consults its lexicon only to decide whether to
 * split such a token ("Zqabson’s", "U.S.", "ex-mayor"); a word of letters and digits alone is one
 * token whether the engine knows it or not, and is tagged from the same features, so it is kept
 * (forgetting it too would make every later document extract its features again: a fifth more
 * time to read a document).
 */
const splittable = (word: string) => hasNonLetterOrDigit(word); // `/[^\p{L}\p{N}]/u`

/**
 * Renews the shared engine: the next document is read with wink-nlp's lexicon as the model ships it, by the same
 * engine with every word and feature value it added forgotten (the bundles' patched wink-nlp, whose cache can forget
 * its own part) or else by a new engine. Its word ids then number a new `vocabulary`. (A wink document read before
 * must not be read after: its new words' ids are given again; none is, `readWithSharedEngine`'s `use` ends first.)
 *
 * Why in place: a new engine's closures (tokenizer, cache readers, token mappers) are new functions, and the
 * optimised code inlined for the first engine's cannot serve them: a renewal deoptimised and recompiled some sixty
 * functions (bench/HISTORY.md, perf67, perf77, perf85).
 */
export function renewNlp(): void {
  charsRead = 0;
  if (shared === null) return;
  const forgetAddedWords = (shared.nlp as { forgetAddedWords?: () => void }).forgetAddedWords;
  if (typeof forgetAddedWords !== 'function') {
    shared = null;
    return;
  }
  for (const feature of shared.grown) dropAdded(feature);
  forgetAddedWords();
  shared.vocabulary = {};
}

/** Cuts `feature` back to the model's own values: its list, its index of them and its next index, as a new engine has them. */
function dropAdded(feature: GrownFeature): void {
  const size = feature.intrinsicSize;
  const { list, hash } = feature;
  if (list instanceof LexemeTextList) list.dropAdded();
  else (list as string[]).length = size;
  if (hash instanceof SortedWordIndex || hash instanceof FeatureListIndex) hash.clear();
  else {
    // (a Map: only the patched cache can forget its words (`renewNlp`), and it indexes by Maps or the classes above,
    // never by wink-nlp's null-prototype objects; deleting the current entry while iterating a Map is safe)
    const index = hash as Map<string, number>;
    for (const [word, id] of index) if (id >= size) index.delete(word);
  }
  feature.index = size;
}

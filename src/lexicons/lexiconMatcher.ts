import type { SlantDocument } from '../document/readDocument.js';
import { WordIdStrings, grownCopy, grownLength } from '../document/wordIdTable.js';
import type { EntryContext, Lexicon, LexiconEntry } from '../schema/lexicon.js';
import { americanSpellings, hasPrecomputedSpellings, precomputedAmericanSpellings } from './spellingNormalizer.js';
import { defaultFilingOf, defaultFilingWords, VALUE_ZERO, type DefaultGroupFiling, type MatcherFiling } from './precomputedFiling.js';
import { charCodeAt } from '../document/charCodes.js';

/** A lexicon entry ready for matching: its words (terms split on spaces and hyphens). */
export interface CompiledTerm {
  lexicon: Lexicon;
  entry: LexiconEntry;
  words: string[];
  /** Position of the lexicon in the matcher's list: on a tie, the earlier lexicon wins. */
  rank: number;
  /** The entry's constraints, compiled; null when it has none. */
  check: CompiledConstraints | null;
}

/** An entry's `pos` and `context`, as sets for quick lookups. */
interface CompiledConstraints {
  pos: Set<string> | null;
  window: number;
  near: Set<string> | null;
  notNear: Set<string> | null;
  precededBy: Set<string> | null;
  followedBy: Set<string> | null;
  notPrecededBy: Set<string> | null;
  notFollowedBy: Set<string> | null;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Part-of-speech slots (`{ADJ}`, `{NOUN|PROPN}`): the tags each accepts and the node it leads to. */
  slots: { tags: Set<string>; node: TrieNode }[] | null;
  terms: CompiledTerm[];
  /**
   * Bit `firstBit(w)` of the first letter of each word `w` in `next` (all bits at the root): a
   * token whose forms have no bit here is no key of `next`, and the walk asks `next` nothing.
   * Most inner nodes have one or two words below them, most tokens none of their letters.
   */
  firsts: number;
  /**
   * A child of the root not built yet: the entries (indices over the matcher's lexicons'
   * entries, one after the other) with a spelling that starts with its word; null once built
   * (and for every other node).
   */
  pending: number[] | null;
}

/** The root's children a matcher made from a precomputed filing, in the order of its `words`. */
interface FiledRoots {
  filing: MatcherFiling;
  nodes: TrieNode[];
}

/**
 * A match: tokens [tokStart, tokEnd) and the entries spelled so whose constraints hold, most
 * specific first (`terms[0]` is the winner; the others are alternatives).
 */
export interface TermMatch {
  tokStart: number;
  tokEnd: number;
  /** Read only: when every term of a trie node holds, this is the node's own array (no copy per match). */
  terms: readonly CompiledTerm[];
}

/** Calls `f` with the match: `match`'s and `matchRanges`' callbacks through the walk's `(context, m)` call. */
const callWithMatch = (f: (m: TermMatch) => void, m: TermMatch): void => f(m);

/**
 * Most trie nodes are leaves and most have no terms: they share these empty values (never
 * changed: `insert` gives a node its own Map or array before adding to it), instead of a Map
 * and an array each, which a cold start would allocate by the thousand.
 */
const NO_CHILDREN: ReadonlyMap<string, TrieNode> = new Map();
const NO_TERMS: readonly CompiledTerm[] = [];
const newNode = (): TrieNode => ({ next: NO_CHILDREN as Map<string, TrieNode>, slots: null, terms: NO_TERMS as CompiledTerm[], firsts: 0, pending: null });

/** A word's bit in `TrieNode.firsts`: by its first code unit, modulo 32 (a filter: words of other letters may share it). */
const firstBit = (w: string): number => 1 << (charCodeAt(w, 0) & 31);

const DEFAULT_WINDOW = 4;
const SLOT = /^\{([A-Z]+(?:\|[A-Z]+)*)\}$/;

/**
 * Matches many lexicons at once over the shared token arrays: a trie over words, where each
 * token may match by its lower-case form or its lemma ("invaded" → invade), multi-word phrases
 * and part-of-speech slots ("appear {ADJ}") included, the longest match winning. Entries may
 * carry constraints (`pos` of their first word, words that must or must not stand around them);
 * an entry whose constraints fail does not match, and a shorter entry may match instead.
 * When several entries match the same words, the most specific comes first: one with
 * constraints before one without, then the lexicon listed first. Cost is linear in the number
 * of tokens (the depth of a walk is bounded by the longest phrase, a context window by its
 * size), not in the number of entries.
 *
 * @example
 * ```ts
 * const matcher = new LexiconMatcher([frameInvasion, frameEconomic]);
 * matcher.match(doc, 0, doc.tokenCount, (m) => console.log(m.terms.map((t) => t.entry.term)));
 * ```
 */
export class LexiconMatcher {
  private readonly root: TrieNode = { next: new Map(), slots: null, terms: [], firsts: -1, pending: null };
  private readonly american: ReadonlyMap<string, string>;
  private readonly lexicons: readonly Lexicon[];
  /** Index of each lexicon's first entry among all entries (and the entry count last): entry `i` of lexicon `r` is `starts[r] + i`. */
  private readonly starts: number[] = [0];
  /**
   * The walk's stack of `match` (nodes and token indices side by side), kept with the matcher
   * and reused by every call: arrays made per call grew a backing store for each range (each
   * line) a matcher walks, a tenth of what an analysis allocated (bench/HISTORY.md scale44).
   * Reentrant: the stack is empty whenever `onMatch` runs, and each token's walk starts at 0.
   */
  private readonly walkNodes: TrieNode[] = [];
  private readonly walkAt: number[] = [];

  constructor(lexicons: readonly Lexicon[]) {
    this.lexicons = lexicons;
    for (const lexicon of lexicons) this.starts.push(this.starts[this.starts.length - 1]! + lexicon.entries.length);
    // British spellings are also filed under wink-nlp's American normal form (defence → defense):
    // from the generated table for the default lexicons, else read for the lexicons' words.
    const american = (this.american = hasPrecomputedSpellings(lexicons) ? precomputedAmericanSpellings() : americanSpellings(lexiconWords(lexicons)));
    // The trie below each first word is built when a text first has that word (`build`): a text
    // meets a few hundred of the thousands of first words, and a cold start (import plus one
    // analysis) would otherwise compile every entry. Entries that start with a part-of-speech
    // slot match any word: they are filed now.
    // The default lexicons' first words and the entries under each were filed at build time
    // (a filing loop over ≈ 3,900 entries, interpreted then optimised, cost ≈ 70 M instructions
    // of a cold start: bench/HISTORY.md, cold17): only the root's children are made here.
    const filing = defaultFilingOf(lexicons);
    if (filing !== null) {
      FILED.set(this, this.fileFrom(filing));
      return;
    }
    // Most entries are one plain word, their only spelling and first word: filed in this loop,
    // without the arrays and tests of the general case, which the other entries (about a
    // quarter) take in a second loop. In one loop, V8 optimised the whole loop with
    // `entrySpellings` inlined on the first analysis, a compile that cost more than the loop
    // (≈ 60 M instructions of a cold start's 1,410 M, bench/HISTORY.md, cold9); the first-word
    // lists are put back in entry order when a word's part of the trie is built (`build`).
    const general: number[] = [];
    lexicons.forEach((lexicon, rank) => {
      let index = this.starts[rank]!;
      for (const entry of lexicon.entries) {
        const term = entry.term;
        if (!isPlainTerm(term)) general.push(index);
        else {
          this.fileFirstWord(term, index);
          const a = american.get(term);
          if (a !== undefined) this.fileFirstWord(a, index);
        }
        index++;
      }
    });
    for (const index of general) this.fileSpellings(index);
  }

  /** Makes the root's children a precomputed filing lists, in its order, with their pending entries. */
  private fileFrom(filing: MatcherFiling): FiledRoots {
    const names = defaultFilingWords();
    const { words, pending } = filing;
    const nodes: TrieNode[] = new Array(words.length);
    const next = this.root.next;
    // (The node is made by a function of its own: this loop is then too short for TurboFan to
    // compile it on the first analysis, as it did a longer one: bench/HISTORY.md, cold17.)
    for (let i = 0; i < words.length; i++) nodes[i] = rootChild(next, names[words[i]!]!, pending[i]!);
    return { filing, nodes };
  }

  /**
   * Lexicon position (rank) of entry `index`: the last lexicon whose first entry is at or before
   * it (empty lexicons share their start with the next one and are passed over). A binary search,
   * as a user may pass hundreds of frame lexicons and every entry filed asks (review25 #11).
   */
  private rankOf(index: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = this.lexicons.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Entry `index` of the matcher's lexicons, one after the other. */
  private entryAt(index: number, rank: number): LexiconEntry {
    return this.lexicons[rank]!.entries[index - this.starts[rank]!]!;
  }

  /** Files entry `index` (not a plain word) under the first word of each of its spellings. */
  private fileSpellings(index: number): void {
    const american = this.american;
    let slotted = false;
    for (const sp of entrySpellings(this.entryAt(index, this.rankOf(index)))) {
      const first = sp[0];
      if (first === undefined) continue;
      if (SLOT.test(first)) {
        if (!slotted) this.fileEntry(index, null);
        slotted = true;
        continue;
      }
      this.fileFirstWord(first, index);
      const a = american.get(first);
      if (a !== undefined) this.fileFirstWord(a, index);
    }
  }

  /** Notes that entry `index` has a spelling starting with `word` (once per word). */
  private fileFirstWord(word: string, index: number): void {
    let child = this.root.next.get(word);
    if (!child) this.root.next.set(word, (child = { next: NO_CHILDREN as Map<string, TrieNode>, slots: null, terms: NO_TERMS as CompiledTerm[], firsts: 0, pending: [] }));
    const pending = child.pending!;
    if (pending[pending.length - 1] !== index) pending.push(index);
  }

  /** Builds the trie below the root's child `node` (see the constructor). */
  private build(node: TrieNode): void {
    // Entries in lexicon order (the constructor files plain words before the others), so that
    // entries with the same words keep the order their lexicon lists them in.
    const pending = node.pending!.sort(ascending);
    node.pending = null;
    for (const index of pending) this.fileEntry(index, node);
  }

  /**
   * Inserts the spellings of entry `index` that start with the word of the root's child `under`
   * (or, when `under` is null, those that start with a slot), in the order the entry lists them.
   */
  private fileEntry(index: number, under: TrieNode | null): void {
    const rank = this.rankOf(index);
    const lexicon = this.lexicons[rank]!;
    const entry = this.entryAt(index, rank);
    const american = this.american;
    const spellings = isPlainTerm(entry.term) ? [[entry.term]] : entrySpellings(entry);
    const n = spellings.length;
    for (let i = 0; i < n; i++) {
      const sp = spellings[i]!;
      if (sp.some((w) => american.has(w))) spellings.push(sp.map((w) => american.get(w) ?? w));
    }
    let check: CompiledConstraints | null | undefined;
    for (const sp of spellings) {
      const first = sp[0];
      if (first === undefined) continue;
      if (under === null ? !SLOT.test(first) : this.root.next.get(first) !== under) continue;
      check ??= compileConstraints(entry, american);
      this.insert({ lexicon, entry, words: sp, rank, check });
    }
  }

  /** The trie's root (for `LexiconMatcherGroup`: the words entries start with). */
  rootNode(): Readonly<TrieNode> {
    return this.root;
  }

  /** The trie's root with every part built (the root's children are built on first use). @internal For tests. */
  builtRoot(): Readonly<TrieNode> {
    for (const child of this.root.next.values()) if (child.pending !== null) this.build(child);
    return this.root;
  }

  private insert(term: CompiledTerm): void {
    if (term.words.length === 0) return;
    let node = this.root;
    for (const w of term.words) {
      const slot = charCodeAt(w, 0) === 123 /* { */ ? SLOT.exec(w) : null;
      let child: TrieNode | undefined;
      if (slot) {
        const key = slot[1]!;
        node.slots ??= [];
        child = node.slots.find((s) => [...s.tags].join('|') === key)?.node;
        if (!child) {
          child = newNode();
          node.slots.push({ tags: new Set(key.split('|')), node: child });
        }
      } else {
        child = node.next.get(w);
        if (!child) {
          child = newNode();
          if (node.next === NO_CHILDREN) node.next = new Map();
          node.next.set(w, child);
          node.firsts |= firstBit(w);
        }
      }
      node = child;
    }
    if (node.terms === NO_TERMS) node.terms = [term];
    else if (!node.terms.some((t) => t.entry === term.entry && t.lexicon === term.lexicon)) {
      // A new array, not a push: a match handed out earlier may hold the node's array as its `terms`.
      node.terms = [...node.terms, term].sort(bySpecificity);
    }
  }

  /**
   * Calls `onMatch` for each non-overlapping longest match in tokens [from, to). `keys`, from
   * `LexiconMatcherGroup.keysOf` for this document and ranges that cover [from, to), lets the
   * walk skip the tokens that start no entry of this matcher without looking them up (same
   * matches, fewer lookups).
   */
  match(doc: SlantDocument, from: number, to: number, onMatch: (m: TermMatch) => void, keys?: TokenKeys): void {
    this.walk(doc, from, to, callWithMatch, onMatch, keys, keys?.bits.get(this), keys?.slots.get(this));
  }

  /**
   * `match` over each of `ranges` (one per analysed line), with the matcher's bit and position in
   * `keys` looked up once for all of them instead of once per range (two Map lookups per line and matcher).
   */
  matchRanges(doc: SlantDocument, ranges: readonly (readonly [number, number])[], onMatch: (m: TermMatch) => void, keys?: TokenKeys): void {
    this.matchRangesWith(doc, ranges, callWithMatch, onMatch, keys);
  }

  /**
   * `matchRanges` with `onMatch(context, m)`: a module function and its data, for a caller per document (a function
   * bound or a closure made per document is a new callee at each call site, called generically and never inlined).
   * @internal For the library's own per-document callers (`evidenceFromMatches`); not part of the public API.
   */
  matchRangesWith<C>(doc: SlantDocument, ranges: readonly (readonly [number, number])[], onMatch: (context: C, m: TermMatch) => void, context: C, keys?: TokenKeys): void {
    const bit = keys?.bits.get(this);
    const slot = keys?.slots.get(this);
    for (const [from, to] of ranges) this.walk(doc, from, to, onMatch, context, keys, bit, slot);
  }

  /** `match` with the matcher's bit and position in `keys` (both undefined without `keys`, or for a matcher past the group's 32). */
  private walk<C>(doc: SlantDocument, from: number, to: number, onMatch: (context: C, m: TermMatch) => void, context: C, keys: TokenKeys | undefined, bit: number | undefined, slot: number | undefined): void {
    // A depth-first walk with an explicit stack (nodes and token indices side by side, the
    // matcher's own; `sp` is its height: popping by index, because arrays emptied by pop() give
    // their storage back and push() then allocates it again, for every candidate token).
    const nodes = this.walkNodes;
    const at = this.walkAt;
    const mask = keys?.mayStart;
    const alt = keys?.alt ?? null;
    for (let k = from; k < to; k++) {
      if (bit !== undefined && (mask![k]! & bit) === 0) continue;
      // Most tokens start no entry: nothing is allocated for them.
      let sp = slot !== undefined ? this.pushRootChildren(keys!, slot, doc, k, nodes, at) : this.pushChildren(this.root, doc, k, nodes, at, 0, alt);
      if (sp === 0) continue;
      let bestEnd = -1;
      let bestTerms: readonly CompiledTerm[] | null = null;
      while (sp > 0) {
        sp--;
        const node = nodes[sp]!;
        const j = at[sp]!;
        if (node.terms.length > 0 && j + 1 > bestEnd) {
          const ok = termsThatHold(node.terms, doc, k, j + 1, from, to);
          if (ok.length > 0) {
            bestEnd = j + 1;
            bestTerms = ok;
          }
        }
        // (A node as deep as the longest entry has no children: the trie bounds the walk.)
        if (j + 1 >= to || (node.next.size === 0 && node.slots === null)) continue;
        sp = this.pushChildren(node, doc, j + 1, nodes, at, sp, alt);
      }
      if (bestTerms) {
        onMatch(context, { tokStart: k, tokEnd: bestEnd, terms: bestTerms });
        k = bestEnd - 1;
      }
    }
  }

  /**
   * `pushChildren(this.root, ...)` for token `k`, with the root's children that the group's lookup
   * of the token found (`keys` from the group this matcher is at position `slot` of).
   */
  private pushRootChildren(keys: TokenKeys, slot: number, doc: SlantDocument, k: number, nodes: TrieNode[], at: number[]): number {
    const lw = keys.lowerWord[k]!;
    const aw = keys.altWord[k]!;
    const a = lw >= 0 ? keys.rootChildren[lw * keys.stride + slot] : undefined;
    const b = aw >= 0 ? keys.rootChildren[aw * keys.stride + slot] : undefined;
    if (a !== undefined && a.pending !== null) this.build(a);
    if (b !== undefined && b.pending !== null) this.build(b);
    let top = 0;
    if (a) {
      nodes[top] = a;
      at[top++] = k;
    }
    if (b && b !== a) {
      nodes[top] = b;
      at[top++] = k;
    }
    const root = this.root;
    if (root.slots !== null && doc.isWord[k]) {
      for (const s of root.slots) {
        if (!posAccepts(s.tags, doc, k)) continue;
        nodes[top] = s.node;
        at[top++] = k;
      }
    }
    return top;
  }

  /**
   * Pushes the children of `node` that token `j` leads to (by lower-case form, lemma, singular,
   * or a POS slot, in that order) onto the walk's stack, whose height is `sp`; returns the new height.
   */
  private pushChildren(node: TrieNode, doc: SlantDocument, j: number, nodes: TrieNode[], at: number[], sp: number, alt: readonly (string | null | undefined)[] | null): number {
    const lower = doc.lower[j]!;
    const other = alt !== null ? alt[j] : undefined;
    const key = other !== undefined ? other : otherKey(lower, doc.lemma[j]!);
    // (Of ≈ 400 inner nodes a text's walks ask about, ≈ 25 lead on: the letters spare most lookups.)
    const firsts = node.firsts;
    const a = firsts & firstBit(lower) ? node.next.get(lower) : undefined;
    const b = key !== null && firsts & firstBit(key) ? node.next.get(key) : undefined;
    if (a !== undefined && a.pending !== null) this.build(a);
    if (b !== undefined && b.pending !== null) this.build(b);
    let top = sp;
    if (a) {
      nodes[top] = a;
      at[top++] = j;
    }
    if (b && b !== a) {
      nodes[top] = b;
      at[top++] = j;
    }
    if (node.slots !== null && doc.isWord[j]) {
      for (const s of node.slots) {
        if (!posAccepts(s.tags, doc, j)) continue;
        nodes[top] = s.node;
        at[top++] = j;
      }
    }
    return top;
  }
}

/**
 * The root's children of the matchers filed from a precomputed filing (kept out of the class:
 * `LexiconMatcher` is public, this is for `LexiconMatcherGroup`).
 */
const FILED = new WeakMap<LexiconMatcher, FiledRoots>();

/** The root's children of `m` as filed from a precomputed filing; undefined when filed at run time. */
export function filedRootsOf(m: LexiconMatcher): Readonly<FiledRoots> | undefined {
  return FILED.get(m);
}

/** A new child of a root for `word`, not built yet, with its `pending` entries. */
function rootChild(next: Map<string, TrieNode>, word: string, pending: number[]): TrieNode {
  const node: TrieNode = { next: NO_CHILDREN as Map<string, TrieNode>, slots: null, terms: NO_TERMS as CompiledTerm[], firsts: 0, pending };
  next.set(word, node);
  return node;
}

/**
 * The word a token is looked up by besides its lower-case form: its lemma, or, when wink-nlp
 * gave none other, the singular of a plural it kept as it is ("Thugs" at a sentence start);
 * null when there is none.
 */
function otherKey(lower: string, lemma: string): string | null {
  // "according (to)" is not a form of "accord" (an agreement), whatever the lemmatizer says.
  if (lemma !== lower && lower !== 'according' && lower !== 'accordingly') return lemma;
  if (lower.length > 3 && charCodeAt(lower, lower.length - 1) === 115 /* s */) return lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.slice(0, -1);
  return null;
}

/**
 * What the matchers of a `LexiconMatcherGroup` share for one document: each token's other
 * lookup key (see `otherKey`), computed once instead of once per matcher, which matchers'
 * entries may start at it (one bit per matcher), and the value its lower-case form has in the
 * group's word values (the sentiment word list), all from one lookup of the token.
 */
export interface TokenKeys {
  /** `otherKey` of each token in the prepared ranges (undefined elsewhere). */
  alt: (string | null | undefined)[];
  /** Bit `bits.get(m)` is set when an entry of matcher `m` may start at the token. */
  mayStart: Uint32Array;
  bits: ReadonlyMap<LexiconMatcher, number>;
  /** The group's word value of each token's lower-case form; NaN when it has none (and outside the prepared ranges). */
  values: Float64Array;
  /** The word values `values` were read from (the group's), so that a reader can check they are the ones it means. */
  valuesFrom: ReadonlyMap<string, number>;
  /** Index of each token's lower-case form among the group's words (-1: none, or outside the prepared ranges). */
  lowerWord: Int32Array;
  /** Index of each token's `alt` key among the group's words (-1: none). */
  altWord: Int32Array;
  /** Position of each matcher in the group. */
  slots: ReadonlyMap<LexiconMatcher, number>;
  /** The root's child for word `w` in the group's matcher at position `i`: `rootChildren[w * stride + i]`. */
  rootChildren: readonly (TrieNode | undefined)[];
  stride: number;
}

/**
 * Several matchers run over the same text (frames, topics, loaded words, ...): one walk over the
 * tokens looks each token up once in the union of their first words and notes which matchers
 * may start there, so each matcher's own walk skips the other tokens without a lookup. Same
 * matches as running each matcher alone. `wordValues` (optional: words, lower case, with a
 * number each) are looked up in the same walk, by each token's lower-case form, for another
 * stage that would otherwise look every token up again (sentiment): a lookup in a large word
 * table costs more than the rest of such a walk.
 *
 * @example
 * ```ts
 * const group = new LexiconMatcherGroup([frameMatcher, loadedMatcher], new Map([['good', 3]]));
 * const keys = group.keysOf(doc, [[0, doc.tokenCount]]);
 * loadedMatcher.match(doc, 0, doc.tokenCount, onMatch, keys);
 * keys.values[0]; // 3 when the first token is "good", NaN when it has no value
 * ```
 */
export class LexiconMatcherGroup {
  private readonly bits = new Map<LexiconMatcher, number>();
  private readonly slots = new Map<LexiconMatcher, number>();
  /** Each word's child of each matcher's root (see `TokenKeys.rootChildren`): a matcher's walk starts there without a lookup. */
  private rootChildren: (TrieNode | undefined)[] = [];
  /**
   * Word (a first word of an entry, or a word with a value) → its index in `wordBits` and
   * `wordValue`; built on first use. Small integers as values, and the per-word data in two
   * packed arrays, so one lookup serves both.
   */
  private words: Map<string, number> | null = null;
  /** Bits of the matchers with an entry starting with each word. */
  private wordBits: number[] = [];
  /** Each word's value in `wordValues`, NaN when it has none. */
  private wordValue: number[] = [];
  /** Bits of the matchers whose entries may start with a part-of-speech slot (any word). */
  private anyWord = 0;
  /**
   * Per vocabulary of the documents read (`SlantDocument.vocabulary`), per word id (`lowerId`),
   * what the lookups of the word gave (see `WordTable`). A word seen before costs array reads
   * instead of lookups of its strings.
   */
  private readonly byId = new WeakMap<object, WordTable>();

  /**
   * `filing`: the default group's precomputed words (`precomputedFiling.ts`), for the default
   * matchers in their order with the sentiment words as `wordValues` (`resolveLexicons`); used
   * when each matcher was filed from its part of it, else the words are collected on first use.
   */
  constructor(
    matchers: readonly LexiconMatcher[],
    private readonly wordValues: ReadonlyMap<string, number> = new Map(),
    private readonly filing: DefaultGroupFiling | null = null,
  ) {
    // 32 bits: further matchers (not in the default set) walk every token as they do alone.
    matchers.slice(0, 32).forEach((m, i) => {
      this.bits.set(m, (1 << i) >>> 0);
      this.slots.set(m, i);
    });
  }

  private union(): Map<string, number> {
    if (this.words !== null) return this.words;
    if (this.filing !== null && this.isFiledFrom(this.filing)) return (this.words = this.unionFrom(this.filing));
    // Built once per group, on the first analysis, by code V8 still interprets: loops over
    // `keys()` and `get`, not `for (const [k, v] of map)`, whose destructuring runs the iterator
    // protocol on each entry's pair in the interpreter (cold16, bench/HISTORY.md).
    const words = new Map<string, number>();
    const wordBits = this.wordBits;
    const wordValue = this.wordValue;
    const matchers = [...this.bits.keys()];
    for (const m of matchers) {
      const bit = this.bits.get(m)!;
      const root = m.rootNode();
      for (const w of root.next.keys()) {
        const i = words.get(w);
        if (i === undefined) {
          words.set(w, wordBits.length);
          wordBits.push(bit);
          wordValue.push(Number.NaN);
        } else wordBits[i] = (wordBits[i]! | bit) >>> 0;
      }
      if (root.slots !== null) this.anyWord = (this.anyWord | bit) >>> 0;
    }
    const values = this.wordValues;
    for (const w of values.keys()) {
      const i = words.get(w);
      if (i === undefined) {
        words.set(w, wordBits.length);
        wordBits.push(0);
        wordValue.push(values.get(w)!);
      } else wordValue[i] = values.get(w)!;
    }
    // (A root's children are all filed by its matcher's constructor; building adds below them.)
    const stride = this.slots.size;
    const children: (TrieNode | undefined)[] = new Array(words.size * stride).fill(undefined);
    for (const m of matchers) {
      const slot = this.slots.get(m)!;
      const next = m.rootNode().next;
      for (const w of next.keys()) children[words.get(w)! * stride + slot] = next.get(w);
    }
    this.rootChildren = children;
    return (this.words = words);
  }

  /** Were the group's matchers, in order, filed from `filing`'s own (see the constructor)? */
  private isFiledFrom(filing: DefaultGroupFiling): boolean {
    const matchers = [...this.slots.keys()];
    if (matchers.length !== filing.matchers.length) return false;
    for (let i = 0; i < matchers.length; i++) if (FILED.get(matchers[i]!)?.filing !== filing.matchers[i]) return false;
    return true;
  }

  /**
   * `union` from the precomputed words: the same words, indices, bits and values, with each
   * matcher's root children placed (and its bit set) by the word indices of its filing instead
   * of looked up.
   */
  private unionFrom(filing: DefaultGroupFiling): Map<string, number> {
    const list = filing.words;
    const letters = filing.values;
    const n = list.length;
    const words = new Map<string, number>();
    const value: number[] = new Array(n);
    for (let i = 0; i < n; i++) {
      words.set(list[i]!, i);
      const c = charCodeAt(letters, i);
      value[i] = c === 46 /* . */ ? Number.NaN : c - VALUE_ZERO;
    }
    const bits: number[] = new Array(n).fill(0);
    const stride = this.slots.size;
    const children: (TrieNode | undefined)[] = new Array(n * stride).fill(undefined);
    for (const m of this.slots.keys()) {
      const slot = this.slots.get(m)!;
      const bit = this.bits.get(m)!;
      const { filing: f, nodes } = FILED.get(m)!;
      const at = f.words;
      for (let i = 0; i < at.length; i++) {
        const w = at[i]!;
        children[w * stride + slot] = nodes[i];
        bits[w] = (bits[w]! | bit) >>> 0;
      }
      if (m.rootNode().slots !== null) this.anyWord = (this.anyWord | bit) >>> 0;
    }
    this.wordBits = bits;
    this.wordValue = value;
    this.rootChildren = children;
    return words;
  }

  /** The group's words (built on first use), each one's matcher bits and value: what `defaultMatcherFiling.ts` is written from. @internal */
  wordTable(): { words: string[]; bits: readonly number[]; values: readonly number[] } {
    const words = [...this.union().keys()];
    return { words, bits: this.wordBits, values: this.wordValue };
  }

  /** The shared keys of the tokens in `ranges` of `doc`, for `LexiconMatcher.match`. */
  keysOf(doc: SlantDocument, ranges: readonly (readonly [number, number])[]): TokenKeys {
    const words = this.union();
    const wordBits = this.wordBits;
    const wordValue = this.wordValue;
    const alt: (string | null | undefined)[] = new Array(doc.tokenCount);
    const mayStart = new Uint32Array(doc.tokenCount);
    const values = new Float64Array(doc.tokenCount).fill(Number.NaN);
    const lowerWord = new Int32Array(doc.tokenCount).fill(-1);
    const altWord = new Int32Array(doc.tokenCount).fill(-1);
    const ids = doc.lowerId;
    const vocabulary = doc.vocabulary;
    let table = vocabulary !== null ? (this.byId.get(vocabulary) ?? newWordTable()) : null;
    for (const [from, to] of ranges) {
      for (let k = from; k < to; k++) {
        const lower = doc.lower[k]!;
        const lemma = doc.lemma[k]!;
        const id = table !== null ? ids[k]! : -1;
        let m = 0;
        let i: number | undefined;
        let key: string | null;
        let j: number | undefined;
        if (id >= 0) {
          if (id >= table!.word.length) table = grownTable(table!, id);
          const known = table!.word[id]!;
          if (known === 0) {
            i = words.get(lower);
            table!.word[id] = i === undefined ? -1 : i + 1;
          } else if (known > 0) i = known - 1;
          const knownAlt = table!.alt[id]!;
          if (lemma === lower) {
            // The other key is then a function of the word alone (its singular): remembered with it.
            if (knownAlt === 0 || knownAlt >= LEMMA_KEY) {
              key = otherKey(lower, lemma);
              j = key !== null ? words.get(key) : undefined;
              table!.altKey.set(id, key);
              table!.alt[id] = j !== undefined ? j + 1 : key === null ? NO_KEY : -1;
            } else if (knownAlt === NO_KEY) key = null;
            else {
              key = table!.altKey.get(id)!;
              if (knownAlt > 0) j = knownAlt - 1;
            }
          } else {
            key = otherKey(lower, lemma);
            if (key === lemma) {
              // The word's lemma (one of a few per word, by its tag): the last one looked up is
              // remembered in the same place, marked, and reused while the word has it.
              if (knownAlt >= LEMMA_KEY && table!.altKey.get(id) === lemma) {
                if (knownAlt > LEMMA_KEY) j = knownAlt - LEMMA_KEY - 1;
              } else {
                j = words.get(lemma);
                table!.altKey.set(id, lemma);
                table!.alt[id] = LEMMA_KEY + (j === undefined ? 0 : j + 1);
              }
            } else j = key !== null ? words.get(key) : undefined;
          }
        } else {
          i = words.get(lower);
          key = otherKey(lower, lemma);
          j = key !== null ? words.get(key) : undefined;
        }
        alt[k] = key;
        if (i !== undefined) {
          m = wordBits[i]!;
          values[k] = wordValue[i]!;
          lowerWord[k] = i;
        }
        if (j !== undefined) {
          m |= wordBits[j]!;
          altWord[k] = j;
        }
        if (doc.isWord[k]) m |= this.anyWord;
        mayStart[k] = m;
      }
    }
    if (table !== null) this.byId.set(vocabulary!, table);
    return { alt, mayStart, bits: this.bits, values, valuesFrom: this.wordValues, lowerWord, altWord, slots: this.slots, rootChildren: this.rootChildren, stride: this.slots.size };
  }
}

/**
 * What a `LexiconMatcherGroup` remembers per word id of one vocabulary: 1 + the index in its
 * words of the word (`word`) and of its other key when its lemma is itself (`alt`, with the key
 * in `altKey`), -1 when not among them (`alt`: `NO_KEY` when there is no other key), 0 when not
 * looked up yet. Or, in the same places, the last lemma other than the word looked up (`altKey`) and `LEMMA_KEY` + (1 + its index, 0 when
 * not among the words) in `alt`.
 */
interface WordTable {
  word: Int32Array;
  alt: Int32Array;
  altKey: WordIdStrings<string | null>;
}

/** Marks an `alt` entry of a lemma other than the word (see `WordTable`): above every 1 + word index. */
const LEMMA_KEY = 1 << 30;

/**
 * An `alt` entry of a word that is its own lemma and has no other key (most tokens: "the",
 * "harbour"): the key is then null without a read of `altKey` (two dependent loads per token).
 */
const NO_KEY = -2;

function newWordTable(): WordTable {
  return { word: new Int32Array(0), alt: new Int32Array(0), altKey: new WordIdStrings() };
}

/** `t` with room for word id `id` (at least twice as long). */
function grownTable(t: WordTable, id: number): WordTable {
  const length = grownLength(t.word.length, id);
  t.altKey.growTo(length);
  return { word: grownCopy(t.word, length), alt: grownCopy(t.alt, length), altKey: t.altKey };
}

/** The words an entry is filed under: wink-nlp splits some hyphenated words ("far - left") and keeps others ("re-election"), so both. */
function entrySpellings(entry: LexiconEntry): string[][] {
  const spellings = [splitTerm(entry.term)];
  if (entry.term.includes('-')) spellings.push(entry.term.split(/\s+/).filter(Boolean).map((w) => (SLOT.test(w) ? w : w.toLowerCase().replace(/’/g, "'"))));
  return spellings;
}

/** Every word a matcher of `lexicons` files or looks for (terms and context words), as `americanSpellings` receives them. */
export function lexiconWords(lexicons: readonly Lexicon[]): Set<string> {
  const words = new Set<string>();
  for (const lexicon of lexicons) {
    for (const entry of lexicon.entries) {
      for (const sp of entrySpellings(entry)) for (const w of sp) words.add(w);
      for (const list of contextLists(entry)) for (const w of list) words.add(w.toLowerCase());
    }
  }
  return words;
}

/** Numbers in ascending order (a node's pending entry indices: ties keep lexicon order). */
function ascending(a: number, b: number): number {
  return a - b;
}

/** Constrained entries first, then by lexicon order. */
function bySpecificity(x: CompiledTerm, y: CompiledTerm): number {
  return (y.check ? 1 : 0) - (x.check ? 1 : 0) || x.rank - y.rank;
}

/** The word lists of an entry's context constraints. */
function contextLists(entry: LexiconEntry): string[][] {
  const c = entry.context;
  if (!c) return [];
  return [c.near, c.notNear, c.precededBy, c.followedBy, c.notPrecededBy, c.notFollowedBy].filter((x): x is string[] => x !== undefined);
}

function compileConstraints(entry: LexiconEntry, american: ReadonlyMap<string, string>): CompiledConstraints | null {
  const c: EntryContext = entry.context ?? {};
  if (!entry.pos && !entry.context) return null;
  const asSet = (xs: readonly string[] | undefined) => {
    if (!xs) return null;
    const set = new Set<string>();
    for (const x of xs) {
      const w = x.toLowerCase();
      set.add(w);
      const a = american.get(w);
      if (a) set.add(a);
    }
    return set;
  };
  return {
    pos: entry.pos ? new Set(entry.pos) : null,
    window: c.window ?? DEFAULT_WINDOW,
    near: asSet(c.near),
    notNear: asSet(c.notNear),
    precededBy: asSet(c.precededBy),
    followedBy: asSet(c.followedBy),
    notPrecededBy: asSet(c.notPrecededBy),
    notFollowedBy: asSet(c.notFollowedBy),
  };
}

/**
 * Does a tag set accept token `j`? wink-nlp tags ordinary words as PROPN when they are
 * capitalised at the start of a sentence or in a Title Case headline ("Slams" in "Senator Slams
 * Deal"): such a token is accepted by any tag set. A capitalised PROPN inside running text
 * ("May" the month, "Rich" the surname) is not.
 */
function posAccepts(tags: Set<string>, doc: SlantDocument, j: number): boolean {
  const pos = doc.pos[j]!;
  if (tags.has(pos)) return true;
  if (pos !== 'PROPN' || !isCapitalised(doc, j)) return false;
  const s = doc.sentences[doc.sentenceOf[j]!]!;
  let first = s.tokenStart;
  while (first < j && !doc.isWord[first]) first++;
  if (first === j) return true;
  return j > s.tokenStart && isCapitalised(doc, j - 1) && j + 1 < s.tokenEnd && isCapitalised(doc, j + 1);
}

const isCapitalised = (doc: SlantDocument, j: number) => {
  const c = charCodeAt(doc.value[j]!, 0);
  return c >= 65 && c <= 90;
};

const isWordAt = (doc: SlantDocument, j: number, words: Set<string>) => words.has(doc.lower[j]!) || words.has(doc.lemma[j]!);

/**
 * The terms whose constraints hold for tokens [k, end), in their order: `terms` itself when all
 * hold (most terms have no constraints: no array per candidate), else a copy made at the first
 * that fails. A function of its own, not a closure in the walk: a closure over the loop's `k`
 * makes every iteration, candidate or not, allocate a context.
 */
function termsThatHold(terms: readonly CompiledTerm[], doc: SlantDocument, k: number, end: number, from: number, to: number): readonly CompiledTerm[] {
  let ok: CompiledTerm[] | null = null;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    if (t.check === null || holds(t.check, doc, k, end, from, to)) ok?.push(t);
    else ok ??= terms.slice(0, i);
  }
  return ok ?? terms;
}

/** Do an entry's constraints hold for tokens [k, end), looking no further than the sentence and [from, to)? */
function holds(c: CompiledConstraints, doc: SlantDocument, k: number, end: number, from: number, to: number): boolean {
  if (c.pos && !posAccepts(c.pos, doc, k)) return false;
  const sentence = doc.sentences[doc.sentenceOf[k]!]!;
  const lo = Math.max(from, sentence.tokenStart);
  const hi = Math.min(to, sentence.tokenEnd);
  const before = k - 1 >= lo ? k - 1 : -1;
  const after = end < hi ? end : -1;
  if (c.precededBy && (before < 0 || !isWordAt(doc, before, c.precededBy))) return false;
  if (c.followedBy && (after < 0 || !isWordAt(doc, after, c.followedBy))) return false;
  if (c.notPrecededBy && before >= 0 && isWordAt(doc, before, c.notPrecededBy)) return false;
  if (c.notFollowedBy && after >= 0 && isWordAt(doc, after, c.notFollowedBy)) return false;
  if (c.near || c.notNear) {
    let near = false;
    const first = Math.max(lo, k - c.window);
    const last = Math.min(hi, end + c.window);
    for (let j = first; j < last; j++) {
      if (j >= k && j < end) continue;
      if (c.notNear && isWordAt(doc, j, c.notNear)) return false;
      if (c.near && !near && isWordAt(doc, j, c.near)) near = true;
    }
    if (c.near && !near) return false;
  }
  return true;
}

/** Is a term one plain word that `splitTerm` and `entrySpellings` return as it is? */
const isPlainTerm = (term: string): boolean => term.length > 0 && !/[-{’A-Z\s]/.test(term);

/** "headline-grabbing" → ["headline", "-", "grabbing"], as wink-nlp tokenizes it. */
export function splitTerm(term: string): string[] {
  // Fast paths: most terms are one plain lower-case word, or a few.
  if (!/[-{’A-Z\s]/.test(term)) return term.length > 0 ? [term] : [];
  if (!/[-{’A-Z]/.test(term)) return term.split(/\s+/).filter((w) => w.length > 0);
  return term
    .split(/\s+/)
    .flatMap((w) => (SLOT.test(w) ? [w] : w.toLowerCase().replace(/[’]/g, "'").split(/(?=-)|(?<=-)/)))
    .filter((w) => w.length > 0);
}

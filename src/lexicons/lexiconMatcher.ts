import type { SlantDocument } from '../document/readDocument.js';
import type { Lexicon, LexiconEntry } from '../schema/lexicon.js';

/** A lexicon entry ready for matching: its words (terms split on spaces and hyphens). */
export interface CompiledTerm {
  lexicon: Lexicon;
  entry: LexiconEntry;
  words: string[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  terms: CompiledTerm[];
}

/** A match: tokens [tokStart, tokEnd) and every entry (of any lexicon in the group) spelled so. */
export interface TermMatch {
  tokStart: number;
  tokEnd: number;
  terms: CompiledTerm[];
}

/**
 * Matches many lexicons at once over the shared token arrays: a trie over words, where each
 * token may match by its lower-case form or its lemma ("invaded" → invade), multi-word phrases
 * included, the longest match winning. Cost is linear in the number of tokens (the depth of a
 * walk is bounded by the longest phrase), not in the number of entries.
 *
 * @example
 * ```ts
 * const matcher = new LexiconMatcher([frameInvasion, frameEconomic]);
 * matcher.match(doc, 0, doc.tokenCount, (m) => console.log(m.terms.map((t) => t.entry.term)));
 * ```
 */
export class LexiconMatcher {
  private readonly root: TrieNode = { next: new Map(), terms: [] };
  private maxDepth = 0;

  constructor(lexicons: readonly Lexicon[]) {
    for (const lexicon of lexicons) {
      for (const entry of lexicon.entries) {
        // wink-nlp splits some hyphenated words ("far - left") and keeps others ("re-election"): file both.
        const spellings = [splitTerm(entry.term)];
        if (entry.term.includes('-')) spellings.push(entry.term.toLowerCase().replace(/’/g, "'").split(/\s+/).filter(Boolean));
        for (const words of spellings) this.insert(lexicon, entry, words);
      }
    }
  }

  private insert(lexicon: Lexicon, entry: LexiconEntry, words: string[]): void {
    if (words.length === 0) return;
    let node = this.root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) {
        child = { next: new Map(), terms: [] };
        node.next.set(w, child);
      }
      node = child;
    }
    if (!node.terms.some((t) => t.entry === entry)) node.terms.push({ lexicon, entry, words });
    this.maxDepth = Math.max(this.maxDepth, words.length);
  }

  /** Calls `onMatch` for each non-overlapping longest match in tokens [from, to). */
  match(doc: SlantDocument, from: number, to: number, onMatch: (m: TermMatch) => void): void {
    const stack: { node: TrieNode; j: number }[] = [];
    for (let k = from; k < to; k++) {
      // Fast path: most tokens start no entry.
      const firsts = this.children(this.root, doc, k);
      if (firsts === null) continue;
      let bestEnd = -1;
      let bestTerms: CompiledTerm[] | null = null;
      stack.length = 0;
      for (const child of firsts) stack.push({ node: child, j: k });
      while (stack.length > 0) {
        const { node, j } = stack.pop()!;
        if (node.terms.length > 0 && j + 1 > bestEnd) {
          bestEnd = j + 1;
          bestTerms = node.terms;
        }
        if (j + 1 >= to || j + 1 - k >= this.maxDepth || node.next.size === 0) continue;
        const next = this.children(node, doc, j + 1);
        if (next) for (const c of next) stack.push({ node: c, j: j + 1 });
      }
      if (bestTerms) {
        onMatch({ tokStart: k, tokEnd: bestEnd, terms: bestTerms });
        k = bestEnd - 1;
      }
    }
  }

  /** The children of `node` that token `j` leads to: by lower-case form, lemma, or singular. */
  private children(node: TrieNode, doc: SlantDocument, j: number): TrieNode[] | null {
    const lower = doc.lower[j]!;
    const lemma = doc.lemma[j]!;
    const a = node.next.get(lower);
    let b: TrieNode | undefined;
    // "according (to)" is not a form of "accord" (an agreement), whatever the lemmatizer says.
    if (lemma !== lower && lower !== 'according' && lower !== 'accordingly') b = node.next.get(lemma);
    else if (lower.length > 3 && lower.charCodeAt(lower.length - 1) === 115 /* s */) {
      // wink-nlp keeps capitalised plurals as they are ("Thugs" at a sentence start): try the singular
      b = node.next.get(lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.slice(0, -1));
    }
    if (a && b && a !== b) return [a, b];
    if (a) return [a];
    if (b) return [b];
    return null;
  }
}

/** "headline-grabbing" → ["headline", "-", "grabbing"], as wink-nlp tokenizes it. */
export function splitTerm(term: string): string[] {
  return term
    .toLowerCase()
    .replace(/[’]/g, "'")
    .split(/\s+|(?=-)|(?<=-)/)
    .filter((w) => w.length > 0);
}

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
    for (let k = from; k < to; k++) {
      let best: TermMatch | null = null;
      const walk = (node: TrieNode, j: number, depth: number) => {
        if (j >= to || depth >= this.maxDepth) return;
        const lower = doc.lower[j]!;
        const lemma = doc.lemma[j]!;
        const a = node.next.get(lower);
        if (a) visit(a, j, depth);
        if (lemma !== lower) {
          const b = node.next.get(lemma);
          if (b && b !== a) visit(b, j, depth);
        } else if (lower.length > 3 && lower.endsWith('s')) {
          // wink-nlp keeps capitalised plurals as they are ("Thugs" at a sentence start): try the singular
          const singular = lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.slice(0, -1);
          const c = node.next.get(singular);
          if (c && c !== a) visit(c, j, depth);
        }
      };
      const visit = (child: TrieNode, j: number, depth: number) => {
        if (child.terms.length > 0 && (!best || j + 1 > best.tokEnd)) best = { tokStart: k, tokEnd: j + 1, terms: child.terms };
        walk(child, j + 1, depth + 1);
      };
      walk(this.root, k, 0);
      if (best) {
        onMatch(best);
        k = (best as TermMatch).tokEnd - 1;
      }
    }
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

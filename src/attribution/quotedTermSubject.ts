/**
 * A cue behind a quoted term and the verb that tags a quotation with its speaker after it.
 */
import type { SlantDocument } from '../document/readDocument.js';
import { BE_FORMS, closingMarkWithin, endsWithIng, isPunct, isQuoteMark, isSetOffDash } from './tokens.js';
import { ADDRESSEE_VERBS } from './contentExtent.js';
import { nounPhraseBefore } from './nounPhrases.js';

/**
 * The token after a short quoted term that opens at `k` ("“reckless”", "“reckless,”"), or `k` itself
 * when no quotation mark stands there. At most ten tokens inside the marks.
 */
export function behindQuotedTerm(doc: SlantDocument, k: number, te: number): number {
  const close = isQuoteMark(doc, k) ? closingMarkWithin(doc, k, 10, te) : -1;
  return close < 0 ? k : close + 1;
}

/** Verbs that tag a quotation with the speaker after them: "“…,” said Ruiz", "wrote Vale", "added Berg". */
// (Deliberately not reporting-verbs.json: only verbs common in an inverted tag, so a rarer verb after a quotation does not make the next name its speaker.)
export const QUOTE_TAGS = new Set(['say', 'add', 'write', 'tell', 'ask', 'continue', 'explain', 'note', 'insist', 'argue', 'reply', 'respond', 'recall', 'counter', 'declare', 'conclude', 'warn', 'observe', 'quip', 'joke', 'admit', 'concede']);

/**
 * The closing quotation mark at `close` ends a quotation opened after a word of its own clause
 * ("summed up the plan as “reckless,”", "called the fee “a scandal,”"): the lexical verb of that
 * clause before the opening mark (a finite verb with no auxiliary or copula after it, the clause
 * unbroken by a colon, semicolon, dash, parenthesis or other quotation), or -1. The quoted term
 * ends in a comma inside its closing mark. Reads back at most 40 tokens.
 */
export function verbBeforeQuotedTerm(doc: SlantDocument, close: number, ts: number): number {
  // (a comma inside the closing mark ends the quoted term where the next verb phrase starts: “…,”)
  if (doc.value[close - 1] !== ',') return -1;
  let o = close - 1;
  while (o > ts && close - o < 40 && !isQuoteMark(doc, o)) o--;
  // (a short quotation opened after a word, not after punctuation or at the sentence start)
  if (o <= ts || !isQuoteMark(doc, o) || close - o > 12 || isPunct(doc, o - 1)) return -1;
  for (let t = o - 1; t >= ts && o - t < 16; t--) {
    // (a copula or auxiliary first: "The plan is “reckless,” said …" is a tagged clause)
    if (/^[;:()]$/.test(doc.value[t]!) || isQuoteMark(doc, t) || isSetOffDash(doc, t) || doc.pos[t] === 'AUX' || BE_FORMS.has(doc.lower[t]!)) return -1;
    if (doc.pos[t] === 'VERB' && !endsWithIng(doc.lower[t]!)) return t;
  }
  return -1;
}

/**
 * Does a speech tag set off by commas or dashes end at the comma `j` ("That decision, says Vale, |
 * shows …", "…, Vale says, | shows …")? A verb of `QUOTE_TAGS` that takes no person object, with its
 * speaker after or before it, right behind a comma or dash: the verb after `j` is the interrupted
 * clause's, never the next of a series with the tag's verb.
 */
export function setOffTagBefore(doc: SlantDocument, j: number, ts: number): boolean {
  const tag = (v: number, open: number) => v > ts && open > ts && doc.pos[v] === 'VERB' && QUOTE_TAGS.has(doc.lemma[v]!) && !ADDRESSEE_VERBS.has(doc.lemma[v]!) && (doc.value[open] === ',' || isSetOffDash(doc, open));
  // ", Vale says," (the speaker before the verb) or ", says Vale," (after it)
  if (doc.pos[j - 1] === 'VERB') {
    const speaker = nounPhraseBefore(doc, j - 2, ts);
    return speaker !== null && speaker.b === j - 1 && tag(j - 1, speaker.a - 1);
  }
  const np = nounPhraseBefore(doc, j - 1, ts);
  return np !== null && np.b === j && tag(np.a - 1, np.a - 2);
}

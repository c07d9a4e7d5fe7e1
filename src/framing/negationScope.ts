import type { SlantDocument } from '../document/readDocument.js';
import { defineLowerBit, lowerWordBits } from '../document/lowerWordBits.js';
import { NEGATION_BREAK_BIT as CLAUSE_BREAK_BIT, NEGATOR_BIT, DENIAL_FORM_BIT } from '../document/lowerWordBitNumbers.js';

const NEGATORS = new Set(['not', "n't", 'n’t', 'no', 'never', 'without', 'nor', 'neither', 'none', 'nobody', 'nothing', 'cannot', 'hardly', 'rather than', 'instead of']);
const DENIALS = new Set(['deny', 'reject', 'dismiss', 'refute', 'rule', 'exclude', 'oppose', 'avert', 'prevent', 'avoid']);
/** Tokens that end the clause a negator can reach across (punctuation and clause-linking words). */
const CLAUSE_BREAK = new Set([',', ';', ':', '.', '!', '?', '(', ')', '“', '”', '"', '—', '–', 'but', 'and', 'or', 'because', 'while', 'although', 'though', 'yet', 'so', 'which', 'who', 'that']);
// (bits of the word-id record: asked of every token up to four back from each frame match)
defineLowerBit(CLAUSE_BREAK_BIT, (w) => CLAUSE_BREAK.has(w));
defineLowerBit(NEGATOR_BIT, (w) => NEGATORS.has(w));
/**
 * The form may have a lemma of `DENIALS`: it begins as one does ("denied", "rules"; the denial verbs
 * are regular, so each form keeps its lemma's first three letters). Only these tokens ask the lemma.
 */
const DENIAL_STEMS = new Set([...DENIALS].map((w) => w.slice(0, 3)));
defineLowerBit(DENIAL_FORM_BIT, (w) => DENIAL_STEMS.has(w.slice(0, 3)));

/**
 * Is the match starting at token `k` in a negated scope? True when a negator ("not", "no", "never", "without") or a denial ("ruled out",
 * "rejected", "denied") stands within four tokens before it in the same clause: "there will be
 * no invasion", "not a victory", "ruled out an invasion". (wink-nlp's own negation flag runs
 * to the end of the sentence, which marks too much for frame words.)
 */
export function isNegatedAt(doc: SlantDocument, k: number): boolean {
  const sentence = doc.sentences[doc.sentenceOf[k]!]!;
  for (let j = k - 1, seen = 0; j >= sentence.tokenStart && seen < 4; j--, seen++) {
    const bits = lowerWordBits(doc, j);
    if (bits & CLAUSE_BREAK_BIT) return false;
    if (bits & NEGATOR_BIT) return true;
    if (bits & DENIAL_FORM_BIT && DENIALS.has(doc.lemma[j]!) && (doc.lemma[j] !== 'rule' || doc.lower[j + 1] === 'out')) return true;
    if (doc.lower[j] === 'out' && doc.lemma[j - 1] === 'rule') return true;
  }
  return false;
}

import type { SlantDocument } from '../document/readDocument.js';

/** Small token predicates shared by the attribution stage. */
export const isCap = (doc: SlantDocument, k: number) => /^[\p{Lu}]/u.test(doc.value[k] ?? '');
export const isPunct = (doc: SlantDocument, k: number) => doc.type[k] === 'punctuation' || /^[^\p{L}\p{N}]+$/u.test(doc.value[k] ?? '');
export const QUOTE_MARK = /^["“”„«»‘’'‹›]$/;
export const isQuoteMark = (doc: SlantDocument, k: number) => QUOTE_MARK.test(doc.value[k] ?? '');
export const isPossessive = (doc: SlantDocument, k: number) => /^['’]s?$/.test(doc.value[k] ?? '') && k > 0 && doc.start[k] === doc.end[k - 1];

const ADVERBS = new Set([
  'also', 'later', 'earlier', 'again', 'then', 'flatly', 'publicly', 'privately', 'repeatedly', 'previously', 'quickly', 'separately',
  'recently', 'once', 'first', 'still', 'further', 'already', 'now', 'often', 'firmly', 'sharply', 'angrily', 'simply', 'bluntly',
  'openly', 'strongly', 'reportedly', 'has', 'had', 'have', 'will', 'would', 'is', 'was', 'were', 'are', 'did', 'does', 'do', 'could',
  'may', 'might', 'can', 'should', 'not', "n't", 'n’t', 'never', 'always', 'both', 'immediately', 'swiftly', 'initially', 'subsequently',
  'formally', 'officially', 'categorically', 'vehemently', 'strenuously', 'personally', 'herself', 'himself', 'themselves', 'itself',
]);
export const isAdverbLike = (doc: SlantDocument, k: number) => ADVERBS.has(doc.lower[k] ?? '') || (doc.pos[k] === 'ADV' && doc.lower[k] !== 'according');

export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we']);

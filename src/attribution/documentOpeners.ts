/**
 * Sentence openers that cite a finding: "In a county poll last month, …" makes an
 * according-type cue whose content is the rest of the sentence.
 */
import type { SlantDocument } from '../document/readDocument.js';
import { isCap, isQuoteMark, isVerb } from './tokens.js';

/** Documents that report findings when a sentence opens with "In …,": polls, surveys, studies, reports. */
const FINDING_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'report', 'reports', 'analysis', 'review', 'audit', 'census', 'tally', 'ranking', 'rankings', 'findings', 'data', 'figures', 'estimate', 'estimates', 'forecast', 'projections', 'filing', 'filings', 'memo', 'records', 'documents', 'index']);

/**
 * "In a county poll last month," / "In the latest survey, conducted in early May,": the comma after a
 * noun phrase headed by a finding noun, or -1. What the sentence says after it is what the
 * finding reports.
 */
export function documentOpener(doc: SlantDocument, k: number, te: number): number {
  let head = -1;
  for (let c = k + 1; c < te && c - k < 16; c++) {
    const v = doc.value[c]!;
    if (v === ',') {
      // "In the latest survey, conducted in early May, 35 percent …": a participle phrase after the noun
      if (head >= 0 && /ed$/.test(doc.lower[c + 1] ?? '') && doc.pos[c + 1] === 'VERB') {
        let d = c + 2;
        while (d < te && d - c < 10 && doc.value[d] !== ',') d++;
        return doc.value[d] === ',' ? d : c;
      }
      return head >= 0 && c + 1 < te ? c : -1;
    }
    if (isQuoteMark(doc, c) || /^[;.:!?()]$/.test(v) && !(v === '.' && isCap(doc, c - 1))) return -1;
    if (FINDING_NOUNS.has(doc.lower[c]!) && (doc.pos[c] === 'NOUN' || doc.pos[c] === 'PROPN')) head = c;
    else if (head < 0 && (isVerb(doc, c) || doc.pos[c] === 'PRON' || doc.pos[c] === 'SCONJ')) return -1;
  }
  return -1;
}

/**
 * The subject in a run of comma-separated pieces before a verb ("Ruiz, now retired in Tarn, said"):
 * the first piece that is not an adverbial ("In Tarn,", "On Monday,").
 */
import type { SlantDocument } from '../document/readDocument.js';
import { DETS, hasHead, sourcePhrase, withAppositive, withRelative, type SourcePhrase } from './nounPhrases.js';
import { DASHES, isCap, isQuoteMark, isSpacedHyphen, isVerb, LEADING_PREPOSITIONS, endsWithIngOrEd } from './tokens.js';
import { TIME_OR_PLACE, looksLikeName } from './nameLikePhrase.js';
import { CONNECTIVES } from './sentenceConnectives.js';

export const ADVERBIAL_START = new Set(['ADP', 'ADV', 'SCONJ', 'CCONJ', 'PART']);


/**
 * "“...,” Tom Reyes, now 81 and retired in Tarn, Vale County, said": when the clause before a
 * verb is a run of comma-separated pieces that starts the sentence or follows a quotation,
 * the first piece that is not an adverbial ("In Tarn,", "On Monday,") is the subject and the
 * rest its description. Used when there are at least two descriptive pieces.
 */
export function leadingSubject(doc: SlantDocument, j: number, ts: number, isSpeechMark: (k: number) => boolean): SourcePhrase | null {
  let r = j - 1;
  let commas = 0;
  // (a dash ends the run: "TARN, May 3 (Kalvo News) - The party leader, Ana Ruiz, said")
  while (r >= ts && j - r < 60 && !(isQuoteMark(doc, r) && isSpeechMark(r)) && doc.value[r] !== ';' && doc.value[r] !== ':' && !DASHES.has(doc.value[r]!) && !isSpacedHyphen(doc, r)) {
    if (doc.value[r] === ',') commas++;
    r--;
  }
  if (j - r >= 60 || commas < 1) return null;
  let a = r + 1;
  while (a < j && (doc.value[a] === ',' || isQuoteMark(doc, a))) a++;
  // "But Sen. Ann Lee, noting …, said": a conjunction opening the sentence is not an adverbial piece
  if (doc.pos[a] === 'CCONJ' && a + 1 < j && doc.value[a + 1] !== ',') a++;
  // ("Meanwhile Ruiz, who …, said": nor is a sentence adverb with no comma of its own)
  if (CONNECTIVES.has(doc.lower[a]!) && doc.pos[a] === 'ADV' && a + 1 < j && doc.value[a + 1] !== ',' && isCap(doc, a + 1)) a++;
  let skipped = 0;
  for (let guard = 0; a < j && guard < 3; guard++) {
    let c = a;
    while (c < j && doc.value[c] !== ',') c++;
    // "In Tarn,", "On Monday,", "Writing in the Herald on Saturday,": adverbials before the subject
    // (a year alone: "On June 4, 2008, Ruiz, who …, decided")
    // ("Outside the hall,", "Alongside the union,": a preposition the tagger reads as an adjective opening the sentence)
    // "As Ruiz, the harbour chief, said, …": an opening "as" over a bare name whose description
    // (or relative clause) runs up to the verb is the subject of the "as" clause, not an adverbial
    // (not "As mayor, Ruiz said": a role; nor "As Ruiz said, …": a clause)
    const asName = asNameSubject(doc, a, c, j);
    if (asName) return asName;
    const adverbial = ADVERBIAL_START.has(doc.pos[a]!) || TIME_OR_PLACE.has(doc.lower[a]!) || (LEADING_PREPOSITIONS.has(doc.lower[a]!) && c > a + 1) || (isVerb(doc, a) && endsWithIngOrEd(doc.lower[a]!)) || (c === a + 1 && /^\d{4}$/.test(doc.value[a]!));
    if (c >= j) {
      // "Close to a third, 31%, say": the subject is the last piece, after adverbials
      // ("…, Gov. Ann Lee (R-Ohio), said": without the party and state)
      let e = c;
      if (doc.value[e - 1] === ')') {
        let o = e - 2;
        while (o > a && e - o < 10 && doc.value[o] !== '(') o--;
        if (doc.value[o] === '(') e = o;
      }
      // (not a past participle with its agent, "…, goaded by Ruiz, said", which describes the subject before it)
      const agentParticiple = /(?:ed|en)$/.test(doc.lower[a]!) && doc.lower[a + 1] === 'by' && !isCap(doc, a);
      return skipped > 0 && !adverbial && !agentParticiple && e - a <= 8 && hasHead(doc, { a, b: e }) ? { a, b: e } : null;
    }
    if (!adverbial) {
      if (commas < 2 && skipped === 0) return null; // "X, a description, said": the plain case below
      // ("In Nashville, Tarn County, Gov. Ann Lee (R-Tenn.), said": a name closed by a party and state, last before
      // the verb, is the politician who speaks; the pieces before it only place her)
      const politician = partyNameBefore(doc, c, j);
      if (politician) return politician;
      // "Sen. Ida Marsh (R-Kent), ...": drop the parenthetical
      let b = c;
      if (doc.value[b - 1] === ')') {
        let o = b - 2;
        while (o > a && b - o < 10 && doc.value[o] !== '(') o--;
        if (doc.value[o] === '(') b = o;
      }
      if (b - a > 8 || !hasHead(doc, { a, b })) return null;
      // ("Outside the hall, a growing number of farmers, …, said": a participle between a determiner and its noun is an adjective)
      for (let t = a; t < b; t++) if (isVerb(doc, t) && !isCap(doc, t) && !(t > a && endsWithIngOrEd(doc.lower[t]!) && (DETS.has(doc.lower[t - 1]!) || doc.pos[t - 1] === 'ADJ') && doc.pos[t + 1] === 'NOUN')) return null;
      // "A neighbour, who gave only her first name, Maria, said": a name right before the verb is the speaker
      // ("One of the growers, Dara Okafor, 61, said": also before an age set off the same way)
      let end = j;
      let last = j - 1;
      while (last > c && doc.value[last] !== ',') last--;
      if (last > c && last === j - 2 && doc.pos[j - 1] === 'NUM' && /^\d{1,3}$/.test(doc.value[j - 1]!)) {
        end = last;
        last--;
        while (last > c && doc.value[last] !== ',') last--;
      }
      if (last >= c && (DETS.has(doc.lower[a]!) || !isCap(doc, a)) && end - last - 1 >= 1 && end - last - 1 <= 3) {
        let names = true;
        for (let t = last + 1; t < end; t++) if (doc.pos[t] !== 'PROPN' || !isCap(doc, t)) names = false;
        if (names) return sourcePhrase(last + 1, end, { a, b: last });
      }
      // "A senior official, who asked not to be named, said": a relative clause, not a description
      if (/^(?:who|whose)$/.test(doc.lower[c + 1] ?? '')) return sourcePhrase(a, b, undefined, undefined, { a: c + 1, b: j });
      return sourcePhrase(a, b, { a: c + 1, b: j });
    }
    skipped++;
    a = c + 1;
  }
  return null;
}

/**
 * The subject of an opening "as" clause with a set-off description: "As Ruiz, the harbour chief,
 * said", "As Vale, who chairs the board, put it". `a`..`c` is the piece after "as" up to its comma,
 * `j` the comma before the verb. Returns the name with its description, or null.
 */
function asNameSubject(doc: SlantDocument, a: number, c: number, j: number): SourcePhrase | null {
  if (doc.lower[a] !== 'as' || c - a < 2 || c - a > 5 || c >= j) return null;
  for (let t = a + 1; t < c; t++) if (!isCap(doc, t) || (doc.pos[t] !== 'PROPN' && doc.value[t] !== '.')) return null;
  const name = { a: a + 1, b: c };
  if (!looksLikeName(doc, name)) return null;
  // (the description runs from the comma to the verb, with no comma of its own)
  for (let t = c + 1; t < j; t++) if (doc.value[t] === ',') return null;
  const rest = { a: c + 1, b: j };
  if (rest.b <= rest.a) return null;
  if (/^(?:who|whose)$/.test(doc.lower[rest.a]!)) return withRelative(name, rest);
  return (DETS.has(doc.lower[rest.a]!) || !isCap(doc, rest.a)) && hasHead(doc, rest) ? withAppositive(name, rest) : null;
}

/** Party letters of a politician's party-and-state parenthesis ("(R-Tenn.)", "(D)", "(I-Vt.)"). */
const PARTY_LETTERS: ReadonlySet<string> = new Set(['R', 'D', 'I']);

/** Does the parenthesis closing at `close` hold a party letter, alone or with a hyphen and a state ("(R-Tenn.)", "(D)")? */
export function partyStateBefore(doc: SlantDocument, close: number): boolean {
  let o = close - 1;
  while (o > 0 && close - o < 8 && doc.value[o] !== '(' && doc.value[o] !== ')') o--;
  if (doc.value[o] !== '(' || !PARTY_LETTERS.has(doc.value[o + 1]!)) return false;
  return o + 2 === close || doc.value[o + 2] === '-' || doc.value[o + 2] === '–';
}

/**
 * The capitalised name of at most eight words between the last comma after `c` and its party-and-state parenthesis,
 * which closes right before the comma `j` ("…, Gov. Ann Lee (R-Tenn.), said" → «Gov. Ann Lee»); null otherwise.
 */
function partyNameBefore(doc: SlantDocument, c: number, j: number): SourcePhrase | null {
  if (doc.value[j - 1] !== ')' || !partyStateBefore(doc, j - 1)) return null;
  let o = j - 2;
  while (o > c && doc.value[o] !== '(') o--;
  let a = o - 1;
  while (a > c && doc.value[a] !== ',') a--;
  if (a < c || o <= c || o - a - 1 > 8 || !isCap(doc, a + 1) || !isCap(doc, o - 1)) return null;
  const name = { a: a + 1, b: o };
  return hasHead(doc, name) && looksLikeName(doc, name) ? name : null;
}

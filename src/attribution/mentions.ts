import type { SlantDocument } from '../document/readDocument.js';
import { defineLowerBit, lowerWordBits } from '../document/lowerWordBits.js';
import { NOT_NAME_BIT } from '../document/lowerWordBitNumbers.js';
import type { AttributionLexicons } from './attributionLexicons.js';
import { describeSource } from './describeSource.js';
import { noteKnownWord, noteMention } from './speakerResolution.js';
import type { SourceRegistry } from './sourceRegistry.js';
import { CAP, tokenFlags } from './tokenFlags.js';
import { endsWithEd, hyphenJoinsBefore, isAdverbLike, isCap, isPunct, isVerb, LEADING_PREPOSITIONS, withoutPossessive } from './tokens.js';
import { MONTHS, WEEKDAYS, wordSet } from './timeWords.js';
import { isUpperRun } from '../document/letterRuns.js';
import { isAsciiLowerCaseOf } from '../document/asciiLowerCase.js';

// (and the prepositions that open an adverbial piece, capitalised at a sentence's start: "Despite Vale's claims")
const NOT_NAMES = wordSet(WEEKDAYS, MONTHS, [...LEADING_PREPOSITIONS], ['the', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'it', 'he', 'she', 'they', 'we', 'i', 'this', 'that', 'there', 'when', 'after', 'before', 'as', 'for', 'with', 'if', 'while', 'so', 'yet', 'his', 'her', 'their', 'its', 'our', 'mr', 'mrs', 'ms']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'near', 'into', 'across', 'outside', 'inside', 'toward', 'towards', 'via', 'through', 'over', 'of', 'on']);

/**
 * Notes the people and bodies a sentence names outside quotations, so that a later pronoun,
 * surname or role noun can find them: a capitalised run of two or more words that follows a
 * title or stands as a subject (never one after a place preposition: "in Kestrel Bay"), and a
 * single word that is the surname or name of someone already known ("Ruiz"). A mention at the
 * start of the sentence or right before its verb is its subject.
 */
export function noteMentions(doc: SlantDocument, registry: SourceRegistry, lex: AttributionLexicons, ts: number, te: number, blocked: (k: number) => boolean): void {
  const sentenceStart = doc.start[ts]!;
  const flags = tokenFlags(doc, lex);
  let k = ts;
  while (k < te) {
    // (the capital first: a bit most tokens fail, before the closure call)
    if ((flags[k]! & CAP) === 0 || blocked(k) || isPunct(doc, k) || notName(doc, k)) {
      k++;
      continue;
    }
    // "Continued Vale: “…”", "Added the mayor": a reporting verb opening the sentence is no part of a name
    const low = doc.lower[k]!;
    if (k === ts && (low === 'said' || low === 'wrote' || (endsWithEd(low) && (lex.verbs.has(doc.lemma[k]!) || lex.verbs.has(low.slice(0, -1)) || lex.verbs.has(low.slice(0, -2)))))) {
      k++;
      continue;
    }
    let e = extendRun(doc, k, k, te, blocked);
    // "Ambassador to Marisol Thomas Whitaker-Reyes": a title run joined to a name by "to"/"of".
    while (e + 1 < te && (doc.lower[e] === 'to' || doc.lower[e] === 'of' || doc.lower[e] === 'for') && isCap(doc, e + 1) && !blocked(e + 1)) {
      e = extendRun(doc, k, e + 1, te, blocked);
    }
    let v = e;
    while (v < te && isAdverbLike(doc, v)) v++;
    const subject = k === ts || (v < te && isVerb(doc, v) && !isPunct(doc, v));
    // (a single word is filed by its offset alone, below: no title test, text or site object for the most common mention)
    if (e - k >= 2) {
      // "manager Colm Devereaux": a lower-case title before the name belongs to the mention
      const from = k > ts && lex.titles.has(doc.lower[k - 1]!) && !isCap(doc, k - 1) ? k - 1 : k;
      const site = { offset: doc.start[k]!, text: doc.text.slice(doc.start[from]!, doc.end[e - 1]!), sentenceStart };
      // "Marta Vell, the president of Kestra, ...": the description tells a later "the president"
      let appositive = '';
      if (doc.value[e] === ',' && /^(?:the|a|an)$/.test(doc.lower[e + 1] ?? '')) {
        let c = e + 1;
        while (c < te && c - e < 10 && doc.value[c] !== ',' && !isPunct(doc, c)) c++;
        if (doc.value[c] === ',' && lex.titles.has(doc.lower[c - 1]!) || /^(?:of|for|at)$/.test(doc.lower[c - 2] ?? '')) appositive = doc.text.slice(doc.start[e + 1]!, doc.end[c - 1]!);
      }
      const desc = describeSource(site.text, '', appositive, lex);
      // "in Kestrel Bay" is a place; "of President Elena Varga" is a person.
      const afterPlacePreposition = k > ts && PLACE_PREPOSITIONS.has(doc.lower[k - 1]!);
      if (!afterPlacePreposition || (desc?.kind === 'person' && desc.title)) noteMention(registry, lex, desc, site, subject);
    } else if (doc.value[k]!.length > 2) {
      const value = doc.value[k]!;
      const word = withoutPossessive(value);
      // (the lower-case form wink gave the token, when it is the value's: most such words are asked once,
      // and lower-casing a slice of two-byte text costs an ICU call; a possessive's word is a prefix of it)
      const lower = isAsciiLowerCaseOf(low, value) ? (word === value ? low : low.slice(0, word.length)) : word.toLowerCase();
      noteKnownWord(registry, word, lower, doc.start[k]!, subject);
    }
    k = Math.max(e, k + 1);
  }
}

// (a bit of the word-id record, asked of every capitalised token: the string test once per word id)
defineLowerBit(NOT_NAME_BIT, notNameWord);

/** Is token `k`'s lower-case form, less a final period, a `NOT_NAMES` word? */
function notName(doc: SlantDocument, k: number): boolean {
  return (lowerWordBits(doc, k) & NOT_NAME_BIT) !== 0;
}

function notNameWord(lower: string): boolean {
  return NOT_NAMES.has(lower.endsWith('.') ? lower.slice(0, -1) : lower);
}

/**
 * Extends a capitalised run that starts at `k` from `e` (initials, hyphenated names; at most 12
 * tokens from `k`). A function, not a closure in the loop above: that allocated per mention.
 */
function extendRun(doc: SlantDocument, k: number, e: number, te: number, blocked: (k: number) => boolean): number {
  while (e < te && e - k < 12 && !blocked(e) && (isCap(doc, e) || (doc.value[e] === '.' && isUpperRun(doc.value[e - 1] ?? '', 1, 1)) || (hyphenJoinsBefore(doc, e) && isCap(doc, e + 1)))) e++;
  return e;
}

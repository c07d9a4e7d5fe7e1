/**
 * "admit" in its sense of letting people in ("the college admits more students", "refugees admitted to
 * Ostland"), which concedes nothing: no report. The conceding sense takes a clause, a thing owned up to
 * ("admitted his mistake") or "to" with a gerund ("admitted to taking the money").
 */
import type { SlantDocument } from '../document/readDocument.js';
import type { AttributionLexicons } from './attributionLexicons.js';
import { namesPeople } from './peopleNouns.js';
import { BE_FORMS, endsWithIng, isPluralNoun, NOUN_PHRASE_TAGS, RELATIVE_WORDS } from './tokens.js';

/** The longest object noun phrase read (tokens). */
const MAX_OBJECT_TOKENS = 10;

/**
 * Is "admit" at `k` the letting in of people? Active, with an object of people (by the lexicons' people
 * nouns) that no verb of a clause follows ("admits more out-of-town students", "to admit Harbour families
 * as refugees"; not "admitted voters were angry"); or passive or a participle after plural people, with
 * "to" or "into" and a name of a place ("refugees admitted to Ostland", "was admitted into Tarnow"; not
 * "admitted to Okafor that …", "admitted to taking the money").
 */
export function admitsEntry(doc: SlantDocument, lex: AttributionLexicons, k: number): boolean {
  const te = doc.sentences[doc.sentenceOf[k]!]!.tokenEnd;
  const next = doc.lower[k + 1];
  if (next === 'to' || next === 'into') return passiveOfPlace(doc, k, te);
  let h = k + 1;
  let head = -1;
  // (up to the first noun of people, which heads it: "more out-of-town students each year")
  while (h < te && h - k <= MAX_OBJECT_TOKENS && (NOUN_PHRASE_TAGS.has(doc.pos[h]!) || hyphenated(doc, h) || (head >= 0 && doc.lower[h] === 'and'))) {
    if (doc.pos[h] === 'NOUN' || doc.pos[h] === 'PROPN') head = h;
    h++;
    if (head === h - 1 && namesPeople(doc, lex, head)) break;
  }
  if (head < 0 || head !== h - 1) return false;
  // (a finite verb after the phrase makes it a clause's subject: "admitted voters were angry", "admitted
  // growers in the valley had lied")
  if (finiteVerbWithin(doc, h, Math.min(te, h + MAX_OBJECT_TOKENS))) return false;
  if (namesPeople(doc, lex, head)) return true;
  // "admit Harbour families as refugees": the role they are let in as
  const role = doc.pos[h + 2] === 'ADJ' && h + 3 < te ? h + 3 : h + 2;
  return doc.lower[h] === 'as' && h + 2 <= te && namesPeople(doc, lex, doc.pos[h + 1] === 'NOUN' ? h + 1 : role);
}

/**
 * Is there a finite verb (an auxiliary, or an inflected verb that is no -ing form) from `a` up to `b`, before
 * punctuation or a word opening another clause ("and", "who", "because")?
 */
function finiteVerbWithin(doc: SlantDocument, a: number, b: number): boolean {
  for (let t = a; t < b; t++) {
    const pos = doc.pos[t];
    if (pos === 'PUNCT' || pos === 'SCONJ' || pos === 'CCONJ' || RELATIVE_WORDS.has(doc.lower[t]!)) return false;
    if (pos === 'AUX' || (pos === 'VERB' && !endsWithIng(doc.lower[t]!))) return true;
  }
  return false;
}

/** Is the token at `t` a hyphen or a word a hyphen joins to the next ("out-of-town")? */
function hyphenated(doc: SlantDocument, t: number): boolean {
  return doc.value[t] === '-' || doc.value[t + 1] === '-';
}

/**
 * "refugees admitted to Ostland", "Ruiz was admitted into Tarnow": after a form of "be" or a plural noun of
 * people, "to"/"into" and a name (a place), with no "that" clause after it ("admitted to Okafor that …").
 */
function passiveOfPlace(doc: SlantDocument, k: number, te: number): boolean {
  const before = k - 1;
  if (before < 0 || !(BE_FORMS.has(doc.lower[before]!) || (doc.pos[before] === 'NOUN' && isPluralNoun(doc, before)))) return false;
  let p = k + 2;
  if (doc.lower[p] === 'the') p++;
  if (doc.pos[p] !== 'PROPN') return false;
  for (let t = p; t < te; t++) if (doc.lower[t] === 'that') return false;
  return true;
}

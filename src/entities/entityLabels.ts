import { isPunctOrSymbolText } from '../document/letterRuns.js';
import type { EntityLexicons } from './entityLexicons.js';
import { CAP, plainToken, posOf, type WordUnits } from './wordUnits.js';
import { FormLemmaMemos } from '../document/wordIdTable.js';

/** Words that may stand in a label before a role noun: "former", "alleged", "jailed", "top". */
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'VERB']);
/** Words that end an appositive description: a clause starts. */
const CLAUSE = new Set(['who', 'which', 'that', 'said', 'says', 'told', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'and', 'but', 'while', 'whereas', 'as', 'after', 'before', 'when', 'because', 'although', 'if', 'since']);
/** A past participle's ending ("jailed", "convicted"); hoisted: tested per word before a name. */
const PARTICIPLE_ENDING = /(?:ed|en)$/;
/** Determiners that may open an appositive description ("a former police chief"). */
const DESCRIPTION_DETERMINERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their']);
/** Marks that end an appositive description. */
const DESCRIPTION_ENDS = new Set([',', '.', ';', ':', ')', '—', '–']);

/**
 * True for unit `i`, a noun that names a role: a title, a role word or a term for accused people
 * (as lemma or as written); a two-word term ("drug lord") with the unit before it.
 */
export function isRoleWord(units: WordUnits, i: number, lex: EntityLexicons): boolean {
  if (roleForms(units, i, lex) !== 0) return true;
  const l = units.lemma[i]!;
  // A two-word term ("drug lord"): the pair is only built when the word can end one.
  return i > 0 && lex.pairTails.has(l) && (lex.accused.has(`${units.lower[i - 1]} ${l}`) || lex.titles.has(`${units.lower[i - 1]} ${l}`));
}

/** `roleForms` bit: `roles`, `titles` or `accused` hold the unit's lower-case form. */
export const ROLE_LOWER = 1;
/** `roleForms` bit: they hold the unit's lemma (set with `ROLE_LOWER` when the lemma is the form). */
export const ROLE_LEMMA = 2;

/** 1 when `roles`, `titles` or `accused` hold `w`, else 0 (a `FormLemmaMemo` answer). */
const holdsRole = (w: string, lex: EntityLexicons): number => (lex.roles.has(w) || lex.titles.has(w) || lex.accused.has(w) ? 1 : 0);

/**
 * Per lexicon set and vocabulary (`SlantDocument.lowerId`), what `holdsRole` gave: the three sets
 * are large, and a word seen before costs array reads instead of up to six lookups of its strings.
 */
const roleMemos = new FormLemmaMemos();

/**
 * `ROLE_LOWER | ROLE_LEMMA` bits of unit `i`: whether a role noun, a title or a term for accused
 * people (`roles`, `titles`, `accused`) is its lower-case form, its lemma. Read by the token's
 * word id when the unit is one plain token (see `plainToken`).
 */
export function roleForms(units: WordUnits, i: number, lex: EntityLexicons): number {
  const w = units.lower[i]!;
  const l = units.lemma[i]!;
  const k = plainToken(units, i);
  const doc = units.doc;
  const id = k >= 0 && doc.vocabulary !== null ? doc.lowerId[k]! : -1;
  if (id < 0) {
    const lw = holdsRole(w, lex) !== 0 ? ROLE_LOWER : 0;
    if (l === w) return lw === 0 ? 0 : ROLE_LOWER | ROLE_LEMMA;
    return lw | (holdsRole(l, lex) !== 0 ? ROLE_LEMMA : 0);
  }
  const memo = roleMemos.of(lex, doc.vocabulary!);
  const low = memo.form(id, w, holdsRole, lex);
  if (l === w) return low !== 0 ? ROLE_LOWER | ROLE_LEMMA : 0;
  return (low !== 0 ? ROLE_LOWER : 0) | (memo.lemma(id, l, holdsRole, lex) !== 0 ? ROLE_LEMMA : 0);
}

/**
 * Role words attached to a mention whose surface form spans units `[from, to)`:
 * - before it, a run of modifiers ending in a role noun: "cartel leader Ovidio Guzmán",
 *   "the jailed kingpin Joaquín Guzmán", "alleged trafficker Ana Ruiz";
 * - after it, an appositive set off by a comma and holding a role noun: "Ana Ruiz, a former
 *   police chief," → "former police chief".
 * Returns spans (offsets into the input).
 */
export function labelsAround(units: WordUnits, from: number, to: number, lex: EntityLexicons): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const n = units.length;
  if (from < 0 || from >= n) return out;
  const { text, lower, lemma, sentence, flags } = units;
  const s = sentence[from]!;
  // Before: walk back over modifiers; the word right before the name must be a role noun.
  const before = from - 1;
  if (before >= 0 && sentence[before] === s && !(flags[before]! & CAP) && isRoleWord(units, before, lex)) {
    const pair = before - 1 >= 0 && lex.pairTails.has(lemma[before]!) && (lex.accused.has(`${lower[before - 1]} ${lemma[before]}`) || lex.titles.has(`${lower[before - 1]} ${lemma[before]}`));
    let a = pair ? from - 2 : from - 1;
    while (a - 1 >= 0 && from - (a - 1) <= 5) {
      const u = a - 1;
      if (sentence[u] !== s || !MODIFIER_POS.has(posOf(units, u)) || isPunctOrSymbolText(text[u]!) || CLAUSE.has(lower[u]!)) break;
      if (posOf(units, u) === 'VERB' && !PARTICIPLE_ENDING.test(lower[u]!)) break; // "jailed", "convicted"; not "met"
      a--;
    }
    out.push({ start: units.start[a]!, end: units.end[before]! });
  }
  // After: ", a former police chief," — up to ten words without a clause.
  if (to < n && text[to] === ',' && sentence[to] === s) {
    let b = to + 1;
    if (b < n && DESCRIPTION_DETERMINERS.has(lower[b]!)) b++;
    const startAt = b;
    let role = false;
    while (b < n && b - startAt < 10) {
      if (sentence[b] !== s || DESCRIPTION_ENDS.has(text[b]!) || CLAUSE.has(lower[b]!) || posOf(units, b) === 'AUX') break;
      if (isRoleWord(units, b, lex)) role = true;
      b++;
    }
    const closed = b >= n || sentence[b] !== s || DESCRIPTION_ENDS.has(text[b]!);
    // A description ends in a noun ("a former police chief"), not a verb ("officials announced").
    const last = b - 1;
    const nounEnd = b > startAt && (posOf(units, last) === 'NOUN' || posOf(units, last) === 'PROPN' || isRoleWord(units, last, lex));
    if (role && closed && nounEnd) out.push({ start: units.start[startAt]!, end: units.end[b - 1]! });
  }
  return out;
}

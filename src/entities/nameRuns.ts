import type { EntityLexicons } from './entityLexicons.js';
import * as WORD from './wordSetBits.js';
import { withoutFinalDot } from './nameKeys.js';
import { CAP, foldedOf, lexBitsOf, posOf, POSSESSIVE, SENTENCE_START, type WordUnits } from './wordUnits.js';

/** Lower-case words allowed inside a name between capitalised words. */
const CONNECTORS = new Set(['of', 'de', 'del', 'la', 'las', 'los', 'van', 'von', 'der', 'den', 'da', 'das', 'dos', 'di', 'du', 'bin', 'ibn', 'al', 'el', 'y', 'le', '&']);
/** The longest connector: a longer word (most words of a run) is no connector, without the lookup. */
const CONNECTOR_MAX_LENGTH = [...CONNECTORS].reduce((m, w) => Math.max(m, w.length), 0);
const isConnector = (w: string) => w.length <= CONNECTOR_MAX_LENGTH && CONNECTORS.has(w);
/** Particles that may stand inside a person's name ("Juan de la Fuente", "Ursula von der Leyen"). */
export const NAME_PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'van', 'von', 'der', 'den', 'da', 'das', 'dos', 'di', 'du', 'bin', 'ibn', 'al', 'el', 'y', 'le']);

/** A run of capitalised word units (with connectors), as unit indices `[from, to)`. */
export interface NameRun {
  from: number;
  to: number;
  /** Index of the possessive marker right after the run, or -1. */
  possessive: number;
}

/**
 * True for unit `i` when it exists and can be part of a name: capitalised, not a possessive
 * marker. (A capitalised unit starts with an upper-case letter, so it has a letter.)
 */
export function isCapWord(units: WordUnits, i: number): boolean {
  return i >= 0 && i < units.length && (units.flags[i]! & (CAP | POSSESSIVE)) === CAP;
}

/**
 * Capitalised runs in `units[from, to)`: "Claudia Tarnow", "Department of Justice",
 * "Juan de la Fuente", "Johnson & Johnson". A run stays within a sentence; a possessive ends
 * it ("Tarnow's government"). Leading words that are not names ("However", "The", a
 * sentence-initial common word wink-nlp does not tag as a proper noun) are trimmed.
 */
export function findNameRuns(units: WordUnits, from: number, to: number, lex: EntityLexicons): NameRun[] {
  const runs: NameRun[] = [];
  const { sentence, lower, flags } = units;
  const n = units.length;
  let i = from;
  while (i < to) {
    // (`isCapWord` on the local column: `i` is a unit of the range, so its range test is not needed)
    if ((flags[i]! & (CAP | POSSESSIVE)) !== CAP) {
      i++;
      continue;
    }
    const s = sentence[i]!;
    let j = i + 1;
    while (j < to) {
      if (sentence[j] !== s) break;
      if (isCapWord(units, j)) {
        j++;
        continue;
      }
      const v = lower[j]!;
      // "of" joins a body or a title to what follows ("Department of Justice", "Republic of
      // Marisol"), not a person to their employer ("Ana Ruiz of Banco Meridional").
      const ofOk = v !== 'of' || ofJoins(units, j - 1, lex);
      if (isConnector(v) && ofOk && j + 1 < n && sentence[j + 1] === s) {
        if (isCapWord(units, j + 1)) {
          j += 2;
          continue;
        }
        // "Department of the Treasury", "Juan de la Fuente"
        const next = lower[j + 1]!;
        if ((next === 'the' || isConnector(next)) && j + 2 < n && sentence[j + 2] === s && isCapWord(units, j + 2)) {
          j += 3;
          continue;
        }
      }
      break;
    }
    let a = i;
    let b = j;
    // Trim words that are not names at the start ("However", "The", "Speaking") ...
    while (a < b && trimmable(units, a, lex)) a++;
    // ... and connectors at either end.
    while (a < b && (lower[a] === 'of' || lower[a] === '&' || (isConnector(lower[a]!) && !(flags[a]! & CAP)))) a++;
    while (b > a && (isConnector(lower[b - 1]!) || lower[b - 1] === 'the')) b--;
    if (a < b) runs.push({ from: a, to: b, possessive: b === j && j < to && flags[j]! & POSSESSIVE ? j : -1 });
    i = j;
  }
  return runs;
}

/** The word sets that let "of" join what follows to unit `i` (its folded form without a final dot). */
const JOINS_OF = WORD.ORG_HEAD | WORD.PLACE_HEAD | WORD.TITLE | WORD.GROUP_HEAD | WORD.TITLE_WORD;

function ofJoins(units: WordUnits, i: number, lex: EntityLexicons): boolean {
  const f = foldedOf(units, i);
  const before = withoutFinalDot(f);
  // Without a final dot the unit's own bits answer the five sets; with one, the shorter word is asked.
  if (before === f ? lexBitsOf(units, i, lex) & JOINS_OF : lex.orgHeads.has(before) || lex.placeHeads.has(before) || lex.titles.has(before) || lex.groupHeads.has(before) || lex.titleWords.has(before)) return true;
  return /^(?:republic|kingdom|commonwealth|emirate|principality|isle|bank|chamber|school|university|institute|office|board|court|council|house|secretary|minister|ministry|department|bureau|federation|union|league|association|society|church|order|friends|people|army|navy)$/.test(before);
}

/** A sentence-initial word in one of these sets may be a name: it is not trimmed. */
const MAY_NAME = WORD.KNOWN | WORD.GIVEN | WORD.SURNAME | WORD.HONORIFIC | WORD.TITLE;

function trimmable(units: WordUnits, i: number, lex: EntityLexicons): boolean {
  const f = foldedOf(units, i);
  const bits = lexBitsOf(units, i, lex);
  const lower = units.lower[i]!;
  if (bits & WORD.NOT_NAME || (lower !== f && lex.notNames.has(lower))) return !(bits & WORD.KNOWN);
  if (!(units.flags[i]! & SENTENCE_START) || posOf(units, i) === 'PROPN') return false;
  // A sentence-initial capital that wink-nlp does not read as a proper noun ("Officials said").
  return !(bits & MAY_NAME);
}

import type { EntityLexicons } from './entityLexicons.js';
import { isRoleWord } from './entityLabels.js';
import { NUMBER_QUALIFIERS, numberWordValue, scaleValue } from './numberWords.js';
import type { WordUnit } from './wordUnits.js';

/** A counted group of people: "26 cartel operatives", "more than twenty suspects". */
export interface CountedGroup {
  value: number;
  qualifier?: string;
  /** Units of the whole phrase (number to head noun) and of the label (the words after the number). */
  from: number;
  to: number;
  labelFrom: number;
  labelTo: number;
}

const PEOPLE = new Set(['people', 'persons', 'men', 'women', 'individuals', 'police', 'personnel']);
const QUALIFIERS = NUMBER_QUALIFIERS.map((q) => q.split(' '));

/**
 * Numbers that count people: a number (digits or words: "26", "twenty-six", "two hundred")
 * followed within five words by a plural noun of people — a role word ("operatives",
 * "leaders"), a title, a term for accused people ("suspects") or "people"/"men". Years and
 * percentages are not counts. The qualifier before it ("more than", "about") is kept.
 */
export function findCountedGroups(units: readonly WordUnit[], headingUnit: ArrayLike<number>, lex: EntityLexicons): CountedGroup[] {
  const out: CountedGroup[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    let value = numberWordValue(u.lower);
    if (value === null || headingUnit[i]) continue;
    // "a few dozen", "several hundred": not a stated count.
    if (i > 0 && /^(?:few|several|many|dozens|hundreds|thousands)$/.test(units[i - 1]!.lower)) continue;
    if (/^\d{4}$/.test(u.text) && value >= 1900 && value <= 2100) continue;
    let j = i + 1;
    const scale = units[j] ? scaleValue(units[j]!.text) : null;
    if (scale !== null) {
      value *= scale;
      j++;
    }
    if (value < 2 || !Number.isInteger(value)) continue;
    if (units[j] && /^(?:%|percent|per)$/i.test(units[j]!.text)) continue;
    let head = -1;
    for (let k = j; k < units.length && k < j + 5; k++) {
      const w = units[k]!;
      if (w.sentence !== u.sentence || /^[\p{P}\p{S}]+$/u.test(w.text) && w.text !== '-') break;
      const plural = w.lower !== w.lemma || PEOPLE.has(w.lower) || /s$/.test(w.lower);
      if (plural && (PEOPLE.has(w.lower) || isRoleWord(w, lex, units[k - 1]))) {
        head = k;
        // a compound goes on: "cartel leaders" → head "leaders"; "members of" stops.
        const next = units[k + 1];
        if (!(next && next.sentence === u.sentence && !next.cap && next.pos === 'NOUN' && (PEOPLE.has(next.lower) || isRoleWord(next, lex, w)) && next.lower !== next.lemma)) break;
        continue;
      }
      if (!['ADJ', 'NOUN', 'PROPN', 'VERB', 'NUM'].includes(w.pos)) break;
    }
    if (head < 0) continue;
    let qualifier: string | undefined;
    for (const q of QUALIFIERS) {
      if (i - q.length < 0) continue;
      let ok = true;
      for (let k = 0; ok && k < q.length; k++) ok = units[i - q.length + k]!.lower === q[k] && units[i - q.length + k]!.sentence === u.sentence;
      if (ok && (!qualifier || q.join(' ').length > qualifier.length)) qualifier = q.join(' ');
    }
    out.push({ value, ...(qualifier ? { qualifier } : {}), from: i, to: head + 1, labelFrom: j < head + 1 ? j : head, labelTo: head + 1 });
    i = head;
  }
  return out;
}

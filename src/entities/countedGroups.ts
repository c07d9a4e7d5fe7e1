import { isPunctOrSymbolText } from '../document/letterRuns.js';
import type { EntityLexicons } from './entityLexicons.js';
import { isRoleWord } from './entityLabels.js';
import { NUMBER_QUALIFIERS, numberWordValue, scaleValue } from '../document/numberWords.js';
import { CAP, COUNT_CANDIDATE, posOf, type WordUnits } from './wordUnits.js';

/** A counted group of people: "26 cartel operatives", "more than twenty suspects". */
export interface CountedGroup {
  value: number;
  /** Present (undefined when there is none) in every group: one hidden class, see `anchorShape`. */
  qualifier: string | undefined;
  /** Units of the whole phrase (number to head noun) and of the label (the words after the number). */
  from: number;
  to: number;
  labelFrom: number;
  labelTo: number;
}

/** Words before a number that make it no stated count: "a few dozen", "several hundred". */
const VAGUE_COUNT_WORDS = new Set(['few', 'several', 'many', 'dozens', 'hundreds', 'thousands']);
const PEOPLE = new Set(['people', 'persons', 'men', 'women', 'individuals', 'police', 'personnel']);
const QUALIFIERS = NUMBER_QUALIFIERS.map((q) => q.split(' '));

/**
 * Numbers that count people: a number (digits or words: "26", "twenty-six", "two hundred")
 * followed within five words by a plural noun of people — a role word ("operatives",
 * "leaders"), a title, a term for accused people ("suspects") or "people"/"men". Years and
 * percentages are not counts. The qualifier before it ("more than", "about") is kept.
 */
export function findCountedGroups(units: WordUnits, lex: EntityLexicons): CountedGroup[] {
  const out: CountedGroup[] = [];
  const { text, lower, lemma, sentence, flags } = units;
  const n = units.length;
  // Units on headings and one-token units whose token is no number (the document's `numberWord`)
  // are skipped on one bit set by `wordUnits`: most units are such.
  for (let i = 0; i < n; i++) {
    if (!(flags[i]! & COUNT_CANDIDATE)) continue;
    let value = numberWordValue(lower[i]!);
    if (value === null) continue;
    // "a few dozen", "several hundred": not a stated count.
    if (i > 0 && VAGUE_COUNT_WORDS.has(lower[i - 1]!)) continue;
    if (/^\d{4}$/.test(text[i]!) && value >= 1900 && value <= 2100) continue;
    const s = sentence[i]!;
    let j = i + 1;
    const scale = j < n ? scaleValue(text[j]!) : null;
    if (scale !== null) {
      value *= scale;
      j++;
    }
    if (value < 2 || !Number.isInteger(value)) continue;
    if (j < n && /^(?:%|percent|per)$/i.test(text[j]!)) continue;
    let head = -1;
    for (let k = j; k < n && k < j + 5; k++) {
      const w = lower[k]!;
      if (sentence[k] !== s || isPunctOrSymbolText(text[k]!) && text[k] !== '-') break;
      const plural = w !== lemma[k] || PEOPLE.has(w) || /s$/.test(w);
      if (plural && (PEOPLE.has(w) || isRoleWord(units, k, lex))) {
        head = k;
        // a compound goes on: "cartel leaders" → head "leaders"; "members of" stops.
        const next = k + 1;
        if (!(next < n && sentence[next] === s && !(units.flags[next]! & CAP) && posOf(units, next) === 'NOUN' && (PEOPLE.has(lower[next]!) || isRoleWord(units, next, lex)) && lower[next] !== lemma[next])) break;
        continue;
      }
      if (!['ADJ', 'NOUN', 'PROPN', 'VERB', 'NUM'].includes(posOf(units, k))) break;
    }
    if (head < 0) continue;
    let qualifier: string | undefined;
    for (const q of QUALIFIERS) {
      if (i - q.length < 0) continue;
      let ok = true;
      for (let k = 0; ok && k < q.length; k++) ok = lower[i - q.length + k] === q[k] && sentence[i - q.length + k] === s;
      if (ok && (!qualifier || q.join(' ').length > qualifier.length)) qualifier = q.join(' ');
    }
    out.push({ value, qualifier, from: i, to: head + 1, labelFrom: j < head + 1 ? j : head, labelTo: head + 1 });
    i = head;
  }
  return out;
}

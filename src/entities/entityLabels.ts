import type { EntityLexicons } from './entityLexicons.js';
import type { WordUnit } from './wordUnits.js';

/** Words that may stand in a label before a role noun: "former", "alleged", "jailed", "top". */
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'VERB']);
/** Words that end an appositive description: a clause starts. */
const CLAUSE = new Set(['who', 'which', 'that', 'said', 'says', 'told', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'and', 'but', 'while', 'whereas', 'as', 'after', 'before', 'when', 'because', 'although', 'if', 'since']);

/** True for a noun that names a role: a title, a role word or a term for accused people (as lemma or as written). */
export function isRoleWord(u: WordUnit, lex: EntityLexicons, prev?: WordUnit): boolean {
  const l = u.lemma;
  const w = u.lower;
  if (lex.roles.has(l) || lex.roles.has(w) || lex.titles.has(l) || lex.titles.has(w) || lex.accused.has(l) || lex.accused.has(w)) return true;
  // A two-word term ("drug lord"): the pair is only built when the word can end one.
  return !!prev && lex.pairTails.has(l) && (lex.accused.has(`${prev.lower} ${l}`) || lex.titles.has(`${prev.lower} ${l}`));
}

/**
 * Role words attached to a mention whose surface form spans units `[from, to)`:
 * - before it, a run of modifiers ending in a role noun: "cartel leader Ovidio Guzmán",
 *   "the jailed kingpin Joaquín Guzmán", "alleged trafficker Ana Ruiz";
 * - after it, an appositive set off by a comma and holding a role noun: "Ana Ruiz, a former
 *   police chief," → "former police chief".
 * Returns spans (offsets into the input).
 */
export function labelsAround(units: readonly WordUnit[], from: number, to: number, lex: EntityLexicons): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const first = units[from];
  if (!first) return out;
  // Before: walk back over modifiers; the word right before the name must be a role noun.
  const before = units[from - 1];
  if (before && before.sentence === first.sentence && !before.cap && isRoleWord(before, lex, units[from - 2])) {
    const pair = !!units[from - 2] && lex.pairTails.has(before.lemma) && (lex.accused.has(`${units[from - 2]!.lower} ${before.lemma}`) || lex.titles.has(`${units[from - 2]!.lower} ${before.lemma}`));
    let a = pair ? from - 2 : from - 1;
    while (a - 1 >= 0 && from - (a - 1) <= 5) {
      const u = units[a - 1]!;
      if (u.sentence !== first.sentence || !MODIFIER_POS.has(u.pos) || /^[\p{P}\p{S}]+$/u.test(u.text) || CLAUSE.has(u.lower)) break;
      if (u.pos === 'VERB' && !/(?:ed|en)$/.test(u.lower)) break; // "jailed", "convicted"; not "met"
      a--;
    }
    out.push({ start: units[a]!.start, end: before.end });
  }
  // After: ", a former police chief," — up to ten words without a clause.
  const comma = units[to];
  if (comma && comma.text === ',' && comma.sentence === first.sentence) {
    let b = to + 1;
    if (units[b] && /^(?:a|an|the|its|his|her|their)$/.test(units[b]!.lower)) b++;
    const startAt = b;
    let role = false;
    while (b < units.length && b - startAt < 10) {
      const u = units[b]!;
      if (u.sentence !== first.sentence || /^[,.;:)—–]$/.test(u.text) || CLAUSE.has(u.lower) || u.pos === 'AUX') break;
      if (isRoleWord(u, lex, units[b - 1])) role = true;
      b++;
    }
    const end = units[b];
    const closed = !end || end.sentence !== first.sentence || /^[,.;:)—–]$/.test(end.text);
    // A description ends in a noun ("a former police chief"), not a verb ("officials announced").
    const last = b > startAt ? units[b - 1]! : undefined;
    const nounEnd = !!last && (last.pos === 'NOUN' || last.pos === 'PROPN' || isRoleWord(last, lex, units[b - 2]));
    if (role && closed && nounEnd) out.push({ start: units[startAt]!.start, end: units[b - 1]!.end });
  }
  return out;
}

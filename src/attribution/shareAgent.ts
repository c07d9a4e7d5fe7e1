/**
 * A share of a group as the giver of a backing: "backed by 40 percent of voters", "support from
 * roughly six in 10 tenants". The noun-phrase reader stops at the number, which names no one.
 */
import type { SlantDocument } from '../document/readDocument.js';
import { nounPhraseAfter, type SourcePhrase } from './nounPhrases.js';
import type { AttributionLexicons } from './attributionLexicons.js';
import { sharedByPeople } from './peopleNouns.js';
import { isAdverbLike, isPluralNoun } from './tokens.js';

/** Words that make a number a share of the group after "of": "40 percent of", "33 % of". */
export const PERCENT_WORDS = new Set(['percent', '%']);

/** The share phrase starting at `a` through its group's noun phrase, whatever the group names; null when no share starts there. */
function sharePhrase(doc: SlantDocument, a: number, te: number): SourcePhrase | null {
  const n = isAdverbLike(doc, a) && doc.pos[a + 1] === 'NUM' ? a + 1 : a;
  if (doc.pos[n] !== 'NUM') return null;
  let g = -1;
  if (PERCENT_WORDS.has(doc.lower[n + 1] ?? '') && doc.lower[n + 2] === 'of') g = n + 3;
  else if (doc.lower[n + 1] === 'in' && doc.pos[n + 2] === 'NUM') g = n + 3;
  else if (doc.lower[n + 1] === 'out' && doc.lower[n + 2] === 'of' && doc.pos[n + 3] === 'NUM') g = n + 4;
  if (g < 0 || g >= te) return null;
  const group = nounPhraseAfter(doc, g, te);
  return group && group.b > g ? { a, b: group.b } : null;
}

/**
 * Is the phrase's head a singular common noun that names no body of people ("40 percent of the budget")?
 * (a share of another singular noun is a part of a thing: "backed by 40 percent of the budget" says how it
 * is paid for, not who backs it; "40 percent of the party" are people, by the lexicons' source nouns)
 */
const thingHead = (doc: SlantDocument, lex: AttributionLexicons, p: SourcePhrase) => doc.pos[p.b - 1] === 'NOUN' && !isPluralNoun(doc, p.b - 1) && !sharedByPeople(doc, lex, p.b - 1);

/**
 * The share phrase starting at `a` ("[about] 40 percent of voters", "[roughly] six in 10 voters",
 * "one out of five tenants", "a third of the party"), through the group's noun phrase, or null when
 * no share of people starts there.
 */
export function shareAgent(doc: SlantDocument, lex: AttributionLexicons, a: number, te: number): SourcePhrase | null {
  const p = sharePhrase(doc, a, te);
  return p && !thingHead(doc, lex, p) ? p : null;
}

/**
 * Does a share of a thing start at `a` ("backed by 40 percent of the budget")? It names no one
 * who backs or says anything, so it is no agent.
 */
export function shareOfThing(doc: SlantDocument, lex: AttributionLexicons, a: number, te: number): boolean {
  const p = sharePhrase(doc, a, te);
  return p !== null && thingHead(doc, lex, p);
}

/**
 * A state adjective set off after its clause with no "be": "Vale left the hall, confident that
 * the levy would pass", "Ruiz stayed in the race – determined to win the harbour seat". The
 * phrase describes the clause's subject as "is confident that" would, and reports that view.
 */
import type { SlantDocument } from '../document/readDocument.js';
import type { AttributionLexicons, CueSense } from './attributionLexicons.js';
import { isSetOffDash } from './tokens.js';

/**
 * The lexicon sense ("be confident", "be determined") of the state adjective at `k` when it
 * opens a phrase set off by a comma or a dash (one adverb may come between: ", still sure that")
 * and takes a clause ("that", "whether") or an infinitive ("to" and a verb); null otherwise.
 * Not a speech phrase ("be candid") nor "clear"/"unclear", which say what is known, not what
 * anyone holds; not a bare adjective (", proud of the harbour"), which reports nothing.
 *
 * @example
 * ```ts
 * const doc = readDocument('Vale left the hall, confident that the levy would pass.');
 * setOffStateSense(doc, 5, DEFAULT_ATTRIBUTION_LEXICONS)?.cueClass // 'belief'
 * ```
 */
export function setOffStateSense(doc: SlantDocument, k: number, lex: AttributionLexicons): CueSense | null {
  if (doc.pos[k] !== 'ADJ' && doc.pos[k] !== 'VERB') return null;
  let c = k - 1;
  if (doc.pos[c] === 'ADV') c--;
  if (c < 1 || (doc.value[c] !== ',' && !isSetOffDash(doc, c))) return null;
  const next = doc.lower[k + 1];
  if (!(next === 'that' || next === 'whether' || (next === 'to' && doc.pos[k + 2] === 'VERB'))) return null;
  const low = doc.lower[k]!;
  // (no "be" phrase goes on with this word: no key built)
  if (!lex.particleSeconds.has(low)) return null;
  const sense = lex.particlePhrases.get(`be ${low}`);
  if (!sense || sense.cueClass === 'speech' || low === 'clear' || low === 'unclear') return null;
  return sense;
}

import type { SlantDocument } from '../document/readDocument.js';
import type { AttributionLexicons, CueSense } from './attributionLexicons.js';
import { MODALS, NEGATIONS } from './tokens.js';

/** Verbs that enact a legal instrument: a body passes it, an official signs it. */
export const ENACTING_VERBS: ReadonlySet<string> = new Set(['pass', 'sign']);

/**
 * Instruments whose passing or signing takes a stand on what they say: "passed a resolution
 * condemning …", "signed the levy bill". (Not a letter or a deal: "the groups that signed the
 * letter" mostly names who is on a list, and "signed a deal with the club" is business.)
 */
const INSTRUMENTS: ReadonlySet<string> = new Set(['bill', 'law', 'measure', 'resolution', 'legislation', 'act', 'treaty', 'accord', 'agreement', 'order', 'ordinance', 'amendment', 'referendum', 'budget']);

/** Tags of the words before an instrument's noun: "the", "a sweeping", "two", "$305 billion", "the Harbour". */
const PREMODIFIER_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'SYM']);

/** The stand an enacted instrument attributes, as "endorse" (evaluation, neutral stance). */
export const ENACTED_SENSE: CueSense = { cueClass: 'evaluation', stance: 'neutral' };

/**
 * An enactment that did not happen: "to pass a bill", "would sign the measure", "did not sign the
 * treaty", "never passed a budget" (a plan, an offer or a refusal, mostly not marked as a stand).
 */
function unrealisedBefore(doc: SlantDocument, k: number): boolean {
  let t = k - 1;
  // (over one adverb: "would quickly sign", "did not even pass")
  if (doc.pos[t] === 'ADV' && !NEGATIONS.has(doc.lower[t]!)) t--;
  const before = doc.lower[t] ?? '';
  return before === 'to' || MODALS.has(before) || NEGATIONS.has(before);
}

/**
 * "The council passed a resolution condemning the levy", "Governor Vale signed the harbour bill",
 * "Okafor, who signed sweeping tram laws": a finite "pass" or "sign" whose object's head noun
 * (after at most four modifiers, the last noun of a compound) is a legal instrument is the body's
 * or the official's stand, with the object as content. Not "passed the ball", "signed the cast",
 * "was signed into law" (no object after the verb), nor a plan or refusal ("expected to pass the
 * bill", "would sign", "did not sign the treaty"). The caller has checked the lemma (`ENACTING_VERBS`).
 */
export function enactsInstrument(doc: SlantDocument, k: number, lex: AttributionLexicons): boolean {
  if (unrealisedBefore(doc, k)) return false;
  let t = k + 1;
  while (t < doc.tokenCount && t - k <= 4 && PREMODIFIER_TAGS.has(doc.pos[t] ?? '')) t++;
  if (doc.pos[t] !== 'NOUN') return false;
  // the head is the compound's last noun: "the budget reconciliation bill", not "the bill signing"
  while (doc.pos[t + 1] === 'NOUN' && t - k <= 6) t++;
  // an instrument that is a reporting noun itself is read by the noun's own cue: "signed an order to close the dock"
  return INSTRUMENTS.has(doc.lemma[t]!) && !lex.cueNouns.has(doc.lemma[t]!);
}

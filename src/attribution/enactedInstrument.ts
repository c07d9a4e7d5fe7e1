import type { SlantDocument } from '../document/readDocument.js';
import type { AttributionLexicons, CueSense } from './attributionLexicons.js';
import { endsWithEd, isQuoteMark, MODALS, NEGATIONS } from './tokens.js';

/**
 * Verbs that enact a legal instrument: a body passes it, an official signs it, a lawmaker
 * sponsors it (puts a name to it). Not "introduce": "introduced a bill" is mostly told as a step
 * of procedure, not as a stand.
 */
export const ENACTING_VERBS: ReadonlySet<string> = new Set(['pass', 'sign', 'sponsor', 'co-sponsor', 'cosponsor']);

/** Tags before a participle that make it a modifier of the noun after it: "the co-sponsored bill", "two sponsored acts". */
const ATTRIBUTIVE_BEFORE: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'ADP', 'PART']);

/**
 * The lemma of an -ed form of an enacting verb that the tagger left as itself, as an adjective:
 * "co-sponsored" → "co-sponsor"; undefined for any other word.
 */
export function enactingPastLemma(low: string): string | undefined {
  if (!low.endsWith('ed')) return undefined;
  const stem = low.slice(0, -2);
  return ENACTING_VERBS.has(stem) ? stem : undefined;
}

/**
 * "Vale co-sponsored a bill", "Ruiz, meanwhile, co-sponsored legislation", "she has co-sponsored
 * the levy act": an -ed form of an enacting verb the tagger read as an adjective is the finite
 * verb unless a determiner, an adjective, a number, a preposition or a possessive "’s" (PART) makes it a modifier of the
 * noun after it ("the co-sponsored bill", "a jointly co-sponsored act": back over adverbs first).
 */
export function enactingPastIsVerb(doc: SlantDocument, k: number): boolean {
  let t = k - 1;
  while (t >= 0 && doc.pos[t] === 'ADV') t--;
  return t >= 0 && !ATTRIBUTIVE_BEFORE.has(doc.pos[t]!);
}

/**
 * Instruments whose passing or signing takes a stand on what they say: "passed a resolution
 * condemning …", "signed the levy bill". (Not a letter or a deal: "the groups that signed the
 * letter" mostly names who is on a list, and "signed a deal with the club" is business.)
 */
const INSTRUMENTS: ReadonlySet<string> = new Set(['bill', 'law', 'measure', 'resolution', 'legislation', 'act', 'treaty', 'accord', 'agreement', 'order', 'ordinance', 'amendment', 'referendum', 'budget']);

/** Nouns that make an agreement a private contract, not a public instrument: "signed the lease agreement". */
const CONTRACT_KINDS: ReadonlySet<string> = new Set(['lease', 'rental', 'loan', 'licensing', 'license', 'licence', 'sponsorship', 'employment', 'purchase', 'sale', 'nondisclosure', 'confidentiality', 'prenuptial', 'rent', 'tenancy', 'mortgage']);

/** Subordinators that make the enactment a condition, not an act: "If the council passes the budget, …". */
const CONDITIONAL_OPENERS: ReadonlySet<string> = new Set(['if', 'unless', 'whether', 'until', 'once']);

/** Tags of the words before an instrument's noun: "the", "a sweeping", "two", "$305 billion", "the Harbour". */
const PREMODIFIER_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'SYM']);

/** The stand an enacted instrument attributes, as "endorse" (evaluation, neutral stance). */
export const ENACTED_SENSE: CueSense = { cueClass: 'evaluation', stance: 'neutral' };

/**
 * An enactment (or a vote cast) that did not happen: "to pass a bill", "would sign the measure", "did
 * not sign the treaty", "never passed a budget" (a plan, an offer or a refusal, mostly not marked as
 * a stand).
 */
export function unrealisedBefore(doc: SlantDocument, k: number): boolean {
  let t = k - 1;
  // (over one adverb: "would quickly sign", "did not even pass")
  if (doc.pos[t] === 'ADV' && !NEGATIONS.has(doc.lower[t]!)) t--;
  const before = doc.lower[t] ?? '';
  if (before === 'to' || MODALS.has(before) || NEGATIONS.has(before)) return true;
  // a condition: "If the council passes the budget, …", "Unless Ruiz signs the treaty" (back over the
  // clause's subject only: at most six words, never past a comma or the sentence start)
  const s = doc.sentenceOf[k]!;
  for (let j = k - 1; j >= 0 && k - j <= 6 && doc.sentenceOf[j] === s && doc.pos[j] !== 'PUNCT'; j--) {
    if (CONDITIONAL_OPENERS.has(doc.lower[j]!)) return true;
  }
  return false;
}

/** Is token `k` the first word of its sentence (after an opening quotation mark at most)? */
function opensSentence(doc: SlantDocument, k: number): boolean {
  const before = isQuoteMark(doc, k - 1) ? k - 2 : k - 1;
  return before < 0 || doc.sentenceOf[before] !== doc.sentenceOf[k];
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
  // a participle opening the sentence right before a bare noun modifies it: "Signed bills rarely
  // pass …", "Sponsored acts …" (no subject before it to enact anything)
  if (t === k + 1 && endsWithEd(doc.lower[k]!) && opensSentence(doc, k)) return false;
  // the head is the compound's last noun: "the budget reconciliation bill", not "the bill signing"
  while (doc.pos[t + 1] === 'NOUN' && t - k <= 6) t++;
  // an instrument that is a reporting noun itself is read by the noun's own cue: "signed an order to close the dock"
  if (!INSTRUMENTS.has(doc.lemma[t]!) || lex.cueNouns.has(doc.lemma[t]!)) return false;
  // a private contract: "signed the lease agreement"
  if (CONTRACT_KINDS.has(doc.lower[t - 1] ?? '')) return false;
  // a hand-over, not an enactment: "passed the act to his son", "passed the bill to the senate" (not "to" + a verb)
  return !(doc.lower[t + 1] === 'to' && doc.pos[t + 2] !== 'VERB' && doc.pos[t + 2] !== 'AUX');
}

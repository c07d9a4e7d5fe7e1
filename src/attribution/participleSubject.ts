/**
 * The subject of a participle: one set off by a comma, opening a sentence or after a verb of spending.
 */
import type { SlantDocument } from '../document/readDocument.js';
import { clauseStart, hasHead, nounPhraseBefore, type TokenRange } from './nounPhrases.js';
import { trimFront } from './contentExtent.js';
import { isAdverbLike, isPunct, isQuoteMark, isFiniteVerbOrAux, isVerb, PARTICIPLE_LEADS, endsWithIng } from './tokens.js';
import type { SubjectFinding } from './findSubject.js';


/** Words after a comma that open an appositive or a relative clause on a name. */
const APPOSITIVE_OPENERS = new Set(['a', 'an', 'who', 'which']);

/** Participles that open a condition rather than report a view: "Assuming the dam holds, …". */
export const CONDITIONAL_PARTICIPLES = new Set(['assuming', 'supposing', 'presuming']);

/**
 * A participle with no verb before it in the sentence, led by a comma or a word such as "after"
 * at `j`: "Mr. Vos, citing the audit, said …" and "Vos, after first saying …, entered …" (the
 * subject set off before it), "After arguing that …, her aides now say …" (the subject of the
 * main clause after the comma).
 */
export function participleWithoutVerbBefore(doc: SlantDocument, j: number, end: number, ts: number, te: number): SubjectFinding {
  const lead = doc.value[j] === ',' ? j : doc.value[j - 1] === ',' && PARTICIPLE_LEADS.has(doc.lower[j]!) ? j - 1 : -1;
  if (lead > ts) {
    const np = nounPhraseBefore(doc, lead - 1, ts);
    if (np && hasHead(doc, np) && /^(?:NOUN|PROPN|PRON)$/.test(doc.pos[np.b - 1]!) && clauseStart(doc, np.b - 1, ts) === np.a && afterOpeners(doc, ts, np.a) === np.a) return { type: 'phrase', phrase: np, inverted: false };
  }
  if (PARTICIPLE_LEADS.has(doc.lower[j]!) && afterOpeners(doc, ts, j) === j) {
    const main = mainVerbAfterComma(doc, end, te);
    if (main >= 0) return { type: 'governed', verb: main, coordinated: false };
  }
  return { type: 'none' };
}

/**
 * The subject before a participle phrase set off by commas (the comma at `comma`, the participle
 * ending at `end`) when a finite verb follows the closing comma: "as Ruiz, contradicting Vale, said
 * …", "Vale, citing the audit, argued …". The phrase must start its clause; null otherwise.
 */
export function subjectAroundParticiple(doc: SlantDocument, comma: number, end: number, ts: number, te: number): TokenRange | null {
  let c = end;
  while (c < te && c - end < 12 && doc.value[c] !== ',' && !isQuoteMark(doc, c) && doc.value[c] !== ';') c++;
  if (c >= te || doc.value[c] !== ',') return null;
  let v = c + 1;
  while (v < te && isAdverbLike(doc, v) && !isVerb(doc, v)) v++;
  if (v >= te || !isVerb(doc, v) || endsWithIng(doc.lower[v]!) || (doc.pos[v] === 'AUX' && !isVerb(doc, v + 1))) return null;
  const np = nounPhraseBefore(doc, comma - 1, ts);
  if (!np || !hasHead(doc, np) || !/^(?:NOUN|PROPN|PRON)$/.test(doc.pos[np.b - 1]!) || clauseStart(doc, np.b - 1, ts) !== np.a) return null;
  // (the phrase opens the sentence or follows a conjunction: "as Ruiz", "and Vale", not an object after a verb)
  return np.a === ts || isPunct(doc, np.a - 1) || doc.pos[np.a - 1] === 'SCONJ' || doc.pos[np.a - 1] === 'CCONJ' || /^(?:as|while|when|but|and)$/.test(doc.lower[np.a - 1]!) ? np : null;
}

/** Steps over punctuation and a conjunction opening a sentence ("And, …", "But"). */
function afterOpeners(doc: SlantDocument, a: number, b: number): number {
  return trimFront(doc, a, b, NOW_STILL);
}

/** Adverbs that may open a sentence before its participle or subject ("Now, …", "Still, …"). */
const NOW_STILL = new Set(['now', 'still']);

/** Verbs of spending whose object an -ing form may follow: "spent the week attacking", "wasted no time praising". */
const SPENDING = new Set(['spend', 'waste']);

/** Nouns of difficulty that "have" takes before an -ing form: "had a hard time explaining", "has trouble saying". */
const DIFFICULTY_NOUNS = new Set(['time', 'trouble', 'difficulty']);

/**
 * The verb of spending whose object (with its adjuncts) ends right before the -ing form that follows
 * the phrase starting at `a`: "spent | most of the week before the hearing | blaming", or -1; also
 * "have" with a noun of difficulty ending at `head` ("had | a hard time | explaining").
 */
export function spendingVerbBefore(doc: SlantDocument, a: number, head: number, ts: number): number {
  // (the phrase right after "have": "the mayor had a hard time", not "had a talk at the time")
  const difficulty = DIFFICULTY_NOUNS.has(doc.lower[head]!);
  for (let t = a - 1; t >= ts && a - t < 12; t--) {
    if (isVerb(doc, t) || (doc.pos[t] === 'AUX' && t === a - 1)) return (doc.pos[t] === 'VERB' && SPENDING.has(doc.lemma[t]!)) || (difficulty && t === a - 1 && doc.lemma[t] === 'have') ? t : -1;
    if (isPunct(doc, t) && doc.value[t] !== '$' && doc.value[t] !== '-') return -1;
  }
  return -1;
}

/** -ing forms that take a clause, which may open a sentence: "Hoping voters agree, …", "Fearing the vote was lost, …". */
export const CLAUSE_PARTICIPLES = new Set(['hoping', 'fearing', 'believing', 'thinking', 'knowing', 'expecting', 'worrying', 'assuming', 'suspecting', 'sensing', 'figuring', 'reckoning', 'insisting', 'arguing', 'noting', 'claiming', 'saying', 'warning', 'conceding', 'acknowledging', 'realizing', 'realising', 'recognizing', 'recognising', 'betting', 'calculating', 'predicting', 'judging', 'feeling']);

/** The first verb of the main clause after a leading phrase ("Speaking to reporters, | Ruiz said"). */
export function mainVerbAfterComma(doc: SlantDocument, from: number, te: number): number {
  let c = from;
  while (c < te && doc.value[c] !== ',') c++;
  // "After thanking the crowd, which chanted her name, Vale said": over a relative clause set off by commas
  // ("Shrugging off the criticism, as Vale did, Ruiz said": or over a comparison set off the same way)
  const comparison = doc.lower[c + 1] === 'as' || doc.lower[c + 1] === 'like';
  if (comparison || /^(?:which|who|whose|where)$/.test(doc.lower[c + 1] ?? '')) {
    let d = c + 1;
    while (d < te && d - c < (comparison ? 10 : 25) && doc.value[d] !== ',') d++;
    if (d < te && doc.value[d] === ',') c = d;
  }
  for (let t = c + 1; t < te && t < c + 14; t++) {
    if (isVerb(doc, t) && !isAdverbLike(doc, t)) return t;
    if (isVerb(doc, t) && doc.pos[t] === 'AUX' && !isVerb(doc, t + 1) && !isAdverbLike(doc, t + 1)) return t;
  }
  return -1;
}

/**
 * After an opening -ing phrase ending at `from`: its first comma opens a description ("a man of few
 * words") or a relative clause ("who …") closed by a second comma right before a finite verb, with
 * no subject of its own between ("Praising the mayor, a man of few words, has become …").
 */
export function describedGerundObject(doc: SlantDocument, from: number, te: number): boolean {
  let c = from;
  while (c < te && c - from < 12 && doc.value[c] !== ',') c++;
  if (c >= te || doc.value[c] !== ',' || !APPOSITIVE_OPENERS.has(doc.lower[c + 1] ?? '')) return false;
  let d = c + 1;
  while (d < te && d - c < 14 && doc.value[d] !== ',') d++;
  if (d >= te || doc.value[d] !== ',') return false;
  let v = d + 1;
  while (v < te && isAdverbLike(doc, v) && !isVerb(doc, v)) v++;
  return v < te && isFiniteVerbOrAux(doc, v);
}

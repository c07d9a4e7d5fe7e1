/**
 * The inverted subject after a reporting verb ("said Ruiz, the coach") and name appositives.
 */
import type { SlantDocument } from '../document/readDocument.js';
import { DETS, hasHead, nounPhraseAfter, nounPhraseBefore, secondPhraseStart, withAppositive, withRelative, type SourcePhrase, type TokenRange } from './nounPhrases.js';
import { asWellAsAt, isCap, isPossessive, isQuoteMark, isVerb } from './tokens.js';

/** "Ingrid Solberg, a professor of law," → the name, with the description as appositive. */
export function appositiveChain(doc: SlantDocument, j: number, ts: number): SourcePhrase | null {
  const np = nounPhraseBefore(doc, j, ts);
  if (!np) return null;
  const startsWithDescription = DETS.has(doc.lower[np.a]!) || !isCap(doc, np.a);
  if (startsWithDescription && np.a - 1 >= ts && doc.value[np.a - 1] === ',') {
    const name = nounPhraseBefore(doc, np.a - 2, ts);
    if (name && isCap(doc, name.b - 1)) return withAppositive(name, np);
  }
  return np;
}

/**
 * "said Vale, a pilot in Alden, Maine.", "says Ruiz, a clerk in Fresno, Calif.": a place in the
 * description is written "town, state"; the state after the comma still belongs to the description
 * (not to what follows the tag), when it ends the sentence or is set off by another comma. `b`: the
 * comma after the town; the end of the description.
 */
function placeAfterComma(doc: SlantDocument, b: number, te: number): number {
  if (doc.value[b] !== ',' || !isCap(doc, b - 1) || !isCap(doc, b + 1)) return b;
  let e = b + 1;
  while (e < te && e - b <= 4 && (isCap(doc, e) || (doc.value[e] === '.' && doc.start[e] === doc.end[e - 1] && e + 1 < te))) e++;
  return e >= te || doc.value[e] === '.' || doc.value[e] === ',' ? e : b;
}

/**
 * "said Vale, Ruiz's deputy", "says Berg, Tarn County's clerk": a description that opens with a
 * name owning a common noun (capitalised words, the possessive mark, then a phrase with a lower-case
 * word: "Ruiz's Harbour Times editor"); a capitalised word alone would be a second name ("said Vale, Ruiz and Berg").
 */
function namedOwner(doc: SlantDocument, app: TokenRange): boolean {
  let t = app.a;
  while (t < app.b && t - app.a < 4 && isCap(doc, t)) t++;
  if (t === app.a || t + 1 >= app.b || !isPossessive(doc, t)) return false;
  for (let u = t + 1; u < app.b; u++) if (doc.isWord[u] === 1 && !isCap(doc, u)) return true;
  return false;
}

/** The inverted subject after a verb ("said Kofi Mensah, the coach"), with its appositive. */
export function subjectAfter(doc: SlantDocument, k: number, te: number): SourcePhrase | null {
  let np = nounPhraseAfter(doc, k, te);
  if (!np || !hasHead(doc, np)) return null;
  // "Nordian Ambassador to Valdora, Petra Okafor": a title, then the name set off by a comma.
  if (doc.lower[np.b] === 'to' && isCap(doc, np.b + 1)) {
    const place = nounPhraseAfter(doc, np.b + 1, te);
    if (place) np = { a: np.a, b: place.b };
  }
  // ("said the ferry crews as well as the harbour master": "as well as" joins a second phrase to the subject,
  // as before the verb; left out, the second phrase was read as the content)
  if (asWellAsAt(doc, np.b)) {
    const joined = nounPhraseAfter(doc, np.b + 3, te);
    if (joined && joined.a === np.b + 3 && hasHead(doc, joined)) np = { a: np.a, b: joined.b };
  }
  if (doc.value[np.b] === ',' && isCap(doc, np.b + 1) && isCap(doc, np.b + 2)) {
    let e = np.b + 1;
    while (e < te && (isCap(doc, e) || doc.value[e] === '.') && e - np.b < 5) e++;
    // ("said the mayor, Ana Vale.": a lone period closing the sentence is no part of the name; an abbreviation keeps
    // its period in its own token, "Jr.", "U.S.")
    if (doc.value[e - 1] === '.' && e - 1 > np.b + 1 && !isCap(doc, e)) e--;
    if (e >= te || /^(?:,|\.|who)$/.test(doc.lower[e]!)) np = { a: np.a, b: e };
  }
  // "said an official close to the talks", "said a lawyer familiar with the case": an adjective with its
  // prepositional phrase still describes the speaker (not "close" as the content's first word)
  // (the phrase read so far ends on the adjective: a noun phrase takes adjectives in)
  if (np.b - 1 > np.a && doc.pos[np.b - 1] === 'ADJ' && doc.pos[np.b] === 'ADP' && np.b + 1 < te) {
    const object = nounPhraseAfter(doc, np.b + 1, te);
    if (object && hasHead(doc, object)) np = { a: np.a, b: object.b };
  }
  // "said one Western diplomat, who was not authorised to discuss the matter"
  // "said one former aide who asked not to be named": the same without the comma
  const rel = doc.value[np.b] === ',' ? np.b + 1 : np.b;
  if (doc.lower[rel] === 'who' || doc.lower[rel] === 'whose') {
    let e = rel;
    while (e < te && doc.value[e] !== ',' && doc.value[e] !== '.' && !isQuoteMark(doc, e)) e++;
    return withRelative(np, { a: rel, b: e });
  }
  if (doc.value[np.b] === ',' && np.b + 1 < te) {
    const app = nounPhraseAfter(doc, np.b + 1, te);
    // (not a verb the tagger read as a noun, with its object: "The report, says Vale, claims the levy failed")
    const owned = app ? namedOwner(doc, app) : false;
    if (app && (DETS.has(doc.lower[app.a]!) || !isCap(doc, app.a) || owned) && !(secondPhraseStart(doc, app) === app.a + 1 && !DETS.has(doc.lower[app.a]!))) {
      let b = app.b;
      while (b < te && doc.value[b] !== ',' && doc.value[b] !== '.' && !isQuoteMark(doc, b) && b - app.a < 20 && !(owned && isVerb(doc, b))) b++;
      // (a description owned by a name ends before a verb: "said Vale, Ruiz's deputy quit" is no tag's description)
      if (!(owned && b < te && isVerb(doc, b))) return withAppositive(np, { a: app.a, b: placeAfterComma(doc, b, te) });
    }
  }
  return np;
}

/**
 * Per-token flags of a document for the attribution stage, computed once per document (and
 * lexicon set) so that the per-sentence loops test an integer per token instead of asking
 * several string-keyed sets about the same word. Each flag is a cheap pre-test: when it is
 * clear, the check it guards would answer "no" (a flag may be set where the check still says
 * no; the check then decides, as before).
 *
 * The flags of a word are computed once per distinct word and lexicon set (a memo shared by the
 * documents analysed with that set, bounded: wordAnswerMemo.ts), so a document costs two
 * lookups per token (its lower-case form and its lemma) instead of one per question.
 */
import type { SlantDocument } from '../document/readDocument.js';
import { FormLemmaMemos } from '../document/wordIdTable.js';
import type { AttributionLexicons } from './attributionLexicons.js';
import { PURPOSE_PARTICIPLES } from './agentlessVerbCues.js';
import { AGENTLESS_ADVERBS } from './findCues.js';
import { NAMING_PARTICIPLES } from './namingCues.js';
import { EXISTENTIAL_GROUNDS } from './nounCues.js';
import { EXPERIENCER_VERBS } from './experiencerCues.js';
import { isCap, PAST_READ_AS_NOUN, setOffMarkBefore } from './tokens.js';
import { NOUN_CUE_JOINING_VERBS } from './verbCues.js';
import { COPULAS } from './tokens.js';
import { ENACTING_VERBS, enactingPastLemma } from './enactedInstrument.js';
import { FLOATING_VERBS } from './floatedIdea.js';
import { WordAnswerMemo } from './wordAnswerMemo.js';
import { CAP, CUE_FUNCTION_WORD, EXISTENTIAL_GROUND, VERB_GATE, W_CUE_FUNCTION_WORD, W_CUE_NOUN_KEY, W_EXISTENTIAL_GROUND, W_NOUN_WORD, W_OWN_KIND, W_REPORTS_NOUN, W_STATE_ADJECTIVE, W_VERB_FORM, W_VERB_LEMMA, W_VERB_S_FORM } from './tokenFlagBits.js';

// (the bits are declared in tokenFlagBits.ts, a module without imports, so that the bundles read them as numbers)
export { ANY_CUE, CAP, CUE_FUNCTION_WORD, CUE_NOUN_KEY, EXISTENTIAL_GROUND, NOUN_WORD, OWN_KIND, REPORTS_NOUN, VERB_GATE } from './tokenFlagBits.js';

const REPORTS_NOUNS = /^(?:reports|rumou?rs|word|news|speculation|claims|allegations)$/;

const known = (w: string, lex: AttributionLexicons) => w !== '' && lex.verbStarts.has(w);

/** The stems `verbSense` tries for an -ing form: "promis(e)ing", "plott(t)ing", "warning". */
function ingStemIsVerb(w: string, lex: AttributionLexicons): boolean {
  const stem = w.slice(0, -3);
  const doubled = stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2] ? stem.slice(0, -1) : '';
  return known(stem, lex) || known(`${stem}e`, lex) || known(doubled, lex);
}

function flagsOfWord(w: string, lex: AttributionLexicons): number {
  let f = 0;
  if (NAMING_PARTICIPLES.has(w) || AGENTLESS_ADVERBS.has(w) || PURPOSE_PARTICIPLES.has(w) || EXPERIENCER_VERBS.has(w)) f |= W_OWN_KIND;
  if (lex.cueNounKeys.has(w)) f |= W_CUE_NOUN_KEY | W_NOUN_WORD;
  else if (w.endsWith('ies') && lex.cueNouns.has(`${w.slice(0, -3)}y`)) f |= W_NOUN_WORD;
  if (REPORTS_NOUNS.test(w)) f |= W_REPORTS_NOUN;
  if (w === 'be' || lex.verbStarts.has(w) || NOUN_CUE_JOINING_VERBS.has(w) || COPULAS.has(w) || ENACTING_VERBS.has(w) || FLOATING_VERBS.has(w)) f |= W_VERB_LEMMA;
  if (PAST_READ_AS_NOUN.has(w) || enactingPastLemma(w) !== undefined || (w.endsWith('ing') && ingStemIsVerb(w, lex)) || (w.endsWith('ed') && (known(w.slice(0, -1), lex) || known(w.slice(0, -2), lex) || (w.length > 5 && w[w.length - 3] === w[w.length - 4] && known(w.slice(0, -3), lex))))) f |= W_VERB_FORM;
  if (w.endsWith('s') && (known(w.slice(0, -1), lex) || known(w.slice(0, -2), lex) || known(`${w.slice(0, -3)}y`, lex))) f |= W_VERB_S_FORM;
  if (w === 'according' || w === 'in' || w === 'it') f |= W_CUE_FUNCTION_WORD;
  if (EXISTENTIAL_GROUNDS.has(w)) f |= W_EXISTENTIAL_GROUND;
  if (lex.particleSeconds.has(w) && lex.particlePhrases.has(`be ${w}`)) f |= W_STATE_ADJECTIVE;
  return f;
}

/** Word flags by lexicon set: a pure function of the word and the set, so kept across documents. */
const wordMemo = new WordAnswerMemo();
/** The table of the last documents, by document (a document is read once and never changed). */
const tables = new WeakMap<SlantDocument, { lex: AttributionLexicons; flags: Uint8Array }>();

/**
 * What a lexicon set's word flags gave per word id of one vocabulary (`SlantDocument.lowerId`),
 * for the lower-case form and the last lemma seen with the id: a known word then costs array reads
 * instead of lookups of its strings in the word memo (a large `Map`: those lookups were most of
 * the table's cost).
 */
const idMemos = new FormLemmaMemos();

/**
 * The flags of every token of `doc` (see the constants above), computed on the first call for
 * a document and lexicon set and then read from a memo: callers ask per sentence, at the cost
 * of one lookup by object.
 *
 * @example
 * ```ts
 * const doc = readDocument('Officials said the plan stalled.');
 * (tokenFlags(doc, DEFAULT_ATTRIBUTION_LEXICONS)[1]! & VERB_GATE) !== 0 // true
 * ```
 */
export function tokenFlags(doc: SlantDocument, lex: AttributionLexicons): Uint8Array {
  const known = tables.get(doc);
  if (known && known.lex === lex) return known.flags;
  const wordFlags = (w: string) => {
    let f = wordMemo.answer(lex, w);
    if (f < 0) wordMemo.keep(lex, w, (f = flagsOfWord(w, lex)));
    return f;
  };
  // Per word id of the document's vocabulary (ids are never reused within one: a word the engine
  // forgets comes back under a new id), what the word memo gave.
  const memo = doc.vocabulary !== null ? idMemos.of(lex, doc.vocabulary) : null;
  const n = doc.tokenCount;
  const flags = new Uint8Array(n);
  const { lower, lemma, pos, lowerId } = doc;
  for (let k = 0; k < n; k++) {
    const low = lower[k] ?? '';
    const lem = lemma[k] ?? '';
    const id = memo !== null ? lowerId[k]! : -1;
    let lw: number;
    let mw: number;
    if (id >= 0) {
      lw = memo!.form(id, low, wordFlags, null);
      mw = lem === low ? lw : memo!.lemma(id, lem, wordFlags, null);
    } else {
      lw = wordFlags(low);
      mw = lem === low ? lw : wordFlags(lem);
    }
    // (a verb of feeling is known by its lemma: "angered"; the lemma's OWN_KIND covers every own-kind set,
    // naming participles, agentless adverbs and purpose participles too: no lemma of those sets collides
    // today, and each branch in findCues checks its own set)
    let f = (lw & (W_OWN_KIND | W_CUE_NOUN_KEY | W_NOUN_WORD | W_REPORTS_NOUN)) | (mw & W_OWN_KIND);
    if (lw & W_CUE_FUNCTION_WORD) f |= CUE_FUNCTION_WORD;
    if (lw & W_EXISTENTIAL_GROUND) f |= EXISTENTIAL_GROUND;
    // (the lemma `verbSense` ends with is the token's, or a stem of an inflected form: no reporting verb, no sense)
    if (mw & W_VERB_LEMMA || lw & W_VERB_FORM || (lw & W_VERB_S_FORM && (pos[k] === 'PROPN' || pos[k] === 'NOUN'))) f |= VERB_GATE;
    // (", confident that": a state after a comma or a dash, perhaps over one adverb; `setOffStateSense` decides)
    else if (lw & W_STATE_ADJECTIVE && setOffMarkBefore(doc, k) >= 0) f |= VERB_GATE;
    if (isCap(doc, k)) f |= CAP;
    flags[k] = f;
  }
  tables.set(doc, { lex, flags });
  return flags;
}

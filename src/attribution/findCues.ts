/**
 * Cue finding for one sentence window: walks the tokens once and hands each to the finder of
 * its kind ("according to", document openers, naming, agentless adverbs, existential nouns,
 * verbs, "reports emerged that", reporting nouns). The kinds live in their own files.
 */
import type { SlantDocument } from '../document/readDocument.js';
import type { AttributionLexicons, CueSense } from './attributionLexicons.js';
import { cueShape, type Cue } from './cue.js';
import { DETERMINERS, thatWithin } from './cueComplements.js';
import { itStateCue, PURPOSE_PARTICIPLES, purposeCue, whSubjectState } from './agentlessVerbCues.js';
import { documentOpener, findingAdjunct } from './documentOpeners.js';
import { experiencerCue, feelsObject } from './experiencerCues.js';
import { NAMING_PARTICIPLES, knownAsComparison, namingCharacterises, namingCue } from './namingCues.js';
import { arisingNoun, existentialNoun, heldByOfPhrase, nounAfterPreposition, nounCue, nounSense, ownedFormTaggedAsVerb } from './nounCues.js';
import type { SentenceWindow } from './sentenceWindows.js';
import { ANY_CUE, CUE_NOUN_KEY, EXISTENTIAL_GROUND, NOUN_WORD, OWN_KIND, REPORTS_NOUN, tokenFlags, VERB_GATE } from './tokenFlags.js';
import { endsWithIng, isAdverbLike, isCap, isQuoteMark } from './tokens.js';
import { verbCue, verbSense } from './verbCues.js';
import { headlineSeriesVerb } from './sharedSubjectVerb.js';
import { viewpointAside, viewpointOpener } from './viewpointOpeners.js';
import { charCodeAt } from '../document/charCodes.js';

/** Adverbs that attribute with no source. */
export const AGENTLESS_ADVERBS = new Map<string, CueSense>([
  ['reportedly', { cueClass: 'speech', stance: 'neutral' }],
  ['allegedly', { cueClass: 'speech', stance: 'distancing' }],
  ['purportedly', { cueClass: 'speech', stance: 'distancing' }],
  ['supposedly', { cueClass: 'speech', stance: 'distancing' }],
  ['seemingly', { cueClass: 'appearance', stance: 'neutral' }],
  ['ostensibly', { cueClass: 'appearance', stance: 'distancing' }],
]);

/** "X reportedly said / believes / plans": the verb is the cue; before other verbs ("reportedly agreed a deal") the adverb is. */
const ADVERB_DEFERS_TO = new Set(['say', 'tell', 'believe', 'think', 'feel', 'consider', 'fear', 'want', 'plan', 'warn', 'complain', 'claim', 'hope', 'intend', 'expect', 'deny', 'insist', 'argue', 'suggest', 'tweet', 'write', 'vow', 'threaten', 'urge', 'ask', 'describe', 'call', 'praise', 'criticize', 'criticise', 'blame', 'accuse']);

/**
 * Finds the cues of one sentence: reporting verbs of the `reporting-verbs` lexicon in any
 * inflection (with particle phrases such as "point out", "rule out", "call for"), reporting
 * nouns ("the claim that", "his plan to", "news that"), "according to", and agentless cues
 * ("reportedly", "it is believed that", "is said to", "seems to"), appearance ("looks like",
 * "appears closer"), naming ("a group called X", "also known as"), agentless passives ("was
 * declared the winner", "is accused of", "was not disclosed", "a clerk accused of fraud") and
 * reputations ("is best known for"). Tokens for which `blocked` is true (inside quotations
 * and quoted titles) hold no cue. Words that only look like cues are skipped: "the said
 * property", "all told", "charged more than", "called him on Monday", "appeared on stage",
 * "270 pledged delegates", "as expected".
 *
 * @example
 * ```ts
 * const doc = readDocument('Republicans fear the bill will fail, aides said.');
 * findCues(doc, { sentence: 0, ts: 0, te: doc.tokenCount }, DEFAULT_ATTRIBUTION_LEXICONS, () => false).map((c) => c.lemma) // ["fear", "say"]
 * ```
 */
/**
 * "spokeswoman Hope Vale said": a capitalised word inside a sentence,
 * after a word that is not capitalised, right before a name is a first name, not a reporting verb
 * or noun (a headline in title case capitalises the word before it too: "Ruiz Shrugs Off Fears
 * Vale Will Win"); so is one that opens a name that is a subject ("Hope Vale told …") and one
 * before two capitalised words in running prose ("such as Echoing Hope Ranch").
 */
function firstName(doc: SlantDocument, k: number, ts: number): boolean {
  if (!isCap(doc, k) || !isCap(doc, k + 1) || doc.sentenceOf[k + 1] !== doc.sentenceOf[k]) return false;
  // (an -s form after a comma may be the second verb of a headline's series: "Vale Backs Ferry Plan, Slams Tolls")
  if (k > ts && doc.pos[k + 1] === 'PROPN' && !isCap(doc, k - 1) && !(doc.value[k - 1] === ',' && headlineSeriesVerb(doc, k) >= 0)) return true;
  // "Hope Berg told reporters …", "Spokeswoman Hope Berg did not reply", "Hope Berg, a spokeswoman, …": the
  // pair is a subject, also first in its sentence or after a title (not an imperative with its object: "Tell
  // Ruiz that …", "Ask Vale about …")
  const after = k + 2;
  // (in lower case after the pair: a headline in title case goes on capitalised, "Ruiz Says Vale Will Win"; and
  // only first, or after a title noun: in "Ruiz Says Vale would win" the pair follows a name)
  // (not an -s form, the verb of a headline with no subject: "Says Vale would win")
  // (nor a function word: "To Okafor, the levy was a betrayal" opens a viewpoint)
  const opens = (k === ts || (k === ts + 1 && doc.pos[ts] === 'NOUN')) && !(doc.pos[k] === 'VERB' && doc.lower[k]!.endsWith('s')) && !HEADLINE_LOWER_TAGS.has(doc.pos[k]!);
  if (opens && doc.pos[k + 1] === 'PROPN' && ((!isCap(doc, after) && (doc.pos[after] === 'VERB' || doc.pos[after] === 'AUX')) || (doc.value[after] === ',' && doc.pos[after + 1] === 'DET' && !isCap(doc, after + 1)))) return true;
  // "such as Echoing Hope Ranch": inside a run of three or more capitalised words that running prose
  // leads into, whatever their tags (prose: a lower-case content word just before the run; a headline in
  // title case leaves only its short function words in lower case, "Fury after Report Reveals Tolls")
  let s = k;
  while (s > ts && k - s < 4 && doc.isWord[s - 1] && isCap(doc, s - 1)) s--;
  let e = k + 1;
  while (e < doc.tokenCount && e - k < 4 && doc.isWord[e] && isCap(doc, e) && doc.sentenceOf[e] === doc.sentenceOf[k]) e++;
  if (s === k && e - s < 3) return false;
  for (let t = s - 1; t >= ts && s - t <= 3; t--) if (proseWord(doc, t)) return e - s >= 3;
  return false;
}

/**
 * "a seemingly endless debate", "the ostensibly neutral referee": the adverb at `k` grades an
 * adjective that stands before its noun (attributive), so it modifies a word of a noun phrase,
 * not a clause that seems (the gold leaves these unmarked); "Ruiz, seemingly unaware of the
 * levy," or "The debate was seemingly endless" (predicative) keep their cue. ("the allegedly
 * stolen car" is another's claim: only appearance adverbs are read so.)
 */
function gradesAttributiveAdjective(doc: SlantDocument, k: number, te: number): boolean {
  const noun = doc.pos[k + 2];
  return k + 2 < te && doc.pos[k + 1] === 'ADJ' && (noun === 'NOUN' || noun === 'PROPN');
}

/** A lower-case content word (not a function word a title-case headline leaves in lower case: "after", "for", "on"). */
function proseWord(doc: SlantDocument, t: number): boolean {
  const v = doc.value[t]!;
  const c = charCodeAt(v, 0);
  return c >= 97 && c <= 122 && v.length > 3 && !HEADLINE_LOWER_TAGS.has(doc.pos[t]!);
}

/** Tags of the words a title-case headline leaves in lower case. */
const HEADLINE_LOWER_TAGS = new Set(['ADP', 'CCONJ', 'SCONJ', 'DET', 'PART', 'PRON', 'AUX']);

export function findCues(doc: SlantDocument, window: SentenceWindow, lex: AttributionLexicons, blocked: (k: number) => boolean): Cue[] {
  const { sentence, ts, te } = window;
  // (each cue in its final shape, one hidden class for the relation builders that read them, see `cueShape`)
  const cues: Cue[] = [];
  const lower = doc.lower;
  // what each token may be, computed once per document: most tokens fail every test below on these bits
  const flags = tokenFlags(doc, lex);
  // the "in" of a poll that closes a clause (findingAdjunct): a cue only when the sentence has no other
  let finding = -1;
  for (let k = ts; k < te; k++) {
    const f = flags[k]!;
    // (no test below can pass: the words themselves are not read)
    // (a sentence's first two words are also tried as the start of a wh-clause subject, below)
    if (((f & ANY_CUE) === 0 && k > ts + 1) || blocked(k) || firstName(doc, k, ts)) continue;
    const low = lower[k]!;
    const next = k + 1 < te ? lower[k + 1]! : '';
    const prev = k > ts ? lower[k - 1]! : '';
    const ownKind = (f & OWN_KIND) !== 0;

    // "Whether the toll survives is unclear": a wh-clause opening the sentence (after "But", "And") as the subject of a state of knowledge
    if ((k === ts || (k === ts + 1 && doc.pos[ts] === 'CCONJ')) && doc.pos[k] !== 'NOUN') {
      const state = whSubjectState(doc, k, te, sentence);
      if (state) cues.push(cueShape(state));
    }
    if (low === 'according' && next === 'to') {
      cues.push(cueShape({ type: 'according', tokStart: k, tokEnd: k + 2, head: k, lemma: 'according to', stance: 'neutral', cueClass: 'speech', negated: false, sentence }));
      // the source phrase after "according to" holds no cue of its own ("according to reports")
      k += 1;
      while (k + 1 < te && !/^[,;.:!?]$/.test(doc.value[k + 1]!) && !isQuoteMark(doc, k + 1)) k++;
      continue;
    }
    // "To Okafor, the vote was a turning point", "In Vale's view, …": whose view the sentence states
    if (k === ts && (low === 'to' || low === 'in')) {
      const view = viewpointOpener(doc, k, te, lex, sentence);
      if (view) {
        cues.push(cueShape(view));
        // (the holder before the comma holds no cue of its own)
        while (k + 1 < te && doc.value[k + 1] !== ',') k++;
        continue;
      }
    }
    // "The levy is unfair, in Ruiz's view.": the same view set off later in the sentence
    // (not inside a report an earlier cue of the sentence makes: "wrote that, in her opinion, the choir …")
    if (low === 'in' && k > ts && cues[cues.length - 1]?.sentence !== sentence) {
      const view = viewpointAside(doc, k, te, sentence);
      if (view) {
        cues.push(cueShape(view));
        k = view.tokEnd - 1;
        continue;
      }
    }
    // "In a county poll last month, the toll led by ten points": a finding that opens the sentence
    if (low === 'in' && k === ts) {
      const c = documentOpener(doc, k, te);
      if (c > 0) {
        cues.push(cueShape({ type: 'according', tokStart: k, tokEnd: k + 1, head: k, lemma: 'in', stance: 'neutral', cueClass: 'document', negated: false, sentence }));
        k = c - 1;
        continue;
      }
    }
    // "Ruiz leads by ten points in a county poll released Sunday.": a finding, when the sentence has no other cue
    if (low === 'in' && k > ts && finding < 0 && cues.length === 0) {
      const e = findingAdjunct(doc, k, ts, te);
      if (e > 0) {
        finding = k;
        k = e - 1;
        continue;
      }
    }
    // "a group called Open Harbour", "the Tide Front, also known as TF", "is nicknamed “the Fixer”"
    if (ownKind && NAMING_PARTICIPLES.has(low)) {
      // ("was known as early as May": a comparison, no cue of any kind)
      if (knownAsComparison(doc, k, te)) {
        k += 3;
        continue;
      }
      const naming = namingCue(doc, k, ts, te, sentence);
      if (naming) {
        if (namingCharacterises(doc, lex, naming)) cues.push(cueShape(naming));
        k = naming.tokEnd - 1;
        continue;
      }
    }
    const adverb = ownKind ? AGENTLESS_ADVERBS.get(low) : undefined;
    if (adverb) {
      // "a seemingly endless debate": how a thing seems, graded inside a noun phrase, is the writer's description
      if (adverb.cueClass === 'appearance' && gradesAttributiveAdjective(doc, k, te)) continue;
      // "X reportedly said": the verb is the cue and X its source.
      let v = k + 1;
      while (v < te && isAdverbLike(doc, v)) v++;
      if (ADVERB_DEFERS_TO.has(doc.lemma[v] ?? '') && verbSense(doc, v, lex)) continue;
      cues.push(cueShape({ type: 'agentless', tokStart: k, tokEnd: k + 1, head: k, lemma: low, ...adverb, negated: false, agentless: 'adverb', sentence }));
      continue;
    }

    // "there are fears (that) …", "there were complaints about …": a reporting noun no one holds
    if (f & (CUE_NOUN_KEY | EXISTENTIAL_GROUND) && k - 2 >= ts && doc.isWord[k]) {
      const there = existentialNoun(doc, k, ts, te, lex, sentence);
      if (there) {
        cues.push(cueShape(there));
        continue;
      }
    }
    // "it remains unclear whether", "it's not clear why": a state of knowledge no one named holds
    if (low === 'it') {
      const state = itStateCue(doc, k, te, lex, sentence);
      if (state) {
        cues.push(cueShape(state));
        k = state.tokEnd - 1;
        continue;
      }
    }
    // "was meant to", "rules designed to": a purpose no one named holds
    if (ownKind && PURPOSE_PARTICIPLES.has(low)) {
      const purpose = purposeCue(doc, k, ts, te, sentence);
      if (purpose) {
        cues.push(cueShape(purpose));
        continue;
      }
    }
    // "The levy angered fishermen": a verb of feeling whose object feels it (before the verb
    // lexicon, which reads "worries" with its subject as the one who worries); not after another cue of
    // the sentence, whose relation holds it or is held by it ("Her anger at the toll surprised Vale")
    // (`feelsObject` needs a verb of feeling by its lemma, whose token has OWN_KIND: no lookup for other tokens)
    if (f & OWN_KIND && cues.length === 0) {
      const felt = experiencerCue(doc, k, ts, te, sentence);
      if (felt) {
        cues.push(cueShape(felt));
        continue;
      }
    }
    // ("The claims that the pier was unsafe worried Ruiz": a finite verb of feeling with an object is no belief of
    // its subject's, though no cue of feeling was made of it; not an infinitive: "sought to reassure the board")
    if (f & VERB_GATE && f & OWN_KIND && doc.lower[k - 1] !== 'to' && feelsObject(doc, k, te)) continue;
    // "(Reporting by Dara Okafor; Writing by Lena Vale)": a wire credit names who wrote the story, no report in it
    if (creditLineRole(doc, k, ts)) continue;
    // Verbs and verb-particle phrases.
    // (a reporting noun owned by a possessive stays a noun: "the council's hopes that")
    const sense = (f & VERB_GATE) === 0 || nounAfterPreposition(doc, k, lex) || ((f & NOUN_WORD) !== 0 && ownedFormTaggedAsVerb(doc, k)) ? null : verbSense(doc, k, lex);
    if (sense) {
      if (headlineVerbBeforeColon(doc, k, ts, sense)) continue;
      const cue = verbCue(doc, k, ts, te, sense, sentence, lex);
      if (cue) {
        cues.push(cue); // (verbCue builds its cues in their final shape)
        k = cue.tokEnd - 1;
      }
      continue;
    }
    // "Reports have emerged that ...", "rumours circulated that ...": reports with no source
    if (f & REPORTS_NOUN && (doc.pos[k] === 'NOUN' || doc.pos[k] === 'PROPN') && !DETERMINERS.has(prev)) {
      let v = k + 1;
      while (v < te && v - k < 4 && (doc.pos[v] === 'AUX' || isAdverbLike(doc, v))) v++;
      if (/^(?:emerge|surface|circulate|spread|swirl|grow|mount)$/.test(doc.lemma[v] ?? '') && thatWithin(doc, v + 1, te)) {
        cues.push(cueShape({ type: 'agentless', tokStart: k, tokEnd: v + 1, head: v, lemma: doc.lemma[v]!, stance: 'neutral', cueClass: 'speech', negated: false, agentless: 'it-that', sentence }));
        k = v;
        continue;
      }
    }
    // Reporting nouns.
    const noun = f & NOUN_WORD ? nounSense(doc, k, lex) : null;
    if (noun) {
      // "the fury of voters": the "of" phrase holds the attitude; nothing is attributed
      if (heldByOfPhrase(doc, k, te, noun, lex)) continue;
      const cue = nounCue(doc, k, te, noun, sentence, lex) ?? arisingNoun(doc, k, ts, te, noun, sentence);
      if (cue) cues.push(cueShape(cue));
      continue;
    }
  }
  if (finding >= 0 && cues.length === 0) cues.push(cueShape({ type: 'according', tokStart: finding, tokEnd: finding + 1, head: finding, lemma: 'in', stance: 'neutral', cueClass: 'document', negated: false, sentence }));
  return cues;
}

/** Cue classes of verbs that announce what follows their colon in a headline ("Vale Says: Pier Unsafe"). */
export const ANNOUNCING_CLASSES: ReadonlySet<string> = new Set(['speech', 'writing', 'question']);
/** Cue classes that announce it only after a name ("Vale Vows: …", "Vale Believes: …"; not "The One Thing Growers Want: …"). */
const NAMED_ANNOUNCING_CLASSES: ReadonlySet<string> = new Set(['intention', 'belief']);

/**
 * "The One Thing Both Growers Want: Lower Fares", "In the Harbour We Love: A Memoir": a capitalised verb
 * inside a title-case heading, right before a colon with no quotation behind it, ends the heading's phrase
 * and reports nothing after it, unless it is a verb of saying, writing or asking ("Vale Says: …"), or of promise or
 * belief with a name alone as its subject ("Vale Vows: …").
 */
function headlineVerbBeforeColon(doc: SlantDocument, k: number, ts: number, sense: CueSense): boolean {
  return doc.value[k + 1] === ':' && k > ts && isCap(doc, k) && isCap(doc, k - 1) && !isQuoteMark(doc, k + 2) && !ANNOUNCING_CLASSES.has(sense.cueClass) && !(NAMED_ANNOUNCING_CLASSES.has(sense.cueClass) && nameOnlyBefore(doc, k, ts));
}

/** Is everything from the sentence start `ts` to the verb at `k` a name of at most four words ("Ana Vale Vows:")? */
function nameOnlyBefore(doc: SlantDocument, k: number, ts: number): boolean {
  if (k - ts > 4) return false;
  for (let t = ts; t < k; t++) if (doc.pos[t] !== 'PROPN') return false;
  return true;
}

/**
 * Is token `k` the role of a wire credit, "(Reporting by Vale; Writing by Ruiz; Editing by
 * Berg)": a capitalised -ing word right before "by", opening its sentence, a parenthesis, a
 * credit after a semicolon or a line? ("Writing by hand, Vale drafted …" opens a sentence too,
 * but no name follows its "by".)
 */
function creditLineRole(doc: SlantDocument, k: number, ts: number): boolean {
  if (doc.lower[k + 1] !== 'by' || !isCap(doc, k) || !endsWithIng(doc.lower[k]!) || doc.pos[k + 2] !== 'PROPN') return false;
  return k === ts || doc.value[k - 1] === '(' || doc.value[k - 1] === ';' || doc.lineOf[k - 1] !== doc.lineOf[k];
}

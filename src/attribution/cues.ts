import type { SlantDocument } from '../document/readDocument.js';
import type { Stance } from '../schema/articleAnalysis.js';
import type { AttributionLexicons, CueSense } from './attributionLexicons.js';
import type { CueClass } from './cueClasses.js';
import { DOCUMENT_NOUNS } from './describeSource.js';
import { clauseStart, nounPhraseAfter, nounPhraseBefore } from './sourceSpans.js';
import { BE_FORMS, isAdverbLike, isCap, isPossessive, isPunct, isQuoteMark, isVerb, NEGATIONS } from './tokens.js';

/** A cue: the expression that makes an attribution. Token indices are [tokStart, tokEnd). */
export interface Cue {
  /**
   * `verb`: a reporting verb with a subject ("she said", "Republicans fear"); `noun`: a
   * reporting noun ("his claim that", "news that"); `according`: "according to X";
   * `agentless`: no source at all ("reportedly", "it is believed that", "X is said to",
   * "seems to", "a group called X", "was declared the winner"); `phrase`: another
   * construction made by the caller (colon introductions).
   */
  type: 'verb' | 'noun' | 'according' | 'agentless' | 'phrase';
  tokStart: number;
  tokEnd: number;
  /** The cue word itself (the verb of a verb cue). */
  head: number;
  lemma: string;
  stance: Stance;
  cueClass: CueClass;
  /** "did not say", "has never denied". */
  negated: boolean;
  /** Passive verb cues with an agent: the token of "by" ("was criticized by X"). */
  byAgent?: number;
  /** A reporting noun ("claim", "criticism", "plan"). */
  nominal?: boolean;
  /** Agentless cues: how the cue is built. */
  agentless?: 'adverb' | 'it-that' | 'raising' | 'naming';
  /**
   * Agentless cues that fix their own content, [a, b) in tokens: the thing named and its name
   * ("a group called Open Harbour"), the noun a reduced passive describes ("a clerk accused of fraud").
   */
  content?: { a: number; b: number };
  sentence: number;
}

/**
 * A stretch of one sentence, [ts, te): the whole sentence, or a piece of at most
 * `MAX_WINDOW` tokens of a very long one, so that every search around a cue stays bounded.
 */
export interface SentenceWindow {
  sentence: number;
  ts: number;
  te: number;
}

/** Tokens of a sentence looked at together (real sentences are far shorter; hostile text is not). */
export const MAX_WINDOW = 240;

/** The windows of sentence `s`. */
export function windowsOf(doc: SlantDocument, s: number): SentenceWindow[] {
  const { tokenStart, tokenEnd } = doc.sentences[s]!;
  const out: SentenceWindow[] = [];
  for (let a = tokenStart; a < tokenEnd; a += MAX_WINDOW) out.push({ sentence: s, ts: a, te: Math.min(tokenEnd, a + MAX_WINDOW) });
  return out;
}

/** The last window of sentence `s`. */
export function lastWindowOf(doc: SlantDocument, s: number): SentenceWindow {
  const { tokenStart, tokenEnd } = doc.sentences[s]!;
  return { sentence: s, ts: Math.max(tokenStart, tokenEnd - MAX_WINDOW), te: tokenEnd };
}

/** Adverbs that attribute with no source. */
const AGENTLESS_ADVERBS = new Map<string, CueSense>([
  ['reportedly', { cueClass: 'speech', stance: 'neutral' }],
  ['allegedly', { cueClass: 'speech', stance: 'distancing' }],
  ['purportedly', { cueClass: 'speech', stance: 'distancing' }],
  ['supposedly', { cueClass: 'speech', stance: 'distancing' }],
  ['seemingly', { cueClass: 'appearance', stance: 'neutral' }],
  ['ostensibly', { cueClass: 'appearance', stance: 'distancing' }],
]);
/** "X reportedly said / believes / plans": the verb is the cue; before other verbs ("reportedly agreed a deal") the adverb is. */
const ADVERB_DEFERS_TO = new Set(['say', 'tell', 'believe', 'think', 'feel', 'consider', 'fear', 'want', 'plan', 'warn', 'complain', 'claim', 'hope', 'intend', 'expect', 'deny', 'insist', 'argue', 'suggest', 'tweet', 'write', 'vow', 'threaten', 'urge', 'ask', 'describe', 'call', 'praise', 'criticize', 'criticise', 'blame', 'accuse']);
/** Verbs whose passive attributes with no agent: "it is believed that", "he is said to". */
const AGENTLESS_PASSIVES = new Set(['say', 'believe', 'think', 'expect', 'report', 'rumor', 'rumour', 'allege', 'know', 'consider', 'estimate', 'understand', 'suppose', 'fear', 'claim', 'see', 'announce', 'predict', 'project', 'ask', 'suggest', 'assume', 'hope', 'feel', 'view', 'regard', 'describe', 'deem', 'confirm', 'reveal', 'disclose', 'argue', 'note']);
/** Appearance verbs: "the plan seems to work", "it appears that", "the race looks closer", "that sounds like a threat". */
const APPEARANCE = new Set(['seem', 'appear', 'look', 'sound']);
/** After "appear": a place or an occasion, not an appearance ("appeared on stage", "appeared in court"). */
const APPEAR_PLACES = new Set(['on', 'onstage', 'at', 'in', 'before', 'with', 'alongside', 'together', 'live', 'for', 'from', 'inside', 'outside', 'next', 'beside', 'behind', 'here', 'there', 'again', 'briefly', 'publicly', 'remotely', 'via', 'during', 'after', 'twice', 'once', 'only']);
/**
 * Passives that attribute with no agent when a complement follows ("was declared the winner",
 * "were deemed ineligible", "is accused of fraud", "was not disclosed"): lemma → what must follow.
 * `complement`: a noun phrase, adjective, "as" or a quotation; `of`/`with`/`for`: that word;
 * `none`: nothing but adjuncts (or a complement).
 */
const PASSIVE_COMPLEMENTS = new Map<string, 'complement' | 'of' | 'with' | 'for' | 'none'>([
  ['declare', 'complement'],
  ['deem', 'complement'],
  ['consider', 'complement'],
  ['project', 'complement'],
  ['label', 'complement'],
  ['brand', 'complement'],
  ['hail', 'complement'],
  ['tout', 'complement'],
  ['describe', 'complement'],
  ['portray', 'complement'],
  ['announce', 'none'],
  ['disclose', 'none'],
  ['reveal', 'none'],
  ['accuse', 'of'],
  ['suspect', 'of'],
  ['charge', 'with'],
  ['criticize', 'for'],
  ['criticise', 'for'],
  ['blame', 'for'],
  ['condemn', 'for'],
  ['fault', 'for'],
  ['praise', 'for'],
]);
/** Reduced passives after a noun that attribute with no agent: "a clerk accused of fraud", "a judge considered a moderate". */
const REDUCED_PASSIVES = new Map<string, 'complement' | 'of'>([
  ['accuse', 'of'],
  ['suspect', 'of'],
  ['consider', 'complement'],
  ['deem', 'complement'],
]);
/** Participles that name something: "a group called Open Harbour", "the ferry, also known as the Blue Line". */
const NAMING_PARTICIPLES = new Set(['called', 'named', 'titled', 'entitled', 'dubbed', 'nicknamed', 'renamed', 'known', 'billed', 'styled']);
/** Naming participles that need "as" ("known as", "billed as"). */
const NAMING_WITH_AS = new Set(['known', 'billed', 'styled']);
/** Naming participles that in a passive appoint rather than name ("was named director"). */
const NAMING_NOT_PASSIVE = new Set(['named', 'renamed']);
/** Adverbs that may stand before a naming participle ("also known as", "derisively called"). */
const NAMING_ADVERBS = new Set(['also', 'better', 'now', 'commonly', 'widely', 'formerly', 'once', 'sometimes', 'often', 'popularly', 'officially', 'informally', 'locally', 'colloquially', 'variously', 'derisively', 'affectionately', 'mockingly', 'jokingly', 'aptly', 'fittingly', 'still', 'previously', 'originally', 'otherwise', 'generally', 'simply', 'internally', 'privately', 'sometimes', 'fondly', 'unofficially']);
/** Verbs that attribute only a clause (that, wh-, a quotation), not a bare object. */
const CLAUSE_ONLY = new Set(['add', 'know', 'realize', 'realise', 'understand', 'learn', 'hear', 'notice', 'discover', 'recognize', 'recognise', 'remember', 'forget', 'accept', 'figure', 'guess', 'imagine', 'determine', 'infer', 'sense', 'assume', 'presume', 'find', 'show', 'wonder', 'mean', 'concur', 'reckon', 'state', 'answer', 'continue', 'read', 'charge', 'maintain']);
/** Verbs that attribute only with an "as" complement or two objects ("views it as", "dubbed him X"). */
const AS_ONLY = new Set(['view', 'regard', 'frame', 'cast', 'paint', 'see']);
/** Verbs that attribute only a to-infinitive or a that-clause (or, for some, an object). */
const TO_ONLY = new Set(['seem', 'appear', 'aim', 'strive', 'endeavor', 'endeavour', 'volunteer', 'commit', 'resolve']);
/** Verbs whose -ing or bare use is too often not an attribution ("talk", "speak" alone). */
const PARTICLE_ONLY = new Set(['talk', 'speak', 'go', 'wave', 'laugh', 'shrug', 'play', 'hit', 'take', 'lash', 'rail', 'chime', 'pipe', 'weigh', 'spell', 'lay', 'point', 'push', 'lobby']);
const WH = new Set(['that', 'whether', 'if', 'why', 'how', 'what', 'who', 'whom', 'when', 'where', 'which']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'no', 'any', 'every', 'each', 'such']);
const PAST_PARTICIPLE_IRREGULAR = new Set(['said', 'told', 'thought', 'known', 'seen', 'heard', 'found', 'shown', 'written', 'felt', 'understood', 'taught', 'read', 'meant', 'held', 'made', 'given', 'taken', 'spoken', 'sworn', 'forgotten']);

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
export function findCues(doc: SlantDocument, window: SentenceWindow, lex: AttributionLexicons, blocked: (k: number) => boolean): Cue[] {
  const { sentence, ts, te } = window;
  const cues: Cue[] = [];
  const lower = doc.lower;
  for (let k = ts; k < te; k++) {
    if (blocked(k)) continue;
    const low = lower[k]!;
    const next = k + 1 < te ? lower[k + 1]! : '';
    const prev = k > ts ? lower[k - 1]! : '';

    if (low === 'according' && next === 'to') {
      cues.push({ type: 'according', tokStart: k, tokEnd: k + 2, head: k, lemma: 'according to', stance: 'neutral', cueClass: 'speech', negated: false, sentence });
      // the source phrase after "according to" holds no cue of its own ("according to reports")
      k += 1;
      while (k + 1 < te && !/^[,;.:!?]$/.test(doc.value[k + 1]!) && !isQuoteMark(doc, k + 1)) k++;
      continue;
    }
    // "In a county poll last month, the toll led by ten points": a finding that opens the sentence
    if (low === 'in' && k === ts) {
      const c = documentOpener(doc, k, te);
      if (c > 0) {
        cues.push({ type: 'according', tokStart: k, tokEnd: k + 1, head: k, lemma: 'in', stance: 'neutral', cueClass: 'document', negated: false, sentence });
        k = c - 1;
        continue;
      }
    }
    // "a group called Open Harbour", "the Islamic State, also known as ISIS", "is nicknamed “the Fixer”"
    if (NAMING_PARTICIPLES.has(low)) {
      const naming = namingCue(doc, k, ts, te, sentence);
      if (naming) {
        cues.push(naming);
        k = naming.tokEnd - 1;
        continue;
      }
    }
    const adverb = AGENTLESS_ADVERBS.get(low);
    if (adverb) {
      // "X reportedly said": the verb is the cue and X its source.
      let v = k + 1;
      while (v < te && isAdverbLike(doc, v)) v++;
      if (ADVERB_DEFERS_TO.has(doc.lemma[v] ?? '') && verbSense(doc, v, lex)) continue;
      cues.push({ type: 'agentless', tokStart: k, tokEnd: k + 1, head: k, lemma: low, ...adverb, negated: false, agentless: 'adverb', sentence });
      continue;
    }

    // "there are fears (that) …", "there were complaints about …": a reporting noun no one holds
    if (k - 2 >= ts && doc.isWord[k]) {
      const there = existentialNoun(doc, k, ts, te, lex, sentence);
      if (there) {
        cues.push(there);
        continue;
      }
    }
    // Verbs and verb-particle phrases.
    const sense = verbSense(doc, k, lex);
    if (sense) {
      const cue = verbCue(doc, k, ts, te, sense, lex, sentence);
      if (cue) {
        cues.push(cue);
        k = cue.tokEnd - 1;
      }
      continue;
    }
    // "Reports have emerged that ...", "rumours circulated that ...": reports with no source
    if (/^(?:reports|rumou?rs|word|news|speculation|claims|allegations)$/.test(low) && (doc.pos[k] === 'NOUN' || doc.pos[k] === 'PROPN') && !DETERMINERS.has(prev)) {
      let v = k + 1;
      while (v < te && v - k < 4 && (doc.pos[v] === 'AUX' || isAdverbLike(doc, v))) v++;
      if (/^(?:emerge|surface|circulate|spread|swirl|grow|mount)$/.test(doc.lemma[v] ?? '') && thatWithin(doc, v + 1, te)) {
        cues.push({ type: 'agentless', tokStart: k, tokEnd: v + 1, head: v, lemma: doc.lemma[v]!, stance: 'neutral', cueClass: 'speech', negated: false, agentless: 'it-that', sentence });
        k = v;
        continue;
      }
    }
    // Reporting nouns.
    const noun = nounSense(doc, k, lex);
    if (noun) {
      const cue = nounCue(doc, k, ts, te, noun, sentence);
      if (cue) cues.push(cue);
      continue;
    }
    void prev;
  }
  return cues;
}

/**
 * "There are fears the dam will fail", "there were numerous complaints that …", "there has been
 * speculation about …": a reporting noun after existential "there" + be, with its clause or
 * complement, and no source.
 */
function existentialNoun(doc: SlantDocument, k: number, ts: number, te: number, lex: AttributionLexicons, sentence: number): Cue | null {
  const low = doc.lower[k]!;
  const lemma = lex.cueNouns.has(low) ? low : low.endsWith('s') && lex.cueNouns.has(low.slice(0, -1)) ? low.slice(0, -1) : '';
  if (!lemma) return null;
  let j = k - 1;
  while (j > ts && k - j <= 3 && (doc.pos[j] === 'ADJ' || /^(?:some|many|no|few|new|growing|widespread|renewed|mounting|numerous|also|still|now)$/.test(doc.lower[j]!))) j--;
  if (doc.lower[j] === 'been' && /^(?:has|have|had)$/.test(doc.lower[j - 1] ?? '')) j--;
  if (!(BE_FORMS.has(doc.lower[j]!) || /^(?:has|have|had)$/.test(doc.lower[j]!)) || doc.lower[j - 1] !== 'there') return null;
  const next = doc.lower[k + 1] ?? '';
  if (!(next === 'that' || /^(?:about|over|of|on|for|whether)$/.test(next) || (next === 'to' && doc.pos[k + 2] === 'VERB') || takesClause(doc, k + 1, te))) return null;
  const sense = lex.cueNouns.get(lemma)!;
  return { type: 'agentless', tokStart: j - 1, tokEnd: k + 1, head: k, lemma, stance: sense.stance, cueClass: sense.cueClass, negated: false, sentence };
}

/** Documents that report findings when a sentence opens with "In …,": polls, surveys, studies, reports. */
const FINDING_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'report', 'reports', 'analysis', 'review', 'audit', 'census', 'tally', 'ranking', 'rankings', 'findings', 'data', 'figures', 'estimate', 'estimates', 'forecast', 'projections', 'filing', 'filings', 'memo', 'records', 'documents', 'index']);

/**
 * "In a county poll last month," / "In the latest survey, conducted in early May,": the comma after a
 * noun phrase headed by a finding noun, or -1. What the sentence says after it is what the
 * finding reports.
 */
function documentOpener(doc: SlantDocument, k: number, te: number): number {
  let head = -1;
  for (let c = k + 1; c < te && c - k < 16; c++) {
    const v = doc.value[c]!;
    if (v === ',') {
      // "In the latest survey, conducted in early May, 35 percent …": a participle phrase after the noun
      if (head >= 0 && /ed$/.test(doc.lower[c + 1] ?? '') && doc.pos[c + 1] === 'VERB') {
        let d = c + 2;
        while (d < te && d - c < 10 && doc.value[d] !== ',') d++;
        return doc.value[d] === ',' ? d : c;
      }
      return head >= 0 && c + 1 < te ? c : -1;
    }
    if (isQuoteMark(doc, c) || /^[;.:!?()]$/.test(v) && !(v === '.' && isCap(doc, c - 1))) return -1;
    if (FINDING_NOUNS.has(doc.lower[c]!) && (doc.pos[c] === 'NOUN' || doc.pos[c] === 'PROPN')) head = c;
    else if (head < 0 && (isVerb(doc, c) || doc.pos[c] === 'PRON' || doc.pos[c] === 'SCONJ')) return -1;
  }
  return -1;
}

/** The lexicon sense of a verb (or particle phrase) at token k, if it is used as a verb there. */
function verbSense(doc: SlantDocument, k: number, lex: AttributionLexicons): (CueSense & { lemma: string; end: number }) | null {
  const low = doc.lower[k] ?? '';
  let lem = doc.lemma[k] ?? '';
  // most tokens are no cue: leave them at the cost of two lookups
  if (lem !== 'be' && !lex.verbs.has(lem) && !lex.particleFirst.has(lem) && !low.endsWith('ed') && !low.endsWith('ing')) return null;
  // wink-nlp reads some -ing forms as adjectives with themselves as lemma: "is promising to"
  if (low.endsWith('ing') && !lex.verbs.has(lem) && !lex.particleFirst.has(lem)) {
    const stem = low.slice(0, -3);
    const base = [stem, `${stem}e`, stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2] ? stem.slice(0, -1) : ''].find((w) => w && (lex.verbs.has(w) || lex.particleFirst.has(w)));
    if (!base) return null;
    lem = base;
  }
  // wink-nlp tags some participles as adjectives with themselves as lemma ("alleged", "tweeted").
  if (!lex.verbs.has(lem) && !lex.particleFirst.has(lem) && low.endsWith('ed')) lem = lex.verbs.has(low.slice(0, -1)) ? low.slice(0, -1) : lex.verbs.has(low.slice(0, -2)) ? low.slice(0, -2) : lem;
  if (lem === 'be') {
    // "is (deeply) concerned that", "are not sure whether": be + adjective
    let a = k + 1;
    while (a < doc.tokenCount && a < k + 4 && (doc.pos[a] === 'ADV' || NEGATIONS.has(doc.lower[a]!))) a++;
    const phrase = lex.particlePhrases.get(`be ${doc.lower[a] ?? ''}`);
    return phrase && (doc.pos[a] === 'ADJ' || doc.pos[a] === 'VERB') ? { ...phrase, lemma: `be ${doc.lower[a]}`, end: a + 1 } : null;
  }
  if (lex.particleFirst.has(lem)) {
    // the longest phrase first: "speak out against" before "speak out"
    for (let n = 3; n >= 1; n--) {
      const words = doc.lower.slice(k + 1, k + 1 + n);
      if (words.length < n) continue;
      const phrase = lex.particlePhrases.get(`${lem} ${words.join(' ')}`);
      if (phrase && isVerbUse(doc, k)) return { ...phrase, lemma: `${lem} ${words.join(' ')}`, end: k + 1 + n };
    }
  }
  const sense = lex.verbs.get(lem);
  if (!sense || PARTICLE_ONLY.has(lem)) return null;
  if (!isVerbUse(doc, k)) return null;
  return { ...sense, lemma: lem, end: k + 1 };
}

/** Is the token used as a verb (not "the said property", "a call", "his support")? */
function isVerbUse(doc: SlantDocument, k: number): boolean {
  const pos = doc.pos[k]!;
  if (k > 0 && doc.value[k - 1] === '-' && doc.start[k] === doc.end[k - 1]) return false; // "best-known", "so-called"
  const low = doc.lower[k]!;
  const prev = doc.lower[k - 1] ?? '';
  if (DETERMINERS.has(prev) || isPossessiveBefore(doc, k)) return false;
  // "270 pledged delegates": a participle between a number and its noun
  if (doc.pos[k - 1] === 'NUM' && /ed$/.test(low) && doc.pos[k + 1] === 'NOUN') return false;
  if (pos === 'VERB' || pos === 'AUX') return true;
  // "is promising to", "are demanding": an -ing form after an auxiliary
  if (/ing$/.test(low)) {
    let j = k - 1;
    while (j >= 0 && (doc.pos[j] === 'ADV' || NEGATIONS.has(doc.lower[j]!))) j--;
    if (j >= 0 && doc.pos[j] === 'AUX') return true;
    // ", chiding the media", "while urging voters to": a participle read as a noun, with an object
    // (not after "and", where a noun-tagged -ing form is as often a gerund: "jobs and lending")
    return j >= 0 && /^(?:,|while|by|after|before|without)$/.test(doc.lower[j]!) && (/^(?:DET|PRON|PROPN|NUM)$/.test(doc.pos[k + 1] ?? '') || /^(?:that|whether|to)$/.test(doc.lower[k + 1] ?? ''));
  }
  // wink-nlp sometimes tags "says", "tweeted", "alleged" as nouns or adjectives.
  if (low === 'says' || low === 'said') return true;
  if ((pos === 'ADJ' || pos === 'NOUN' || pos === 'PROPN') && /(?:ed|s)$/.test(low)) return doc.lower[k + 1] === 'that' || (k > 0 && (doc.pos[k - 1] === 'PRON' || doc.pos[k - 1] === 'PROPN'));
  // "Farmers fear the dam will fail": a base form read as a noun after a plural subject
  if (pos === 'NOUN' && k > 0) {
    const prevPos = doc.pos[k - 1];
    // also after a quantifier or a number standing for people: "Some say …", "Seven in 10 say …"
    const subject = (prevPos === 'NOUN' || prevPos === 'PROPN') && /s$/.test(prev) ? true : (prevPos === 'PRON' && /^(?:they|we|i|you)$/.test(prev)) || /^(?:some|many|others|most|few|several|both|all)$/.test(prev) || (prevPos === 'NUM' && !/^(?:one|1)$/.test(prev));
    const object = /^(?:DET|PRON|PROPN|NUM|SCONJ)$/.test(doc.pos[k + 1] ?? '') || doc.lower[k + 1] === 'that';
    // "logs from the contractor show that two users …": a clause after "that" makes it a verb
    const clause = (prevPos === 'NOUN' || prevPos === 'PROPN') && doc.lower[k + 1] === 'that' && takesClause(doc, k + 2, doc.tokenCount);
    // "…, tax records show.": a plural document noun, then the verb closing the clause
    const closing = /^[.,;]$/.test(doc.value[k + 1] ?? '') && DOCUMENT_NOUNS.has(prev) && /s$/.test(prev);
    return (subject && (object || closing)) || clause;
  }
  return false;
}

const isPossessiveBefore = (doc: SlantDocument, k: number) => k > 1 && isPossessive(doc, k - 1);

function verbCue(doc: SlantDocument, k: number, ts: number, te: number, sense: CueSense & { lemma: string; end: number }, lex: AttributionLexicons, sentence: number): Cue | null {
  const { lemma, end } = sense;
  const low = doc.lower[k]!;
  const next = doc.lower[end] ?? '';
  const prev = k > ts ? doc.lower[k - 1]! : '';
  if (low === 'told' && prev === 'all') return null; // all told
  if (low === 'said' && prev === 'that' && k - 1 === ts && next === ',') return null; // "That said, ..."
  if ((lemma === 'be divided' || lemma === 'be split') && !/^(?:on|over|about|whether|in)$/.test(next)) return null;
  if (prev === 'as' && /ed$|said|known/.test(low) && !['by'].includes(next)) return null; // as expected, as reported
  // Auxiliaries, negation and adverbs before the verb.
  let j = k - 1;
  let negated = false;
  let be = -1;
  while (j >= ts && k - j <= 5 && isAdverbLike(doc, j)) {
    if (NEGATIONS.has(doc.lower[j]!)) negated = true;
    if (BE_FORMS.has(doc.lower[j]!) && be < 0) be = j;
    j--;
  }
  for (let t = k + 1; t < end; t++) if (NEGATIONS.has(doc.lower[t]!)) negated = true; // "is not sure"
  const participle = !lemma.startsWith('be ') && (/(?:ed|en)$/.test(low) || PAST_PARTICIPLE_IRREGULAR.has(low));
  const base = { tokStart: k, tokEnd: end, head: k, lemma, stance: negated ? ('neutral' as Stance) : sense.stance, cueClass: sense.cueClass, negated, sentence };
  // "seems to", "appears that": appearance with no source, unless a cue verb follows ("appeared to suggest").
  if (APPEARANCE.has(lemma)) return appearanceCue(doc, end, j, te, lemma, base);
  // Passive: "was criticized by X", "it is believed that", "he is said to", "was declared the winner".
  if (be >= 0 && participle) {
    let a = end;
    while (a < te && isAdverbLike(doc, a)) a++;
    if (doc.lower[a] === 'by') return { type: 'verb', ...base, byAgent: a };
    if (AGENTLESS_PASSIVES.has(lemma)) {
      const it = doc.lower[j] === 'it';
      if (it && (WH.has(doc.lower[a]!) || thatWithin(doc, a, te))) return { type: 'agentless', ...base, tokStart: j, agentless: 'it-that' };
      if (doc.lower[a] === 'to' || doc.lower[a] === 'as') return { type: 'agentless', ...base, tokStart: be, agentless: 'raising' };
      if (lemma === 'ask') return { type: 'agentless', ...base, tokStart: be, agentless: 'raising' };
    }
    if (passiveComplement(doc, a, te, PASSIVE_COMPLEMENTS.get(lemma))) return { type: 'agentless', ...base, tokStart: be, agentless: 'raising' };
    return null;
  }
  // A participle after a noun with "by": "a goal set by the council".
  if (participle && doc.pos[k - 1] === 'NOUN' && next === 'by' && lemma !== 'say') return { type: 'verb', ...base, byAgent: end };
  // "a clerk accused of fraud", "Ruiz, a judge considered a moderate,": a reduced passive after a noun, with no agent
  const reduced = participle && be < 0 ? reducedPassive(doc, k, end, ts, te, lemma) : null;
  if (reduced) return { type: 'agentless', ...base, agentless: 'raising', content: reduced };
  // "24 people said to be members": a hedge with no speaker
  if (low === 'said' && next === 'to' && (doc.lower[end + 1] === 'be' || doc.lower[end + 1] === 'have')) return { type: 'agentless', ...base, agentless: 'raising' };
  if (!allowedInConstruction(doc, k, end, ts, te, lemma)) return null;
  // "continued, adding that": one cue
  if (lemma === 'continue' && next === ',' && doc.lower[end + 1] === 'adding') return { type: 'verb', ...base, tokEnd: end + 2 };
  return { type: 'verb', ...base };
}

/**
 * Appearance with no perceiver: "seems to", "appeared tired", "it appears that", "looks like a
 * win", "sounded confident". Not "appeared on stage", "look at", "looking to", "sounded the alarm".
 */
function appearanceCue(doc: SlantDocument, end: number, j: number, te: number, lemma: string, base: Omit<Cue, 'type'>): Cue | null {
  let a = end;
  while (a < te && isAdverbLike(doc, a) && !(lemma === 'appear' && APPEAR_PLACES.has(doc.lower[a]!)) && !comparative(doc, a)) a++;
  const w = doc.lower[a] ?? '';
  const raising: Cue = { type: 'agentless', ...base, agentless: 'raising' };
  if (a >= te || (lemma === 'appear' && APPEAR_PLACES.has(w))) return null;
  if (w === 'like' && a + 1 < te && !isPunct(doc, a + 1)) return raising;
  if (w === 'as' && (doc.lower[a + 1] === 'if' || doc.lower[a + 1] === 'though')) return raising;
  // "appeared tired", "looks closer", "seemed poised to", "seemed meant for"
  if (doc.pos[a] === 'ADJ' || (doc.pos[a] === 'VERB' && /ed$/.test(w)) || comparative(doc, a)) return raising;
  if (lemma === 'look' || lemma === 'sound') return null;
  if (w === 'to' || w === 'that') return raising;
  // "it seems the ferry will …"
  if (doc.lower[j] === 'it' && takesClause(doc, a, te)) return { ...raising, tokStart: j, agentless: 'it-that' };
  // "seemed a reminder that …", "seemed beside the point": "seem" links whatever follows
  if (lemma === 'seem' && !isPunct(doc, a) && !/^(?:and|but|or|so)$/.test(w)) return raising;
  return null;
}

/** "closer", "stronger" read as an adverb (not "later", "never", "together"). */
function comparative(doc: SlantDocument, a: number): boolean {
  return doc.pos[a] === 'ADV' && /[^e]er$/.test(doc.lower[a]!) && !/^(?:later|earlier|ever|never|together|rather|further|either|over|after|under|hereafter|thereafter|altogether|whatever|however|whenever|wherever|forever)$/.test(doc.lower[a]!);
}

/** Time words after a passive: "will be considered next week" is no complement. */
const TIME_WORDS = new Set(['next', 'last', 'this', 'later', 'earlier', 'early', 'soon', 'today', 'tomorrow', 'yesterday', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'each', 'every', 'once', 'twice', 'again', 'first', 'shortly', 'immediately']);

/** Does what follows a passive participle at `a` complete an agentless attribution (see PASSIVE_COMPLEMENTS)? */
function passiveComplement(doc: SlantDocument, a: number, te: number, need: 'complement' | 'of' | 'with' | 'for' | 'none' | undefined): boolean {
  if (!need) return false;
  const w = doc.lower[a] ?? '';
  if (need === 'of' || need === 'with') return w === need && a + 1 < te;
  const complement = a < te && (w === 'as' || isQuoteMark(doc, a) || (/^(?:DET|ADJ|NUM)$/.test(doc.pos[a]!) && !WH.has(w) && !TIME_WORDS.has(w)));
  if (need === 'complement') return complement;
  if (need === 'for') return (w === 'for' && a + 1 < te) || w === 'as' || nothingAfter(doc, a, te);
  return complement || nothingAfter(doc, a, te);
}

/**
 * "a clerk accused of fraud", "Ruiz, a judge considered a moderate,": the noun phrase before a
 * reduced passive and the complement after it, up to the next punctuation; or null. A
 * "considered"/"deemed" after a subject is active ("The board considered a bill"), so those
 * need a noun phrase that is not the sentence's subject.
 */
function reducedPassive(doc: SlantDocument, k: number, end: number, ts: number, te: number, lemma: string): { a: number; b: number } | null {
  const need = REDUCED_PASSIVES.get(lemma);
  if (!need || !(doc.pos[k - 1] === 'NOUN' || doc.pos[k - 1] === 'PROPN')) return null;
  if (need === 'of' ? doc.lower[end] !== 'of' : !passiveComplement(doc, end, te, 'complement')) return null;
  const np = nounPhraseBefore(doc, k - 1, ts);
  if (!np || np.b !== k) return null;
  if (need === 'complement' && !(np.a > ts && (doc.value[np.a - 1] === ',' || doc.pos[np.a - 1] === 'ADP' || doc.pos[np.a - 1] === 'VERB'))) return null;
  return { a: np.a, b: phraseEnd(doc, end + 1, te) };
}

/**
 * Does the noun phrase open its clause as a definite subject ("The senator called Ruiz a liar"),
 * rather than stand as an object or an indefinite ("met a man called Brown", "a group called …")?
 */
function opensClause(doc: SlantDocument, np: { a: number; b: number }, ts: number): boolean {
  const opens = np.a === ts || /^[,;:(—–]$/.test(doc.value[np.a - 1] ?? '') || /^(?:and|but|while|when|after|because|as|if|that|who)$/.test(doc.lower[np.a - 1] ?? '');
  return opens && !/^(?:a|an|one|some|two|three)$/.test(doc.lower[np.a]!);
}

/** The end of a phrase that runs from `a` to the next punctuation outside a quotation, within 40 tokens. */
function phraseEnd(doc: SlantDocument, a: number, te: number): number {
  let b = a;
  while (b < te && b - a < 40 && !(/^[,;:.!?()—–]$/.test(doc.value[b]!) && !(doc.value[b] === '.' && isCap(doc, b - 1) && doc.value[b - 1]!.length <= 3))) b++;
  return b;
}

/**
 * "a group called Open Harbour", "the Islamic State, also known as ISIS", "an ad titled
 * “Dawn”", "the ferry is nicknamed “the Slug”", "a method known as fracking": what something is
 * called, with no one who calls it (class `naming`, no source). The name after the participle
 * must be a quotation or capitalised (any noun phrase after "known as"); the thing named is the
 * noun phrase before it (a reduced relative or an appositive) or the subject of a passive. Not
 * "called him", "called for", "was named director", "named after", "so-called".
 */
function namingCue(doc: SlantDocument, k: number, ts: number, te: number, sentence: number): Cue | null {
  const low = doc.lower[k]!;
  let end = k + 1;
  if (low === 'known' && doc.lower[k + 1] === 'for') return reputationCue(doc, k, ts, te, sentence);
  if (NAMING_WITH_AS.has(low)) {
    if (doc.lower[k + 1] !== 'as') return null;
    end = k + 2;
  }
  if (k > ts && doc.value[k - 1] === '-' && doc.start[k] === doc.end[k - 1]) return null; // "so-called", "well-known"
  let j = k - 1;
  while (j >= ts && k - j <= 3 && (NAMING_ADVERBS.has(doc.lower[j]!) || (doc.pos[j] === 'ADV' && /ly$/.test(doc.lower[j]!)))) j--;
  if (j < ts) return null;
  const passive = BE_FORMS.has(doc.lower[j]!);
  if (passive && NAMING_NOT_PASSIVE.has(low)) return null;
  const name = nameAfter(doc, end, te, NAMING_WITH_AS.has(low));
  if (name < 0 || doc.lower[name] === 'by') return null;
  let thing: number;
  if (passive) thing = clauseStart(doc, j, ts);
  else {
    // "the Islamic State, also known as ISIS": an appositive after a comma
    const head = doc.value[j] === ',' && (NAMING_WITH_AS.has(low) || /^(?:titled|entitled|dubbed|nicknamed)$/.test(low)) ? j - 1 : j;
    if (!(doc.pos[head] === 'NOUN' || doc.pos[head] === 'PROPN' || (isQuoteMark(doc, head) && head !== j))) return null;
    const np = nounPhraseBefore(doc, head, ts);
    if (!np) return null;
    // "The senator called Ruiz a liar": after a subject that opens the clause, "called" is the verb;
    // an indefinite noun ("a group called …") or one after a verb or preposition is named
    if (!NAMING_WITH_AS.has(low) && head === j && opensClause(doc, np, ts)) return null;
    thing = np.a;
  }
  if (NEGATIONS.has(doc.lower[j]!) || doc.lower[j - 1] === 'not') return null;
  return { type: 'agentless', tokStart: passive ? j : j + 1, tokEnd: end, head: k, lemma: NAMING_WITH_AS.has(low) ? `${low} as` : low, stance: /^derisively|mockingly$/.test(doc.lower[k - 1]!) ? 'distancing' : 'neutral', cueClass: 'naming', negated: false, agentless: 'naming', content: { a: thing, b: name }, sentence };
}

/**
 * "Ruiz is best known for the harbour bridge", "a senator known for his temper": a reputation,
 * held by no one named (class `belief`, no source). The content is the clause (passive) or the
 * noun phrase with what it is known for (after a noun).
 */
function reputationCue(doc: SlantDocument, k: number, ts: number, te: number, sentence: number): Cue | null {
  let j = k - 1;
  while (j >= ts && k - j <= 4 && (isAdverbLike(doc, j) || /^(?:best|well|widely|most|perhaps)$/.test(doc.lower[j]!)) && !BE_FORMS.has(doc.lower[j]!)) j--;
  if (j < ts || k + 2 >= te || NEGATIONS.has(doc.lower[j + 1] ?? '')) return null;
  const base = { tokEnd: k + 2, head: k, lemma: 'known for', stance: 'neutral' as Stance, cueClass: 'belief' as CueClass, negated: false, sentence };
  if (BE_FORMS.has(doc.lower[j]!)) return { type: 'agentless', ...base, tokStart: j, agentless: 'raising' };
  if (!(doc.pos[j] === 'NOUN' || doc.pos[j] === 'PROPN') || j !== k - 1) return null;
  const np = nounPhraseBefore(doc, j, ts);
  return np ? { type: 'agentless', ...base, tokStart: k, agentless: 'raising', content: { a: np.a, b: phraseEnd(doc, k + 2, te) } } : null;
}

/**
 * The end of the name after a naming participle, or -1: a quotation ("titled “Dawn”"),
 * capitalised words with small joining words ("called the Port of Elm Bay Authority", "ISIS
 * or ISIL"), and with `anyNoun` a lower-case noun phrase ("known as fracking").
 */
function nameAfter(doc: SlantDocument, a: number, te: number, anyNoun: boolean): number {
  if (a >= te) return -1;
  if (isQuoteMark(doc, a)) {
    for (let q = a + 1; q < te && q - a < 30; q++) if (isQuoteMark(doc, q)) return q + 1;
    return -1;
  }
  let b = a;
  if (doc.lower[b] === 'the' && isCap(doc, b + 1)) b++;
  while (b < te && b - a < 12) {
    if (isCap(doc, b) && !isPunct(doc, b) && doc.pos[b] !== 'PRON') b++;
    else if (b > a && /^(?:of|the|and|or|for|&|de|la|del|von|van|-)$/.test(doc.lower[b]!) && isCap(doc, b + 1)) b++;
    else if (b > a && isPossessive(doc, b)) b++;
    else break;
  }
  if (b > a && !(b === a + 1 && doc.lower[a] === 'the')) return b;
  if (!anyNoun || isPunct(doc, a)) return -1;
  const np = nounPhraseAfter(doc, a, te);
  // "known as fracking" (read as a verb), "known as one of the best players"
  return np && np.b > np.a ? np.b : Math.min(phraseEnd(doc, a, te), a + 8);
}

/** Constructions some verbs need before they attribute anything. */
function allowedInConstruction(doc: SlantDocument, k: number, end: number, ts: number, te: number, lemma: string): boolean {
  const next = end < te ? doc.lower[end]! : '';
  const prev = k > ts ? doc.lower[k - 1]! : '';
  const low = doc.lower[k]!;
  const quoteSoon = () => {
    for (let j = end; j < Math.min(te, end + 8); j++) if (isQuoteMark(doc, j)) return true;
    return false;
  };
  // "as Varga put it": only after "as" ("put it on the table" is no cue)
  if (lemma === 'put it') {
    for (let t = k - 1; t >= ts && k - t <= 8; t--) {
      if (doc.lower[t] === 'as') return true;
      if (isPunct(doc, t) || isVerb(doc, t)) return false;
    }
    return false;
  }
  if (lemma.includes(' ')) return true; // particle phrases carry their construction
  // "“…,” added her chief of staff", "“…,” read one banner": the quotation before is the content
  // (also behind the subject: "“…,” he continued")
  let q = k - 1;
  while (q >= ts && k - q <= 6 && !isQuoteMark(doc, q) && /^(?:PRON|PROPN|NOUN|DET|ADJ|NUM)$/.test(doc.pos[q]!) && !DETERMINERS.has(doc.lower[k - 1]!)) q--;
  const quoteBefore = q >= ts && (isQuoteMark(doc, q) || (doc.value[q] === ',' && q - 1 >= ts && isQuoteMark(doc, q - 1)));
  if (quoteBefore && (CLAUSE_ONLY.has(lemma) || ['read', 'state', 'answer', 'continue'].includes(lemma))) return true;
  switch (lemma) {
    case 'call': {
      // "called it “...”", "called the plan a disaster"; not "a man called Brown", "called off"
      if (['off', 'up', 'back', 'in', 'out', 'it quits'].includes(next)) return false;
      // "called him on Monday", "she called Ruiz.": a telephone call, with nothing said of the person
      if (/^(?:PRON|PROPN)$/.test(doc.pos[end] ?? '') && !(doc.lower[end] === 'it' || doc.lower[end] === 'this' || doc.lower[end] === 'that')) {
        let o = end + 1;
        while (o < te && o - end < 4 && doc.pos[o] === 'PROPN') o++;
        if (o >= te || /^(?:on|at|to|from|after|before|during|last|this|yesterday|today|again|back|twice|once|late|early|and|but|[.,;!?])$/.test(doc.lower[o]!)) return false;
      }
      if (doc.pos[k - 1] === 'NOUN' || doc.pos[k - 1] === 'PROPN' ? /ed$/.test(low) && prev !== 'who' && !isSubjectLike(doc, k - 1) : false) {
        // "The senator called Ruiz a liar": a subject that opens the clause; "a man called Brown" is a name (see namingCue)
        const np = nounPhraseBefore(doc, k - 1, ts);
        if (!np || np.b !== k || !opensClause(doc, np, ts)) return false;
      }
      return true;
    }
    case 'respond':
      return next !== 'by' && next !== 'well' && next !== 'quickly';
    case 'believe':
      // "can't believe it", "believe me"; but "believe it would fail" is a clause
      return !(next === 'me' || (next === 'it' && !takesClause(doc, end, te)));
    case 'continue':
      return next === ':' || (next === ',' && (doc.lower[end + 1] === 'adding' || isQuoteMark(doc, end + 1))) || next === 'that';
    case 'read':
      return (next === 'a' && doc.lower[end + 1] === 'statement') || next === ':' || quoteSoon();
    case 'charge':
      // "charged that …", "“…,” she charged"; not "charged more than the bus", "charged with murder"
      return next === 'that' || next === ':' || quoteSoon() || nothingAfter(doc, end, te);
    case 'accuse':
    case 'allege':
      // "charged with murder", "accused of": labels, not speech.
      return next !== 'with' && !(next === 'of' && lemma === 'accuse');
    case 'answer':
    case 'state':
      return next === 'that' || next === ':' || next === ',' || quoteSoon() || WH.has(next) || nothingAfter(doc, end, te);
    case 'post':
    case 'publish':
    case 'text':
    case 'email':
      return next === 'that' || next === ':' || next === ',' || next === 'on' || quoteSoon() || nothingAfter(doc, end, te);
    case 'back':
    case 'support':
      // a base form read as a noun passed isVerbUse only with a plural subject and an object ("three-quarters support a ban")
      return (doc.pos[k] === 'VERB' || doc.pos[k] === 'NOUN') && next !== 'up' && next !== 'off' && next !== 'down' && next !== 'away';
    case 'mean':
      return false;
    case 'say':
      // "the result says a lot about ...": an idiom, not a report
      return !(/^(?:a|little|much|something|nothing|volumes|more|less|plenty|everything|anything)$/.test(next) && (next !== 'a' || doc.lower[end + 1] === 'lot') && doc.lower[end + (next === 'a' ? 2 : 1)] === 'about');
    case 'report': {
      let n = end;
      while (n < te && isAdverbLike(doc, n)) n++;
      return (low !== 'reporting' || prev === ',') && doc.lower[n] !== 'to';
    }
    case 'press':
      return !/^(?:secretary|release|releases|conference|office|corps|briefing|aide|aides|gallery|freedom)$/.test(next) && doc.pos[k] === 'VERB';
    default:
      break;
  }
  // "found in 2019 that": "that" behind a short adjunct
  if (CLAUSE_ONLY.has(lemma)) return takesClause(doc, end, te) || nothingAfter(doc, end, te) || thatWithin(doc, end, te) || (lemma === 'find' || lemma === 'show' ? documentSubject(doc, k, ts) : false);
  if (AS_ONLY.has(lemma)) return hasAsComplement(doc, end, te) || (lemma === 'see' && takesClause(doc, end, te));
  if (TO_ONLY.has(lemma)) return next === 'to' || next === 'that';
  return true;
}

/** Does a clause (that, wh-, a quotation, a colon, or a finite clause) start at or near `a`? */
export function takesClause(doc: SlantDocument, a: number, te: number): boolean {
  let j = a;
  while (j < te && (isAdverbLike(doc, j) || doc.value[j] === ',')) j++;
  const low = doc.lower[j] ?? '';
  if (WH.has(low) || low === ':' || isQuoteMark(doc, j)) return true;
  // zero-that clause: a subject then a finite verb before any punctuation
  if (!(doc.pos[j] === 'PRON' || doc.pos[j] === 'DET' || doc.pos[j] === 'PROPN' || doc.pos[j] === 'NOUN' || doc.pos[j] === 'NUM' || doc.pos[j] === 'ADJ')) return false;
  for (let t = j + 1; t < te && t < j + 8; t++) {
    if (isPunct(doc, t)) return false;
    if (isVerb(doc, t) && doc.lower[t - 1] !== 'to') return doc.pos[t] === 'AUX' || (/(?:s|ed)$/.test(doc.lower[t]!) && !/ing$/.test(doc.lower[t]!)) || (doc.lemma[t] !== doc.lower[t] && !/(?:ing|en)$/.test(doc.lower[t]!));
  }
  return false;
}

/** "that" within a few tokens, behind a time phrase ("reported on Monday that"). */
function thatWithin(doc: SlantDocument, a: number, te: number): boolean {
  for (let j = a; j < te && j < a + 6; j++) {
    if (doc.lower[j] === 'that') return true;
    if (isPunct(doc, j) || (doc.pos[j] === 'VERB' && j > a)) return false;
  }
  return false;
}

/** Only adjuncts and punctuation follow (the content came before: "“...,” she added on Monday."). */
function nothingAfter(doc: SlantDocument, a: number, te: number): boolean {
  let j = a;
  while (j < te && (isAdverbLike(doc, j) || /^(?:on|last|this|late|early|earlier|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|week|month|night|morning|afternoon|evening)$/.test(doc.lower[j]!))) j++;
  // "added to People.", "wrote in the Herald on Monday."
  if (/^(?:to|in|on|at|during|for)$/.test(doc.lower[j] ?? '')) {
    let e = j + 1;
    while (e < te && e - j < 8 && (doc.pos[e] === 'DET' || doc.pos[e] === 'ADJ' || doc.pos[e] === 'NOUN' || doc.pos[e] === 'PROPN' || doc.pos[e] === 'NUM' || isCap(doc, e))) e++;
    if (e > j + 1) j = e;
  }
  return j >= te || (isPunct(doc, j) && doc.value[j] !== '(' && !isQuoteMark(doc, j)) || isQuoteMark(doc, j);
}

function hasAsComplement(doc: SlantDocument, a: number, te: number): boolean {
  for (let t = a; t < te && t < a + 10; t++) {
    if (doc.lower[t] === 'as') return true;
    if (isPunct(doc, t) && !/^['’]s?$/.test(doc.value[t]!)) return false;
  }
  return false;
}

/** A subject-like token before a verb: a name, pronoun or noun that can speak. */
function isSubjectLike(doc: SlantDocument, k: number): boolean {
  return doc.pos[k] === 'PRON' || (doc.pos[k] === 'PROPN' && doc.pos[k - 1] !== 'DET');
}

/** Is the subject of the verb at k a document or finding ("the study", "a Gallup poll")? */
export function documentSubject(doc: SlantDocument, k: number, ts: number): boolean {
  let j = k - 1;
  while (j >= ts && isAdverbLike(doc, j)) j--;
  // the head may stand a few words back: "A video from the hearing shows", "A county poll out Monday found",
  // also behind a participle phrase: "New polls released Sunday showed", "A harbour poll, conducted in May, shows"
  for (let t = j; t >= ts && j - t < 20; t--) {
    if (DOCUMENT_NOUNS.has(doc.lower[t]!) && (doc.pos[t] === 'NOUN' || doc.pos[t] === 'PROPN')) return true;
    const participle = doc.pos[t] === 'VERB' && /(?:ed|en)$/.test(doc.lower[t]!) && (doc.pos[t - 1] === 'NOUN' || doc.pos[t - 1] === 'PROPN' || doc.value[t - 1] === ',');
    // a comma that closes a participle phrase right before the verb, or opens one
    const comma = doc.value[t] === ',' && (t === j || (doc.pos[t + 1] === 'VERB' && /(?:ed|en)$/.test(doc.lower[t + 1]!)));
    if (participle || comma) continue;
    if ((isPunct(doc, t) && doc.value[t] !== '.') || isVerb(doc, t) || /^(?:that|who|which|and|but|while|when|as|if)$/.test(doc.lower[t]!)) return false;
  }
  return false;
}

/** The prepositions that introduce what a reporting noun of each class is about. */
const PREPOSITIONS_BY_CLASS: Partial<Record<CueClass, Set<string>>> = {
  evaluation: new Set(['of', 'for', 'on', 'against', 'to', 'toward', 'towards', 'over']),
  speech: new Set(['about', 'of', 'on', 'against', 'for', 'over']),
  question: new Set(['about', 'over', 'on', 'of']),
  belief: new Set(['about', 'over']),
};

/** Words before "debate" that make it an event (a televised debate), not a dispute. */
const DEBATE_EVENTS = new Set(['presidential', 'primary', 'televised', 'vice-presidential', 'first', 'second', 'third', 'fourth', 'final', 'last', 'next', 'upcoming', 'general', 'election', 'candidates', 'tonight', 'town-hall', 'undercard', 'prime-time', 'mayoral', 'gubernatorial', 'senate', 'party', 'leaders', 'leadership']);

/** Nouns that attribute only a that-clause: "a report that", not "a report on the economy". */
const CLAUSE_NOUNS_ONLY = new Set(['report', 'account', 'case', 'word', 'talk', 'news', 'order', 'description', 'message', 'response', 'reply', 'answer', 'statement', 'argument', 'campaign', 'push', 'effort', 'attempt', 'bid', 'goal', 'aim', 'position', 'stance', 'sense', 'feeling', 'idea', 'notion', 'theory', 'estimate', 'projection', 'forecast', 'finding', 'verdict', 'assessment', 'judgment', 'judgement', 'perception', 'understanding', 'view', 'opinion', 'challenge', 'protest', 'attack']);

function nounSense(doc: SlantDocument, k: number, lex: AttributionLexicons): (CueSense & { lemma: string }) | null {
  // a capitalised common noun at the start of a sentence is tagged as a name: "News that ..."
  if (doc.pos[k] !== 'NOUN' && !(doc.pos[k] === 'PROPN' && doc.sentences[doc.sentenceOf[k]!]!.tokenStart === k)) return null;
  const low = doc.lower[k]!;
  const sense = lex.cueNouns.get(low) ?? (low.endsWith('s') ? lex.cueNouns.get(low.slice(0, -1)) : undefined) ?? (low.endsWith('ies') ? lex.cueNouns.get(`${low.slice(0, -3)}y`) : undefined);
  return sense ? { ...sense, lemma: lex.cueNouns.has(low) ? low : low.endsWith('ies') ? `${low.slice(0, -3)}y` : low.slice(0, -1) } : null;
}

/**
 * A reporting noun with its content: "the claim that ...", "news that ..." (a that-clause),
 * "his plan to ...", "Ruiz's criticism of ...", "their support for ..." (a possessor, then an
 * infinitive or a complement).
 */
function nounCue(doc: SlantDocument, k: number, ts: number, te: number, sense: CueSense & { lemma: string }, sentence: number): Cue | null {
  const next = doc.lower[k + 1] ?? '';
  const possessed = isPossessiveBefore(doc, k) || ['his', 'her', 'their', 'its', 'our', 'my', 'your'].includes(doc.lower[k - 1] ?? '') || (doc.pos[k - 1] === 'ADJ' && (isPossessiveBefore(doc, k - 1) || ['his', 'her', 'their', 'its'].includes(doc.lower[k - 2] ?? '')));
  const base = { tokStart: k, tokEnd: k + 1, head: k, lemma: sense.lemma, stance: sense.stance, cueClass: sense.cueClass, negated: false, nominal: true, sentence };
  const type = possessed ? 'noun' : 'agentless';
  // "the presidential debate", "Tuesday’s Republican debate that …": the event, not what is debated
  if (sense.lemma === 'debate' && (next === 'that' || isCap(doc, k - 1) || isPossessiveBefore(doc, k) || DEBATE_EVENTS.has(doc.lower[k - 1] ?? ''))) return null;
  if (next === 'that' && k + 2 < te && takesClause(doc, k + 2, te)) return { type, ...base };
  // "the question is whether …", "the fear was that …": the clause after a form of "be"
  if ((next === 'is' || next === 'was' || next === 'remains') && k + 2 < te && (doc.lower[k + 2] === 'that' || (sense.cueClass === 'question' && WH.has(doc.lower[k + 2]!))) && doc.pos[k + 1] !== 'NOUN') return { type, ...base, tokEnd: k + 2 };
  // "his plan to", "a decision to", "their refusal to": an infinitive after intentions, promises, refusals, calls
  if (next === 'to' && k + 2 < te && doc.pos[k + 2] === 'VERB') return sense.cueClass === 'belief' ? null : { type, ...base };
  // "her criticism of", "support for", "questions about", "his attack on": a complement
  const preps = PREPOSITIONS_BY_CLASS[sense.cueClass];
  // a generic noun ("attack", "position", "view") attributes its complement only with a possessor: "her position on"
  if (preps && preps.has(next) && (possessed || !CLAUSE_NOUNS_ONLY.has(sense.lemma)) && k + 2 < te && !isPunct(doc, k + 2)) return { type, ...base };
  if (possessed && sense.cueClass === 'belief' && ['on', 'of', 'about', 'toward', 'towards'].includes(next) && k + 2 < te && !isPunct(doc, k + 2)) return { type, ...base };
  void ts;
  return null;
}

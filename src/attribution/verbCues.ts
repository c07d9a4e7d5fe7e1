/**
 * Reporting-verb cues: the lexicon sense of a verb or verb-particle phrase in any inflection,
 * whether the token is used as a verb at all, and the cue it makes (negation, passives with
 * "by", agentless forms via agentlessVerbCues.ts, constructions via verbConstructions.ts).
 */
import type { SlantDocument } from '../document/readDocument.js';
import { defineLowerBit, lowerWordBits } from '../document/lowerWordBits.js';
import { DETERMINER_BIT, PLURAL_SUBJECT_QUANTIFIER_BIT } from '../document/lowerWordBitNumbers.js';
import type { Stance } from '../schema/articleAnalysis.js';
import { NOT_AGENT_AFTER_BY } from './agentlessRelation.js';
import { AGENTLESS_PASSIVES, APPEARANCE, appearanceCue, characterAt, depictedAct, DIRECTIVE_PASSIVES, IDENTITY_PASSIVES, inabilityBeforeSeem, directiveSubject, expectationAside, extraposedSubject, warrantedClaim, PASSIVE_COMPLEMENTS, parentheticalIt, passiveComplement, RAISING_FINDINGS, reducedPassive, uncontrolledInfinitive } from './agentlessVerbCues.js';
import type { AttributionLexicons, CueSense } from './attributionLexicons.js';
import { cueFromBase, shapedOrNull, type Cue } from './cue.js';
import { clauseAfterShortPhrase, DETERMINERS, insidePossessedPhrase, isPossessiveBefore, takesClause, thatBehindAside, thatWithin, WH } from './cueComplements.js';
import { AND_BUT, BE_FORMS, joinsAdjectives, CATENATIVES, DEPICTED_DOING, isParticipleForm, NOUN_PHRASE_TAGS, NOUN_PHRASE_WORD_TAGS, PAST_SAME_AS_BARE, endsWithEdOrEn, GRADERS, isPluralNoun, NOTHING_WORDS, isPossessive, hyphenJoinsAfter, PAST_READ_AS_NOUN, pastReadAsNounAfterSubject, isAdverbLike, herIsObject, isCompoundHead, isCap, isFloatedQuantifier, isPunct, isQuoteMark, isSetOffDash, isVerb, MODALS, NEGATIONS, passivePerception, phraseKey, PLURAL_SUBJECT_PRONOUNS, POSSESSIVE_DETERMINERS, RELATIVE_WORDS, hasVerb, pluralAfterBeOrThe, endsWithIng, endsWithEd, endsWithIngOrEd, endsWithPlainS, pluralAfterOpeningTime, TOLD_FORMS, TOLD_MATTER, WH_SUBJECTS, FOCUSING_ADVERBS, soFarAt, PERSONAL_SUBJECT_PRONOUNS } from './tokens.js';
import { skipAdjunctsBack } from './adjunctsBack.js';
import { closesNameAppositive } from './appositiveEnd.js';
import { mainVerbAfterStranded, mainVerbOverStranded, STRANDED_PREPOSITIONS, strandedRelativeHead } from './contactGap.js';
import { namesSpeaker } from './peopleNouns.js';
import { headlineSeriesVerb } from './sharedSubjectVerb.js';
import { numberOfNumberStart, PLURAL_SUBJECT_QUANTIFIERS } from './quantifiers.js';
import { datedOnEnd, MEASURED_TIME_CLOSERS, measuredPeriodAt, PERIOD_COUNT_TAGS, timePhraseEnd } from './timePhrases.js';
import { allowedInConstruction, closingTag, infinitiveAfter, tagAfterQuotation, TO_ONLY } from './verbConstructions.js';
import { castVote, voicedStance } from './voicedStance.js';
import { setOffStateSense } from './setOffState.js';
import { ENACTED_SENSE, enactingPastIsVerb, enactingPastLemma, enactsInstrument } from './enactedInstrument.js';
import { DAY_PARTS, MONTHS, PERIODS, WEEKDAYS, wordSet } from './timeWords.js';
import { charCodeAt } from '../document/charCodes.js';
import { objectlessCueNoun } from './objectlessCueNoun.js';
import { participleModifiesNoun } from './participleModifier.js';
import { admitsEntry } from './admittedEntry.js';
import { challengesCandidate } from './electoralChallenge.js';
import { focusesOnPlace } from './placeFocus.js';
import { seeksOffice } from './officeSeeking.js';
import { floatedIdea } from './floatedIdea.js';
import { RELIANCE_PHRASES, relianceInProgress } from './relianceInProgress.js';
import { MADE_BY, PRODUCED, RECORD_MAKERS } from './textMakingVerbs.js';
import { verbLemmaBits, verbLemmaBitsOf } from './verbLemmaBits.js';
import { VL_COPULA, VL_ENACTING, VL_FLOATING, VL_JOINING, VL_LEAVING, VL_PARTICLE_FIRST, VL_PARTICLE_ONLY, VL_STANCE_HOLDER_LINK, VL_VERB_START, VL_VOICING } from './verbLemmaBitNumbers.js';

/** Words that may stand between "talk"/"speak" and a separated "about": a degree or a day ("talked more about", "spoke Monday about"). */
const DEGREE_OR_DAY = wordSet(['more', 'much', 'yesterday', 'today', 'tonight'], WEEKDAYS);

/** Verbs whose -ing or bare use is too often not an attribution ("talk", "speak" alone). */
export const PARTICLE_ONLY: ReadonlySet<string> = new Set(['talk', 'speak', 'go', 'wave', 'laugh', 'shrug', 'play', 'hit', 'take', 'lash', 'rail', 'chime', 'pipe', 'weigh', 'spell', 'lay', 'point']);

/** Adverbs that may stand between a verb and its particle ("talked openly about", "spoke much about"), never particles themselves. */
const SPLITTING_ADVERB = /^(?:[a-z]+ly|much|again|often|even|still|also|never|always|later|already|too|repeatedly)$/;

/** Plural nouns that modify a following noun ("the jobs report", "a news report"): no subject before a verb. */
const PLURAL_MODIFIERS = new Set(['news', 'jobs', 'sales', 'arms', 'rights', 'goods', 'sports', 'savings', 'ethics', 'affairs', 'services', 'systems', 'operations', 'communications', 'customs', 'earnings', 'weapons', 'elections', 'campaigns', 'police']);

/** What follows a verb the tagger read as a noun: a quotation, a colon, "that", or an object (a name, a pronoun, a determiner, a number). */
const opensComplement = (doc: SlantDocument, a: number) => {
  // an opening quotation mark, spaced from the verb (not "the states’ votes"), also behind a comma ("The report notes, “…”")
  if (isQuoteMark(doc, a)) return doc.start[a]! > doc.end[a - 1]!;
  if (doc.value[a] === ',' && isQuoteMark(doc, a + 1)) return doc.start[a + 1]! > doc.end[a]!;
  if (doc.value[a] === ':') return true;
  const pos = doc.pos[a] ?? '';
  // not a time phrase ("this week") nor a subject pronoun starting a relative clause ("the remarks he made")
  if (pos === 'DET') return !/^(?:this|each|every|last|next)$/.test(doc.lower[a]!);
  if (pos === 'PRON') return !PERSONAL_SUBJECT_PRONOUNS.has(doc.lower[a]!);
  return pos === 'PROPN' || pos === 'NUM';
};

/**
 * "The city plans to close the pier", "the new owner intends to appeal": an -s form read as a noun
 * at `k`, then "to" and a base-form verb, after a noun that a determiner, adjective or name opens
 * (a subject; not "wages and harbour plans to shed staff", a bare compound in a list, nor
 * "thanks to surging prices").
 */
function infinitiveAfterSubject(doc: SlantDocument, k: number): boolean {
  if (!bareInfinitiveAt(doc, k + 1) || !(SUBJECT_OPENER_TAGS.has(doc.pos[k - 2] ?? '') || ownedSubjectNoun(doc, k - 1))) return false;
  // not a noun compound: after an -ing noun ("the housing plans to build …"), a passive infinitive ("the plans to
  // be announced"), or with the clause's own finite verb after the infinitive ("the plans to build … drew protests")
  if (doc.lower[k - 1]!.endsWith('ing')) return false;
  if (doc.lower[k + 2] === 'be' && doc.pos[k + 3] === 'VERB' && endsWithEdOrEn(doc.lower[k + 3]!)) return false;
  return !finiteVerbAfter(doc, k + 3, doc.sentences[doc.sentenceOf[k]!]!.tokenEnd);
}

/** Is there a finite verb within ten tokens from `a`, before punctuation or a word opening another clause? */
function finiteVerbAfter(doc: SlantDocument, a: number, te: number): boolean {
  for (let t = a; t < te && t < a + 10; t++) {
    if (isPunct(doc, t) || doc.pos[t] === 'SCONJ' || doc.pos[t] === 'CCONJ' || WH.has(doc.lower[t]!) || doc.lower[t] === 'that') return false;
    if (!isVerb(doc, t) || doc.lower[t - 1] === 'to') continue;
    const low = doc.lower[t]!;
    if (doc.pos[t] === 'AUX' || (doc.lemma[t] !== low && !/(?:ing|en)$/.test(low) && doc.lower[t + 1] !== 'by')) return true;
  }
  return false;
}

/** "to" at `t` and a base-form verb after it ("to close", "to be"; not "thanks to surging prices"). */
function bareInfinitiveAt(doc: SlantDocument, t: number): boolean {
  return doc.lower[t] === 'to' && infinitiveAfter(doc, t) && doc.lower[t + 1] === doc.lemma[t + 1];
}

/** Tags of a word that opens or modifies a subject noun phrase ("the city", "former governor", "Tarnow council"). */
const SUBJECT_OPENER_TAGS = new Set(['DET', 'ADJ', 'PROPN']);

/**
 * Where the noun phrase reaching back from `t` opens, within `k`'s sentence and at most four tokens before `k`.
 *
 * @example
 * ```ts
 * nounPhraseOpening(readDocument('Vale hired a young clerk, eager to learn.'), 4, 5) // 2 ("a")
 * ```
 */
export function nounPhraseOpening(doc: SlantDocument, t: number, k: number): number {
  while (t > 0 && k - t < 5 && NOUN_PHRASE_WORD_TAGS.has(doc.pos[t - 1]!) && doc.sentenceOf[t - 1] === doc.sentenceOf[k]) t--;
  return t;
}
/** Tags of a word after which an owned noun is an object, no subject: "unveiled | her budget plans to …", "for | his lawyer plans". */
const OBJECT_LEADS = new Set(['VERB', 'AUX', 'ADP']);

/**
 * "Her lawyer plans to appeal", "The mayor's aide plans to …": is the noun at `n` owned by a
 * possessive determiner or a possessive "’s" just before it, with the owner's phrase opening a
 * clause (no verb or preposition before it, whose object it would be: "Vale unveiled her budget
 * plans to cut spending")? Then an -s form after the noun is the clause's verb, the owned noun its
 * subject's head. Looks back at most five tokens.
 */
function ownedSubjectNoun(doc: SlantDocument, n: number): boolean {
  if (doc.pos[n] !== 'NOUN' || n < 1) return false;
  let o: number;
  if (POSSESSIVE_DETERMINERS.has(doc.lower[n - 1]!) && doc.pos[n - 1] === 'PRON') o = n - 1;
  else if (isPossessiveBefore(doc, n)) {
    o = nounPhraseOpening(doc, n - 2, n);
  } else return false;
  return o === 0 || doc.sentenceOf[o - 1] !== doc.sentenceOf[n] || !OBJECT_LEADS.has(doc.pos[o - 1]!);
}

/**
 * "Polls there show …", "where polls show …", "Records from the 2008 cycle show …": a plural
 * document noun heads the words just before a verb the tagger read as a noun, so it is the
 * verb's subject. Looks back at most six tokens, stopping at punctuation or a clause word.
 */
function pluralDocumentBefore(doc: SlantDocument, lex: AttributionLexicons, k: number): boolean {
  for (let t = k - 1; t >= 0 && k - t <= 6; t--) {
    const low = doc.lower[t]!;
    if (lex.documentNouns.has(low) && (/s$/.test(low) || low === 'data')) return true;
    if (doc.pos[t] === 'PUNCT' || doc.pos[t] === 'AUX' || doc.pos[t] === 'SCONJ' || /^(?:that|which|who|and|or|but)$/.test(low)) return false;
  }
  return false;
}

/** A plural noun at `s` that can be a verb's subject: "voters", "fishermen", "people" (not a modifier: "the jobs report"). */
function pluralSubject(doc: SlantDocument, s: number): boolean {
  const low = doc.lower[s] ?? '';
  return (doc.pos[s] === 'NOUN' || doc.pos[s] === 'PROPN') && /(?:s|men|people|children)$/.test(low) && !PLURAL_MODIFIERS.has(low);
}

/** Prepositions of a phrase that may follow a subject's head noun ("voters in the county", "workers at the plant"). */
const SUBJECT_PHRASE_PREPOSITIONS = new Set(['in', 'of', 'across', 'from', 'at', 'around', 'throughout', 'outside', 'inside']);

/**
 * "Most voters in the county support …", "Workers at the Tarnow plant fear …": a plural subject
 * whose head noun is followed by a short prepositional phrase ending at `s`, right before a verb
 * the tagger read as a noun. Looks back at most five words of the phrase.
 */
function pluralBeforePhrase(doc: SlantDocument, s: number): boolean {
  let t = s;
  while (t >= 0 && s - t < 5 && /^(?:NOUN|PROPN|DET|ADJ|NUM)$/.test(doc.pos[t]!)) t--;
  return t < s && t > 0 && doc.pos[t] === 'ADP' && SUBJECT_PHRASE_PREPOSITIONS.has(doc.lower[t]!) && pluralSubject(doc, t - 1);
}

/** Shares of a group that stand for people in polls: "a third say", "60 percent call him", "a majority support". */
const SHARES = new Set(['percent', '%', 'majority', 'minority', 'plurality', 'half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'more', 'fewer']);

/** A share word standing for people: "a third", "two fifths", "60 percent" (not "the fifth state", "his 60 percent support"). */
function shareOfPeople(doc: SlantDocument, s: number): boolean {
  const word = doc.lower[s] ?? '';
  if (!SHARES.has(word)) return false;
  const before = doc.lower[s - 1] ?? '';
  if (/^(?:third|quarter|fifth)s?$/.test(word)) return before === 'a' || doc.pos[s - 1] === 'NUM';
  // a possessive before the share or its number makes a noun phrase ("her 40 percent support")
  const owner = word === 'percent' || word === '%' ? s - 1 : s;
  return !isPossessiveBefore(doc, owner) && !/^(?:the|his|her|its|their|our|my|your)$/.test(doc.lower[owner - 1] ?? '');
}

/**
 * "with three in 10", "with one out of five", "with 40 percent": a share of people ending at `s`
 * (a number of a number, or a share word), led by "with" (an adverb such as "about" may stand between).
 */
function shareAfterWith(doc: SlantDocument, s: number): boolean {
  let t = numberOfNumberStart(doc, s);
  if (t < 0 && shareOfPeople(doc, s) && doc.pos[s - 1] === 'NUM') t = s - 1;
  if (t < 0) return false;
  t--;
  if (t >= 0 && isAdverbLike(doc, t)) t--;
  return t >= 0 && doc.lower[t] === 'with';
}

/** "the job that many planners say is …", "what experts think will …": a relative word just before the subject, so the verb's clause has a gap. */
function relativeBefore(doc: SlantDocument, j: number): boolean {
  for (let i = j; i >= 0 && j - i < 3; i--) {
    if (/^(?:that|which|who|whom|what)$/.test(doc.lower[i]!)) return true;
    if (doc.pos[i] === 'PUNCT' || isVerb(doc, i)) return false;
  }
  return false;
}

/**
 * Is token k inside a title-case headline ("Mayor Vale Slams Port Deal")? Every word within
 * three tokens either way in the same sentence is capitalised, short function words aside, and
 * there are at least three of them. Looks at a fixed window, so the cost stays constant.
 */
function titleCaseAround(doc: SlantDocument, k: number): boolean {
  let words = 0;
  for (let i = Math.max(0, k - 3); i <= k + 3 && i < doc.tokenCount; i++) {
    if (i === k || !doc.isWord[i] || doc.sentenceOf[i] !== doc.sentenceOf[k]) continue;
    const v = doc.value[i]!;
    if (/^[a-z]/.test(v)) {
      if (v.length <= 3) continue;
      return false;
    }
    words++;
  }
  // a verb between two words, capitalised but not in capitals ("LABELS"), not before an auxiliary ("Tax Plans Would") nor in a name ("United States", "Sands Corp")
  // (or after a comma, the second verb of a series: "Vale Backs Ferry Plan, Slams Tolls")
  const v = doc.value[k]!;
  if (!/^[A-Z][a-z]/.test(v) || !(doc.isWord[k - 1] || (doc.value[k - 1] === ',' && headlineSeriesVerb(doc, k) >= 0)) || !doc.isWord[k + 1] || isVerb(doc, k + 1)) return false;
  if (/^(?:corp|inc|co|group|llc|ltd)$/.test(doc.lower[k + 1]!) || (doc.lower[k] === 'states' && doc.lower[k - 1] === 'united')) return false;
  return words >= 3;
}

/** Tags of the capitalised words of a noun run inside a headline's prepositional phrase ("In Battleground States"). */
const HEADLINE_NOUN_TAGS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM']);
/**
 * Prepositions that take only a noun phrase: not "of" (the subject's own phrase, "Mayor Of Harbour Slams Levy"), nor
 * those that may open a clause ("as", "after", "since": "Vale Quits As Harbour Board Worries About Tolls").
 */
const NOUN_ONLY_PREPOSITIONS = new Set(['in', 'at', 'on', 'for', 'from', 'with', 'across', 'amid', 'over', 'into', 'near', 'under', 'among', 'against', 'between', 'within', 'throughout']);

/**
 * "Vale Boosts Spending In Swing States To Cut Tolls", "Ruiz Raises Fares For Harbour Towns Across The Valley": a
 * capitalised -s word ending a run of nouns behind a preposition that takes only a noun phrase
 * (`NOUN_ONLY_PREPOSITIONS`), after the headline's verb, is the head of that preposition's object,
 * not a second verb (with no verb before, the phrase may be the subject's own: "Mayor In Harbour Town
 * Slams Levy"). Looks back at most four words, then for a verb within the sentence.
 */
function inHeadlinePrepositionalObject(doc: SlantDocument, k: number): boolean {
  const ts = doc.sentences[doc.sentenceOf[k]!]!.tokenStart;
  let t = k - 1;
  while (t > ts && k - t <= 4 && HEADLINE_NOUN_TAGS.has(doc.pos[t]!) && isCap(doc, t)) t--;
  return t > ts && t < k - 1 && NOUN_ONLY_PREPOSITIONS.has(doc.lower[t]!) && (hasVerb(doc, ts, t) || headlineVerbAfterName(doc, ts, t));
}

/**
 * "Vale Cuts Fares Amid …": a capitalised -s word right after a name in tokens (ts, b), the
 * headline's own verb the tagger read as a name or a noun.
 */
function headlineVerbAfterName(doc: SlantDocument, ts: number, b: number): boolean {
  for (let u = ts + 1; u < b; u++) if (doc.pos[u - 1] === 'PROPN' && isCap(doc, u) && endsWithPlainS(doc.lower[u]!) && HEADLINE_NOUN_TAGS.has(doc.pos[u]!)) return true;
  return false;
}

/** A cue sense read at a verb: the lexicon's class and stance, the lemma of the cue's words and the token after them. */
export type VerbSense = CueSense & { lemma: string; end: number };

/** A `VerbSense` built as one literal of one shape (a spread of the lexicon entry would give each call site its own hidden class). */
const sensed = (sense: CueSense, lemma: string, end: number): VerbSense => ({ cueClass: sense.cueClass, stance: sense.stance, lemma, end });

/** The sense of a voiced stance ("expressed support for"): an evaluation. */
const VOICED_STANCE_SENSE: CueSense = { cueClass: 'evaluation', stance: 'neutral' };

/** Tags that open the noun phrase after a preposition a participle governs (", warning against a rise"). */
const PREPOSITION_OBJECT_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM']);
/**
 * Prepositions by which an -ing form the tagger read as a noun, right after a comma, takes what is said: ", warning
 * against a rise", ", complaining about the fares". Not "for", "with" (mostly a side taken: ", voting for Vale",
 * ", siding with the growers") nor "of" (", observing of Vale:" opens a quotation of its own).
 */
const SET_OFF_PARTICIPLE_LINKS: ReadonlySet<string> = new Set(['against', 'about']);
/** What may stand right before a participle that opens a phrase of its own: a comma or a leading preposition (", saying", "by warning"). */
const SERIES_PARTICIPLE_LEADS: ReadonlySet<string> = new Set([',', 'while', 'by', 'after', 'before', 'without']);
/** Verbs whose past is irregular, with no "-d"/"-ed" form: those read as nouns in their past and the compounds of "see". */
const IRREGULAR_PAST: ReadonlySet<string> = new Set([...PAST_READ_AS_NOUN.values(), 'foresee', 'oversee']);



/**
 * Verbs that join a following reporting noun into one verb cue ("made several statements on", "gave an answer
 * about"); not sourceOfObject.ts's larger set, which gives a noun cue's source from the subject of its verb.
 */
export const NOUN_CUE_JOINING_VERBS = new Set(['make', 'give', 'offer', 'issue', 'deliver', 'lodge']);
/** Reporting nouns that a light verb turns into a cue (not "made sense", "made a call", "gave hope"). */
const LIGHT_NOUNS = new Set(['statement', 'comment', 'remark', 'mention', 'case', 'argument', 'claim', 'pledge', 'promise', 'vow', 'apology', 'prediction', 'accusation', 'allegation', 'assessment', 'answer', 'response', 'reply', 'announcement', 'plea', 'appeal', 'threat', 'warning', 'suggestion', 'recommendation', 'proposal', 'point', 'complaint', 'reference', 'endorsement', 'forecast', 'estimate', 'admission', 'denial', 'concession', 'observation', 'assurance', 'guarantee', 'commitment', 'declaration', 'testimony', 'speech', 'explanation', 'rebuttal', 'request', 'demand']);

/**
 * "made several statements on", "made no mention of", "gave a vague answer about": a light verb
 * and a reporting noun after at most four modifiers make one cue, with the noun's class.
 */
function lightVerbNoun(doc: SlantDocument, k: number, lem: string, lex: AttributionLexicons): VerbSense | null {
  let n = k + 1;
  // ("made vague and misleading claims that": over adjectives joined by "and", "or" or a comma)
  while (n < doc.tokenCount && n - k <= 4 && (doc.pos[n] === 'DET' || doc.pos[n] === 'ADJ' || doc.pos[n] === 'NUM' || doc.lower[n] === 'no' || (doc.pos[n] === 'ADV' && doc.pos[n + 1] === 'ADJ') || joinsAdjectives(doc, n))) n++;
  const noun = doc.lemma[n] ?? '';
  if (doc.pos[n] !== 'NOUN' || !LIGHT_NOUNS.has(noun)) return null;
  // "made a point of visiting" is an idiom of doing
  if (noun === 'point' && doc.lower[n + 1] === 'of') return null;
  // what was said follows ("on the matter", "that …"); not "issued a statement Tuesday", "gave a speech to graduates"
  const next = doc.lower[n + 1] ?? '';
  const opens = /^(?:that|about|on|of|against|for|over|regarding|whether|:)$/.test(next) || (next === 'to' && /^(?:pledge|promise|vow|commitment|appeal|plea|request|demand|threat|reference)$/.test(noun));
  if (!opens) return null;
  const sense = lex.cueNouns.get(noun) ?? { cueClass: 'speech' as const, stance: 'neutral' as const };
  return sensed(sense, `${lem} ${noun}`, n + 1);
}

/**
 * "sounded a gloomy note about the budget", "sound the alarm over", "sounds a warning that":
 * "sound", an article, at most three modifiers and a note, warning or alarm, then what it is
 * about: one speech cue (not "sounded a bell", "sounds fine").
 */
function soundedNote(doc: SlantDocument, k: number): VerbSense | null {
  if (!/^(?:a|an|the)$/.test(doc.lower[k + 1] ?? '')) return null;
  let n = k + 2;
  while (n < doc.tokenCount && n - k <= 4 && (doc.pos[n] === 'ADJ' || doc.pos[n] === 'ADV')) n++;
  if (!/^(?:note|warning|alarm)$/.test(doc.lower[n] ?? '')) return null;
  if (!/^(?:about|on|over|for|of|that|against|:)$/.test(doc.lower[n + 1] ?? '')) return null;
  return { cueClass: 'speech', stance: 'neutral', lemma: `sound ${doc.lower[n]}`, end: n + 1 };
}

/** Attitudes one shows: "showed no sign of yielding", "has shown scant inclination to", "shows little sympathy for". */
const SHOWN_STANCES: ReadonlyMap<string, CueSense> = new Map<string, CueSense>([
  ...['sign', 'signs', 'inclination', 'willingness', 'desire', 'appetite', 'intention', 'eagerness', 'reluctance', 'determination'].map((n): [string, CueSense] => [n, { cueClass: 'intention', stance: 'neutral' }]),
  ...['interest', 'respect', 'contempt', 'disdain', 'enthusiasm', 'sympathy'].map((n): [string, CueSense] => [n, { cueClass: 'evaluation', stance: 'neutral' }]),
  ['understanding', { cueClass: 'belief', stance: 'neutral' }],
]);

/**
 * "showed no sign of yielding", "have shown a willingness to", "shows scant interest in":
 * "show", at most two determiners or modifiers and a noun of attitude, then what the attitude is
 * about: one cue with the noun's class (not "showed signs.", "showed a sign to the crowd").
 */
function shownStance(doc: SlantDocument, k: number): VerbSense | null {
  let n = k + 1;
  while (n < doc.tokenCount && n - k <= 2 && (doc.pos[n] === 'DET' || doc.pos[n] === 'ADJ' || /^(?:no|little|any|some|every|much|more|less|few)$/.test(doc.lower[n]!))) n++;
  const sense = SHOWN_STANCES.get(doc.lower[n] ?? '');
  if (!sense || doc.pos[n] !== 'NOUN') return null;
  const next = doc.lower[n + 1] ?? '';
  // what follows: "of yielding", "to soften the levy", "in the ferry", "for the crews", "that she would relent"
  const opens = /^(?:of|in|for|that|toward|towards)$/.test(next) || (next === 'to' && doc.pos[n + 2] === 'VERB');
  if (!opens || (/^signs?$/.test(doc.lower[n]!) && next !== 'of' && next !== 'that')) return null;
  return sensed(sense, `show ${doc.lower[n]}`, n + 1);
}

/** People defined by a stance they take: "has been a fierce critic of", "is an outspoken supporter of". */
const STANCE_HOLDERS: ReadonlyMap<string, CueSense> = new Map<string, CueSense>([
  ...['supporter', 'backer', 'defender', 'advocate', 'proponent', 'champion', 'admirer', 'booster', 'cheerleader', 'fan'].map((n): [string, CueSense] => [n, { cueClass: 'evaluation', stance: 'neutral' }]),
  ...['critic', 'opponent', 'foe', 'detractor', 'skeptic', 'sceptic'].map((n): [string, CueSense] => [n, { cueClass: 'evaluation', stance: 'distancing' }]),
]);

/** Tags of the modifiers before a stance holder's noun ("a dogged", "longtime", "Labour"). */
const STANCE_HOLDER_MODIFIERS = new Set(['ADJ', 'ADV', 'PROPN']);

/** Determiners before a stance holder's noun: "a critic of", "no fan of" (a holder denied, as "not a fan of"). */
const STANCE_HOLDER_DETERMINERS = new Set(['a', 'an', 'no']);

/** Is the "no" at `t` the determiner of a stance holder ending a cue at `end` ("is no fan of": a holder denied, as "is not a fan of")? */
function deniedHolder(doc: SlantDocument, t: number, end: number): boolean {
  return doc.lower[t] === 'no' && doc.lower[end - 1] === 'of' && STANCE_HOLDERS.has(doc.lemma[end - 2]!);
}

/** Linking verbs other than "be" before a stance holder: "remains a proponent of", "became a critic of". */
export const STANCE_HOLDER_LINKS: ReadonlySet<string> = new Set(['remain', 'become']);

/**
 * "has been a dogged defender of", "are longtime critics of", "is no fan of": be (or "remain",
 * "become"), an article, at most three modifiers (a participle among them: "a more dedicated
 * proponent of"), a noun for someone holding a stance, then "of": one cue, what follows is attributed.
 */
function agentNounAfterBe(doc: SlantDocument, k: number): VerbSense | null {
  let a = k + 1;
  while (a < doc.tokenCount && a < k + 3 && (doc.pos[a] === 'ADV' || NEGATIONS.has(doc.lower[a]!))) a++;
  const det = STANCE_HOLDER_DETERMINERS.has(doc.lower[a]!);
  if (det) a++;
  const from = a;
  // (a participle only after a determiner: "was crowned champion of", "were named champions of" are passives giving a title)
  while (a < doc.tokenCount && a - from < 3 && (STANCE_HOLDER_MODIFIERS.has(doc.pos[a] ?? '') || (det && doc.pos[a] === 'VERB' && endsWithEd(doc.lower[a]!)))) a++;
  const sense = doc.pos[a] === 'NOUN' ? STANCE_HOLDERS.get(doc.lemma[a]!) : undefined;
  if (!sense || doc.lower[a + 1] !== 'of') return null;
  // (a bare singular is a title, "Berg remains champion of the regatta", "is fan of the year"; a plural holds a stance: "are longtime critics of")
  if (!det && doc.lemma[a] === doc.lower[a]) return null;
  return sensed(sense, `be ${doc.lemma[a]} of`, a + 2);
}


/**
 * "remain confident that", "grew increasingly frustrated that", "seemed hopeful that": a linking
 * verb (at most two adverbs or a negation after it) and a state adjective of the lexicon's "be …"
 * phrases, then "that" or "whether" opening the clause the state is about: one cue, from the verb
 * to the adjective, read like "is confident that". Without the clause ("seemed hopeful",
 * "looked angry", "grew nervous with …") the writer describes a mood and nothing is attributed.
 */
function copularState(doc: SlantDocument, k: number, lex: AttributionLexicons, from = k): VerbSense | null {
  if (doc.pos[k] !== 'VERB' && doc.pos[k] !== 'AUX') return null;
  let a = from + 1;
  while (a < doc.tokenCount && a < k + 3 && (doc.pos[a] === 'ADV' || NEGATIONS.has(doc.lower[a]!))) a++;
  if (doc.pos[a] !== 'ADJ' && doc.pos[a] !== 'VERB') return null;
  const phrase = lex.particlePhrases.get(`be ${doc.lower[a] ?? ''}`);
  // (not "it became clear that", "the picture grew clearer": what is clear is no one's view)
  if (!phrase || phrase.cueClass === 'speech' || /^(?:clear|unclear)$/.test(doc.lower[a]!) || !/^(?:that|whether)$/.test(doc.lower[a + 1] ?? '')) return null;
  return sensed(phrase, `be ${doc.lower[a]}`, a + 1);
}

/** Verbs of leaving that, with "away" or "out", link a state to their subject ("came away convinced that …"). */
export const LEAVING_LINKS: ReadonlySet<string> = new Set(['come', 'walk', 'go']);
/** The particles after them. */
const LEAVING_PARTICLES: ReadonlySet<string> = new Set(['away', 'out']);

/** The lexicon sense of a verb (or particle phrase) at token k, if it is used as a verb there. */
export function verbSense(doc: SlantDocument, k: number, lex: AttributionLexicons): VerbSense | null {
  const low = doc.lower[k] ?? '';
  // ", confident that …", "– determined to …": a state set off after its clause, read like "is confident that"
  const state = setOffStateSense(doc, k, lex);
  if (state) return sensed(state, `be ${low}`, k + 1);
  let lem = doc.lemma[k] ?? '';
  // the word sets below that hold `lem`, as bits (verbLemmaBits.ts: one read by word id instead of a lookup per set),
  // asked again each time `lem` changes
  let bits = verbLemmaBits(doc, k, lex);
  // wink-nlp reads some irregular past forms after a quantifier as nouns with themselves as lemma: "Some saw the remarks as …", "many thought the …"
  if (doc.pos[k] === 'NOUN' && lem === low && PAST_READ_AS_NOUN.has(low)) {
    lem = PAST_READ_AS_NOUN.get(low)!;
    bits = verbLemmaBitsOf(lem, lex);
  }
  // "floated the idea that …": no lexicon verb, a cue with its idea noun
  if (bits & VL_FLOATING) {
    const idea = isVerbUse(doc, lex, k) ? floatedIdea(doc, k, lex) : null;
    return idea ? sensed(idea, `${lem} ${idea.noun}`, idea.end) : null;
  }
  // `verbStarts.has(lem)`, kept as `lem` changes below (each change but one is to a word of the set): the set
  // is large, and the steps below asked it up to four times about the same lemma
  let starts = (bits & VL_VERB_START) !== 0;
  // most tokens are no cue: leave them at the cost of two lookups (the endings by char code: an `endsWith` costs as much as a lookup)
  if (lem !== 'be' && !starts && (bits & (VL_JOINING | VL_COPULA | VL_ENACTING)) === 0 && !endsWithIngOrEd(low) && !(charCodeAt(low, low.length - 1) === 115 && (doc.pos[k] === 'PROPN' || (doc.pos[k] === 'NOUN' && lem === low)))) return null;
  // wink-nlp reads some -ing forms as adjectives with themselves as lemma: "is promising to"
  if (low.endsWith('ing') && !starts && (bits & VL_COPULA) === 0) {
    const stem = low.slice(0, -3);
    const known = (w: string) => w !== '' && lex.verbStarts.has(w);
    // (in turn, with no array built per -ing word)
    const doubled = stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2] ? stem.slice(0, -1) : '';
    const base = known(stem) ? stem : known(`${stem}e`) ? `${stem}e` : known(doubled) ? doubled : undefined;
    if (!base) return null;
    lem = base;
    bits = verbLemmaBitsOf(lem, lex);
    starts = true;
  }
  // wink-nlp tags some participles as adjectives with themselves as lemma ("alleged", "tweeted").
  // (`verbStarts` is `verbs` and `particleFirst` in one set: one lookup for the two)
  // (also with a doubled consonant: "preferred", "regretted")
  // (a verb whose past is irregular has no "-d" form: "seed", "overseed" are words of their own, no pasts of
  // "see", "oversee": "gone to seed")
  if (!starts && endsWithEd(low)) {
    const asRead = lem;
    lem = lex.verbs.has(low.slice(0, -1)) && !IRREGULAR_PAST.has(low.slice(0, -1)) ? low.slice(0, -1) : lex.verbs.has(low.slice(0, -2)) ? low.slice(0, -2) : low.length > 5 && low[low.length - 3] === low[low.length - 4] && lex.verbs.has(low.slice(0, -3)) ? low.slice(0, -3) : lem;
    // (a changed lemma is one of `verbs`, which `verbStarts` holds; an unchanged one it does not)
    starts = lem !== asRead;
    if (starts) bits = verbLemmaBitsOf(lem, lex);
  }
  // wink-nlp reads some pasts of enacting verbs as adjectives with themselves as lemma: "Vale co-sponsored a bill"
  const enactingPast = doc.pos[k] === 'ADJ' ? enactingPastLemma(low) : undefined;
  if (enactingPast !== undefined) {
    lem = enactingPast;
    bits = verbLemmaBitsOf(lem, lex);
    starts = (bits & VL_VERB_START) !== 0;
  }
  // in a title-case headline wink-nlp reads "Praises", "Slams" as names, with themselves as lemma
  // and some -s forms as nouns with themselves as lemma, after a subject: "Ruiz affirms: …"
  // (not the head of a prepositional phrase's object: "Boosts Spending In Swing States To …")
  if (!starts && /s$/.test(low) && ((doc.pos[k] === 'PROPN' && titleCaseAround(doc, k) && !inHeadlinePrepositionalObject(doc, k)) || (doc.pos[k] === 'NOUN' && lem === low))) {
    const stem = [low.slice(0, -1), low.slice(0, -2), `${low.slice(0, -3)}y`].find((w) => lex.verbs.has(w) || lex.particleFirst.has(w));
    if (stem !== undefined) {
      lem = stem;
      bits = verbLemmaBitsOf(lem, lex);
    }
  }
  if (lem === 'be') {
    const agent = agentNounAfterBe(doc, k);
    if (agent) return agent;
    // "is (deeply) concerned that", "are not sure whether": be + adjective
    let a = k + 1;
    while (a < doc.tokenCount && a < k + 4 && (doc.pos[a] === 'ADV' || NEGATIONS.has(doc.lower[a]!))) a++;
    // (no "be" phrase goes on with this word: no key built and hashed, as for the particle phrases below)
    const after = doc.lower[a] ?? '';
    const phrase = lex.particleSeconds.has(after) || after.includes(' ') ? lex.particlePhrases.get(`be ${after}`) : undefined;
    // "was opposed by farmers": the passive of "oppose", whose agent holds the view (not the state "is opposed to");
    // the participle is the cue (other states keep a "by" of cause: "was alarmed by the vote")
    if (after === 'opposed' && doc.lower[a + 1] === 'by') return null;
    return phrase && (doc.pos[a] === 'ADJ' || doc.pos[a] === 'VERB') ? sensed(phrase, `be ${doc.lower[a]}`, a + 1) : null;
  }
  if (bits & VL_COPULA) {
    const state = copularState(doc, k, lex);
    if (state) return state;
    const agent = bits & VL_STANCE_HOLDER_LINK ? agentNounAfterBe(doc, k) : null;
    if (agent) return agent;
  }
  // "the college admits more students": letting people in, no concession
  if (lem === 'admit' && admitsEntry(doc, lex, k)) return null;
  // "is challenging Sen. Okafor in Tarnow": running against someone, no dispute
  if (lem === 'challenge' && challengesCandidate(doc, k)) return null;
  // "will focus on Tarn County": where the effort goes, no topic
  if (lem === 'focus' && focusesOnPlace(doc, lex, k)) return null;
  // "seeking the presidency", "vying for the nomination": running for an office, no reported intention
  if ((lem === 'seek' || lem === 'vie') && seeksOffice(doc, k, lem === 'vie')) return null;
  // "came away convinced that …", "walked out sure that …": leaving a place with a state, read like "became"
  if (bits & VL_LEAVING && LEAVING_PARTICLES.has(doc.lower[k + 1] ?? '')) {
    const state = copularState(doc, k, lex, k + 1);
    if (state) return state;
  }
  if (bits & VL_PARTICLE_FIRST) {
    // "talked at length about", "don't talk much about": up to two adverbs before the particle
    let p = k + 1;
    while (p < k + 3 && (doc.pos[p] === 'ADV' || doc.lower[p] === 'much') && SPLITTING_ADVERB.test(doc.lower[p]!)) p++;
    for (const from of p > k + 1 ? [k + 1, p] : [k + 1]) {
      // no phrase goes on with this word: no keys to build ("call him", "come home")
      const second = doc.lower[from];
      if (second === undefined || (!lex.particleSeconds.has(second) && !second.includes(' '))) continue;
      // the longest phrase first: "speak out against" before "speak out" (longer keys only
      // built when some phrase of three or more words starts with the two words)
      const longer = second.includes(' ') || lex.particleLonger.has(`${lem} ${second}`);
      for (let n = longer ? 3 : 1; n >= 1; n--) {
        const key = phraseKey(doc, lem, from, n);
        if (key === null) continue;
        const phrase = lex.particlePhrases.get(key);
        // an intention phrase ending in "to" takes an infinitive: "looked to trim the levy", not "looks to her", "look to the tribunal"
        // (the "to" opens the content, as after "seek": cue "looked", content "to trim the levy")
        const infinitive = phrase !== undefined && phrase.cueClass === 'intention' && key.endsWith(' to');
        if (infinitive && !(doc.pos[from + n] === 'VERB' && doc.lemma[from + n] === doc.lower[from + n])) continue;
        // "has argued for years that …", "called for a decade for …": a "for" of duration is no particle
        if (phrase && key.endsWith(' for') && durationAt(doc, from + n)) continue;
        // "commented on Tuesday that …", "reflected on March 3 that …": an "on" before a date dates the act; the cue ends before it
        // (not a phrase of reliance, whose "on" takes what is counted on: "is counting on Friday")
        if (phrase && key.endsWith(' on') && !RELIANCE_PHRASES.has(key) && datedOnEnd(doc, from + n - 1, doc.tokenCount) > from + n - 1) {
          if (isVerbUse(doc, lex, k, from + n - 1)) return sensed(phrase, key, from + n - 1);
          continue;
        }
        if (phrase && key === 'go on' && !goesOnToReport(doc, from + n, lex)) continue;
        if (phrase && RELIANCE_PHRASES.has(key) && !relianceInProgress(doc, lex, k, from + n)) continue;
        if (phrase && key === 'go on' && isVerbUse(doc, lex, k, from + n)) return carriedOnVerb(doc, from + n, lex) ?? sensed(phrase, key, from + n);
        if (phrase && isVerbUse(doc, lex, k, from + n)) return sensed(phrase, key, infinitive ? from + n - 1 : from + n);
      }
    }
  }
  // "expressed support for", "voiced opposition to": the noun and its preposition join the verb's cue
  // "Growers cast their votes for Okafor": the vote and its preposition join "cast" (the tagger may read it as a noun)
  if (lem === 'cast') {
    const vote = castVote(doc, k);
    if (vote) return sensed(VOICED_STANCE_SENSE, `cast ${vote.words}`, vote.end);
  }
  if (bits & VL_VOICING && isVerbUse(doc, lex, k)) {
    const voiced = voicedStance(doc, k, lem);
    if (voiced) return sensed(VOICED_STANCE_SENSE, `${lem} ${voiced.words}`, voiced.end);
  }
  if (bits & VL_JOINING && isVerbUse(doc, lex, k)) {
    const light = lightVerbNoun(doc, k, lem, lex);
    if (light) return light;
  }
  if (lem === 'sound' && isVerbUse(doc, lex, k)) {
    const note = soundedNote(doc, k);
    if (note) return note;
  }
  if (lem === 'show' && isVerbUse(doc, lex, k)) {
    const shown = shownStance(doc, k);
    if (shown) return shown;
  }
  // "passed a resolution condemning …", "signed the harbour bill": no lexicon verb, a cue by its object
  if (bits & VL_ENACTING && (enactingPast !== undefined ? enactingPastIsVerb(doc, k) : isVerbUse(doc, lex, k)) && enactsInstrument(doc, k, lex)) return sensed(ENACTED_SENSE, lem, k + 1);
  // "has said little about the levy", "says nothing about the ferry": the topic of what was (barely) said
  if (lem === 'say' && isVerbUse(doc, lex, k)) {
    const about = scantAbout(doc, k);
    const said = about > 0 ? lex.verbs.get(lem) : undefined;
    if (said) return sensed(said, lem, about + 1);
  }
  if ((lem === 'talk' || lem === 'speak') && isVerbUse(doc, lex, k)) {
    const about = separatedAbout(doc, k);
    const phrase = about > 0 ? lex.particlePhrases.get(`${lem} about`) : undefined;
    if (phrase) return sensed(phrase, `${lem} about`, about + 1);
  }
  const sense = lex.verbs.get(lem);
  if (!sense || bits & VL_PARTICLE_ONLY) return null;
  // ("…, federal judge rules.": an -s verb closing a headline's tag, which the tagger read as a noun)
  if (!isVerbUse(doc, lex, k) && !(doc.pos[k] === 'NOUN' && endsWithPlainS(doc.lower[k]) && (closingTag(doc, k, lex) || ((sense.cueClass === 'speech' || sense.cueClass === 'writing') && tagAfterQuotation(doc, k))))) return null;
  return sensed(sense, lem, k + 1);
}

/** Words of how much was said that "about" may follow: "said little about", "says nothing about", "said much more about". */
const SCANT_AMOUNTS: ReadonlySet<string> = new Set([...NOTHING_WORDS, 'much', 'more', 'less']);

/**
 * "has said little about the levy", "says nothing about the ferry", "said very little about when": after "say" at
 * `k`, an amount of {@link SCANT_AMOUNTS} (a degree word before it, one of {@link GRADERS} or "much") and "about",
 * which opens the topic of what was said (the amount alone is no content: "said nothing."). The index of "about", or -1.
 */
function scantAbout(doc: SlantDocument, k: number): number {
  let t = k + 1;
  const first = doc.lower[t] ?? '';
  if ((GRADERS.has(first) || first === 'much') && SCANT_AMOUNTS.has(doc.lower[t + 1] ?? '')) t++;
  if (!SCANT_AMOUNTS.has(doc.lower[t] ?? '')) return -1;
  if (doc.lower[t] === 'much' && doc.lower[t + 1] === 'more') t++;
  return doc.lower[t + 1] === 'about' && t + 2 < doc.tokenCount && !isPunct(doc, t + 2) ? t + 1 : -1;
}

/**
 * What an amount before "about" opens after the topic: "more/less … than" a comparison, "so much … that" a result.
 * ("too much … that" is no pairing: the "that" after it is a relative's, "said too much about the levy that Ruiz drafted".)
 */
const AMOUNT_COMPLEMENTS: ReadonlyMap<string, string> = new Map([['more', 'than'], ['less', 'than'], ['so', 'that']]);

/** Tags that may open the object after a verb: "that Ruiz left the hall". */
const OBJECT_OPENING_TAGS: ReadonlySet<string> = new Set([...NOUN_PHRASE_TAGS, 'PRON']);

/**
 * Is the clause after the "that" at `t` whole (a result: "so much about the levy that Ruiz left the hall", "that
 * voters were angry") rather than a relative clause with a gap ("so little about the levy that voters approved in
 * May": "approved" has no object)? Whole when an auxiliary stands in its verb chain, or a noun phrase or the
 * clause's end follows its verb.
 */
function wholeClauseAfter(doc: SlantDocument, t: number, te: number): boolean {
  let k = t + 1;
  if (doc.pos[k] === 'PRON') k++;
  else for (const subjectEnd = Math.min(te, k + 5); k < subjectEnd && NOUN_PHRASE_WORD_TAGS.has(doc.pos[k] ?? ''); ) k++;
  if (k === t + 1 || k >= te) return false;
  if (doc.pos[k] === 'AUX') return true;
  if (doc.pos[k] !== 'VERB') return false;
  // (a verb ending the clause is read intransitive, "that Ruiz left."; one followed by a preposition or an
  // adverb is read as a relative's with its object gapped, "that voters approved in May")
  return k + 1 >= te || isPunct(doc, k + 1) || OBJECT_OPENING_TAGS.has(doc.pos[k + 1] ?? '');
}

/**
 * "says more about the harbour than anyone", "said so much about the levy that Ruiz left": where the topic of a
 * cue ending in an amount and "about" (`cueStart` to `about`) ends at the "than" or "that" its amount opens, within
 * the clause (at most 30 tokens from `a`). -1 when none does.
 */
export function amountComplementAt(doc: SlantDocument, cueStart: number, about: number, a: number, te: number): number {
  let word: string | undefined;
  for (let t = about - 1; t >= cueStart && t >= about - 3 && !word; t--) word = AMOUNT_COMPLEMENTS.get(doc.lower[t]!);
  if (!word) return -1;
  for (let t = a + 1; t < te && t - a <= 30 && !isPunct(doc, t); t++) {
    if (doc.lower[t] === word) return word === 'that' && !wholeClauseAfter(doc, t, te) ? -1 : t;
  }
  return -1;
}

/** Prepositions of the phrases that may stand between "talked"/"spoke" and "about": whom to, where, when. */
const TALK_SETTING = new Set(['to', 'with', 'at', 'in', 'on', 'before', 'from', 'inside', 'outside']);
/** Events with a topic of their own: "spoke at the debate about the toll" may name the debate's topic. */
const TOPIC_EVENTS = new Set(['debate', 'debates', 'discussion', 'discussions', 'forum', 'hearing', 'hearings', 'talks', 'dispute', 'argument', 'controversy', 'fight', 'row']);

/**
 * "spoke at the town hall on Tuesday about", "is talking to voters about", "has spoken at length
 * about": after "talk" or "speak", adverbs ("at length", "openly"), time words and short phrases of
 * whom it was said to and where or when (a preposition and at most six words of a noun phrase),
 * then "about" and what was talked about (not a quantity: "spoke for about an hour", "talked to him
 * about 20 minutes"). The index of "about", or -1. Looks at most fourteen tokens ahead.
 */
function separatedAbout(doc: SlantDocument, k: number): number {
  const stop = Math.min(doc.tokenCount, k + 15);
  let t = k + 1;
  while (t < stop) {
    const low = doc.lower[t]!;
    if (low === 'about') {
      if (t === k + 1 || TOPIC_EVENTS.has(doc.lower[t - 1]!)) return -1;
      const next = doc.lower[t + 1] ?? '';
      const quantity = doc.pos[t + 1] === 'NUM' || next === '$' || (/^(?:half|an?)$/.test(next) && /^(?:hour|minute|dozen|half|third|quarter|week|day|month|year|decade)s?$/.test(doc.lower[t + 2] ?? ''));
      return quantity || doc.pos[t + 1] === 'PUNCT' ? -1 : t;
    }
    if (low === 'at' && doc.lower[t + 1] === 'length') {
      t += 2;
      continue;
    }
    if (isAdverbLike(doc, t) || DEGREE_OR_DAY.has(low)) {
      t++;
      continue;
    }
    if (TALK_SETTING.has(low)) {
      const from = t + 1;
      let e = from;
      while (e < stop && e - from < 6 && (/^(?:DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(doc.pos[e]!) || /^['’]s$/.test(doc.value[e]!)) && doc.lower[e] !== 'about') e++;
      if (e === from) return -1;
      t = e;
      continue;
    }
    return -1;
  }
  return -1;
}

/**
 * "went on to say", "she went on: …", "“…,” he went on": "go on" reports when what follows is a
 * quotation, a colon, "that", the end of the clause, or "to" and a reporting verb. Not "went on to
 * win the seat", "went on the offensive", "what is going on here", "talks that have gone on for
 * years": going on with something else; nor "went on CNN to defend the plan", whose cue is "to defend".
 */
function goesOnToReport(doc: SlantDocument, a: number, lex: AttributionLexicons): boolean {
  const next = doc.lower[a] ?? '';
  if (next === '' || next === 'that' || isPunct(doc, a) || isQuoteMark(doc, a)) return true;
  // "went on the record": said so publicly
  if (next === 'the' && doc.lower[a + 1] === 'record') return true;
  // "went on a long rant about the toll": an act of speech or judgement of the noun lexicon
  if (next === 'a' || next === 'an') {
    let n = a + 1;
    while (n < doc.tokenCount && n - a <= 3 && (doc.pos[n] === 'ADJ' || doc.pos[n] === 'ADV')) n++;
    // the compound's head: "a talk show" is a show, not a talk
    while (n - a <= 5 && doc.pos[n] === 'NOUN' && doc.pos[n + 1] === 'NOUN') n++;
    const cls = doc.pos[n] === 'NOUN' ? lex.cueNouns.get(doc.lemma[n]!)?.cueClass : undefined;
    if (cls === 'speech' || cls === 'evaluation') return true;
  }
  // "went on Harbour Radio to defend the toll": going on a medium is no report; the infinitive's
  // verb is the cue there (as after "appeared on television to …")
  if (next !== 'to') return false;
  let v = a + 1;
  while (v < doc.tokenCount && v - a <= 2 && isAdverbLike(doc, v) && doc.pos[v] === 'ADV') v++;
  return doc.pos[v] === 'VERB' && (lex.verbs.has(doc.lemma[v]!) || lex.particleFirst.has(doc.lemma[v]!));
}

/**
 * "went on to say", "went on to sharply criticize", "went on to point out": the reporting verb
 * right after "to" (past at most two adverbs) is part of the cue, which ends after it (and its
 * particle) and takes its class and stance; null when no such verb follows.
 */
function carriedOnVerb(doc: SlantDocument, a: number, lex: AttributionLexicons): VerbSense | null {
  if (doc.lower[a] !== 'to') return null;
  let v = a + 1;
  while (v < doc.tokenCount && v - a <= 2 && isAdverbLike(doc, v) && doc.pos[v] === 'ADV') v++;
  if (doc.pos[v] !== 'VERB') return null;
  const lem = doc.lemma[v]!;
  const second = doc.lower[v + 1];
  const phrase = second !== undefined && lex.particleFirst.has(lem) ? lex.particlePhrases.get(`${lem} ${second}`) : undefined;
  if (phrase) return sensed(phrase, 'go on', v + 2);
  const sense = lex.verbs.get(lem);
  return sense ? sensed(sense, 'go on', v + 1) : null;
}

/** Tags of a word that may modify a plural noun after it or be one ("Harbour advocates", "Early estimates"). */
const NOUN_OR_ADJ_TAGS = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * Is `k` an -s form right after an amount of time that opens its sentence ("Years later | reports said …",
 * "Two weeks ago | audits showed …"), before a verb? The amount is no subject, so the -s form is a plural
 * noun heading the verb's subject ("Years later Vale reports …" has its subject before the -s form).
 */
function pluralAfterMeasuredTime(doc: SlantDocument, k: number): boolean {
  if (k < 2 || !MEASURED_TIME_CLOSERS.has(doc.lower[k - 1]!) || !endsWithPlainS(doc.lower[k]!) || !isVerb(doc, k + 1)) return false;
  const ts = doc.sentences[doc.sentenceOf[k]!]!.tokenStart;
  return measuredPeriodAt(doc, ts, k - 1, 3, (t) => PERIOD_COUNT_TAGS.has(doc.pos[t]!)) === k - 2;
}

/**
 * "Harbour advocates hailed the ruling", "Early estimates showed a gap": an -s form after a noun or
 * adjective and right before a past-tense verb that no noun or adjective follows is a plural noun,
 * the head of that verb's subject (two finite verbs do not follow each other). Likewise before a
 * base-form verb ("the Tarnow attacks compel …"). Not "says" ("Vale says hired crews left").
 */
function pluralBeforePast(doc: SlantDocument, k: number, c: number): boolean {
  const low = doc.lower[k]!;
  // (nor a verb of appearance before its participle complement: "Vale seems fixated on the toll"; nor a clause
  // with a gap after a relative word: "the speech, which Ruiz claims rallied the town")
  // (a modifier of the plural noun before it: "Harbour advocates", "Early estimates")
  // the verb test first: most candidates have none after them (this runs for each candidate in isVerbUse)
  if (doc.pos[k + 1] !== 'VERB' || c !== k + 1 || low === 'says' || !/[^s]s$/.test(low) || !NOUN_OR_ADJ_TAGS.has(doc.pos[k - 1] ?? '') || APPEARANCE.has(doc.lemma[k]!) || relativeBefore(doc, k - 1)) return false;
  const next = doc.lower[k + 1] ?? '';
  // "the Tarnow attacks compel the council": a base-form verb agreeing with the plural
  if (doc.pos[k + 1] === 'VERB' && next === doc.lemma[k + 1] && !/(?:s|ed|ing)$/.test(next)) return true;
  return doc.pos[k + 1] === 'VERB' && endsWithEd(next) && next !== doc.lemma[k + 1] && doc.pos[k + 2] !== 'NOUN' && doc.pos[k + 2] !== 'ADJ';
}

/**
 * Is the "and" at `and` the one of a series of participles, the first opening a phrase right after a
 * comma or a dash (", urging voters to stay and …")? Looks back at most twelve tokens, not past
 * punctuation: the series then shares the first participle's subject.
 */
function secondOfParticipleSeries(doc: SlantDocument, and: number): boolean {
  if (doc.lower[and] !== 'and') return false;
  for (let u = and - 1; u > 0 && and - u <= 12; u--) {
    if (isPunct(doc, u)) return false;
    if (doc.pos[u] === 'VERB' && endsWithIng(doc.lower[u]!) && (doc.value[u - 1] === ',' || isSetOffDash(doc, u - 1))) return true;
  }
  return false;
}

/**
 * "The orchard suspect fled", "Orchard Fire Suspect Named By Police": a bare form the tagger read
 * as a verb right after a singular noun, with an inflected verb straight after it, ends the noun
 * phrase: a bare-form verb does not agree with a singular subject, and a reporting verb takes a
 * clause or an object, not a second finite verb. Not after a coordinated subject ("Ruiz and the
 * Vale family believe hidden …": the phrase before it opens after "and"), nor a plural ("Growers
 * suspect rigged …"). Looks back at most four tokens.
 */
export function bareFormEndsNounPhrase(doc: SlantDocument, k: number): boolean {
  const low = doc.lower[k]!;
  if (doc.lemma[k] !== low || doc.pos[k + 1] !== 'VERB' || k < 2) return false;
  const next = doc.lower[k + 1]!;
  if (next === doc.lemma[k + 1] || endsWithIng(next)) return false;
  const noun = doc.pos[k - 1];
  if ((noun !== 'NOUN' && noun !== 'PROPN') || endsWithPlainS(doc.lower[k - 1]!) || !NOUN_PHRASE_WORD_TAGS.has(doc.pos[k - 2]!)) return false;
  const t = nounPhraseOpening(doc, k - 2, k);
  return doc.sentenceOf[t - 1] !== doc.sentenceOf[k] || doc.pos[t - 1] !== 'CCONJ';
}

/**
 * "a street-level focus on tram fares", "Vale's harbour focus on ferry tolls": a bare form the tagger read
 * as a verb right after a singular common noun, before the particle of its phrase (`c` past `k + 1`),
 * is the head of that noun phrase: a bare form does not agree with a singular subject (unless it is
 * also the past: "a diplomat put it", "a senator hit out at"). Not after a collective noun or a noun
 * naming a speaker, which British usage gives a plural verb ("the crew focus on …"), nor a noun phrase
 * opening a clause after "that" ("asked that the board focus on …": a mandative clause keeps the bare
 * form) or after "and" ("Ruiz and the Vale family focus on …").
 */
function bareFormBeforeParticleEndsNounPhrase(doc: SlantDocument, lex: AttributionLexicons, k: number, c: number): boolean {
  if (c === k + 1 || k < 1 || doc.pos[k + 1] !== 'ADP' || doc.lemma[k] !== doc.lower[k] || PAST_SAME_AS_BARE.has(doc.lemma[k]!) || doc.pos[k - 1] !== 'NOUN') return false;
  const noun = doc.lower[k - 1]!;
  if (doc.lemma[k - 1] !== noun || endsWithPlainS(noun)) return false;
  const t = nounPhraseOpening(doc, k - 1, k);
  if ((lex.collectiveNouns.has(noun) || namesSpeaker(doc, lex, k - 1)) && !(possessorIn(doc, t, k - 1) && finiteVerbAfterObject(doc, c))) return false;
  const before = doc.lower[t - 1] ?? '';
  return doc.sentenceOf[t - 1] !== doc.sentenceOf[k] || (before !== 'that' && doc.pos[t - 1] !== 'CCONJ');
}

/**
 * Does a possessor stand in the noun phrase from `t` to its head `h` ("Vale's team", "her crew")? With a
 * finite verb after the particle's object it tells a collective noun's phrase from its subject: "Vale's team
 * focus on costs paid off" (one noun phrase, "paid" its verb), not "Vale's team focus on costs".
 */
function possessorIn(doc: SlantDocument, t: number, h: number): boolean {
  // (from the token before the opening: a phrase may open after the possessive mark)
  for (let u = Math.max(t - 1, 0); u < h; u++) if (isPossessive(doc, u) || POSSESSIVE_DETERMINERS.has(doc.lower[u]!)) return true;
  return false;
}


/**
 * Does an inflected finite verb (not an -ing form) follow a short object noun phrase that starts at `c`?
 * Not a participle with its agent ("costs raised by growers"): a reduced relative on the object, not the
 * sentence's verb.
 */
function finiteVerbAfterObject(doc: SlantDocument, c: number): boolean {
  let v = c;
  while (v - c < 5 && NOUN_PHRASE_TAGS.has(doc.pos[v] ?? '') && doc.sentenceOf[v] === doc.sentenceOf[c]) v++;
  if (v === c || doc.sentenceOf[v] !== doc.sentenceOf[c]) return false;
  return doc.pos[v] === 'VERB' && doc.lemma[v] !== doc.lower[v] && !endsWithIng(doc.lower[v]!) && doc.lower[v + 1] !== 'by';
}

/**
 * A noun right before a participle followed by "by" at `by`: "a goal set by the council"; in a headline in title case the
 * tagger reads every capitalised noun as a name ("Harbour Levy Plan Criticized By Okafor"), so a
 * name counts before a capitalised participle.
 */
function nounBeforeParticiple(doc: SlantDocument, k: number, by: number): boolean {
  const p = doc.pos[k - 1];
  // ("one backed by Vale"; not the subject of an active verb with its means: "one protested by walking out")
  return p === 'NOUN' || (p === 'PROPN' && (isCap(doc, k) || nameAfterWith(doc, k - 1))) || (HEADS_OF_ONE.has(doc.lower[k - 1]!) && !endsWithIng(doc.lower[by + 1] ?? ''));
}

/**
 * Does the name ending at `t` follow "with" or "without" ("With Berg backed by unions, …")? An absolute phrase's
 * name takes no finite verb, so a participle after it with "by" is passive. (A name of a few words at most.)
 */
function nameAfterWith(doc: SlantDocument, t: number): boolean {
  let s = t;
  while (s > t - 4 && doc.pos[s - 1] === 'PROPN') s--;
  const w = doc.lower[s - 1];
  return w === 'with' || w === 'without';
}

/**
 * Words that stand for a noun left out and head a phrase of their own, which the tagger reads as an
 * adjective or a number: "one backed by Vale, the other favoured by the board", "others opposed by growers".
 */
const HEADS_OF_ONE = new Set(['other', 'others', 'one', 'ones']);

/** Participles of polling after the people polled: "the farmers polled", "those surveyed". */
const POLL_PARTICIPLES = new Set(['polled', 'surveyed', 'questioned', 'interviewed', 'sampled']);
/** Tags before a verb that make it a finite verb, no reduced relative: a subject pronoun or name, a modal or auxiliary ("She reviewed", "will examine"). */
const VERB_OWNERS: ReadonlySet<string> = new Set(['PRON', 'PROPN', 'AUX']);

/** Subject pronouns of an -s verb: "she reviews claims" ("their studies" is a determiner's noun). */
const SINGULAR_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it']);

// (bits of the word-id record: `isVerbUse` asks them of the word before each cue verb)
defineLowerBit(DETERMINER_BIT, (w) => DETERMINERS.has(w));
defineLowerBit(PLURAL_SUBJECT_QUANTIFIER_BIT, (w) => PLURAL_SUBJECT_QUANTIFIERS.has(w));

/**
 * Is the token used as a verb (not "the said property", "a call", "his support")? Its
 * complement starts at `c`: after the particles of a phrase ("leaders point out that").
 */
function isVerbUse(doc: SlantDocument, lex: AttributionLexicons, k: number, c = k + 1): boolean {
  const pos = doc.pos[k]!;
  if (hyphenJoinsAfter(doc, k - 1)) return false; // "best-known", "so-called"
  // "the depot attacks faded": the noun of a verb that takes only an object, with none after it
  if (objectlessCueNoun(doc, k)) return false;
  // "The long-standing claim that …", "Growing fears that …": a noun the participle before it modifies
  if (participleModifiesNoun(doc, k)) return false;
  const low = doc.lower[k]!;
  const prev = doc.lower[k - 1] ?? '';
  // "this seems like a fair idea": a pronoun "this" is the subject, not a determiner of the word after it
  const thisSubject = prev === 'this' && doc.pos[k - 1] === 'PRON' && APPEARANCE.has(doc.lemma[k]!);
  // ("Vale and Ruiz each said": a quantifier floated after the subject determines nothing; nor does the
  // object closing a relative clause: "the coach who trained her said")
  // ("those backing Vale", "those opposing the toll": a pronoun "those" is the subject of the participle
  // that takes an object, not a determiner of it; "those opposing views" stays a noun phrase)
  const thoseSubject = prev === 'those' && endsWithIng(low) && PARTICIPLE_OBJECT_TAGS.has(doc.pos[c] ?? '');
  if (thoseSubject) return true;
  // ("Some accused Vale of …", "Many urged the board to …": a quantifier standing alone as the subject, an -ed form
  // the tagger reads as a noun, then an object)
  // (not an attributive -ed form before a name used as a modifier: "Many alleged Vale loyalists lost …")
  const prevBits = lowerWordBits(doc, k - 1);
  const quantifierSubject = (prevBits & PLURAL_SUBJECT_QUANTIFIER_BIT) !== 0 && (k - 1 === 0 || isPunct(doc, k - 2)) && endsWithEd(low) && QUANTIFIER_OBJECT_TAGS.has(doc.pos[c] ?? '') && !nameModifiesNoun(doc, c);
  if (((prevBits & DETERMINER_BIT) !== 0 && !thisSubject && !isFloatedQuantifier(doc, k - 1) && !quantifierSubject && !herIsObject(doc, k - 1)) || ((isPossessiveBefore(doc, k) || insidePossessedPhrase(doc, k)) && !cliticPerfect(doc, k, c))) return false;
  // "a founder of the centrist think tank": a compound noun whose first word is a cue verb's form
  if (isCompoundHead(doc, k)) return false;
  if (bareFormEndsNounPhrase(doc, k)) return false;
  if (bareFormBeforeParticleEndsNounPhrase(doc, lex, k, c)) return false;
  // "requests for comment", "a call for change": a base form right after "for" is a noun (a verb
  // after "for" has its subject and "to": "for Vale to comment")
  if (prev === 'for' && doc.lemma[k] === low) return false;
  // "270 pledged delegates": a participle between a number and its noun
  if (doc.pos[k - 1] === 'NUM' && endsWithEd(low) && doc.pos[k + 1] === 'NOUN') return false;
  if (pluralBeforePast(doc, k, c)) return false;
  // "Soon reports of a strike reached …", "Early reports said …": an -s form after an opening time word is a plural noun
  if (pluralAfterOpeningTime(doc, k)) return false;
  // ("Years later reports said …", "Weeks ago audits showed …": likewise after an amount of time opening the sentence)
  if (pluralAfterMeasuredTime(doc, k)) return false;
  if (pos === 'VERB' || pos === 'AUX') return true;
  // "Informed of the vote, Vale …": a participle of telling opening the sentence, which the tagger read as a
  // name, with what was told after it (see verbRelation's opening participles of telling)
  if (pos === 'PROPN' && TOLD_FORMS.has(low) && TOLD_MATTER.has(doc.lower[k + 1] ?? '') && doc.sentences[doc.sentenceOf[k]!]!.tokenStart === k) return true;
  // "is promising to", "are demanding": an -ing form after an auxiliary
  if (endsWithIng(low)) {
    let j = k - 1;
    while (j >= 0 && (doc.pos[j] === 'ADV' || NEGATIONS.has(doc.lower[j]!))) j--;
    if (j >= 0 && doc.pos[j] === 'AUX') return true;
    // "with three in 10 saying they …": after a share of people led by "with", a participle the tagger
    // read as a noun, with a clause of its own after it
    if (shareAfterWith(doc, k - 1) && PARTICIPLE_OBJECT_TAGS.has(doc.pos[c] ?? '')) return true;
    // ", chiding the media", "while urging voters to": a participle read as a noun, with an object
    // (not after "and", where a noun-tagged -ing form is as often a gerund: "jobs and lending")
    // (also past an adverb before a clause: "by warning darkly that", ", saying again that")
    // (or a bare noun object after the comma that ends there or at a preposition: ", promising growth in return")
    // (or after a passive verb of perception: "was heard grumbling that", "was caught boasting that")
    // (or after a verb whose -ing complement shares its subject: "kept warning that", "began telling voters that")
    // (or after "and" that joins it to a participle opening a phrase after a comma: ", urging voters to stay
    // and promising to cut the levy", ", praising the crews and warning that …")
    if (!(j >= 0 && (SERIES_PARTICIPLE_LEADS.has(doc.lower[j]!) || passivePerception(doc, j) || (doc.pos[j] === 'VERB' && CATENATIVES.has(doc.lemma[j]!)) || secondOfParticipleSeries(doc, j)))) return false;
    let n = k + 1;
    while (n < doc.tokenCount && n - k <= 2 && doc.pos[n] === 'ADV' && !/^(?:that|to)$/.test(doc.lower[n]!)) n++;
    if (n > k + 1 && !/^(?:that|whether)$/.test(doc.lower[n] ?? '')) n = k + 1;
    if (/^(?:DET|PRON|PROPN|NUM)$/.test(doc.pos[n] ?? '') || /^(?:that|whether|to)$/.test(doc.lower[n] ?? '')) return true;
    // ("telling reporters that", "urging farmers to": a bare noun object, then the clause or infinitive;
    // "to" only before a verb: "promising changes to the timetable" holds a preposition)
    if (doc.pos[n] === 'NOUN' && (/^(?:that|whether)$/.test(doc.lower[n + 1] ?? '') || (doc.lower[n + 1] === 'to' && doc.pos[n + 2] === 'VERB'))) return true;
    // (also behind one adjective: ", promising impossible growth"; not after an adjective before the comma, where
    // the -ing word is the second of two: "a bright, promising young pilot")
    if (doc.lower[j] !== ',' || k - 1 !== j) return false;
    // (", warning against a rise", ", talking about the levy": right after the comma, before a preposition that
    // governs what is said and its noun phrase; a noun there would have a determiner of its own)
    if (SET_OFF_PARTICIPLE_LINKS.has(doc.lower[k + 1] ?? '') && PREPOSITION_OBJECT_TAGS.has(doc.pos[k + 2] ?? '')) return true;
    const o = doc.pos[k + 1] === 'ADJ' && doc.pos[k + 2] === 'NOUN' && doc.pos[j - 1] !== 'ADJ' ? k + 2 : k + 1;
    return doc.pos[o] === 'NOUN' && (doc.pos[o + 1] === 'ADP' || doc.pos[o + 1] === 'PUNCT');
  }
  // wink-nlp sometimes tags "says", "tweeted", "alleged" as nouns or adjectives.
  if (low === 'says' || low === 'said') return true;
  // "The mayor shot back, …": an irregular past read as a noun, with the particle of its phrase
  if (c > k + 1 && pastReadAsNounAfterSubject(doc, k)) return true;
  // ("Vale cast herself as …": or before its object, right after a name or pronoun)
  if (doc.pos[k - 1] !== 'NOUN' && (doc.pos[c] === 'DET' || doc.pos[c] === 'PRON') && pastReadAsNounAfterSubject(doc, k)) return true;
  // "Vale was informed by aides that the pier would close": a passive with its agent and the clause told
  // (not "views informed by years at sea": no "be", no clause)
  if (pos === 'ADJ' && endsWithEd(low) && doc.lower[c] === 'by' && passiveBe(doc, k) && clauseAfterShortPhrase(doc, c + 1, doc.tokenCount, 7, true) >= 0) return true;
  // "Vale is revered among growers": a participle the tagger read as an adjective after "be", of a verb
  // whose passive attributes with no agent (not a state the verb's passive does not give: "was concerned")
  if (pos === 'ADJ' && endsWithEd(low) && passiveBe(doc, k) && (PASSIVE_COMPLEMENTS.has(low.slice(0, -1)) || PASSIVE_COMPLEMENTS.has(low.slice(0, -2)))) return true;
  // "She also referenced the …", "has repeatedly referenced her …", "could have pressured the board": a past the
  // tagger read as an adjective, after a perfect "have" or behind adverbs after its subject, before an object
  if (pos === 'ADJ' && endsWithEd(low) && OBJECT_OPENER_TAGS.has(doc.pos[c] ?? '') && perfectOrSubjectOverAdverbs(doc, k)) return true;
  if ((pos === 'ADJ' || pos === 'NOUN' || pos === 'PROPN') && /(?:ed|s)$/.test(low)) {
    // (a quantifier the tagger read as a name at the sentence's start is no name: "Several alleged gang members quit")
    // (not before "be" or "have", of which the plural noun is the subject: "Harsh comments have cost Vale …", where the
    // tagger read the capitalised adjective opening the sentence as a name; a modal may follow a verb whose object
    // is a gap: "what the Harbour Trust estimates will be needed")
    const nounSubject = doc.pos[c] === 'AUX' && !MODALS.has(doc.lower[c]!);
    // ("Berg studies claims that …", "she reviews claims that …": a plural noun right after a name or a pronoun is
    // that subject's verb, and this -s word its object; a plural subject takes no -s verb)
    if (pos === 'NOUN' && doc.pos[k - 1] === 'NOUN' && isPluralNoun(doc, k - 1) && k - 2 >= 0 && (doc.pos[k - 2] === 'PROPN' || SINGULAR_SUBJECT_PRONOUNS.has(doc.lower[k - 2]!))) return false;
    // ("She reviewed claims that …", "the panel will examine reports that …": a plural noun right after a verb is
    // that verb's object; two verbs never stand side by side, save a participle after the people it picks out: "those polled";
    // the verb needs a subject pronoun, a name, a modal or an auxiliary before it: after a noun it may be a reduced
    // relative's participle, "The clerk arrested claims that …")
    if (pos === 'NOUN' && doc.pos[k - 1] === 'VERB' && isPluralNoun(doc, k) && !POLL_PARTICIPLES.has(prev) && k >= 2 && VERB_OWNERS.has(doc.pos[k - 2]!)) return false;
    if (doc.lower[c] === 'that' || (k > 0 && (doc.pos[k - 1] === 'PRON' || (doc.pos[k - 1] === 'PROPN' && !PLURAL_SUBJECT_QUANTIFIERS.has(prev) && !nounSubject))) || quantifierSubject) return true;
    // ("Ruiz slams port board, praises crews": the second verb of a headline's series, after its comma or "and")
    if (c === k + 1 && headlineSeriesVerb(doc, k) >= 0) return true;
    // "The leaflet claims “…”", "the letter notes: …", "the mayor slams Dalton", "a report, which warns …":
    // an -s form after a noun subject or "which", then what was said or whom it is about
    // also after a numbered provision or label, before a colon or a quotation: "Article 9 states: …", "Rule 4 reads “…”"
    // (not "in 12 states: …": the number follows a capitalized noun, the cue opens what is said)
    const numbered = doc.pos[k - 1] === 'NUM' && /^\d/.test(prev) && (doc.pos[k - 2] === 'PROPN' || doc.pos[k - 2] === 'NOUN') && /^[A-Z]/.test(doc.value[k - 2] ?? '') && (doc.value[k + 1] === ':' || isQuoteMark(doc, k + 1));
    // ("The memo that the clerks argued over | claims the pier …": or after a preposition stranded at the end of a
    // relative clause on the subject)
    if (STRANDED_PREPOSITIONS.has(prev)) {
      const { tokenStart, tokenEnd } = doc.sentences[doc.sentenceOf[k]!]!;
      if (mainVerbOverStranded(doc, k, tokenStart, tokenEnd)) return true;
    }
    // (or an infinitive: "The city plans to close the pier")
    // ("Ana Vale, 54, plans to run", "Vale, a clerk, plans a bid": or after a name's appositive set off by commas)
    if (/s$/.test(low) && k > 0 && closesNameAppositive(doc, k - 1, doc.sentences[doc.sentenceOf[k]!]!.tokenStart) && (opensComplement(doc, k + 1) || bareInfinitiveAt(doc, k + 1))) return true;
    return /s$/.test(low) && (doc.pos[k - 1] === 'NOUN' || prev === 'which' || numbered) && !PLURAL_MODIFIERS.has(prev) && (opensComplement(doc, k + 1) || infinitiveAfterSubject(doc, k));
  }
  // "Farmers fear the dam will fail": a base form read as a noun after a plural subject
  if ((pos === 'NOUN' || (pos === 'PROPN' && titleCaseAround(doc, k))) && k > 0 && low !== 'like') {
    const prevPos = doc.pos[k - 1];
    // also after a quantifier or a number standing for people: "Some say …", "Seven in 10 say …"
    // (plurals without -s too: "fishermen", "people"; not plural modifiers: "the jobs report")
    // also behind a poll participle: "the farmers polled support …", "of those surveyed oppose …"
    // ("the voters polled on Monday support …": also with a time phrase after the participle)
    const p = POLL_PARTICIPLES.has(prev) ? k - 1 : skipAdjunctsBack(doc, k - 1, doc.sentences[doc.sentenceOf[k]!]!.tokenStart);
    const s = POLL_PARTICIPLES.has(doc.lower[p] ?? '') ? p - 1 : k - 1;
    const plural = pluralSubject(doc, s);
    // (a quantifier floated after the subject says it is plural: "Vale and Ruiz each want …", "they all fear …")
    // (or a relative pronoun after a plural noun: "the polls that show Vale ahead", "fishermen who fear the quota")
    // (not a relative inside the sentence's subject, whose main verb follows: "The crews that fear the storm stayed home")
    const relativeSubject = RELATIVE_WORDS.has(prev) && (pluralSubject(doc, k - 2) || pluralAfterBeOrThe(doc, k - 2)) && hasVerb(doc, doc.sentences[doc.sentenceOf[k]!]!.tokenStart, k - 2);
    const subject = plural || relativeSubject || isFloatedQuantifier(doc, k - 1) || pluralDocumentBefore(doc, lex, k) || pluralBeforePhrase(doc, k - 1) || (prevPos === 'PRON' && PLURAL_SUBJECT_PRONOUNS.has(prev)) || PLURAL_SUBJECT_QUANTIFIERS.has(prev) || (prevPos === 'NUM' && !/^(?:one|1)$/.test(prev)) || shareOfPeople(doc, k - 1);
    // an object, or what is reported: "support raising the fee", "show rural voters could …", "fear “…”"
    // (also behind a focusing adverb: "Growers fear exactly the kind of …", "Voters want just the levy cut")
    if (FOCUSING_ADVERBS.has(doc.lower[c] ?? '') && doc.pos[c + 1] === 'DET') c++;
    const after = doc.pos[c] ?? '';
    // after a plural or a share of people, also an adjective, an -ing clause or a plural noun (not after "more": "more support staff")
    const group = plural || (shareOfPeople(doc, k - 1) && prev !== 'more' && prev !== 'fewer');
    const ing = (a: number) => doc.pos[a] === 'VERB' && endsWithIng(doc.lower[a]!);
    // (also a plural noun behind a modifier noun: "support background checks", "fear job losses")
    const phrase = after === 'ADJ' || ing(c) || (after === 'ADV' && ing(c + 1)) || (after === 'NOUN' && isPluralNoun(doc, c)) || (after === 'NOUN' && doc.pos[c + 1] === 'NOUN' && isPluralNoun(doc, c + 1));
    // a modal right after the verb means its clause has a gap: "a rule farmers hope will pass"
    const gap = after === 'AUX' && (relativeBefore(doc, k - 2) || (plural && MODALS.has(doc.lower[c]!)));
    // an indirect question: "Others wonder whether …", "voters ask how …" ("whether" tagged ADP, "how" ADV)
    const question = WH_SUBJECTS.has(doc.lower[c] ?? '');
    // (or an infinitive: "Some seek to be taken off", "Farmers hope to sell")
    const object = /^(?:DET|PRON|PROPN|NUM|SCONJ)$/.test(after) || doc.lower[c] === 'that' || opensComplement(doc, c) || (group && phrase) || gap || question || bareInfinitiveAt(doc, c);
    // "logs from the contractor show that two users …": a clause after "that" makes it a verb
    const clause = (prevPos === 'NOUN' || prevPos === 'PROPN') && doc.lower[c] === 'that' && takesClause(doc, c + 1, doc.tokenCount);
    // "…, tax records show.": a plural document noun, then the verb closing the clause
    const closing = /^[.,;]$/.test(doc.value[c] ?? '') && lex.documentNouns.has(prev) && /s$/.test(prev);
    return (subject && (object || closing)) || clause || barePastAfterName(doc, k, c);
  }
  // "voted to back Ruiz", "did n't back the plan", "women back him", "officials welcome the move": a verb
  // wink-nlp reads as an adverb or adjective, in a verb's slot and before its object
  // (after an adjective reading only a determiner: "will welcome them" is a greeting, "welcome the move" a judgement)
  if ((pos === 'ADV' || pos === 'ADJ') && k > 0 && (pos === 'ADV' ? /^(?:DET|PROPN|PRON)$/ : /^DET$/).test(doc.pos[c] ?? '') && !/^(?:it|its|that|this|there)$/.test(doc.lower[c]!)) {
    return pluralSubject(doc, k - 1) || MODALS.has(prev) || /^(?:to|not|n't|n’t|they|we|i|you|who)$/.test(prev);
  }
  return false;
}

/**
 * "Vale forecast the levy would fall", "Mr. Ruiz bet the fare would rise": a past that is also the bare
 * form (`PAST_SAME_AS_BARE`), read as a noun right after a name, then a clause without "that". A bare
 * form cannot agree with a singular name, so it is the past. Not when the name modifies the noun, after
 * a determiner or a possessive ("the Vale forecast the board trusted", where the clause is a relative).
 */
function barePastAfterName(doc: SlantDocument, k: number, c: number): boolean {
  if (doc.pos[k - 1] !== 'PROPN' || !PAST_SAME_AS_BARE.has(doc.lower[k]!)) return false;
  const ts = doc.sentences[doc.sentenceOf[k]!]!.tokenStart;
  let t = k - 1;
  while (t > ts && doc.pos[t - 1] === 'PROPN') t--;
  if (t > ts && (DETERMINERS.has(doc.lower[t - 1]!) || doc.pos[t - 1] === 'DET' || doc.pos[t - 1] === 'ADJ' || isPossessiveBefore(doc, t))) return false;
  return takesClause(doc, c, doc.tokenCount);
}

/** Adjectives after "too" before an infinitive cue that put the act off: "too early to say", "too close to call". */
const PUT_OFF = new Set(['early', 'soon', 'premature', 'close']);

/**
 * "The letter Vale asked for | says …", "the plan the clerk voted against | came …", "A study that the union asked
 * for | found …": a verb in a relative clause whose preposition is stranded right before the main verb reports
 * nothing there; the main verb's source is the noun phrase. The main verb is inflected ("says", "came"), so "Vale
 * asked for help" (a bare form the tagger reads as a verb) keeps its cue.
 */
function strandedInContactRelative(doc: SlantDocument, k: number, end: number, ts: number, te: number): boolean {
  // (the preposition may already close the cue: "voted against")
  const p = STRANDED_PREPOSITIONS.has(doc.lower[end]!) ? end : end - 1 > k && STRANDED_PREPOSITIONS.has(doc.lower[end - 1]!) ? end - 1 : -1;
  return p >= 0 && mainVerbAfterStranded(doc, p + 1, te) && strandedRelativeHead(doc, k, ts) >= 0;
}

export function verbCue(doc: SlantDocument, k: number, ts: number, te: number, sense: VerbSense, sentence: number, lex: AttributionLexicons): Cue | null {
  const { lemma, end } = sense;
  const low = doc.lower[k]!;
  const next = doc.lower[end] ?? '';
  const prev = k > ts ? doc.lower[k - 1]! : '';
  if (low === 'told' && prev === 'all') return null; // all told
  if (lemma === 'value' && next === 'at') return null; // "valued at two million": a price, not a judgement
  if (strandedInContactRelative(doc, k, end, ts, te)) return null;
  if (lemma === 'beg' && next === 'the' && doc.lower[end + 1] === 'question') return null; // "begged the question": the noun is the cue
  // "That said, ...", "(That said, …", "But that said, …": the phrase opens its sentence (over a bracket, a mark or a conjunction)
  if (low === 'said' && prev === 'that' && next === ',' && (k - 1 === ts || (k - 2 === ts && (doc.value[ts] === '(' || isQuoteMark(doc, ts) || AND_BUT.has(doc.lower[ts]!))))) return null;
  if ((lemma === 'be divided' || lemma === 'be split') && !/^(?:on|over|about|whether|in)$/.test(next)) return null;
  // "too early to say whether", "too close to call": the saying is put off, nothing is reported
  // (the sentence's own cue, if any, reports the whole; not any adjective: "too quick to blame" still blames)
  if (prev === 'to' && k - 3 >= ts && doc.lower[k - 3] === 'too' && PUT_OFF.has(doc.lower[k - 2]!)) return null;
  // "as reported", "as expected" in a clause: no cue; "As expected, …" and "…, as expected." are (expectationAside)
  if (prev === 'as' && /ed$|said|known/.test(low) && !['by'].includes(next)) return shapedOrNull(expectationAside(doc, k, ts, te, { tokStart: k, tokEnd: end, head: k, lemma, stance: 'neutral', cueClass: sense.cueClass, negated: false, sentence }));
  // Auxiliaries, negation and adverbs before the verb.
  let j = k - 1;
  let negated = false;
  let be = -1;
  while (j >= ts && k - j <= 5 && (isAdverbLike(doc, j) || degreeSoBeforeParticiple(doc, j, k, ts) || soFarAt(doc, j))) {
    if (NEGATIONS.has(doc.lower[j]!)) negated = true;
    if (BE_FORMS.has(doc.lower[j]!) && be < 0) be = j;
    j--;
  }
  for (let t = k + 1; t < end; t++) if (NEGATIONS.has(doc.lower[t]!) || deniedHolder(doc, t, end)) negated = true; // "is not sure", "is no fan of"
  const participle = !lemma.startsWith('be ') && isParticipleForm(low);
  // "She's said she will run", "Ruiz’s warned that …": the clitic is "has" when an active complement follows
  if (be >= 0 && participle && perfectClitic(doc, be, end, te, lemma)) be = -1;
  // "who is widely known and seen as the favourite": a second participle shares the first one's "be"
  // when what follows makes it a passive ("as", "to", "of", "for"), not "was elected and vowed to"
  let passiveStart = be >= 0 ? passiveGroupStart(doc, be, ts) : be;
  if (be < 0 && participle && sharedPassiveTail(doc, end, te, lemma)) {
    const shared = sharedPassiveBe(doc, j, ts);
    if (shared >= 0) {
      passiveStart = k;
      be = shared;
      j = shared - 1;
      while (j >= ts && isAdverbLike(doc, j)) j--;
    }
  }
  // "There's reason to believe …", "there is comment on …": after existential "there" and a form of
  // "be" stands a noun, whatever the tagger says (not "there is said to be", a passive)
  if (be === k - 1 && be - 1 >= ts && doc.lower[be - 1] === 'there' && !participle && !endsWithIng(low)) return null;
  const base = { tokStart: k, tokEnd: end, head: k, lemma, stance: negated ? ('neutral' as Stance) : sense.stance, cueClass: sense.cueClass, negated, sentence };
  // "The toll is often justified by arguing that …": the one who argues is the passive's missing agent
  // (not an adjective before its noun: "was surrounded by inquiring reporters")
  if (prev === 'by' && endsWithIng(low) && doc.pos[end] !== 'NOUN' && passiveBefore(doc, k - 1, ts)) return cueFromBase(base, 'agentless', 'it-that');
  // "seems to", "appears that": appearance with no source, unless a cue verb follows ("appeared to suggest").
  if (APPEARANCE.has(lemma)) return lemma === 'seem' && inabilityBeforeSeem(doc, k, ts) ? null : shapedOrNull(appearanceCue(doc, end, j, te, lemma, base));
  // "It is important to note that …", "there is no reason to believe …": no one is the source
  const expletive = prev === 'to' || prev === 'worth' || NEGATIONS.has(prev) || isAdverbLike(doc, k - 1) ? extraposedSubject(doc, k, ts) : -1;
  if (expletive >= 0) return warrantedClaim(doc, k, ts) ? null : cueFromBase(base, 'agentless', 'it-that', expletive);
  // "Vale's warning is worth noting": a gerund after "worth" with a real subject has that subject as
  // what is noted, never as who notes it (no one is named)
  if (prev === 'worth' && endsWithIng(low)) return null;
  // "a session on how to remind voters …", "provided good reasons to worry about …": an infinitive no one controls
  if (prev === 'to' && uncontrolledInfinitive(doc, k, ts)) return cueFromBase(base, 'agentless', 'it-that', k - 1);
  // "the emails released by the ministry", "a suit was filed by Ruiz": who made a record public or brought a
  // claim, not what it says (only the active verb, with the record as its object, reports it)
  if (participle && RECORD_MAKERS.has(lemma) && (be >= 0 || next === 'by')) return null;
  // "an affidavit written by Berg", "a video posted by the Harbour Times", "files maintained by the clerk": who made
  // or keeps a text or recording, not what it says
  if (participle && MADE_BY.has(lemma) && madeByAgent(doc, end, te)) return null;
  // "thefts committed by sailors", "the dispute was resolved by the court": a verb that attributes only an
  // infinitive or a clause ("committed to rebuild", "resolved that …"), as a participle with neither, is a
  // plain act (its active form with a bare object is no cue either)
  if (participle && TO_ONLY.has(lemma) && next !== 'to' && next !== 'that') return null;
  // Passive: "was criticized by X", "it is believed that", "he is said to", "was declared the winner".
  if (be >= 0 && participle) {
    let a = end;
    while (a < te && isAdverbLike(doc, a)) a++;
    if (doc.lower[a] === 'by') return cueFromBase(base, 'verb', undefined, base.tokStart, a);
    // ("was criticized last week by Vale": over a time phrase to the agent; not a document put out, "a report
    // was published on Thursday by the office", whose subject is the document itself, not what it says)
    const byAfterTime = PRODUCED.has(lemma) ? a : timePhraseEnd(doc, a, te, 4, TIME_PHRASE);
    if (byAfterTime > a && doc.lower[byAfterTime] === 'by') return cueFromBase(base, 'verb', undefined, base.tokStart, byAfterTime);
    // "was revealed last week as the donor", "was hailed on Tuesday as a hero": over a time phrase to "as"
    const asAfter = timePhraseEnd(doc, a, te, 4, TIME_PHRASE);
    if (asAfter > a && doc.lower[asAfter] === 'as' && PASSIVE_COMPLEMENTS.has(lemma)) a = asAfter;
    // "was booed Monday during a breakfast", "was mocked last week over the levy": over a time phrase to the
    // adjunct of a judgement passed by no one named
    else if (asAfter > a && PASSIVE_COMPLEMENTS.get(lemma) === 'for') a = asAfter;
    if (AGENTLESS_PASSIVES.has(lemma)) {
      const it = doc.lower[j] === 'it';
      // "it is believed that …", "it's assumed the ruling will …" (a clause with no "that"), "it was
      // reported, however, that …"
      if (it && (WH.has(doc.lower[a]!) || thatWithin(doc, a, te) || thatBehindAside(doc, a, te) || (a < te && !isPunct(doc, a) && takesClause(doc, a, te)))) return cueFromBase(base, 'agentless', 'it-that', j);
      // "Ruiz, it is said, never lost a vote": set off by commas inside the clause it qualifies
      // ("The levy, it was reported on Monday, will rise": also behind a time phrase)
      const timed = it ? timePhraseEnd(doc, a, te, 4, TIME_PHRASE) : a;
      const aside = it ? parentheticalIt(doc, j, timed, ts, te) : null;
      if (aside) return cueFromBase(base, 'agentless', 'it-that', j, undefined, aside);
      if (doc.lower[a] === 'to' || doc.lower[a] === 'as') return cueFromBase(base, 'agentless', 'raising', passiveStart);
      // ("was told on Monday that", "had been told before the vote that": "that" behind a short adjunct)
      if (lemma === 'ask' || (lemma === 'tell' && (doc.lower[a] === 'that' || (doc.pos[a] === 'ADP' && doc.lower[a] !== 'about' && doc.lower[a] !== 'of' && thatWithin(doc, a, te))))) return cueFromBase(base, 'agentless', 'raising', passiveStart);
    }
    // "was shown to be false", "was found to leak": a finding with no one named who found it; "was urged
    // to resign", "was warned not to sail": a directive from no one named (the "not" was skipped as an adverb)
    if ((RAISING_FINDINGS.has(lemma) || (DIRECTIVE_PASSIVES.has(lemma) && directiveSubject(doc, lemma, passiveStart - 1, lex))) && doc.lower[a] === 'to' && isVerb(doc, a + 1)) return cueFromBase(base, 'agentless', 'raising', passiveStart);
    // "Vale is shown waving to the crowd", "is depicted holding": a depicted act, with no one named who shows it
    if (DEPICTED_DOING.has(lemma) && depictedAct(doc, a, te, lex)) return cueFromBase(base, 'agentless', 'raising', passiveStart);
    // "Vale was pressed on why he had voted no", "were pressed about the attacks": a question put to a person
    // by no one named, like "was asked about" (not "the olives were pressed in a mill": a person as the subject)
    if (lemma === 'press' && pressedMatter(doc, a, te) && directiveSubject(doc, lemma, passiveStart - 1, lex)) return cueFromBase(base, 'agentless', 'raising', passiveStart);
    // "was not known for years": a reputation or nothing ("is best known for" is reputationCue's)
    if (lemma === 'know' && doc.lower[a] === 'for') return null;
    // "was described as a reformer", "was identified as Berg": the particle phrase already took the "as"
    if (passiveComplement(doc, a, te, PASSIVE_COMPLEMENTS.get(lemma)) || (IDENTITY_PASSIVES.has(lemma) && a < te && characterAt(doc, a))) return cueFromBase(base, 'agentless', 'raising', passiveStart);
    return null;
  }
  // A participle after a noun with "by": "a goal set by the council", also over adverbs ("a levy strongly
  // opposed by farmers", "a claim first reported by"): the agent is the source, the noun what is attributed;
  // not an active verb with a means and its clause ("The clerk reported by phone that …") or its object
  // ("The team then announced by email a new schedule": a bare means after "by" is no agent)
  if (participle && (nounBeforeParticiple(doc, k, end) || (doc.pos[k - 1] === 'ADV' && adverbsAfterNoun(doc, k - 1, j))) && next === 'by' && lemma !== 'say' && !NOT_AGENT_AFTER_BY.has(doc.lower[end + 1] ?? '') && !thatWithin(doc, end + 1, te)) return cueFromBase(base, 'verb', undefined, doc.pos[k - 1] === 'ADV' ? j + 1 : k, end);
  // "The plan, criticized by Vale, …", "the levy — opposed by farmers — …": the same in an aside after its noun
  // (the aside closes after the agent, or a time phrase: not "accused by X of …"; not a verb whose object is the
  // person addressed, "Ruiz, pressed by reporters, …")
  // ("Berg, backed by the union and opposed by Vale, held on": also a second participle joined by "and" in that aside)
  const asideMark = participle && next === 'by' && doc.lower[k - 1] === 'and' ? coordinatedAsideMark(doc, k, ts) : k - 1;
  if (participle && next === 'by' && lemma !== 'say' && !ADDRESSEE_LEMMAS.has(lemma) && asideMark - 1 >= ts && (doc.value[asideMark] === ',' || isSetOffDash(doc, asideMark)) && (doc.pos[asideMark - 1] === 'NOUN' || doc.pos[asideMark - 1] === 'PROPN') && asideClosesAfterAgent(doc, end + 1, te, doc.value[asideMark] === ',')) return cueFromBase(base, 'verb', undefined, base.tokStart, end);
  // "a clerk accused of fraud", "Ruiz, a judge considered a moderate,": a reduced passive after a noun, with no agent
  const reduced = participle && be < 0 ? reducedPassive(doc, k, end, ts, te, lemma) : null;
  // ("a column published Tuesday", "the profile, published in 2004,": the noun is the document put out, not what it says)
  if (reduced && PRODUCED.has(lemma)) return null;
  if (reduced) return cueFromBase(base, 'agentless', 'raising', base.tokStart, undefined, reduced);
  // "24 people said to be members": a hedge with no speaker
  if (low === 'said' && next === 'to' && (doc.lower[end + 1] === 'be' || doc.lower[end + 1] === 'have')) return cueFromBase(base, 'agentless', 'raising');
  if (!allowedInConstruction(doc, k, end, ts, te, lemma, lex)) return null;
  // "continued, adding that": one cue
  if (lemma === 'continue' && next === ',' && doc.lower[end + 1] === 'adding') return cueFromBase(base, 'verb', undefined, base.tokStart, undefined, undefined, end + 2);
  return cueFromBase(base, 'verb');
}

/**
 * Is the "so" at `j`, right before the participle at `k` and after an auxiliary or adverb, a degree word of
 * the verb group ("Vale was not always so loved by her staff", "the levy was so criticized that …")? "so" is no
 * adverb of a verb group elsewhere (a conjunction, "and so said …", or a pro-form, "did so"), so only there,
 * where the passive's "be" lies behind it.
 */
export function degreeSoBeforeParticiple(doc: SlantDocument, j: number, k: number, ts: number): boolean {
  if (j !== k - 1 || j - 1 < ts || doc.lower[j] !== 'so' || !isAdverbLike(doc, j - 1)) return false;
  const low = doc.lower[k]!;
  return isParticipleForm(low);
}

/** Are the tokens after `j` up to `last` all adverbs (not auxiliaries), with a noun at `j`? ("a levy | strongly | opposed") */
function adverbsAfterNoun(doc: SlantDocument, last: number, j: number): boolean {
  if (j < 0 || doc.pos[j] !== 'NOUN') return false;
  for (let t = j + 1; t <= last; t++) if (doc.pos[t] !== 'ADV') return false;
  return true;
}

/** Tags that open an object noun phrase with no bare noun first ("referenced the report", "pressured her"; not "have detailed plans"). */
const OBJECT_OPENER_TAGS: ReadonlySet<string> = new Set(['DET', 'PRON', 'PROPN', 'NUM']);

/**
 * Does a perfect "have" stand before `k` ("has referenced", "had particularly disliked"), or a subject pronoun or a
 * name with adverbs between ("She also referenced", "Vale repeatedly pressured")? Then an -ed word at `k` is a verb's
 * past or participle, whatever its tag: a bare "have" before an adjective and its object noun is left to the object
 * test ("have detailed plans"), and a name right before an adjective is the existing test's.
 */
function perfectOrSubjectOverAdverbs(doc: SlantDocument, k: number): boolean {
  // (within the sentence and over three adverbs at most: a run of adverbs is short, and a line above is no subject)
  const ts = doc.sentences[doc.sentenceOf[k]!]!.tokenStart;
  let j = k - 1;
  while (j > ts && k - j < 4 && doc.pos[j] === 'ADV') j--;
  if (HAVE_AUXILIARIES.has(doc.lower[j] ?? '')) return true;
  return j < k - 1 && (PERSONAL_SUBJECT_PRONOUNS.has(doc.lower[j] ?? '') || doc.pos[j] === 'PROPN');
}

/** Forms of "have" that open a perfect passive: "has since been denied", "could have been". */
const HAVE_AUXILIARIES = new Set(['has', 'have', 'had', "'ve", '’ve', "'d", '’d']);

/**
 * The first auxiliary of the passive verb group whose form of "be" stands at `be`, over adverbs
 * (and "since" before "been"), at most four words back and not before `ts`: "has since been
 * denied", "could have been prevented", "will be named", "is being weighed". The whole group is
 * the cue, so the subject's content does not end with a stray "has" or "will".
 */
export function passiveGroupStart(doc: SlantDocument, be: number, ts: number): number {
  let start = be;
  for (let t = be - 1; t >= ts && be - t <= 4; t--) {
    const w = doc.lower[t]!;
    if (HAVE_AUXILIARIES.has(w) || MODALS.has(w) || BE_FORMS.has(w)) start = t;
    else if (!(isAdverbLike(doc, t) || soFarAt(doc, t) || (w === 'since' && doc.lower[t + 1] === 'been'))) break;
  }
  return start;
}

/**
 * "is widely known and seen as", "was praised and regarded as", "has been mocked or dismissed
 * as": the conjunction at `j` joins the participle after it to an earlier participle of a
 * passive; the index of that passive's form of "be", or -1. Bounded to a few words back.
 */
function sharedPassiveBe(doc: SlantDocument, j: number, ts: number): number {
  if (j <= ts || !/^(?:and|or)$/.test(doc.lower[j]!)) return -1;
  let p = j - 1;
  while (p > ts && j - p <= 3 && isAdverbLike(doc, p) && !NEGATIONS.has(doc.lower[p]!)) p--;
  const first = doc.lower[p]!;
  if (!(doc.pos[p] === 'VERB' && isParticipleForm(first))) return -1;
  let b = p - 1;
  while (b >= ts && p - b <= 4 && isAdverbLike(doc, b) && !BE_FORMS.has(doc.lower[b]!)) b--;
  return b >= ts && BE_FORMS.has(doc.lower[b]!) ? b : -1;
}

/**
 * Is the "by" at `by` the agent slot of a passive with no agent named ("is justified by
 * arguing", "was defended by pointing to")? A participle right before it (over adverbs), and a
 * form of "be" before that, a few words back.
 */
function passiveBefore(doc: SlantDocument, by: number, ts: number): boolean {
  let p = by - 1;
  while (p > ts && by - p <= 3 && doc.pos[p] === 'ADV') p--;
  const w = doc.lower[p] ?? '';
  if (!(p > ts && isParticipleForm(w) && (doc.pos[p] === 'VERB' || doc.pos[p] === 'ADJ'))) return false;
  let b = p - 1;
  while (b > ts && p - b <= 3 && isAdverbLike(doc, b) && !BE_FORMS.has(doc.lower[b]!)) b--;
  return b >= ts && BE_FORMS.has(doc.lower[b]!);
}

/**
 * After a participle joined to an earlier passive, the word that makes it a passive too:
 * "as" or "to" after a verb that attributes so with no agent, or the preposition its
 * passive takes ("accused of", "praised for"). Not an object ("was sworn in and considered the bill").
 */
function sharedPassiveTail(doc: SlantDocument, end: number, te: number, lemma: string): boolean {
  let a = end;
  while (a < te && isAdverbLike(doc, a)) a++;
  const w = doc.lower[a] ?? '';
  if (lemma.endsWith(' as')) return a < te;
  if ((w === 'as' || w === 'to') && (AGENTLESS_PASSIVES.has(lemma) || PASSIVE_COMPLEMENTS.get(lemma) === 'as')) return true;
  const need = PASSIVE_COMPLEMENTS.get(lemma);
  return (need === 'of' || need === 'with' || need === 'for') && w === need;
}

/** Words of a short time phrase: "last week", "on Tuesday", "in May", "earlier this year". */
const TIME_PHRASE = wordSet(['on', 'in', 'last', 'this', 'next', 'earlier', 'later', 'early', 'late', 'year', 'week', 'month'], WEEKDAYS, DAY_PARTS, ['today', 'yesterday'], MONTHS);


/** Verbs of telling whose passive takes "that" ("he's told that he lost"). */
const TOLD_THAT = new Set(['tell', 'inform', 'notify', 'advise', 'assure', 'reassure', 'remind', 'brief']);

/**
 * Is `v` "'s" or "’s", in either case (what `v.toLowerCase()` compared with both gave, by char code:
 * a lower-casing of a two-byte string goes through ICU)?
 */
function isSClitic(v: string): boolean {
  if (v.length !== 2) return false;
  const a = charCodeAt(v, 0);
  const s = charCodeAt(v, 1);
  return (a === 39 || a === 0x2019) && (s === 115 || s === 83);
}

/** Subjects before "'s" that make it "is" ("it's said that", "that's told …", "what's reported"). */
const IS_CLITIC_SUBJECTS = new Set(['it', 'that', 'this', 'what', 'there', 'here', 'where', 'how', 'everything', 'nothing', 'something', 'all']);

/**
 * Is the "'s" at `be` before a participle the perfect "has" ("She's said she will run", "Ruiz’s
 * told aides that …", "he's predicted big gains", "Vale, who's warned the board that …") rather
 * than a passive "is"? Only when what follows the participle is an active complement: "that", a
 * wh-word, a quotation or a clause, an object for a verb of telling, or a plain object for a verb
 * whose passive takes no complement of its own. Not after "it", "that", "what".
 */
function perfectClitic(doc: SlantDocument, be: number, end: number, te: number, lemma: string): boolean {
  if (!isSClitic(doc.value[be]!)) return false;
  if (be === 0 || IS_CLITIC_SUBJECTS.has(doc.lower[be - 1]!) || isPunct(doc, be - 1)) return false;
  let a = end;
  while (a < te && isAdverbLike(doc, a)) a++;
  // "who's argued for years that …", "Ruiz’s warned since May that …": a length of time or a
  // starting point between the participle and its complement is no passive's complement
  a = afterTimeSpan(doc, a, te);
  if (a >= te) return false;
  if (isQuoteMark(doc, a)) return true;
  if (isPunct(doc, a)) return false;
  const w = doc.lower[a]!;
  if (/^(?:to|by|as|of|for|with|about|on|in|at|from|into|over|against|after|before)$/.test(w)) return false;
  if (ADDRESSEE_LEMMAS.has(lemma) && w === 'that') return !TOLD_THAT.has(lemma);
  if (ADDRESSEE_LEMMAS.has(lemma)) return (doc.pos[a] === 'PRON' || doc.pos[a] === 'PROPN' || doc.pos[a] === 'NOUN' || doc.pos[a] === 'DET' || doc.pos[a] === 'ADJ' || doc.pos[a] === 'NUM');
  if (w === 'that' || WH.has(w) || takesClause(doc, a, te)) return true;
  return !PASSIVE_COMPLEMENTS.has(lemma) && (doc.pos[a] === 'DET' || doc.pos[a] === 'NOUN' || doc.pos[a] === 'ADJ' || doc.pos[a] === 'NUM' || doc.pos[a] === 'PRON' || doc.pos[a] === 'PROPN');
}

/** Is there a form of "be" right before the participle at `k` (over up to two adverbs)? */
function passiveBe(doc: SlantDocument, k: number): boolean {
  let j = k - 1;
  while (j >= 0 && k - j <= 3 && isAdverbLike(doc, j) && !BE_FORMS.has(doc.lower[j]!)) j--;
  return j >= 0 && BE_FORMS.has(doc.lower[j]!);
}

/** Verbs whose object is the person addressed or charged ("pressed by reporters", "accused by aides"): their passive subject is no content. */
const ADDRESSEE_LEMMAS = new Set(['tell', 'inform', 'assure', 'reassure', 'remind', 'warn', 'notify', 'advise', 'brief', 'ask', 'urge', 'convince', 'persuade', 'caution', 'press', 'beg', 'implore', 'encourage', 'challenge', 'order', 'instruct', 'quiz', 'accuse', 'charge', 'question', 'interview']);

/**
 * After "by" at `a`, a short agent (a name or noun phrase, perhaps with a time phrase) and then the
 * comma or dash that closes the aside it opened; at most eight words.
 */
function asideClosesAfterAgent(doc: SlantDocument, a: number, te: number, comma: boolean): boolean {
  for (let t = a; t < te && t - a <= 8; t++) {
    if (comma ? doc.value[t] === ',' : isSetOffDash(doc, t)) return t > a;
    if (isPunct(doc, t) || isQuoteMark(doc, t) || isVerb(doc, t) || /^(?:who|which|that|of|for|to|as)$/.test(doc.lower[t]!)) return false;
  }
  return false;
}

/**
 * The comma or dash opening an aside whose first participle has a "by" agent, when the participle at `k`
 * is a second one joined to it by "and" ("Berg, backed by the union and | opposed by Vale, …"), or -1:
 * both participles then describe the noun before that mark. The agent between holds no verb nor mark.
 */
export function coordinatedAsideMark(doc: SlantDocument, k: number, ts: number): number {
  if (doc.lower[k - 1] !== 'and') return -1;
  for (let t = k - 2; t - 1 > ts && k - t <= 8; t--) {
    if (isPunct(doc, t) || isQuoteMark(doc, t) || (isVerb(doc, t) && doc.lower[t + 1] !== 'by')) return -1;
    if (doc.lower[t] !== 'by') continue;
    const p = t - 1;
    const first = doc.lower[p]!;
    if (t === k - 2 || !(isParticipleForm(first) || doc.pos[p] === 'VERB') || !(doc.value[p - 1] === ',' || isSetOffDash(doc, p - 1))) return -1;
    return p - 1;
  }
  return -1;
}

/** Things one is pressed on bodily, surfaces and parts of the body: "was pressed on the railing" is pushing, no question. */
const PRESSED_SURFACES: ReadonlySet<string> = new Set(['railing', 'railings', 'rail', 'rails', 'wall', 'walls', 'door', 'doors', 'window', 'windows', 'glass', 'ground', 'fence', 'barrier', 'barriers', 'gate', 'gates', 'desk', 'pavement', 'chest', 'neck', 'shoulder', 'shoulders', 'arm', 'arms', 'hand', 'hands']);

/**
 * Is the noun phrase at `a` (at most five tokens) headed by one of {@link PRESSED_SURFACES}: "on the railing",
 * "on the harbour wall", "on his chest"? Not "on the wall tax", whose head is another noun.
 */
function pressedOnSurface(doc: SlantDocument, a: number, te: number): boolean {
  let t = a;
  if (POSSESSIVE_DETERMINERS.has(doc.lower[t] ?? '')) t++;
  while (t < te && t - a < 5 && NOUN_PHRASE_WORD_TAGS.has(doc.pos[t] ?? '') && !(doc.pos[t] === 'NOUN' && doc.pos[t + 1] !== 'NOUN' && doc.pos[t + 1] !== 'PROPN')) t++;
  return t < te && doc.pos[t] === 'NOUN' && PRESSED_SURFACES.has(doc.lower[t]!);
}

/** How far after "pressed on/about/over" an agent "by" is looked for ("was pressed on the levy by Ruiz"). */
const PRESSED_AGENT_REACH = 12;

/**
 * After a passive "pressed" at `a`: the matter asked about ("on the levy", "about the attacks", "over
 * the delay", "on why …", "whether …"), with words after the preposition, and no "by" agent in the clause
 * after it: "was pressed on the levy by Ruiz" names the asker, "was pressed on the railing by the crowd" is
 * pushing (review28 #3).
 */
function pressedMatter(doc: SlantDocument, a: number, te: number): boolean {
  const w = doc.lower[a] ?? '';
  const matter = w === 'whether' || w === 'why' || w === 'how' ? a + 1 < te : (w === 'on' || w === 'about' || w === 'over') && a + 1 < te && !isPunct(doc, a + 1);
  if (!matter || (w === 'on' && pressedOnSurface(doc, a + 1, te))) return false;
  for (let t = a + 1; t < te && t - a <= PRESSED_AGENT_REACH && !isPunct(doc, t); t++) if (doc.lower[t] === 'by') return false;
  return true;
}

/**
 * Does an agent "by" follow the participle ending at `end` (over adverbs: "written jointly by"), naming someone
 * (not a means or time: "posted by mistake", "maintained by then") and with no "that" clause after it
 * ("maintained by the end of the hearing that …" reports)?
 */
function madeByAgent(doc: SlantDocument, end: number, te: number): boolean {
  let a = end;
  while (a < te && isAdverbLike(doc, a)) a++;
  return doc.lower[a] === 'by' && !NOT_AGENT_AFTER_BY.has(doc.lower[a + 1] ?? '') && !thatWithin(doc, a + 1, te);
}

/**
 * Words of length of time after "for" ("for years", "for a decade", "for two weeks"). Built on `PERIODS`, not
 * timeWords' `MEASURED_PERIODS`: its shorter units ("for a second", "for a moment", "for minutes") changed the output when tried.
 */
const DURATIONS = wordSet(PERIODS, ['decade', 'decades', 'hours', 'ages', 'generations', 'centuries']);
/** Quantities before such a word ("a", "many", "two", "several"). */
const DURATION_COUNTS = new Set(['a', 'an', 'many', 'several', 'some', 'few', 'the', 'past', 'last', 'two', 'three', 'four', 'five', 'ten']);

/**
 * "Berg’s argued that …", "Vale’s warned since May whether …": after a possessive-looking "’s",
 * a participle the tagger reads as a verb, then (over a span of time) "that" or "whether": the
 * clitic is "has". Tested only after such a clitic (`isVerbUse` runs on every candidate verb).
 */
function cliticPerfect(doc: SlantDocument, k: number, c: number): boolean {
  return doc.pos[k] === 'VERB' && endsWithEd(doc.lower[k]!) && /^(?:that|whether)$/.test(doc.lower[afterTimeSpan(doc, c, doc.tokenCount)] ?? '');
}

/**
 * Past "for years", "for the past two weeks" or "since May", "since 2019", "since last week" at
 * `a` (then past adverbs), or `a` itself when neither starts there.
 */
function afterTimeSpan(doc: SlantDocument, a: number, te: number): number {
  const w = doc.lower[a];
  let t = a;
  if (w === 'for' && durationAt(doc, a + 1)) {
    t = a + 1;
    while (t < te && !DURATIONS.has(doc.lower[t]!)) t++;
    t++;
  } else if (w === 'since') {
    t = timePhraseEnd(doc, a + 1, te, 3, SINCE_WORDS);
    if (t === a + 1) return a;
  } else return a;
  while (t < te && isAdverbLike(doc, t)) t++;
  return t;
}

/** Words of a time phrase after "since" ("since May", "since last week", "since 2019"). */
const SINCE_WORDS = wordSet(['last', 'early', 'late', 'the', 'start', 'of', 'year', 'week', 'month'], WEEKDAYS, MONTHS, ['yesterday']);

/** Does a length of time start at `t` ("years", "a decade", "the past two weeks")? Bounded to four words. */
export function durationAt(doc: SlantDocument, t: number): boolean {
  for (let u = t; u < t + 4 && u < doc.tokenCount; u++) {
    const w = doc.lower[u]!;
    if (DURATIONS.has(w)) return true;
    if (!DURATION_COUNTS.has(w) && doc.pos[u] !== 'NUM') return false;
  }
  return false;
}

/** Tags that open the object of a participle after "those" ("those backing Vale", "those opposing the toll"). */
const PARTICIPLE_OBJECT_TAGS = new Set(['DET', 'PRON', 'PROPN', 'NUM']);
/** Tags that open the object after "Some accused", "Many urged". */
const QUANTIFIER_OBJECT_TAGS = new Set(['DET', 'PROPN', 'PRON']);

/**
 * A run of names at `c` followed by a common noun: the names modify it ("Vale loyalists"), no
 * object of their own; also a plural the tagger read as a verb before the sentence's verb
 * ("Tarnow potters quit").
 */
function nameModifiesNoun(doc: SlantDocument, c: number): boolean {
  let e = c;
  while (e < doc.tokenCount && e - c < 4 && doc.pos[e] === 'PROPN') e++;
  return e > c && (doc.pos[e] === 'NOUN' || (doc.pos[e] === 'VERB' && /[^s]s$/.test(doc.lower[e]!) && isVerb(doc, e + 1)));
}

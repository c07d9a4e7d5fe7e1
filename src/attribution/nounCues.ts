/**
 * Reporting-noun cues: "the claim that", "his plan to", "her criticism of", and existential
 * ones with no holder ("there are fears that …").
 */
import type { SlantDocument } from '../document/readDocument.js';
import type { AttributionLexicons, CueSense } from './attributionLexicons.js';
import type { Cue } from './cue.js';
import type { CueClass } from './cueClasses.js';
import { clauseAfterShortPhrase, DETERMINERS, isPossessiveBefore, possessedModifierAt, possessorOf, takesClause, WH } from './cueComplements.js';
import { clauseStart } from './nounPhrases.js';
import { lightVerbObject, WITHDRAWING_VERBS } from './sourceOfObject.js';
import { namesSpeaker } from './peopleNouns.js';
import { BE_FORMS, joinsAdjectives, OBJECT_PRONOUNS, PRONOUNS, closingMarkWithin, followsPrepositionAsNoun, herIsObject, isAdverbLike, isCap, isNounAfterArticle, isPunct, isQuoteMark, isVerb, NEGATIONS, POSSESSIVE_DETERMINERS, pluralAfterOpeningTime, MISTAGGED_ADJECTIVES, openingAdjectiveBeforePlural, sFormMaybePlural, VERB_GROUP_WORDS, endsWithIng, endsWithEd, endsWithIngOrEd, endsWithPlainEd, hyphenJoinsAfter, WH_RELATIVES } from './tokens.js';
import { CLAUSE_OPENING_TIME_WORDS, NEAR_DAYS, OPENING_TIME_MODIFIERS, TIME_ADJUNCT, WEEKDAYS, wordSet } from './timeWords.js';
import { timePhraseEnd } from './timePhrases.js';
import { mainVerbAfterClause } from './subjectClause.js';
import { endsAfterStranded, mainVerbOverStranded, STRANDED_PREPOSITIONS } from './contactGap.js';

/**
 * "There are fears the dam will fail", "there were numerous complaints that …", "there has been
 * speculation about …": a reporting noun after existential "there" + be, with its clause or
 * complement, and no source.
 */
export function existentialNoun(doc: SlantDocument, k: number, ts: number, te: number, lex: AttributionLexicons, sentence: number): Cue | null {
  const low = doc.lower[k]!;
  // (the noun or its -s plural in one lookup: this runs for every word)
  const lemma = lex.cueNounKeys.get(low) ?? '';
  if (!lemma) return existentialGround(doc, k, ts, te, sentence);
  let j = k - 1;
  while (j > ts && k - j <= 3 && (doc.pos[j] === 'ADJ' || /^(?:some|many|no|few|new|growing|widespread|renewed|mounting|numerous|also|still|now)$/.test(doc.lower[j]!) || joinsAdjectives(doc, j))) j--;
  if (doc.lower[j] === 'been' && /^(?:has|have|had)$/.test(doc.lower[j - 1] ?? '')) j--;
  if (!(BE_FORMS.has(doc.lower[j]!) || /^(?:has|have|had)$/.test(doc.lower[j]!)) || doc.lower[j - 1] !== 'there') return null;
  const next = doc.lower[k + 1] ?? '';
  if (!(next === 'that' || /^(?:about|over|of|on|for|whether)$/.test(next) || (next === 'to' && doc.pos[k + 2] === 'VERB') || takesClause(doc, k + 1, te))) return null;
  const sense = lex.cueNouns.get(lemma)!;
  return { type: 'agentless', tokStart: j - 1, tokEnd: k + 1, head: k, lemma, stance: sense.stance, cueClass: sense.cueClass, negated: false, sentence };
}

/**
 * Nouns that report a finding or a shared view only after existential "there": "there is
 * evidence that", "there are signs that", "there is broad agreement that", "there is no
 * consensus on whether", "there is wide recognition that". Elsewhere they are no reporting nouns ("the evidence was lost", "a
 * trade agreement", "a sign of the times"), so they are not in the reporting-nouns lexicon.
 */
export const EXISTENTIAL_GROUNDS = new Map<string, { lemma: string; cueClass: CueClass }>([
  ['evidence', { lemma: 'evidence', cueClass: 'perception' }],
  ['proof', { lemma: 'proof', cueClass: 'perception' }],
  ['indication', { lemma: 'indication', cueClass: 'perception' }],
  ['indications', { lemma: 'indication', cueClass: 'perception' }],
  ['sign', { lemma: 'sign', cueClass: 'perception' }],
  ['signs', { lemma: 'sign', cueClass: 'perception' }],
  ['agreement', { lemma: 'agreement', cueClass: 'belief' }],
  ['consensus', { lemma: 'consensus', cueClass: 'belief' }],
  // "there is a growing recognition that …" (elsewhere: "diplomatic recognition", "name recognition")
  ['recognition', { lemma: 'recognition', cueClass: 'belief' }],
]);

/**
 * "There is some evidence that …", "there's broad agreement that …", "there is no consensus on
 * whether …": a finding or a shared view no one named holds, with its clause (a that-clause or
 * a whether-question); or null.
 */
function existentialGround(doc: SlantDocument, k: number, ts: number, te: number, sentence: number): Cue | null {
  const ground = EXISTENTIAL_GROUNDS.get(doc.lower[k]!);
  if (!ground) return null;
  let j = k - 1;
  while (j > ts && k - j <= 3 && (doc.pos[j] === 'ADJ' || /^(?:some|many|no|few|little|much|any|new|growing|widespread|broad|mounting|also|still|now)$/.test(doc.lower[j]!) || joinsAdjectives(doc, j))) j--;
  if (doc.lower[j] === 'been' && /^(?:has|have|had)$/.test(doc.lower[j - 1] ?? '')) j--;
  if (!(BE_FORMS.has(doc.lower[j]!) || /^(?:has|have|had)$/.test(doc.lower[j]!)) || doc.lower[j - 1] !== 'there') return null;
  const next = doc.lower[k + 1] ?? '';
  const clause = next === 'that' ? k + 2 < te && takesClause(doc, k + 2, te) : next === 'whether' || ((next === 'on' || next === 'about' || next === 'over') && doc.lower[k + 2] === 'whether');
  if (!clause || k + 2 >= te) return null;
  const negated = doc.lower[k - 1] === 'no' || NEGATIONS.has(doc.lower[j + 1] ?? '');
  return { type: 'agentless', tokStart: j - 1, tokEnd: k + 1, head: k, lemma: ground.lemma, stance: 'neutral', cueClass: ground.cueClass, negated, sentence };
}

/** The prepositions that introduce what a reporting noun of each class is about. */
const PREPOSITIONS_BY_CLASS: Partial<Record<CueClass, Set<string>>> = {
  evaluation: new Set(['of', 'for', 'on', 'against', 'to', 'toward', 'towards', 'over', 'at', 'about']),
  speech: new Set(['about', 'of', 'on', 'against', 'for', 'over']),
  question: new Set(['about', 'over', 'on', 'of']),
  belief: new Set(['about', 'over']),
};

/** Words before "debate" that make it an event (a televised debate), not a dispute. */
const DEBATE_EVENTS = new Set(['presidential', 'primary', 'televised', 'vice-presidential', 'first', 'second', 'third', 'fourth', 'final', 'last', 'next', 'upcoming', 'general', 'election', 'candidates', 'tonight', 'town-hall', 'undercard', 'prime-time', 'mayoral', 'gubernatorial', 'senate', 'party', 'leaders', 'leadership']);

/** Nouns of demanding whose that-clause may take a bare verb: "demands that Vale resign", "a call that the port close". */
const MANDATIVE_NOUNS = new Set(['demand', 'call', 'request', 'insistence', 'recommendation', 'proposal', 'suggestion', 'plea']);

/** Nouns that attribute only a that-clause: "a report that", not "a report on the economy". */
const CLAUSE_NOUNS_ONLY = new Set(['report', 'account', 'case', 'word', 'talk', 'news', 'order', 'description', 'message', 'response', 'reply', 'answer', 'statement', 'argument', 'campaign', 'push', 'effort', 'attempt', 'bid', 'goal', 'aim', 'position', 'stance', 'sense', 'feeling', 'idea', 'notion', 'theory', 'estimate', 'projection', 'forecast', 'finding', 'verdict', 'assessment', 'judgment', 'judgement', 'perception', 'understanding', 'view', 'opinion', 'challenge', 'protest', 'attack', 'rant', 'tirade', 'diatribe', 'screed', 'broadside', 'harangue', 'polemic', 'invective', 'rhetoric', 'refrain', 'mantra']);

export function nounSense(doc: SlantDocument, k: number, lex: AttributionLexicons): (CueSense & { lemma: string }) | null {
  // a capitalised common noun at the start of a sentence is tagged as a name: "News that ..."
  // (also the object of a verb stirring it, tagged as a verb: "renewed calls for")
  if (doc.pos[k] !== 'NOUN' && !(doc.pos[k] === 'PROPN' && doc.sentences[doc.sentenceOf[k]!]!.tokenStart === k) && !pluralTaggedAsVerb(doc, k) && !isNounAfterArticle(doc, k) && !objectOfStirringVerb(doc, k) && !ownedFormTaggedAsVerb(doc, k)) return null;
  // ("Vale in push to secure votes", "growers in bid to cut the levy": headline shorthand of an effort, no one's report)
  if (doc.lower[k + 1] === 'to' && followsPrepositionAsNoun(doc, k)) return null;
  const low = doc.lower[k]!;
  const key = lex.cueNounKeys.get(low);
  const sense = key !== undefined ? lex.cueNouns.get(key) : low.endsWith('ies') ? lex.cueNouns.get(`${low.slice(0, -3)}y`) : undefined;
  return sense ? { cueClass: sense.cueClass, stance: sense.stance, lemma: lex.cueNouns.has(low) ? low : low.endsWith('ies') ? `${low.slice(0, -3)}y` : low.slice(0, -1) } : null;
}

/**
 * Nouns that take their content after a preposition with no possessor, beyond their class's
 * prepositions: "fears of a strike", "hopes for a deal", "talk of a merger", "reports about the
 * loan", "news of the sale". ("a report on the economy" stays a document, not a relation.)
 */
const OWNERLESS_PREPOSITIONS = new Map<string, Set<string>>([
  ['fear', new Set(['of'])],
  ['hope', new Set(['of', 'for'])],
  ['expectation', new Set(['of', 'for'])],
  ['suspicion', new Set(['of'])],
  ['talk', new Set(['of', 'about'])],
  ['report', new Set(['of', 'about'])],
  ['news', new Set(['of', 'about'])],
  ['rumor', new Set(['of', 'about'])],
  ['rumour', new Set(['of', 'about'])],
  ['account', new Set(['of'])],
  ['plan', new Set(['for'])],
]);

/** After "of", those who hold the fear or hope, not what it is about: "the fears of residents", "the hopes of many". */
const HOLDER_AFTER_OF = new Set(['many', 'some', 'most', 'those', 'all', 'residents', 'voters', 'people', 'him', 'them', 'us', 'me']);

/**
 * "Fears of a strike grew at the port": a noun opening its sentence is the subject, and its
 * content is its prepositional phrase, which ends at the main verb. Nothing when the noun is not
 * the subject (its content runs to the end of the clause as usual).
 */
function subjectContent(doc: SlantDocument, k: number, te: number): { content: { a: number; b: number } } | Record<string, never> {
  const ts = doc.sentences[doc.sentenceOf[k]!]!.tokenStart;
  let s = k - 1;
  while (s >= ts && (doc.pos[s] === 'DET' || modifiesNoun(doc, s, ts))) s--;
  // ("Soon reports of a strike reached …": an opening time word before the noun is no subject either)
  if (s === ts && s === k - 1 && pluralAfterOpeningTime(doc, k)) s--;
  // ("Soon, reports of a strike reached …", "Yesterday, fears of a strike grew": nor one set off by a comma, the
  // clause-opening time words of subjectOpeners.ts too, which the tagger may read as nouns or names)
  else if (s === ts + 1 && doc.value[s] === ',' && (doc.pos[ts] === 'ADV' || OPENING_TIME_MODIFIERS.has(doc.lower[ts]!) || CLAUSE_OPENING_TIME_WORDS.has(doc.lower[ts]!))) s = ts - 1;
  if (s >= ts) return {};
  let b = k + 2;
  while (b < te && (/^(?:DET|ADJ|NOUN|PROPN|NUM|ADP|PART|ADV)$/.test(doc.pos[b]!) || insidePhrase(doc, b)) && !(doc.pos[b] === 'ADV' && doc.pos[b + 1] === 'VERB')) b++;
  return b < te && isVerb(doc, b) ? { content: { a: k + 1, b } } : {};
}

/**
 * A word of a prepositional phrase that is no main verb: an infinitive ("over whether to admit
 * refugees"), a gerund after a preposition ("of losing the vote"), "whether". "Disagreement over
 * whether to admit refugees is a hazard": the content runs on to "is".
 */
function insidePhrase(doc: SlantDocument, b: number): boolean {
  const low = doc.lower[b]!;
  if (low === 'whether' || low === 'to') return true;
  if (doc.pos[b] !== 'VERB') return false;
  const prev = doc.lower[b - 1] ?? '';
  return prev === 'to' || (endsWithIng(low) && (doc.pos[b - 1] === 'ADP' || doc.pos[b - 1] === 'NOUN'));
}

/** Tags of the words that may stand between an opening preposition and its noun ("Amid | growing | fury"). */
const OPENING_PHRASE_MODIFIER_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'ADV', 'NUM']);

/**
 * "Amid fury at the council, the mayor said …": a noun in a phrase that opens the sentence has as
 * content its prepositional phrase, which ends at the comma that closes the opening phrase.
 * Nothing when the noun does not stand in such a phrase.
 */
function openingPhraseContent(doc: SlantDocument, k: number, te: number): { content: { a: number; b: number } } | Record<string, never> {
  const ts = doc.sentences[doc.sentenceOf[k]!]!.tokenStart;
  // (or an adverb with it, "Rather than questions about the fare, …", "Even after reports of a strike, …")
  const opener = isPhraseOpener(doc, ts) ? ts : doc.pos[ts] === 'ADV' && isPhraseOpener(doc, ts + 1) ? ts + 1 : -1;
  if (opener < 0) return {};
  for (let t = opener + 1; t < k; t++) if (!OPENING_PHRASE_MODIFIER_TAGS.has(doc.pos[t]!) && !(doc.pos[t] === 'VERB' && endsWithIngOrEd(doc.lower[t]!))) return {};
  let b = k + 2;
  while (b < te && b - k < 25 && doc.value[b] !== ',' && !isPunct(doc, b)) b++;
  return doc.value[b] === ',' && b + 1 < te ? { content: { a: k + 1, b } } : {};
}

/** Does token `t` open a prepositional phrase or a subordinate clause (a preposition or a subordinator)? */
function isPhraseOpener(doc: SlantDocument, t: number): boolean {
  return doc.pos[t] === 'ADP' || doc.pos[t] === 'SCONJ';
}

/** Judgements a subject undergoes rather than passes: "drew criticism", "came under scrutiny", "faced a backlash". */
const UNDERGONE_NOUNS = new Set(['criticism', 'scrutiny', 'backlash', 'condemnation', 'ridicule', 'scorn', 'praise', 'rebuke', 'disapproval', 'outrage', 'contempt', 'derision']);

/** Verbs whose subject undergoes the judgement named by their object ("the plan drew criticism"): not its source. */
const UNDERGOING_VERBS = new Set(['draw', 'attract', 'face', 'endure', 'receive', 'earn', 'garner', 'weather', 'invite', 'spark', 'provoke', 'prompt', 'trigger', 'meet']);

/**
 * "The toll drew sharp criticism", "his dealings have come under scrutiny", "the mayor faced a
 * backlash": a judgement no one named passes on the subject. The verb (or "under") opens the
 * cue, and the clause around it is the content; or null.
 */
function undergoneJudgement(doc: SlantDocument, k: number, te: number, base: Omit<Cue, 'type'>): Cue | null {
  // "drew criticism from fishermen", "prompted outrage among traders": those named after it pass it
  if (!UNDERGONE_NOUNS.has(base.lemma) || doc.lower[k + 1] === 'from' || doc.lower[k + 1] === 'among') return null;
  let v = k - 1;
  while (v > 0 && k - v <= 3 && (doc.pos[v] === 'ADJ' || doc.pos[v] === 'ADV' || /^(?:a|an|some|any|no|much|more|little|new|fresh)$/.test(doc.lower[v]!))) v--;
  if (doc.lower[v] === 'under' && /^(?:come|fall|be|remain)$/.test(doc.lemma[v - 1] ?? '')) v--;
  else if (!(doc.pos[v] === 'VERB' && UNDERGOING_VERBS.has(doc.lemma[v]!))) return null;
  // the content: the clause's subject up to a subordinate clause ("… when it was revealed that …") or punctuation
  const ts = doc.sentences[doc.sentenceOf[k]!]!.tokenStart;
  // the cue takes the auxiliaries of its verb ("have come under scrutiny", "had not drawn")
  while (v - 1 > ts && (doc.pos[v - 1] === 'AUX' || doc.pos[v - 1] === 'PART') && VERB_GROUP_WORDS.test(doc.lower[v - 1]!)) v--;
  let negated = false;
  for (let t = v; t < k; t++) if (NEGATIONS.has(doc.lower[t]!) || doc.lower[t] === 'no') negated = true;
  let b = k + 1;
  while (b < te && b - k < 40 && !isPunct(doc, b) && !(doc.pos[b] === 'SCONJ' && !/^(?:for|over|about)$/.test(doc.lower[b]!)) && !/^(?:when|because|after|since|while|although|though|as|if)$/.test(doc.lower[b]!)) b++;
  return { type: 'agentless', ...base, ...(negated ? { negated, stance: 'neutral' as const } : {}), tokStart: v, nominal: false, agentless: 'raising', content: { a: v > ts ? clauseStart(doc, v - 1, ts) : ts, b } };
}

/** Verbs of gaining something others give: the core of the two sets below. */
const GAINING_VERBS = ['draw', 'attract', 'receive', 'earn', 'garner', 'win', 'gain', 'secure'];

/** Verbs by which a subject receives a judgement that those named after "from" pass: "won praise from", "has support from". */
const RECEIVING_VERBS = wordSet(GAINING_VERBS, ['face', 'enjoy', 'have', 'consolidate', 'court', 'seek']);

/** Verbs that with "up" gain a backing others give: "picked up an endorsement from", "racked up endorsements of". */
const GAINING_UP_VERBS = new Set(['pick', 'rack']);

/**
 * Verbs by which a subject wins or holds a backing that those named after "of" give: "won the endorsement of", "earned
 * the support of", "has the backing of" (not "enjoy": "has enjoyed the support of" tells an advantage, no one's stance).
 */
const WINNING_VERBS = wordSet(GAINING_VERBS, ['get', 'land', 'have']);

/**
 * "The plan drew sharp criticism from farmers", "Ruiz has won the backing from unions", "Vale has
 * support from 52 percent of voters": a judgement the subject receives from those named after
 * "from". The verb through "from" is the cue, the phrase after it the source (as the agent of a
 * passive), the subject what is judged; or null.
 */
function judgementFrom(doc: SlantDocument, k: number, te: number, base: Omit<Cue, 'type'>): Cue | null {
  // ("won the endorsement of the union": "of" after a backing the subject wins names who gives it)
  const of = doc.lower[k + 1] === 'of' && (HELD_ATTITUDES.has(base.lemma) || base.lemma === 'endorsement');
  // ("from roughly six in 10 voters": a degree adverb before a number opens the phrase too)
  const g = k + 2 + (doc.pos[k + 2] === 'ADV' && doc.pos[k + 3] === 'NUM' ? 1 : 0);
  if ((doc.lower[k + 1] !== 'from' && !of) || g >= te || (!isCap(doc, g) && !/^(?:DET|NUM|NOUN|ADJ|PRON)$/.test(doc.pos[g] ?? ''))) return null;
  if (base.cueClass !== 'evaluation') return null;
  let v = k - 1;
  while (v > 0 && k - v <= 4 && (doc.pos[v] === 'ADJ' || doc.pos[v] === 'ADV' || doc.pos[v] === 'NUM' || /^(?:a|an|the|some|any|no|much|more|little|new|fresh|percent)$/.test(doc.lower[v]!))) v--;
  // ("picked up an endorsement from", "racked up endorsements of": a particle verb of gaining)
  // (the tagger reads "up" as a particle or as an adverb, which the walk above passes)
  if (doc.lower[v] === 'up' && GAINING_UP_VERBS.has(doc.lemma[v - 1]!)) return judgementCue(doc, v - 1, k, base);
  if (doc.lower[v + 1] === 'up' && GAINING_UP_VERBS.has(doc.lemma[v]!)) return judgementCue(doc, v, k, base);
  if (!isVerb(doc, v) || !(of ? WINNING_VERBS : RECEIVING_VERBS).has(doc.lemma[v]!)) return null;
  return judgementCue(doc, v, k, base);
}

/** The cue of `judgementFrom` from its verb at `v` through the preposition after the noun at `k`, or null when nothing comes before the verb. */
function judgementCue(doc: SlantDocument, v: number, k: number, base: Omit<Cue, 'type'>): Cue | null {
  const ts = doc.sentences[doc.sentenceOf[k]!]!.tokenStart;
  // the cue takes the auxiliaries of its verb ("has won", "had not drawn")
  while (v - 1 > ts && (doc.pos[v - 1] === 'AUX' || doc.pos[v - 1] === 'PART') && VERB_GROUP_WORDS.test(doc.lower[v - 1]!)) v--;
  if (v <= ts) return null;
  return { type: 'verb', ...base, tokStart: v, tokEnd: k + 2, nominal: false, byAgent: k + 1 };
}

/** Is the noun at `k` the object of a withdrawing verb, at most one determiner between ("withdrew her support")? */
function withdrawnStance(doc: SlantDocument, k: number): boolean {
  const v = isVerb(doc, k - 1) ? k - 1 : k - 2;
  return v >= 0 && isVerb(doc, v) && WITHDRAWING_VERBS.has(doc.lemma[v]!) && (v === k - 1 || doc.pos[k - 1] === 'DET' || doc.pos[k - 1] === 'PRON');
}

/**
 * "to donors that …": the start of a that-clause behind a short "to" addressee after a noun cue
 * ("the case to donors that", "a pledge to voters that"), or -1 (an infinitive, "a plan to
 * build", or a relative clause on the addressee, "an appeal to the men that voted").
 */
export function toAddresseeThat(doc: SlantDocument, to: number, te: number): number {
  if (doc.lower[to] !== 'to' || isVerb(doc, to + 1)) return -1;
  const c = clauseAfterShortPhrase(doc, to + 1, te, 6, true);
  return c > 0 && doc.lower[c - 1] === 'that' ? c : -1;
}

/** Prepositions that name who holds a reporting noun's view, between the noun and its clause ("the claim from Okafor that …"). */
const HOLDER_PREPOSITIONS: ReadonlySet<string> = new Set(['from', 'by', 'among']);

/**
 * Where the "that" clause starts behind a holder phrase at `p` after a reporting noun: "from
 * Okafor that …", "by the growers that …", "among growers that …" (at most six words, then
 * "that" and a clause with a subject and a finite verb); -1 otherwise, and for a relative clause
 * on the phrase ("the levy from the harbour that funds the school": a verb right after "that").
 */
export function holderClause(doc: SlantDocument, p: number, te: number): number {
  if (!HOLDER_PREPOSITIONS.has(doc.lower[p] ?? '')) return -1;
  const a = clauseAfterShortPhrase(doc, p + 1, te, 6, true);
  return a > p + 2 && doc.lower[a - 1] === 'that' && !relativeThatClause(doc, a, te) ? a : -1;
}

/**
 * "Vale's claim Monday that …", "a warning last week that …", "her assertion on Tuesday that …":
 * the start of a that-clause behind a short time adjunct right after a reporting noun (at most
 * four words of `TIME_ADJUNCT` ending in a day, month, period or part of the day) or behind an aside
 * set off by commas ("Vale's claim, made on Monday, that …": `setOffAsideEnd`), or -1. Not a
 * relative clause on the noun ("the pledge last week that Vale made"), nor a "that" with no clause.
 */
export function timedThatClause(doc: SlantDocument, p: number, te: number): number {
  const end = doc.value[p] === ',' ? setOffAsideEnd(doc, p, te) : timePhraseEnd(doc, p, te, 4, TIME_ADJUNCT);
  if (end === p || doc.lower[end] !== 'that' || end + 1 >= te) return -1;
  return takesClause(doc, end + 1, te) && !relativeThatClause(doc, end + 1, te) ? end + 1 : -1;
}

/** The most tokens of an aside between a reporting noun and its "that" clause that `setOffAsideEnd` reads. */
const MAX_NOUN_ASIDE = 8;

/**
 * "Vale's claim, made on Monday, that …", "her warning, issued in May, that …", "the claim, on Monday, that …": an
 * aside set off by commas right after a reporting noun (from the comma at `p`), opening with a participle, a
 * preposition, an adverb or a relative word (not a speaker's tag: "the claim, Vale said, that …"); the token after
 * its closing comma, or `p`.
 */
function setOffAsideEnd(doc: SlantDocument, p: number, te: number): number {
  const first = doc.pos[p + 1];
  if (!(first === 'VERB' || first === 'ADP' || first === 'ADV' || WH_RELATIVES.has(doc.lower[p + 1] ?? ''))) return p;
  for (let t = p + 2; t < te && t - p <= MAX_NOUN_ASIDE; t++) {
    if (doc.value[t] === ',') return t + 1;
    if (isPunct(doc, t) || isQuoteMark(doc, t)) return p;
  }
  return p;
}

/** The most words of the person's name or role after "a call on" that `visitOnPerson` reads. */
const MAX_VISITED_PHRASE = 5;

/**
 * "paid a social call on the mayor", "a courtesy call on Ruiz": "a call on" a person with no infinitive behind
 * the person is a visit; "a call on the council to resign" asks something of them, "a call on the levy" is a
 * ruling. From `a`, the word after "on": an object pronoun, or a name or a speaker noun (behind a determiner
 * and modifiers), then no "to"/"not".
 */
function visitOnPerson(doc: SlantDocument, a: number, te: number, lex: AttributionLexicons): boolean {
  let t = a;
  if (OBJECT_PRONOUNS.has(doc.lower[t] ?? '')) t++;
  else {
    if (DETERMINERS.has(doc.lower[t] ?? '')) t++;
    const s = t;
    while (t < te && t - s < MAX_VISITED_PHRASE && (doc.pos[t] === 'PROPN' || doc.pos[t] === 'NOUN' || doc.pos[t] === 'ADJ')) t++;
    if (t === s || !(doc.pos[t - 1] === 'PROPN' || namesSpeaker(doc, lex, t - 1))) return false;
  }
  return doc.lower[t] !== 'to' && doc.lower[t] !== 'not';
}

/**
 * A reporting noun with its content: "the claim that ...", "news that ..." (a that-clause),
 * "his plan to ...", "Ruiz's criticism of ...", "their support for ..." (a possessor, then an
 * infinitive or a complement).
 */
export function nounCue(doc: SlantDocument, k: number, te: number, sense: CueSense & { lemma: string }, sentence: number, lex: AttributionLexicons): Cue | null {
  const next = doc.lower[k + 1] ?? '';
  const possessed = possessorOf(doc, k) >= 0;
  const base = { tokStart: k, tokEnd: k + 1, head: k, lemma: sense.lemma, stance: sense.stance, cueClass: sense.cueClass, negated: false, nominal: true, sentence };
  const type = possessed ? 'noun' : 'agentless';
  const from = possessed ? null : judgementFrom(doc, k, te, base);
  if (from) return from;
  const undergone = possessed ? null : undergoneJudgement(doc, k, te, base);
  if (undergone) return undergone;
  if (materialOrLostSupport(doc, k, sense.lemma)) return null;
  if (sense.lemma === 'call' && next === 'on' && visitOnPerson(doc, k + 2, te, lex)) return null;
  // "in order to win", "in order for them to": a purpose, not an order anyone gave
  if (sense.lemma === 'order' && doc.lower[k - 1] === 'in' && (next === 'to' || next === 'for' || next === 'that')) return null;
  // "closed on account of the storm": a cause, not an account anyone gave
  if (sense.lemma === 'account' && doc.lower[k - 1] === 'on' && next === 'of') return null;
  // "the tram controversies of late": "of late" says when, and leaves the noun no complement
  if (ofLate(doc, k + 1)) return null;
  // "the presidential debate", "Tuesday’s Republican debate that …": the event, not what is debated
  if (sense.lemma === 'debate' && (next === 'that' || isCap(doc, k - 1) || isPossessiveBefore(doc, k) || DEBATE_EVENTS.has(doc.lower[k - 1] ?? ''))) return null;
  // ("no doubt that the levy would pass": a thing that passes is an outcome, not a relative clause's gap)
  if (next === 'that' && k + 2 < te && takesClause(doc, k + 2, te, MANDATIVE_NOUNS.has(sense.lemma)) && (!relativeThatClause(doc, k + 2, te) || outcomeClause(doc, lex, k + 2, te))) return { type, ...base };
  // "Vale's claim Monday that …", "a warning last week that …": the clause behind a time adjunct
  if (timedThatClause(doc, k + 1, te) > 0) return { type, ...base };
  // "the claim from Okafor that …", "a feeling among growers that …": the holder named before the clause
  if (!possessed && holderClause(doc, k + 1, te) > 0) return { type: 'noun', ...base };
  // "made the case to donors that …", "her pledge to voters that …": a spoken or promised clause behind its addressee
  if (next === 'to' && (sense.cueClass === 'speech' || sense.cueClass === 'intention') && toAddresseeThat(doc, k + 1, te) > 0) return { type, ...base };
  // "allegations he lied to donors", "amid hopes the ferry will return": a clause with no "that"
  // ("in case there was any doubt" is an idiom; "UNDERSTANDING THE CRISIS" a heading)
  if ((sense.cueClass === 'speech' || sense.cueClass === 'belief') && sense.lemma !== 'case' && doc.value[k] !== doc.value[k]!.toUpperCase() && (possessed || bareNoun(doc, k) || doc.lower[k + 1] === 'there') && zeroThatClause(doc, k + 1, te)) return { type, ...base };
  // "Their argument: only the senate can act", "His goal: winning the port vote"
  if (possessed && sense.lemma !== 'campaign' && sense.lemma !== 'case' && colonClause(doc, k, te)) return { type, ...base };
  // "the question is whether …", "the fear was that …": the clause after a form of "be"
  // (also behind a time phrase that dates the noun: "her argument on Sunday was that …")
  const be = timePhraseEnd(doc, k + 1, te, 4, TIME_ADJUNCT);
  const beWord = doc.lower[be] ?? '';
  if ((beWord === 'is' || beWord === 'was' || beWord === 'remains') && be + 1 < te && (doc.lower[be + 1] === 'that' || (sense.cueClass === 'question' && WH.has(doc.lower[be + 1]!))) && doc.pos[be] !== 'NOUN') return { type, ...base, tokEnd: be + 1 };
  // "the hope has been that …", "the worry had long been that …"
  if ((next === 'has' || next === 'had') && k + 4 < te) {
    const been = doc.lower[k + 2] === 'been' ? k + 2 : doc.lower[k + 3] === 'been' && isAdverbLike(doc, k + 2) ? k + 3 : -1;
    if (been > 0 && doc.lower[been + 1] === 'that' && takesClause(doc, been + 2, te)) return { type, ...base, tokEnd: been + 1 };
  }
  // "his plan to", "a decision to", "their refusal to": an infinitive after intentions, promises, refusals, calls
  // ("her claim to be", "the decision not to run": an infinitive of "be" or "have", a negated infinitive;
  // not a passive one, which is a relative clause on the noun: "the case to be made", "no word to be said")
  const inf = next === 'not' && doc.lower[k + 2] === 'to' ? k + 3 : next === 'to' ? k + 2 : -1;
  const passive = doc.lower[inf] === 'be' && doc.pos[inf + 1] === 'VERB' && doc.lemma[inf + 1] !== doc.lower[inf + 1] && !doc.lower[inf + 1]!.endsWith('ing');
  if (inf > 0 && inf < te && !passive && (doc.pos[inf] === 'VERB' || /^(?:be|have)$/.test(doc.lower[inf]!))) return sense.cueClass === 'belief' ? null : { type, ...base };
  // "chants of “No more tolls”", "calls of “Encore!”": a crowd's quoted words, with no single holder
  // (or with their possessor: "their chants of “Vale!”")
  if ((sense.lemma === 'chant' || sense.lemma === 'call') && next === 'of' && isQuoteMark(doc, k + 2)) {
    // (the chanted words may be cut into sentences of their own, "“Vale! Vale!”": the quotation
    // runs on to its closing mark in the line)
    const line = doc.lineOf[k];
    const close = closingMarkWithin(doc, k + 2, 27, doc.tokenCount, (t) => doc.lineOf[t] !== line);
    if (close > k + 3) return { type, ...base, tokEnd: k + 2, content: { a: k + 2, b: close + 1 } };
  }
  // "her criticism of", "support for", "questions about", "his attack on": a complement
  const preps = PREPOSITIONS_BY_CLASS[sense.cueClass];
  // a generic noun ("attack", "position", "view") attributes its complement only with a possessor: "her position on"
  // (also a quotation: "a sharp dig at “the usual suspects”")
  // (or a judgement that is the object of a verbal light verb, whose subject holds it: "levelled an attack on";
  // not a document put out, "published a report on the budget")
  if (preps && preps.has(next) && (possessed || !CLAUSE_NOUNS_ONLY.has(sense.lemma) || judgedWords(doc, k, lex) || (sense.cueClass === 'evaluation' && lightVerbObject(doc, k, doc.sentences[sentence]!.tokenStart))) && k + 2 < te && (!isPunct(doc, k + 2) || isQuoteMark(doc, k + 2))) return { type, ...base, ...(possessed ? {} : { ...subjectContent(doc, k, te), ...openingPhraseContent(doc, k, te) }) };
  // "threw her support behind Vale", "put their weight behind": with an owner, "behind" names whom the
  // stance backs (ownerless, "the support behind the bill" names who backs it)
  if (possessed && next === 'behind' && sense.cueClass === 'evaluation' && k + 2 < te && !isPunct(doc, k + 2)) return { type, ...base };
  // "withheld support from the bill", "withdrew her support from Vale": "from" names whom the stance is taken from
  if (next === 'from' && sense.cueClass === 'evaluation' && k + 2 < te && !isPunct(doc, k + 2) && withdrawnStance(doc, k)) return { type, ...base, ...(possessed ? {} : { ...subjectContent(doc, k, te), ...openingPhraseContent(doc, k, te) }) };
  // (and the noun's own prepositions: "Ruiz's hopes for a deal", "their expectations for the season")
  if (possessed && sense.cueClass === 'belief' && (['on', 'of', 'about', 'toward', 'towards'].includes(next) || OWNERLESS_PREPOSITIONS.get(sense.lemma)?.has(next)) && k + 2 < te && !isPunct(doc, k + 2)) return { type, ...base };
  // "fears of a strike", "talk of a merger", "reports about his work", "hopes for a deal": held or told by no one named
  // "for fear of", "in hopes of", "in the hope of", "out of fear of": the subject's own motive, not an ownerless fear
  // ("fell short of hopes for a deal" is someone's hope: only "out of" makes "of" a motive)
  const motive = (sense.lemma === 'fear' || sense.lemma === 'hope') && (/^(?:for|in)$/.test(doc.lower[k - 1] ?? '') || (doc.lower[k - 1] === 'of' && doc.lower[k - 2] === 'out') || (doc.lower[k - 1] === 'the' && doc.lower[k - 2] === 'in'));
  if (!possessed && !motive && OWNERLESS_PREPOSITIONS.get(sense.lemma)?.has(next) && k + 2 < te && !isPunct(doc, k + 2) && !(next === 'of' && HOLDER_AFTER_OF.has(doc.lower[k + 2]!))) return { type, ...base, ...subjectContent(doc, k, te), ...openingPhraseContent(doc, k, te) };
  return null;
}

/** Nouns of backing that may name money or arms given, or voters won and lost, rather than a stance. */
const BACKING_NOUNS = new Set(['support', 'backing']);

/** Modifiers that make support aid given, not a stance voiced: "financial support for the fair", "military backing". */
const AID_MODIFIERS = new Set(['financial', 'military', 'material', 'logistical', 'technical', 'monetary', 'humanitarian', 'economic', 'fiscal', 'budgetary', 'medical', 'legal', 'air']);

/** Verbs of losing ground, after which "support to X" names who gains it: "is losing support to the greens". */
const LOSING_VERBS = new Set(['lose', 'shed', 'bleed', 'cede', 'leak']);

/**
 * Is the backing noun at `k` aid given ("their financial support for the fair") or voters lost to a
 * rival ("losing support to the greens", "lost some of its support to Vale")? Neither voices a
 * stance toward the one named after the preposition (not "their support for the fair", "lost
 * support for the levy": a stance whose holders left it).
 */
function materialOrLostSupport(doc: SlantDocument, k: number, lemma: string): boolean {
  if (!BACKING_NOUNS.has(lemma)) return false;
  if (AID_MODIFIERS.has(doc.lower[k - 1] ?? '')) return true;
  if (doc.lower[k + 1] !== 'to') return false;
  // the verb before the noun, over its determiners and modifiers ("lost much of its support to")
  let v = k - 1;
  while (v >= 0 && k - v <= 5 && !isVerb(doc, v) && (doc.pos[v] === 'DET' || doc.pos[v] === 'ADJ' || doc.pos[v] === 'PRON' || doc.lower[v] === 'of' || doc.pos[v] === 'NUM')) v--;
  return v >= 0 && isVerb(doc, v) && LOSING_VERBS.has(doc.lemma[v]!);
}

/**
 * Is token `k` the "of" of the time adverbial "of late" ("the quarrels of late", "criticism of
 * late has grown")? Not "of late fees", "of late-night shows", where "late" modifies a noun.
 */
function ofLate(doc: SlantDocument, k: number): boolean {
  return doc.lower[k] === 'of' && doc.lower[k + 1] === 'late' && doc.pos[k + 2] !== 'NOUN' && doc.pos[k + 2] !== 'PROPN' && !hyphenJoinsAfter(doc, k + 2);
}

/**
 * "had harsh words for Vale", "offered kind words about Ruiz": plural "words" that an adjective of
 * judgement qualifies judge the one named after "for" or "about" (other "words" stay a noun that
 * needs a possessor or a clause: "eat their words", "had a few words with", "simple words for").
 */
function judgedWords(doc: SlantDocument, k: number, lex: AttributionLexicons): boolean {
  if (doc.lower[k] !== 'words' || !JUDGING_WORDS.has(doc.lower[k - 1] ?? '') || (doc.lower[k + 1] !== 'for' && doc.lower[k + 1] !== 'about')) return false;
  // (only as the object of a verb that gives words: "found kind words for the crew", "Kind words for
  // the crew came …", "The sign held kind words" judge no one in the speaker's voice)
  let v = k - 2;
  while (v >= 0 && k - v <= 4 && (doc.pos[v] === 'DET' || doc.pos[v] === 'ADJ' || doc.pos[v] === 'ADV' || doc.pos[v] === 'NUM')) v--;
  if (v < 0 || (doc.pos[v] !== 'VERB' && doc.pos[v] !== 'AUX') || !WORD_GIVING_VERBS.has(doc.lemma[v]!)) return false;
  // (and only from someone who can speak: "The poem had warm words for the pier" holds words, judges no
  // one; a common noun subject must name people, a group or a title: "The union had harsh words for")
  let s = v - 1;
  while (s >= 0 && v - s <= 3 && (doc.pos[s] === 'AUX' || isAdverbLike(doc, s) || NEGATIONS.has(doc.lower[s]!))) s--;
  return s < 0 || doc.pos[s] !== 'NOUN' || namesSpeaker(doc, lex, s);
}

/** Verbs whose object "harsh words" are words someone gives: "had harsh words for", "offered kind words about". */
const WORD_GIVING_VERBS = new Set(['have', 'offer', 'save', 'reserve', 'share', 'express', 'voice']);

/** Adjectives that make words a judgement: "harsh words", "kind words" (not "simple words for the tides", a naming). */
const JUDGING_WORDS = new Set(['harsh', 'kind', 'sharp', 'strong', 'tough', 'warm', 'glowing', 'choice', 'nice', 'angry', 'bitter', 'pointed', 'critical', 'scathing', 'cutting', 'stern', 'generous', 'fond', 'flattering', 'unkind', 'heated', 'blunt', 'withering', 'complimentary']);

/**
 * Attitudes whose "of" phrase names who holds them when it names people or a group: "the fury
 * of voters", "with the backing of the unions", "the enthusiasm of younger voters", "at the
 * request of police". (Acts such as "criticism of Ruiz" or "an endorsement of Vale", and
 * attitudes such as "distrust of the press" or "hatred of outsiders", take what they are about
 * after "of", and stay relations.)
 */
const HELD_ATTITUDES = new Set(['anger', 'fury', 'rage', 'outrage', 'ire', 'wrath', 'frustration', 'enthusiasm', 'support', 'backing', 'approval', 'complaint', 'request', 'demand', 'blessing', 'consent']);

/** Asking and advising nouns of the adjunct "at the request of X", "on the advice of X". */
const ASKING_NOUNS = new Set(['request', 'urging', 'behest', 'insistence', 'suggestion', 'invitation', 'direction', 'demand', 'recommendation', 'advice', 'order', 'orders', 'instruction', 'instructions', 'instigation', 'prompting']);

/**
 * "delayed at the request of the president", "acted on the advice of counsel": the adjunct says
 * who asked for the act of the clause; the "of" phrase is the asker (whatever noun it is), never
 * what was asked.
 */
function byRequestOf(doc: SlantDocument, k: number, lemma: string): boolean {
  if (doc.lower[k + 1] !== 'of' || doc.lower[k - 1] !== 'the' || !ASKING_NOUNS.has(lemma)) return false;
  const p = doc.lower[k - 2];
  return p === 'at' || p === 'on' || p === 'upon';
}

/** Words after "of" that stand for people: "many", "those", "them", "some of the". */
export const PEOPLE_WORDS = new Set(['many', 'most', 'some', 'those', 'them', 'us', 'all', 'millions', 'thousands', 'hundreds', 'dozens']);

/**
 * Is the reporting noun at k an attitude with no possessor whose "of" phrase names its holder
 * ("the quiet anger of laid-off dockers", "has the support of 12 percent of tenants", "with the
 * backing of Harbour First")? Then the "of" phrase is no content, and the noun makes no relation.
 * Not "in support of the toll", where "of" names what is supported.
 */
export function heldByOfPhrase(doc: SlantDocument, k: number, te: number, sense: CueSense & { lemma: string }, lex: AttributionLexicons): boolean {
  if (byRequestOf(doc, k, sense.lemma)) return true;
  if (doc.lower[k + 1] !== 'of' || !(HELD_ATTITUDES.has(sense.lemma) || sense.lemma === 'endorsement') || possessorOf(doc, k) >= 0) return false;
  // "Okafor has the backing of two of the councillors": after a verb of receiving, the "of" phrase names who
  // gives it, whatever its head (not "praised the endorsement of the plan"); after a verb of winning it is
  // the source of a relation of its own ("won the endorsement of the union", see judgementFrom)
  const v = receivingVerbBefore(doc, k);
  if (v >= 0) return !WINNING_VERBS.has(doc.lemma[v]!);
  if (!HELD_ATTITUDES.has(sense.lemma)) return false;
  if (doc.lower[k - 1] === 'in' || (doc.pos[k - 1] === 'ADJ' && doc.lower[k - 2] === 'in')) return false;
  let h = k + 2;
  // (a participle before the head modifies it: "of displaced workers")
  // (and an adverb on such a modifier: "of economically displaced workers", "of newly arrived Norvikers")
  const modifier = (t: number): boolean => doc.pos[t] === 'DET' || doc.pos[t] === 'NUM' || doc.pos[t] === 'ADJ' || (doc.pos[t] === 'VERB' && endsWithIngOrEd(doc.lower[t]!) && (doc.pos[t + 1] === 'NOUN' || doc.pos[t + 1] === 'PROPN')) || (doc.pos[t] === 'ADV' && t + 1 < te && (doc.pos[t + 1] === 'ADJ' || doc.pos[t + 1] === 'VERB') && modifier(t + 1));
  while (h < te && h - k < 8 && (modifier(h) || /^(?:percent|%)$/.test(doc.lower[h]!) || (doc.lower[h] === 'of' && doc.pos[h - 1] !== 'ADJ'))) h++;
  if (h >= te) return false;
  if (PEOPLE_WORDS.has(doc.lower[h]!) || doc.pos[h] === 'PROPN') return true;
  // the head of a compound is its last noun: "dock workers"
  while (h + 1 < te && doc.pos[h] === 'NOUN' && doc.pos[h + 1] === 'NOUN') h++;
  return doc.pos[h] === 'NOUN' && namesSpeaker(doc, lex, h);
}

/** The verb of receiving whose object is the noun at `k` ("won the", "has the full", "secured their"), at most three words between, or -1. */
function receivingVerbBefore(doc: SlantDocument, k: number): number {
  let v = k - 1;
  while (v > 0 && k - v <= 3 && (doc.pos[v] === 'DET' || doc.pos[v] === 'ADJ' || doc.pos[v] === 'ADV')) v--;
  return v < k - 1 && isVerb(doc, v) && RECEIVING_VERBS.has(doc.lemma[v]!) ? v : -1;
}

/** Subjects that open a clause after a reporting noun with no "that": "allegations he lied", "fears there is no cure". */
const CLAUSE_SUBJECTS = wordSet([...PRONOUNS], ['there']);

/**
 * Verbs that in "the claim he made", "the message they sent voters", "the answer she gave the
 * panel", "the statement that Okafor drafted", "the proposal that Vale disputed" take the reporting noun
 * itself as their object (verbs seldom used without an object only: "the news that Vale withdrew", "no
 * doubt that he would endorse in May" have no gap): the words after the noun are a
 * relative clause about it, not its content.
 */
export const NOUN_TAKING_VERBS: ReadonlySet<string> = new Set(['make', 'give', 'send', 'offer', 'issue', 'deliver', 'release', 'post', 'write', 'file', 'raise', 'voice', 'express', 'hear', 'receive', 'get', 'have', 'take', 'share', 'publish', 'read', 'repeat', 'deny', 'reject', 'answer', 'ask', 'pose', 'put', 'lodge', 'level', 'bring', 'cite', 'tell', 'show', 'hold', 'leave', 'sign', 'accept', 'dismiss', 'face', 'spread', 'pass', 'do', 'present', 'submit', 'unveil', 'lay', 'set', 'keep', 'break', 'hurl', 'air', 'echo', 'use', 'see', 'find', 'mean', 'want', 'need', 'like', 'love', 'hate', 'know', 'remember', 'forget', 'ignore', 'heed', 'follow', 'support', 'back', 'oppose', 'fear', 'hope',
  // drafting, proposing and judging verbs: "the warning that Okafor drafted went unheeded"
  'draft', 'pen', 'author', 'craft', 'compile', 'demand', 'request', 'seek', 'praise', 'criticize', 'criticise', 'welcome',
  // (and judging verbs that always take what they judge: "the pledge that Ruiz mocked", "the levy that the board condemned")
  'mock', 'ridicule', 'deride', 'scorn', 'lampoon', 'denounce', 'condemn', 'decry', 'slam', 'rebuke', 'rebuff', 'applaud', 'hail', 'embrace',
  // verbs that answer a claim and want their object: "the claim by Vale that the board disputed was withdrawn"
  // (not those often used with none: "no doubt that he would endorse", "fears that Ruiz would withdraw", "hope that the
  // couple would adopt", "reports that Vale would propose at the gala")
  'dispute', 'challenge', 'contest', 'question', 'refute', 'rebut', 'debunk', 'disprove', 'doubt', 'retract', 'examine', 'verify']);

/** Time words and adjuncts that may follow a verb whose object is the noun ("the report they released Monday", "the claim he made on Monday"). */
const TIME_AFTER_VERB = wordSet(NEAR_DAYS, WEEKDAYS, ['last', 'this', 'next', 'earlier', 'later', 'recently', 'then', 'now', 'once', 'again', 'before', 'after', 'during', 'on', 'at', 'since', 'so', 'too', 'as']);

/** Determiners that open a subject after a reporting noun ("the fear that the board …"; not "what", "which"). */
const SUBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'these', 'those', 'some', 'many', 'most', 'no']);

/**
 * The end of a subject opening a clause at `a` (a personal pronoun, "there", or a name or a
 * determiner with its noun phrase; with `coordinated`, also "Vale and Ruiz"; with `bare`, also a
 * noun phrase with no determiner, "growers", "farm workers"), or -1.
 */
function subjectEnd(doc: SlantDocument, a: number, te: number, coordinated: boolean, bare = false): number {
  let j = a;
  if (CLAUSE_SUBJECTS.has(doc.lower[j] ?? '')) return j + 1;
  if (!(doc.pos[j] === 'DET' || doc.pos[j] === 'PROPN' || (bare && doc.pos[j] === 'NOUN' && !isCap(doc, j)))) return -1;
  // "news reports", "the support staff": a noun after the reporting noun is a compound, not a subject
  if (doc.pos[j] === 'DET' && !SUBJECT_DETERMINERS.has(doc.lower[j]!)) return -1;
  j++;
  while (j < te && j - a < 6 && (doc.pos[j] === 'ADJ' || doc.pos[j] === 'NOUN' || doc.pos[j] === 'PROPN' || doc.pos[j] === 'NUM' || (coordinated && doc.lower[j] === 'and' && doc.pos[j + 1] === 'PROPN'))) j++;
  return j;
}

/** The verb group after a subject ending at `j`: auxiliaries, particles and adverbs, then its verb (index `v`). */
function verbGroupAfter(doc: SlantDocument, j: number, te: number): { v: number; aux: boolean } {
  let v = j;
  let aux = false;
  while (v < te && v - j < 4 && (doc.pos[v] === 'AUX' || doc.pos[v] === 'PART' || isAdverbLike(doc, v))) {
    if (doc.pos[v] === 'AUX') aux = true;
    v++;
  }
  return { v, aux };
}

/**
 * "the views that Vale and Ruiz have when …", "the commitment that the county needs.", "a concern
 * that Okafor would echo again": after "that", a subject and a verb that takes the reporting noun
 * itself as its object, with no object of its own after it (punctuation, a time word, a
 * preposition, the main clause's verb): a relative clause about the noun, not its content ("the fear that they have a
 * plan" has its object and stays a clause).
 */
function relativeThatClause(doc: SlantDocument, a: number, te: number): boolean {
  // (a bare noun too: "the warning that growers ignored was dire"; its verb must still want the noun as its object)
  const j = subjectEnd(doc, a, te, true, true);
  if (j <= a || j >= te) return false;
  let { v } = verbGroupAfter(doc, j, te);
  // ("the views that they have when …": "have" read as an auxiliary is the verb)
  if (!(v < te && doc.pos[v] === 'VERB') && v > j && doc.pos[v - 1] === 'AUX' && doc.lemma[v - 1] === 'have') v--;
  // ("a report that the guild paid for | says …": any verb whose preposition is stranded before the clause ends or
  // the main verb follows has the noun as that preposition's object)
  if (v < te && doc.pos[v] === 'VERB' && STRANDED_PREPOSITIONS.has(doc.lower[v + 1] ?? '') && endsAfterStranded(doc, v + 2, te)) return true;
  if (!(v < te && NOUN_TAKING_VERBS.has(doc.lemma[v]!))) return false;
  // (a passive has no gap: "the promise that Vale would be put in charge" is its content)
  for (let t = j; t < v; t++) if (BE_FORMS.has(doc.lower[t]!)) return false;
  let n = v + 1;
  // (a particle closing a phrasal verb is part of it: "the plan that Vale gave up was old")
  if (n + 1 < te && doc.pos[n] === 'ADP' && !startsNounPhrase(doc, n + 1) && doc.pos[n + 1] !== 'ADP') n++;
  if (n >= te) return true;
  const low = doc.lower[n]!;
  if (isQuoteMark(doc, n)) return false;
  // (or the main clause's own verb: "the commitment that the county needs is missing"; a preposition only with its noun
  // phrase: "give in to the unions", "make up for the losses" are phrasal verbs with no gap)
  // (also a main verb in the present: "Critics of the plan that Vale made argue …"; not a participle, which may
  // complete the verb: "the hope that growers get paid")
  const presentVerb = doc.pos[n] === 'VERB' && (doc.lemma[n] === low || (low.endsWith('s') && doc.lemma[n] !== low)) && !endsWithIng(low);
  // (or in the past, when no noun follows it that it could modify: "the warning that Okafor drafted went unheeded",
  // not "the claim that Okafor drafted revised figures", where the participle opens the object; nor after "get", whose
  // participle right after it is a passive: "the worry that the levy gets approved quietly")
  const pastVerb = doc.pos[n] === 'VERB' && doc.lemma[v] !== 'get' && doc.lemma[n] !== low && !endsWithIng(low) && !low.endsWith('s') && doc.pos[n + 1] !== 'NOUN' && !(doc.pos[n + 1] === 'ADJ' && doc.pos[n + 2] === 'NOUN');
  return isPunct(doc, n) || TIME_AFTER_VERB.has(low) || low === 'when' || doc.pos[n] === 'AUX' || presentVerb || pastVerb || (doc.pos[n] === 'ADP' && low !== 'that' && startsNounPhrase(doc, n + 1));
}

/**
 * Does the verb `lemma` take the document, message or reporting noun `noun` as its object ("wrote | the memo",
 * "issued | the notice", "cited | the report")? In a relative clause on such a noun ("the memo that Ruiz wrote",
 * "the report Ruiz wrote") the verb's object is the noun, never a clause, so a finite verb after the relative is
 * the main clause's.
 */
export function takesWrittenThing(lex: AttributionLexicons, lemma: string, noun: string): boolean {
  return NOUN_TAKING_VERBS.has(lemma) && (lex.documentNouns.has(noun) || lex.messageNouns.has(noun) || lex.cueNounKeys.has(noun));
}

/**
 * Verbs of {@link NOUN_TAKING_VERBS} that also tell an outcome with no object: "the levy would pass", "the truce
 * would hold", "more closures would follow", "the dam would break", "the fire would spread".
 */
const OUTCOME_VERBS = new Set(['pass', 'hold', 'follow', 'break', 'spread']);

/**
 * "no doubt that the levy would pass", "confidence that the truce will hold": after "that" at `a`, a thing (a
 * determiner and a noun that names no one who speaks) and an outcome verb of {@link OUTCOME_VERBS}. A thing
 * does not pass or hold the reporting noun, so the clause is its content even with no object after the verb
 * (not "the bill that the council would pass", whose subject acts on the noun; nor "the plan that it would
 * follow", a pronoun that may stand for anyone).
 */
function outcomeClause(doc: SlantDocument, lex: AttributionLexicons, a: number, te: number): boolean {
  if (doc.pos[a] !== 'DET') return false;
  const j = subjectEnd(doc, a, te, false);
  if (j <= a + 1 || j >= te || doc.pos[j - 1] !== 'NOUN' || namesSpeaker(doc, lex, j - 1)) return false;
  const { v } = verbGroupAfter(doc, j, te);
  return v < te && doc.pos[v] === 'VERB' && OUTCOME_VERBS.has(doc.lemma[v]!);
}

/** Can a noun phrase start at `t` (a determiner, pronoun, name, noun, number or adjective)? */
function startsNounPhrase(doc: SlantDocument, t: number): boolean {
  const p = doc.pos[t];
  return p === 'DET' || p === 'PRON' || p === 'PROPN' || p === 'NOUN' || p === 'NUM' || p === 'ADJ';
}

/**
 * Does a clause with no "that" start at `a`: a subject (a personal pronoun, "there", a name or a
 * determiner with its noun phrase), a finite verb group, and after it an object, a complement
 * or an infinitive? "allegations he lied to donors", "hopes the ferry will return by May",
 * "the assertion there are too few ferries". Not a relative clause about the noun: "the claim
 * he made on Monday", "the message they sent voters", "any hope he has of winning".
 */
function zeroThatClause(doc: SlantDocument, a: number, te: number): boolean {
  const j = subjectEnd(doc, a, te, false);
  if (j <= a || j >= te) return false;
  // the verb group: auxiliaries and adverbs, then the verb (or a form of "be" that is the verb)
  const { v, aux } = verbGroupAfter(doc, j, te);
  let after: number;
  if (v < te && doc.pos[v] === 'VERB') {
    // "the claim he made", "the threat many make": the noun is what the verb acts on
    if (NOUN_TAKING_VERBS.has(doc.lemma[v]!)) return false;
    // a finite verb: after an auxiliary, or not a participle ("he beat", "they lied"; not "the ferry sailing")
    if (!aux && endsWithIng(doc.lower[v]!)) return false;
    after = v + 1;
  } else if (aux && v > j && BE_FORMS.has(doc.lower[v - 1]!)) after = v;
  else return false;
  while (after < te && doc.pos[after] === 'PART' && doc.lower[after] !== 'to') after++;
  if (after >= te) return false;
  const low = doc.lower[after]!;
  // an object, a complement or an infinitive must follow: "he lied to donors", "there are too few"
  if (low === 'to') return /^(?:VERB|DET|PROPN|PRON|NOUN|ADJ|NUM)$/.test(doc.pos[after + 1] ?? '');
  // "after reports he lied, Vale quit": a verb with nothing after it (its noun-taking kind is excluded above)
  if (low === ',' || low === '.') return true;
  if (TIME_AFTER_VERB.has(low) || isPunct(doc, after)) return false;
  return /^(?:DET|PRON|PROPN|NOUN|ADJ|NUM|ADV|SCONJ|ADP)$/.test(doc.pos[after]!);
}

/**
 * A reporting noun with no determiner, after a preposition, a verb, a conjunction or at the start
 * of its clause: "amid fears the dam will fail", "over allegations he lied", "on hopes he will
 * return". ("the message he sent", "an answer he expected" open relative clauses far more often
 * than clauses with no "that"; "the prospect worries officials" has a verb, not a noun.)
 */
function bareNoun(doc: SlantDocument, k: number): boolean {
  let j = k - 1;
  while (j >= 0 && doc.pos[j] === 'ADJ') j--;
  const ts = doc.sentences[doc.sentenceOf[k]!]!.tokenStart;
  if (j < ts) return true;
  // ("the chief of news and talk Ana Ruiz said": a noun in a title before a name is no cue)
  if (!(doc.pos[j] === 'ADP' || doc.pos[j] === 'SCONJ' || doc.pos[j] === 'VERB' || isPunct(doc, j))) return false;
  // "In remarks she tried to …", "and during an hour of remarks she tried …": a phrase that opens
  // its clause is followed by the main clause, unless a comma closes the phrase later ("After
  // reports he lied, Vale quit"); after a verb the noun is inside its clause ("quit over claims he lied")
  let o = j;
  while (o >= ts && /^(?:ADP|DET|ADJ|NUM|NOUN|PROPN)$/.test(doc.pos[o]!)) o--;
  if (o >= ts && (isVerb(doc, o) || (isPunct(doc, o) && doc.value[o] !== ',' && doc.value[o] !== ';'))) return true;
  const te = doc.sentences[doc.sentenceOf[k]!]!.tokenEnd;
  for (let t = k + 2; t < te; t++) if (doc.value[t] === ',') return true;
  return false;
}

/**
 * "Their argument: only the senate can act", "His goal: winning the port vote": words (two or
 * more) after a colon right behind a possessed reporting noun. A quotation after the colon is
 * left to the quotation's own speaker ("His verdict: “Not yet,” Ruiz said.").
 */
function colonClause(doc: SlantDocument, k: number, te: number): boolean {
  return doc.value[k + 1] === ':' && k + 3 < te && !isPunct(doc, k + 2);
}

/**
 * A reporting noun that the verb lexicon also knows as a verb, read as the noun it is tagged as
 * after a preposition: "amid fears that …", "because of claims that …", "despite new doubts
 * about …". The subject of the clause is no holder ("The tax is unpopular amid fears" is not the tax's fear).
 */
export function nounAfterPreposition(doc: SlantDocument, k: number, lex: AttributionLexicons): boolean {
  if (pluralTaggedAsVerb(doc, k) || isNounAfterArticle(doc, k)) return true;
  // "Harsh comments from the mayor", "Fresh doubts about the pier": a capitalised adjective opening the sentence is tagged as a
  // name, and a name does not "comment from" (nor is "Fresh" anyone who doubts: a plural after it is its noun; not "focus")
  // (the sentence start looked up last: this runs for every token)
  // (the tagger reads such an adjective as a noun too before a plural it takes for a noun: "New claims that …")
  if (doc.pos[k] === 'NOUN' && ((doc.pos[k - 1] === 'PROPN' && doc.lower[k + 1] === 'from' && k - 1 === doc.sentences[doc.sentenceOf[k]!]!.tokenStart) || ((doc.pos[k - 1] === 'PROPN' || doc.pos[k - 1] === 'NOUN') && openingAdjectiveBeforePlural(doc, k - 1)))) return true;
  if (objectOfStirringVerb(doc, k)) return true;
  if (titleLabelHead(doc, k)) return true;
  if (modifiedPluralNoun(doc, k, lex)) return true;
  // "by crediting", "after hearing": a gerund after a preposition stays a verb
  if (doc.pos[k] !== 'NOUN' || doc.lower[k]!.endsWith('ing')) return false;
  const j = doc.pos[k - 1] === 'ADJ' ? k - 2 : k - 1;
  if (doc.pos[j] !== 'ADP' || /^(?:that|as|like|to)$/.test(doc.lower[j] ?? '')) return false;
  // ("The memo that the clerks argued over | claims …": not after a preposition stranded at the end of a relative
  // clause, where an -s form is the main verb)
  if (j !== k - 1 || !STRANDED_PREPOSITIONS.has(doc.lower[j]!)) return true;
  const { tokenStart, tokenEnd } = doc.sentences[doc.sentenceOf[k]!]!;
  return !mainVerbOverStranded(doc, k, tokenStart, tokenEnd);
}

/** Determiners that only open a singular noun phrase (or none): "this state", "no state", "each state". */
const SINGULAR_DETERMINERS = new Set(['this', 'no', 'any', 'every', 'each', 'such']);

/**
 * Words that open a plural noun phrase and are never its subject: "the states", "several states", "their claims"
 * (the articles and possessives of DETERMINERS, and quantifiers).
 */
const NOUN_PHRASE_OPENERS = new Set([...[...DETERMINERS].filter((w) => !SINGULAR_DETERMINERS.has(w)), 'some', 'many', 'several', 'most', 'other', 'few']);

/**
 * "the nine states that held primaries", "two states that …", "coastal states that …": an -s
 * form the tagger read as a plural noun (its lemma the singular) right after a number, an
 * adjective or a word that opens a noun phrase is that noun, not a verb with a subject
 * ("the document states that …", "Vale states that …" and "Clause 14 states: …" keep their verb); so is one after a
 * possessive and an adjective or participle ("Vale's false claims that …").
 */
function modifiedPluralNoun(doc: SlantDocument, k: number, lex: AttributionLexicons): boolean {
  if (doc.pos[k] !== 'NOUN' || doc.lemma[k] === doc.lower[k] || !doc.lower[k]!.endsWith('s')) return false;
  const p = k - 1;
  if (p < doc.sentences[doc.sentenceOf[k]!]!.tokenStart) return false;
  // (a number after a capitalised word numbers a provision, the verb's subject: "Clause 14 states: …")
  if (doc.pos[p] === 'NUM' || doc.numberWord[p] === 1) return !isCap(doc, p - 1);
  if (NOUN_PHRASE_OPENERS.has(doc.lower[p]!)) return true;
  // (after a possessive, over the modifiers it takes, an adjective or a participle modifies the plural: "Vale's false
  // claims that …", "his vague claims that …", "the board's often repeated claims that …", "her mounting fears that …";
  // not one that names a person, "the board's official claims that …")
  if ((doc.pos[p] === 'ADJ' || doc.pos[p] === 'VERB') && possessedModifierAt(doc, p, k) && ownedPlural(doc, k) && !namesSpeaker(doc, lex, p)) return true;
  if (doc.pos[p] !== 'ADJ') return false;
  // a nominal adjective tagged ADJ is the subject when a report follows: "The official states that the port closed"
  // (a clause with its own subject after "that", not the relative "states that voted"), "… notes: …", "… says “…”"
  // (but not when a verb of the sentence follows that clause: in "The new reports that the pier was unsafe | worried
  // Ruiz" the plural heads the subject)
  return !speechFollows(doc, k) || verbAfterThatClause(doc, k);
}

/** Has the noun at `k` a possessor over its modifiers ("his", "Vale's"), not an "’s" that is "is" or "has" ("he's")? */
function ownedPlural(doc: SlantDocument, k: number): boolean {
  const owner = possessorOf(doc, k);
  return owner >= 0 && (POSSESSIVE_DETERMINERS.has(doc.lower[owner]!) || isPossessiveBefore(doc, owner + 1));
}

/** After `k`: "that", a clause with its verb, then another finite verb before any punctuation (the main clause's). */
function verbAfterThatClause(doc: SlantDocument, k: number): boolean {
  if (doc.lower[k + 1] !== 'that') return false;
  const te = doc.sentences[doc.sentenceOf[k]!]!.tokenEnd;
  return mainVerbAfterClause(doc, k + 2, te) < te;
}

/** After `k`: "that" then a clause with its own subject, a colon or a quotation mark. */
function speechFollows(doc: SlantDocument, k: number): boolean {
  const te = doc.sentences[doc.sentenceOf[k]!]!.tokenEnd;
  const n = doc.lower[k + 1] ?? '';
  if (n === ':' || isQuoteMark(doc, k + 1)) return true;
  return n === 'that' && k + 2 < te && !isVerb(doc, k + 2) && takesClause(doc, k + 2, te);
}

/**
 * "Morning Email: …", "Weekly Update: …": a capitalised base form right before a colon, after one
 * capitalised singular word opening the line, is the head of a title-case label, not a verb (a
 * base-form verb would need a plural subject, and "Vale Says: …" or "Voters Warn: …" keep theirs).
 */
function titleLabelHead(doc: SlantDocument, k: number): boolean {
  if (doc.value[k + 1] !== ':' || doc.lemma[k] !== doc.lower[k] || k - 1 < doc.sentences[doc.sentenceOf[k]!]!.tokenStart) return false;
  const prev = doc.value[k - 1]!;
  if (!/^[A-Z][a-z]/.test(doc.value[k]!) || !/^[A-Z][a-z]+$/.test(prev) || prev.endsWith('s') || doc.pos[k - 1] === 'PRON') return false;
  // (not after a coordinated subject: "Vale, Ruiz Warn: …", "Vale And Ruiz Agree: …")
  const start = doc.sentences[doc.sentenceOf[k]!]!.tokenStart;
  if (k - 1 - start > 2) return false;
  for (let i = start; i < k - 1; i++) if (!doc.isWord[i] || doc.lower[i] === 'and') return false;
  return true;
}

/** Verbs that stir, calm or voice an attitude, taking it as their object: "raised fears", "stoked doubts", "allayed concerns". */
const STIRRING_VERBS = new Set(['raise', 'spark', 'stoke', 'fuel', 'fan', 'ease', 'allay', 'heighten', 'renew', 'prompt', 'trigger', 'provoke', 'stir', 'feed', 'dispel', 'calm', 'quell', 'revive', 'reignite', 'deepen', 'cause', 'dash', 'voice', 'express', 'echo', 'air']);

/**
 * "The storm raised fears that …", "the delay stoked new doubts about …": an attitude noun right
 * after such a verb (or after it and one adjective) is its object, though the tagger may read it
 * as a verb with the words before as its subject.
 */
function objectOfStirringVerb(doc: SlantDocument, k: number): boolean {
  const j = doc.pos[k - 1] === 'ADJ' ? k - 2 : k - 1;
  if (j < 0 || doc.pos[j] !== 'VERB' || !STIRRING_VERBS.has(doc.lemma[j]!)) return false;
  // ("Despite renewed calls for …": a participle after a preposition modifies the noun; the verb reading has no subject to swallow)
  if (doc.pos[j - 1] === 'ADP') return false;
  return (doc.pos[k] === 'VERB' || doc.pos[k] === 'NOUN') && STIRRED_ATTITUDES.has(doc.lower[k]!);
}

/** Plural attitude nouns that are also -s forms of verbs ("renewed calls for": the noun, whose verb is "renewed"). */
// (Plurals of reporting-nouns.json entries, kept apart on purpose: only the ones the tagger may read as a verb after a stirring verb.)
const STIRRED_ATTITUDES = new Set(['fears', 'doubts', 'worries', 'concerns', 'suspicions', 'questions', 'calls', 'demands']);

/**
 * A plural noun the tagger read as a verb: "flooded with calls to boycott", "amid claims that",
 * "Harsh comments drew …", "littered with unmet promises of …". An -s form right after a
 * preposition, or after an adjective that follows a determiner, a preposition or the start of
 * the sentence, has no subject and is no verb ("The mayor calls for" keeps its subject).
 */
export function pluralTaggedAsVerb(doc: SlantDocument, k: number): boolean {
  if (!sFormMaybePlural(doc, k)) return false;
  const ts = doc.sentences[doc.sentenceOf[k]!]!.tokenStart;
  // "Calls for a boycott grew", "Fears that …": an -s form opening a sentence has no subject
  if (k === ts) return doc.pos[k + 1] === 'ADP' || doc.lower[k + 1] === 'that';
  // "Soon reports of a strike …", "Later claims that …": the same behind an opening time word, which is no subject
  if (pluralAfterOpeningTime(doc, k)) return true;
  const afterPreposition = (j: number) => doc.pos[j] === 'ADP' && !/^(?:that|as|like|to|than|because|if|while|so)$/.test(doc.lower[j]!);
  if (afterPreposition(k - 1)) return true;
  // "renewed her calls for a levee", "Vale’s demands for": after a possessive, with a preposition
  // after it, an -s form is the owned plural ("the coach who trained her calls for calm" keeps its verb)
  if ((POSSESSIVE_DETERMINERS.has(doc.lower[k - 1]!) && !herIsObject(doc, k - 1)) || isPossessiveBefore(doc, k)) return afterPreposition(k + 1);
  // "walked in to chants of “…”": an infinitive takes the bare form, so an -s form that is not its
  // own lemma after "to", with a quotation after "of", is a plural ("to focus on" keeps its verb)
  if (doc.lower[k - 1] === 'to' && doc.lemma[k] !== doc.lower[k] && doc.lower[k + 1] === 'of' && isQuoteMark(doc, k + 2)) return true;
  // an adjective opening the phrase: "Harsh comments", "with unmet promises", "the repeated calls"
  return modifiesNoun(doc, k - 1, ts) && (k - 1 === ts || afterPreposition(k - 2) || doc.pos[k - 2] === 'DET');
}

/**
 * "The council's hopes that …", "his hope that …", "their promises to …": a bare or -s form the
 * tagger read as a verb right after a possessive is the noun it owns (a possessive is no
 * subject, and "’s" as "is" or "has" takes an -ing form or a participle: "Vale's hoping", "Vale's
 * said"). So is an -ing form after a possessive determiner or a "’s" the tagger read as the possessive
 * ("his finding that …", "the board's finding that …"; "’s" read as "is" is an auxiliary, "he's finding"),
 * when "that" follows it: "Vale's finding the pier unsafe" is a gerund with an object.
 * Not "let's hope", nor "her" as the object of a verb ("made her fear that …").
 */
export function ownedFormTaggedAsVerb(doc: SlantDocument, k: number): boolean {
  if (doc.pos[k] !== 'VERB' || k < 1) return false;
  const ing = doc.lemma[k] !== doc.lower[k] && endsWithIng(doc.lower[k]!);
  if (doc.lemma[k] !== doc.lower[k] && !sFormMaybePlural(doc, k) && !ing) return false;
  if (ing && doc.pos[k - 1] !== 'PART' && !POSSESSIVE_DETERMINERS.has(doc.lower[k - 1]!)) return false;
  // ("Vale's finding the pier unsafe surprised Ruiz": with an object after it the -ing form is a gerund, a verb)
  if (ing && doc.lower[k + 1] !== 'that') return false;
  const p = doc.lower[k - 1]!;
  if (POSSESSIVE_DETERMINERS.has(p)) return p !== 'her' || !(doc.pos[k - 2] === 'VERB' || herIsObject(doc, k - 1));
  return isPossessiveBefore(doc, k) && doc.lower[k - 2] !== 'let';
}

/**
 * Does the word at `t` modify the noun after it: an adjective, one of MISTAGGED_ADJECTIVES, or a
 * participle opening the sentence ("Renewed calls for …": a bare participle is no subject)?
 */
function modifiesNoun(doc: SlantDocument, t: number, ts: number): boolean {
  if (doc.pos[t] === 'ADJ' || MISTAGGED_ADJECTIVES.has(doc.lower[t]!)) return true;
  return t === ts && doc.pos[t] === 'VERB' && endsWithPlainEd(doc.lower[t]!);
}

/** Verbs by which questions, fears or rumours come to be, held by no one: "questions remain about", "suspicions persist that". */
const ARISING_VERBS = new Set(['arise', 'remain', 'persist', 'linger', 'emerge', 'resurface', 'surface', 'circulate', 'swirl', 'spread', 'grow', 'mount', 'abound', 'loom', 'deepen', 'intensify', 'multiply']);

/** Passives by which they are put forward by no one named: "concerns were raised that", "doubts have been voiced about". */
const VOICING_PASSIVES = new Set(['raise', 'voice', 'express', 'air']);

/**
 * "Questions remain about the loan", "suspicions persist that the mayor knew", "concerns were
 * raised that the bridge was unsafe": a reporting noun with no possessor whose own verb says it
 * exists or was put forward, then its clause or its topic. The noun through the verb is the cue,
 * with no source; or null. "His doubts remain" (a holder) and "Questions remain." (no content) are not matched.
 */
export function arisingNoun(doc: SlantDocument, k: number, ts: number, te: number, sense: CueSense & { lemma: string }, sentence: number): Cue | null {
  if (!(sense.cueClass === 'speech' || sense.cueClass === 'belief' || sense.cueClass === 'question')) return null;
  const prev = doc.lower[k - 1] ?? '';
  if (k > ts && (isPossessiveBefore(doc, k) || /^(?:his|her|their|its|our|my|your|the|this|that|these|those)$/.test(prev))) return null;
  let v = k + 1;
  let passive = false;
  while (v < te && v - k < 5 && (doc.pos[v] === 'AUX' || (isAdverbLike(doc, v) && !NEGATIONS.has(doc.lower[v]!)))) {
    if (BE_FORMS.has(doc.lower[v]!)) passive = true;
    v++;
  }
  const lemma = doc.lemma[v] ?? '';
  if (!(doc.pos[v] === 'VERB' && (passive ? VOICING_PASSIVES.has(lemma) && endsWithEd(doc.lower[v]!) : ARISING_VERBS.has(lemma)))) return null;
  let a = v + 1;
  while (a < te && isAdverbLike(doc, a) && !WH.has(doc.lower[a]!)) a++;
  const next = doc.lower[a] ?? '';
  const topic = next === 'about' || next === 'whether' || (sense.cueClass === 'question' && (next === 'over' || WH.has(next)));
  if (!(a + 1 < te && (topic || (next === 'that' && takesClause(doc, a + 1, te))))) return null;
  return { type: 'agentless', tokStart: k, tokEnd: v + 1, head: k, lemma: sense.lemma, stance: sense.stance, cueClass: sense.cueClass, negated: false, agentless: 'it-that', sentence };
}

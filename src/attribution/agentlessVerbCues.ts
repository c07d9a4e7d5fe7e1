/**
 * Verb cues with no agent: appearance ("seems to", "looks like"), agentless passives ("it is
 * believed that", "is said to", "was declared the winner", "is accused of") and reduced
 * passives after a noun ("a clerk accused of fraud"). Called from verbCues.ts once a
 * reporting verb is found.
 */
import type { SlantDocument } from '../document/readDocument.js';
import type { AttributionLexicons } from './attributionLexicons.js';
import type { Cue } from './cue.js';
import { nothingAfter, phraseEnd, takesClause, WH } from './cueComplements.js';
import { clauseStart, nounPhraseBefore } from './nounPhrases.js';
import { timePhraseEnd } from './timePhrases.js';
import { trimFront } from './contentExtent.js';
import { ABSOLUTE_PREPOSITIONS, BE_FORMS, DEPICTED_DOING, hasVerb, isAdverbLike, isCap, isDigitRun, isDash, isPunct, isQuoteMark, isVerb, MODALS, NEGATIONS, PRONOUNS, SENTENCE_OR_CLAUSE_END, endsWithIng, endsWithEd, WH_SUBJECTS, STATE_LINKS, ING_PREPOSITIONS, NOUN_PHRASE_TAGS } from './tokens.js';
import { OPENING_SUBORDINATORS } from './openingClause.js';
import { DAY_PARTS, MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS, WHEN_AFTER_VERB, wordSet } from './timeWords.js';
import { pronounHeadBefore } from './quantifiers.js';

/** Verbs whose passive attributes with no agent: "it is believed that", "he is said to". */
export const AGENTLESS_PASSIVES = new Set(['say', 'believe', 'think', 'expect', 'report', 'rumor', 'rumour', 'allege', 'know', 'consider', 'estimate', 'understand', 'suppose', 'fear', 'claim', 'see', 'announce', 'predict', 'project', 'ask', 'suggest', 'assume', 'hope', 'feel', 'view', 'regard', 'describe', 'deem', 'confirm', 'reveal', 'disclose', 'argue', 'note', 'intend', 'tell']);

/**
 * Verbs of finding out whose passive attributes only before an infinitive: "the claim was shown to
 * be false", "the dam was found to leak" (not "was found in a drawer", "was shown to students").
 */
export const RAISING_FINDINGS = new Set(['show', 'find', 'demonstrate']);

/** Prepositions that open where a depiction is seen, before the act it shows: "shown in a photograph holding …", "shown on screen waving". */
const DEPICTION_SETTINGS = new Set(['in', 'on']);

/** The most words a depiction's setting may take after its preposition ("in the footage from the pier"). */
const DEPICTION_SETTING_REACH = 5;

/**
 * "Vale is shown waving to the crowd", "the crews were shown in the footage hauling nets": the passive of a
 * depicting verb (tokens' `DEPICTED_DOING`: "show", "depict") before an -ing verb depicts an act (in a photo, a
 * film) that no one named shows; `a` is the first word after the participle and its adverbs. Not "was shown the
 * door", "was shown at the festival", nor a reporting verb after it ("is shown saying …": that verb's own cue
 * reports the words), nor an -ing preposition ("was shown following the vote").
 */
export function depictedAct(doc: SlantDocument, a: number, te: number, lex: AttributionLexicons): boolean {
  let t = a;
  if (DEPICTION_SETTINGS.has(doc.lower[t] ?? '')) {
    t++;
    while (t < te && t - a <= DEPICTION_SETTING_REACH && NOUN_PHRASE_TAGS.has(doc.pos[t]!) && !endsWithIng(doc.lower[t])) t++;
    if (t === a + 1) return false;
  }
  const w = doc.lower[t];
  return t < te && endsWithIng(w) && isVerb(doc, t) && !ING_PREPOSITIONS.has(w!) && !lex.verbs.has(doc.lemma[t]!);
}

/**
 * "Vale was shown in the video | saying …": the depicting verb before a setting (`DEPICTION_SETTINGS`, at most
 * `DEPICTION_SETTING_REACH` noun-phrase words) that ends at `j`, when that verb follows a form of "be"; -1 otherwise.
 * An -ing form after the setting is the act of the one shown, not of the setting («the video» says nothing).
 */
export function depictingVerbBeforeSetting(doc: SlantDocument, j: number, ts: number): number {
  let t = j;
  while (t > ts && j - t < DEPICTION_SETTING_REACH && NOUN_PHRASE_TAGS.has(doc.pos[t]!) && !DEPICTION_SETTINGS.has(doc.lower[t]!)) t--;
  if (t === j || t - 2 < ts || !DEPICTION_SETTINGS.has(doc.lower[t]!)) return -1;
  const v = t - 1;
  // (over an adverb after "be": "was also shown in …")
  const be = BE_FORMS.has(doc.lower[v - 1]!) || (v - 2 >= ts && isAdverbLike(doc, v - 1) && BE_FORMS.has(doc.lower[v - 2]!));
  return be && doc.pos[v] === 'VERB' && DEPICTED_DOING.has(doc.lemma[v]!) ? v : -1;
}

/**
 * Does the -ing cue of one shown ("Vale was shown | saying …") report a clause from `end` ("that …", "the pier was
 * unsafe")? Then the one shown speaks. An object or a quotation alone ("shown discussing the levy", "shown chanting
 * “…”") depicts an act, reported by no one named.
 */
export function depictedReport(doc: SlantDocument, end: number, te: number): boolean {
  return doc.lower[end] === 'that' || (!isQuoteMark(doc, end) && takesClause(doc, end, te));
}

/**
 * Verbs of urging whose passive before an infinitive passes on a directive from no one named: "Vale
 * was urged to resign", "the crew was warned not to sail", "she was pressed to explain". The subject
 * is who is to act, not who speaks ("Vale was urged by Ruiz to resign" names the speaker).
 */
export const DIRECTIVE_PASSIVES = new Set(['urge', 'order', 'instruct', 'press', 'pressure', 'beg', 'implore', 'remind', 'warn', 'advise', 'caution', 'exhort']);

/** Directive lemmas that also name a physical or commercial act: "the olives were pressed to make oil", "parts were ordered to replace the pumps". */
const THING_DIRECTIVES = new Set(['press', 'order']);

/**
 * May the passive of the directive `lemma` whose subject ends at `h` pass on a directive: always,
 * but for `THING_DIRECTIVES` only with a person or group as the subject (a personal pronoun, a name,
 * a source noun: "she was ordered to leave", "the crews were pressed to sail"); after a thing its
 * "to" is a purpose.
 */
export function directiveSubject(doc: SlantDocument, lemma: string, h: number, lex: AttributionLexicons): boolean {
  if (!THING_DIRECTIVES.has(lemma)) return true;
  if (doc.pos[h] === 'PRON') return PRONOUNS.has(doc.lower[h]!) && doc.lower[h] !== 'it';
  return (doc.pos[h] === 'PROPN' && isCap(doc, h)) || lex.nouns.has(doc.lemma[h]!) || lex.nouns.has(doc.lower[h]!);
}

/**
 * "Ruiz, it is said, never lost a vote", "a tunnel where, it is believed, smugglers hid": an
 * agentless passive with "it" set off by commas inside the clause it qualifies; the clause
 * around it, or null. `it` is the "it", `comma` the comma after the participle. The words
 * before the first comma count when they are a short verbless opening of the clause (a subject,
 * not an adjunct); the content runs to the end of the sentence or a semicolon.
 */
export function parentheticalIt(doc: SlantDocument, it: number, comma: number, ts: number, te: number): { a: number; b: number } | null {
  // "As it was reported on Monday, the fare will rise": "as" opens the aside; the clause after its comma is the content
  if (it - 1 >= ts && doc.lower[it - 1] === 'as' && (it - 1 === ts || isPunct(doc, it - 2)) && doc.value[comma] === ',') return clauseAfter(doc, comma, te);
  // ('"The fare will rise," it was reported.': a quotation closed by its comma before the tag is the content)
  if (it - 2 > ts && isQuoteMark(doc, it - 1) && doc.value[it - 2] === ',' && isQuoteMark(doc, ts) && sentenceClosesAt(doc, comma, te)) return { a: ts + 1, b: it - 1 };
  if (!(it - 1 > ts && doc.value[it - 1] === ',')) return null;
  // "The fare will rise, it was reported.": closing its sentence, it qualifies the clause before its comma
  if (sentenceClosesAt(doc, comma, te)) return it - 1 > ts + 1 && !isPunct(doc, it - 2) ? { a: ts, b: it - 1 } : null;
  if (!(doc.value[comma] === ',' && comma + 1 < te)) return null;
  const after = clauseAfter(doc, comma, te);
  if (!after) return null;
  const b = after.b;
  // "a tunnel where, it is said, …": a relative word right before the comma opens the clause
  const front = /^(?:where|who|which|when)$/.test(doc.lower[it - 2]!) ? it - 2 : clauseStart(doc, it - 2, ts);
  // (it opens its clause: not after "After" in "After the storm, it is said, the pier closed")
  const verbless = (front === it - 2 || (it - 1 - front <= 8 && (front === ts || isPunct(doc, front - 1)) && !/^(?:ADP|SCONJ|ADV)$/.test(doc.pos[front]!))) && !hasVerb(doc, front, it - 1);
  return { a: verbless ? front : comma + 1, b };
}

/** The clause after the comma at `comma`, to the end of the sentence or a semicolon (closing marks off), or null when empty. */
function clauseAfter(doc: SlantDocument, comma: number, te: number): { a: number; b: number } | null {
  let b = comma + 1;
  while (b < te && doc.value[b] !== ';') b++;
  while (b > comma + 1 && isPunct(doc, b - 1)) b--;
  return b > comma + 1 ? { a: comma + 1, b } : null;
}

/** Is there nothing but closing marks from `t` to the end of the sentence (`te`)? */
function sentenceClosesAt(doc: SlantDocument, t: number, te: number): boolean {
  let e = t;
  while (e < te && doc.value[e] !== ',' && (isPunct(doc, e) || isQuoteMark(doc, e))) e++;
  return e >= te;
}

/** Appearance verbs: "the plan seems to work", "it appears that", "the race looks closer" ("sound" is one, but gives no cue by itself). */
export const APPEARANCE = new Set(['seem', 'appear', 'look', 'sound']);

/** After "appear": a place or an occasion, not an appearance ("appeared on stage", "appeared in court"). */
const APPEAR_PLACES = new Set(['on', 'onstage', 'at', 'in', 'before', 'with', 'alongside', 'together', 'live', 'for', 'from', 'inside', 'outside', 'next', 'beside', 'behind', 'here', 'there', 'again', 'briefly', 'publicly', 'remotely', 'via', 'during', 'after', 'twice', 'once', 'only']);

/**
 * Passives that attribute with no agent when a complement follows ("was declared the winner",
 * "were deemed ineligible", "is accused of fraud", "was not disclosed"): lemma → what must follow.
 * `complement`: a noun phrase, adjective, "as" or a quotation; `of`/`with`/`for`: that word;
 * `none`: nothing but adjuncts (or a complement).
 */
export const PASSIVE_COMPLEMENTS = new Map<string, 'complement' | 'of' | 'with' | 'for' | 'as' | 'none'>([
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
  // judgements passed by no one named: "was widely mocked", "is much derided", "was booed at the rally", "was lauded for"
  ['mock', 'for'],
  ['ridicule', 'for'],
  ['deride', 'for'],
  ['lampoon', 'for'],
  ['lambaste', 'for'],
  ['lambast', 'for'],
  ['excoriate', 'for'],
  ['castigate', 'for'],
  ['chastise', 'for'],
  ['rebuke', 'for'],
  ['denounce', 'for'],
  ['decry', 'for'],
  ['vilify', 'for'],
  ['demonize', 'for'],
  ['demonise', 'for'],
  ['disparage', 'for'],
  ['belittle', 'for'],
  ['boo', 'for'],
  ['heckle', 'for'],
  ['laud', 'for'],
  ['extol', 'for'],
  ['applaud', 'for'],
  ['commend', 'for'],
  ['acclaim', 'for'],
  // a lasting loathing held by no one named: "is reviled across the towns", "is reviled among dock workers"
  ['revile', 'for'],
  // and a lasting esteem: "is revered among growers", "has been revered at home since 1990"
  ['revere', 'for'],
  ['question', 'for'],
  ['challenge', 'for'],
  // a character given by no one named, only with "as": "was dismissed as a stunt", "is remembered as a
  // reformer", "was painted as a radical" (not "was painted red", "is remembered every year")
  ['dismiss', 'as'],
  ['celebrate', 'as'],
  ['remember', 'as'],
  ['characterize', 'as'],
  ['characterise', 'as'],
  ['paint', 'as'],
  ['cast', 'as'],
  ['bill', 'as'],
  ['welcome', 'as'],
  ['caricature', 'as'],
  ['recognize', 'as'],
  ['recognise', 'as'],
  ['mention', 'as'],
  ['single out', 'as'],
  ['pigeonhole', 'as'],
  ['stereotype', 'as'],
  // a role put on record by no one named: "Vale is listed as the treasurer" (not "was listed on page 4";
  // "was identified as" is the particle verb "identify as": IDENTITY_PASSIVES)
  ['list', 'as'],
  // "had been reported in May", "is not expected before June"
  ['report', 'none'],
  // a matter argued over by no one named: "the causes are hotly debated", "the toll was debated for
  // years" (the subject is what is argued about)
  ['debate', 'for'],
  // "the plan was widely known", "before the names were known,": knowledge held by no one named
  ['know', 'none'],
  // a request or a case put by no one named: "800 ballots have been requested", "when the case was
  // argued in May" (the subject is what is asked for or argued)
  ['request', 'none'],
  ['argue', 'none'],
  ['expect', 'for'],
]);

/** Reduced passives after a noun that attribute with no agent: "a clerk accused of fraud", "a judge considered a moderate". */
const REDUCED_PASSIVES = new Map<string, 'complement' | 'of' | 'when' | 'as' | 'dated'>([
  // "a ruling expected next week", "the storm expected to reach the coast"
  ['expect', 'when'],
  // a made public by no one named, with when: "a merger announced Monday would …", "the plan,
  // disclosed in May, …", "in a string of ads released Tuesday" (see datedPassive)
  ['announce', 'dated'],
  ['report', 'dated'],
  ['disclose', 'dated'],
  ['reveal', 'dated'],
  ['publish', 'dated'],
  ['propose', 'dated'],
  ['accuse', 'of'],
  ['suspect', 'of'],
  ['consider', 'complement'],
  ['deem', 'complement'],
  // a character given by no one named: "a port seen as vital", "Ruiz, regarded as a moderate,",
  // "the jet, often referred to as “the Ark”", "a plan denounced as reckless" (in the active the
  // object stands between verb and "as": "voters see the port as vital")
  ['see', 'as'],
  ['regard', 'as'],
  ['view', 'as'],
  ['refer to', 'as'],
  ['describe', 'as'],
  ['mention', 'as'],
  ['tout', 'as'],
  ['bill', 'as'],
  ['hail', 'as'],
  ['label', 'as'],
  ['brand', 'as'],
  ['portray', 'as'],
  ['dismiss', 'as'],
  ['denounce', 'as'],
  ['criticize', 'as'],
  ['criticise', 'as'],
  ['celebrate', 'as'],
  ['praise', 'as'],
  ['recognize', 'as'],
  ['recognise', 'as'],
  ['project', 'as'],
]);

/**
 * Particle verbs with "as" whose passive gives its subject a character or an identity with no one
 * named: "was described as a reformer", "the driver was identified as Berg" (the "as" is in the cue).
 */
export const IDENTITY_PASSIVES = new Set(['describe as', 'identify as']);

/** Words after "as" that make a measure, a time or a part, not a character given ("as much as", "as part of", "as early as"). */
const NOT_CHARACTER_AFTER_AS = new Set(['much', 'many', 'well', 'early', 'soon', 'long', 'far', 'recently', 'late', 'part', 'of', 'if', 'though', 'such', 'usual', 'ever', 'always']);

/**
 * Can the word at `t`, right after "as", open a character given ("listed as the treasurer", "identified as
 * Berg")? Not a measure, time or part ("as much as", "as early as", "as part of") nor an amount ("listed as
 * $40", "listed as 40 feet long").
 */
export function characterAt(doc: SlantDocument, t: number): boolean {
  // (a number in digits: not a word, "listed as one of the owners", nor an age joined to its noun, "identified as 34-year-old Berg")
  return !NOT_CHARACTER_AFTER_AS.has(doc.lower[t]!) && !(doc.pos[t] === 'NUM' && isDigitRun(doc.lower[t]!, 1, 12) && doc.value[t + 1] !== '-') && doc.pos[t] !== 'SYM';
}

/**
 * Does a passive cue of `lemma` give its subject a character after "as" (the "as" at `as`): "was
 * seen by some | as | a blow", "is regarded by growers as fair", "was portrayed by the board as a
 * protest"? Only the verbs that take such a complement with no agent (PASSIVE_COMPLEMENTS,
 * REDUCED_PASSIVES), with a complement after "as": not a measure ("as much as"), nor a clause
 * ("as he left").
 */
export function characterAfterAs(doc: SlantDocument, lemma: string, as: number, te: number): boolean {
  if (doc.lower[as] !== 'as' || as + 1 >= te) return false;
  const need = PASSIVE_COMPLEMENTS.get(lemma);
  if (!(need === 'as' || need === 'complement' || REDUCED_PASSIVES.get(lemma) === 'as')) return false;
  const w = doc.lower[as + 1]!;
  return !isPunct(doc, as + 1) && characterAt(doc, as + 1) && !(PRONOUNS.has(w) && doc.pos[as + 1] === 'PRON');
}

/** Modals of ability: negated before "seem", they make an idiom of failing ("can't seem to"). */
const ABILITY_MODALS = new Set(['can', 'could', 'cannot']);

/**
 * "can't seem to agree", "couldn't seem to recall", "cannot seem to": a negated modal of ability
 * before "seem" at `k` says the subject fails to act, not how something seems to anyone; no hedge,
 * no relation of "seem" (the verb after it reports as usual). Looks back over adverbs within the clause.
 */
export function inabilityBeforeSeem(doc: SlantDocument, k: number, ts: number): boolean {
  let t = k - 1;
  while (t >= ts && isAdverbLike(doc, t) && !NEGATIONS.has(doc.lower[t]!) && !ABILITY_MODALS.has(doc.lower[t]!)) t--;
  if (t >= ts && doc.lower[t] === 'cannot') return true;
  return t - 1 >= ts && NEGATIONS.has(doc.lower[t]!) && ABILITY_MODALS.has(doc.lower[t - 1]!);
}

/**
 * Appearance with no perceiver: "seems to", "appeared tired", "it appears that", "looks like a
 * win". Not "appeared on stage", "look at", "looking to", nor any "sound" ("sounded confident",
 * "sounds like a threat"; "sounded the alarm" is a speech cue of its own).
 */
export function appearanceCue(doc: SlantDocument, end: number, j: number, te: number, lemma: string, base: Omit<Cue, 'type'>): Cue | null {
  // "that sounds like a lot of tax", "it doesn't sound like Ruiz knows": news marks the comparisons of
  // "seem" and "look" as impressions, never those of "sound" (the writer's own turn of phrase)
  if (lemma === 'sound') return null;
  let a = end;
  while (a < te && isAdverbLike(doc, a) && !(lemma === 'appear' && APPEAR_PLACES.has(doc.lower[a]!)) && !comparative(doc, a)) a++;
  // "It appears, though, that …", "it seems, however, the …": over a parenthetical connective
  if (doc.lower[j] === 'it' && doc.value[a] === ',' && /^(?:though|however|then|indeed|therefore|thus)$/.test(doc.lower[a + 1] ?? '') && doc.value[a + 2] === ',' && a + 3 < te) {
    const c = doc.lower[a + 3] === 'that' ? a + 4 : a + 3;
    if (c < te && takesClause(doc, c, te)) return { type: 'agentless', ...base, tokStart: j, agentless: 'it-that', content: { a: c, b: phraseEnd(doc, c, te) } };
  }
  const w = doc.lower[a] ?? '';
  const raising: Cue = { type: 'agentless', ...base, agentless: 'raising' };
  if (a >= te || (lemma === 'appear' && APPEAR_PLACES.has(w))) return null;
  // "looked like a building site", "they looked like tourists": a past resemblance is the writer's own
  // description (news marks "looks like a two-way race", a judgement still open, but not the past);
  // a clause after it stays an impression ("it looked like the levy would pass")
  if (w === 'like' && lemma === 'look' && doc.lower[end - 1] === 'looked' && !takesClause(doc, a + 1, te)) return null;
  if (w === 'like' && a + 1 < te && !isPunct(doc, a + 1)) return raising;
  if (w === 'as' && (doc.lower[a + 1] === 'if' || doc.lower[a + 1] === 'though')) return raising;
  // "looked healthier": the writer's own description, not an impression reported as such (only the
  // comparisons above are)
  if (lemma === 'look') return null;
  // "appeared tired", "seems closer", "seemed poised to", "seemed meant for"
  if (doc.pos[a] === 'ADJ' || (doc.pos[a] === 'VERB' && endsWithEd(w)) || comparative(doc, a)) return raising;
  // "it seems that the ferry will close": the clause after "that" is what seems, not the "it" before
  if (w === 'that' && doc.lower[j] === 'it' && a + 1 < te && takesClause(doc, a + 1, te)) return { ...raising, tokStart: j, agentless: 'it-that' };
  if (w === 'to' || w === 'that') return raising;
  // "it seems the ferry will …"
  if (doc.lower[j] === 'it' && takesClause(doc, a, te)) return { ...raising, tokStart: j, agentless: 'it-that' };
  // "seemed a reminder that …", "seemed beside the point": "seem" links whatever follows
  if (lemma === 'seem' && !isPunct(doc, a) && !/^(?:and|but|or|so)$/.test(w)) return raising;
  return null;
}


/** Verbs of expecting that make a sentence adverb after "as": "as expected", "as predicted", "as feared". */
const EXPECTING = new Set(['expect', 'predict', 'anticipate', 'forecast', 'fear', 'hope']);

/**
 * An expectation no one named holds, as an aside to a whole clause: "As expected, the vote went
 * to a second round" (the clause after the comma) and "…, as predicted." or "should the vote go
 * to a second round as expected" (the clause before, at the end of the sentence). Not "as
 * expected by the board" (an agent: a verb cue) nor in mid-clause ("rose as expected in May").
 */
export function expectationAside(doc: SlantDocument, k: number, ts: number, te: number, base: Omit<Cue, 'type'>): Cue | null {
  if (!EXPECTING.has(base.lemma) || doc.lower[k - 1] !== 'as') return null;
  const after = k + 1 < te ? doc.value[k + 1]! : '';
  if (k - 1 === ts) return after === ',' && k + 2 < te ? { type: 'agentless', ...base, tokStart: k - 1, agentless: 'adverb' } : null;
  // (or before a comma and a participle that comments on the clause: "…signed up as expected, meaning …";
  // not set off inside it: "The mayor, as expected, resigned")
  const commented = after === ',' && doc.value[k - 2] !== ',' && endsWithIng(doc.lower[k + 2] ?? '') && doc.pos[k + 2] === 'VERB';
  if (!(k + 1 >= te || SENTENCE_OR_CLAUSE_END.has(after) || commented)) return null;
  const b = doc.value[k - 2] === ',' ? k - 2 : k - 1;
  const a = clauseStart(doc, b, ts);
  return b > a ? { type: 'agentless', ...base, tokStart: k - 1, agentless: 'raising', content: { a, b } } : null;
}

/** "closer", "stronger" read as an adverb (not "later", "never", "together"). */
function comparative(doc: SlantDocument, a: number): boolean {
  return doc.pos[a] === 'ADV' && /[^e]er$/.test(doc.lower[a]!) && !/^(?:later|earlier|ever|never|together|rather|further|either|over|after|under|hereafter|thereafter|altogether|whatever|however|whenever|wherever|forever)$/.test(doc.lower[a]!);
}

/** Time words after a passive: "will be considered next week" is no complement. */

/** Does what follows a passive participle at `a` complete an agentless attribution (see PASSIVE_COMPLEMENTS)? */
export function passiveComplement(doc: SlantDocument, a: number, te: number, need: 'complement' | 'of' | 'with' | 'for' | 'as' | 'none' | undefined): boolean {
  if (!need) return false;
  const w = doc.lower[a] ?? '';
  // (not a measure or a time after "as": "is listed as of June", "is listed as much as …")
  if (need === 'as') return w === 'as' && a + 1 < te && characterAt(doc, a + 1);
  if (need === 'of' || need === 'with') return w === need && a + 1 < te;
  const complement = a < te && (w === 'as' || isQuoteMark(doc, a) || (/^(?:DET|ADJ|NUM)$/.test(doc.pos[a]!) && !WH.has(w) && !WHEN_AFTER_VERB.has(w)));
  if (need === 'complement') return complement;
  // "was criticized for", "was questioned over", "was mocked on social media", "is not expected before June":
  // with no object after the passive, a preposition opens an adjunct (not a time clause: "was booed upon saying")
  // (an "as" of character only, as for `need === 'as'`: "was praised as much as …" compares, judges no one)
  if (need === 'for' && w === 'as') return a + 1 < te && !NOT_CHARACTER_AFTER_AS.has(doc.lower[a + 1]!);
  if (need === 'for') return ((/^(?:for|over|about)$/.test(w) || (doc.pos[a] === 'ADP' && w !== 'of' && !endsWithIng(doc.lower[a + 1] ?? ''))) && a + 1 < te) || nothingAfter(doc, a, te) || soonAfter(doc, a, te);
  return complement || nothingAfter(doc, a, te, need === 'none');
}

/**
 * "is not expected anytime soon", "is expected shortly, officials say": a word of nearness in time
 * that closes the clause after a passive (the adverbs before it were skipped by the caller).
 */
function soonAfter(doc: SlantDocument, a: number, te: number): boolean {
  let t = a;
  if (/^(?:anytime|any)$/.test(doc.lower[t] ?? '')) t += doc.lower[t] === 'any' && doc.lower[t + 1] === 'time' ? 2 : 1;
  if (!/^(?:soon|shortly|imminently|sooner)$/.test(doc.lower[t] ?? '')) return false;
  return t + 1 >= te || isPunct(doc, t + 1) || /^(?:but|and|though|although|because|as)$/.test(doc.lower[t + 1]!);
}

/**
 * Forecasts no one named makes, as reduced passives before an infinitive: "With the fare projected to rise,
 * …", "a deficit predicted to double" (not "the slides projected to the wall": no infinitive follows).
 */
const FORECASTS = new Set(['project', 'predict']);

/**
 * "a clerk accused of fraud", "Ruiz, a judge considered a moderate,": the noun phrase before a
 * reduced passive and the complement after it, up to the next punctuation; or null. A
 * "considered"/"deemed" after a subject is active ("The board considered a bill"), so those
 * need a noun phrase that is not the sentence's subject.
 */
export function reducedPassive(doc: SlantDocument, k: number, end: number, ts: number, te: number, lemma: string): { a: number; b: number } | null {
  const need = FORECASTS.has(lemma) && doc.lower[end] === 'to' ? 'to' : REDUCED_PASSIVES.get(lemma);
  // "64 files now deemed secret", "a ruling widely expected next week": over one or two adverbs
  let n = k - 1;
  while (n > ts && k - n <= 2 && doc.pos[n] === 'ADV' && isAdverbLike(doc, n) && !NEGATIONS.has(doc.lower[n]!)) n--;
  // "The levy, now deemed a failure, …": set off by a comma, the participle is no verb of the noun before it
  // ("Such plans - considered riskier than … - worry Berg": or by a dash)
  const setOff = n > ts && (doc.value[n] === ',' || isDash(doc, n));
  if (setOff) n--;
  if (!need) return null;
  // "the few widely regarded as …", "anyone accused of fraud", "many of them seen as …": a pronoun
  // the participle describes as it would a noun (else the words before were read as its subject)
  const pronounHead = doc.pos[n] === 'NOUN' || doc.pos[n] === 'PROPN' ? null : pronounHeadBefore(doc, n, ts);
  if (!(pronounHead || doc.pos[n] === 'NOUN' || doc.pos[n] === 'PROPN')) return null;
  if (need === 'dated') return pronounHead ? null : datedPassive(doc, n, end, ts, te, setOff);
  const when = need === 'when' && (WHEN_AFTER_VERB.has(doc.lower[end] ?? '') || /^(?:in|within|later|to)$/.test(doc.lower[end] ?? ''));
  if (need === 'to' ? !infinitiveAt(doc, end, te) : need === 'when' ? !when : need === 'of' || need === 'as' ? !(doc.lower[end] === need && end + 1 < te && !isPunct(doc, end + 1)) : !passiveComplement(doc, end, te, 'complement')) return null;
  let np = pronounHead ?? nounPhraseBefore(doc, n, ts);
  if (!np || np.b !== n + 1) return null;
  // "With the mayor expected to win, …": a capitalised preposition opening the sentence is no part of the noun phrase
  if (doc.pos[np.a] === 'ADP' && np.a + 1 < np.b) np = { a: np.a + 1, b: np.b };
  // ("With the number of riders using the tram projected to swell, …": the whole phrase after "with" is what is forecast)
  if (need === 'to') np = { a: absolutePhraseStart(doc, np.a, ts), b: np.b };
  // "Ruiz described as “a disgrace” the …": a name that opens its clause may be an active subject
  // and "the plan Ruiz described as reckless" is a relative clause whose subject is Ruiz
  if (need === 'as' && !setOff && ((doc.pos[n] === 'PROPN' && opensSentence(doc, np.a, ts)) || (np.a > ts && /^(?:NOUN|PROPN|PRON)$/.test(doc.pos[np.a - 1]!)))) return null;
  // "Ruiz expected to win" is active: an infinitive after a reduced "expected" needs a noun phrase that is no subject
  // ("While he refused to comment, Ruiz deemed the fair a success": a comma that closes an opening
  // subordinate clause leaves the noun phrase after it the subject of the main clause, not a description)
  if ((need === 'complement' || need === 'to' || (need === 'when' && doc.lower[end] === 'to')) && !setOff && !(np.a > ts && ((doc.value[np.a - 1] === ',' && !closesOpeningClause(doc, np.a - 1, ts)) || doc.pos[np.a - 1] === 'ADP' || doc.pos[np.a - 1] === 'VERB'))) return null;
  return { a: np.a, b: phraseEnd(doc, end + 1, te) };
}

/** Tokens scanned back from a noun phrase to the "with" of an absolute phrase: a bounded look. */
const ABSOLUTE_REACH = 12;

/**
 * Where the phrase after an absolute "with"/"without" starts, when that word opens the sentence or
 * follows a comma within {@link ABSOLUTE_REACH} tokens before `a` with no punctuation or auxiliary
 * between ("With the number of riders using the tram | projected to …" → "the number …"); `a` otherwise.
 */
function absolutePhraseStart(doc: SlantDocument, a: number, ts: number): number {
  for (let t = a - 1; t >= ts && a - t <= ABSOLUTE_REACH; t--) {
    if (isPunct(doc, t) || doc.pos[t] === 'AUX') return a;
    if (ABSOLUTE_PREPOSITIONS.has(doc.lower[t]!)) return t === ts || doc.value[t - 1] === ',' ? t + 1 : a;
  }
  return a;
}

/** Does an infinitive start at `t`: "to" and a bare verb before `te` ("to rise", not "to the wall")? */
function infinitiveAt(doc: SlantDocument, t: number, te: number): boolean {
  return doc.lower[t] === 'to' && t + 1 < te && (doc.pos[t + 1] === 'VERB' || doc.pos[t + 1] === 'AUX');
}

/** "Even" may stand before the subordinator of an opening clause ("Even as …", "Even if …"). */
const EVEN = new Set(['even']);

/**
 * Does the comma at `c` close a subordinate clause that opens the sentence: a subordinator first
 * (after a conjunction or punctuation), a verb inside, and no other comma before it?
 */
function closesOpeningClause(doc: SlantDocument, c: number, ts: number): boolean {
  const a = trimFront(doc, ts, c, EVEN);
  if (a >= c || !OPENING_SUBORDINATORS.has(doc.lower[a]!)) return false;
  let verb = false;
  for (let t = a + 1; t < c; t++) {
    if (isPunct(doc, t) && doc.value[t] !== '-') return false;
    if (isVerb(doc, t)) verb = true;
  }
  return verb;
}

/** Does a noun phrase starting at `a` open its sentence (or follow only a comma-less opener)? */
function opensSentence(doc: SlantDocument, a: number, ts: number): boolean {
  return a === ts || /^(?:CCONJ|SCONJ)$/.test(doc.pos[a - 1]!);
}

/** Words of a time phrase after a reduced passive: "announced Monday", "disclosed in May", "reported earlier this year". */
const DATE_WORDS = wordSet(['on', 'in', 'at', 'last', 'this', 'next', 'earlier', 'late', 'early', 'later', 'year', 'week', 'month'], WEEKDAYS, DAY_PARTS, ['today', 'yesterday'], MONTHS, MONTH_ABBREVIATIONS, ['.']);

/**
 * "A merger announced Monday would …", "the plan, disclosed in May, …", "in a series of ads
 * released Tuesday": a reporting participle after a noun, followed by when it happened, with
 * no one named who announced; the noun phrase, participle and time phrase, or null. After a
 * subject that opens its clause this is active ("Ruiz announced Monday that …") unless a finite
 * verb follows the time phrase ("The merger announced Monday would …").
 */
function datedPassive(doc: SlantDocument, n: number, end: number, ts: number, te: number, setOff: boolean): { a: number; b: number } | null {
  const t = timePhraseEnd(doc, end, te, 5, DATE_WORDS);
  if (t === end) return null;
  const np = nounPhraseBefore(doc, n, ts);
  if (!np || np.b !== n + 1) return null;
  // (not after a comma alone, "…, the board announced Monday.", nor "as": "as the Herald reported on Sunday," name who announced)
  const notSubject = setOff || (np.a > ts && (doc.pos[np.a - 1] === 'ADP' || doc.pos[np.a - 1] === 'VERB') && doc.lower[np.a - 1] !== 'as');
  const finite = t < te && (doc.pos[t] === 'AUX' || (doc.pos[t] === 'VERB' && !endsWithIng(doc.lower[t]!)));
  if (!(notSubject ? t >= te || isPunct(doc, t) || finite : finite)) return null;
  return { a: np.a, b: t };
}

/** Participles that ascribe a purpose with no one named who holds it: "was meant to", "rules designed to". */
export const PURPOSE_PARTICIPLES = new Set(['meant', 'designed', 'intended']);

/**
 * A purpose ascribed to no one: "The toll was meant to curb traffic", "the rules are intended to
 * protect tenants" (the clause around the cue is the content) and reduced after a noun, "a levy
 * intended to fund the ferry", "a tool designed to track ferries" (the noun phrase and its participle
 * phrase); not "is designed to" (see below). An intention cue with
 * no source, or null. "Ruiz meant to call" and "She intended to run" are active: after a
 * sentence's subject only "designed" is read as reduced, since a person does not "design to".
 */
export function purposeCue(doc: SlantDocument, k: number, ts: number, te: number, sentence: number): Cue | null {
  const low = doc.lower[k]!;
  if (doc.lower[k + 1] !== 'to' || !isVerb(doc, k + 2) || k + 2 >= te) return null;
  const base = { tokStart: k, tokEnd: k + 1, head: k, lemma: low === 'meant' ? 'mean' : low === 'designed' ? 'design' : 'intend', stance: 'neutral' as const, cueClass: 'intention' as const, negated: false, sentence };
  let j = k - 1;
  let negated = false;
  while (j >= ts && k - j <= 4 && isAdverbLike(doc, j) && !BE_FORMS.has(doc.lower[j]!)) {
    if (NEGATIONS.has(doc.lower[j]!)) negated = true;
    j--;
  }
  // (not "is designed to": news marks a thing's built-in purpose after "be" far less often than "is meant
  // to", "was intended to"; the reduced "a system designed to" stays)
  if (j >= ts && BE_FORMS.has(doc.lower[j]!)) return low === 'designed' ? null : { type: 'agentless', ...base, tokStart: j, negated, agentless: 'raising' };
  // "a levy (partly) intended to fund", "The levy, intended to fund …,": a reduced passive after a noun
  const comma = j > ts && doc.value[j] === ',';
  if (comma) j--;
  if (!(j >= ts && (doc.pos[j] === 'NOUN' || doc.pos[j] === 'PROPN'))) return null;
  const np = nounPhraseBefore(doc, j, ts);
  if (!np || np.b !== j + 1) return null;
  const subject = !comma && (np.a === ts || !(doc.value[np.a - 1] === ',' || /^(?:ADP|VERB|AUX|CCONJ|SCONJ)$/.test(doc.pos[np.a - 1]!)));
  if (subject && low !== 'designed') return null;
  return { type: 'agentless', ...base, negated, agentless: 'raising', content: { a: np.a, b: phraseEnd(doc, k + 1, te) } };
}

/**
 * Adjectives that take an expletive "it" before an infinitive: "it is hard to know", "it's fair
 * to say" (those of warrant make no relation: see warrantedClaim). Not any adjective: in "It was quick to deny" or "It is eager to say", "it" is a real
 * subject (the company, the board) and stays the source.
 */
const EXTRAPOSING = new Set(['hard', 'easy', 'difficult', 'impossible', 'possible', 'important', 'necessary', 'fair', 'safe', 'tough', 'tempting', 'interesting', 'striking', 'reasonable', 'worth', 'unfair', 'unreasonable', 'premature', 'early', 'wrong', 'right', 'useful', 'helpful', 'instructive', 'crucial', 'essential', 'vital', 'natural', 'telling', 'notable', 'noteworthy', 'worrying', 'encouraging', 'sobering', 'disappointing', 'surprising', 'remarkable']);

/** Adjectives of warrant: "it's safe to say", "it is fair to assume": the writer's own hedged claim. */
const WARRANT = new Set(['safe', 'fair', 'reasonable']);

/**
 * "It's safe to say the levy will pass", "it is fair to assume …", "it seems reasonable to
 * conclude …": an adjective of warrant before the infinitive of the cue at `k` (over adverbs and a
 * negation) makes the writer's own claim, hedged, which no one else holds: no attribution.
 */
export function warrantedClaim(doc: SlantDocument, k: number, ts: number): boolean {
  let j = k - 1;
  while (j > ts && isAdverbLike(doc, j) && !BE_FORMS.has(doc.lower[j]!)) j--;
  if (doc.lower[j] !== 'to') return false;
  j--;
  while (j > ts && NEGATIONS.has(doc.lower[j]!)) j--;
  return j >= ts && WARRANT.has(doc.lower[j]!);
}

/** Nouns of "there is (no) reason to believe": the ground for a thought, held by no one named. */
const GROUND_NOUNS = new Set(['reason', 'cause', 'grounds', 'evidence']);

/**
 * "It is important to note that …", "it's hard not to sense …", "there is no reason to believe
 * …": a cue verb in an infinitive after an extraposed "it" (or existential "there") and an
 * adjective, where no one is the source. The index of the "it"/"there", or -1. "It is hard
 * for voters to know" names its holder and is not matched.
 */
export function extraposedSubject(doc: SlantDocument, k: number, ts: number): number {
  let j = k - 1;
  while (j > ts && isAdverbLike(doc, j) && !BE_FORMS.has(doc.lower[j]!)) j--;
  // ("it is worth noting that …", "it's worth pointing out …": "worth" takes the gerund where the others take
  // an infinitive)
  const worthGerund = doc.lower[j] === 'worth' && endsWithIng(doc.lower[k]);
  if (doc.lower[j] !== 'to' && !worthGerund) return -1;
  if (!worthGerund) j--;
  while (j > ts && NEGATIONS.has(doc.lower[j]!)) j--;
  // "It doesn't take an expert to see …", "it took a court to find …": a means, not a speaker
  const taken = expletiveTake(doc, j, ts);
  if (taken >= 0) return taken;
  let there = false;
  if (GROUND_NOUNS.has(doc.lower[j]!)) {
    there = true;
    if (j > ts && /^(?:no|little|every|good|some|any|more|less|much)$/.test(doc.lower[j - 1]!)) j--;
  } else if (!EXTRAPOSING.has(doc.lower[j]!)) return -1;
  j--;
  while (j > ts && isAdverbLike(doc, j) && !BE_FORMS.has(doc.lower[j]!)) j--;
  if (!(j > ts && BE_FORMS.has(doc.lower[j]!))) return -1;
  // "it would be wrong to call …", "it may not be fair to say …": a modal (and negation) before "be"
  if (doc.lower[j] === 'be') {
    let m = j - 1;
    while (m > ts && (NEGATIONS.has(doc.lower[m]!) || (doc.pos[m] === 'ADV' && !MODALS.has(doc.lower[m]!)))) m--;
    if (m > ts && MODALS.has(doc.lower[m]!)) j = m;
  }
  return doc.lower[j - 1] === (there ? 'there' : 'it') ? j - 1 : -1;
}

/** Verbs that hand over a ground for a thought: "gave reason to doubt", "provides grounds to suspect". */
const GIVING_GROUNDS = new Set(['give', 'provide', 'supply', 'offer']);

/**
 * A cue verb in a to-infinitive whose subject no one controls: "a session on how to remind
 * voters …" (a wh-infinitive after a noun's preposition) and "the floods provided good reasons to
 * worry about …", "has supplied plenty of reasons to doubt …" (a ground handed over to no one
 * named; the subject of "provide" gives the reason, it does not hold the doubt). `k` is the
 * verb after "to"; "Ruiz has reason to doubt" (the subject holds it) and "gave voters reason to
 * doubt" (the voters do) are not matched.
 */
export function uncontrolledInfinitive(doc: SlantDocument, k: number, ts: number): boolean {
  const to = k - 1;
  if (to <= ts || doc.lower[to] !== 'to') return false;
  // (after a noun's preposition: "grappling with how to convince" is the subject's own task)
  if (doc.lower[to - 1] === 'how') return to - 3 >= ts && doc.pos[to - 2] === 'ADP' && doc.pos[to - 3] === 'NOUN';
  if (!GROUND_NOUNS.has(doc.lower[to - 1]!) && doc.lower[to - 1] !== 'reasons') return false;
  let v = to - 2;
  while (v > ts && to - v <= 4 && (doc.pos[v] === 'ADJ' || /^(?:no|little|every|good|ample|some|any|more|plenty|of|many|much|several)$/.test(doc.lower[v]!))) v--;
  return v >= ts && doc.pos[v] === 'VERB' && GIVING_GROUNDS.has(doc.lemma[v]!);
}

/**
 * "It doesn't take a genius to see that …", "It took an audit to show …": "it" + "take" + a noun
 * phrase before the infinitive at `n + 1`; the index of the "it", or -1.
 */
function expletiveTake(doc: SlantDocument, n: number, ts: number): number {
  let t = n;
  // the noun phrase: "a genius", "an outside audit", "much imagination" (one phrase: "took the council a year" has an agent)
  while (t > ts && n - t < 3 && (doc.pos[t] === 'NOUN' || doc.pos[t] === 'ADJ')) t--;
  if (t === n) return -1;
  if (/^(?:a|an|the|much|more|some|no|any)$/.test(doc.lower[t]!)) t--;
  if (!/^(?:take|takes|took|taken|taking)$/.test(doc.lower[t]!)) return -1;
  t--;
  while (t > ts && (NEGATIONS.has(doc.lower[t]!) || doc.pos[t] === 'AUX' || MODALS.has(doc.lower[t]!) || /^(?:do|does|did|has|have|had)$/.test(doc.lower[t]!))) t--;
  return t >= ts && doc.lower[t] === 'it' ? t : -1;
}

/** States of knowledge an extraposed "it" reports with no knower: "it remains unclear whether". */
const KNOWLEDGE_STATES = new Set(['clear', 'unclear', 'certain', 'uncertain', 'obvious', 'evident', 'apparent', 'understandable', 'doubtful', 'unknown']);

/**
 * "It remains unclear whether …", "it became clear that …", "it's not clear why …", "It is far
 * from certain that …": a state of knowledge no one named holds, with its clause. The cue runs
 * from "it" to the adjective; null when no clause follows ("It remains unclear.").
 */
export function itStateCue(doc: SlantDocument, k: number, te: number, lex: AttributionLexicons, sentence: number): Cue | null {
  // "Nor is it clear that …", "Neither was it certain whether …": the same state, inverted after a negative
  const inverted = k >= 2 && BE_FORMS.has(doc.lower[k - 1]!) && /^(?:nor|neither)$/.test(doc.lower[k - 2]!);
  if (!inverted && !(STATE_LINKS.has(doc.lower[k + 1] ?? '') || BE_FORMS.has(doc.lower[k + 1] ?? ''))) return null;
  let a = inverted ? k + 1 : k + 2;
  let negated = inverted;
  while (a < te && a - k < 6 && !KNOWLEDGE_STATES.has(doc.lower[a]!) && (isAdverbLike(doc, a) || doc.lower[a] === 'far' || (doc.lower[a] === 'from' && doc.lower[a - 1] === 'far'))) {
    if (NEGATIONS.has(doc.lower[a]!)) negated = true;
    a++;
  }
  const adj = doc.lower[a] ?? '';
  if (!KNOWLEDGE_STATES.has(adj)) return null;
  let c = a + 1;
  while (c < te && isAdverbLike(doc, c) && !WH.has(doc.lower[c]!)) c++;
  if (!(c < te && (WH.has(doc.lower[c]!) || takesClause(doc, c, te)))) return null;
  const sense = lex.particlePhrases.get(`be ${adj}`);
  return { type: 'agentless', tokStart: inverted ? k - 1 : k, tokEnd: a + 1, head: a, lemma: `be ${adj}`, stance: 'neutral', cueClass: sense?.cueClass ?? 'belief', negated, agentless: 'it-that', sentence };
}

/** Verbs after "hard to", "too early to": "is hard to say", "is impossible to know". */
const TELLING = new Set(['say', 'tell', 'know', 'predict', 'judge', 'gauge', 'determine', 'assess', 'foresee']);

/**
 * The end of a state of knowledge after a link verb at `a` ("unclear", "not known", "hard to
 * say", "impossible to tell", "anyone's guess", "to be seen" after "remains"), or -1, with the
 * adjective (or noun) that heads it.
 */
function knowledgeStateAt(doc: SlantDocument, link: number, te: number): { end: number; head: number; negated: boolean } | null {
  let a = link + 1;
  let negated = false;
  while (a < te && a - link < 4 && (doc.pos[a] === 'ADV' || NEGATIONS.has(doc.lower[a]!)) && !BE_FORMS.has(doc.lower[a]!) && !KNOWLEDGE_STATES.has(doc.lower[a]!)) {
    if (NEGATIONS.has(doc.lower[a]!)) negated = true;
    a++;
  }
  const w = doc.lower[a] ?? '';
  if (KNOWLEDGE_STATES.has(w) || (w === 'known' && negated)) return { end: a + 1, head: a, negated };
  if (/^(?:hard|difficult|impossible|early)$/.test(w) && doc.lower[a + 1] === 'to' && TELLING.has(doc.lower[a + 2] ?? '')) return { end: a + 3, head: a, negated };
  if (STATE_LINKS.has(doc.lower[link]!) && w === 'to' && doc.lower[a + 1] === 'be' && doc.lower[a + 2] === 'seen') return { end: a + 3, head: a + 2, negated };
  if (/^(?:anyone|anybody)$/.test(w) && /^(?:'s|’s)$/.test(doc.lower[a + 1] ?? '') && doc.lower[a + 2] === 'guess') return { end: a + 3, head: a + 2, negated };
  return null;
}

/**
 * "Whether the toll survives is unclear", "How many boats sank remains unknown", "Why the pier
 * closed is hard to say", "Whether voters agree remains to be seen": a wh-clause that opens the
 * sentence as the subject of a state of knowledge no one named holds. The link verb through the
 * state is the cue (class `belief`, no source) and the wh-clause its content; or null. The
 * clause must hold a verb and no comma ("When the pier closed, it was unclear …" is an adverbial
 * clause), and the state must close its clause.
 */
export function whSubjectState(doc: SlantDocument, k: number, te: number, sentence: number): Cue | null {
  if (!WH_SUBJECTS.has(doc.lower[k]!)) return null;
  let verb = false;
  for (let t = k + 1; t < te && t - k < 40; t++) {
    if (isPunct(doc, t)) return null;
    const low = doc.lower[t]!;
    if ((BE_FORMS.has(low) || STATE_LINKS.has(low)) && verb && t > k + 2) {
      const state = knowledgeStateAt(doc, t, te);
      if (state && (state.end >= te || isPunct(doc, state.end) || /^(?:yet|now|for|at|so)$/.test(doc.lower[state.end]!))) {
        const adj = doc.lower[state.head]!;
        return { type: 'agentless', tokStart: t, tokEnd: state.end, head: state.head, lemma: `be ${adj}`, stance: 'neutral', cueClass: 'belief', negated: state.negated, agentless: 'raising', content: { a: k, b: t }, sentence };
      }
    }
    if (isVerb(doc, t)) verb = true;
  }
  return null;
}

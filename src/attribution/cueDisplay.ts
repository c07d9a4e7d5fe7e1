/**
 * How far a verb cue is shown to the left of its verb, beyond auxiliaries and adverbs: the act
 * that carries the report when the reporting verb only completes it. "issued a statement
 * saying …" (the statement is the act; "saying" only introduces what it says), "was quick to
 * point out …", "refused to concede …" (the subject's own predicate governs the infinitive).
 * Display only: the relation's `cueRange` (used for nesting decisions) is unchanged.
 */
import type { SlantDocument } from '../document/readDocument.js';
import { ON_SETTING_MEDIA } from './media.js';
import { insidePossessedPhrase, possessorNotClitic } from './cueComplements.js';
import { PERIODIC_ADJECTIVES, TIME_ADJUNCT } from './timeWords.js';
import { DETERMINER_QUANTIFIERS } from './quantifiers.js';
import { datedOnEnd } from './timePhrases.js';
import { BE_FORMS, compoundModifierStart, endsWithEd, endsWithIng, endsWithIngOrEd, FLOATED_QUANTIFIERS, GRADERS, hyphenJoinsAfter, hyphenJoinsBefore, isAdverbLike, isCap, isPossessive, isQuoteMark, isVerb, openingAdjectiveBeforePlural, POSSESSIVE_DETERMINERS, ASPECT_BEFORE_GERUND } from './tokens.js';

/** Nouns naming a statement, a document or a speech that a participle after them reports: "a statement saying", "a letter urging". */
const ISSUED_NOUNS = new Set([
  'statement', 'statements', 'letter', 'letters', 'memo', 'memos', 'release', 'releases', 'report', 'reports', 'email', 'emails', 'e-mail',
  'message', 'messages', 'note', 'notes', 'video', 'videos', 'ad', 'ads', 'advertisement', 'tweet', 'tweets', 'post', 'posts', 'op-ed',
  'column', 'essay', 'editorial', 'petition', 'petitions', 'resolution', 'resolutions', 'complaint', 'complaints', 'lawsuit', 'suit',
  'motion', 'brief', 'proclamation', 'speech', 'speeches', 'address', 'remarks', 'plan', 'proposal', 'order', 'ruling', 'filing',
  'notice', 'bulletin', 'appeal', 'warning', 'warnings',
]);

/** Words that may stand inside the noun phrase of such a noun: "an open letter", "a joint statement", "a $40 million lawsuit". */
const PHRASE_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'SYM']);

/**
 * "issued a statement saying", "released a statement Tuesday condemning", "sent an email to
 * supporters urging", "put out a statement calling": a participle cue right after the object of
 * a verb, where that object names a statement, document or speech. Returns the verb (to be shown
 * with the cue), or -1. Only when the relation's source stands before that verb (its subject):
 * in "cited a report showing", the report itself is the source.
 */
export function issuingVerb(doc: SlantDocument, a: number, floor: number): number {
  if (!endsWithIng(doc.lower[a]!)) return -1;
  let t = a - 1;
  // (a time adjunct, or "to" and its addressee, after the noun: "a statement Tuesday saying", "a letter this week urging")
  let skipped = 0;
  while (t > floor && skipped < 3 && (TIME_ADJUNCT.has(doc.lower[t]!) || (doc.pos[t] === 'PROPN' && TIME_ADJUNCT.has(doc.lower[t - 1] ?? '')))) {
    t--;
    skipped++;
  }
  if (skipped === 0) {
    let to = t;
    while (to > floor && a - to <= 3 && (doc.pos[to] === 'NOUN' || doc.pos[to] === 'PROPN' || doc.pos[to] === 'DET')) to--;
    if (to < t && doc.lower[to] === 'to') t = to - 1;
  }
  if (t <= floor || !ISSUED_NOUNS.has(doc.lower[t]!) || doc.pos[t] !== 'NOUN') return -1;
  let v = t - 1;
  for (;;) {
    // (a compound modifier a hyphen joins is part of the phrase, not the verb: "mailed fund-raising letters urging")
    const compound = v - 2 > floor ? compoundModifierStart(doc, v) : -1;
    if (compound >= 0 && t - compound <= 5) v = compound - 1;
    else if (v > floor && t - v <= 5 && PHRASE_POS.has(doc.pos[v]!)) v--;
    else break;
  }
  // "put out", "sent out", "blasted out": a particle after the verb
  if (v > floor && (doc.lower[v] === 'out' || doc.lower[v] === 'up') && doc.pos[v - 1] === 'VERB') v--;
  return v > floor && doc.pos[v] === 'VERB' ? v : -1;
}

/** Phrasal cues whose "as" news marks outside the cue: "what Vale described as | a tax" ("known as", "identify as" keep it). */
const AS_SHOWN_OUTSIDE = new Set(['describe as']);

/** The shown range `shown` without the closing "as" of a phrasal cue in `AS_SHOWN_OUTSIDE` ("described as" → "described"). */
export function withoutClosingAs(doc: SlantDocument, lemma: string, shown: { a: number; b: number }): { a: number; b: number } {
  return AS_SHOWN_OUTSIDE.has(lemma) && shown.b - 1 > shown.a && doc.lower[shown.b - 1] === 'as' ? { a: shown.a, b: shown.b - 1 } : shown;
}

/** Of `ASPECT_BEFORE_GERUND`, those whose "by" leads the gerund that opens the act: "began by saying", "continued by noting" (not "stopped by", a visit). */
const ASPECT_BY = new Set(['begin', 'start', 'continue']);

/**
 * "Vale began writing letters …", "Ruiz kept asking …", "Berg began by saying …", "the mayors took turns
 * urging …": the verb of beginning, going on or ending before a gerund cue at `s` (the first word of its
 * group), shown with it as news marks it; returns that verb, or -1. Not below `floor` (the source).
 */
export function aspectBeforeGerund(doc: SlantDocument, s: number, a: number, floor: number): number {
  if (!endsWithIng(doc.lower[a]!) || doc.pos[a] !== 'VERB') return -1;
  let t = s - 1;
  const by = t > floor && doc.lower[t] === 'by';
  if (by) t--;
  if (t < floor) return -1;
  // ("took turns urging": one after another)
  if (!by && doc.lower[t] === 'turns' && t - 1 >= floor && doc.lemma[t - 1] === 'take') return t - 1;
  return doc.pos[t] === 'VERB' && (by ? ASPECT_BY : ASPECT_BEFORE_GERUND).has(doc.lemma[t]!) ? t : -1;
}

/** Verbs of answering that report through "by" and a participle: "responded by saying", "countered by suggesting". */
export const ANSWERING_VERBS: ReadonlySet<string> = new Set(['respond', 'reply', 'react', 'answer', 'counter', 'retort', 'rebut']);

/**
 * "responded by saying …", "countered on Sunday by suggesting …", "replied to the letter by
 * noting …": a participle cue after "by", whose act is the answer before it (the answer and the
 * participle are one cue). Returns the answering verb (to be shown with the cue), or -1. Looks
 * back over at most five words (adverbs, then a phrase a preposition opens: `answerGap`), no comma.
 */
export function answeringVerb(doc: SlantDocument, a: number, floor: number): number {
  if (!doc.lower[a]!.endsWith('ing') || a - 2 <= floor || doc.lower[a - 1] !== 'by') return -1;
  for (let v = a - 2; v > floor && a - v <= 7; v--) {
    if (doc.pos[v] === 'VERB' && ANSWERING_VERBS.has(doc.lemma[v]!)) return answerGap(doc, v + 1, a - 1) ? v : -1;
    if (doc.pos[v] === 'VERB' || doc.pos[v] === 'AUX' || doc.pos[v] === 'PUNCT') return -1;
  }
  return -1;
}

/**
 * May the words from `a` to the "by" at `by` stand between an answering verb and "by": adverbs
 * ("first"), then nothing or a phrase a preposition opens ("to the letter", "on Sunday")? Not an
 * object: "answered the phone by saying" answers no one's words.
 */
export function answerGap(doc: SlantDocument, a: number, by: number): boolean {
  let t = a;
  while (t < by && isAdverbLike(doc, t)) t++;
  return t === by || doc.pos[t] === 'ADP';
}

/** Adjectives whose subject governs an infinitive after "be": "was quick to", "is likely to", "were eager to". */
const CONTROL_ADJECTIVES = new Set(['quick', 'likely', 'unlikely', 'eager', 'happy', 'ready', 'poised', 'able', 'unable', 'free', 'willing', 'unwilling', 'reluctant', 'careful', 'keen', 'bold', 'correct', 'right', 'wrong', 'anxious', 'determined', 'prepared', 'slow', 'first', 'last', 'glad', 'pleased', 'proud', 'afraid', 'hesitant']);

/** Verbs whose subject governs an infinitive they do not report themselves: "struggled to explain", "tend to favor", "has to show". */
const CONTROL_VERBS = new Set(['struggle', 'tend', 'need', 'manage', 'attempt', 'hesitate', 'choose', 'dare', 'have', 'use', 'get', 'rush', 'hasten', 'move', 'opt', 'scramble', 'strive', 'bother', 'care']);

/** Degree words before a control adjective: "all too happy", "slightly more likely". */
const DEGREE = new Set(['more', 'most', 'less', 'least', 'too', 'all', 'very', 'so', 'quite', 'slightly', 'much', 'far', 'even', 'also', 'not', 'as', 'equally', 'particularly', 'especially', 'always', 'often', 'now', 'still']);

/**
 * The subject's predicate that governs an infinitive cue, with "to" at `to`: "was quick | to
 * point out", "is likely | to stress", "refused to" is a cue of its own and not taken. Returns the
 * first token of that predicate (a form of "be" before an adjective, or the verb), or -1.
 */
export function controlPredicate(doc: SlantDocument, to: number, floor: number): number {
  let t = to - 1;
  if (doc.lower[t] === 'not' && t - 1 > floor) t--;
  if (t <= floor) return -1;
  const low = doc.lower[t]!;
  if (CONTROL_ADJECTIVES.has(low) && doc.pos[t] === 'ADJ') {
    let b = t - 1;
    while (b > floor && t - b <= 3 && DEGREE.has(doc.lower[b]!)) b--;
    return b > floor && doc.pos[b] === 'AUX' && /^(?:is|are|was|were|be|been|being|am|'s|’s|'re|’re)$/.test(doc.lower[b]!) ? b : -1;
  }
  if ((doc.pos[t] === 'VERB' || (doc.pos[t] === 'AUX' && doc.lemma[t] === 'have')) && CONTROL_VERBS.has(doc.lemma[t]!)) {
    // "used to say" and "had to explain", not "used the speech to" (the infinitive right after the verb)
    return t;
  }
  return -1;
}

/** Adverbs with no -ly that modify a reporting verb in its group: "has long said", "has since denied", "twice complained". */
const GROUP_ADVERBS = new Set(['long', 'since', 'twice']);

/** -ly adverbs that link the sentence to others or distribute over a list, not say how the act was done. */
const LINKING_ADVERBS = new Set(['respectively', 'additionally', 'accordingly', 'consequently', 'similarly', 'correspondingly']);

/**
 * Words in -ly that say when or how often, mostly after "be" or a noun ("the frost was early",
 * "flights run daily"), not how a reporting act was done: a verb after them starts a new group.
 */
const NOT_MANNER_LY = new Set<string>(['early', ...PERIODIC_ADJECTIVES]);

/**
 * An adverb of the verb group that says how or when the act was done: "has vigorously denied",
 * "sharply criticized", "has long argued". A lowercase -ly adverb (a capitalised one is mostly
 * a name the tagger misread: ", Hardly said"), or "long", "since", "twice".
 */
export function mannerAdverb(doc: SlantDocument, t: number): boolean {
  if (doc.pos[t] !== 'ADV') return false;
  const low = doc.lower[t]!;
  return (low.endsWith('ly') && low.length > 3 && doc.value[t] === low && !LINKING_ADVERBS.has(low) && !NOT_MANNER_LY.has(low)) || GROUP_ADVERBS.has(low);
}

/**
 * A word of the verb group that is neither an auxiliary nor an adverb by its tag: a floating
 * quantifier right after the subject or an auxiliary ("Ruiz and Vale both denounced", "have all
 * argued"), or "since" between a perfect auxiliary and its verb ("has since said"). `lowest` is
 * the first token the group may take (the end of the source).
 */
export function extraGroupWord(doc: SlantDocument, t: number, lowest: number): boolean {
  const low = doc.lower[t]!;
  if (low === 'since') return t - 1 >= lowest && doc.pos[t - 1] === 'AUX' && /^(?:has|have|had|'s|’s|'ve|’ve|'d|’d)$/.test(doc.lower[t - 1]!);
  return FLOATED_QUANTIFIERS.has(low) && (t === lowest || doc.pos[t - 1] === 'AUX') && t > 0 && doc.pos[t + 1] !== 'NOUN';
}

/** Prepositions by which a reporting noun takes what it is about: "criticism of", "his views on", "calls for", "swipes at". ("to" mostly opens an infinitive the content keeps.) */
const NOUN_LINKS = new Set(['of', 'on', 'for', 'about', 'against', 'over', 'upon', 'toward', 'towards', 'at']);

/**
 * The end of the shown cue of a reporting noun whose content opens right after the preposition
 * that links them: "her criticism of | the toll", "his views on | the ferry", "calls for | a
 * recount". Returns the token after that preposition (the new end of the shown range), or `b`
 * when nothing is taken. The relation's content already leaves the preposition out.
 */
export function nounLink(doc: SlantDocument, nominal: boolean, b: number, contentStart: number): number {
  if (!nominal) return b;
  // ("their opposition to | the levy", "paid tribute to | the crew": a "to" left out of the content names whom
  // the stance is about, and news shows it with the noun; an infinitive's "to" opens the content it keeps)
  if (doc.lower[b] === 'to' && doc.pos[b] === 'ADP' && !isVerb(doc, b + 1)) return doc.start[b + 1] === contentStart ? b + 1 : b;
  return linkBefore(doc, NOUN_LINKS, b, contentStart);
}

/** The token after `b` when `b` is a preposition of `links` right before the content (at `contentStart`), else `b`. */
function linkBefore(doc: SlantDocument, links: ReadonlySet<string>, b: number, contentStart: number): number {
  if (b + 1 >= doc.tokenCount || doc.pos[b] !== 'ADP' || !links.has(doc.lower[b]!)) return b;
  // ("her argument on | Sunday was …": an "on" before a date dates the act, no link)
  if (datedOnEnd(doc, b, doc.tokenCount) > b) return b;
  return doc.start[b + 1] === contentStart ? b + 1 : b;
}

/** Prepositions by which a reporting verb takes what it is about: "lashed out at", "agreed with", "is seen as", "said of". */
const VERB_LINKS = new Set(['of', 'on', 'for', 'about', 'against', 'over', 'upon', 'at', 'with', 'as', 'to']);
/** Plain verbs of saying and writing (they report a clause, seldom a bare object). */
export const PLAIN_SAYING = new Set(['say', 'tell', 'ask', 'add', 'write', 'tweet', 'post', 'state', 'note', 'explain']);

/**
 * The end of the shown cue of a reporting verb whose content opens right after a preposition
 * that follows the verb: "lashed out at | the board", "agreed with | the mayor", "did not
 * respond to | the letter". Returns the token after that preposition, or `b`. An infinitive
 * "to" is no preposition ("wants to | build"); `verb` is false when the shown cue already runs
 * past the verb (an addressee: "told voters | at").
 */
export function verbLink(doc: SlantDocument, verb: boolean, lemma: string, b: number, contentStart: number): number {
  // after a plain verb of saying the phrase mostly says where or to whom, not what about ("said at
  // a rally", "tweeted at the mayor"); only "said of" takes its topic
  if (!verb || (PLAIN_SAYING.has(lemma) && doc.lower[b] !== 'of')) return b;
  return linkBefore(doc, VERB_LINKS, b, contentStart);
}

/**
 * The verb whose object is the reporting noun at `k`, when that verb's subject is the relation's
 * source (it stands before `floor`, the end of the source): "Ruiz voiced her support for",
 * "Vale made an impassioned call for", "Okafor avoided direct criticism of", "Berg paid tribute
 * to". The act is the verb with its object, and it is shown whole. Returns the verb, or -1 (a
 * possessor right before the noun holds it alone: "heard Ruiz's complaints").
 */
export function governingVerb(doc: SlantDocument, k: number, floor: number): number {
  let v = k - 1;
  while (v >= floor && k - v <= 5 && (doc.pos[v] === 'DET' || doc.pos[v] === 'ADJ' || doc.pos[v] === 'NUM' || (doc.pos[v] === 'ADV' && v < k - 1) || (doc.pos[v] === 'NOUN' && v === k - 1) || POSSESSIVE_DETERMINERS.has(doc.lower[v]!))) v--;
  // "is keeping up his criticism", "laid out her case"
  if (v > floor && /^(?:up|out|on|off|down)$/.test(doc.lower[v]!) && doc.pos[v - 1] === 'VERB') v--;
  if (v < floor || doc.pos[v] !== 'VERB' || isPossessive(doc, v)) return -1;
  // a participle inside the noun phrase modifies the noun: "Vale's renewed endorsement of", "a
  // faith-based opposition", "sharply worded criticism of"
  const before = v - 1;
  if (before >= 0 && (isPossessive(doc, before) || POSSESSIVE_DETERMINERS.has(doc.lower[before]!) || doc.pos[before] === 'DET' || doc.start[v] === doc.end[before] || insidePossessedPhrase(doc, v))) return -1;
  if (endsWithEd(doc.lower[v]!) && mannerAdverb(doc, before)) {
    let t = v + 1;
    while (t < k && doc.pos[t] === 'ADJ') t++;
    if (t === k) return -1;
  }
  return v;
}

/**
 * "an angry outcry over", "Vale's contested proposal", "the most startling claim": the adjectives
 * of a reporting noun at `k` (and a degree word on one) are shown with it, as news marks them;
 * not a quantifier ("more questions"), a rank ("the first warning") or a capitalised adjective,
 * which mostly names the holders ("Republican criticism"). Returns the
 * first token of the run, not before `floor` nor into `keep` (a source or content), or `k`.
 */
export function nounAdjectivesStart(doc: SlantDocument, k: number, floor: number, keep: (t: number) => boolean): number {
  let s = k;
  while (s - 1 >= floor && k - s < 6 && keep(s - 1)) {
    const t = s - 1;
    // (save one opening the sentence that names no holder, which the tagger may read as a name: "New claims that …")
    const adjective = (doc.pos[t] === 'ADJ' && !DETERMINER_QUANTIFIERS.has(doc.lower[t]!) && !COUNTING_ADJECTIVES.has(doc.lower[t]!) && !isCap(doc, t)) || openingAdjectiveBeforePlural(doc, t) || possessedModifier(doc, t, k);
    // (a degree word on an adjective, "most startling", "oddly mild"; and a list of them, "vague and misleading")
    const onAdjective = s < k && doc.pos[s] === 'ADJ';
    const degree = onAdjective && doc.isWord[t] && (doc.pos[t] === 'ADV' || GRADERS.has(doc.lower[t]!));
    const listed = onAdjective && (doc.lower[t] === 'and' || doc.value[t] === ',') && t - 1 >= floor && doc.pos[t - 1] === 'ADJ' && keep(t - 1);
    if (!adjective && !degree && !listed) break;
    s = t;
  }
  // (never opening on a list mark the length bound stopped at)
  while (s < k && (doc.lower[s] === 'and' || doc.value[s] === ',')) s++;
  return s;
}

/**
 * "Vale's repeated claims", "his own admission", "her renewed calls for": right after a possessive, a
 * participle the tagger reads as a verb, or "own", modifies the reporting noun and is shown with it, as
 * news marks it (a possessive has no verb after it; "Vale repeated claims that …" keeps its verb).
 */
function possessedModifier(doc: SlantDocument, t: number, k: number): boolean {
  const low = doc.lower[t]!;
  if (!(low === 'own' || (doc.pos[t] === 'VERB' && endsWithIngOrEd(low)) || doc.pos[t] === 'ADV' || hyphenJoinsBefore(doc, t) || hyphenJoinsBefore(doc, t + 1) || hyphenJoinsAfter(doc, t - 1))) return false;
  // (the possessive owns the noun over every word between: "Vale's often repeated claims", "the board's
  // long-awaited finding", a compound whole, "her faith-based opposition"; not a clitic "has": "He’s endured
  // relentless questions about …")
  const p = possessorNotClitic(doc, k);
  return p >= 0 && p < t;
}

/** Adjectives of rank or share, which count the holders rather than describe the report (kept out of a noun cue;
 * infinitiveSubject.ts has ACTOR_RANKS, the ranks of one who acts first, a different list for a different test). */
const COUNTING_ADJECTIVES = new Set(['first', 'second', 'third', 'last', 'next', 'same', 'own', 'such', 'much', 'few', 'several', 'various', 'numerous']);

/** Prepositions by which a question put to someone names its topic: "was asked about", "were pressed on". */
const QUESTION_TOPICS = new Set(['about', 'on']);

/**
 * The end of the shown cue of an agentless question whose topic follows the passive verb: "Vale
 * was asked about | the levy", "they were pressed on | the toll". The relation's content is the
 * whole clause, which holds the cue ("X was asked …"), so only the cue grows. Returns the token
 * after the preposition, or `b` (not before a time: "was asked on Tuesday").
 */
export function questionTopic(doc: SlantDocument, question: boolean, b: number): number {
  if (!question || b + 1 >= doc.tokenCount || !QUESTION_TOPICS.has(doc.lower[b]!) || doc.pos[b - 1] !== 'VERB' || !endsWithEd(doc.lower[b - 1]!)) return b;
  return doc.isWord[b + 1] && !TIME_ADJUNCT.has(doc.lower[b + 1]!) && doc.pos[b + 1] !== 'NUM' && !onSetting(doc, b) ? b + 1 : b;
}

/** The preposition that names the charge after a passive verb of charging: "was accused of", "were charged with". */
const CHARGE_PREPOSITIONS = new Map([['accuse', 'of'], ['charge', 'with']]);

/**
 * The end of the shown cue of a passive verb of charging whose charge follows: "Vale was accused
 * of | lying", "two clerks were charged with | fraud" (news marks the preposition with the verb).
 * The content is the whole clause, which holds the cue, so only the cue grows. Returns the token
 * after the preposition, or `b` (active "accused Ruiz of", or an agent first: "accused by X of").
 */
export function chargePreposition(doc: SlantDocument, verb: boolean, lemma: string, a: number, b: number): number {
  const prep = CHARGE_PREPOSITIONS.get(lemma);
  if (!verb || prep === undefined || b + 1 >= doc.tokenCount || doc.lower[b] !== prep || !endsWithEd(doc.lower[b - 1]!) || !doc.isWord[b + 1]) return b;
  for (let t = a; t < b - 1; t++) if (BE_FORMS.has(doc.lower[t]!)) return b + 1;
  return b;
}

/**
 * The end of the shown cue of a verb followed by "back", a reply ("Ruiz wrote back, “…”", "the crowd
 * chanted back"): the particle is shown with the verb. Not "back in …" (a time: "said back in May")
 * nor a "back" inside the content. Returns the token after "back", or `b`.
 */
export function replyParticle(doc: SlantDocument, verb: boolean, b: number, inContent: (t: number) => boolean): number {
  if (!verb || doc.lower[b] !== 'back' || doc.lower[b + 1] === 'in' || inContent(b)) return b;
  return b + 1;
}

/** Words that open the adjunct shown between a verb and its colon: "wrote in an email:", "wrote back:". */
const COLON_ADJUNCT_OPENERS = new Set(['in', 'back']);

/**
 * The end of the shown cue of a verb followed by a short adjunct and the colon that introduces its
 * content: "Vale wrote in an email: “…”", "Ruiz said back in May: “…”" (news marks the adjunct with
 * the verb up to the colon). Not "on" (as often left out: "wrote on the page:"), "to" (an addressee)
 * or "of" (a topic). Returns the colon's token (the caller shows the colon), or `b`. At most eight
 * words, none a verb or a mark.
 */
export function adjunctBeforeColon(doc: SlantDocument, verb: boolean, b: number, contentStart: number): number {
  if (!verb || !COLON_ADJUNCT_OPENERS.has(doc.lower[b] ?? '')) return b;
  for (let k = b; k < doc.tokenCount && k - b <= 8; k++) {
    if (doc.value[k] === ':') return doc.end[k]! <= contentStart && k > b ? k : b;
    if (!doc.isWord[k] || isVerb(doc, k) || isQuoteMark(doc, k)) return b;
  }
  return b;
}

/**
 * Does "on" at `b` open a medium or stage one is questioned on rather than a topic ("on the radio",
 * "on camera", "on her weekly show")? Looks over a determiner and up to two modifiers.
 */
function onSetting(doc: SlantDocument, b: number): boolean {
  if (doc.lower[b] !== 'on') return false;
  let t = b + 1;
  if (doc.pos[t] === 'DET' || POSSESSIVE_DETERMINERS.has(doc.lower[t]!)) t++;
  for (let n = 0; n < 2 && t < doc.tokenCount && doc.pos[t] === 'ADJ'; n++) t++;
  return ON_SETTING_MEDIA.has(doc.lower[t] ?? '');
}

/**
 * The source of a cue that stands as an object: "Ruiz issued a statement", "Okafor launched
 * scathing attacks", "Berg is keeping up his criticism": the subject of the verb (a light verb,
 * or any verb for a possessive) names who holds the reporting noun.
 */
import type { Cue } from './cue.js';
import type { SourcePhrase, TokenRange } from './nounPhrases.js';
import { namesPeople } from './peopleNouns.js';
import { findSubject } from './findSubject.js';
import { samePredicateForm } from './clauseBoundaries.js';
import type { StageContext } from './stageContext.js';
import { BE_FORMS, compoundModifierStart, HEAD_PREPOSITIONS, isCap, isPossessive, isWordHyphen, isPunct, isVerb, PLURAL_SUBJECT_PRONOUNS, endsWithEd, endsWithPlainS, PAST_READ_AS_NOUN, pastReadAsNounAfterSubject, openingAdjectiveBeforePlural } from './tokens.js';
import { wordSet } from './timeWords.js';

export const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my']);

const PRONOUN_SOURCE = /^(?:who|which|that|it|this|there)$/;

/** Verbs that take a stance away from someone: "withheld support from", "withdrew her support from". */
export const WITHDRAWING_VERBS = new Set(['withhold', 'withdraw', 'pull', 'rescind', 'revoke']);

/** Verbs that carry a reporting noun as their object: "issued a statement", "voiced support", "made comments". */
const LIGHT_VERBS = new Set(['make', 'issue', 'give', 'offer', 'express', 'voice', 'launch', 'unleash', 'level', 'file', 'state', 'deliver', 'raise', 'lodge', 'release', 'reiterate', 'repeat', 'renew', 'announce', 'post', 'publish', 'send', 'share', 'extend', 'lend', 'throw', 'pledge', 'signal', 'outline', 'unveil', 'put', 'lay', 'mount', 'step', 'escalate', 'sharpen', 'intensify', 'stage', 'air', 'run', 'write', 'pen', 'have', 'hold', 'reveal', 'register', 'approve', 'adopt', 'pass', 'sign', 'circulate', 'sponsor', 'introduce', 'tweet', 'roll', 'hand', 'fire', 'pay', 'show', 'declare', 'reaffirm',
  // "heaped criticism on", "cast the blame on", "provided an answer", "hurled insults", "avoided direct criticism of", "sounded the alarm"
  'heap', 'cast', 'provide', 'hurl', 'lob', 'trade', 'direct', 'aim', 'sound', 'strike', 'float', 'pitch', 'avoid', 'craft', 'present', 'submit', 'press', 'map', 'spell',
  // "sowed doubts about": the one who sows them voices them
  'sow',
  // "evinced confidence that": the one who shows a belief holds it
  'evince',
  // "scrapped plans to attend", "withdrew the complaint", "revived a bid for": one's own course, dropped or taken up again
  'scrap', 'abandon', 'shelve', 'drop', 'cancel', 'postpone', 'suspend', 'revive', 'finalize', 'finalise', 'retract',
  // and the verbs that take a stance back: "withheld support from", "withdrew her support from"
  ...WITHDRAWING_VERBS]);

/**
 * Light verbs whose judgement noun can only be spoken or written: "levelled an attack on", "voiced criticism of",
 * "lobbed insults at". (Not "launch", "mount", "stage": "launched an attack on the town" is an assault.)
 */
const VERBAL_LIGHT_VERBS = new Set(['make', 'level', 'voice', 'issue', 'lob', 'hurl', 'unleash', 'express', 'deliver', 'heap', 'air', 'reiterate', 'repeat', 'pen', 'write', 'tweet', 'post']);

/** Light verbs that launch an assault as well as words: verbal only with a modifier from SPOKEN_MODIFIERS. */
const ASSAULT_LIGHT_VERBS = new Set(['launch', 'mount']);

/**
 * Modifiers that make an attack one of words: "launched a scathing attack on", "mounted a public attack on"
 * (against "launched an attack on the town").
 */
const SPOKEN_MODIFIERS = new Set(['scathing', 'blistering', 'withering', 'stinging', 'searing', 'scorching', 'excoriating', 'vitriolic', 'verbal', 'rhetorical', 'public', 'personal', 'sarcastic', 'thinly-veiled', 'veiled']);

/**
 * Is the noun at `k` the object of a verbal light verb in its sentence, over at most four modifiers ("levelled an
 * attack on", "unleashed withering attacks against")? Its subject holds the noun as an owner would.
 */
export function lightVerbObject(doc: StageContext['doc'], k: number, ts: number): boolean {
  let v = k - 1;
  let spoken = false;
  // (a spoken modifier the tagger may read as a participle: "a blistering attack")
  while (v >= ts && k - v <= 4 && (doc.pos[v] === 'DET' || doc.pos[v] === 'ADJ' || doc.pos[v] === 'NUM' || doc.pos[v] === 'ADV' || SPOKEN_MODIFIERS.has(doc.lower[v]!))) {
    if (SPOKEN_MODIFIERS.has(doc.lower[v]!)) spoken = true;
    v--;
  }
  if (v < ts || doc.pos[v] !== 'VERB') return false;
  return VERBAL_LIGHT_VERBS.has(doc.lemma[v]!) || (spoken && ASSAULT_LIGHT_VERBS.has(doc.lemma[v]!));
}

/** "landed a sharp dig at", "landed jabs on": the verbal blows "land" carries (not "landed a job", "landed a shot"). */
const LANDED_NOUNS = new Set(['swipe', 'swipes', 'jab', 'jabs', 'dig', 'digs']);
/** "left no doubt that", "left the impression that": what "leave" carries as a speech act (not "left voters saying …"). */
const LEFT_NOUNS = new Set(['doubt', 'impression']);
/** "took swipes at", "took aim at", "took a stand on": the nouns "take" carries as a speech act. */
const TAKE_NOUNS = wordSet([...LANDED_NOUNS], ['shot', 'shots', 'potshot', 'potshots', 'aim', 'stand', 'position', 'stance']);
/** "answered a question about": the one who answers speaks to its topic (not "answered the call", which is another's). */
const ANSWERED_NOUNS = new Set(['question', 'questions', 'query', 'queries']);

/**
 * Verbs whose prepositional phrase carries a reporting noun of their subject: "opened with a call for",
 * "closed her speech with a tribute to", "launched into a lament for", "rose to the defense of".
 */
const PHRASE_VERBS = new Map([
  // ("spoke with admiration of", "wrote with scorn about": the manner of one's own words)
  ['with', new Set(['open', 'close', 'begin', 'start', 'end', 'conclude', 'respond', 'reply', 'counter', 'answer', 'follow', 'kick', 'wrap', 'enter', 'return', 'weigh', 'chime', 'greet', 'pepper', 'speak', 'talk', 'write'])],
  ['into', new Set(['launch', 'go', 'dive', 'tear', 'lace', 'wade'])],
  ['to', new Set(['rise', 'come', 'leap', 'spring', 'jump', 'rush'])],
]);

/**
 * Verbs whose "with" phrase after an object is no instrument of the subject's own speech: "credited
 * Vale with the idea", "left voters with doubts", "compared the plan with claims …".
 */
const WITH_NOT_INSTRUMENT = new Set(['credit', 'leave', 'compare', 'contrast', 'associate', 'link', 'connect', 'share', 'replace', 'confuse', 'saddle', 'burden', 'charge', 'combine', 'mix', 'equate', 'identify', 'align', 'side', 'agree', 'meet', 'face', 'confront', 'deal', 'grapple', 'wrestle', 'reconcile', 'trust', 'entrust', 'provide', 'supply', 'arm', 'equip', 'feed', 'fill', 'load', 'flood', 'greet', 'receive', 'welcome']);

/** The verb whose prepositional phrase (at `p`) holds the noun: "opened [the debate] with", "rose to", or -1. */
function verbOfPhrase(doc: StageContext['doc'], p: number, ts: number): number {
  const verbs = PHRASE_VERBS.get(doc.lower[p]!);
  if (!verbs) return -1;
  for (let t = p - 1; t >= ts && p - t < 10; t--) {
    if (isPunct(doc, t) && doc.value[t] !== '-') return -1;
    if (doc.pos[t] === 'VERB') {
      if (BE_FORMS.has(doc.lower[t - 1] ?? '')) return -1;
      if (verbs.has(doc.lemma[t]!)) return t;
      // "stirred the hall with attacks on the levy": after an object, a "with" phrase is the subject's means
      return doc.lower[p] === 'with' && t < p - 1 && objectBetween(doc, t + 1, p) && !WITH_NOT_INSTRUMENT.has(doc.lemma[t]!) ? t : -1;
    }
    if (doc.pos[t] === 'AUX') return -1;
  }
  return -1;
}

/** Tokens `a`..`b` (exclusive) are a plain object noun phrase: nouns, names, pronouns and their modifiers. */
function objectBetween(doc: StageContext['doc'], a: number, b: number): boolean {
  let head = false;
  for (let t = a; t < b; t++) {
    const p = doc.pos[t];
    if (p === 'NOUN' || p === 'PROPN' || p === 'PRON') head = true;
    else if (p !== 'DET' && p !== 'ADJ' && p !== 'NUM' && !isPossessive(doc, t)) return false;
  }
  return head;
}

/** Stance nouns that stand in an "in" phrase: "in support of", "in opposition to", "in their criticism of". */
const IN_STANCE = new Set(['support', 'opposition', 'defense', 'defence', 'praise', 'condemnation', 'criticism', 'criticisms', 'response', 'protest', 'favor', 'favour', 'solidarity', 'agreement', 'disagreement', 'reply', 'tribute', 'denunciation', 'rejection']);


/**
 * Verbs by which someone takes in or handles another's message: "received a letter saying",
 * "cited a report arguing", "retweeted a post calling", "cheered a poll that showed": the message keeps its own voice.
 */
const TAKING_VERBS = new Set(['receive', 'get', 'obtain', 'read', 'see', 'watch', 'hear', 'cite', 'quote', 'review', 'examine', 'study', 'reject', 'dismiss', 'deny', 'dispute', 'question', 'challenge', 'ignore', 'block', 'leak', 'find', 'discover', 'uncover', 'show', 'play', 'share', 'retweet', 'forward', 'like', 'mock', 'condemn', 'criticize', 'denounce', 'praise', 'welcome', 'cheer', 'hail', 'celebrate', 'applaud', 'tout', 'trumpet', 'follow', 'answer', 'address', 'reference', 'recall', 'remember', 'point', 'note', 'acquire', 'seize']);

/** The head of a noun phrase that a prepositional phrase or participle may follow: "an email to supporters" → "email". */
function phraseHead(doc: StageContext['doc'], r: TokenRange): number {
  let head = r.b - 1;
  for (let t = r.a + 1; t < r.b; t++) {
    // (not the last word of a hyphenated modifier the tagger reads as a verb: "fund-raising letters")
    if (doc.pos[t] === 'ADP' || (doc.pos[t] === 'VERB' && !isWordHyphen(doc, t - 1)) || (doc.value[t] === ',')) {
      head = t - 1;
      break;
    }
  }
  return head;
}

/**
 * Whoever put out the message or document that `phrase` names, when it is the object of a verb
 * of issuing ("Ruiz released a video that said …", "the union placed ads calling …", "a crowd
 * gathered, carrying signs saying …"): the subject of that verb, or null (not for a message someone
 * receives or cites: "he received a letter saying"). `relative`: the message is the antecedent of a
 * relative clause ("a video that said").
 */
export function issuerOfMessage(ctx: StageContext, phrase: TokenRange, ts: number, te: number, relative = false): SourcePhrase | null {
  const head = ctx.doc.lower[phraseHead(ctx.doc, phrase)]!;
  if (!ctx.lex.messageNouns.has(head) && !ctx.lex.documentNouns.has(head)) return null;
  // (a relative clause only after a direct object: in "acted after an audit that found …" the audit is no one's message here)
  if (relative && ctx.doc.pos[phrase.a - 1] === 'ADP') return null;
  return objectOfVerb(ctx, phrase.a, ts, te, true, true);
}

/**
 * The subject of the verb whose object starts right before token `k` ("Ruiz issued a
 * statement", "Okafor launched scathing attacks"), or null. `issued`: the object is a
 * message put out by the verb's subject (see issuerOfMessage). `viaPhrase`: a reporting noun may
 * also stand in a prepositional phrase of the verb ("opened with a call for", see PHRASE_VERBS).
 */
export function objectOfVerb(ctx: StageContext, k: number, ts: number, te: number, anyVerb = false, issued = false, viaPhrase = false): SourcePhrase | null {
  const { doc } = ctx;
  let v = k - 1;
  // over determiners, adjectives and noun modifiers: "issued funding appeals" (and an amount: "unveiled a $275 billion proposal")
  const amount = issued || doc.pos[k] === 'NOUN';
  const reach = amount && (doc.value[k - 3] === '$' || doc.value[k - 4] === '$') ? 7 : 5;
  let compounds = 0;
  for (;;) {
    // ("mailed fund-raising letters urging": a compound modifier joined by hyphens is no verb, whatever the tagger
    // reads its last word as; it is stepped over whole, and counts as one modifier)
    const compound = v - 2 >= ts ? compoundModifierStart(doc, v) : -1;
    if (compound >= 0) {
      v = compound - 1;
      compounds += 2;
      continue;
    }
    if (!(v >= ts && k - v - compounds < reach && (doc.pos[v] === 'DET' || doc.pos[v] === 'ADJ' || doc.pos[v] === 'NUM' || doc.pos[v] === 'ADV' || (doc.pos[v] === 'NOUN' && v === k - 1) || POSSESSIVE_PRONOUNS.has(doc.lower[v]!) || (amount && doc.value[v] === '$')))) break;
    v--;
  }
  // "had nothing but praise for": "nothing but" before the noun is a degree, the noun still the verb's object
  if (v - 1 > ts && doc.lower[v] === 'but' && doc.lower[v - 1] === 'nothing' && k - v <= 3) v -= 2;
  // "is keeping up his criticism", "put out a statement": over a particle
  if ((anyVerb || doc.lower[v] === 'out') && v > ts && /^(?:up|out|on|off|down)$/.test(doc.lower[v]!) && doc.pos[v - 1] === 'VERB') v--;
  // "released a statement in opposition to", "were unanimous in their condemnation of": a stance noun
  // in an "in" phrase is held by the subject of the clause the phrase belongs to
  if (v > ts && doc.lower[v] === 'in' && IN_STANCE.has(doc.lower[k] ?? '') !== IN_STANCE.has(doc.lower[k + 1] ?? '')) {
    let t = v - 1;
    while (t > ts && v - t < 6 && (doc.pos[t] === 'ADJ' || doc.pos[t] === 'ADV' || doc.pos[t] === 'NOUN' || doc.pos[t] === 'DET' || doc.pos[t] === 'NUM')) t--;
    if (doc.pos[t] !== 'VERB' && doc.pos[t] !== 'AUX') return null;
    const found = findSubject(ctx, t, t + 1, ts, te, () => false);
    return found.type === 'phrase' && !found.inverted && !PRONOUN_SOURCE.test(doc.lower[found.phrase.a]!) && found.phrase.b - found.phrase.a <= 8 ? found.phrase : null;
  }
  // "replied in a note stating", "was caught on a hidden camera telling": the verb before the preposition
  // (only for a phrase an article opens: "his assessment" after "with" stays his)
  if (anyVerb && v > ts && doc.pos[v] === 'ADP' && doc.lower[v] !== 'of' && /^(?:a|an|the)$/.test(doc.lower[k] ?? '')) {
    v--;
    while (v > ts && (doc.pos[v] === 'ADV' || /^(?:up|out|on|off|down|back)$/.test(doc.lower[v]!)) && doc.pos[v] !== 'VERB') v--;
  }
  // "opened with a call for", "rose to the defense of", "launched into a lament for"
  let phrased = false;
  if (viaPhrase && v > ts && doc.pos[v] === 'ADP') {
    const verb = verbOfPhrase(doc, v, ts);
    if (verb >= 0) [v, phrased] = [verb, true];
  }
  if (v < ts) return null;
  // "After renewed demands for an audit, …", "amid repeated calls for": a participle right after a
  // preposition modifies the noun; it is no verb with a subject of its own
  if (!phrased && v > ts && doc.pos[v] === 'VERB' && doc.pos[v - 1] === 'ADP' && !/^(?:up|out|off|down|back|on)$/.test(doc.lower[v - 1]!) && endsWithEd(doc.lower[v]!)) return null;
  // "Pence is keeping up his criticism": the subject of any verb whose object the possessive opens names the source
  if (anyVerb && doc.pos[v] === 'VERB') {
    if (issued && TAKING_VERBS.has(doc.lemma[v]!)) return null;
    let found = findSubject(ctx, v, v + 1, ts, te, () => false);
    // "had gathered, carrying signs saying …": the subject of the verb the issuing participle goes with
    if (issued && found.type === 'governed') found = findSubject(ctx, found.verb, found.verb + 1, ts, te, () => false);
    // ("Vale, who co-wrote a paper arguing …": the relative pronoun stands for the writer)
    const pronoun = PRONOUN_SOURCE.test(doc.lower[found.type === 'phrase' ? found.phrase.a : ts]!) && !(issued && found.type === 'phrase' && doc.lower[found.phrase.a] === 'who');
    return found.type === 'phrase' && !found.inverted && !pronoun && found.phrase.b - found.phrase.a <= 8 ? found.phrase : null;
  }
  // wink-nlp reads some -ing forms as nouns ("renewing a claim")
  const low = doc.lower[v]!;
  const stem = low.endsWith('ing') ? low.slice(0, -3) : '';
  // ("all have fairly expansive plans": "have" read as an auxiliary)
  const lightVerb = (lemma: string) => phrased || LIGHT_VERBS.has(lemma) || (lemma === 'take' && TAKE_NOUNS.has(doc.lower[k]!)) || (lemma === 'land' && LANDED_NOUNS.has(doc.lower[k]!)) || (lemma === 'leave' && LEFT_NOUNS.has(doc.lower[k]!)) || (lemma === 'answer' && ANSWERED_NOUNS.has(doc.lower[k]!));
  // ("Ruiz cast the blame on …": an irregular past the tagger read as a noun after its subject is the verb)
  const pastAsNoun = v > ts && pastReadAsNounAfterSubject(doc, v);
  const light = doc.pos[v] === 'VERB' || (doc.pos[v] === 'AUX' && doc.lemma[v] === 'have' && v + 1 < k) ? lightVerb(doc.lemma[v]!) : pastAsNoun ? lightVerb(PAST_READ_AS_NOUN.get(low)!) : stem !== '' && doc.value[v - 1] === ',' && (LIGHT_VERBS.has(stem) || LIGHT_VERBS.has(`${stem}e`));
  if (!light) return null;
  const found = findSubject(ctx, v, v + 1, ts, te, () => false);
  if (found.type === 'phrase') return found.inverted ? null : found.phrase;
  // "Ruiz spoke for an hour, renewing an old claim": the subject of the main verb
  if (found.type !== 'governed') return null;
  const main = findSubject(ctx, found.verb, found.verb + 1, ts, te, () => false);
  return main.type === 'phrase' && !main.inverted ? main.phrase : null;
}

const PLURAL_PRONOUNS = wordSet([...PLURAL_SUBJECT_PRONOUNS], ['most', 'many', 'some', 'both', 'others', 'few']);
const SINGULAR_PRONOUNS = new Set(['he', 'she', 'who']);

/**
 * A reporting noun the tagger read for a verb that agrees with the subject before it and takes
 * an infinitive or a that-clause: "Republicans plan to move the bill", "voters who claim to know",
 * "Pastor Lee plans to stay" (not "the tax plan to …", a compound noun). The subject of that verb,
 * or null.
 */
export function subjectOfVerbalNoun(ctx: StageContext, cue: Cue, ts: number, te: number): SourcePhrase | null {
  const { doc } = ctx;
  const k = cue.head;
  const prev = k - 1;
  if (cue.tokStart !== k || prev < ts || k + 2 >= te) return null;
  // ("New claims that …": an adjective opening the sentence that the tagger read as a name is no subject)
  if (openingAdjectiveBeforePlural(doc, prev)) return null;
  const next = doc.lower[k + 1];
  if (!(next === 'that' || (next === 'to' && isVerb(doc, k + 2)))) return null;
  const low = doc.lower[k]!;
  const thirdPerson = /[^s]s$/.test(low);
  const agreesAt = (h: number) => {
    const p = doc.lower[h]!;
    const plural = endsWithPlainS(p) && (doc.pos[h] === 'NOUN' || doc.pos[h] === 'PROPN');
    // ("The council of growers plans to appeal": also a singular noun the lexicons give to people or to a body of them)
    return thirdPerson
      ? SINGULAR_PRONOUNS.has(p) || (doc.pos[h] === 'PROPN' && isCap(doc, h) && !plural) || (doc.pos[h] === 'NOUN' && !plural && namesPeople(doc, ctx.lex, h))
      : PLURAL_PRONOUNS.has(p) || plural;
  };
  let found = findSubject(ctx, k, k + 1, ts, te, () => false);
  // ("Berg gave to many growers, but plans to …": after "but" the verb phrase shares the subject of the verb before
  // it, which must agree; not after "and", where a noun is as often joined to an object: "the budget and plans to …")
  // (after "and" when the noun takes the form of the verb before it: "are denouncing the levy and vow to …")
  if (found.type === 'governed' && found.coordinated && (doc.lower[prev] === 'but' || (doc.lower[prev] === 'and' && samePredicateForm(doc, found.verb, k)))) {
    found = findSubject(ctx, found.verb, found.verb + 1, ts, te, () => false);
    return found.type === 'phrase' && !found.inverted && found.phrase.b <= k && agreesAt(found.phrase.b - 1) ? found.phrase : null;
  }
  if (found.type !== 'phrase' || found.inverted || found.phrase.b > k) return null;
  // ("relies on passenger reports to find …": a phrase a preposition opens is the object of that preposition, no subject)
  if (found.phrase.a > ts && doc.pos[found.phrase.a - 1] === 'ADP' && doc.lower[found.phrase.a - 1] !== 'that') return null;
  if (agreesAt(prev)) return found.phrase;
  // "Supporters of the new wage plan to march", "Members on the panel plan to …": the head noun before a
  // prepositional phrase agrees with the verb (a plural head for "plan", not "the tax plan")
  if (found.phrase.b !== k) return null;
  for (let t = found.phrase.a + 1; t < k - 1; t++) if (HEAD_PREPOSITIONS.has(doc.lower[t]!)) return (doc.pos[t - 1] === 'NOUN' || doc.pos[t - 1] === 'PROPN') && agreesAt(t - 1) ? found.phrase : null;
  return null;
}

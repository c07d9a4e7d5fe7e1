/**
 * Naming and reputation cues with no source: "a group called Open Harbour", "also known as",
 * "is nicknamed “the Fixer”", "is best known for". The cue fixes its own content (the thing
 * named and its name).
 */
import type { SlantDocument } from '../document/readDocument.js';
import type { Stance } from '../schema/articleAnalysis.js';
import type { Cue } from './cue.js';
import type { AttributionLexicons } from './attributionLexicons.js';
import { namesSpeaker } from './peopleNouns.js';
import type { CueClass } from './cueClasses.js';
import { opensClause, phraseEnd } from './cueComplements.js';
import { mainVerbAfterClause } from './subjectClause.js';
import { clauseStart, nounPhraseAfter, nounPhraseBefore, type TokenRange } from './nounPhrases.js';
import { TIME_HEAD_NOUNS } from './timeWords.js';
import { pronounHeadBefore } from './quantifiers.js';
import { BE_FORMS, closingMarkWithin, endsWithIng, hyphenJoinsAfter, isAdverbLike, isCap, isPossessive, isPunct, isQuoteMark, isSetOffDash, NEGATIONS, OBJECT_PRONOUNS, PRONOUNS, BECOME_FORMS } from './tokens.js';

/** Relative words before a naming phrase ("what critics call", "which Ruiz termed"). */
const NAMING_RELATIVES = new Set(['what', 'which']);


/** Participles that name something: "a group called Open Harbour", "the ferry, also known as the Blue Line". */
export const NAMING_PARTICIPLES = new Set(['called', 'named', 'titled', 'entitled', 'dubbed', 'nicknamed', 'renamed', 'known', 'billed', 'styled', 'renowned', 'famed']);

/** Words of a reputation with "for" besides "known": "renowned for", "famed for". */
const REPUTATION_WORDS = new Set(['renowned', 'famed']);

/** Verbs after "known to" that ascribe a trait ("known to be wary", "known to have lied"). */
const INFINITIVE_LINKS = new Set(['be', 'have']);

/** Naming participles that need "as" ("known as", "billed as"). */
const NAMING_WITH_AS = new Set(['known', 'billed', 'styled']);

/**
 * The quotation mark a name opens right after a naming participle at `a`: "titled “A Fair Levy,”", "known as
 * “the Ledger,”", "better known as “the Ledger”" (an adverb before the participle, "as" after it); -1 when
 * none opens there. Reads at most four tokens.
 */
export function namingMarkAt(doc: SlantDocument, a: number): number {
  let t = a;
  if (NAMING_ADVERBS.has(doc.lower[t] ?? '')) t++;
  if (!NAMING_PARTICIPLES.has(doc.lower[t] ?? '')) return -1;
  t++;
  if (doc.lower[t] === 'as') t++;
  return isQuoteMark(doc, t) ? t : -1;
}

/** Naming participles that in a passive appoint rather than name ("was named director"). */
const NAMING_NOT_PASSIVE = new Set(['named', 'renamed']);

/** Adverbs that may stand before a naming participle ("also known as", "derisively called"). */
const NAMING_ADVERBS = new Set(['also', 'better', 'now', 'commonly', 'widely', 'formerly', 'once', 'sometimes', 'often', 'popularly', 'officially', 'informally', 'locally', 'colloquially', 'variously', 'derisively', 'affectionately', 'mockingly', 'jokingly', 'aptly', 'fittingly', 'still', 'previously', 'originally', 'otherwise', 'generally', 'simply', 'internally', 'privately', 'sometimes', 'fondly', 'unofficially']);

/** Participles that coin a label for something rather than give its name ("dubbed", "nicknamed"). */
const COINING_PARTICIPLES = new Set(['dubbed', 'nicknamed']);

/**
 * Participles that give a work its title ("a novel titled “Dawn”", "a documentary titled Weiner"):
 * news reports a title as something its makers put out, so unlike a plain name ("a group called
 * …", "known as …") it counts as a naming with no source. ("entitled" is left out: after a noun it
 * is as often a right, "entitled to a pension", and its titles are rarely reported as such.)
 */
const TITLING_PARTICIPLES = new Set(['titled']);

/**
 * Is what a titling cue names a person ("Vale was titled Earl of the Harbour", "the mayor, titled Lady Berg",
 * "he was titled …")? Then the title is a rank, not a work's title put out by its makers. A name before a
 * capitalised cue is a headline's title case ("New Documentary Titled …"), not a person.
 */
function titledIsPerson(doc: SlantDocument, lex: AttributionLexicons, cue: Cue): boolean {
  const h = doc.value[cue.tokStart - 1] === ',' ? cue.tokStart - 2 : cue.tokStart - 1;
  if (h < 0) return false;
  return PERSONAL_PRONOUNS.has(doc.lower[h]!) || namesSpeaker(doc, lex, h) || (doc.pos[h] === 'PROPN' && !isCap(doc, cue.head));
}

/** Adverbs that make a name someone's characterisation ("derisively known as"). */
const EVALUATIVE_NAMING_ADVERBS = new Set(['derisively', 'mockingly', 'jokingly', 'affectionately', 'fondly', 'aptly', 'fittingly', 'sarcastically', 'pejoratively', 'ironically', 'disparagingly', 'unflatteringly', 'euphemistically']);

/**
 * Adverbs that make a name the one a thing goes by after a renaming ("the Harbour Inn, now known as the
 * Tarn Lodge", "the inn, now called the Tarn Lodge"): what people at large have come to call it, a
 * characterisation as "as it was known" is; a former name ("once known as", "then called") is not.
 */
const RENAMING_ADVERBS = new Set(['now']);

/**
 * Does the range end with ", as" and the subject that takes up the name ("Daz, as he", "the Harbour Act, as
 * the bill")? Said by its words, not by the shape of the range alone (a naming whose content merely ends at
 * its cue, "“Mudflats,” as critics call them", is no such clause). The subject has at most four words.
 */
function endsWithAsClause(doc: SlantDocument, a: number, b: number): boolean {
  for (let t = b - 2; t > a && b - t <= 5; t--) if (doc.lower[t] === 'as' && doc.value[t - 1] === ',') return true;
  return false;
}

/**
 * Does a naming cue (from `namingCue`) attribute a characterisation to someone unnamed, so that
 * it counts as an attribution? A plain name does not ("a faction known as “La Sombra”", "a
 * group called Open Harbour", "an ad titled “Dawn”": nobody's view is reported); a coined
 * label does ("is nicknamed “the Rattler”", "derisively known as “the Graveyard”"), and so does
 * a finite passive "is known as" / "was billed as" (a reputation, not an appositive name). The
 * finder still consumes a plain naming participle so that "called" there is not read as a
 * speech verb.
 *
 * @example
 * ```ts
 * // "the docks, derisively known as “the Graveyard”" → true; "a group called Open Harbour" → false
 * ```
 */
export function namingCharacterises(doc: SlantDocument, lex: AttributionLexicons, cue: Cue): boolean {
  if (cue.cueClass !== 'naming') return true; // a reputation ("is best known for") is a belief
  if (COINING_PARTICIPLES.has(doc.lower[cue.head]!)) return true;
  if (TITLING_PARTICIPLES.has(doc.lower[cue.head]!)) return !titledIsPerson(doc, lex, cue);
  // "shook up what is called a “ferry race”", "scrapped what had been called the Blue Week": a free relative
  // "what" with a passive "called" names the thing as people at large call it, as "what is known as" does
  if (doc.lower[cue.head] === 'called' && BE_FORMS.has(doc.lower[cue.tokStart]!) && cue.content && doc.lower[cue.content.a] === 'what') return true;
  // "Daz, as he was known, …": a name set off and taken up by an "as" clause is what people at
  // large called the thing (its content, the name, ends where the cue's verb group starts)
  if (cue.content && cue.content.b === cue.tokStart && endsWithAsClause(doc, cue.content.a, cue.content.b)) return true;
  // "The wharf was known as “the Poorhouse”", "Ruiz is better known as a chess player": as the
  // clause's own predicate a name "known as" or "billed as" is what people at large hold the
  // thing to be, a reputation; only the reduced form beside its noun ("the Gulls, also known as
  // …") is a plain name
  if (NAMING_WITH_AS.has(doc.lower[cue.head]!) && (BE_FORMS.has(doc.lower[cue.tokStart]!) || BECOME_FORMS.has(doc.lower[cue.tokStart]!))) return true;
  for (let t = cue.tokStart; t < cue.head; t++) if (EVALUATIVE_NAMING_ADVERBS.has(doc.lower[t]!) || RENAMING_ADVERBS.has(doc.lower[t]!)) return true;
  return false;
}

/**
 * Does a comparison "as … as" of one word follow the participle at `k` ("known as early as May",
 * "billed as well as the toll")? Then its "as" introduces no name.
 */
const asComparisonAfter = (doc: SlantDocument, k: number) => doc.lower[k + 1] === 'as' && doc.lower[k + 3] === 'as';

/**
 * Is "known" at `k` followed by a comparison "as … as" ("Ruiz was known as early as May", "the levy
 * was known as well as the toll") with no that-clause after it in the sentence? Then "known" is
 * neither a name nor a belief ("It was known as early as May that …" stays a belief).
 */
export function knownAsComparison(doc: SlantDocument, k: number, te: number): boolean {
  if (doc.lower[k] !== 'known' || !asComparisonAfter(doc, k)) return false;
  for (let t = k + 4; t < te; t++) if (doc.lower[t] === 'that') return false;
  return true;
}

/**
 * "a group called Open Harbour", "the Tide Brigade, also known as the Gulls", "an ad titled
 * “Dawn”", "the ferry is nicknamed “the Slug”", "a method known as fracking": what something is
 * called, with no one who calls it (class `naming`, no source). The name after the participle
 * must be a quotation or capitalised (any noun phrase after "known as"); the thing named is the
 * noun phrase before it (a reduced relative or an appositive) or the subject of a passive. Not
 * "called him", "called for", "was named director", "named after", "so-called".
 */
export function namingCue(doc: SlantDocument, k: number, ts: number, te: number, sentence: number): Cue | null {
  const low = doc.lower[k]!;
  let end = k + 1;
  const asClause = AS_CLAUSE_NAMING.has(low) ? asClauseNaming(doc, k, ts, te, sentence) : null;
  if (asClause) return asClause;
  if ((low === 'known' || REPUTATION_WORDS.has(low)) && doc.lower[k + 1] === 'for') return reputationCue(doc, k, ts, te, sentence);
  // "a grower known to be wary of the levy": "known" has no active form before "to", so after a noun it is a reduced passive
  if (low === 'known' && doc.lower[k + 1] === 'to' && INFINITIVE_LINKS.has(doc.lower[k + 2] ?? '')) return reputationCue(doc, k, ts, te, sentence);
  if (REPUTATION_WORDS.has(low)) return null;
  if (NAMING_WITH_AS.has(low)) {
    // (not a comparison: "was known as early as May", "is known as well as Berg")
    if (doc.lower[k + 1] !== 'as' || asComparisonAfter(doc, k)) return null;
    end = k + 2;
  }
  if (k > ts && hyphenJoinsAfter(doc, k - 1)) return null; // "so-called", "well-known"
  let j = k - 1;
  while (j >= ts && k - j <= 3 && (NAMING_ADVERBS.has(doc.lower[j]!) || (doc.pos[j] === 'ADV' && /ly$/.test(doc.lower[j]!)))) j--;
  if (j < ts) return null;
  // ("the uprising that became known as the Harbour Spring": "become" links a reputation as "be" does)
  const passive = BE_FORMS.has(doc.lower[j]!) || (NAMING_WITH_AS.has(low) && BECOME_FORMS.has(doc.lower[j]!));
  if (passive && NAMING_NOT_PASSIVE.has(low)) return null;
  const name = nameAfter(doc, end, te, NAMING_WITH_AS.has(low));
  if (name < 0 || doc.lower[name] === 'by') return null;
  let thing: number;
  // ("the appeal rests on what is known as the Okafor rule": a free relative is the thing named, not the clause around it)
  // (and a relative "that" right before the verb: "the uprising that became known as …")
  // ("what had been known as …": a perfect auxiliary stands between the relative word and "been")
  const rel = doc.lower[j] === 'been' && doc.lemma[j - 1] === 'have' ? j - 1 : j;
  if (passive) thing = rel > ts && (NAMING_RELATIVES.has(doc.lower[rel - 1]!) || doc.lower[rel - 1] === 'that') ? rel - 1 : clauseStart(doc, j, ts);
  else {
    // "the Tide Brigade, also known as the Gulls": an appositive after a comma
    // (and "the inn, now called the Tarn Lodge", "the inn -- now known as the Tarn Lodge --": after "now" a
    // participle set off by a comma or a dash renames; without it, "Vale, called to the stand, …" summons)
    const renamed = RENAMING_ADVERBS.has(doc.lower[k - 1]!);
    const setOff = doc.value[j] === ',' || (renamed && isSetOffDash(doc, j));
    const head = setOff && (NAMING_WITH_AS.has(low) || (renamed && low === 'called') || /^(?:titled|entitled|dubbed|nicknamed)$/.test(low)) ? j - 1 : j;
    // ("…, many of them derisively known as “mud patches”", "those known as the Gulls": a pronoun head)
    const pronounHead = doc.pos[head] === 'NOUN' || doc.pos[head] === 'PROPN' ? null : pronounHeadBefore(doc, head, ts);
    if (!(pronounHead || doc.pos[head] === 'NOUN' || doc.pos[head] === 'PROPN' || (isQuoteMark(doc, head) && head !== j))) return null;
    const np = pronounHead ?? nounPhraseBefore(doc, head, ts);
    if (!np) return null;
    // "The senator called Ruiz a liar": after a subject that opens the clause, "called" is the verb;
    // an indefinite noun ("a group called …") or one after a verb or preposition is named
    // ("what Ruiz called “a rout”": the subject of a free relative after "what" calls it that)
    // (unless an inflected verb follows the name, which the subject's own verb then is: "The group called “Harbour
    // First” said …" names the group; "called" is no finite verb before another one)
    if (!NAMING_WITH_AS.has(low) && head === j && (callingSubject(doc, np, ts, k) || doc.lower[np.a] === 'what') && !opensClauseBeforeVerb(doc, np, name)) return null;
    // "One member called Berg “a menace”", "A critic called Vale a fraud": an indefinite subject
    // whose verb takes a second object after the name is calling someone something, not naming
    if (low === 'called' && head === j && callsSomethingAfter(doc, np, k, ts, te)) return null;
    // ("an appearance at the resort, now called the Gull Club", "During a visit to the docks, derisively known as
    // …": a name set off after its noun renames the object of the last preposition, not the phrase it hangs on)
    thing = head === j - 1 && !pronounHead ? afterLastPreposition(doc, np.a, head) : np.a;
  }
  if (NEGATIONS.has(doc.lower[j]!) || doc.lower[j - 1] === 'not') return null;
  return { type: 'agentless', tokStart: passive ? j : j + 1, tokEnd: end, head: k, lemma: NAMING_WITH_AS.has(low) ? `${low} as` : low, stance: /^(?:derisively|mockingly|sarcastically|pejoratively|disparagingly)$/.test(doc.lower[k - 1]!) ? 'distancing' : 'neutral', cueClass: 'naming', negated: false, agentless: 'naming', content: { a: thing, b: name }, sentence };
}

/**
 * Does an inflected verb or an auxiliary stand at `name`, right after the name a "called" gives, with the phrase `np`
 * before "called" opening its clause (no "what"/"which" before it)? Then the verb after the name is the clause's own
 * ("The group called “Harbour First” said …"), and "called" a reduced relative naming the group.
 */
function opensClauseBeforeVerb(doc: SlantDocument, np: TokenRange, name: number): boolean {
  if (NAMING_RELATIVES.has(doc.lower[np.a - 1] ?? '') || doc.lower[np.a] === 'what') return false;
  const w = doc.lower[name] ?? '';
  return doc.pos[name] === 'AUX' || (doc.pos[name] === 'VERB' && !endsWithIng(w) && doc.lemma[name] !== w);
}

/** The token after the last preposition in `a`..`head` that opens a phrase ending at `head`; `a` when there is none. */
function afterLastPreposition(doc: SlantDocument, a: number, head: number): number {
  for (let t = head - 1; t >= a; t--) if (doc.pos[t] === 'ADP' && !isPossessive(doc, t)) return t + 1;
  return a;
}

/** Naming participles that may close an "as" clause set off after the name: "Daz, as he was known, …". */
const AS_CLAUSE_NAMING = new Set(['known', 'called', 'dubbed', 'nicknamed']);

/** Determiners of a noun that takes up the name in an "as" clause: "as the bill is called". */
const TAKING_UP_DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those']);

/** Pronouns that take up a person only: "Daz, as he was known". */
const PERSONAL_PRONOUNS = new Set(['he', 'she']);

/**
 * "Daz, as he was known, …", "the Harbour Act, as the bill is called, …": a passive naming
 * participle at `k` ending an "as" clause (a punctuation mark after it) whose subject, a pronoun
 * or a short definite noun phrase, takes up the name set off before it. A naming with no source
 * whose content runs from the name through that subject (the thing named and its name, with the
 * "as" between them); the cue is the verb group ("was known", "is called"). Null otherwise (not
 * "as she was called away", "was known as a fixer").
 */
function asClauseNaming(doc: SlantDocument, k: number, ts: number, te: number, sentence: number): Cue | null {
  if (k + 1 < te && !isPunct(doc, k + 1)) return null;
  let v = k - 1;
  while (v > ts && k - v <= 3 && NAMING_ADVERBS.has(doc.lower[v]!)) v--;
  if (!BE_FORMS.has(doc.lower[v]!)) return null;
  // ("has been called", "is often called": the auxiliaries of the group)
  while (v - 1 > ts && doc.pos[v - 1] === 'AUX') v--;
  let s = v - 1;
  if (s <= ts) return null;
  if (!PRONOUNS.has(doc.lower[s]!)) {
    while (s > ts && v - s <= 3 && doc.pos[s] === 'NOUN') s--;
    if (s === v - 1 || !TAKING_UP_DETERMINERS.has(doc.lower[s]!)) return null;
  }
  if (doc.lower[s - 1] !== 'as' || doc.value[s - 2] !== ',' || s - 3 < ts) return null;
  const np = nounPhraseBefore(doc, s - 3, ts);
  // (the phrase taken up is a name, capitalised or quoted: after "returned to the podium, as he was called"
  // the verb summons; and "he"/"she" takes up a person, not a place a preposition opens: "drove to Kestra, as he was called")
  if (!np || !(isCap(doc, np.b - 1) || isQuoteMark(doc, np.b - 1))) return null;
  if (PERSONAL_PRONOUNS.has(doc.lower[s]!) && doc.pos[np.a - 1] === 'ADP') return null;
  // ("the Pier Group, or Pier, as it was called": a second name offered with "or" names the same thing)
  const first = np.a - 2 > ts && doc.lower[np.a - 1] === 'or' && doc.value[np.a - 2] === ',' ? nounPhraseBefore(doc, np.a - 3, ts) : null;
  return { type: 'agentless', tokStart: v, tokEnd: k + 1, head: k, lemma: doc.lower[k]!, stance: 'neutral', cueClass: 'naming', negated: false, agentless: 'naming', content: { a: first?.a ?? np.a, b: v }, sentence };
}

/**
 * "Ruiz is best known for the harbour bridge", "a senator known for his temper", "a grower known
 * to be wary of the levy": a reputation,
 * held by no one named (class `belief`, no source). The content is the clause (passive) or the
 * noun phrase with what it is known for (after a noun).
 */
function reputationCue(doc: SlantDocument, k: number, ts: number, te: number, sentence: number): Cue | null {
  let j = k - 1;
  let negated = false;
  while (j >= ts && k - j <= 4 && (isAdverbLike(doc, j) || /^(?:best|well|widely|most|perhaps|once|long)$/.test(doc.lower[j]!)) && !BE_FORMS.has(doc.lower[j]!)) {
    if (NEGATIONS.has(doc.lower[j]!)) negated = true;
    j--;
  }
  // "is not known for sure", "was not known for years": no reputation
  if (j < ts || k + 2 >= te || /^(?:sure|certain|certainty|years|months|weeks|days|decades|long|now)$/.test(doc.lower[k + 2]!) || (doc.lower[k + 2] === 'a' && /^(?:while|time|moment|long)$/.test(doc.lower[k + 3] ?? ''))) return null;
  const base = { tokEnd: k + 2, head: k, lemma: `${doc.lower[k]} ${doc.lower[k + 1]}`, stance: 'neutral' as Stance, cueClass: 'belief' as CueClass, negated, sentence };
  // ("were known to use …": a passive before an infinitive is read with the other raising passives)
  if (BE_FORMS.has(doc.lower[j]!)) return doc.lower[k + 1] === 'to' ? null : { type: 'agentless', ...base, tokStart: j, agentless: 'raising' };
  // "The town, once known for its shipyards, …": set off by a comma after its noun
  const setOff = doc.value[j] === ',' && j > ts;
  const n = setOff ? j - 1 : j;
  if (!(doc.pos[n] === 'NOUN' || doc.pos[n] === 'PROPN') || (!setOff && j !== k - 1)) return null;
  const np = nounPhraseBefore(doc, n, ts);
  if (!np) return null;
  // ("A grower known to be wary of the levy is Okafor": after the clause's subject the trait ends
  // before the main verb; after a preposition, "a firm known for a culture called …", it runs on)
  const end = phraseEnd(doc, k + 2, te);
  const subject = np.a === ts || doc.pos[np.a - 1] === 'CCONJ' || doc.pos[np.a - 1] === 'SCONJ';
  return { type: 'agentless', ...base, tokStart: j + 1, agentless: 'raising', content: { a: np.a, b: subject ? mainVerbAfterClause(doc, k + 2, end, 0) : end } };
}

/**
 * "One member called Berg “a menace”", "A critic called him a fraud": after a noun phrase `np`
 * (even an indefinite one) that opens its clause, "called" at `k` takes an object (a name or
 * an object pronoun) and then a second object, so it is a verb of calling someone something.
 */
export function callsSomethingAfter(doc: SlantDocument, np: { a: number; b: number }, k: number, ts: number, te: number): boolean {
  if (!opensClause(doc, np, ts, true) || isQuoteMark(doc, k + 1)) return false;
  const name = OBJECT_PRONOUNS.has(doc.lower[k + 1] ?? '') ? k + 2 : nameAfter(doc, k + 1, te, false);
  return name > 0 && secondObjectAt(doc, name, te);
}

/**
 * Does a second object open at token `k`, right after the name that follows "called" (a
 * quotation, or "a"/"an"/"the" before a word that is not a time: "called Berg a fraud", not
 * "called Berg the day before")?
 */
function secondObjectAt(doc: SlantDocument, k: number, te: number): boolean {
  if (k >= te) return false;
  if (isQuoteMark(doc, k)) return k + 1 < te && !isPunct(doc, k + 1);
  return /^(?:a|an|the)$/.test(doc.lower[k]!) && k + 1 < te && !isPunct(doc, k + 1) && !TIME_HEAD_NOUNS.has(doc.lower[k + 1]!);
}

/**
 * The end of the name after a naming participle, or -1: a quotation ("titled “Dawn”"),
 * capitalised words with small joining words ("called the Port of Elm Bay Authority", "ISIS
 * or ISIL"), and with `anyNoun` a lower-case noun phrase ("known as fracking").
 */
function nameAfter(doc: SlantDocument, a: number, te: number, anyNoun: boolean): number {
  if (a >= te) return -1;
  // "known as the “mosquito lab”", "what is called a “debate”": an article before a quotation
  const first = (doc.lower[a] === 'the' || doc.lower[a] === 'a' || doc.lower[a] === 'an') && isQuoteMark(doc, a + 1) ? a + 1 : a;
  if (isQuoteMark(doc, first)) {
    const close = closingMarkWithin(doc, first, 29, te);
    return close < 0 ? -1 : close + 1;
  }
  let b = a;
  if (doc.lower[b] === 'the' && isCap(doc, b + 1)) b++;
  while (b < te && b - a < 12) {
    if (isCap(doc, b) && !isPunct(doc, b) && doc.pos[b] !== 'PRON') b++;
    else if (b > a && /^(?:of|the|and|or|for|&|de|la|del|von|van|-)$/.test(doc.lower[b]!) && isCap(doc, b + 1)) b++;
    else if (b > a && isPossessive(doc, b)) b++;
    else break;
  }
  const np = anyNoun && !isPunct(doc, a) ? nounPhraseAfter(doc, a, te) : null;
  // ("known as the Okafor doctrine": a capitalised name may open a longer noun phrase)
  if (b > a && !(b === a + 1 && doc.lower[a] === 'the')) return np && np.a === a && np.b > b ? np.b : b;
  if (!anyNoun || isPunct(doc, a)) return -1;
  // "known as fracking" (read as a verb), "known as one of the best players"
  return np && np.b > np.a ? np.b : Math.min(phraseEnd(doc, a, te), a + 8);
}

/**
 * Is the noun phrase `np` the subject of the "call" at `k` after it: it opens its clause ("The senator
 * called Ruiz a liar") or follows "what"/"which" ("what Ruiz called “a rout”", "which Vale called
 * a farce")? Then "called" is a verb of calling, not a naming after a noun ("a group called …").
 *
 * @example
 * ```ts
 * // "what Ruiz called a rout": np = "Ruiz"
 * callingSubject(doc, np, sentenceStart, calledIndex) // true
 * ```
 */
export function callingSubject(doc: SlantDocument, np: TokenRange, ts: number, k: number): boolean {
  return (opensClause(doc, np, ts) && !indefiniteObjectNamed(doc, np, k)) || NAMING_RELATIVES.has(doc.lower[np.a - 1] ?? '');
}

/**
 * Does `np` end in a preposition's indefinite object ("the founder of a group", "head of an outfit")
 * with a name right after the participle at `k`? Then the participle names that object ("the founder
 * of a group called Pier Watch"): an indefinite noun is being introduced, not made the subject of a
 * call. A common noun or pronoun after it ("The head of a union called it a disgrace") is called
 * something, and a name with a second object ("called Vale a liar") is left to `callsSomethingAfter`.
 */
function indefiniteObjectNamed(doc: SlantDocument, np: TokenRange, k: number): boolean {
  const a = afterLastPreposition(doc, np.a, np.b - 1);
  return a > np.a && (doc.lower[a] === 'a' || doc.lower[a] === 'an') && nameOpensAt(doc, k + 1);
}

/** Does a name open at `a`: a quotation or a capitalised word that is no pronoun, maybe after "the"? */
function nameOpensAt(doc: SlantDocument, a: number): boolean {
  const b = doc.lower[a] === 'the' ? a + 1 : a;
  return isQuoteMark(doc, b) || (isCap(doc, b) && !isPunct(doc, b) && doc.pos[b] !== 'PRON');
}

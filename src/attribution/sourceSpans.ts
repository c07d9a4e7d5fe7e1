/**
 * Source spans: the subject of a reporting verb before it (through relative pronouns,
 * appositives, leading adjuncts and comma-separated pieces), the inverted subject after it,
 * or the verb whose subject it shares (coordination, participles, control).
 */
import type { SlantDocument } from '../document/readDocument.js';
import { APPEARANCE } from './agentlessVerbCues.js';
import { clauseStart, DETS, hasHead, nounPhraseAfter, nounPhraseBefore, type SourcePhrase, type TokenRange, subjectAfterPreposition } from './nounPhrases.js';
import { AND_BUT, JOINING_CONJUNCTIONS, BE_FORMS, CATENATIVES, CLAUSE_CONJUNCTIONS, closingMarkWithin, COORDINATORS, DASHES, hyphenJoinsAfter, isAdverbLike, isCap, isCompoundHead, isFloatedQuantifier, isListedAdverb, isNounAfterArticle, isPossessive, isPunct, isQuoteMark, isSetOffDash, isSpacedHyphen, isVerb, NONCOMPLEMENT_RELATIVES, passivePerception, pastReadAsNounAfterSubject, PARTICIPLE_LEADS, POSSESSIVE_DETERMINERS, PRONOUNS, RELATIVE_WORDS, sFormVerbReadAsNoun, INDEFINITE_PRONOUNS, MODALS, pluralAfterBeOrThe } from './tokens.js';
import { DAY_PARTS, MONTHS, MONTHS_BUT_MAY, PERIODS, WEEKDAYS, wordSet, MONTH_SET } from './timeWords.js';
import { leadingTimeEnd, TIME_PHRASE_LEADS } from './timePhrases.js';
import { OPENING_SUBORDINATORS } from './openingClause.js';
import { MEDIUM_NOUNS } from './media.js';
import { CONTACT_SUBJECT_OPENERS, contactGapEnd } from './contactGap.js';
import { numberOfNumberStart, PLURAL_SUBJECT_QUANTIFIERS, QUANTIFIERS_OF, SUBJECT_QUANTIFIERS } from './quantifiers.js';

/** Words after a comma that open an appositive or a relative clause on a name. */
const APPOSITIVE_OPENERS = new Set(['a', 'an', 'who', 'which']);

/** Pronouns a relative clause may hang on: "those who say", "anyone who thinks", "everyone who met her". */
// (the indefinite pronouns for people: not "nothing", "everything")
const PRONOUN_ANTECEDENTS = wordSet(['those', 'others', 'many', 'some', 'people'], [...INDEFINITE_PRONOUNS].filter((w) => !w.endsWith('thing')));

/** Punctuation that ends a sentence, before a closing quotation mark. */
const SENTENCE_END_MARKS = new Set(['.', '!', '?', '…']);

/** Whether an opening quotation mark stands within 12 tokens before the closing one at `j` (a short title in the subject). */
function openedBefore(doc: SlantDocument, j: number, ts: number): boolean {
  for (let w = j - 2; w >= ts && j - w <= 12; w--) if (isQuoteMark(doc, w)) return true;
  return false;
}

/**
 * The subject of a reporting verb at `k`: "Kofi Mensah said", "Two officials who spoke on
 * condition of anonymity said", "Ingrid Solberg, a professor ..., who said", "Her colleague,
 * Sergeant Imran Qureshi, said". Returns null when nothing speaker-like stands before it
 * (inverted "said X" after a quotation).
 */
export function subjectBefore(doc: SlantDocument, k: number, ts: number, isSpeechMark: (k: number) => boolean = () => true): SourcePhrase | null {
  let j = k - 1;
  j = skipAdjunctsBack(doc, j, ts);
  // "Vale and Ruiz each said": a quantifier floated after the subject is not part of it
  if (j > ts && isFloatedQuantifier(doc, j)) j--;
  // "Sen. Jack Orr (D-Vt.) said": the party and state in parentheses are not the subject
  if (j > ts && doc.value[j] === ')') {
    let o = j - 1;
    while (o > ts && j - o < 10 && doc.value[o] !== '(' && doc.value[o] !== ')') o--;
    if (doc.value[o] === '(' && o - 1 >= ts && !isPunct(doc, o - 1)) j = o - 1;
  }
  // "Vale, who calls Berg a “menace,” said": a relative clause that ends inside a closing mark
  // (a closing mark may be written as two: ''…,''; or the comma may follow it: "who called it “a disgrace”, said")
  const outside = j > ts + 1 && doc.value[j] === ',' && isQuoteMark(doc, j - 1);
  const mark = outside ? j - 1 : j;
  const closing = mark > ts + 1 && isQuoteMark(doc, mark) && isQuoteMark(doc, mark - 1) && (outside || doc.value[mark - 2] === ',') ? mark - 1 : mark;
  if (mark > ts && isQuoteMark(doc, mark) && (outside || doc.value[closing - 1] === ',')) {
    let opened = false;
    for (let w = outside ? closing - 1 : closing - 2; w > ts && j - w < 40 && doc.value[w] !== ';' && doc.value[w] !== '.'; w--) {
      if (isQuoteMark(doc, w)) opened = true;
      // ("Mr. Vale, citing “the magic of Ruiz,” said": a participle with a quotation, set off the same way)
      const participle = /ing$/.test(doc.lower[w + 1] ?? '') && doc.pos[w + 1] === 'VERB' && isQuoteMark(doc, w + 2);
      if (doc.value[w] !== ',' || !(NONCOMPLEMENT_RELATIVES.has(doc.lower[w + 1] ?? '') || participle)) continue;
      // (not a relative clause inside the quoted speech the mark closes: `“…, which many pilots think will be Berg,” said Tarnow`)
      if (!opened && !participle && isSpeechMark(mark)) break;
      // (not a relative clause inside a quotation the doubled mark closes: "''He is not Vale, who …,'' said Ruiz")
      if (closing !== mark && !participle && (isSpeechMark(mark) || isSpeechMark(mark - 1))) break;
      const np = appositiveChain(doc, w - 1, ts);
      if (participle) return np && hasHead(doc, np) && clauseStart(doc, np.b - 1, ts) === np.a ? np : null;
      return np ? { ...np, relative: { a: w + 1, b: mark + 1 } } : null;
    }
  }
  // (a closing mark right after a sentence's end ends a quotation, never a subject: "… is ours!” wrote Berg",
  // also when the quotation was never opened; a title opened in the subject stays: "Vale’s essay “Who Pays?” argues")
  if (j < ts || (isQuoteMark(doc, j) && (isSpeechMark(j) || (j - 1 >= ts && SENTENCE_END_MARKS.has(doc.value[j - 1]!) && !openedBefore(doc, j, ts))))) return null;
  // "Ruiz — who is registered as a nurse — told the Ledger": a clause set off by dashes after the subject
  if (j > ts && isSetOffDash(doc, j)) {
    let o = j - 1;
    while (o > ts && j - o < 40 && !isSetOffDash(doc, o) && doc.value[o] !== ';') o--;
    if (o > ts && o < j - 1 && isSetOffDash(doc, o) && /^(?:who|whose|which)$/.test(doc.lower[o + 1]!)) {
      const np = appositiveChain(doc, o - 1, ts);
      return np && hasHead(doc, np) ? { ...np, relative: { a: o + 1, b: j } } : null;
    }
    // "Murphy — after a brief pause — told me": an adverbial set off by dashes
    if (o > ts && o < j - 1 && isSetOffDash(doc, o) && (doc.pos[o + 1] === 'ADP' || doc.pos[o + 1] === 'SCONJ') && !isCap(doc, o + 1) && !isPunct(doc, o - 1)) {
      const np = nounPhraseBefore(doc, o - 1, ts);
      if (np && hasHead(doc, np) && clauseStart(doc, np.b - 1, ts) === np.a) return np;
    }
    // "Ruiz — a longtime ally of the mayor — said", "Dozens of interviews - most of them by phone - showed":
    // a description set off by dashes after the subject; the phrase before the first dash is the subject
    // (the dash must open a pair: in "Ruiz — the mayor — said it is over — and …" the third does not)
    // ("Berg — mentioned by the Gazette as the likely choice — told": a past participle with its phrase, set off the same way)
    const participle = isVerb(doc, o + 1) && doc.pos[o + 1] !== 'AUX' && /(?:ed|en)$/.test(doc.lower[o + 1]!) && doc.pos[o + 2] === 'ADP';
    if (o > ts && o < j - 1 && isSetOffDash(doc, o) && dashOpens(doc, o, ts) && (!isVerb(doc, o + 1) || participle) && doc.pos[o + 1] !== 'AUX' && doc.pos[o + 1] !== 'CCONJ' && !isQuoteMark(doc, o + 1) && !isPunct(doc, o - 1)) {
      const np = nounPhraseBefore(doc, o - 1, ts);
      const description = { a: o + 1, b: j };
      if (np && hasHead(doc, np) && clauseStart(doc, np.b - 1, ts) === np.a && hasHead(doc, description)) return { ...np, appositive: description };
      // (a subject the noun-phrase reader stops inside: "Interviews with party chairs — …")
      const piece = { a: clauseStart(doc, o - 1, ts), b: o };
      let verbless = piece.b - piece.a <= 12 && hasHead(doc, piece) && hasHead(doc, description);
      for (let t = piece.a; t < piece.b && verbless; t++) if (isVerb(doc, t) || doc.pos[t] === 'AUX') verbless = false;
      if (verbless && (piece.a === ts || isPunct(doc, piece.a - 1))) return { ...piece, appositive: description };
    }
    // "Berg — praised by the Gazette — …": a verb right after a dash that opens an aside has no subject
    // before the dash ("Berg —" is no source)
    if (!(o > ts && isSetOffDash(doc, o)) && j === k - 1 && dashOpens(doc, j, ts)) return null;
  }
  // Step over a quoted title that ends the subject: "lead author of the study “Heat and the City,”".
  if (isQuoteMark(doc, j)) {
    let o = j - 1;
    while (o >= ts && !isQuoteMark(doc, o)) o--;
    if (o > ts) j = o - 1;
    while (j >= ts && doc.value[j] === ',') j--;
  }
  const low = doc.lower[j]!;
  // "two councillors, both of whom opposed", "the clerks, most of whom say": a quantified relative pronoun
  // stands for the phrase before its comma
  if ((low === 'whom' || low === 'which') && j - 2 > ts && doc.lower[j - 1] === 'of') {
    let q = j - 2;
    while (q > ts && j - q < 7 && doc.value[q] !== ',' && doc.value[q] !== '(' && !isSetOffDash(doc, q) && !isPunct(doc, q)) q--;
    if (q > ts && q < j - 2 && (doc.value[q] === ',' || doc.value[q] === '(' || isSetOffDash(doc, q))) {
      const antecedent = appositiveChain(doc, q - 1, ts);
      if (antecedent && hasHead(doc, antecedent)) return { a: q + 1, b: j + 1, antecedent };
    }
  }
  // ("Vale (who backs Ruiz) said", "Vale — who backs Ruiz — …": the same after a parenthesis or a dash)
  if ((low === 'who' || low === 'which' || low === 'that') && j - 1 >= ts && (doc.value[j - 1] === ',' || (low !== 'that' && (doc.value[j - 1] === '(' || DASHES.has(doc.value[j - 1]!))))) {
    const antecedent = appositiveChain(doc, j - 2, ts);
    return antecedent ? { a: j, b: j + 1, antecedent, ...(antecedent.appositive ? { appositive: antecedent.appositive } : {}) } : null;
  }
  // "Ruiz, whom the board named, and who now backs Vale", "The group, founded in 2004 and which has
  // endorsed Vale,": a second relative clause joined by a conjunction stands for the first one's antecedent
  if ((low === 'who' || low === 'which') && j - 1 > ts && COORDINATORS.has(doc.lower[j - 1]!)) {
    const antecedent = antecedentOfJoinedRelative(doc, j - 1, ts);
    if (antecedent) return { a: j, b: j + 1, antecedent };
  }
  // ("18% who say": a share)
  if (low === 'who' && j - 2 >= ts && doc.value[j - 1] === '%' && doc.pos[j - 2] === 'NUM') return { a: j, b: j + 1, antecedent: { a: j - 2, b: j } };
  // "critics who say ...": the noun before the relative pronoun.
  if ((low === 'who' || low === 'which' || low === 'that') && j - 1 >= ts && (doc.pos[j - 1] === 'NOUN' || doc.pos[j - 1] === 'PROPN' || low === 'who' || pluralAfterBeOrThe(doc, j - 1))) {
    // ("There were polls that show …": a plural the tagger read as a verb is the antecedent, with its article)
    const antecedent = pluralAfterBeOrThe(doc, j - 1) ? { a: doc.lower[j - 2] === 'the' ? j - 2 : j - 1, b: j } : nounPhraseBefore(doc, j - 1, ts);
    // "those who say", "anyone who thinks": a pronoun antecedent
    if (!antecedent && low === 'who' && PRONOUN_ANTECEDENTS.has(doc.lower[j - 1]!)) return { a: j, b: j + 1, antecedent: { a: j - 1, b: j } };
    return antecedent ? { a: j, b: j + 1, antecedent } : null;
  }
  if (doc.value[j] === ',') {
    if (j - 1 >= ts && isQuoteMark(doc, j - 1) && isSpeechMark(j - 1)) return null;
    const lead = leadingSubject(doc, j, ts, isSpeechMark);
    if (lead) return lead;
    let c2 = j - 1;
    while (c2 >= ts && doc.value[c2] !== ',' && !(isQuoteMark(doc, c2) && isSpeechMark(c2))) c2--;
    // "Gov. Ann Lee (R-Ohio), said": a stray comma after the party and state
    if (doc.value[j - 1] === ')' && (c2 < ts || doc.value[c2] !== ',' || c2 < j - 12)) {
      const np = nounPhraseBefore(doc, j - 1, ts);
      if (np && isCap(doc, np.b - 1) && clauseStart(doc, np.b - 1, ts) === np.a && looksLikeName(doc, np)) return np;
    }
    if (c2 < ts || doc.value[c2] !== ',') return null;
    const middle = { a: c2 + 1, b: j };
    if (middle.a >= middle.b) return null;
    // "Officials, however, said", "The two unions, for their part, said": an adverbial set off by commas stands between subject and verb
    // ("Veterans at the rally, including Ann Lee, said": the members named belong to the subject)
    if (adverbialPiece(doc, middle) || (doc.lower[middle.a] === 'including' && middle.b - middle.a <= 8)) return subjectBefore(doc, c2, ts, isSpeechMark);
    const first = doc.lower[middle.a]!;
    if (first === 'who' || first === 'which' || first === 'whose') {
      const np = appositiveChain(doc, c2 - 1, ts);
      return np ? { ...np, relative: middle } : null;
    }
    const before = nounPhraseBefore(doc, c2 - 1, ts);
    const middleHasName = isCap(doc, middle.b - 1) && isCap(doc, middle.a);
    const beforeIsRole = before && !isCap(doc, before.b - 1);
    if (middleHasName && beforeIsRole) return { ...middle, appositive: before };
    if (before && clauseStart(doc, before.b - 1, ts) === before.a) return { ...before, appositive: middle };
    // the piece before the first comma is a whole phrase the noun-phrase reader stops inside:
    // "A teacher supporting Ruiz, Ann Lee of Marion, said" (a description, then the name),
    // "The clerk of nearly ten years, a nurse who ..., said" (the subject, then a description)
    const piece = { a: clauseStart(doc, c2 - 1, ts), b: c2 };
    if (piece.b - piece.a > 10 || !hasHead(doc, piece) || !(DETS.has(doc.lower[piece.a]!) || /^(?:another|every|each|no)$/.test(doc.lower[piece.a]!))) return null;
    if (middleHasName && middle.b - middle.a <= 9 && isCap(doc, middle.a + 1) && looksLikeName(doc, middle)) return { ...middle, appositive: piece };
    // ("One pastor backing Ruiz, Dara Okafor of Hope Church in Tarn, said": the name leads a phrase that places it)
    if (middleHasName && middle.b - middle.a <= 12 && isCap(doc, middle.a + 1) && doc.lower[middle.a + 2] === 'of' && looksLikeName(doc, { a: middle.a, b: middle.a + 2 }) && doc.pos[middle.a] === 'PROPN' && doc.pos[middle.a + 1] === 'PROPN') return { ...middle, appositive: piece };
    // ("The prize-winning novelist Ana Ruiz": a participle joined to a word by a hyphen is an adjective)
    for (let t = piece.a; t < piece.b; t++) if (isVerb(doc, t) && !isCap(doc, t) && !hyphenJoinsAfter(doc, t - 1)) return null;
    return { ...piece, appositive: middle };
  }
  if (PRONOUNS.has(low)) return { a: j, b: j + 1 };
  // "alarmed those backing Vale", "many of those opposing the toll": "those" before the participle
  // is its subject, with the quantifier that picks some of them
  if (low === 'those' && j === k - 1 && /ing$/.test(doc.lower[k]!)) return j - 2 >= ts && doc.lower[j - 1] === 'of' && QUANTIFIERS_OF.has(doc.lower[j - 2]!) ? { a: j - 2, b: j + 1 } : { a: j, b: j + 1 };
  let start = clauseStart(doc, j, ts);
  // "and then his office said", "so the board says": a connective adverb opening the clause is no part of its subject
  while (start < j && doc.pos[start] === 'ADV' && CONNECTIVES.has(doc.lower[start]!)) start++;
  // "led to what Ruiz called a betrayal", "what officials called a victory": the subject of a free
  // relative starts after "what" (a short noun phrase, no verb between)
  // ("what the Herald and the Courier called": two joined phrases, past where the clause reader stops)
  for (let t = j; (t > start || (t > ts && doc.lower[start - 1] === 'and')) && j - t < 8; t--) {
    if (isVerb(doc, t) || doc.pos[t] === 'AUX' || isPunct(doc, t)) break;
    if (doc.lower[t - 1] === 'what' || doc.lower[t - 1] === 'whatever') {
      if (hasHead(doc, { a: t, b: j + 1 })) start = t;
      break;
    }
  }
  let reach = 16;
  // "A member who has served for years and who asked not to be named said": two relative clauses joined by "and"
  if (start - 3 >= ts && doc.lower[start - 1] === 'who' && doc.lower[start - 2] === 'and') {
    const first = clauseStart(doc, start - 3, ts);
    if (first - 2 >= ts && doc.lower[first - 1] === 'who' && (doc.pos[first - 2] === 'NOUN' || doc.pos[first - 2] === 'PROPN') && j - first < 24) [start, reach] = [first, 24];
  }
  // ("Anyone who knows that Vale lied says": a relative clause whose verb takes a "that" clause of its own)
  if (start - 3 >= ts && doc.lower[start - 1] === 'that' && isVerb(doc, start - 2)) {
    const outer = clauseStart(doc, start - 2, ts);
    if (outer - 2 >= ts && doc.lower[outer - 1] === 'who' && j - outer < reach) start = outer;
  }
  // "Residents who have lived here for decades said": a relative clause with no comma ends the subject
  // ("Everyone who met her says", "Anyone who knows him says": the same on a pronoun, which is the whole head;
  // the object closing the clause is never the subject)
  const pronounHead = start - 2 >= ts && PRONOUN_ANTECEDENTS.has(doc.lower[start - 2]!) && (doc.pos[start - 2] === 'PRON' || doc.pos[start - 2] === 'DET');
  if (start - 2 >= ts && (doc.lower[start - 1] === 'who' || doc.lower[start - 1] === 'whose') && (doc.pos[start - 2] === 'NOUN' || doc.pos[start - 2] === 'PROPN' || pronounHead) && j - start < reach) {
    const head = pronounHead ? { a: start - 2, b: start - 1 } : nounPhraseBefore(doc, start - 2, ts);
    if (head && hasHead(doc, head)) return { ...head, relative: { a: start - 1, b: j + 1 } };
  }
  // "Groups that have endorsed Ruiz say": a subject relative with "that" (a verb right after it;
  // not "the claim that voters say", where "that" opens a clause with a subject of its own)
  // ("The polling that was done in May showed": an -ing head after a determiner, which the tagger may read as a verb)
  const gerundHead = start - 3 >= ts && /ing$/.test(doc.lower[start - 2]!) && DETS.has(doc.lower[start - 3]!);
  // ("Surveys that show Vale ahead worry …": after a plural, a bare form the tagger read as a noun, before its object, is the verb)
  const bareVerb = (doc.pos[start] === 'NOUN' || doc.pos[start] === 'ADV' || doc.pos[start] === 'ADJ') && !isCap(doc, start) && !/s$/.test(doc.lower[start]!) && /[^s']s$/.test(doc.lower[start - 2] ?? '') && /^(?:DET|PROPN|PRON|NUM)$/.test(doc.pos[start + 1] ?? '');
  if (start - 2 >= ts && doc.lower[start - 1] === 'that' && !/ing$/.test(doc.lower[k]!) && (doc.pos[start - 2] === 'NOUN' || doc.pos[start - 2] === 'PROPN' || gerundHead) && j - start < 16 && (isVerb(doc, start) || doc.pos[start] === 'AUX' || (isAdverbLike(doc, start) && isVerb(doc, start + 1)) || bareVerb)) {
    const head = gerundHead ? { a: start - 3, b: start - 1 } : nounPhraseBefore(doc, start - 2, ts);
    // (the relative clause is left out of the source: its own cue keeps its attribution)
    if (head && (gerundHead || hasHead(doc, head)) && !PRONOUNS.has(doc.lower[head.a]!)) return head;
  }
  // "criticized Vale, Ruiz, and Okafor for backing the tax": a gerund after a preposition is its object;
  // the phrase before the preposition is no subject of it
  if (/ing$/.test(doc.lower[k]!) && j === k - 1 && GERUND_OBJECT_PREPOSITIONS.has(low) && (doc.pos[j] === 'ADP' || doc.pos[j] === 'SCONJ')) return null;
  const span = { a: start, b: j + 1 };
  // "Although in June Vale said", "At the hearing the mayor said", "Last week Okafor said": a time or
  // prepositional phrase fronted before the subject, with no comma, is no part of it
  span.a = frontedPhraseEnd(doc, span);
  // "a rule the farmers hope will pass": a noun phrase right after a noun, with nothing between,
  // is the subject of a relative clause with no pronoun; the noun before it is what the clause is about
  // (only with the gap right after the cue: "hope will pass", "say is")
  const np = j + 1 === k && isVerb(doc, k + 1) ? nounPhraseBefore(doc, j, ts) : null;
  // (also a noun the tagger read as a verb after its article, before a possessive the phrase reader stops at:
  // "The levy my neighbours fear will pass"; and a name, before the auxiliary of the clause: "a plan Ruiz says will fail")
  if (np) for (let t = Math.max(start + 1, np.a - 1); t < np.b; t++) {
    if (!(doc.pos[t - 1] === 'NOUN' || isNounAfterArticle(doc, t - 1)) || isCap(doc, t - 1)) continue;
    const opener = t < np.b - 1 && CONTACT_SUBJECT_OPENERS.has(doc.lower[t]!) && !isCap(doc, t);
    const name = doc.pos[k + 1] === 'AUX' && doc.pos[t] === 'PROPN' && isCap(doc, t);
    if ((opener || name) && hasHead(doc, { a: t, b: np.b })) return { a: t, b: np.b };
  }
  // "the columns Ruiz wrote last spring were …", "the collapse many analysts forecast never came",
  // "something the union wanted.": the same when the verb's clause ends with no object of its own
  // (a name only before a further verb, which no title before a name allows: "the spokesman Ruiz said." keeps the title)
  if (j + 1 === k && k - 1 > ts) {
    const gap = objectlessAfter(doc, k);
    if (gap !== 'object') for (let t = start + 1; t <= j; t++) {
      if (!(doc.pos[t - 1] === 'NOUN' || doc.lower[t - 1] === 'something' || doc.lower[t - 1] === 'anything') || isCap(doc, t - 1) || isPossessive(doc, t - 1)) continue;
      const det = CONTACT_SUBJECT_OPENERS.has(doc.lower[t]!) && !isCap(doc, t);
      const name = gap === 'verb' && doc.pos[t] === 'PROPN' && isCap(doc, t);
      if ((det || name) && hasHead(doc, { a: t, b: j + 1 })) return { a: t, b: j + 1 };
    }
  }
  // "The Ministry of Water Resources on Friday rejected": drop a trailing time adjunct.
  for (let t = span.a + 1; t < span.b - 1; t++) {
    if (/^(?:on|last|this|late|early|earlier|in)$/.test(doc.lower[t]!) && TIME_OR_PLACE.has(doc.lower[t + 1]!) && !/^(?:on|in|at)$/.test(doc.lower[t + 1]!)) {
      span.b = t;
      break;
    }
  }
  // "Dr. Sunita Rao, lead author of the study, said": the name before a description.
  // (not "The treasurer, aides said, will resign": a bare plural is a source of its own)
  // (nor "Mrs. Lee, these people said, would …": a short plural phrase is a source of its own)
  const last = doc.lower[span.b - 1]!;
  const plural = doc.pos[span.b - 1] === 'NOUN' && (/[^s]s$/.test(last) || /^(?:people|staff|police)$/.test(last));
  const barePlural = plural && span.b - span.a <= 3 && !doc.lower.slice(span.a, span.b).includes('of') && (span.b - span.a === 1 || /^(?:these|those|the|some|many|several|two|three|four|other|both|all|most)$/.test(doc.lower[span.a]!));
  if (start - 1 > ts && doc.value[start - 1] === ',' && (DETS.has(doc.lower[start]!) || !isCap(doc, start)) && !barePlural) {
    const name = nounPhraseBefore(doc, start - 2, ts);
    // (not "At a rally in Tarn, Ohio, 54-year-old Mara Pell said": a place closing an adverbial)
    // (nor "… killed in Tarn, Ohio, a familiar voice said": a town and state after "in")
    const city = name !== null && name.a - 2 >= ts && doc.value[name.a - 1] === ',' ? nounPhraseBefore(doc, name.a - 2, ts) : null;
    const place = name !== null && name.a - 2 >= ts && doc.value[name.a - 1] === ',' && (ADVERBIAL_START.has(doc.pos[clauseStart(doc, name.a - 2, ts)]!) || (city !== null && /^(?:in|at|near|outside|from)$/.test(doc.lower[city.a - 1] ?? '')) || townAfterPreposition(doc, name.a - 2, ts));
    if (name && !place && isCap(doc, name.b - 1) && clauseStart(doc, name.b - 1, ts) === name.a && looksLikeName(doc, name)) return { ...name, appositive: span };
  }
  // "Ruiz, whose group does not endorse candidates,": the possessed noun is the source, described by itself
  if (doc.lower[span.a] === 'whose' && span.b - span.a >= 2 && span.b - span.a <= 5 && hasHead(doc, { a: span.a + 1, b: span.b })) return { ...span, antecedent: { a: span.a + 1, b: span.b } };
  // "those surveyed say": a demonstrative with a participle
  if (span.b - span.a === 2 && doc.lower[span.a] === 'those' && /ed$/.test(low)) return span;
  if (span.b - span.a > 16 || !hasHead(doc, span)) return nounPhraseBefore(doc, j, ts);
  // A relative clause inside the subject: "Two officials who spoke on condition of anonymity".
  let rel = -1;
  for (let t = span.a; t < span.b && rel < 0; t++) {
    if (doc.lower[t] === 'who' || doc.lower[t] === 'whose') rel = t;
    // a reduced relative: "people briefed on the talks", "officials familiar with the plan"
    // ("those surveyed", "those polled": the same after a demonstrative)
    else if (t > span.a && doc.pos[t] === 'VERB' && /ed$/.test(doc.lower[t]!) && (doc.pos[t - 1] === 'NOUN' || doc.pos[t - 1] === 'PROPN' || doc.lower[t - 1] === 'those')) rel = t;
    // "people I have spoken with", "the scholars we asked": a relative clause with no pronoun
    else if (t > span.a && PRONOUNS.has(doc.lower[t]!) && doc.pos[t - 1] === 'NOUN' && t + 1 < span.b && (isVerb(doc, t + 1) || doc.pos[t + 1] === 'AUX')) rel = t;
    // "a source speaking to the Courier", "officials working on the plan": the same with a present participle
    // ("Traders backing the levy said": also after a plural the tagger read as a name at the sentence's start)
    else if (t > span.a && doc.pos[t] === 'VERB' && /ing$/.test(doc.lower[t]!) && (doc.pos[t - 1] === 'NOUN' || doc.pos[t - 1] === 'PROPN') && !isCap(doc, t) && t + 1 < span.b) rel = t;
  }
  for (let t = span.a; t < span.b; t++) {
    if (rel >= 0 && t >= rel) break;
    // "the proposed incinerator": a participle used as an adjective is not a verb
    // "the mayor’s thinking": a verb form after a possessive is a noun
    // "Exit polling shows", "the new polling suggests": an -ing form ending the subject after a modifier is a noun
    // ("The latest polling in Tarn shows", "their reporting on the plan found": the same before a phrase a preposition opens)
    const gerund = /ing$/.test(doc.lower[t]!) && (t === span.b - 1 || GERUND_PREPOSITIONS.has(doc.lower[t + 1]!)) && t > span.a && (doc.pos[t - 1] === 'ADJ' || doc.pos[t - 1] === 'DET' || isCap(doc, t - 1) || isPossessive(doc, t - 1));
    if (gerund) continue;
    const adjectival = (/(?:ed|en)$/.test(doc.lower[t]!) && (DETS.has(doc.lower[t - 1] ?? '') || doc.pos[t - 1] === 'ADJ')) || doc.value[t - 1] === '-' || (t > span.a && isPossessive(doc, t - 1)) || (/ing$/.test(doc.lower[t]!) && (doc.pos[t + 1] === 'NOUN' || doc.pos[t + 1] === 'PROPN') && DETS.has(doc.lower[t - 1] ?? ''));
    // ("Hoping voters agree, …": a participle opening the sentence is a verb, though capitalised)
    // (only a verb that takes a clause: "Leading Democrats say", "Trailing contenders agreed" keep the adjective)
    const openingParticiple = t === span.a && isCap(doc, t) && CLAUSE_PARTICIPLES.has(doc.lower[t]!) && (t === ts || isPunct(doc, t - 1));
    // ("An earlier report in the Gazette": a bare form after an article is a noun the tagger misread)
    if (doc.pos[t] === 'VERB' && !isCompoundHead(doc, t) && (!isCap(doc, t) || openingParticiple) && !adjectival && !isNounAfterArticle(doc, t)) return nounPhraseBefore(doc, j, Math.max(ts, t + 1));
  }
  return rel >= 0 ? { a: span.a, b: rel, relative: { a: rel, b: span.b } } : span;
}

/** Tags a subject never opens with behind a fronted phrase (a second preposition, a verb, a conjunction). */
const NOT_SUBJECT_OPENING = new Set(['ADP', 'VERB', 'AUX', 'PUNCT', 'SCONJ', 'CCONJ', 'PART']);

/**
 * Where the subject in `r` starts behind a time or prepositional phrase that opens it ("in June |
 * Vale", "at the hearing | the mayor", "last week | two aides"), or `r.a` when no phrase with a
 * subject after it opens `r` ("At the council", "In the new spot" stay whole).
 */
function frontedPhraseEnd(doc: SlantDocument, r: TokenRange): number {
  // (a preposition that is also a subordinator ends the clause read leftwards, so `r` starts after it:
  // "after the vote | the mayor")
  const p = doc.pos[r.a] !== 'ADP' && !TIME_PHRASE_LEADS.has(doc.lower[r.a]!) && doc.pos[r.a - 1] === 'ADP' && OPENING_SUBORDINATORS.has(doc.lower[r.a - 1]!) ? r.a - 1 : r.a;
  const u = doc.pos[p] === 'ADP' ? subjectAfterPreposition(doc, p, r.b) : leadingTimeEnd(doc, p, r.b - 1);
  if (u <= r.a || u >= r.b || NOT_SUBJECT_OPENING.has(doc.pos[u]!) || !hasHead(doc, { a: u, b: r.b })) return r.a;
  return u;
}

/**
 * How the clause of the verb at `k` (after its auxiliaries) ends, read as a contact relative:
 * `'object'` when no finite verb stands there, otherwise {@link contactGapEnd}.
 */
function objectlessAfter(doc: SlantDocument, k: number): 'end' | 'verb' | 'object' {
  let v = k;
  while (v < k + 3 && doc.pos[v] === 'AUX') v++;
  if (!isVerb(doc, v) || /ing$/.test(doc.lower[v]!)) return 'object';
  return contactGapEnd(doc, v + 1, doc.value.length);
}

const ADVERBIAL_START = new Set(['ADP', 'ADV', 'SCONJ', 'CCONJ', 'PART']);

/** Prepositions that open an adverbial piece before the subject, whatever the tagger reads them as. */
const LEADING_PREPOSITIONS = new Set(['outside', 'inside', 'alongside', 'beyond', 'amid', 'amidst', 'among', 'despite', 'throughout', 'following', 'unlike', 'besides', 'near', 'beside', 'behind', 'across', 'within', 'without', 'toward', 'towards', 'against', 'around', 'underneath', 'beneath', 'above', 'below']);

/**
 * "… that month in Tarn, Vale County, the mayor said": the capitalised words ending at `t` follow
 * "in", "at", "near", "outside" or "from" right before them; with the next piece they name a place,
 * even when the phrase before them reads on ("a rally that week in Tarn").
 */
function townAfterPreposition(doc: SlantDocument, t: number, ts: number): boolean {
  let c = t;
  while (c >= ts && t - c < 4 && isCap(doc, c) && doc.pos[c] === 'PROPN') c--;
  return c < t && c > ts && /^(?:in|at|near|outside|from)$/.test(doc.lower[c]!);
}

/** The dash at `o` opens a pair: an even number of dashes stands before it in the sentence. */
function dashOpens(doc: SlantDocument, o: number, ts: number): boolean {
  let n = 0;
  for (let t = o - 1; t >= ts; t--) if (isSetOffDash(doc, t)) n++;
  return n % 2 === 0;
}

/**
 * The token to read a coordinated or participle verb's governor back from, when a parenthetical
 * closes right before `j` ("Ruiz attacked the plan — “It is wrong,” he said — and vowed …", "called
 * them thieves (although he allowed that …) and promised …"): the opening parenthesis or dash, whose
 * verb is not the one the second verb shares its subject with; `j` itself otherwise.
 */
export function overParenthetical(doc: SlantDocument, j: number, ts: number): number {
  // (", and vowed": over the comma before the conjunction)
  const c = doc.value[j - 1] === ',' && !isPunct(doc, j) ? j - 2 : j - 1;
  if (c <= ts) return j;
  if (doc.value[c] === ')') {
    for (let o = c - 1; o > ts && c - o < 40; o--) {
      if (doc.value[o] === '(') return o;
      if (doc.value[o] === ')') return j;
    }
    return j;
  }
  if (!isSetOffDash(doc, c)) return j;
  for (let o = c - 1; o > ts && c - o < 40; o--) {
    if (doc.value[o] === ';') return j;
    if (isSetOffDash(doc, o)) return dashOpens(doc, o, ts) ? o : j;
  }
  return j;
}

/** A short piece between commas that is only an adverbial: "however", "in turn", "for her part", "on Monday". */
function adverbialPiece(doc: SlantDocument, r: TokenRange): boolean {
  // (up to "on television or at small events": a longer piece only when it opens with a preposition)
  if (r.b - r.a > (doc.pos[r.a] === 'ADP' ? 9 : 4)) return false;
  if (r.b - r.a === 1) return (isAdverbLike(doc, r.a) && !isCap(doc, r.a)) || /^(?:however|though|too|meanwhile|instead|nonetheless|nevertheless|moreover|also|likewise|similarly|then|now|earlier|later)$/.test(doc.lower[r.a]!);
  // ("he, once again, pledged", "Ruiz, yet again, said": a run of lower-case adverbs)
  if (doc.pos[r.a] !== 'ADP') return adverbRun(doc, r);
  for (let t = r.a + 1; t < r.b; t++) if (doc.pos[t] === 'VERB' || (isPunct(doc, t) && doc.value[t] !== '-')) return false;
  return true;
}

/** Is every token of `r` a lower-case adverb ("once again", "yet again")? */
function adverbRun(doc: SlantDocument, r: TokenRange): boolean {
  for (let t = r.a; t < r.b; t++) if (!isAdverbLike(doc, t) || isCap(doc, t)) return false;
  return true;
}

/**
 * "“...,” Tom Reyes, now 81 and retired in Tarn, Vale County, said": when the clause before a
 * verb is a run of comma-separated pieces that starts the sentence or follows a quotation,
 * the first piece that is not an adverbial ("In Tarn,", "On Monday,") is the subject and the
 * rest its description. Used when there are at least two descriptive pieces.
 */
function leadingSubject(doc: SlantDocument, j: number, ts: number, isSpeechMark: (k: number) => boolean): SourcePhrase | null {
  let r = j - 1;
  let commas = 0;
  // (a dash ends the run: "TARN, May 3 (Kalvo News) - The party leader, Ana Ruiz, said")
  while (r >= ts && j - r < 60 && !(isQuoteMark(doc, r) && isSpeechMark(r)) && doc.value[r] !== ';' && doc.value[r] !== ':' && !DASHES.has(doc.value[r]!) && !isSpacedHyphen(doc, r)) {
    if (doc.value[r] === ',') commas++;
    r--;
  }
  if (j - r >= 60 || commas < 1) return null;
  let a = r + 1;
  while (a < j && (doc.value[a] === ',' || isQuoteMark(doc, a))) a++;
  // "But Sen. Ann Lee, noting …, said": a conjunction opening the sentence is not an adverbial piece
  if (doc.pos[a] === 'CCONJ' && a + 1 < j && doc.value[a + 1] !== ',') a++;
  // ("Meanwhile Ruiz, who …, said": nor is a sentence adverb with no comma of its own)
  if (CONNECTIVES.has(doc.lower[a]!) && doc.pos[a] === 'ADV' && a + 1 < j && doc.value[a + 1] !== ',' && isCap(doc, a + 1)) a++;
  let skipped = 0;
  for (let guard = 0; a < j && guard < 3; guard++) {
    let c = a;
    while (c < j && doc.value[c] !== ',') c++;
    // "In Tarn,", "On Monday,", "Writing in the Herald on Saturday,": adverbials before the subject
    // (a year alone: "On June 4, 2008, Ruiz, who …, decided")
    // ("Outside the hall,", "Alongside the union,": a preposition the tagger reads as an adjective opening the sentence)
    // "As Ruiz, the harbour chief, said, …": an opening "as" over a bare name whose description
    // (or relative clause) runs up to the verb is the subject of the "as" clause, not an adverbial
    // (not "As mayor, Ruiz said": a role; nor "As Ruiz said, …": a clause)
    const asName = asNameSubject(doc, a, c, j);
    if (asName) return asName;
    const adverbial = ADVERBIAL_START.has(doc.pos[a]!) || TIME_OR_PLACE.has(doc.lower[a]!) || (LEADING_PREPOSITIONS.has(doc.lower[a]!) && c > a + 1) || (isVerb(doc, a) && /(?:ing|ed)$/.test(doc.lower[a]!)) || (c === a + 1 && /^\d{4}$/.test(doc.value[a]!));
    if (c >= j) {
      // "Close to a third, 31%, say": the subject is the last piece, after adverbials
      // ("…, Gov. Ann Lee (R-Ohio), said": without the party and state)
      let e = c;
      if (doc.value[e - 1] === ')') {
        let o = e - 2;
        while (o > a && e - o < 10 && doc.value[o] !== '(') o--;
        if (doc.value[o] === '(') e = o;
      }
      return skipped > 0 && !adverbial && e - a <= 8 && hasHead(doc, { a, b: e }) ? { a, b: e } : null;
    }
    if (!adverbial) {
      if (commas < 2 && skipped === 0) return null; // "X, a description, said": the plain case below
      // "Sen. Ida Marsh (R-Kent), ...": drop the parenthetical
      let b = c;
      if (doc.value[b - 1] === ')') {
        let o = b - 2;
        while (o > a && b - o < 10 && doc.value[o] !== '(') o--;
        if (doc.value[o] === '(') b = o;
      }
      if (b - a > 8 || !hasHead(doc, { a, b })) return null;
      // ("Outside the hall, a growing number of farmers, …, said": a participle between a determiner and its noun is an adjective)
      for (let t = a; t < b; t++) if (isVerb(doc, t) && !isCap(doc, t) && !(t > a && /(?:ing|ed)$/.test(doc.lower[t]!) && (DETS.has(doc.lower[t - 1]!) || doc.pos[t - 1] === 'ADJ') && doc.pos[t + 1] === 'NOUN')) return null;
      // "A neighbour, who gave only her first name, Maria, said": a name right before the verb is the speaker
      let last = j - 1;
      while (last > c && doc.value[last] !== ',') last--;
      if (last >= c && (DETS.has(doc.lower[a]!) || !isCap(doc, a)) && j - last - 1 >= 1 && j - last - 1 <= 3) {
        let names = true;
        for (let t = last + 1; t < j; t++) if (doc.pos[t] !== 'PROPN' || !isCap(doc, t)) names = false;
        if (names) return { a: last + 1, b: j, appositive: { a, b: last } };
      }
      // "A senior official, who asked not to be named, said": a relative clause, not a description
      if (/^(?:who|whose)$/.test(doc.lower[c + 1] ?? '')) return { a, b, relative: { a: c + 1, b: j } };
      return { a, b, appositive: { a: c + 1, b: j } };
    }
    skipped++;
    a = c + 1;
  }
  return null;
}

/**
 * The subject of an opening "as" clause with a set-off description: "As Ruiz, the harbour chief,
 * said", "As Vale, who chairs the board, put it". `a`..`c` is the piece after "as" up to its comma,
 * `j` the comma before the verb. Returns the name with its description, or null.
 */
function asNameSubject(doc: SlantDocument, a: number, c: number, j: number): SourcePhrase | null {
  if (doc.lower[a] !== 'as' || c - a < 2 || c - a > 5 || c >= j) return null;
  for (let t = a + 1; t < c; t++) if (!isCap(doc, t) || (doc.pos[t] !== 'PROPN' && doc.value[t] !== '.')) return null;
  const name = { a: a + 1, b: c };
  if (!looksLikeName(doc, name)) return null;
  // (the description runs from the comma to the verb, with no comma of its own)
  for (let t = c + 1; t < j; t++) if (doc.value[t] === ',') return null;
  const rest = { a: c + 1, b: j };
  if (rest.b <= rest.a) return null;
  if (/^(?:who|whose)$/.test(doc.lower[rest.a]!)) return { ...name, relative: rest };
  return (DETS.has(doc.lower[rest.a]!) || !isCap(doc, rest.a)) && hasHead(doc, rest) ? { ...name, appositive: rest } : null;
}

/** Prepositions that open a phrase after an -ing noun in a subject ("the latest polling in Tarn"). */
const GERUND_PREPOSITIONS = new Set(['in', 'of', 'on', 'among', 'across', 'from', 'by', 'for', 'at']);

/** Auxiliaries that must be followed by a verb: an adverbial after one still belongs to the verb group. */
const GROUP_AUXILIARIES = /^(?:has|have|had|'s|’s|'ve|’ve|'d|’d|will|would|could|should|might|may|must|can|shall|is|are|was|were)$/;
/** Prepositions that open a short adverbial inside a verb group ("has in the past said", "had at times argued"). */
const ADVERBIAL_PREPOSITIONS = /^(?:in|at|for|on|over|by|until|till|from|throughout|after)$/;
/** Words of a short adverbial phrase after its preposition ("the past", "recent weeks", "one point", "times"). */
const ADVERBIAL_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'NUM']);

/**
 * "has since said", "has so far refused", "had in the past described", "have at times argued":
 * an adverbial the tagger does not read as an adverb, between an auxiliary and its verb, ending
 * at `t`. Returns the auxiliary's index, or -1. Looks at most five tokens back.
 */
function adverbialAfterAuxiliary(doc: SlantDocument, t: number, ts: number): number {
  if (t <= ts) return -1;
  const low = doc.lower[t]!;
  let u = t;
  // ("far" may read as an adverb and be stepped over already, leaving "so")
  if (low === 'since' || low === 'yet' || (low === 'so' && doc.lower[t + 1] === 'far')) u = t;
  else if (low === 'far' && doc.lower[t - 1] === 'so') u = t - 1;
  else {
    while (u > ts && t - u < 4 && ADVERBIAL_WORDS.has(doc.pos[u]!) && !isCap(doc, u)) u--;
    if (u === t || !ADVERBIAL_PREPOSITIONS.test(doc.lower[u]!)) return -1;
  }
  let a = u - 1;
  while (a > ts && isAdverbLike(doc, a) && !GROUP_AUXILIARIES.test(doc.lower[a]!)) a--;
  return a >= ts && GROUP_AUXILIARIES.test(doc.lower[a]!) && doc.pos[a] === 'AUX' ? a : -1;
}

/**
 * The antecedent of a relative clause joined to an earlier one by the conjunction at `and`:
 * the antecedent of an earlier "who"/"whom"/"which" set off by a comma ("Ruiz, whom the board
 * named, and who …"), or the phrase before a comma that opens a participle ("The group, founded in
 * 2004 and which …"). Looks back at most 30 tokens, within the clause; null when neither is found.
 */
function antecedentOfJoinedRelative(doc: SlantDocument, and: number, ts: number): SourcePhrase | null {
  let participleComma = -1;
  for (let t = and - 1; t > ts && and - t < 30; t--) {
    const v = doc.value[t]!;
    if (v === ';' || v === ':' || v === '.' || isQuoteMark(doc, t)) return null;
    if (/^(?:who|whom|which)$/.test(doc.lower[t]!) && doc.value[t - 1] === ',') {
      const np = appositiveChain(doc, t - 2, ts);
      return np && hasHead(doc, np) ? np : null;
    }
    if (v === ',' && participleComma < 0 && doc.pos[t + 1] === 'VERB' && /(?:ed|en)$/.test(doc.lower[t + 1]!)) participleComma = t;
  }
  if (participleComma < 0) return null;
  const np = nounPhraseBefore(doc, participleComma - 1, ts);
  return np && hasHead(doc, np) && clauseStart(doc, np.b - 1, ts) === np.a ? np : null;
}

/** Prepositions that open an adverbial between "who"/"which" or an auxiliary and the verb ("who through his office declined"; the reader folds "through" to "thru"). */
const INNER_PREPOSITIONS = new Set(['in', 'on', 'at', 'through', 'thru', 'throughout', 'during', 'over', 'since', 'for', 'after', 'before', 'from', 'under', 'across', 'until']);

/**
 * "who in three past rulings had made clear", "which for most of the last decade
 * backed", "has throughout the toll debate boasted": a prepositional phrase ending at `t` right
 * after a relative pronoun or an auxiliary. Returns the pronoun's or auxiliary's index, or -1.
 */
function phraseAfterRelativeOrAuxiliary(doc: SlantDocument, t: number, ts: number): number {
  if (t - 2 < ts || !(doc.pos[t] === 'NOUN' || doc.pos[t] === 'PROPN' || doc.pos[t] === 'NUM')) return -1;
  let u = t;
  while (u > ts && t - u < 10 && (ADVERBIAL_WORDS.has(doc.pos[u]!) || doc.pos[u] === 'PROPN' || doc.pos[u] === 'ADV' || POSSESSIVE_DETERMINERS.has(doc.lower[u]!) || (doc.lower[u] === 'of' && u < t))) u--;
  if (u === t || !INNER_PREPOSITIONS.has(doc.lower[u]!) || isCap(doc, u)) return -1;
  const w = u - 1;
  if (w < ts) return -1;
  if ((doc.lower[w] === 'who' || doc.lower[w] === 'which') && w - 1 >= ts) return w;
  return GROUP_AUXILIARIES.test(doc.lower[w]!) && doc.pos[w] === 'AUX' ? w : -1;
}

const TIME_NOUN_WORDS = wordSet(WEEKDAYS, PERIODS, DAY_PARTS, ['today', 'yesterday', 'tonight'], MONTHS_BUT_MAY);
const isTimeNoun = (w: string) => TIME_NOUN_WORDS.has(w) || /^\d{4}$/.test(w);

const TIME_LEADS = /^(?:on|last|this|next|early|earlier|late|later|the|that|same|previous|past|in|during|over|recent|a|few|two|three|several|sunday's|monday's|for|since)$/;

/**
 * Steps left over auxiliaries, adverbs and a time phrase between a subject and its verb
 * ("Varga on Saturday criticized", "Ruiz last week said", "officials earlier this month announced").
 */
export function skipAdjunctsBack(doc: SlantDocument, j: number, ts: number): number {
  let t = j;
  for (let guard = 0; guard < 3; guard++) {
    // (an idiom whose last word reads as an adverb is stepped over whole: "who in the past voiced")
    while (t >= ts && isAdverbLike(doc, t) && !monthSurname(doc, t, ts) && !modalName(doc, t)) {
      const idiom = ADVERBIAL_IDIOMS.has(doc.lower[t]!) ? mediumPhraseBefore(doc, t, ts) : -1;
      t = idiom >= 0 ? idiom : t - 1;
    }
    const aux = adverbialAfterAuxiliary(doc, t, ts);
    if (aux >= 0) {
      t = aux;
      continue;
    }
    const pp = mediumPhraseBefore(doc, t, ts);
    if (pp >= 0) {
      t = pp;
      continue;
    }
    const inner = phraseAfterRelativeOrAuxiliary(doc, t, ts);
    if (inner >= 0) {
      t = inner;
      continue;
    }
    if (t < ts || !isTimeNoun(doc.lower[t]!) || monthSurname(doc, t, ts)) break;
    let u = t - 1;
    while (u >= ts && t - u < 5 && (TIME_LEADS.test(doc.lower[u]!) || isTimeNoun(doc.lower[u]!) || doc.pos[u] === 'NUM' || isAdverbLike(doc, u))) u--;
    // a bare year is no adjunct before a verb ("Ruiz 1990 said" is not English): it ends the
    // object of the subject's own phrase ("An audit going back to 1990 showed")
    if (u === t - 1 && /^\d{4}$/.test(doc.lower[t]!)) break;
    // a bare date word must not be the whole subject: "Monday was quiet" keeps it
    // ("Rep. Nora Quist (D-Maine) on Friday downplayed": a closing parenthesis ends the subject)
    // ("Ruiz, who led the party, last year proposed", "…, on Friday declared": a time phrase its own lead
    // word marks as an adjunct stands after a comma; the subject is before the comma)
    if (u > ts && doc.value[u] === ',' && u + 1 < t && TIME_PHRASE_LEADS.has(doc.lower[u + 1]!)) {
      t = u;
      break;
    }
    if (u < ts || (isPunct(doc, u) && doc.value[u] !== ')')) break;
    // "… but on Tuesday wrote", "who last week said": the conjunction or pronoun before the time phrase comes next
    if (/^(?:and|but|that|who|which)$/.test(doc.lower[u]!)) {
      if (u + 1 < t) t = u;
      break;
    }
    t = u;
  }
  return t;
}

/**
 * "Will believes …", "May said …": a capitalised modal before an inflected verb is a name (a
 * modal takes a bare verb: "Will Vale say …?", "Vale May Quit" keep the modal).
 */
export function modalName(doc: SlantDocument, t: number): boolean {
  const next = t + 1 < doc.tokenCount ? doc.lower[t + 1]! : '';
  return MODALS.has(doc.lower[t]!) && isCap(doc, t) && doc.value[t] !== doc.lower[t]!.toUpperCase() && (doc.pos[t + 1] === 'VERB' || doc.pos[t + 1] === 'NOUN') && doc.lemma[t + 1] !== next && !next.endsWith('ing');
}

/**
 * "Nell May said", "Ruth March told": a capitalised month right after a capitalised name, with no
 * number beside it, is the name's last word, not a bare date ("the council March 3 voted") nor the
 * modal "may", which takes a bare verb ("Vale May Quit" in a title-case headline keeps the modal).
 */
function monthSurname(doc: SlantDocument, t: number, ts: number): boolean {
  if (t - 1 < ts || !MONTH_SET.has(doc.lower[t]!) || !isCap(doc, t) || !isCap(doc, t - 1) || doc.pos[t - 1] !== 'PROPN' || doc.pos[t + 1] === 'NUM' || doc.pos[t - 2] === 'NUM') return false;
  return doc.lower[t] !== 'may' || (doc.lemma[t + 1] !== undefined && doc.lemma[t + 1] !== doc.lower[t + 1]);
}



/** Short adverbial idioms that may stand between a subject and its verb: "at one point", "at times", "in turn", "for his part". */
const ADVERBIAL_IDIOMS = new Map([
  ['point', ['at', 'one']], ['times', ['at']], ['turn', ['in']], ['response', ['in']], ['return', ['in']], ['part', ['for', '*']], ['first', ['at']], ['once', ['at']], ['length', ['at']], ['past', ['in', 'the']],
]);

/**
 * "Ruiz in a statement said", "the mayor in an interview with the Courier argued", "Vale at one
 * point called": a prepositional phrase naming where something was said (or a short adverbial
 * idiom) ending at `t`, between a subject and its verb. Returns the index before the phrase, or -1.
 * (Not when a verb stands right before the preposition: "spoke in an interview" keeps its phrase.)
 */
function mediumPhraseBefore(doc: SlantDocument, t: number, ts: number): number {
  if (t - 1 <= ts) return -1;
  const low = doc.lower[t]!;
  const idiom = ADVERBIAL_IDIOMS.get(low);
  if (idiom) {
    let u = t - 1;
    for (let w = idiom.length - 1; w >= 0; w--, u--) {
      if (u < ts) return -1;
      if (idiom[w] === '*' ? !POSSESSIVE_DETERMINERS.has(doc.lower[u]!) : doc.lower[u] !== idiom[w]) return -1;
    }
    // (", at one point calling …": the comma before it comes next)
    return u >= ts && (!isPunct(doc, u) || doc.value[u] === ',') && doc.pos[u] !== 'VERB' && doc.pos[u] !== 'AUX' ? u : -1;
  }
  // (not before a participle, which the noun governs: "in a statement saying …")
  // (also a noun the tagger reads as a verb after an article: "in a later interview")
  if (!MEDIUM_NOUNS.has(low) || (doc.pos[t] !== 'NOUN' && doc.pos[t] !== 'PROPN' && !isNounAfterArticle(doc, t)) || /ing$/.test(doc.lower[t + 1] ?? '')) return -1;
  let u = t - 1;
  // "in a statement", "in an interview", "in his weekly radio address", "on Fox News", "in a later interview"
  while (u > ts && t - u < 5 && (doc.pos[u] === 'DET' || doc.pos[u] === 'ADJ' || doc.pos[u] === 'NUM' || POSSESSIVE_DETERMINERS.has(doc.lower[u]!) || ((doc.pos[u] === 'NOUN' || doc.pos[u] === 'ADV') && u === t - 1) || isCap(doc, u))) u--;
  if (u <= ts || !/^(?:in|on|at|during|via|through)$/.test(doc.lower[u]!) || isVerb(doc, u - 1) || (isPunct(doc, u - 1) && doc.value[u - 1] !== ',')) return -1;
  return u - 1;
}

/** Words of a time or place adjunct that a capitalised phrase holding them is no name ("On Monday", "Last May"). */
const TIME_OR_PLACE = wordSet(['today', 'yesterday', 'tonight'], WEEKDAYS, MONTHS, ['earlier', 'later', 'last', 'on', 'in', 'at', 'this', 'next', 'after', 'before', 'during']);

/** A capitalised phrase that can be a person's or body's name, not a time or place adjunct. */
function looksLikeName(doc: SlantDocument, r: TokenRange): boolean {
  for (let k = r.a; k < r.b; k++) if (TIME_OR_PLACE.has(doc.lower[k]!)) return false;
  // "Still, the mayor said": a capitalised sentence adverb is no name ("Beyond Tarn, …": nor a phrase a preposition opens)
  return !NOT_A_NAME.has(doc.pos[r.b - 1]!) && !(r.b - r.a > 1 && doc.pos[r.a] === 'ADP' && r.a > 0 && isPunct(doc, r.a - 1)) && doc.lower[r.a] !== 'sure';
}

/** Prepositions whose object may be a gerund ("for backing", "about leaving"). */
const GERUND_OBJECT_PREPOSITIONS = new Set(['for', 'about', 'of', 'against', 'over', 'toward', 'towards']);

const NOT_A_NAME = new Set(['ADV', 'SCONJ', 'CCONJ', 'ADP', 'PART', 'INTJ', 'AUX', 'VERB', 'PRON', 'DET']);

/** "Ingrid Solberg, a professor of law," → the name, with the description as appositive. */
function appositiveChain(doc: SlantDocument, j: number, ts: number): SourcePhrase | null {
  const np = nounPhraseBefore(doc, j, ts);
  if (!np) return null;
  const startsWithDescription = DETS.has(doc.lower[np.a]!) || !isCap(doc, np.a);
  if (startsWithDescription && np.a - 1 >= ts && doc.value[np.a - 1] === ',') {
    const name = nounPhraseBefore(doc, np.a - 2, ts);
    if (name && isCap(doc, name.b - 1)) return { ...name, appositive: np };
  }
  return np;
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
  if (doc.value[np.b] === ',' && isCap(doc, np.b + 1) && isCap(doc, np.b + 2)) {
    let e = np.b + 1;
    while (e < te && (isCap(doc, e) || doc.value[e] === '.') && e - np.b < 5) e++;
    if (e >= te || /^(?:,|\.|who)$/.test(doc.lower[e]!)) np = { a: np.a, b: e };
  }
  // "said one Western diplomat, who was not authorised to discuss the matter"
  // "said one former aide who asked not to be named": the same without the comma
  const rel = doc.value[np.b] === ',' ? np.b + 1 : np.b;
  if (doc.lower[rel] === 'who' || doc.lower[rel] === 'whose') {
    let e = rel;
    while (e < te && doc.value[e] !== ',' && doc.value[e] !== '.' && !isQuoteMark(doc, e)) e++;
    return { ...np, relative: { a: rel, b: e } };
  }
  if (doc.value[np.b] === ',' && np.b + 1 < te) {
    const app = nounPhraseAfter(doc, np.b + 1, te);
    if (app && (DETS.has(doc.lower[app.a]!) || !isCap(doc, app.a))) {
      let b = app.b;
      while (b < te && doc.value[b] !== ',' && doc.value[b] !== '.' && !isQuoteMark(doc, b) && b - app.a < 20) b++;
      return { ...np, appositive: { a: app.a, b } };
    }
  }
  return np;
}

/**
 * "said he would go", "said Ruiz had left": a phrase after the verb that has a finite verb of
 * its own is the subject of the content, not an inverted subject (a pronoun before any verb;
 * a name or noun before an auxiliary or an -s form, not before a participle: "said the chief known as Bob").
 */
function subjectOfContent(doc: SlantDocument, np: TokenRange, te: number): boolean {
  let v = np.b;
  while (v < te && v - np.b < 3 && isListedAdverb(doc, v) && doc.pos[v] !== 'AUX') v++;
  if (v >= te || !isVerb(doc, v)) return false;
  if (np.b - np.a === 1 && PRONOUNS.has(doc.lower[np.a]!)) return true;
  return doc.pos[v] === 'AUX' || (/[^s]s$/.test(doc.lower[v]!) && !/ing$/.test(doc.lower[v]!));
}

/** How the source of a verb cue is found. */
export type SubjectFinding =
  /** A source phrase in the text; `inverted` when it follows the verb ("said Ana Ruiz"). */
  | { type: 'phrase'; phrase: SourcePhrase; inverted: boolean }
  /** The subject of another verb is the source: coordination ("criticized X and said"), a participle (", saying"), control ("went on to say"). */
  | { type: 'governed'; verb: number; coordinated: boolean }
  /** The cue is the complement of another cue ("declined to comment", "wants to know"): not an attribution of its own. */
  | { type: 'nested' }
  /** No source; `sourceless` when the cue still makes an attribution, only its source is not in the sentence. */
  | { type: 'none'; sourceless?: boolean };

const CONNECTIVES = new Set(['why', 'when', 'whenever', 'where', 'how', 'so', 'then', 'yet', 'perhaps', 'maybe', 'rather', 'here', 'there', 'however', 'meanwhile', 'instead', 'nonetheless', 'nevertheless', 'moreover', 'furthermore', 'therefore', 'thus', 'hence', 'otherwise', 'indeed', 'likewise', 'similarly', 'finally', 'afterwards', 'afterward']);

/** A word the tagger may read as an adverb that can stand alone as a subject: "most", "many", a name ("Hardly"). */
export function loneSubjectWord(doc: SlantDocument, t: number): boolean {
  return SUBJECT_QUANTIFIERS.has(doc.lower[t]!) || (isCap(doc, t) && doc.pos[t] === 'ADV' && !isListedAdverb(doc, t) && !CONNECTIVES.has(doc.lower[t]!));
}

/** Auxiliaries that stand before the subject in a question ("Does Vale believe …?", "Can Ruiz say …?"). */
const QUESTION_AUXILIARIES = new Set(['do', 'does', 'did', 'can', 'could', 'will', 'would', 'should', 'shall', 'may', 'might', 'must', 'has', 'have', 'had']);

/** A question's subject without the auxiliary the question put before it ("Does | Vale believe …?"). */
function questionSubject(doc: SlantDocument, p: SourcePhrase | null, te: number): SourcePhrase | null {
  if (!p || p.b - p.a < 2 || doc.pos[p.a] !== 'AUX' || !QUESTION_AUXILIARIES.has(doc.lower[p.a]!)) return p;
  // (only in a question: "Will" may open a name elsewhere)
  const last = isQuoteMark(doc, te - 1) ? te - 2 : te - 1;
  return doc.value[last] === '?' ? { ...p, a: p.a + 1 } : p;
}

/**
 * Finds the source of the verb cue at `k` (whose tokens end at `end`) in the sentence
 * [ts, te): the subject before it (over auxiliaries, negation and adverbs; through relative
 * pronouns and appositives), the inverted subject after it, or the verb whose subject it
 * shares. `isCueVerb` tells whether a token is itself a cue verb (for "declined to comment").
 */
export function findSubject(doc: SlantDocument, k: number, end: number, ts: number, te: number, isSpeechMark: (k: number) => boolean, isCueVerb: (k: number) => boolean): SubjectFinding {
  const low = doc.lower[k]!;
  const ing = /ing$/.test(low);
  let j = k - 1;
  j = skipAdjunctsBack(doc, j, ts);
  // "Having announced the verdict, the judge left": a perfect participle opens the sentence like a plain one
  if (j === ts && doc.lower[j] === 'having') j = ts - 1;
  // "Hardly said", "…; most said": a lone word before a finite verb, read as an adverb, is its subject
  // ("And both vowed …", "But most said …": after a conjunction opening the sentence)
  // ("…, and both advocate …", "but most say …": a quantifier alone after a conjunction is the second clause's subject)
  if (j + 2 === k && j > ts && AND_BUT.has(doc.lower[j]!) && !ing && SUBJECT_QUANTIFIERS.has(doc.lower[j + 1]!) && !isCap(doc, j + 1) && doc.lower[k] !== 'of') return { type: 'phrase', phrase: { a: j + 1, b: k }, inverted: false };
  // (", Hardly said.": a capitalised word after the clause it reports)
  if (j + 2 === k && (j < ts || doc.value[j] === ';' || doc.value[j] === ':' || (j === ts && CLAUSE_CONJUNCTIONS.has(doc.lower[j]!)) || (doc.value[j] === ',' && j > ts && isCap(doc, j + 1) && doc.pos[j + 1] === 'ADV')) && !ing && loneSubjectWord(doc, j + 1)) {
    const after = subjectAfter(doc, end, te);
    if (!after || subjectOfContent(doc, after, te)) return { type: 'phrase', phrase: { a: j + 1, b: k }, inverted: false };
  }
  if (j < ts) {
    // "Speaking to reporters, Ruiz said ...", "Asked about the plan, she said ...": the main clause's subject.
    // (not a lower-case tag right after a quotation: `“…?” asked the girl, who said …`)
    const tagAfterQuote = ts > 0 && isQuoteMark(doc, ts - 1) && !isCap(doc, k);
    // "Assuming (that) the dam holds, the road will reopen": a condition laid down by no one named, not a
    // belief of the main clause's subject ("the road" assumes nothing)
    if (CONDITIONAL_PARTICIPLES.has(low) && !tagAfterQuote && mainVerbAfterComma(doc, end, te) >= 0) return { type: 'none', sourceless: true };
    // "Praising the mayor, a man of few words, has become a habit": an -ing phrase whose object a description
    // (or a relative clause) set off by commas follows, with the verb right after it, is a gerund subject
    if (ing && !tagAfterQuote && describedGerundObject(doc, end, te)) return { type: 'none', sourceless: true };
    if ((ing || /ed$/.test(low) || low === 'asked') && !tagAfterQuote) {
      const main = mainVerbAfterComma(doc, end, te);
      // ("Adding, “We will appeal”": a verb inside a quotation opened after the participle is what is said)
      if (main >= 0 && isQuoteMark(doc, end + 1) && doc.value[end] === ',') return { type: 'none', sourceless: true };
      if (main >= 0) return { type: 'governed', verb: main, coordinated: false };
    }
    const after = subjectAfter(doc, end, te);
    if (after && subjectOfContent(doc, after, te)) return { type: 'none', sourceless: true };
    // "Recall Senator Vale's promise …", "Expect prices to rise": an imperative opening a sentence (a bare
    // base form, no quotation before it) addresses the reader; what follows is its object, not a speaker
    const imperative = k === ts && isCap(doc, k) && doc.pos[k] === 'VERB' && low === doc.lemma[k] && !/(?:s|ed|ing)$/.test(low) && !(ts > 0 && isQuoteMark(doc, ts - 1));
    if (after && imperative) return { type: 'none', sourceless: true };
    // "Denouncing bankers as thieves has become common", "Blaming Vale for the flood was easy": an -ing
    // form opening the sentence with no comma before a main clause is a gerund subject (or a headline
    // fragment) done by no one named; what follows it is its object, never a speaker
    if (after && ing && !tagAfterQuote) return { type: 'none', sourceless: true };
    return after ? { type: 'phrase', phrase: after, inverted: true } : { type: 'none' };
  }
  // `“…,” adding that`: the comma stands inside the closing quotation mark
  const before = isQuoteMark(doc, j) && j - 1 >= ts && doc.value[j - 1] === ',' ? ',' : doc.lower[j]!;
  // "As reported by the Herald, …", "as noted by critics": the agent after "by" is the source
  if (before === 'as' && doc.lower[end] === 'by' && /ed$/.test(low)) {
    // (the bare phrase: what follows its comma is the content, not an appositive)
    const agent = nounPhraseAfter(doc, end + 1, te);
    if (agent && hasHead(doc, agent)) return { type: 'phrase', phrase: agent, inverted: true };
  }
  if (before === 'to' && doc.pos[j] !== 'ADP') {
    // "went on to say", "was quick to point out"; "declined to comment" is one attribution.
    let g = j - 1;
    while (g >= ts && isAdverbLike(doc, g) && !isVerb(doc, g)) g--;
    if (g < ts) return { type: 'none' };
    if (isCueVerb(g)) return { type: 'nested' };
    if (!isVerb(doc, g)) {
      const beyond = infinitiveAfterObject(doc, g, j, ts, isCueVerb);
      // "It doesn't take an expert to see …", "It is a long effort to justify …": an infinitive after
      // "it" with "be" or "take" has no source
      if (beyond?.type === 'governed' && expletiveClause(doc, beyond.verb, j, ts)) return { type: 'none', sourceless: true };
      if (beyond) return beyond;
    }
    return { type: 'governed', verb: g, coordinated: false };
  }
  let progressive = false; // "is supporting": an auxiliary makes the -ing form a finite verb
  for (let t = j + 1; t < k; t++) if (doc.pos[t] === 'AUX' || BE_FORMS.has(doc.lower[t]!)) progressive = true;
  // "began dismissing the idea", "has kept urging", "spent Thursday discussing": an -ing form after a
  // verb of beginning, continuing or spending has that verb's subject
  if (ing && !progressive && j >= ts && doc.pos[j] === 'VERB' && CATENATIVES.has(doc.lemma[j]!)) return { type: 'governed', verb: j, coordinated: false };
  // ("took turns praising", "are taking turns asking": the idiom's "turns", read as a verb or a noun, has "take"'s subject)
  if (ing && !progressive && j - 1 >= ts && doc.lower[j] === 'turns' && doc.lemma[j - 1] === 'take' && isVerb(doc, j - 1)) return { type: 'governed', verb: j - 1, coordinated: false };
  // ("was heard saying", "was caught boasting"): after a passive verb of perception the -ing form has
  // that verb's subject, the one heard or seen
  if (ing && !progressive && j - 1 >= ts && passivePerception(doc, j)) return { type: 'governed', verb: j, coordinated: false };
  // ("refrained from endorsing", "stopped short of endorsing", "made a point of saying": the verb before the phrase)
  if (ing && !progressive && (before === ',' || PARTICIPLE_LEADS.has(before) || before === 'from' || before === 'of' || before === '—' || before === '(')) {
    // "as Ruiz, contradicting Vale, said …": a participle set off by commas between a subject and its verb
    const between = before === ',' ? subjectAroundParticiple(doc, j, end, ts, te) : null;
    if (between) return { type: 'phrase', phrase: between, inverted: false };
    const main = before === ',' ? mainClauseVerb(doc, previousVerb(doc, overParenthetical(doc, j, ts), ts), ts) : previousVerb(doc, j, ts);
    if (main >= 0) return { type: 'governed', verb: main, coordinated: true };
    return participleWithoutVerbBefore(doc, j, end, ts, te);
  }
  // ("offered a deal, then says …": ", then" joins a second verb phrase to a reporting verb; not after a
  // relative clause on the subject, "Ruiz, who was away, then asked …")
  const thenJoined = before === ',' && doc.lower[j + 1] === 'then' && !ing;
  if (before === 'and' || before === 'but' || before === 'or' || (before === ',' && AND_BUT.has(doc.lower[j + 1] ?? '')) || thenJoined) {
    const aside = overParenthetical(doc, j, ts);
    let main = previousVerb(doc, aside, ts);
    // ("Vale suggested that the plan was weak — “…,” she said — and charged …": read over the aside, a verb
    // inside a that-clause is the reported clause's; the verb that reports it is the one coordinated)
    if (aside < j && main >= 0) {
      const cs = clauseStart(doc, main, ts);
      if (cs - 2 >= ts && doc.lower[cs - 1] === 'that' && doc.pos[cs - 2] === 'VERB') main = cs - 2;
    }
    // ("put off deciding whether the board could question Vale but said …": a bare verb after a modal, inside a
    // clause "whether", "if" or "that" opens, is no partner of an inflected verb; the verb before the opener is)
    if (main >= 0 && !ing && doc.lemma[k] !== low && main - 1 > ts && (MODALS.has(doc.lower[main - 1]!) || (isAdverbLike(doc, main - 1) && MODALS.has(doc.lower[main - 2]!)))) {
      const cs = clauseStart(doc, main, ts);
      const opener = doc.lower[cs - 1] ?? '';
      const outer = cs - 1 > ts && (opener === 'whether' || opener === 'if' || (opener === 'that' && doc.pos[cs - 2] === 'VERB')) ? previousVerb(doc, cs - 1, ts) : -1;
      if (outer >= 0) main = outer;
    }
    if (main >= 0 && !(thenJoined && relativeInStretch(doc, j, ts))) return { type: 'governed', verb: main, coordinated: true };
  }
  // "a statement saying", "people saying": the noun before the participle.
  // ("is like buying a boat": the tagger's noun "like" is the preposition of a gerund, which has no subject)
  if (ing && doc.lower[j] === 'like' && j > ts && isVerb(doc, j - 1)) return { type: 'none', sourceless: true };
  if (ing && (doc.pos[j] === 'NOUN' || doc.pos[j] === 'PROPN')) {
    const np = nounPhraseBefore(doc, j, ts);
    // "spent much of the evening portraying …", "has spent $10 million since June attacking …": the spender
    const spent = np ? spendingVerbBefore(doc, np.a, ts) : -1;
    if (spent >= 0) {
      const spender = findSubject(doc, spent, spent + 1, ts, te, isSpeechMark, () => false);
      return spender.type === 'phrase' && !spender.inverted ? spender : { type: 'governed', verb: spent, coordinated: false };
    }
    return np ? { type: 'phrase', phrase: np, inverted: false } : { type: 'none' };
  }
  // "with three in 10 saying …": a share written as a number of a number is the participle's subject
  const share = ing && doc.pos[j] === 'NUM' ? numberOfNumberStart(doc, j) : -1;
  if (share >= ts) return { type: 'phrase', phrase: { a: share, b: j + 1 }, inverted: false };
  const subject = questionSubject(doc, subjectBefore(doc, k, ts, isSpeechMark), te);
  if (subject && !(subject.b === k && isQuoteMark(doc, subject.a))) return { type: 'phrase', phrase: subject, inverted: false };
  const after = subjectAfter(doc, end, te);
  // an inverted subject follows a verb that follows its content ("“…,” said Ruiz", "…, says Ruiz");
  // after a word ("has lately begun urging his crew", "praised Ruiz") the phrase is its object
  const invertible = j < ts || (isPunct(doc, j) && doc.value[j] !== ';') || isQuoteMark(doc, j);
  // "Vale summed up the plan as “reckless,” denounced its cost and …": a quotation opened inside a
  // clause whose own verb comes before it is a quoted term of that clause; the verb after it is the
  // next of a series sharing that verb's subject, and the phrase after it is its object
  // (not a speech tag: "Berg called the fee “a scandal,” said Ruiz.")
  const quotedTermVerb = after && !QUOTE_TAGS.has(doc.lemma[k]!) && isQuoteMark(doc, j) && !ing ? verbBeforeQuotedTerm(doc, j, ts) : -1;
  if (quotedTermVerb >= 0) return { type: 'governed', verb: quotedTermVerb, coordinated: true };
  // "described the plan as reckless, denounced its cost and said …": after a comma, a verb with an object
  // that "and" and another verb follow is the middle of a series, not a tag with an inverted subject
  // (also over a short quoted term: "…, called the mayor “reckless” and left")
  const afterTerm = after ? behindQuotedTerm(doc, after.b, te) : -1;
  if (after && before === ',' && !ing && !QUOTE_TAGS.has(doc.lemma[k]!) && doc.lower[afterTerm] === 'and' && doc.pos[afterTerm + 1] === 'VERB') {
    const main = previousVerb(doc, j, ts);
    if (main >= 0) return { type: 'governed', verb: main, coordinated: true };
  }
  if (after && invertible && !(subjectOfContent(doc, after, te) && !subject)) return { type: 'phrase', phrase: after, inverted: true };
  return subject ? { type: 'phrase', phrase: subject, inverted: false } : { type: 'none', sourceless: after !== null };
}

/**
 * The token after a short quoted term that opens at `k` ("“reckless”", "“reckless,”"), or `k` itself
 * when no quotation mark stands there. At most ten tokens inside the marks.
 */
function behindQuotedTerm(doc: SlantDocument, k: number, te: number): number {
  const close = isQuoteMark(doc, k) ? closingMarkWithin(doc, k, 10, te) : -1;
  return close < 0 ? k : close + 1;
}

/** Participles that open a condition rather than report a view: "Assuming the dam holds, …". */
const CONDITIONAL_PARTICIPLES = new Set(['assuming', 'supposing', 'presuming']);

/** Verbs that tag a quotation with the speaker after them: "“…,” said Ruiz", "wrote Vale", "added Berg". */
// (Deliberately not reporting-verbs.json: only verbs common in an inverted tag, so a rarer verb after a quotation does not make the next name its speaker.)
const QUOTE_TAGS = new Set(['say', 'add', 'write', 'tell', 'ask', 'continue', 'explain', 'note', 'insist', 'argue', 'reply', 'respond', 'recall', 'counter', 'declare', 'conclude', 'warn', 'observe', 'quip', 'joke', 'admit', 'concede']);

/**
 * The closing quotation mark at `close` ends a quotation opened after a word of its own clause
 * ("summed up the plan as “reckless,”", "called the fee “a scandal,”"): the lexical verb of that
 * clause before the opening mark (a finite verb with no auxiliary or copula after it, the clause
 * unbroken by a colon, semicolon, dash, parenthesis or other quotation), or -1. The quoted term
 * ends in a comma inside its closing mark. Reads back at most 40 tokens.
 */
function verbBeforeQuotedTerm(doc: SlantDocument, close: number, ts: number): number {
  // (a comma inside the closing mark ends the quoted term where the next verb phrase starts: “…,”)
  if (doc.value[close - 1] !== ',') return -1;
  let o = close - 1;
  while (o > ts && close - o < 40 && !isQuoteMark(doc, o)) o--;
  // (a short quotation opened after a word, not after punctuation or at the sentence start)
  if (o <= ts || !isQuoteMark(doc, o) || close - o > 12 || isPunct(doc, o - 1)) return -1;
  for (let t = o - 1; t >= ts && o - t < 16; t--) {
    // (a copula or auxiliary first: "The plan is “reckless,” said …" is a tagged clause)
    if (/^[;:()]$/.test(doc.value[t]!) || isQuoteMark(doc, t) || isSetOffDash(doc, t) || doc.pos[t] === 'AUX' || BE_FORMS.has(doc.lower[t]!)) return -1;
    if (doc.pos[t] === 'VERB' && !/ing$/.test(doc.lower[t]!)) return t;
  }
  return -1;
}

/**
 * A participle with no verb before it in the sentence, led by a comma or a word such as "after"
 * at `j`: "Mr. Vos, citing the audit, said …" and "Vos, after first saying …, entered …" (the
 * subject set off before it), "After arguing that …, her aides now say …" (the subject of the
 * main clause after the comma).
 */
function participleWithoutVerbBefore(doc: SlantDocument, j: number, end: number, ts: number, te: number): SubjectFinding {
  const lead = doc.value[j] === ',' ? j : doc.value[j - 1] === ',' && PARTICIPLE_LEADS.has(doc.lower[j]!) ? j - 1 : -1;
  if (lead > ts) {
    const np = nounPhraseBefore(doc, lead - 1, ts);
    if (np && hasHead(doc, np) && /^(?:NOUN|PROPN|PRON)$/.test(doc.pos[np.b - 1]!) && clauseStart(doc, np.b - 1, ts) === np.a && afterOpeners(doc, ts, np.a) === np.a) return { type: 'phrase', phrase: np, inverted: false };
  }
  if (PARTICIPLE_LEADS.has(doc.lower[j]!) && afterOpeners(doc, ts, j) === j) {
    const main = mainVerbAfterComma(doc, end, te);
    if (main >= 0) return { type: 'governed', verb: main, coordinated: false };
  }
  return { type: 'none' };
}

/**
 * The subject before a participle phrase set off by commas (the comma at `comma`, the participle
 * ending at `end`) when a finite verb follows the closing comma: "as Ruiz, contradicting Vale, said
 * …", "Vale, citing the audit, argued …". The phrase must start its clause; null otherwise.
 */
function subjectAroundParticiple(doc: SlantDocument, comma: number, end: number, ts: number, te: number): TokenRange | null {
  let c = end;
  while (c < te && c - end < 12 && doc.value[c] !== ',' && !isQuoteMark(doc, c) && doc.value[c] !== ';') c++;
  if (c >= te || doc.value[c] !== ',') return null;
  let v = c + 1;
  while (v < te && isAdverbLike(doc, v) && !isVerb(doc, v)) v++;
  if (v >= te || !isVerb(doc, v) || /ing$/.test(doc.lower[v]!) || (doc.pos[v] === 'AUX' && !isVerb(doc, v + 1))) return null;
  const np = nounPhraseBefore(doc, comma - 1, ts);
  if (!np || !hasHead(doc, np) || !/^(?:NOUN|PROPN|PRON)$/.test(doc.pos[np.b - 1]!) || clauseStart(doc, np.b - 1, ts) !== np.a) return null;
  // (the phrase opens the sentence or follows a conjunction: "as Ruiz", "and Vale", not an object after a verb)
  return np.a === ts || isPunct(doc, np.a - 1) || doc.pos[np.a - 1] === 'SCONJ' || doc.pos[np.a - 1] === 'CCONJ' || /^(?:as|while|when|but|and)$/.test(doc.lower[np.a - 1]!) ? np : null;
}

/** Steps over punctuation and a conjunction opening a sentence ("And, …", "But"). */
function afterOpeners(doc: SlantDocument, a: number, b: number): number {
  let s = a;
  while (s < b && ((isPunct(doc, s) && !isQuoteMark(doc, s)) || JOINING_CONJUNCTIONS.has(doc.lower[s]!) || doc.lower[s] === 'now' || doc.lower[s] === 'still')) s++;
  return s;
}

/** Verbs of spending whose object an -ing form may follow: "spent the week attacking", "wasted no time praising". */
const SPENDING = new Set(['spend', 'waste']);

/**
 * The verb of spending whose object (with its adjuncts) ends right before the -ing form that follows
 * the phrase starting at `a`: "spent | most of the week before the hearing | blaming", or -1.
 */
function spendingVerbBefore(doc: SlantDocument, a: number, ts: number): number {
  for (let t = a - 1; t >= ts && a - t < 12; t--) {
    if (isVerb(doc, t)) return doc.pos[t] === 'VERB' && SPENDING.has(doc.lemma[t]!) ? t : -1;
    if (isPunct(doc, t) && doc.value[t] !== '$' && doc.value[t] !== '-') return -1;
  }
  return -1;
}


const OBJECT_WORDS = wordSet(['him', 'her', 'them', 'us', 'me', 'you', 'it'], [...PLURAL_SUBJECT_QUANTIFIERS], ['everyone', 'anyone', 'someone', 'people']);

/** Verbs whose object is the subject of a following infinitive: "urged voters to reject", "led Republicans to say". */
const OBJECT_CONTROL = new Set(['ask', 'urge', 'tell', 'lead', 'drive', 'force', 'push', 'press', 'prompt', 'encourage', 'invite', 'allow', 'enable', 'get', 'want', 'need', 'expect', 'persuade', 'convince', 'inspire', 'cause', 'require', 'order', 'challenge', 'dare', 'help', 'remind', 'warn', 'beg', 'implore', 'instruct', 'direct', 'compel', 'pressure', 'lobby', 'recruit', 'hire', 'send', 'bring', 'authorize', 'empower', 'leave', 'move', 'spur', 'provoke']);

/**
 * The subject of an infinitive that follows a noun phrase rather than a verb (`to` at `to`, the
 * phrase ending at `g`): the object of a control verb ("urged voters to reject", "led Republicans to
 * say"), or else, in a purpose clause, the subject of the verb before it ("took the podium to
 * admit", "drove to the harbour to say", "appeared on “Port Hour” to defend"); null when no verb stands before it.
 */
function infinitiveAfterObject(doc: SlantDocument, g: number, to: number, ts: number, isCueVerb: (k: number) => boolean): SubjectFinding | null {
  // ("led some to speculate", "allow him to call for": a pronoun or quantifier alone is the object)
  const lone = OBJECT_WORDS.has(doc.lower[g]!) ? { a: g, b: g + 1 } : null;
  const np = lone ?? (doc.pos[g] === 'NOUN' || doc.pos[g] === 'PROPN' || doc.pos[g] === 'PRON' ? nounPhraseBefore(doc, g, ts) : null);
  if (np && np.b === g + 1) {
    let v = np.a - 1;
    while (v >= ts && isAdverbLike(doc, v) && !isVerb(doc, v)) v--;
    // ("urged voters to reject the plan", "lobbied Ruiz to sign": what the cue verb asks for is its content)
    if (v >= ts && doc.pos[v] === 'VERB' && isCueVerb(v)) return { type: 'nested' };
    // "hard for voters to know": the phrase after "for" is the infinitive's subject
    if (doc.lower[np.a - 1] === 'for') return { type: 'phrase', phrase: np, inverted: false };
    if (v >= ts && doc.pos[v] === 'VERB' && OBJECT_CONTROL.has(doc.lemma[v]!)) return { type: 'phrase', phrase: np, inverted: false };
    // ("an opening for Ruiz to attack", "a reason for the board to act": also when the noun before "for" is read with it)
    const forAt = subjectAfterFor(doc, np);
    if (forAt) return { type: 'phrase', phrase: forAt, inverted: false };
    // "relies on residents to report", "counted on Vale to back": the phrase after "on" is who acts
    if (/^(?:on|upon)$/.test(doc.lower[np.a - 1] ?? '') && np.a - 2 >= ts && RELY.has(doc.lemma[np.a - 2]!)) return { type: 'phrase', phrase: np, inverted: false };
    // "gave Vale a chance to attack", "offered the mayor an opening to argue": the one given the chance
    const given = recipientBefore(doc, np, ts);
    if (given) return { type: 'phrase', phrase: given, inverted: false };
  }
  const main = previousVerb(doc, to, ts);
  return main >= 0 ? { type: 'governed', verb: main, coordinated: false } : null;
}

/** Nouns of need or pressure before "for X to …": "a need for the board to act", "calls for Ruiz to resign". */
const NEED_NOUNS = new Set(['need', 'way', 'pressure', 'push', 'call', 'calls', 'demand', 'demands', 'bid', 'effort', 'efforts', 'move', 'wish', 'desire', 'appetite', 'urge', 'temptation', 'openings', 'chances', 'opportunities', 'reasons']);

/** -ing forms that take a clause, which may open a sentence: "Hoping voters agree, …", "Fearing the vote was lost, …". */
const CLAUSE_PARTICIPLES = new Set(['hoping', 'fearing', 'believing', 'thinking', 'knowing', 'expecting', 'worrying', 'assuming', 'suspecting', 'sensing', 'figuring', 'reckoning', 'insisting', 'arguing', 'noting', 'claiming', 'saying', 'warning', 'conceding', 'acknowledging', 'realizing', 'realising', 'recognizing', 'recognising', 'betting', 'calculating', 'predicting', 'judging', 'feeling']);

/** Verbs whose "on" phrase names who is to act: "relies on residents to report". */
const RELY = new Set(['rely', 'count', 'depend']);

/** Verbs of giving whose first object is given a chance to act: "gave Vale a chance to attack". */
const GIVING = new Set(['give', 'offer', 'hand', 'afford', 'grant']);

/** Nouns of a chance to act, after a verb of giving: "a chance", "an opening", "new impetus". */
const CHANCE_NOUNS = new Set(['chance', 'opportunity', 'opening', 'impetus', 'reason', 'excuse', 'platform', 'incentive', 'license', 'licence', 'pretext', 'cover', 'time', 'room', 'ammunition', 'permission', 'power', 'right']);

/**
 * "an opening for Ruiz | to", "another reason for the board | to": the phrase after a "for" inside
 * the noun phrase `np` that ends before the infinitive (a noun of chance or need before "for").
 */
function subjectAfterFor(doc: SlantDocument, np: TokenRange): TokenRange | null {
  for (let f = np.b - 2; f > np.a; f--) {
    if (doc.lower[f] !== 'for') continue;
    const subject = { a: f + 1, b: np.b };
    // (a noun of chance or need before "for": not "lawyers for Ruiz | to respond")
    return (CHANCE_NOUNS.has(doc.lower[f - 1]!) || NEED_NOUNS.has(doc.lower[f - 1]!)) && hasHead(doc, subject) && !isVerb(doc, f + 1) ? subject : null;
  }
  return null;
}

/** The first object of a verb of giving before the chance noun phrase `np`: "gave | Vale | a chance". */
function recipientBefore(doc: SlantDocument, np: TokenRange, ts: number): TokenRange | null {
  if (!CHANCE_NOUNS.has(doc.lower[np.b - 1]!) || np.a - 1 < ts) return null;
  // ("gave Vale a chance": the noun-phrase reader may take both objects as one phrase)
  for (let t = np.a + 1; t < np.b - 1; t++) {
    if ((doc.pos[t] === 'DET' || doc.pos[t] === 'ADJ') && (doc.pos[t - 1] === 'PROPN' || doc.pos[t - 1] === 'NOUN' || OBJECT_WORDS.has(doc.lower[t - 1]!))) {
      const first = { a: np.a, b: t };
      return doc.pos[np.a - 1] === 'VERB' && GIVING.has(doc.lemma[np.a - 1]!) && (hasHead(doc, first) || OBJECT_WORDS.has(doc.lower[np.a]!)) ? first : null;
    }
  }
  const lone = OBJECT_WORDS.has(doc.lower[np.a - 1]!) || PRONOUNS.has(doc.lower[np.a - 1]!) ? { a: np.a - 1, b: np.a } : null;
  const recipient = lone ?? (doc.pos[np.a - 1] === 'PROPN' || doc.pos[np.a - 1] === 'NOUN' ? nounPhraseBefore(doc, np.a - 1, ts) : null);
  if (!recipient || recipient.a - 1 < ts) return null;
  const v = recipient.a - 1;
  return doc.pos[v] === 'VERB' && GIVING.has(doc.lemma[v]!) && (lone !== null || hasHead(doc, recipient)) ? recipient : null;
}

/**
 * A participle set off by a comma goes with the main clause, not with a relative clause about an
 * object that ends right before it: "Ruiz sold the scheme as a way to grow herbs that smell sweet,
 * noting …", "Vale had a bright spell that could help, denouncing …". From the verb `v` found
 * before the comma, steps out of such clauses (twice at most) to the verb that governs them; `v`
 * itself when it is in the main clause.
 */
function mainClauseVerb(doc: SlantDocument, v: number, ts: number): number {
  for (let step = 0; step < 2 && v > ts; step++) {
    const cs = clauseStart(doc, v, ts);
    const w = cs - 1;
    if (w <= ts || isCap(doc, w)) return v;
    // (a subject relative right after its noun, not one set off by a comma or led by a preposition: "Vale, who …,
    // was there, saying", "a meeting in which he …, calling"; nor a clause with a subject of its own: "It was at
    // the rally that Ruiz spoke, calling …"; nor a "when" or "after" clause, which may tell the event the participle
    // goes with: "the trouble came when protesters interrupted her, shouting …")
    // ("an admission that his troops had fought there, saying …": a clause completing a noun, the same)
    const subjectRelative = isVerb(doc, w + 1) || doc.pos[w + 1] === 'AUX' || (isAdverbLike(doc, w + 1) && (isVerb(doc, w + 2) || doc.pos[w + 2] === 'AUX'));
    if (!RELATIVE_WORDS.has(doc.lower[w]!) || !(doc.pos[w - 1] === 'NOUN' || doc.pos[w - 1] === 'PROPN') || !(subjectRelative || (doc.lower[w] === 'that' && doc.pos[w - 1] === 'NOUN' && !isTimeNoun(doc.lower[w - 1]!) && !cleftBefore(doc, w, ts)))) return v;
    const outer = previousVerb(doc, w, ts);
    if (outer < 0) return v;
    v = outer;
  }
  return v;
}

/** "It takes …", "It's a … effort": the verb at `v` (before the infinitive's "to" at `to`) is "be" or "take" with the pronoun "it" as its subject. */
function expletiveClause(doc: SlantDocument, v: number, to: number, ts: number): boolean {
  if (doc.lemma[v] !== 'be' && doc.lemma[v] !== 'take') return false;
  // (not "It took Ruiz a week to admit …": a named or pronoun object is the infinitive's subject)
  for (let t = v + 1; t < to; t++) if (doc.pos[t] === 'PROPN' || doc.pos[t] === 'PRON' || isCap(doc, t)) return false;
  // (nor "It has been careful to frame …": "be" with an adjective alone has a real subject)
  let noun = false;
  for (let t = v + 1; t < to; t++) if (doc.pos[t] === 'NOUN') noun = true;
  if (!noun) return false;
  // (nor "It took the council a year to agree …": of two noun phrases after "take", the first is the one who agrees)
  if (doc.lemma[v] === 'take') {
    let seenNoun = false;
    for (let t = v + 1; t < to; t++) {
      if (doc.pos[t] === 'NOUN') seenNoun = true;
      else if (seenNoun && (doc.pos[t] === 'DET' || doc.pos[t] === 'NUM')) return false;
    }
  }
  let t = v - 1;
  while (t >= ts && (doc.pos[t] === 'AUX' || doc.pos[t] === 'PART' || isAdverbLike(doc, t))) t--;
  return t >= ts && doc.lower[t] === 'it' && (t === ts || isPunct(doc, t - 1) || /^(?:and|but|so)$/.test(doc.lower[t - 1]!));
}

/** "It was at the fair that …": a cleft sentence ("it" with a form of "be") before the "that" at `w`. */
function cleftBefore(doc: SlantDocument, w: number, ts: number): boolean {
  for (let t = w - 2; t >= ts && w - t < 12; t--) if (doc.lower[t] === 'it' && BE_FORMS.has(doc.lower[t + 1]!)) return true;
  return false;
}

/** The nearest finite verb before token j in the sentence (the verb a participle or a second verb shares its subject with). */
function previousVerb(doc: SlantDocument, j: number, ts: number): number {
  let fallback = -1;
  for (let t = j - 1; t >= ts; t--) {
    if (isQuoteMark(doc, t)) continue;
    // "behind Sen. Mira Tarnow": a capitalised word inside the sentence is a name the tagger read as a verb
    if (t > ts && isCap(doc, t) && !isPunct(doc, t - 1) && (doc.pos[t - 1] === 'PROPN' || doc.pos[t + 1] === 'PROPN')) continue;
    // "for luring", "a pesticide-spraying farm": a gerund or a compound modifier is not the main verb
    // (a quantifier floated after the subject is no determiner: "the rivals both campaigned", "they all agreed")
    const floated = t - 2 >= ts && isFloatedQuantifier(doc, t - 1);
    if (isVerb(doc, t) && /(?:ing|ed)$/.test(doc.lower[t]!) && (doc.pos[t - 1] === 'ADP' || doc.pos[t - 1] === 'SCONJ' || (doc.pos[t - 1] === 'DET' && !floated) || hyphenJoinsAfter(doc, t - 1))) continue;
    // "at the fair run by the guild, predicting": a participle after a noun with a "by" agent is a reduced relative, not the main verb
    // ("sent a letter, signed by 200 members, seeking …": the same set off by commas)
    if (isVerb(doc, t) && /(?:ed|en)$/.test(doc.lower[t]!) && doc.lower[t + 1] === 'by' && !/ing$/.test(doc.lower[t + 2] ?? '') && (doc.pos[t - 1] === 'NOUN' || doc.pos[t - 1] === 'PROPN' || doc.value[t - 1] === ',')) continue;
    // "did not seem impressed with the plan, telling …", "looked pleased, adding …": a participle after a
    // linking verb is its complement; the linking verb is the one whose subject speaks
    const linking = isVerb(doc, t) && /(?:ed|en)$/.test(doc.lower[t]!) ? linkingVerbBefore(doc, t, ts) : -1;
    if (linking >= 0) return linking;
    // "met farmers and relatives of the workers killed in the blast and said": a participle with a phrase
    // after a noun that itself follows a preposition is a reduced relative on that noun, not the main verb
    if (reducedRelativeAfterPhrase(doc, t, ts)) {
      fallback = fallback < 0 ? t : fallback;
      continue;
    }
    if (isVerb(doc, t) && !/^(?:to)$/.test(doc.lower[t - 1] ?? '') && doc.pos[t] !== 'AUX') return t;
    if (doc.pos[t] === 'AUX' && !isVerb(doc, t + 1) && !isAdverbLike(doc, t + 1)) return t;
    // "Vale rips the budget, arguing …": an -s form the tagger read as a noun, between a name or pronoun and a determiner, is the verb
    // ("Ruiz belittled the loan, calling …": likewise a past form read as an adjective)
    // ("The mayor shot back, saying …": an irregular past read as a noun, before its particle)
    if (sFormVerbReadAsNoun(doc, t, ts) || (doc.pos[t] === 'ADJ' && t > ts && (doc.pos[t - 1] === 'PROPN' || doc.pos[t - 1] === 'PRON') && doc.pos[t + 1] === 'DET' && /ed$/.test(doc.lower[t]!))) return t;
    if (t > ts && pastReadAsNounAfterSubject(doc, t) && (doc.pos[t + 1] === 'ADV' || doc.pos[t + 1] === 'ADP')) return t;
  }
  return fallback;
}

/** Verbs that link a subject to a participle complement: "seemed pleased", "looked surprised", "remained unconvinced". */
const LINKING_VERBS = wordSet([...APPEARANCE], ['remain', 'become', 'grow', 'stay', 'feel']);

/** The linking verb right before the participle at `t` (over adverbs: "did not seem particularly impressed"), or -1. */
function linkingVerbBefore(doc: SlantDocument, t: number, ts: number): number {
  let v = t - 1;
  while (v > ts && t - v < 4 && isAdverbLike(doc, v) && !isVerb(doc, v)) v--;
  return v >= ts && v < t && isVerb(doc, v) && doc.pos[v] !== 'AUX' && LINKING_VERBS.has(doc.lemma[v]!) ? v : -1;
}

/**
 * A past participle at `t` with a preposition after it, right after a noun phrase that follows a
 * preposition ("relatives of | the workers | killed in the blast"): a reduced relative on that noun.
 */
function reducedRelativeAfterPhrase(doc: SlantDocument, t: number, ts: number): boolean {
  if (!isVerb(doc, t) || !/ed$/.test(doc.lower[t]!) || doc.pos[t + 1] !== 'ADP' || doc.lower[t + 1] === 'by' || doc.pos[t - 1] !== 'NOUN') return false;
  let a = t - 1;
  while (a > ts && t - a < 6 && /^(?:NOUN|ADJ|DET|NUM)$/.test(doc.pos[a - 1]!) && !isCap(doc, a - 1)) a--;
  return a - 1 > ts && doc.pos[a - 1] === 'ADP' && !isCap(doc, a - 1);
}

/** The first verb of the main clause after a leading phrase ("Speaking to reporters, | Ruiz said"). */
function mainVerbAfterComma(doc: SlantDocument, from: number, te: number): number {
  let c = from;
  while (c < te && doc.value[c] !== ',') c++;
  // "After thanking the crowd, which chanted her name, Vale said": over a relative clause set off by commas
  // ("Shrugging off the criticism, as Vale did, Ruiz said": or over a comparison set off the same way)
  const comparison = doc.lower[c + 1] === 'as' || doc.lower[c + 1] === 'like';
  if (comparison || /^(?:which|who|whose|where)$/.test(doc.lower[c + 1] ?? '')) {
    let d = c + 1;
    while (d < te && d - c < (comparison ? 10 : 25) && doc.value[d] !== ',') d++;
    if (d < te && doc.value[d] === ',') c = d;
  }
  for (let t = c + 1; t < te && t < c + 14; t++) {
    if (isVerb(doc, t) && !isAdverbLike(doc, t)) return t;
    if (isVerb(doc, t) && doc.pos[t] === 'AUX' && !isVerb(doc, t + 1) && !isAdverbLike(doc, t + 1)) return t;
  }
  return -1;
}

/**
 * After an opening -ing phrase ending at `from`: its first comma opens a description ("a man of few
 * words") or a relative clause ("who …") closed by a second comma right before a finite verb, with
 * no subject of its own between ("Praising the mayor, a man of few words, has become …").
 */
function describedGerundObject(doc: SlantDocument, from: number, te: number): boolean {
  let c = from;
  while (c < te && c - from < 12 && doc.value[c] !== ',') c++;
  if (c >= te || doc.value[c] !== ',' || !APPOSITIVE_OPENERS.has(doc.lower[c + 1] ?? '')) return false;
  let d = c + 1;
  while (d < te && d - c < 14 && doc.value[d] !== ',') d++;
  if (d >= te || doc.value[d] !== ',') return false;
  let v = d + 1;
  while (v < te && isAdverbLike(doc, v) && !isVerb(doc, v)) v++;
  return v < te && (doc.pos[v] === 'AUX' || (isVerb(doc, v) && !/ing$/.test(doc.lower[v]!)));
}

/** Does a relative pronoun open the stretch that ends at the comma `j` (back to the previous comma; at most 20 tokens)? */
function relativeInStretch(doc: SlantDocument, j: number, ts: number): boolean {
  for (let t = j - 1; t >= ts && j - t <= 20 && doc.value[t] !== ','; t--) if (/^(?:who|whom|which|whose)$/.test(doc.lower[t]!)) return true;
  return false;
}

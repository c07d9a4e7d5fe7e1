/**
 * The constructions some reporting verbs need before they attribute anything ("called it …"
 * but not "called him on Monday", "found that" but not "found the keys", "as X put it"), kept
 * apart from verbCues.ts because the per-verb rules are long and change often.
 */
import type { SlantDocument } from '../document/readDocument.js';
import type { AttributionLexicons } from './attributionLexicons.js';
import { clauseAfterShortPhrase, CONTRACTING_PRONOUNS, DETERMINERS, hasAsComplement, nothingAfter, takesClause, thatWithin, WH } from './cueComplements.js';
import { callingSubject, callsSomethingAfter, NAMING_PARTICIPLES } from './namingCues.js';
import { nounPhraseBefore } from './nounPhrases.js';
import { REFLEXIVES } from './contentExtent.js';
import { OPENING_SUBORDINATORS } from './openingClause.js';
import { mayNamePerson, mayNamePersons, namesPeople, namesSpeaker } from './peopleNouns.js';
import { recordReadAsVerb } from './recordReadAsVerb.js';
import { telephoneCall } from './telephoneCall.js';
import { ARTICLES, BE_FORMS, COORDINATORS, NOUN_PHRASE_WORD_TAGS, NOMINATIVE_PRONOUNS, OBJECT_PRONOUNS, isAdverbLike, isCap, isPluralNoun, isPunct, isQuoteMark, isVerb, isWordHyphen, pluralAfterBeOrThe, PLAIN_ARTICLES, POSSESSIVE_DETERMINERS, endsWithIng, endsWithEd, endsWithEdOrEn } from './tokens.js';
import { WHEN_AFTER_VERB, wordSet } from './timeWords.js';
import { SUBJECT_QUANTIFIERS } from './quantifiers.js';
import { NUMBER_QUALIFIERS } from '../document/numberWords.js';
import { POST_MEDIA } from './media.js';
import { SEEMING_BEFORE_LIKE } from './subjectOpeners.js';

/** Verbs that attribute only a clause (that, wh-, a quotation), not a bare object. */
export const CLAUSE_ONLY = new Set(['add', 'know', 'realize', 'realise', 'understand', 'learn', 'hear', 'notice', 'discover', 'recognize', 'recognise', 'remember', 'forget', 'accept', 'figure', 'guess', 'imagine', 'determine', 'infer', 'sense', 'assume', 'presume', 'find', 'show', 'wonder', 'mean', 'concur', 'reckon', 'state', 'answer', 'continue', 'read', 'charge', 'maintain', 'bet', 'wager', 'deduce', 'perceive', 'discern', 'witness', 'overhear', 'detect', 'spot', 'glimpse', 'specify', 'certify', 'recollect', 'intuit', 'misread', 'misunderstand', 'decree']);

/**
 * Reactions of the body or voice with no words of their own ("booed", "cheered"): before "when X
 * said" they only time the report, and in a clause of time ("as the crowd booed") they report
 * nothing. Verbs that answer the report itself ("protested", "objected", "complained") keep their relation.
 */
export const WORDLESS_REACTIONS = new Set(['boo', 'cheer', 'applaud', 'clap', 'laugh', 'jeer', 'gasp', 'groan', 'hiss', 'heckle', 'whistle', 'sigh', 'chuckle', 'giggle', 'scoff', 'wince', 'cry', 'weep', 'sob', 'smile', 'nod', 'shrug']);

/** Verbs whose object takes a bare infinitive ("make them pay", "have the council drop it", "helped Vale win"). */
export const CAUSATIVES = new Set(['make', 'have', 'let', 'help', 'see', 'watch', 'hear']);

/** Tags of the words of a short subject between a quotation and its verb ("“…,” the mayor continued"). */
const SUBJECT_WORD_TAGS = new Set(['PRON', 'PROPN', 'NOUN', 'DET', 'ADJ', 'NUM']);
/**
 * Verbs that attribute only with an "as" complement or two objects ("views it as", "dubbed him X"; "bill":
 * "billed himself as a reformer", not "billed the county for the repairs").
 */
const AS_ONLY = new Set(['view', 'regard', 'frame', 'cast', 'paint', 'see', 'identify', 'list', 'bill']);

/** Topics one speaks to: "addressed the question", "addressed criticism that". */
const SPOKEN_TOPICS = new Set(['question', 'questions', 'issue', 'issues', 'concern', 'concerns', 'criticism', 'criticisms', 'fact', 'matter', 'topic', 'topics', 'subject', 'allegation', 'allegations', 'controversy', 'remark', 'remarks', 'comment', 'comments', 'claim', 'claims', 'report', 'reports', 'rumor', 'rumors', 'rumour', 'rumours', 'accusation', 'accusations', 'charge', 'charges', 'speculation', 'complaint', 'complaints', 'proposal', 'proposals', 'critique', 'critiques']);

/** Views and tellings one shares: "shares this view", "shared the news", "share their concerns". */
const SHARED_VIEWS = new Set(['view', 'views', 'belief', 'beliefs', 'concern', 'concerns', 'fear', 'fears', 'worry', 'worries', 'sentiment', 'sentiments', 'skepticism', 'scepticism', 'frustration', 'frustrations', 'anger', 'antipathy', 'opinion', 'opinions', 'assessment', 'analysis', 'message', 'news', 'details', 'story', 'stories', 'thoughts', 'feelings', 'vision', 'outrage', 'anxiety', 'hope', 'hopes', 'conviction', 'convictions', 'doubts', 'misgivings', 'reservations', 'enthusiasm', 'distrust', 'mistrust', 'disdain', 'contempt', 'suspicion', 'suspicions', 'optimism', 'pessimism', 'impression', 'perspective', 'experience', 'experiences', 'memories', 'goal', 'goals', 'priorities', 'values', 'commitment']);

/**
 * Does the object after a verb (within six tokens: determiners, possessives, modifiers) have its head in `heads`
 * ("addressed the growing concerns", "shares this bleak view", "shared a bit of her anxiety")?
 */
function objectHeadIn(doc: SlantDocument, a: number, te: number, heads: ReadonlySet<string>): boolean {
  for (let t = a; t < te && t < a + 7; t++) {
    if (heads.has(doc.lower[t]!)) return true;
    // (a hyphen inside a compound modifier goes on: "a 10-point lead")
    const hyphen = isWordHyphen(doc, t);
    if ((isPunct(doc, t) && !hyphen) || isVerb(doc, t) || WH.has(doc.lower[t]!)) return false;
  }
  return false;
}

/** What one "coins": a word or phrase made up ("coined the term", "has coined a new phrase"). */
const COINED_WORDS = new Set(['term', 'terms', 'phrase', 'phrases', 'word', 'words', 'expression', 'slogan', 'nickname', 'label', 'catchphrase', 'moniker']);

/** What one has when one "enjoys" it: "enjoys a wide lead", "enjoyed strong support", "enjoys a cordial relationship". */
const ENJOYED_ADVANTAGES = new Set(['lead', 'leads', 'advantage', 'advantages', 'edge', 'support', 'backing', 'majority', 'majorities', 'relationship', 'relationships', 'popularity', 'margin', 'cushion', 'reputation', 'status', 'monopoly', 'dominance', 'head start']);

/** Occasions one celebrates, with no judgement passed: "celebrate the anniversary", "celebrating a victory". */
const CELEBRATED_OCCASIONS = new Set(['anniversary', 'birthday', 'holiday', 'holidays', 'day', 'christmas', 'easter', 'thanksgiving', 'independence', 'heritage', 'legacy', 'life', 'lives', 'milestone', 'victory', 'victories', 'win', 'wins', 'wedding', 'graduation', 'launch', 'release', 'opening', 'recording', 'album', 'season', 'year', 'new year', 'mass', 'occasion', 'festival']);

/**
 * What one wins or takes when one "claims" it: "claimed the nomination", "claiming 38 percent of the ballots",
 * "claimed more territory", "claiming some victories". (Not a single "victory" or "win": "claimed a moral
 * victory" declares one.)
 */
const CLAIMED_PRIZES = new Set(['victories', 'wins', 'nomination', 'prize', 'prizes', 'title', 'titles', 'crown', 'seat', 'seats', 'percent', 'territory', 'lives', 'mantle', 'trophy', 'medal', 'medals', 'championship', 'majority']);

/** What one posts that says something: "posted a long reply", "posts notes". */
const POSTED_MESSAGES = new Set(['message', 'messages', 'comment', 'comments', 'tweet', 'tweets', 'statement', 'note', 'thoughts', 'reply', 'response', 'apology', 'warning', 'letter', 'essay', 'manifesto', 'allegiance', 'pledge']);

/**
 * "released a video that said …", "released a study, which claims …", "released a letter urging calm",
 * "released an ad titled …": a relative clause, an -ing participle or a naming participle on the
 * record carries what it says (or names it), so the record is no content of its own. Looks at most
 * ten tokens into the object phrase.
 */
function objectSpeaksItself(doc: SlantDocument, a: number, te: number): boolean {
  for (let t = a; t < te && t < a + 10; t++) {
    const w = doc.lower[t]!;
    if (w === 'that' || w === 'which' || RECORD_NAMING.has(w) || (doc.pos[t] === 'VERB' && w.endsWith('ing') && t > a)) return true;
    if (isPunct(doc, t) && doc.value[t] !== ',') return false;
  }
  return false;
}

/** Participles that name a record: "an ad titled …", "a memo called …" (the naming ones, and a headline's). */
const RECORD_NAMING = wordSet([...NAMING_PARTICIPLES], ['headlined']);

/**
 * What one releases when one makes something known: documents and findings, and the parts they
 * come in. Not "statement" and the other light nouns, whose content follows them, nor media and works
 * ("released a new video", "released a recording of the concert"), mostly no message.
 */
const RELEASED_RECORDS = new Set(['details', 'findings', 'report', 'reports', 'data', 'figures', 'numbers', 'results', 'totals', 'poll', 'survey', 'study', 'analysis', 'memo', 'letter', 'letters', 'email', 'emails', 'e-mail', 'e-mails', 'records', 'documents', 'transcript', 'transcripts', 'excerpt', 'excerpts', 'pages', 'summary', 'list', 'names', 'plan', 'proposal', 'platform', 'budget', 'estimate', 'estimates', 'forecast', 'projections']);

/** "posted a drawing of the pier on Instagram": "on" or "to" a medium within a dozen tokens after the verb, before other punctuation or a verb. */
function postedOnMedium(doc: SlantDocument, a: number, te: number): boolean {
  for (let t = a + 1; t < te && t < a + 12; t++) {
    if (isPunct(doc, t) || isVerb(doc, t)) return false;
    if (doc.lower[t] !== 'on' && doc.lower[t] !== 'to') continue;
    for (let m = t + 1; m < te && m < t + 5; m++) {
      if (POST_MEDIA.has(doc.lower[m]!)) return true;
      if (isPunct(doc, m) || isVerb(doc, m)) return false;
    }
    return false;
  }
  return false;
}

/** Verbs that attribute only a to-infinitive or a that-clause (or, for some, an object). */
export const TO_ONLY = new Set(['seem', 'appear', 'aim', 'strive', 'endeavor', 'endeavour', 'volunteer', 'commit', 'resolve', 'plot', 'scheme', 'conspire', 'aspire', 'yearn', 'crave', 'opt', 'choose']);

/** Tags of the words that may stand before the head of a closing tag's subject: "federal judge", "US appeals court". */
const TAG_MODIFIERS = new Set(['ADJ', 'NOUN', 'PROPN']);

/**
 * "Levy is unlawful, federal judge rules.", "…, appeals panel rules": the verb at `k` closes a
 * headline's tag. It ends the sentence and follows a short bare noun phrase (at most three words, no
 * determiner) that a comma sets off and that ends on a source noun of the lexicon (not "…, harbour
 * rules." nor "…, the new rules.").
 */
export function closingTag(doc: SlantDocument, k: number, lex: AttributionLexicons): boolean {
  if (!(k + 1 === doc.tokenCount || doc.value[k + 1] === '.' || doc.sentenceOf[k + 1] !== doc.sentenceOf[k])) return false;
  const head = k - 1;
  if (head < 1 || (doc.pos[head] !== 'NOUN' && doc.pos[head] !== 'PROPN') || !lex.nouns.has(doc.lower[head]!)) return false;
  let t = head;
  while (t - 1 > 0 && head - t < 2 && TAG_MODIFIERS.has(doc.pos[t - 1]!)) t--;
  return doc.value[t - 1] === ',';
}

/** Tags of the words of a tag's subject between a closing quotation mark and its verb: "the harbour board", "Tarn County's website". */
const QUOTE_TAG_SUBJECT: ReadonlySet<string> = new Set([...NOUN_PHRASE_WORD_TAGS, 'PART']);

/**
 * `“The pier is safe,” the board states.`, `… “safe and sound,” the memo notes, “…”`: the -s form at
 * `k` (of a verb of speech or writing: the caller asks) that the tagger read as a noun closes a short
 * subject (at most five words, no verb) that opens right after a quotation's closing mark and its
 * comma; the tag ends there or goes on with a comma, a preposition or the next quotation. (Not
 * "“…,” the harbour reports say": a verb after it.)
 */
export function tagAfterQuotation(doc: SlantDocument, k: number): boolean {
  const next = doc.value[k + 1];
  if (next !== undefined && next !== '.' && next !== ',' && doc.pos[k + 1] !== 'ADP' && !isQuoteMark(doc, k + 1)) return false;
  let a = k;
  while (a - 1 >= 0 && k - a < 5 && QUOTE_TAG_SUBJECT.has(doc.pos[a - 1]!)) a--;
  if (a === k || (doc.pos[a] !== 'DET' && doc.pos[a] !== 'PROPN' && doc.pos[a] !== 'ADJ')) return false;
  // the mark closes the quotation: a comma inside it (`safe,” the`) or after it (`safe”, the`)
  const mark = doc.value[a - 1] === ',' ? a - 2 : a - 1;
  return mark > 0 && isQuoteMark(doc, mark) && (mark === a - 2 || /^[,?!]$/.test(doc.value[mark - 1]!));
}

/**
 * Does the noun phrase from `t` (past a determiner) name a party, a person or a body ("the growers", "Vale",
 * "them", "the board"), rather than a thing ("the levy")?
 */
function toParty(doc: SlantDocument, t: number, te: number, lex: AttributionLexicons): boolean {
  const h = t < te && DETERMINERS.has(doc.lower[t]!) ? t + 1 : t;
  if (h >= te) return false;
  return doc.pos[h] === 'PROPN' || OBJECT_PRONOUNS.has(doc.lower[h]!) || lex.collectiveNouns.has(doc.lower[h]!) || namesSpeaker(doc, lex, h) || mayNamePerson(doc, h);
}

/** Constructions some verbs need before they attribute anything. */
export function allowedInConstruction(doc: SlantDocument, k: number, end: number, ts: number, te: number, lemma: string, lex: AttributionLexicons): boolean {
  const next = end < te ? doc.lower[end]! : '';
  const prev = k > ts ? doc.lower[k - 1]! : '';
  const low = doc.lower[k]!;
  const quoteSoon = () => {
    for (let j = end; j < Math.min(te, end + 8); j++) if (isQuoteMark(doc, j)) return true;
    return false;
  };
  // "as Varga put it": only after "as" ("put it on the table" is no cue)
  // (also over an appositive set off by commas: "As Ruiz, a planner at the port and author of “Tides,” put it";
  // two commas at most, the second right before the verb, and no verb inside)
  if (lemma === 'put it') {
    let j = k - 1;
    while (j > ts && isQuoteMark(doc, j)) j--;
    const appositive = doc.value[j] === ',';
    let commas = 0;
    for (let t = k - 1; t >= ts && k - t <= (appositive ? 30 : 8); t--) {
      if (doc.lower[t] === 'as') return !appositive || (commas === 2 && doc.value[t + 1] !== ',');
      if (isVerb(doc, t)) return false;
      if (isQuoteMark(doc, t)) continue;
      if (isPunct(doc, t)) {
        if (!appositive || doc.value[t] !== ',' || ++commas > 2) return false;
      }
    }
    return false;
  }
  // "Ruiz, who voted against the measure, said …": a vote in a relative clause describes the speaker
  if (lemma.startsWith('vote ') && (prev === 'who' || doc.lower[k - 2] === 'who')) return false;
  // "a woman later identified as Ann Lee": who someone turned out to be, a person's full name after "as"
  if (lemma === 'identify as' && low === 'identified' && doc.pos[end] === 'PROPN' && doc.pos[end + 1] === 'PROPN') return false;
  // "the style so identified with Varga", "the mayor most identified with cheap ferries": associated with, not siding with
  if (lemma === 'identify with' && low === 'identified' && (doc.pos[k - 1] === 'ADV' || BE_FORMS.has(prev))) return false;
  // "opened up a wide gap", "opened up the race": made something open, not spoke openly ("opened up about her loss")
  if (lemma === 'open up' && (doc.pos[end] === 'DET' || doc.pos[end] === 'NUM' || doc.pos[end] === 'NOUN' || doc.pos[end] === 'ADJ')) return false;
  // "breaking with tradition", "broke with precedent": a custom, not someone one turns against
  if (lemma === 'break with' && /^(?:tradition|traditions|precedent|precedents|convention|conventions|custom|protocol|norms|history|habit|practice|form)$/.test(next)) return false;
  // "took a shot at goal", "took a shot at redemption": an attempt at a bare noun, not a jab at someone
  if (lemma.startsWith('take ') && lemma.endsWith(' at') && doc.pos[end] === 'NOUN' && /^[a-z]+$/.test(doc.value[end]!) && !/s$/.test(doc.value[end]!)) return false;
  // "they look at us as rivals": a view, like "see … as"; not "looked at the map", what one turns one's eyes to
  if (lemma === 'look at') return hasAsComplement(doc, end, te);
  // "looking for an alternative", "for the firm to post a profit": a wish or an expectation, not a search
  if (lemma === 'look for') return soughtNotSearched(doc, end, te);
  if (lemma.includes(' ')) return true; // particle phrases carry their construction
  // "debated whether to close the pier", "debated the budget": what is argued over (not "debated Ruiz on Friday")
  if (lemma === 'debate') return debatedMatter(doc, k, end, te);
  // "“…,” added her chief of staff", "“…,” read one banner": the quotation before is the content
  // (also behind the subject: "“…,” he continued")
  let q = k - 1;
  while (q >= ts && k - q <= 6 && !isQuoteMark(doc, q) && SUBJECT_WORD_TAGS.has(doc.pos[q]!) && !DETERMINERS.has(doc.lower[k - 1]!)) q--;
  const quoteBefore = q >= ts && (isQuoteMark(doc, q) || (doc.value[q] === ',' && q - 1 >= ts && isQuoteMark(doc, q - 1)));
  if (quoteBefore && (CLAUSE_ONLY.has(lemma) || ['read', 'state', 'answer', 'continue'].includes(lemma))) return true;
  switch (lemma) {
    case 'acquiesce':
      // "acquiesced to the growers": giving way to a party holds no proposition; "acquiesced to the levy" does
      return !(next === 'to' && toParty(doc, end + 1, te, lex));
    case 'call': {
      // "called it “...”", "called the plan a disaster"; not "a man called Brown", "called off"
      if (['off', 'up', 'back', 'in', 'out', 'it quits'].includes(next)) return false;
      // "called him on Monday", "who called Ruiz shortly after the vote", "called both wardens Tuesday night": a
      // telephone call, with nothing said of the person
      if (telephoneCall(doc, lex, end, te)) return false;
      // "called a supplier to ask for a refund", "called the office to complain": a telephone call made for a purpose
      if (doc.pos[end] === 'DET' && !/^(?:this|that|these|those)$/.test(next)) {
        let o = end + 1;
        while (o < te && o - end < 4 && (doc.pos[o] === 'ADJ' || doc.pos[o] === 'NOUN')) o++;
        if (o > end + 1 && doc.lower[o] === 'to' && doc.pos[o + 1] === 'VERB') return false;
      }
      if (doc.pos[k - 1] === 'NOUN' || doc.pos[k - 1] === 'PROPN' ? endsWithEd(low) && prev !== 'who' && !isSubjectLike(doc, k - 1) : false) {
        // "The senator called Ruiz a liar": a subject that opens the clause; "a man called Brown" is a name (see namingCue)
        // ("what officials called a victory": the subject of a free relative, after "what")
        const np = nounPhraseBefore(doc, k - 1, ts);
        // ("A critic called him a fraud": an indefinite subject, with the second object that naming lacks)
        if (!np || np.b !== k || !(callingSubject(doc, np, ts, k) || callsSomethingAfter(doc, np, k, ts, te))) return false;
      }
      return true;
    }
    case 'allow':
      // "allowed that the levy stung": a concession; not "allowed them to", "allowed the sale"
      return next === 'that' && takesClause(doc, end + 1, te);
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
      // (an accusation brought against someone named: "prosecutors charged Vale with fraud")
      return next === 'that' || next === ':' || quoteSoon() || nothingAfter(doc, end, te) || chargedWith(doc, lex, k, end, te);
    case 'accuse':
    case 'allege':
      // "charged with murder", "accused of": labels, not speech.
      return next !== 'with' && !(next === 'of' && lemma === 'accuse');
    case 'answer':
    case 'state':
      // (also behind a short prepositional adjunct: "stated in a release on Friday that …", or, read as a
      // verb, a time phrase: "stated earlier this week that …"; not the noun of "heads to coastal states
      // this month that …")
      // (read as a verb, also a clause with no "that" right after it: "stated he would resign", "stating the levy was
      // unfair"; behind a time phrase only with "that", as above)
      return next === 'that' || next === ':' || next === ',' || quoteSoon() || WH.has(next) || nothingAfter(doc, end, te) || (lemma === 'state' && doc.pos[k] === 'VERB' && !WHEN_AFTER_VERB.has(next) && takesClause(doc, end, te)) || ((doc.pos[end] === 'ADP' || (WHEN_AFTER_VERB.has(next) && doc.pos[k] === 'VERB')) && next !== 'that' && thatWithin(doc, end, te));
    case 'post':
      // "posted a long reply about …", "posted a drawing of the pier on Instagram": a message, or something put on a page or network
      if (objectHeadIn(doc, end, te, POSTED_MESSAGES) || postedOnMedium(doc, end, te)) return true;
      return next === 'that' || next === ':' || next === ',' || next === 'on' || quoteSoon() || nothingAfter(doc, end, te);
    case 'release':
      // "released details of the plan", "has released its findings", "released a new radio ad": records made
      // public; not "released the prisoners", "released the brakes", nor a bare "released a statement" (its
      // content, if any, follows the noun)
      return doc.pos[k] === 'VERB' && objectHeadIn(doc, end, te, RELEASED_RECORDS) && !objectSpeaksItself(doc, end, te);
    case 'coin':
      // "coined the phrase …", "who coined the term": words made up; not "the mint coined new pennies"
      return doc.pos[k] === 'VERB' && objectHeadIn(doc, end, te, COINED_WORDS);
    case 'file':
      // "filed a lawsuit against the council", "filed suit", "has filed a petition": a legal claim brought;
      // not "filed her tax returns", "filed for bankruptcy", "a suit filed by …" (a participle after its noun)
      return doc.pos[k] === 'VERB' && objectHeadIn(doc, end, te, FILED_CLAIMS) && !objectSpeaksItself(doc, end, te);
    case 'publish':
    case 'text':
    case 'email':
      return next === 'that' || next === ':' || next === ',' || next === 'on' || quoteSoon() || nothingAfter(doc, end, te);
    case 'back':
    case 'support':
      // a base form read as a noun passed isVerbUse only with a plural subject and an object ("three-quarters support a ban")
      // ("back" read as an adverb passed it only in a verb's slot, before its object: "voted to back Ruiz")
      return (doc.pos[k] === 'VERB' || doc.pos[k] === 'NOUN' || doc.pos[k] === 'PROPN' || doc.pos[k] === 'ADV') && next !== 'up' && next !== 'off' && next !== 'down' && next !== 'away';
    case 'encourage':
    case 'persuade':
    case 'convince':
    case 'exhort':
      // "encouraged voters to …", "convinced him that …"; not "low rates encourage borrowing"
      for (let t = end; t < te && t < end + 6; t++) {
        if (doc.lower[t] === 'to' || doc.lower[t] === 'that') return true;
        if (isPunct(doc, t)) return false;
      }
      return false;
    case 'push':
    case 'pressure':
    case 'lobby': {
      // "pushed the council to adopt the levy", "lobbied lawmakers to reject the bill": urging someone to act,
      // an object then a to-infinitive; not "pushed the cart to the barn", "pushed prices up", "the gun lobby"
      // (the tagger may read the participle as an adjective: "pressured the mayor to resign")
      const to = toAfterObjectAt(doc, end, te);
      if (doc.pos[k] === 'NOUN' || doc.pos[k] === 'PROPN' || to <= end || !infinitiveAfter(doc, to)) return false;
      // ("pushed Okafor to second place": a rank reached, the ordinal read as a verb)
      if (RANK_NOUNS.has(doc.lower[to + 2] ?? '')) return false;
      // (someone who can urge, or someone urged: not "Rising costs pushed the firm to close the plant")
      return urgingSubject(doc, k, ts, lex) || doc.pos[end] === 'PROPN' || doc.pos[end] === 'PRON';
    }
    case 'mean':
      return false;
    case 'enjoy':
      // "enjoys a 10-point lead", "has enjoyed the support of the unions": an advantage one has, not a liking
      return !objectHeadIn(doc, end, te, ENJOYED_ADVANTAGES);
    case 'celebrate':
      // "celebrated the ruling" is a judgement; "celebrate the anniversary", "celebrating a victory in Tarnow" mark an
      // occasion; "Celebrated singer Ana Ruiz" is an adjective
      return !objectHeadIn(doc, end, te, CELEBRATED_OCCASIONS) && !(k === ts && endsWithEd(low) && (doc.pos[end] === 'NOUN' || doc.pos[end] === 'ADJ'));
    case 'advise':
      // "advised voters to stay home", "advised that …", "advised against the toll", "advised Ruiz on how to …":
      // counsel given; not "Vale advises the mayor", "a firm that advises banks on mergers" (a job)
      return advisedCounsel(doc, end, te);
    case 'decline':
      // "declined to comment", "declined an interview", "declined, citing …": a refusal;
      // not "profits declined 5 percent", "declined to $2 million", "declining poll numbers"
      return declinedSomething(doc, k, end, te);
    case 'address':
      // "addressed the question of …", "addressed concerns that …": speaking to a topic; not "addressed a rally", "address the problem"
      return objectHeadIn(doc, end, te, SPOKEN_TOPICS);
    case 'claim':
      // "claimed the nomination", "claiming 38 percent of the ballots": a prize won or taken, nothing said ("claimed that …"
      // stays, and so does a that-less clause whose subject is a prize: "claimed the title was rigged")
      return next === 'that' || !objectHeadIn(doc, end, te, CLAIMED_PRIZES) || takesClause(doc, end, te);
    case 'share':
      // "shares this bleak view", "shared the news": a view or a telling; not "shared a ride", "share the cost"
      return next === 'that' || objectHeadIn(doc, end, te, SHARED_VIEWS);
    case 'attribute':
      // "attributed the slow count to late ballots", "cannot attribute that to the council": a cause one assigns, an
      // object then "to" (not "attributes" the noun, nor the passive "a quote attributed to Ruiz", left to verbCue's passive path)
      return doc.pos[k] === 'VERB' && !/^(?:to|with)$/.test(next) && toAfterObjectAt(doc, end, te) > end;
    case 'compare':
      // "compared the mayor to a con man", "comparing herself with Vale": a likening; not "up 8 percent compared with 2014"
      return !/^(?:to|with)$/.test(next) && toWithin(doc, end + 1, te);
    case 'name':
      // "named Ruiz as her running mate", "named him the paper's editor": who is chosen, and as what;
      // not "named the streets", "without naming him"
      // (also an appointment with its post: "named her to the county court", "named five growers to the board"; the verb
      // of a clause, not "a clerk named Vale", and a "to" before a noun phrase, not an infinitive)
      return hasAsComplement(doc, end, te) || secondObject(doc, end, te) || (doc.pos[k] === 'VERB' && appointedTo(doc, lex, end, te));
    case 'rule':
      // "the court ruled that …", "the judge ruled on Friday that …"; not "ruled the city", "ruled that country"
      // (or a headline's closing tag: "Levy is unlawful, federal judge rules.")
      return (next === 'that' && doc.pos[end + 1] !== 'VERB' && doc.pos[end + 1] !== 'AUX' && doc.pos[end + 1] !== 'NOUN') || (/^(?:on|in|last|earlier|unanimously)$/.test(next) && !DETERMINERS.has(doc.lower[end + 1] ?? '') && thatWithin(doc, end, te)) || closingTag(doc, k, lex);
    case 'vote':
      // "voted to ban the bags" (a decision reported); not "voted on Monday", "voted that way"
      return next === 'to';
    case 'nominate':
      // "nominated Ruiz for the bench"; not the modifier in "the nominating contest", "nominating votes"
      return doc.pos[end] !== 'NOUN' && doc.pos[end] !== 'ADJ';
    case 'say':
      // "the result says a lot about ...": an idiom, not a report
      return !(/^(?:a|little|much|something|nothing|volumes|more|less|plenty|everything|anything)$/.test(next) && (next !== 'a' || doc.lower[end + 1] === 'lot') && doc.lower[end + (next === 'a' ? 2 : 1)] === 'about');
    case 'report': {
      let n = end;
      while (n < te && isAdverbLike(doc, n)) n++;
      // not "reports to the chief" (who one answers to); "reported to the tax office that …" is a report
      // ("reporting" is mostly a noun, "her reporting on"; a verb after a comma, or progressive before "that": "is reporting that")
      return (low !== 'reporting' || prev === ',' || (k > ts && progressiveBe(doc, k - 1) && next === 'that')) && (doc.lower[n] !== 'to' || clauseAfterShortPhrase(doc, n + 1, te, 5, false) >= 0);
    }
    case 'like':
      return !comparisonLike(doc, k, end, ts);
    case 'press':
      return !/^(?:secretary|release|releases|conference|office|corps|briefing|aide|aides|gallery|freedom)$/.test(next) && doc.pos[k] === 'VERB';
    default:
      break;
  }
  // "won't decide the race", "decided the case": to decide a plain noun object is to settle it, no report (an
  // object that is a clause's subject still reports: "decided the pier would close")
  if (lemma === 'decide' && (ARTICLES.has(next) || POSSESSIVE_DETERMINERS.has(next)) && !takesClause(doc, end, te) && !thatWithin(doc, end, te)) return false;
  // "found in 2019 that": "that" behind a short adjunct
  // ("recalls Ruiz as a stubborn ally": how someone is remembered, like "described as")
  if (CLAUSE_ONLY.has(lemma)) return takesClause(doc, end, te) || nothingAfter(doc, end, te) || thatWithin(doc, end, te) || (lemma === 'find' || lemma === 'show' ? documentSubject(doc, lex, k, ts) : false) || (lemma === 'remember' && hasAsComplement(doc, end, te)) || (lemma === 'find' && judgedObject(doc, k, end, te));
  // ("bill" gives a character only to oneself: "billed herself as a reformer", not "billed riders twice as the fare rose")
  if (lemma === 'bill') return REFLEXIVES.has(doc.lower[end] ?? '') && hasAsComplement(doc, end, te);
  if (lemma === 'peg') return doc.pos[k] === 'VERB' && peggedEstimate(doc, end, te);
  if (AS_ONLY.has(lemma)) return hasAsComplement(doc, end, te) || (lemma === 'see' && (takesClause(doc, end, te) || seenHappen(doc, k, end, ts, te, lex))) || (lemma === 'list' && listedAloud(doc, k, end, te));
  if (TO_ONLY.has(lemma)) return next === 'to' || next === 'that';
  return true;
}

/**
 * What "charge … with" gives when it sets a task or a price, not an offence: "charged the committee with drafting a
 * budget", "charged the board with the task of …", "charged residents with a fee". (A gerund of wrongdoing stays a
 * charge: "charged two officers with falsifying the logs".)
 */
const CHARGED_TASKS = new Set([
  'fee', 'fees', 'fine', 'fines', 'levy', 'toll', 'cost', 'costs', 'price', 'rate', 'rent',
  'task', 'tasks', 'job', 'mission', 'duty', 'duties', 'responsibility', 'responsibilities', 'role', 'oversight', 'care',
  'overseeing', 'drafting', 'leading', 'running', 'managing', 'reviewing', 'developing', 'designing', 'planning',
  'organizing', 'organising', 'coordinating', 'implementing', 'writing', 'building', 'protecting', 'ensuring',
  'finding', 'studying', 'monitoring', 'enforcing', 'administering', 'preparing', 'creating', 'guiding', 'supervising',
]);

/** Does the phrase after "with" at `t` (past an article) name a task or a price? */
function chargedTask(doc: SlantDocument, t: number): boolean {
  const w = PLAIN_ARTICLES.has(doc.lower[t] ?? '') ? t + 1 : t;
  return CHARGED_TASKS.has(doc.lower[w] ?? '');
}

/**
 * "Prosecutors charged Vale with fraud", "police charged the clerk with assault": a finite "charge" whose object, a
 * person (a name, a pronoun, a noun of people; no comma), is followed by "with", an accusation brought. Not the
 * infinitive ("preparing to charge him with …": a charge not yet brought), nor the passive ("was charged with": see
 * agentlessVerbCues), nor a price ("charged the county $2 million", "charged a fee with each permit").
 */
export function chargedWith(doc: SlantDocument, lex: AttributionLexicons, k: number, end: number, te: number): boolean {
  if (end >= te || doc.lower[end] === 'with' || (k > 0 && (doc.lower[k - 1] === 'to' || BE_FORMS.has(doc.lower[k - 1]!)))) return false;
  for (let t = end + 1; t < te && t < end + 7; t++) {
    if (doc.lower[t] === 'with') {
      const head = t - 1;
      if (chargedTask(doc, t + 1)) return false;
      return doc.pos[head] === 'PROPN' || OBJECT_PRONOUNS.has(doc.lower[head]!) || namesPeople(doc, lex, head) || mayNamePerson(doc, head);
    }
    if ((isPunct(doc, t) && doc.value[t] !== '.') || isVerb(doc, t)) return false;
  }
  return false;
}

/** A number or a currency sign at `t` ("300", "$2 billion"). */
function amountAt(doc: SlantDocument, t: number): boolean {
  return doc.pos[t] === 'NUM' || doc.value[t] === '$' || doc.value[t] === '£' || doc.value[t] === '€';
}

/** The qualifiers of an amount (`NUMBER_QUALIFIERS`), word by word: "roughly", "more than", "an estimated". */
const AMOUNT_QUALIFIERS: readonly (readonly string[])[] = NUMBER_QUALIFIERS.map((q) => q.split(' '));

/** The number of words of an amount's qualifier starting at `t`, or 0. */
function qualifierLength(doc: SlantDocument, t: number): number {
  for (const q of AMOUNT_QUALIFIERS) {
    let n = 0;
    while (n < q.length && doc.lower[t + n] === q[n]) n++;
    if (n === q.length) return n;
  }
  return 0;
}

/**
 * "One ranking pegs Vale as the richest", "the survey pegged the cost at $2 billion": an estimate, an object
 * then an "as" complement or "at" and a figure; not "pegged to the dollar" (a currency tied to another) nor
 * "pegged the tent" (no complement).
 */
function peggedEstimate(doc: SlantDocument, a: number, te: number): boolean {
  if (doc.lower[a] === 'to' || doc.lower[a] === 'at' || doc.lower[a] === 'as' || isPunct(doc, a)) return false;
  for (let t = a + 1; t < te && t - a <= 8; t++) {
    const w = doc.lower[t]!;
    if (w === 'as') return true;
    // ("at roughly $2 billion", "at more than 300": over a qualifier of the amount)
    if (w === 'at') return amountAt(doc, t + 1) || doc.lower[t + 1] === 'about' || doc.lower[t + 1] === 'around' || amountAt(doc, t + 1 + qualifierLength(doc, t + 1));
    if (isPunct(doc, t) || isVerb(doc, t)) return false;
  }
  return false;
}

/**
 * Is the base form "like" at `k` a preposition or conjunction of comparison, not the verb: after
 * a form of "be" ("It’s like a fair"), a verb of seeming ("looks like"), "just" after a comma or
 * dash ("on Saturdays -- just like ours"; "they just like it" is the verb), or before a subject
 * pronoun that opens a clause ("just like he did")?
 */
function comparisonLike(doc: SlantDocument, k: number, end: number, ts: number): boolean {
  if (doc.lower[k] !== 'like') return false;
  const prev = k > ts ? doc.lower[k - 1]! : '';
  if (BE_FORMS.has(prev) || SEEMING_BEFORE_LIKE.has(prev)) return true;
  if (prev === 'just' && (k - 2 < ts || isPunct(doc, k - 2))) return true;
  // (a subject pronoun opens a clause, which the verb "like" never takes)
  return NOMINATIVE_PRONOUNS.has(doc.lower[end] ?? '');
}

/**
 * "I find his plan chilling", "finds the new rules deeply unfair": a present "find" whose object (a noun phrase of
 * at most twelve tokens, with its prepositional phrases) is followed by an adjective that ends the sentence, a
 * judgement of it; not a past "found the door open", a state come upon.
 */
function judgedObject(doc: SlantDocument, k: number, end: number, te: number): boolean {
  const low = doc.lower[k];
  if ((low !== 'find' && low !== 'finds') || !/^(?:DET|PRON|NOUN|PROPN)$/.test(doc.pos[end] ?? '')) return false;
  let noun = false;
  for (let t = end; t < te && t < end + 13; t++) {
    const p = doc.pos[t]!;
    // (the sentence ends there: after a comma the content would run on into the next clause)
    if (noun && p === 'ADJ' && (t + 1 >= te || /^[.!?;]$/.test(doc.value[t + 1]!))) return true;
    if (p === 'NOUN' || p === 'PROPN' || p === 'PRON') noun = true;
    else if (isPunct(doc, t) || isVerb(doc, t)) return false;
  }
  return false;
}

/** Openers of a definite object: "the", demonstratives, possessives ("looking for the man", "for her keys"). */
const DEFINITE_OPENERS = new Set(['the', 'this', 'that', 'these', 'those', ...POSSESSIVE_DETERMINERS]);

/**
 * "looking for": an expectation or a wish ("looking for the firm to post a profit", "looking for an alternative",
 * "looking for answers"), not a search for a known thing or person ("looking for the man who fled", "for her keys",
 * "for Ruiz"): a definite object, a pronoun or a name counts only when a to-infinitive follows it.
 */
function soughtNotSearched(doc: SlantDocument, end: number, te: number): boolean {
  if (end >= te || isPunct(doc, end)) return false;
  const definite = DEFINITE_OPENERS.has(doc.lower[end]!) || doc.pos[end] === 'PRON' || doc.pos[end] === 'PROPN';
  if (!definite) return true;
  for (let t = end + 1; t < te && t < end + 8; t++) {
    if (doc.lower[t] === 'to') return infinitiveAfter(doc, t);
    if (isPunct(doc, t) || isVerb(doc, t)) return false;
  }
  return false;
}

/**
 * "Ruiz has seen his savings shrink": a perfect "seen" with a person for subject whose object
 * undergoes a change (a change one lived through); not "went to see the band play", "I have seen
 * the band play" (an event one watched) nor "The town has seen its population shrink" (a thing
 * that witnessed nothing).
 */
function seenHappen(doc: SlantDocument, k: number, end: number, ts: number, te: number, lex: AttributionLexicons): boolean {
  if (doc.lower[k] !== 'seen') return false;
  // (over the auxiliaries and adverbs before it: "have also seen", "had never seen")
  let h = k - 1;
  while (h >= ts && isAdverbLike(doc, h) && doc.lemma[h] !== 'have') h--;
  if (h < ts || doc.lemma[h] !== 'have') return false;
  let s = h - 1;
  while (s >= ts && isAdverbLike(doc, s)) s--;
  // (a person: a name, a pronoun, a title or source noun as for urging, or a plural noun: "the crews have seen";
  // not a singular thing, "the town has seen")
  const person = s >= ts && ((isSubjectLike(doc, s) && !NON_PERSON_PRONOUNS.has(doc.lower[s]!)) || (doc.pos[s] === 'NOUN' && (namesSpeaker(doc, lex, s) || isPluralNoun(doc, s))));
  if (!person) return false;
  // (the bare verb of the clause after a short object phrase, by its word: the tagger often reads
  // it as a noun or adjective, "their catch fall", "rents double")
  for (let t = end + 1; t < te && t < end + 8 && !isPunct(doc, t) && doc.pos[t] !== 'ADP'; t++) if (CHANGE_VERBS.has(doc.lemma[t]!) || CHANGE_VERBS.has(doc.lower[t]!)) return true;
  return false;
}

/** Verbs of a change one lives through, as the bare verb after "seen": "seen prices rise", "seen the mill close". */
const CHANGE_VERBS = new Set(['rise', 'fall', 'drop', 'shrink', 'grow', 'double', 'triple', 'halve', 'soar', 'climb', 'surge', 'jump', 'plunge', 'plummet', 'slump', 'sink', 'collapse', 'decline', 'dwindle', 'vanish', 'disappear', 'erode', 'evaporate', 'fade', 'slip', 'tumble', 'increase', 'decrease', 'go', 'become', 'change', 'improve', 'worsen', 'deteriorate', 'close', 'shut', 'fail', 'leave', 'die', 'suffer', 'struggle', 'lose']);

/**
 * After "advise": within eight tokens and before other punctuation, "to" and a verb, "that",
 * "against", a question word after "on" or "about", "of" after a person, or a quotation (also behind a comma or colon).
 */
function advisedCounsel(doc: SlantDocument, a: number, te: number): boolean {
  for (let t = a; t < te && t < a + 8; t++) {
    const low = doc.lower[t]!;
    if (isQuoteMark(doc, t) || low === ':' || low === 'that' || low === 'against') return true;
    if (low === 'to' && infinitiveAfter(doc, t)) return true;
    if ((low === 'on' || low === 'about') && WH.has(doc.lower[t + 1] ?? '')) return true;
    // ("advised growers of the risk", "advised her of the change": a person told of a matter, like "warned … of";
    // not "advises banks of all sizes", a job, nor "farmers of all ages", a kind of person)
    if (low === 'of' && t > a && !KIND_AFTER_OF.has(doc.lower[t + 1] ?? '') && (OBJECT_PRONOUNS.has(doc.lower[t - 1]!) || namePersonBeforeOf(doc, t) || (doc.pos[t - 1] === 'NOUN' && mayNamePersons(doc, t - 1)))) return true;
    if (low === ',' && (isQuoteMark(doc, t + 1) || doc.value[t + 1] === '“')) return true;
    if (isPunct(doc, t)) return false;
  }
  return false;
}

/** Quantifiers after "of" that describe a kind of persons, not a matter: "farmers of all ages", "clients of every size". */
const KIND_AFTER_OF = wordSet([...SUBJECT_QUANTIFIERS], ['every', 'any', 'each', 'various', 'different']);

/**
 * Does a capitalised name end right before the "of" at `t` ("advised Vale | of the risk")? Not the head of a
 * name that runs on over "of" ("the Bank of Tarn", "the University of the Coast").
 */
function namePersonBeforeOf(doc: SlantDocument, t: number): boolean {
  if (doc.pos[t - 1] !== 'PROPN' || !isCap(doc, t - 1)) return false;
  return !isCap(doc, t + 1) && !(doc.pos[t + 1] === 'DET' && isCap(doc, t + 2));
}

/**
 * After "decline" (over adverbs): "to" and a verb, an object that opens with a determiner, a
 * pronoun or a noun ("an interview", "comment"), or a comma and a participle ("declined, citing
 * …"); not a number, a sum, "from", "by", "in", nor a noun right after "declining" (an adjective:
 * "declining poll numbers").
 */
function declinedSomething(doc: SlantDocument, k: number, end: number, te: number): boolean {
  let a = end;
  while (a < te && isAdverbLike(doc, a) && doc.lower[a] !== 'to') a++;
  const low = doc.lower[a] ?? '';
  if (low === 'to') return infinitiveAfter(doc, a);
  // "has declined for years to reveal …"
  if (low === 'for') return doc.lower[a + 2] === 'to' && doc.pos[a + 3] === 'VERB';
  if (low === ',') {
    if (doc.pos[a + 1] === 'VERB' && endsWithIng(doc.lower[a + 1]!)) return true;
    // "declined, however, to say …": a short aside set off before the infinitive
    let c = a + 1;
    while (c < te && c - a <= 4 && doc.value[c] !== ',') c++;
    return c < te && c > a + 1 && doc.value[c] === ',' && doc.lower[c + 1] === 'to' && infinitiveAfter(doc, c + 1);
  }
  if (isQuoteMark(doc, a)) return true;
  if (endsWithIng(doc.lower[k]!) && a === end && doc.pos[a] === 'NOUN') return false;
  return doc.pos[a] === 'DET' || doc.pos[a] === 'PRON' || doc.pos[a] === 'NOUN' || doc.pos[a] === 'ADJ' || doc.lower[a] === 'comment';
}

/**
 * Does an infinitive follow the "to" at `t`: a verb (also behind an adverb, or a capitalised one in
 * a headline, "Declines To Debate")? Not a sum, a number or a noun phrase ("fell to $2 million",
 * "to 5 percent", "to the lowest level").
 */
export function infinitiveAfter(doc: SlantDocument, t: number): boolean {
  const p = doc.pos[t + 1] ?? '';
  if (p === 'VERB' || p === 'AUX' || (isAdverbLike(doc, t + 1) && doc.pos[t + 2] === 'VERB')) return true;
  return p === 'PROPN' && /^To$/.test(doc.value[t]!);
}

/**
 * "named Ruiz her deputy", "named him the paper's editor", "named the mayor's aide his successor": an object (a
 * pronoun, a name or a short noun phrase) and right after it a second one that opens with a determiner or a possessive.
 */
function secondObject(doc: SlantDocument, a: number, te: number): boolean {
  let o = a;
  if (/^(?:him|her|them|it|me|us)$/.test(doc.lower[o] ?? '')) o++;
  else if (doc.pos[o] === 'PROPN') while (o < te && o - a < 5 && (doc.pos[o] === 'PROPN' || doc.value[o] === '.')) o++;
  else if (doc.pos[o] === 'DET' && doc.lower[o] === 'the') {
    o++;
    while (o < te && o - a < 5 && /^(?:ADJ|NOUN|PROPN)$/.test(doc.pos[o]!)) o++;
  } else return false;
  if (o === a || o >= te) return false;
  // a possessive after a name opens the second object: "named Vos Ruiz’s successor"
  if (doc.pos[o] === 'PROPN' && /^['’]s$/.test(doc.value[o + 1] ?? '')) return true;
  return /^(?:the|a|an|his|her|their|its|our|my|your)$/.test(doc.lower[o]!) && o + 1 < te && doc.pos[o + 1] !== 'PUNCT';
}

/** "to" or "with" within eight tokens of `a`, before any punctuation or verb: the second term of a comparison. */
function toWithin(doc: SlantDocument, a: number, te: number): boolean {
  for (let t = a; t < te && t < a + 8; t++) {
    if (doc.lower[t] === 'to' || doc.lower[t] === 'with') return true;
    if (isPunct(doc, t) || isVerb(doc, t)) return false;
  }
  return false;
}

/**
 * The index of the first "to" within twelve tokens of `a`, with a comma allowed inside the object
 * ("rising rates in some towns, like Marlow, to"), before any other punctuation or verb; or -1.
 */
function toAfterObjectAt(doc: SlantDocument, a: number, te: number): number {
  for (let t = a; t < te && t < a + 12; t++) {
    if (doc.lower[t] === 'to') return t;
    if ((isPunct(doc, t) && doc.value[t] !== ',') || isVerb(doc, t)) return -1;
  }
  return -1;
}

/**
 * A "to" after a short object (no comma) before a determiner or name: the post one is named to ("named her to the
 * bench"). The object is a person (a name, a pronoun, a noun of people: "named five growers to the board"); a thing
 * named to a list is no appointment ("named the pier to the heritage list").
 */
function appointedTo(doc: SlantDocument, lex: AttributionLexicons, a: number, te: number): boolean {
  const to = toAfterObjectAt(doc, a, te);
  if (to <= a || to - a > 4) return false;
  for (let t = a; t < to; t++) if (doc.value[t] === ',') return false;
  const head = to - 1;
  if (!(doc.pos[head] === 'PROPN' || OBJECT_PRONOUNS.has(doc.lower[head]!) || namesPeople(doc, lex, head) || mayNamePerson(doc, head))) return false;
  const p = doc.pos[to + 1];
  return p === 'DET' || p === 'PROPN';
}

/** Nouns of a rank after an ordinal: "to second place", "to third spot". */
const RANK_NOUNS = new Set(['place', 'spot', 'position']);

/**
 * Is the subject before the verb at k one who can urge: a name, a pronoun, or a person title or
 * source noun of the lexicons (`namesSpeaker`: "The union lobbied …", "The mayor pushed …")? Not a
 * cause ("Rising costs pushed …").
 */
function urgingSubject(doc: SlantDocument, k: number, ts: number, lex: AttributionLexicons): boolean {
  let j = k - 1;
  while (j >= ts && (isAdverbLike(doc, j) || doc.pos[j] === 'AUX')) j--;
  // (an infinitive or a gerund after a preposition has its subject further back: "was mobilized to pressure", "aggressive in pushing")
  if (j >= ts && (doc.lower[j] === 'to' || doc.pos[j] === 'ADP')) return true;
  return j >= ts && (isSubjectLike(doc, j) || (doc.pos[j] === 'NOUN' && namesSpeaker(doc, lex, j)));
}

/** Legal claims one files: "filed a lawsuit", "filed suit", "filed a petition" (a complaint is a light noun of its own). */
const FILED_CLAIMS = new Set(['lawsuit', 'lawsuits', 'suit', 'suits', 'petition', 'petitions', 'motion', 'motions', 'appeal', 'appeals', 'challenge', 'challenges', 'grievance', 'grievances', 'objection', 'objections']);

/** What one lists for sale or trade, not aloud: "listed its shares", "listed two houses". */
const LISTED_ASSETS = new Set(['shares', 'stocks', 'bonds', 'properties', 'homes', 'houses', 'apartments', 'condos', 'cars', 'companies', 'firms']);

/**
 * "He then listed the reasons for the delay", "Ruiz also listed her wins": a person enumerating
 * things, which reports them. The subject is a name or pronoun right before the verb (adverbs may
 * stand between) and a plural object follows; not an asset listed for sale ("listed its shares",
 * "listed her cottage").
 */
function listedAloud(doc: SlantDocument, k: number, end: number, te: number): boolean {
  if (doc.pos[k] !== 'VERB' || !/^(?:DET|PRON|ADJ|NUM|NOUN|PROPN)$/.test(doc.pos[end] ?? '') || !pluralObjectAt(doc, end, te) || objectHeadIn(doc, end, te, LISTED_ASSETS)) return false;
  let s = k - 1;
  while (s > 0 && isAdverbLike(doc, s)) s--;
  return isSubjectLike(doc, s) && !NON_PERSON_PRONOUNS.has(doc.lower[s]!);
}

/** A plural noun in the object phrase at `a`, before punctuation, a verb or a preposition other than "of" ("the reasons", "a string of names"). */
function pluralObjectAt(doc: SlantDocument, a: number, te: number): boolean {
  for (let t = a; t < te && t < a + 7; t++) {
    if (isPluralNoun(doc, t)) return true;
    if (isPunct(doc, t) || isVerb(doc, t) || (doc.pos[t] === 'ADP' && doc.lower[t] !== 'of')) return false;
  }
  return false;
}

/**
 * Pronoun subjects that need not be a person: relative pronouns, whose antecedent may be anything ("companies that
 * listed …"), and "it"/"this".
 */
const NON_PERSON_PRONOUNS = new Set(['that', 'which', 'who', 'what', 'it', 'this']);

/** A subject-like token before a verb: a name, pronoun or noun that can speak. */
function isSubjectLike(doc: SlantDocument, k: number): boolean {
  return doc.pos[k] === 'PRON' || (doc.pos[k] === 'PROPN' && doc.pos[k - 1] !== 'DET');
}


/**
 * "The poll that was taken last week showed Vale ahead", "A survey that the union ran found broad
 * support": a record heading the subject, with a restrictive relative clause (no comma) between it and
 * the verb whose last word is `j`. The record's phrase must open the clause: "A clerk who read the poll
 * that leaked showed us the pier" has the clerk as subject (the record sits in the clerk's own relative).
 */
const RECORD_MODIFIER_TAGS = new Set(['DET', 'ADJ', 'ADV', 'NOUN', 'PROPN', 'NUM', 'PART']);
function recordOpensRelativeSubject(doc: SlantDocument, lex: AttributionLexicons, j: number, ts: number): boolean {
  for (let t = j - 1; t > ts && j - t < 12; t--) {
    if (isPunct(doc, t)) return false;
    if (doc.lower[t] !== 'that' && doc.lower[t] !== 'which') continue;
    const r = t - 1;
    if (!(lex.documentNouns.has(doc.lower[r]!) || lex.recordNouns.has(doc.lower[r]!)) || (doc.pos[r] !== 'NOUN' && !recordReadAsVerb(doc, lex, r))) return false;
    // (a clause: a verb of its own between the relative pronoun and the verb)
    let clause = false;
    for (let u = t + 1; u <= j && !clause; u++) clause = isVerb(doc, u) || doc.pos[u] === 'AUX';
    if (!clause) return false;
    // (the record's own modifiers: "The sparse polling", "A county survey"; the tagger may read an adjective as an adverb)
    let a = r;
    while (a - 1 >= ts && r - a < 6 && RECORD_MODIFIER_TAGS.has(doc.pos[a - 1]!)) a--;
    return a === ts || isPunct(doc, a - 1) || COORDINATORS.has(doc.lower[a - 1]!) || OPENING_SUBORDINATORS.has(doc.lower[a - 1]!);
  }
  return false;
}

/** Is the subject of the verb at k a document or finding ("the study", "a Gallup poll")? */
function documentSubject(doc: SlantDocument, lex: AttributionLexicons, k: number, ts: number): boolean {
  let j = k - 1;
  while (j >= ts && isAdverbLike(doc, j)) j--;
  // the head may stand a few words back: "A video from the hearing shows", "A county poll out Monday found",
  // also behind a participle phrase: "New polls released Sunday showed", "A harbour poll, conducted in May, shows"
  // "a new poll that shows …", "the footage, which showed …": a relative pronoun right after the record
  // ("There were polls that show …": also a plural the tagger read as a verb after "be" or "the")
  let from = j;
  if (j - 1 >= ts && /^(?:that|which)$/.test(doc.lower[j]!)) {
    const r = doc.value[j - 1] === ',' ? j - 2 : j - 1;
    if (r >= ts && (lex.documentNouns.has(doc.lower[r]!) || lex.recordNouns.has(doc.lower[r]!)) && (doc.pos[r] === 'NOUN' || pluralAfterBeOrThe(doc, r))) return true;
    // the record may head a phrase before the relative pronoun: "polls by the Courier that showed …",
    // "a photo taken in 1998 that shows …" (the same search as for a subject, from the antecedent's end)
    from = r;
  } else if (recordOpensRelativeSubject(doc, lex, j, ts)) return true;
  for (let t = from; t >= ts && from - t < 28; t--) {
    if ((lex.documentNouns.has(doc.lower[t]!) || lex.recordNouns.has(doc.lower[t]!)) && (doc.pos[t] === 'NOUN' || doc.pos[t] === 'PROPN')) return true;
    // ("where polls show Vale ahead": the record right before the verb, which the tagger read as a verb)
    if (t === k - 1 && recordReadAsVerb(doc, lex, t)) return true;
    // "The latest polling in Marlow shows": an -ing document noun the tagger reads as a verb, after a determiner or an adjective
    if (recordReadAsVerb(doc, lex, t) && endsWithIng(doc.lower[t]!) && (doc.pos[t - 1] === 'DET' || doc.pos[t - 1] === 'ADJ')) return true;
    const participle = doc.pos[t] === 'VERB' && endsWithEdOrEn(doc.lower[t]!) && (doc.pos[t - 1] === 'NOUN' || doc.pos[t - 1] === 'PROPN' || doc.value[t - 1] === ',');
    // a comma that closes a participle phrase right before the verb, or opens one
    const comma = doc.value[t] === ',' && (t === j || (doc.pos[t + 1] === 'VERB' && endsWithEdOrEn(doc.lower[t + 1]!)));
    // a pollster's name in the phrase: "by the Herald and Tide News", "Ruiz & Berg Research (R)"
    const nameJoin = (/^(?:and|&|\/)$/.test(doc.lower[t]!) && doc.pos[t - 1] === 'PROPN' && doc.pos[t + 1] === 'PROPN') || (/^[()]$/.test(doc.value[t]!) && (doc.pos[t - 1] === 'PROPN' || doc.pos[t + 1] === 'PROPN'));
    if (participle || comma || nameJoin) continue;
    if ((isPunct(doc, t) && doc.value[t] !== '.') || isVerb(doc, t) || /^(?:that|who|which|and|but|while|when|as|if)$/.test(doc.lower[t]!)) return false;
  }
  return false;
}

/**
 * Active "debate" reports only what is argued over: "the council debated whether to close the
 * pier", "Ruiz and Berg debated the budget". Not a contest held with someone or at some time
 * ("Vale debated Ruiz on Friday", "will debate in May") nor the plural noun read as a verb
 * ("the debates drew large audiences"). Its passive ("is hotly debated") is agentlessVerbCues' PASSIVE_COMPLEMENTS.
 */
function debatedMatter(doc: SlantDocument, k: number, end: number, te: number): boolean {
  if (doc.pos[k] !== 'VERB') return false;
  let a = end;
  while (a < te && isAdverbLike(doc, a)) a++;
  const w = doc.lower[a] ?? '';
  if (WH.has(w) || w === 'whether') return a + 1 < te;
  return /^(?:DET|ADJ|NOUN)$/.test(doc.pos[a] ?? '') && !WHEN_AFTER_VERB.has(w);
}

/** The "’s" that is "is" or "has" after a pronoun and mostly a possessive after a noun. */
const S_CONTRACTIONS = new Set(["'s", '’s']);

/**
 * A form of "be" before a progressive -ing verb ("is reporting that", "will be reporting that"); "’s" only
 * after a pronoun ("she’s reporting"), since after a noun it is mostly a possessive ("the Courier’s reporting").
 */
export function progressiveBe(doc: SlantDocument, k: number): boolean {
  const w = doc.lower[k] ?? '';
  return BE_FORMS.has(w) && (!S_CONTRACTIONS.has(w) || CONTRACTING_PRONOUNS.has(doc.lower[k - 1] ?? ''));
}

import { DEFAULT_ATTRIBUTION_LEXICONS, type AttributionLexicons } from './attributionLexicons.js';
import type { SourceKind } from '../schema/articleAnalysis.js';
import { isRegexSpaceCode, isUpperCode, isUpperInitial, isUpperRun, spacedWordCount, wordRuns } from '../document/letterRuns.js';
import { splitAtForPhrase } from './forPhrase.js';
import { phraseSet } from './phraseSet.js';
import { endsWithEd, NEARLY_ALL_ADVERBS, OBJECT_PRONOUNS, withoutPossessive } from './tokens.js';
import { isCountedGroup, isGroupShareWord, startsWithPartOfGroup } from './groupPhrases.js';
import { lazyPattern } from '../document/segments/lazyPattern.js';
import { charCodeAt, codePointAt } from '../document/charCodes.js';
import { SOURCE_ROLES } from '../lexicons/sourceNounCategories.js';
import { NAME_PARTICLES } from '../entities/nameRuns.js';
import { detachedCopy } from '../document/detachedCopy.js';
import { roleWordsOf } from './roleWordsOf.js';

// (built on first use: V8 parses a `\p{...}` class of a literal when it compiles the module, used or not)
const TWO_CAPITALS = lazyPattern(String.raw`\p{Lu}{2}`, 'u');
const APPOSITIVE_HEAD = lazyPattern(String.raw`^(?:the|a|an)?\s*(?:[\p{L}-]+\s+){0,3}?([\p{L}-]+)(?=\s+(?:of|at|in|for|on|to|with|from)\b|$)`, 'u');

export type SourceRole = 'official' | 'expert' | 'journalist' | 'other';

/** What a source mention says about who speaks, before pronouns and surnames are resolved. */
export interface SourceDescription {
  kind: SourceKind | 'pronoun' | 'role-noun';
  /** Full name for persons, organisations and media; the phrase itself for groups. */
  name: string | null;
  role?: SourceRole;
  title?: string;
  affiliation?: string;
  /** For role nouns ("the spokeswoman") and pronouns: the word to resolve. */
  anaphor?: string;
  /** A role noun that names an organisation ("the company", "the board"). */
  organizationNoun?: boolean;
  gender?: 'f' | 'm';
  /**
   * A named person's `name` lower-cased, read once per distinct mention (the memo keeps the description):
   * the registry's keys, without a lower-casing per mention (through ICU on two-byte text, perf88).
   */
  lowerName?: string;
  /**
   * A named person's role words (`roleWordsOf` the mention with its title and affiliation), read once per distinct
   * mention as `lowerName` is: a new person's anaphors, for a site whose text is the mention described (white space
   * aside: the letter runs are the same), as at every production caller (perf90).
   */
  roleWords?: readonly string[];
  /**
   * How many of `roleWords` come first from the mention alone (`roleWordsOf` of it, without the title and
   * affiliation): a known person's new anaphors, read off the description instead of the site's text per article.
   */
  mentionRoleWords?: number;
}

/**
 * `roleWords` and `mentionRoleWords` of a named person: `roleWordsOf` the mention, then of its title and
 * affiliation, in one list. (The same list as `roleWordsOf` of the three joined by spaces: no letter run spans a
 * space, and a space ends a final sigma's context on both sides as the ends of a text do.)
 */
function personRoleWords(text: string, title: string | undefined, appositive: string): { roleWords: readonly string[]; mentionRoleWords: number } {
  const words = roleWordsOf(text);
  const mentionRoleWords = words.length;
  for (const w of roleWordsOf(`${title ?? ''} ${appositive}`)) words.push(w);
  return { roleWords: words, mentionRoleWords };
}

// (the entity finder's name particles: one list for both readers of a name)
const PARTICLES = NAME_PARTICLES;
// Words that give a mention's gender, found as whole words in any case (`phraseSet`: a case-insensitive alternation
// of them cost V8 ≈ 4 M instructions to compile at each process's first analysis, cold37). "Mrs." is found as "mrs":
// the period is no word character, so a word boundary follows "mrs" wherever "mrs." was found before.
const FEMALE = phraseSet(['mrs', 'ms', 'miss', 'madam', 'dame', 'lady', 'queen', 'princess', 'spokeswoman', 'chairwoman', 'congresswoman', 'councilwoman', 'businesswoman', 'policewoman', 'sister', 'mother', 'daughter', 'widow', 'actress', 'woman']);
const MALE = phraseSet(['mr', 'sir', 'lord', 'king', 'prince', 'spokesman', 'chairman', 'congressman', 'councilman', 'businessman', 'policeman', 'brother', 'father', 'son', 'man']);

/**
 * `/^\p{Lu}/u.test(w)` by char code (`isUpperCode`): called for most words of every mention,
 * where each regex literal was a new object per evaluation.
 */
const startsUpper = (w: string) => w.length > 0 && isUpperCode(codePointAt(w, 0));

/** `FEMALE.test(…)`/`MALE.test(…)` of a text and its appositive joined by a space (no word spans the space: no string is joined). */
function genderWord(text: string, appositive: string): 'f' | 'm' | undefined {
  if (FEMALE.test(text) || (appositive !== '' && FEMALE.test(appositive))) return 'f';
  if (MALE.test(text) || (appositive !== '' && MALE.test(appositive))) return 'm';
  return undefined;
}

/**
 * True unless the text is already what `trim().replace(/\s+/g, ' ')` makes of it: no white
 * space but single ASCII spaces between other characters (most mentions, sliced from one line).
 */
function hasLooseSpace(s: string): boolean {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = charCodeAt(s, i);
    if (!isRegexSpaceCode(c)) continue;
    if (c !== 32 || i === 0 || i === n - 1 || isRegexSpaceCode(charCodeAt(s, i + 1))) return true;
  }
  return false;
}

/** True when the text has an ASCII lower-case letter (then it differs from its upper case). */
function hasAsciiLower(s: string): boolean {
  const len = s.length;
  for (let i = 0; i < len; i++) {
    const c = charCodeAt(s, i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/** `set.has(w) || w.split('-').some((p) => set.has(p))`, splitting only a word that has a hyphen. */
function wordOrPartIn(w: string, set: { has(k: string): boolean }): boolean {
  return set.has(w) || (w.indexOf('-') >= 0 && w.split('-').some((p) => set.has(p)));
}

/** First words of the keys of more than one word, per lexicon map (the maps live as long as their lexicon set). */
const PAIR_STARTS = new WeakMap<ReadonlyMap<string, string>, Set<string>>();

function pairStarts(map: ReadonlyMap<string, string>): Set<string> {
  let set = PAIR_STARTS.get(map);
  if (!set) {
    set = new Set();
    for (const k of map.keys()) {
      const sp = k.indexOf(' ');
      if (sp >= 0) set.add(k.slice(0, sp));
    }
    PAIR_STARTS.set(map, set);
  }
  return set;
}

/**
 * `map.get(`${first} ${words[j].toLowerCase()}`)`, or `map.get('')` when there is no word `j`
 * (what the lookups of a word and the next one did at the last word). The pair is built only
 * when some key starts with `first` and a space: most words start none, and every built pair
 * was a new string to hash.
 */
function pairCategory(map: ReadonlyMap<string, string>, first: string, words: string[], j: number): string | undefined {
  if (j >= words.length) return map.get('');
  return pairStarts(map).has(first) ? map.get(`${first} ${words[j]!.toLowerCase()}`) : undefined;
}

/** A given name followed by another name ("Peter Stenberg") tells the gender when no title does. */
function givenNameGender(words: string[], lex: AttributionLexicons): 'f' | 'm' | undefined {
  let byName: 'f' | 'm' | undefined;
  for (let i = 0; i + 1 < words.length && !byName; i++) if (startsUpper(words[i]!) && startsUpper(words[i + 1]!)) byName = lex.givenNames.get(words[i]!.toLowerCase());
  return byName;
}

/** A media category: "media", or a media word marked otherwise ("media:document": "the Harbour Report"). */
const isMedia = (cat: string | undefined) => cat === 'media' || (cat !== undefined && cat.startsWith('media:'));

/** Whether a word of the name is an organisation or media noun ("Kestra Harbour Authority"): asked only after a title. */
function nameNamesBody(name: string, nouns: ReadonlyMap<string, string>): boolean {
  return name.split(' ').some((w) => {
    const cat = nouns.get(w.toLowerCase());
    return (cat ?? '').startsWith('organization') || isMedia(cat);
  });
}

function singular(word: string, lex: AttributionLexicons): string {
  const { nouns: NOUNS } = lex;
  const w = word.toLowerCase();
  return NOUNS.has(w) ? w : knownSingular(w, NOUNS) ?? w;
}

/** The singular of the plural `w` (lower-case) that `known` holds ("deputies" → deputy, "witnesses" → witness, "nurses" → nurse), or undefined. */
function knownSingular(w: string, known: ReadonlyMap<string, unknown>): string | undefined {
  if (w.endsWith('ies') && known.has(`${w.slice(0, -3)}y`)) return `${w.slice(0, -3)}y`;
  if (w.endsWith('es') && known.has(w.slice(0, -2))) return w.slice(0, -2);
  if (w.endsWith('s') && known.has(w.slice(0, -1))) return w.slice(0, -1);
  return undefined;
}

const stripArticle = (s: string) => s.replace(/^(?:the|a|an)\s+/i, '').trim();
/** The role a source-noun category names in any of its parts ("unnamed:official", "organization:other:generic" → other). */
const roleOf = (cat: string | undefined): SourceRole | undefined => (cat ? (cat.split(':').find((part) => SOURCE_ROLES.has(part)) as SourceRole | undefined) : undefined);

/** The role a run of words implies, from the person-titles lexicon ("Health Minister" → official). */
export function roleFromWords(words: string[], lex: AttributionLexicons): SourceRole | undefined {
  const { titles: TITLES } = lex;
  let found: SourceRole | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = withoutPossessive(words[i]!.toLowerCase());
    const cat = pairCategory(TITLES, w, words, i + 1) ?? TITLES.get(w);
    if (!cat) continue;
    const role = cat as SourceRole;
    // The most specific role wins: a "professor" who is also "Dr" is an expert.
    if (!found || found === 'other' || (found === 'official' && role !== 'other')) found = role;
  }
  return found;
}

/** Category of a word or a two-word phrase starting at `i` in the source-nouns lexicon. */
function nounCategory(words: string[], i: number, lex: AttributionLexicons): string | undefined {
  const { nouns: NOUNS } = lex;
  const w = withoutPossessive(words[i]!.toLowerCase());
  return pairCategory(NOUNS, w, words, i + 1) ?? NOUNS.get(w) ?? NOUNS.get(singular(w, lex));
}

/** A share written with a number, whose head the word reader misses: "33% of voters", "roughly six in 10 tenants", "one out of five". */
const NUMBER_SHARE = /^(?:[a-z]+ly |about |nearly |almost |some )?(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten) ?(?:%|(?:in|out of) (?:\d+|[a-z]+) )/i;

/** Words that place people near someone: "those around him", "those close to her", "those with them". */
const NEAR_WORDS: ReadonlySet<string> = new Set(['around', 'near', 'with', 'behind', 'beside', 'close', 'closest']);

/** "those around him", "those close to her": "those", a word of nearness (with its "to") and an object pronoun. */
function aroundSomeone(words: readonly string[]): boolean {
  const to = words.length === 4 && words[2]!.toLowerCase() === 'to' ? 1 : 0;
  return words.length === 3 + to && words[0]!.toLowerCase() === 'those' && NEAR_WORDS.has(words[1]!.toLowerCase()) && OBJECT_PRONOUNS.has(words[2 + to]!.toLowerCase());
}

/** "not everyone", "not all", "those over 60", "those under 30": a group with no noun head. */
const NEGATED_OR_AGED_GROUP = /^not (?:everyone|everybody|all|many)$|^those (?:over|under) \d+$/i;
/** "almost everyone", "nearly everybody": the whole group but for a few, with no noun head. */
const NEARLY_EVERYONE = new RegExp(`^(?:${[...NEARLY_ALL_ADVERBS].join('|')}) (?:everyone|everybody)$`, 'i');

/** The opening mark of a quoted title after a noun: curly, straight or two apostrophes. */
const TITLE_OPENING = /\s(?:“|"|''|«)/;

/**
 * Is `text` a document noun followed by the quoted title it bears ("his book “The Harbour
 * Way,”", "the memo ''A Fair Levy''")? Not after a possessive name ("Vale's book “…”" is left
 * to the rules for names, as without the title).
 */
function namesDocumentBeforeTitle(text: string, lex: AttributionLexicons): boolean {
  const open = text.search(TITLE_OPENING);
  if (open <= 0) return false;
  const before = wordRuns(text.slice(0, open), "'’.&-");
  const last = before[before.length - 1];
  return last !== undefined && lex.documentNouns.has(last.toLowerCase()) && !/[’']s$/.test(before[before.length - 2] ?? '');
}

/** Is the group after the first "of" of a share or part ("two of the reports", "half of the studies") a document? */
function partOfDocuments(text: string, lex: AttributionLexicons): boolean {
  const of = text.toLowerCase().indexOf(' of ');
  return of >= 0 && describeSource(text.slice(of + 4), '', '', lex)?.kind === 'document';
}

/**
 * Does a document noun stand right before a "by" at or before the head (`headIndex`), "a survey | by the Times"? In
 * any case: with its maker after "by", a capitalised "Survey" in a headline is still the document, not an outlet's name.
 */
function madeBy(words: readonly string[], headIndex: number, lex: AttributionLexicons): boolean {
  for (let i = 1; i <= headIndex && i < 4; i++) if (words[i]!.toLowerCase() === 'by') return lex.documentNouns.has(words[i - 1]!.toLowerCase());
  return false;
}

/** Nouns for a copy, version or part of something: before "of" and a document, the phrase is that document. */
const DOCUMENT_PART_NOUNS = new Set(['copy', 'copies', 'draft', 'drafts', 'excerpt', 'excerpts', 'version', 'versions', 'section', 'sections', 'page', 'pages', 'passage', 'passages', 'portion', 'part', 'summary']);

const PREPOSITIONS = new Set(['of', 'in', 'at', 'from', 'for', 'on', 'with', 'to', 'inside', 'within', 'near', 'close']);

/**
 * Reads a source mention ("Harbour Envoy to Valdora Petra Okafor", "two officials who spoke
 * on condition of anonymity", "The Daily Beacon", "she", "the spokeswoman") and says what kind
 * of source it is, its name, title and role. `context` is text around the mention that may
 * carry anonymity cues ("who asked not to be named"); `appositive` is a description set off
 * by commas ("the union's general secretary"). Returns null when the mention cannot speak
 * ("The result says a lot").
 */
export function describeSource(mention: string, context = '', appositive = '', lex: AttributionLexicons = DEFAULT_ATTRIBUTION_LEXICONS): SourceDescription | null {
  // Pure function of its arguments: memoised (bounded) per lexicon set, names recur across a corpus.
  const cache = lex.describeCache;
  // (a mention alone, the usual call, is its own key: no string built and hashed per call; a
  // joined key always holds two NULs, so a mention without one cannot meet it)
  const key = context === '' && appositive === '' && !mention.includes('\u0000') ? mention : `${mention}\u0000${context}\u0000${appositive}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  // (the memo outlives the article: its key and the strings of its value are read off copies,
  // never off slices that would keep the article's text alive — see detachedCopy)
  const own = detachedCopy(mention);
  const ownContext = detachedCopy(context);
  const ownAppositive = detachedCopy(appositive);
  const result = describeSourceUncached(lex, own, ownContext, ownAppositive);
  if (cache.size > 20_000) cache.clear();
  cache.set(key === mention ? own : `${own}\u0000${ownContext}\u0000${ownAppositive}`, result);
  return result;
}

function describeSourceUncached(lex: AttributionLexicons, mention: string, context: string, appositive: string): SourceDescription | null {
  const { titles: TITLES, nouns: NOUNS, anonymity: ANONYMITY_RE } = lex;
  const text = hasLooseSpace(mention) ? mention.trim().replace(/\s+/g, ' ') : mention;
  const lower = text.toLowerCase();
  const words = wordRuns(text, "'’.&-");
  if (words.length === 0) return null;
  // A wire dateline ("ORLAN CITY (Kalvo News) —") is not a speaker.
  if (words.length >= 2 && !hasAsciiLower(text) && text === text.toUpperCase() && TWO_CAPITALS().test(text)) return null;
  // (the gender is read only for the descriptions that carry one: most mentions are not persons)
  const genderOf = () => genderWord(text, appositive) ?? givenNameGender(words, lex);

  if (/^(?:he|she|they|it|i|we|you|him|her|them)$/i.test(text)) return { kind: 'pronoun', name: null, anaphor: lower, gender: lower === 'she' || lower === 'her' ? 'f' : lower === 'he' || lower === 'him' ? 'm' : undefined };

  // The head of the phrase: its last word before any preposition ("Officials in Norvik" → officials).
  let headIndex = words.length - 1;
  for (let i = 1; i < words.length; i++) {
    if (words[i]!.length <= 6 && PREPOSITIONS.has(words[i]!.toLowerCase())) {
      headIndex = i - 1;
      break;
    }
  }
  const headWord = words[headIndex]!;
  const headCat = nounCategory(words, headIndex, lex) ?? (headIndex > 0 ? pairCategory(NOUNS, words[headIndex - 1]!.toLowerCase(), words, headIndex) : undefined);
  const isPluralHead = /s$/i.test(headWord) && singular(headWord, lex) !== headWord.toLowerCase();
  const personTitle = roleFromWords(words, lex);

  // (with no context, the text alone: no phrase of the pattern ends in the joining space)
  if (ANONYMITY_RE.test(context === '' ? text : `${text} ${context}`) || /^some\s+(?:in|at|within|inside)\b/i.test(text)) {
    const head = words.map((w) => singular(w, lex)).reverse().find((w) => NOUNS.has(w) && NOUNS.get(w) !== 'anonymous');
    return { kind: 'anonymous', name: stripArticle(text), role: roleOf(head ? NOUNS.get(head) : undefined) ?? personTitle };
  }
  if (/[’']s\s+office$/i.test(text)) return { kind: 'organization', name: stripArticle(text), role: 'official' };
  // "58 percent of voters", "a majority of Republicans", "most Americans": a share of a group.
  if (isGroupShareWord(headWord) || NUMBER_SHARE.test(text) || startsWithPartOfGroup(text)) {
    // "Two of the reports say", "each of the filings shows": a part of a set of documents is documents (review23 #5)
    return partOfDocuments(text, lex) ? { kind: 'document', name: stripArticle(text) } : { kind: 'unnamed', name: stripArticle(text), role: 'other' };
  }
  // "most said", "others argue": a quantifier standing alone for a group named before
  // ("not everyone agrees": also when negated, or "almost everyone agrees"; "those over 60 say": people of an age)
  if (words.length === 1 && /^(?:most|many|some|few|all|both|others|several|none|those|anyone|everyone|someone)$/i.test(words[0]!)) return { kind: 'unnamed', name: lower, role: 'other' };
  if (words.length <= 3 && (NEGATED_OR_AGED_GROUP.test(text) || NEARLY_EVERYONE.test(text))) return { kind: 'unnamed', name: lower, role: 'other' };
  // "the two said", "all three agreed", "the latter wrote": a counted group standing for people named before
  if (words.length <= 5 && isCountedGroup(text)) return { kind: 'unnamed', name: lower, role: 'other' };
  // "those around him", "those close to her": the people near someone named before, a group with a pronoun for its place
  if (aroundSomeone(words)) return { kind: 'unnamed', name: lower, role: 'other' };
  // "those surveyed", "those polled": the people a participle describes
  if (words.length === 2 && words[0]!.toLowerCase() === 'those' && endsWithEd(words[1]!.toLowerCase())) return { kind: 'unnamed', name: lower, role: 'other' };
  // "a Gallup poll", "the study", "court filings", "Vale’s report": a document or finding, also when a
  // possessive owns it (a capitalised "Report" names an outlet).
  if (lex.documentNouns.has(headWord)) return { kind: 'document', name: stripArticle(text) };
  // ("A survey by the Harbour Times", "a study by two clerks": a document with its maker after "by" is the document,
  // as "A Harbour Times survey" is; not the maker's kind)
  if (madeBy(words, headIndex, lex)) return { kind: 'document', name: stripArticle(text) };
  // "A copy of the memo", "a draft of the report": a copy or a part of a document speaks for it
  if (DOCUMENT_PART_NOUNS.has(headWord.toLowerCase()) && partOfDocuments(text, lex)) return { kind: 'document', name: stripArticle(text) };
  // "his book “The Harbour Way,”": a document named by the quoted title after it (the title's last word is no head)
  if (namesDocumentBeforeTitle(text, lex)) return { kind: 'document', name: stripArticle(text) };

  // A name after a title or role word: "Health Minister Priya Raman", "correspondent Lucy Tran".
  const name = extractName(words, lex);
  // (the name is words joined by single spaces: its word count and first word without splitting it)
  const firstSpace = name ? name.indexOf(' ') : -1;
  const nameLength = name ? spacedWordCount(name) : 0;
  const beforeName = name ? words[words.length - nameLength - 1] : undefined;
  const beforeIndex = words.length - nameLength - 1;
  // the category of the noun before the name, or of the two words ending there ("news agency")
  const beforeCat = beforeName ? (beforeIndex > 0 ? pairCategory(NOUNS, words[beforeIndex - 1]!.toLowerCase(), words, beforeIndex) : undefined) ?? nounCategory(words, beforeIndex, lex) : undefined;
  // the name as written, with "&" and the like: "Castellan & Rhee"
  const written = name ? text.slice(Math.max(0, text.lastIndexOf(firstSpace < 0 ? name : name.slice(0, firstSpace)))) : '';
  if (name && beforeName && beforeCat?.startsWith('organization') && !startsUpper(beforeName)) {
    return { kind: 'organization', name: written || name, role: roleOf(beforeCat) }; // "Mining company Ferrocor"
  }
  if (name && beforeName && isMedia(beforeCat) && !startsUpper(beforeName)) {
    return { kind: 'media', name: written || name, role: 'journalist' }; // "Public broadcaster ORT"
  }
  // "Bluewing, the largest carrier at the airport": a description that names a body
  if (name && nameLength === words.length && appositive) {
    const head = (appositive.toLowerCase().match(APPOSITIVE_HEAD()) ?? [])[1];
    const cat = head ? NOUNS.get(head) ?? NOUNS.get(singular(head, lex)) : undefined;
    if (cat?.startsWith('organization') && !TITLES.has(head!)) return { kind: 'organization', name, role: roleOf(cat) };
    if (isMedia(cat)) return { kind: 'media', name, role: 'journalist' };
  }
  if (name && /&/.test(text) && !titledName(words, nameLength, lex)) return { kind: 'organization', name: text.slice(text.indexOf(words.find((w) => startsUpper(w) && !/^(?:The|A|An)$/.test(w)) ?? words[0]!)), role: 'other' };
  const isTitle = (w: string) => wordOrPartIn(w.toLowerCase(), TITLES);
  const titled = name !== null && words.slice(0, words.length - nameLength).some(isTitle);
  if (titled && !nameNamesBody(name, NOUNS)) {
    const title = words.slice(0, words.length - nameLength).filter((w) => !/^(?:the|a|an)$/i.test(w)).join(' ').replace(/[’']s$/, '') || undefined;
    return { kind: 'person', name, role: personTitle ?? roleFromWords(appositive.split(/\s+/), lex) ?? 'other', ...(title ? { title } : {}), ...(appositive ? { affiliation: appositive } : {}), gender: genderOf(), lowerName: name.toLowerCase(), ...personRoleWords(text, title, appositive) };
  }

  const capitalized = words.filter((w) => startsUpper(w));
  const mediaWord = capitalized.some((w) => isMedia(NOUNS.get(w.toLowerCase())));
  if (mediaWord || (isMedia(headCat) && words.length <= 3 && !isPluralHead)) {
    return { kind: 'media', name: stripArticle(text), role: 'journalist' };
  }

  // "the FBI", "NATO": an acronym names a body.
  if (capitalized.length === 1 && isUpperRun(capitalized[0]!, 2, 6) && words.length <= 2 && !/^(?:I|AP)$/.test(capitalized[0]!)) return { kind: 'organization', name: capitalized[0]!, role: roleOf(NOUNS.get(capitalized[0]!.toLowerCase())) ?? 'other' };

  // "A spokesman for the Kestrel Bay Police Department": a person speaking for an organisation.
  const forOrg = splitAtForPhrase(text);
  const forHead = forOrg?.head.toLowerCase().trim().split(' ').pop();
  if (forOrg && forHead && !startsUpper(forOrg.head.trim().split(' ').pop()!) && TITLES.has(forHead) && !isPluralHead) {
    const orgDesc = describeSource(forOrg.organization, '', '', lex);
    return { kind: 'person', name: null, role: orgDesc?.kind === 'organization' ? orgDesc.role : personTitle, affiliation: stripArticle(forOrg.organization), anaphor: forHead, gender: genderOf() };
  }

  if (headCat?.startsWith('unnamed') && (isPluralHead || /^(?:one|another|a|an|some|many|several|two|three)\b/i.test(text))) {
    return { kind: 'unnamed', name: stripArticle(text), role: roleOf(headCat) };
  }
  const orgIndex = words.findIndex((w, i) => (nounCategory(words, i, lex) ?? '').startsWith('organization') && (startsUpper(w) || i === headIndex));
  if (orgIndex >= 0) {
    const cat = nounCategory(words, orgIndex, lex);
    if (!startsUpper(words[orgIndex]!) && /^the\s+\S+$/i.test(text)) return { kind: 'role-noun', name: null, anaphor: words[orgIndex]!.toLowerCase(), role: roleOf(cat), organizationNoun: true };
    if (isPluralHead && !startsUpper(headWord)) return { kind: 'unnamed', name: stripArticle(text), role: roleOf(cat) };
    const firstCap = words.findIndex((w) => startsUpper(w) && !/^(?:The|A|An)$/.test(w));
    const orgName = firstCap >= 0 ? words.slice(firstCap).join(' ') : stripArticle(text);
    return { kind: 'organization', name: startsUpper(orgName) ? text.slice(text.indexOf(words[Math.max(firstCap, 0)]!)) : stripArticle(text), role: roleOf(cat) };
  }
  if (name && !isPluralHead) {
    const title = words.slice(0, words.length - nameLength).filter((w) => !/^(?:the|a|an)$/i.test(w)).join(' ').replace(/[’']s$/, '') || undefined;
    return { kind: 'person', name, role: personTitle ?? roleFromWords(appositive.split(/\s+/), lex) ?? 'other', ...(title ? { title } : {}), ...(appositive ? { affiliation: appositive } : {}), gender: genderOf(), lowerName: name.toLowerCase(), ...personRoleWords(text, title, appositive) };
  }

  const head = singular(headWord, lex);
  if (/^(?:the|this|that)\s/i.test(text) && !isPluralHead && (TITLES.has(head) || /^\d+-year-old$/.test(head))) {
    return { kind: 'role-noun', name: null, anaphor: head, role: roleFromWords(words, lex), gender: genderOf() };
  }
  if (headCat?.startsWith('unnamed') || /^(?:another|others?)\b/i.test(text)) {
    return { kind: 'unnamed', name: stripArticle(text), role: roleOf(headCat) ?? personTitle };
  }
  if (TITLES.has(head)) return { kind: 'person', name: null, role: personTitle, anaphor: head, gender: genderOf() };
  // ("praised by the nurses", "clerks at the port said": the plural of a person title is a group of people,
  // as "officials" is; a capitalised head inside the phrase is a name, "the Senators")
  const one = headIndex === 0 || !startsUpper(headWord) ? titleOfPlural(headWord.toLowerCase(), TITLES) : undefined;
  if (one) return { kind: 'unnamed', name: stripArticle(text), role: personTitle ?? (TITLES.get(one) as SourceRole) };
  return null;
}

/**
 * The person title whose plural `w` (lower-case) is ("nurses" → nurse, "deputies" → deputy, "witnesses" →
 * witness, "chairwomen" → chairwoman), or undefined; never a title itself ("mrs" is no plural of "mr").
 */
function titleOfPlural(w: string, titles: ReadonlyMap<string, string>): string | undefined {
  if (titles.has(w) || w.length < 4) return undefined;
  if (w.endsWith('men') && titles.has(`${w.slice(0, -3)}man`)) return `${w.slice(0, -3)}man`;
  return knownSingular(w, titles);
}

function titledName(words: string[], nameLength: number, lex: AttributionLexicons): boolean {
  const { titles: TITLES } = lex;
  return words.slice(0, words.length - nameLength).some((w) => TITLES.has(w.toLowerCase()));
}

/**
 * The person name at the end of a mention, without titles: "Health Minister Priya Raman" →
 * "Priya Raman"; "Nordian Ambassador to Valdora Petra Okafor" → "Petra Okafor"; "Lena J.
 * Tarnow" keeps the initial. Returns null when the mention ends in no capitalized name.
 */
function extractName(words: string[], lex: AttributionLexicons): string | null {
  const { titles: TITLES, nouns: NOUNS } = lex;
  let i = words.length - 1;
  const run: string[] = [];
  while (i >= 0) {
    const w = words[i]!;
    const lw = w.toLowerCase();
    if (startsUpper(w) || (PARTICLES.has(lw) && run.length > 0 && i > 0 && startsUpper(words[i - 1]!))) {
      if ((TITLES.has(withoutPossessive(lw)) || (lw.indexOf('-') < 0 ? TITLES.has(lw) : lw.split('-').some((p) => TITLES.has(p)))) && !PARTICLES.has(lw)) break;
      if (/[’']s$/.test(w)) break;
      run.unshift(w);
      i--;
    } else break;
  }
  if (run.length === 0) return null;
  // "His lawyer in Valdora", "the director of the Tarrow Institute": a place or body, not a name.
  if (run.length <= 2 && i >= 0 && /^(?:in|at|from|of|for|near|to|on|with|inside|outside)$/i.test(words[i]!)) return null;
  // "Valdora Petra Okafor" after "Ambassador to", "Northern Provinces Carla Mendes" after
  // "Governor of the": a place stands between the title's preposition and the name, which is
  // its last two words (three with an initial). After a bare title the whole run is the name
  // ("President Carlos Bravo Regidor").
  const afterPreposition = i >= 0 && (/^(?:to|of|for|in|at|from)$/i.test(words[i]!) || (/^(?:the)$/i.test(words[i]!) && i > 0 && /^(?:to|of|for|in|at|from)$/i.test(words[i - 1]!)));
  const titledEarlier = words.slice(0, i + 1).some((w) => wordOrPartIn(w.toLowerCase(), TITLES));
  if (run.length >= 3 && titledEarlier && afterPreposition) {
    const middleInitial = isUpperInitial(run[run.length - 2]!);
    return run.slice(middleInitial ? -3 : -2).join(' ');
  }
  if (run.length > 4) return run.slice(-3).join(' ');
  if (run.every((w) => NOUNS.has(w.toLowerCase()) || TITLES.has(w.toLowerCase()))) return null;
  return run.join(' ');
}

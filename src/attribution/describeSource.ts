import { DEFAULT_LEXICONS, termCategories } from '../lexicons/defaultLexicons.js';
import type { SourceKind } from '../schema/articleAnalysis.js';

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
  gender?: 'f' | 'm';
}

const TITLES = termCategories(DEFAULT_LEXICONS.personTitles);
const NOUNS = termCategories(DEFAULT_LEXICONS.sourceNouns);
const ANONYMITY = DEFAULT_LEXICONS.sourceNouns.entries.filter((e) => e.category === 'anonymous').map((e) => e.term);
const ANONYMITY_RE = new RegExp(String.raw`\b(?:${ANONYMITY.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})\b`, 'i');
const PARTICLES = new Set(['de', 'del', 'da', 'dos', 'das', 'van', 'von', 'der', 'den', 'le', 'la', 'al', 'bin', 'ibn', 'di', 'du', 'el', 'y']);
const FEMALE = /\b(?:she|her|mrs\.?|ms\.?|miss|madam|dame|lady|queen|princess|spokeswoman|chairwoman|congresswoman|councilwoman|businesswoman|policewoman|sister|mother|daughter|widow|actress|woman)\b/i;
const MALE = /\b(?:he|his|him|mr\.?|sir|lord|king|prince|spokesman|chairman|congressman|councilman|businessman|policeman|brother|father|son|man)\b/i;

function singular(word: string): string {
  const w = word.toLowerCase();
  if (NOUNS.has(w)) return w;
  if (w.endsWith('ies') && NOUNS.has(`${w.slice(0, -3)}y`)) return `${w.slice(0, -3)}y`;
  if (w.endsWith('es') && NOUNS.has(w.slice(0, -2))) return w.slice(0, -2);
  if (w.endsWith('s') && NOUNS.has(w.slice(0, -1))) return w.slice(0, -1);
  return w;
}

const stripArticle = (s: string) => s.replace(/^(?:the|a|an)\s+/i, '').trim();
const roleOf = (cat: string | undefined): SourceRole | undefined => (cat && /official|expert|journalist|other/.test(cat) ? (cat.split(':').pop() as SourceRole) : undefined);

/** The role a run of words implies, from the person-titles lexicon ("Health Minister" → official). */
export function roleFromWords(words: string[]): SourceRole | undefined {
  let found: SourceRole | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.toLowerCase().replace(/[’']s$/, '');
    const two = i + 1 < words.length ? `${w} ${words[i + 1]!.toLowerCase()}` : '';
    const cat = TITLES.get(two) ?? TITLES.get(w);
    if (!cat) continue;
    const role = cat as SourceRole;
    // The most specific role wins: a "professor" who is also "Dr" is an expert.
    if (!found || found === 'other' || (found === 'official' && role !== 'other')) found = role;
  }
  return found;
}

/**
 * Reads a source mention ("U.S. Ambassador to Mexico Ronald Johnson", "two officials who spoke
 * on condition of anonymity", "The Daily Beacon", "she", "the spokeswoman") and says what kind
 * of source it is, its name, title and role. `context` is text around the mention that may
 * carry anonymity cues ("who asked not to be named"); `appositive` is a description set off
 * by commas ("the union's general secretary").
 */
export function describeSource(mention: string, context = '', appositive = ''): SourceDescription {
  const text = mention.trim().replace(/\s+/g, ' ');
  const lower = text.toLowerCase();
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu) ?? [];
  const gender = FEMALE.test(`${text} ${appositive}`) ? 'f' : MALE.test(`${text} ${appositive}`) ? 'm' : undefined;

  if (/^(?:he|she|they|it|i|we|him|her|them)$/i.test(text)) return { kind: 'pronoun', name: null, anaphor: lower, gender: lower === 'she' || lower === 'her' ? 'f' : lower === 'he' || lower === 'him' ? 'm' : undefined };
  if (ANONYMITY_RE.test(`${text} ${context}`) || /^some\s+(?:in|at|within|inside)\b/i.test(text)) {
    const head = words.map(singular).reverse().find((w) => NOUNS.has(w) && NOUNS.get(w) !== 'anonymous');
    return { kind: 'anonymous', name: stripArticle(text), role: roleOf(head ? NOUNS.get(head) : undefined) ?? roleFromWords(words) };
  }
  if (/[’']s\s+office$/i.test(text)) return { kind: 'organization', name: stripArticle(text), role: 'official' };

  const capitalized = words.filter((w) => /^\p{Lu}/u.test(w));
  const mediaWord = capitalized.find((w) => NOUNS.get(w.toLowerCase()) === 'media');
  const lastWord = words[words.length - 1] ?? '';
  const headCat = NOUNS.get(singular(lastWord));
  if (mediaWord || (headCat === 'media' && words.length <= 3)) {
    return { kind: 'media', name: stripArticle(text), role: 'journalist' };
  }
  const orgWord = [...words].reverse().find((w) => {
    const c = NOUNS.get(w.toLowerCase()) ?? NOUNS.get(singular(w));
    return c !== undefined && c.startsWith('organization') && (/^\p{Lu}/u.test(w) || w === lastWord);
  });
  const personTitle = roleFromWords(words);
  const isPluralHead = /s$/i.test(lastWord) && singular(lastWord) !== lastWord.toLowerCase();

  // "A spokesman for the Kestrel Bay Police Department": a person speaking for an organisation.
  const forOrg = /^(?:a|an|the|one|another)?\s*([\p{L}\s-]+?)\s+(?:for|of|at|from)\s+(.+)$/iu.exec(text);
  if (forOrg && !/^\p{Lu}/u.test(forOrg[1]!.trim().split(' ').pop()!) && TITLES.has(forOrg[1]!.toLowerCase().trim().split(' ').pop()!) && !isPluralHead) {
    const affiliation = stripArticle(forOrg[2]!);
    const orgDesc = describeSource(forOrg[2]!);
    return { kind: 'person', name: null, role: orgDesc.kind === 'organization' ? orgDesc.role : personTitle, affiliation, anaphor: forOrg[1]!.toLowerCase().trim().split(' ').pop(), gender };
  }
  if (orgWord && !(capitalized.length > 0 && personTitle && !isPluralHead && /^\p{Lu}/u.test(lastWord) && !NOUNS.has(lastWord.toLowerCase()))) {
    const cat = NOUNS.get(orgWord.toLowerCase()) ?? NOUNS.get(singular(orgWord));
    if (!/^\p{Lu}/u.test(orgWord) && /^the\s+\S+$/i.test(text)) return { kind: 'role-noun', name: null, anaphor: orgWord.toLowerCase(), role: roleOf(cat) };
    if (isPluralHead && !/^\p{Lu}/u.test(lastWord)) return { kind: 'unnamed', name: stripArticle(text), role: roleOf(cat) };
    return { kind: 'organization', name: stripArticle(text), role: roleOf(cat) };
  }

  const name = extractName(words);
  if (name) {
    const titleWords = words.slice(0, words.length - name.split(' ').length);
    const title = titleWords.filter((w) => !/^(?:the|a|an)$/i.test(w)).join(' ').replace(/[’']s$/, '') || undefined;
    return { kind: 'person', name, role: personTitle ?? roleFromWords(appositive.split(/\s+/)) ?? 'other', ...(title ? { title } : {}), ...(appositive ? { affiliation: appositive } : {}), gender };
  }

  const head = singular(lastWord);
  const headCategory = NOUNS.get(head) ?? (TITLES.has(head) ? `person:${TITLES.get(head)}` : undefined);
  if (/^(?:the|this|that)\s/i.test(text) && !isPluralHead && (TITLES.has(head) || /^\d+-year-old$/.test(head) || headCategory?.startsWith('unnamed'))) {
    return { kind: 'role-noun', name: null, anaphor: head, role: roleFromWords(words), gender };
  }
  if (headCategory?.startsWith('unnamed') || isPluralHead || /^(?:another|one|some|many|others?)\b/i.test(text)) {
    return { kind: 'unnamed', name: stripArticle(text), role: roleOf(headCategory) ?? personTitle ?? (headCategory ? undefined : 'other') };
  }
  if (TITLES.has(head) || headCategory?.startsWith('person')) return { kind: 'person', name: null, role: personTitle, anaphor: head, gender };
  return { kind: 'unnamed', name: stripArticle(text), role: personTitle };
}

/**
 * The person name at the end of a mention, without titles: "Health Minister Priya Raman" →
 * "Priya Raman"; "U.S. Ambassador to Mexico Ronald Johnson" → "Ronald Johnson"; "Donald J.
 * Trump" keeps the initial. Returns null when the mention ends in no capitalized name.
 */
export function extractName(words: string[]): string | null {
  let i = words.length - 1;
  const run: string[] = [];
  while (i >= 0) {
    const w = words[i]!;
    const lw = w.toLowerCase();
    if (/^\p{Lu}/u.test(w) || (PARTICLES.has(lw) && run.length > 0 && i > 0 && /^\p{Lu}/u.test(words[i - 1]!))) {
      if (TITLES.has(lw.replace(/[’']s$/, '')) && !PARTICLES.has(lw)) break;
      if (/[’']s$/.test(w)) break;
      run.unshift(w);
      i--;
    } else break;
  }
  if (run.length === 0) return null;
  const titled = i >= 0; // something (a title or a preposition) stands before the run
  // "Mexico Ronald Johnson" after "Ambassador to": a place before the name.
  if (run.length >= 3 && titled && /^(?:to|of|for|in|at)$/i.test(words[i] ?? '')) {
    const middleInitial = run.length >= 3 && /^\p{Lu}\.$/u.test(run[run.length - 2]!);
    const keep = middleInitial ? 3 : 2;
    return run.slice(-keep).join(' ');
  }
  if (run.length > 4) return run.slice(-3).join(' ');
  if (run.every((w) => NOUNS.has(w.toLowerCase()) || TITLES.has(w.toLowerCase()))) return null;
  return run.join(' ');
}

import type { AttributionLexicons } from './attributionLexicons.js';
import type { SourceDescription } from './describeSource.js';
import type { MentionRecord, SourceEntity, SourceRegistry } from './sourceRegistry.js';
import { letterRuns, spacedWordCount } from '../document/letterRuns.js';
import { isGivenName } from './peopleNouns.js';
import { roleWordsOf } from './roleWordsOf.js';

/** Where a mention stands: its offset, its text and the start of its sentence. */
export interface MentionSite {
  offset: number;
  text: string;
  sentenceStart: number;
  /**
   * Where an antecedent of a pronoun or role noun must stand before, when that is earlier than
   * `offset`: the start of a relative clause inside the source ("The union, which the board
   * expects will strike, said": "the board" is no antecedent of "the union").
   */
  lookup?: number;
}

const ORG_KINDS = new Set(['organization', 'media', 'document']);
const PLURAL_KINDS = new Set(['organization', 'unnamed', 'media', 'anonymous']);

const genderFits = (e: SourceEntity, g: 'f' | 'm' | undefined) => !g || !e.gender || e.gender === g;
// Entity tests that capture nothing, made once (not a closure per lookup).
const isOrgKind = (x: SourceEntity) => ORG_KINDS.has(x.kind);
const isNamingBody = (x: SourceEntity) => ORG_KINDS.has(x.kind) && x.kind !== 'document';
const isBarePerson = (x: SourceEntity) => x.kind === 'person' && !x.title && !x.gender;
const isUnresolved = (x: SourceEntity) => x.unresolved === true;
const isNotedBody = (x: SourceEntity) => x.kind === 'organization' && !!x.noted;
const isOrgOrMedia = (x: SourceEntity) => x.kind === 'organization' || x.kind === 'media';
const NOT_NAME_WORDS = new Set(['the', 'and', 'for', 'of']);
const NOT_MODIFIERS = new Set(['the', 'this', 'that', 'former', 'then', 'new', 'current']);


/**
 * Resolves a described source mention to an entity of the article and makes it a source:
 * a full name to the person or body already known by it; a surname or "Mr./Ms." form to the
 * full name ("Mr. Regidor" → "Carlos Bravo Regidor"); he/she to the nearest fitting person
 * (the subject of the pronoun's own sentence first, then the latest speaker or sentence
 * subject, then anyone mentioned), it/they to the latest organisation or group; a role noun
 * ("the president", "the ministry", "the company") to the latest entity it describes,
 * preferring one that also fits its modifiers ("the socialist president"); a generic body noun of
 * `lex` (`genericBodyNouns`: "the company", "the group") to any organisation named before. With nothing to
 * refer to, the pronoun or role noun is kept as an unresolved source: no speaker is invented.
 *
 * @example
 * ```ts
 * const reg = new SourceRegistry();
 * resolveSpeaker(reg, DEFAULT_ATTRIBUTION_LEXICONS, { kind: 'person', name: 'Ana Ruiz' }, { offset: 0, text: 'Ana Ruiz', sentenceStart: 0 });
 * resolveSpeaker(reg, DEFAULT_ATTRIBUTION_LEXICONS, { kind: 'person', name: 'Ruiz' }, { offset: 40, text: 'Ms. Ruiz', sentenceStart: 30 }).name // "Ana Ruiz"
 * ```
 */
export function resolveSpeaker(reg: SourceRegistry, lex: AttributionLexicons, desc: SourceDescription, site: MentionSite): SourceEntity {
  const e = findEntity(reg, lex, desc, site, true);
  reg.promote(e, site.offset);
  reg.mention(e, site.offset, true);
  return e;
}

/**
 * Records a person or body the text names without attributing anything to it, so that a
 * later pronoun, surname or role noun can find it.
 */
export function noteMention(reg: SourceRegistry, lex: AttributionLexicons, desc: SourceDescription | null, site: MentionSite, subject: boolean): void {
  if (!desc || (desc.kind !== 'person' && desc.kind !== 'organization' && desc.kind !== 'media') || !desc.name) return;
  const e = findEntity(reg, lex, desc, site, false);
  reg.mention(e, site.offset, subject);
}

/**
 * Records a mention of an already known person or body by a single word ("Ruiz"), if there is one;
 * `lower` is `word.toLowerCase()` (the caller may have it without lower-casing: see `isAsciiLowerCaseOf`).
 */
export function noteKnownWord(reg: SourceRegistry, word: string, lower: string, offset: number, subject: boolean): void {
  const e = reg.byLowerSurname(lower, offset) ?? reg.byOrganizationKeyOfLower(word, lower, offset, isOrgKind);
  if (e) reg.mention(e, offset, subject);
}

function findEntity(reg: SourceRegistry, lex: AttributionLexicons, desc: SourceDescription, site: MentionSite, asSource: boolean): SourceEntity {
  const { offset } = site;
  const back = site.lookup !== undefined && site.lookup < offset ? { ...site, offset: site.lookup } : site;
  switch (desc.kind) {
    case 'pronoun': {
      const found = resolvePronoun(reg, lex, desc.anaphor!, back);
      if (found) {
        if (desc.gender && !found.gender && found.kind === 'person') found.gender = desc.gender;
        return found;
      }
      // Nobody to point back to: keep the pronoun, unresolved.
      const personal = /^(?:he|she|him|her|i)$/.test(desc.anaphor!);
      return reg.byAnaphorWord(desc.anaphor!, offset, isUnresolved) ?? reg.create({ kind: personal ? 'person' : 'unnamed', name: null, gender: desc.gender, anaphors: new Set([desc.anaphor!]), unresolved: true }, offset);
    }
    case 'role-noun': {
      const isOrg = desc.organizationNoun === true;
      const noun = desc.anaphor!;
      // (the lexicons tell which organisation nouns may stand for any body: "the company", not "the ministry")
      const anyBody = isOrg && lex.genericBodyNouns.has(noun);
      const found = resolveRoleNoun(reg, noun, back, anyBody) ?? (anyBody ? promoteToOrganization(reg, lex, back.offset) : null);
      if (found) return found;
      // An organisation known only as "the league" is named by its noun; a person stays unnamed.
      const same = reg.byAnaphorWord(noun, offset, (x) => x.name === (isOrg ? noun : null) && x.kind === (isOrg ? 'organization' : 'person'));
      return same ?? reg.create({ kind: isOrg ? 'organization' : 'person', name: isOrg ? noun : null, role: desc.role, gender: desc.gender, anaphors: new Set([noun]), unresolved: !isOrg }, offset);
    }
    case 'person': {
      if (desc.name) return findPerson(reg, desc, site, asSource);
      const role = desc.anaphor ? resolveRoleNoun(reg, desc.anaphor, back, false, true) : null;
      if (role) return role;
      return reg.create({ kind: 'person', name: null, role: desc.role, affiliation: desc.affiliation, gender: desc.gender, anaphors: new Set(desc.anaphor ? [desc.anaphor] : []) }, offset);
    }
    default: {
      const name = desc.name ?? site.text;
      const kind = desc.kind as SourceEntity['kind'];
      let same: SourceEntity | null = null;
      // (lower-cased once for the keys below, when one is asked: see findPerson; the organisation key has a memo by name)
      let lower: string | undefined;
      if (kind === 'organization' || kind === 'media') {
        same = reg.byOrganizationKey(name, offset, isNamingBody);
        if (!same) {
          lower = name.toLowerCase();
          // "The Times" after "The New York Times"
          if (!name.includes(' ')) same = reg.byLowerAnaphor(lower, offset, (x) => x.kind === kind);
          // a single capitalised word first taken for a person ("Halvorsen said") is this body
          if (!same) same = reg.byLowerName(lower, offset, isBarePerson);
        }
        if (same && same.kind === 'person') reg.changeKind(same, kind);
      } else same = reg.byLowerName((lower = name.toLowerCase()), offset, (x) => x.kind === kind);
      if (same) {
        if (name.length > (same.name?.length ?? 0) && (kind === 'organization' || kind === 'media')) {
          same.name = name;
          reg.index(same, lower);
        }
        if (desc.role && !same.role) same.role = desc.role;
        return same;
      }
      lower ??= name.toLowerCase();
      // "the ministry" may later point back to "the Ministry of Water Resources", "the Chronicle" to "the Brackwater Chronicle"
      const words = kind === 'organization' || kind === 'media' || kind === 'document' ? (letterRuns(lower, 3)).filter((w) => !NOT_NAME_WORDS.has(w)) : [];
      // "Another diplomat" after an anonymous diplomat is anonymous too
      let k = kind;
      if (kind === 'unnamed' && /^another\s/i.test(name)) {
        const head = lower.split(' ').pop()!;
        if (reg.recent(offset, (m) => m.entity.kind === 'anonymous' && (m.entity.name ?? '').toLowerCase().includes(head.replace(/s$/, '')))) k = 'anonymous';
      }
      return reg.create({ kind: k, name, role: desc.role, anaphors: new Set(words) }, offset, lower);
    }
  }
}

function findPerson(reg: SourceRegistry, desc: SourceDescription, site: MentionSite, asSource: boolean): SourceEntity {
  const name = desc.name!;
  // (lower-cased once for all the keys below and the new entity's: on text with a character past U+00FF,
  // each lower-casing goes through ICU, ≈ 800 instructions; a slice of it is the slice's lower case;
  // a description from describeSource brings it, read once per distinct mention)
  const lower = desc.lowerName ?? name.toLowerCase();
  const { offset } = site;
  // (the word count and the first and last words, not an array of the words: one person name per call)
  const nParts = spacedWordCount(name);
  const isPerson = (x: SourceEntity) => x.kind === 'person' && genderFits(x, desc.gender);
  let same = reg.byLowerName(lower, offset, isPerson);
  if (!same && nParts === 1) {
    same = reg.byLowerSurname(lower, offset, isPerson);
    // (a body is shortened to its first word, "Halvorsen" for "Halvorsen Freight"; a person to the last)
    if (same && same.name !== null && spacedWordCount(same.name) > 1) same.calledBySurname = true;
    same ??= reg.byLowerName(lower, offset, isNotedBody);
  }
  // "Kovacs did not respond" after "Kovacs Energy": the body, not a new person
  if (!same && nParts === 1 && !desc.title && !desc.gender) {
    const body = reg.byLowerFirstWord(lower, offset, isOrgOrMedia);
    if (body) return body;
  }
  if (!same && nParts > 1) same = reg.byLowerSurname(lower, offset, isPerson); // "Ortega Ruiz" after "Juan Pablo Ortega Ruiz"
  if (!same && nParts > 1) {
    // "Lena J. Tarnow" after "Lena Tarnow", "Mira Vale Okafor" after "Mira Okafor",
    // "Lena Tarnow" after a lone "Tarnow": same surname and the same first name, or no first name.
    // (lower-casing keeps the spaces and maps no other character to one: the lower case's first and
    // last words are the name's, lower-cased)
    const first = lower.slice(0, lower.indexOf(' '));
    const last = lower.slice(lower.lastIndexOf(' ') + 1);
    same = reg.byLowerSurname(last, offset, (x) => isPerson(x) && x.name !== null && firstWordIs(x, first));
    if (!same) same = reg.byLowerName(last, offset, isPerson);
  }
  if (same?.kind === 'organization') reg.changeKind(same, 'person');
  if (same) {
    // The fuller name wins, but a name read off a source mention beats a longer run of capitals noted in passing.
    const longer = nParts > (same.name == null ? 0 : spacedWordCount(same.name));
    if ((longer && nParts <= 4) || (asSource && same.noted && nParts >= 2)) {
      same.name = name;
      reg.index(same, lower);
    }
    if (asSource) same.noted = false;
    same.title ??= desc.title;
    same.affiliation ??= desc.affiliation;
    if (desc.role && (!same.role || same.role === 'other')) same.role = desc.role;
    if (desc.gender && !same.gender) same.gender = desc.gender;
    // (a description from describeSource brings the mention's role words first in its list, read once per distinct
    // mention; the site's text is the mention described, white space aside, at every production caller, perf90)
    const words = desc.roleWords;
    const n = desc.mentionRoleWords;
    if (words !== undefined && n !== undefined) for (let i = 0; i < n; i++) reg.addAnaphor(same, words[i]!);
    else for (const w of roleWords(reg, site.text)) reg.addAnaphor(same, w);
    return same;
  }
  return reg.create({ kind: 'person', name, role: desc.role, title: desc.title, affiliation: desc.affiliation, gender: desc.gender, noted: !asSource, anaphors: new Set(desc.roleWords ?? roleWordsOf(`${site.text} ${desc.title ?? ''} ${desc.affiliation ?? ''}`)) }, offset, lower);
}

/**
 * Lower-case words of a mention that a later role noun may use ("spokeswoman", "minister", "president"):
 * a pure function of the text, memoised in the article's registry (`roleWordsByText`). Callers only read the list.
 * (A new speaker's words, read once with its title and affiliation, skip the memo: that joined text never recurs,
 * and hashing it as a key cost more than the memo saved, perf70; a description from describeSource brings them.)
 */
function roleWords(reg: SourceRegistry, text: string): readonly string[] {
  let words = reg.roleWordsByText.get(text);
  if (words === undefined) reg.roleWordsByText.set(text, (words = roleWordsOf(text)));
  return words;
}

/**
 * `e`'s name is of one word, or its first word lower-cased is `first` (`name.split(' ')[0]`, with no
 * array; from the lower case the registry keeps of the name it indexed, when that is the name).
 */
function firstWordIs(e: SourceEntity, first: string): boolean {
  const name = e.name!;
  const sp = name.indexOf(' ');
  if (sp < 0) return true;
  const lower = e.indexedName === name ? e.indexedLower : undefined;
  // (lower-casing keeps the spaces: the first word of the lower case is the first word's lower case)
  return lower === undefined ? name.slice(0, sp).toLowerCase() === first : lower.slice(0, lower.indexOf(' ')) === first;
}

function resolvePronoun(reg: SourceRegistry, lex: AttributionLexicons, p: string, site: MentionSite): SourceEntity | null {
  const { offset, sentenceStart } = site;
  if (p === 'he' || p === 'she' || p === 'him' || p === 'her' || p === 'i') {
    const g = p === 'she' || p === 'her' ? 'f' : p === 'i' ? undefined : 'm';
    const fits = (m: MentionRecord) => m.entity.kind === 'person' && !m.entity.unresolved && genderFits(m.entity, g);
    // The subject of the pronoun's own sentence ("Judge Adler sentenced Hale for what she called"),
    // then the latest speaker or sentence subject, then anyone mentioned.
    return reg.recent(offset, (m) => m.offset >= sentenceStart && m.subject && fits(m)) ?? reg.recent(offset, (m) => fits(m) && (!m.entity.hidden || m.subject)) ?? reg.recent(offset, fits);
  }
  if (p === 'it') return reg.recent(offset, (m) => ORG_KINDS.has(m.entity.kind)) ?? promoteToOrganization(reg, lex, offset);
  if (p === 'they' || p === 'we' || p === 'them') return reg.recent(offset, (m) => PLURAL_KINDS.has(m.entity.kind) && !m.entity.unresolved);
  return null;
}

/**
 * "Halvorsen Freight said ... It said": a name with no title, no gender and no person
 * evidence (a later mention by its last word alone: "Dara Okafor … Okafor said"; a first word
 * that is a given name of the lexicons: "Dara Okafor said … The company said") that is later
 * called "it" or "the company" was an organisation all along.
 */
function promoteToOrganization(reg: SourceRegistry, lex: AttributionLexicons, offset: number): SourceEntity | null {
  const candidate = reg.recent(offset, (m) => {
    const e = m.entity;
    return e.kind === 'person' && e.name !== null && !e.title && !e.gender && !e.affiliation && !e.calledBySurname && spacedWordCount(e.name) <= 4 && !e.unresolved && !opensWithGivenName(lex, e.name);
  });
  if (!candidate) return null;
  reg.changeKind(candidate, 'organization');
  candidate.role = candidate.role === 'official' ? 'official' : 'other';
  return candidate;
}

/** Does a name of two words or more open with a given name ("Dara Okafor", not "Halvorsen Freight")? */
function opensWithGivenName(lex: AttributionLexicons, name: string): boolean {
  const sp = name.indexOf(' ');
  return sp > 0 && isGivenName(lex, name.slice(0, sp).toLowerCase());
}

/**
 * A role noun ("the president", "the spokeswoman", "the ministry") to the latest entity that
 * carries it as a title, role word or head noun, preferring one whose description also holds
 * the mention's modifiers ("the socialist president"); with `anyBody` (a generic body noun), else
 * the latest organisation that is no official body.
 */
function resolveRoleNoun(reg: SourceRegistry, noun: string, site: MentionSite, anyBody: boolean, strict = false): SourceEntity | null {
  const n = noun.toLowerCase();
  const { offset } = site;
  if (/^\d+-year-old$/.test(n)) return strict ? null : reg.recent(offset, (m) => m.entity.kind === 'person' && !m.entity.unresolved);
  const modifiers = letterRuns(site.text.toLowerCase(), 3).filter((w) => w !== n && !NOT_MODIFIERS.has(w));
  const carries = (e: SourceEntity) => !e.unresolved && (e.anaphors.has(n) || (e.title !== undefined && e.title.toLowerCase().includes(n)) || (e.affiliation !== undefined && e.affiliation.toLowerCase().includes(n)));
  const describes = (e: SourceEntity, w: string) => e.anaphors.has(w) || `${e.title ?? ''} ${e.affiliation ?? ''}`.toLowerCase().includes(w);
  if (modifiers.length > 0) {
    const fitting = reg.recent(offset, (m) => carries(m.entity) && modifiers.some((w) => describes(m.entity, w)));
    if (fitting) return fitting;
  }
  const byWord = reg.byAnaphorWord(n, offset, carries) ?? reg.recent(offset, (m) => carries(m.entity));
  if (byWord || strict) return byWord;
  // "the company" may be any firm named before; "the ministry", "the board" only one called so.
  if (anyBody) return reg.recent(offset, (m) => m.entity.kind === 'organization' && m.entity.role !== 'official');
  return null;
}

import type { SourceKind } from '../schema/articleAnalysis.js';
import type { SourceRole } from './describeSource.js';
import { isLetterInitial, isRegexSpaceCode, isRegexWordCode, isUpperCode } from '../document/letterRuns.js';
import { anchorShape } from '../document/shapeAnchor.js';
import { charCodeAt, codePointAt } from '../document/charCodes.js';

/** A person, body or group the article names or refers to, built up from its mentions. */
export interface SourceEntity {
  id: string;
  name: string | null;
  kind: SourceKind;
  role?: SourceRole;
  title?: string;
  affiliation?: string;
  gender?: 'f' | 'm';
  /** Words that may refer back to it: surname, role nouns ("spokeswoman"), head nouns ("ministry"). */
  anaphors: Set<string>;
  /** Offset of the latest mention, for recency. */
  lastSeen: number;
  firstSeen: number;
  /** True while it is only mentioned (it has made no attribution yet). */
  hidden: boolean;
  /** True while the name only comes from a capitalised run seen in passing. */
  noted: boolean;
  /** True once a later mention called it by its last name alone ("Okafor" after "Dara Okafor"): a person, never a body. */
  calledBySurname?: boolean;
  /** Only a pronoun or role noun with nothing to refer to. */
  unresolved?: boolean;
  /**
   * The name and kind at the registry's last `index` (what its name keys were filed under):
   * registry bookkeeping, kept on the entity rather than in a map of one object per entity.
   * `undefined` until first indexed.
   */
  indexedName?: string | null;
  indexedKind?: SourceKind;
  /** `indexedName` lower-cased (its keys' base, and its id's): `undefined` with no name. */
  indexedLower?: string;
}

/** One mention in reading order: what was mentioned, where, and whether it was a sentence subject. */
export interface MentionRecord {
  entity: SourceEntity;
  offset: number;
  subject: boolean;
}

const slug = (s: string) => slugOfLower(s.toLowerCase());

/** `slug` of a name already lower-cased. */
function slugOfLower(lower: string): string {
  const ascii = asciiSlug(lower);
  if (ascii !== null) return ascii || 'source';
  return lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’']/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'source';
}

/**
 * `slug` of a lower-case ASCII name in one pass (what the chain of replacements above gives:
 * apostrophes dropped, every other run of non-alphanumerics one "-", none at either end), or
 * null for any other text. Ids are made for every new source: the regex chain cost microseconds each.
 */
function asciiSlug(lower: string): string | null {
  // (the output is made of the name's letter-and-digit runs, sliced whole: a string per run, not per character)
  let out = '';
  let dash = false;
  let from = -1; // start of the current run of letters and digits, -1 outside one
  const len = lower.length;
  for (let i = 0; i < len; i++) {
    const c = charCodeAt(lower, i);
    if (c > 127) return null;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (from < 0) {
        if (dash && out.length > 0) out += '-';
        dash = false;
        from = i;
      }
    } else {
      if (from >= 0) out += lower.slice(from, i);
      from = -1;
      if (c !== 39) dash = true;
    }
  }
  if (from >= 0) out += lower.slice(from);
  return out;
}

/** What makes `orgKey` split or strip a name: a space or comma, or an apostrophe ("Vale’s"); `/[\s,’']/` by char code. */
function isMultiWordOrPossessive(name: string): boolean {
  const len = name.length;
  for (let i = 0; i < len; i++) {
    const c = charCodeAt(name, i);
    if (c === 44 || c === 39 || c === 0x2019 || isRegexSpaceCode(c)) return true;
  }
  return false;
}
const ORG_FILLERS = new Set(['the', 'of', 'for', 'and', '&', 'on', 'in', 'u.s.', 'us', 'national']);

/**
 * The key under which the names of one body meet: lower-case significant words, sorted, so
 * "Justice Department", "the Department of Justice" and "Department of Justice" are one key.
 *
 * @example
 * ```ts
 * orgKey('the Department of Justice') === orgKey('Justice Department') // true
 * ```
 */
export function orgKey(name: string): string {
  return orgKeyOfLower(name, name.toLowerCase());
}

/** `orgKey(name)`, given `lower`, `name.toLowerCase()` (no second lower-casing: costly on two-byte text). */
function orgKeyOfLower(name: string, lower: string): string {
  // One word (most keys asked: every capitalised word of the article): itself, unless a filler.
  if (!isMultiWordOrPossessive(name)) return lower === '' || ORG_FILLERS.has(lower) ? '' : lower;
  const words = KEY_WORDS;
  words.length = 0;
  significantWords(lower, words);
  return sortedJoin(words);
}

/** Scratch list of `orgKey`'s words: one array for every key (it is not re-entered). */
const KEY_WORDS: string[] = [];

/**
 * `words.sort().join(' ')`, in place and with no array made by the sort (most keys have two or
 * three words): the default sort's order is `<` on strings, and equal words are equal strings,
 * so an insertion sort gives the same key.
 */
function sortedJoin(words: string[]): string {
  const n = words.length;
  if (n === 0) return '';
  if (n === 1) return words[0]!;
  if (n === 2) {
    const a = words[0]!;
    const b = words[1]!;
    return b < a ? `${b} ${a}` : `${a} ${b}`;
  }
  for (let i = 1; i < n; i++) {
    const w = words[i]!;
    let j = i - 1;
    for (; j >= 0 && words[j]! > w; j--) words[j + 1] = words[j]!;
    words[j + 1] = w;
  }
  let key = words[0]!;
  for (let i = 1; i < n; i++) key += ` ${words[i]!}`;
  return key;
}

/**
 * Pushes onto `words` the words of a lower-case name without possessive endings or fillers: what
 * `lower.replace(/[’']s\b/g, '').split(/[\s,]+/).filter((w) => w && !ORG_FILLERS.has(w))` gives,
 * in one char-code pass (a multi-word name is keyed once per article; the chain made four
 * strings or arrays and ran two expressions).
 */
function significantWords(lower: string, words: string[]): void {
  let word = ''; // the current word's pieces before `from` (a possessive cut out of it joins them)
  let from = 0;
  const len = lower.length;
  for (let i = 0; i < len; i++) {
    const c = charCodeAt(lower, i);
    if ((c === 39 || c === 0x2019) && charCodeAt(lower, i + 1) === 115 && !isRegexWordCode(charCodeAt(lower, i + 2))) {
      word += lower.slice(from, i);
      from = i + 2;
      i += 1; // the possessive «’s» is the replace's match: the scan goes on after it, as the replace does
    } else if (c === 44 || isRegexSpaceCode(c)) {
      word += lower.slice(from, i);
      if (word !== '' && !ORG_FILLERS.has(word)) words.push(word);
      word = '';
      from = i + 1;
    }
  }
  word += lower.slice(from);
  if (word !== '' && !ORG_FILLERS.has(word)) words.push(word);
}

/** How far back pronoun and role-noun searches look, in mentions (bounds the cost per lookup). */
const RECENT_WINDOW = 300;

/**
 * The entities of one article with indexes from normalised name keys to entities, so that
 * every lookup costs the size of one key's list (not a scan of all earlier sources), and a
 * list of mentions in reading order for pronouns and role nouns, searched backwards within
 * a bounded window.
 */
export class SourceRegistry {
  /** Entities that made at least one attribution, in the order they first did. */
  readonly sources: SourceEntity[] = [];
  private readonly byName = new Map<string, Filed>();
  private readonly bySurname = new Map<string, Filed>();
  private readonly byOrgKey = new Map<string, Filed>();
  private readonly byAnaphor = new Map<string, Filed>();
  private readonly byFirstWord = new Map<string, Filed>();
  /** Memo of `orgKey` by name: the same words are looked up for every capitalised word of the article. */
  private readonly orgKeys = new Map<string, string>();
  /**
   * Memo of speakerResolution's role words by mention text: a known speaker is mentioned again and again by
   * the same words. Per article, not per module: it is dropped with the article, so its keys may be slices of
   * the article's text and it needs no bound.
   */
  readonly roleWordsByText = new Map<string, readonly string[]>();
  private readonly usedIds = new Set<string>();
  readonly mentions: MentionRecord[] = [];
  private unspecifiedEntity: SourceEntity | null = null;

  /** A new, hidden entity; it becomes a source when `promote` is called. */
  create(init: Pick<SourceEntity, 'kind' | 'name'> & Partial<SourceEntity>, offset: number, lowerName?: string): SourceEntity {
    // Every entity gets the same fields in the same order (absent ones undefined), not a spread
    // of `init`: one object shape, so the registry's tests on entities stay monomorphic.
    const entity: SourceEntity = {
      id: init.id ?? '',
      name: init.name,
      kind: init.kind,
      role: init.role,
      title: init.title,
      affiliation: init.affiliation,
      gender: init.gender,
      anaphors: init.anaphors ?? new Set(),
      lastSeen: init.lastSeen ?? offset,
      firstSeen: init.firstSeen ?? offset,
      hidden: init.hidden ?? true,
      noted: init.noted ?? false,
      unresolved: init.unresolved,
      indexedName: undefined,
      indexedKind: undefined,
      indexedLower: undefined,
    };
    this.index(entity, lowerName);
    return entity;
  }

  /**
   * Adds the name keys of an entity (again, after its name or anaphors changed). `lowerName`, when
   * given, is `e.name.toLowerCase()`, which the caller had (on text with any character past U+00FF
   * each lower-casing goes through ICU, ≈ 800 instructions).
   */
  index(e: SourceEntity, lowerName?: string): void {
    e.indexedName = e.name;
    e.indexedKind = e.kind;
    e.indexedLower = undefined;
    // (the name lower-cased once, no closure: every new entity is indexed)
    if (e.name) {
      const lower = lowerName ?? e.name.toLowerCase();
      e.indexedLower = lower;
      addTo(this.byName, lower, e);
      if (e.kind === 'person') {
        // every name after the first ("Bravo" and "Regidor" of "Carlos Bravo Regidor"), and the rest
        // of the name from each of them but the last, for double surnames ("ortega ruiz" of "Juan
        // Pablo Ortega Ruiz"): what `lower.split(' ')` and its slices gave, found by spaces with no array
        for (let sp = lower.indexOf(' '); sp >= 0; ) {
          const from = sp + 1;
          const next = lower.indexOf(' ', from);
          const part = next < 0 ? lower.slice(from) : lower.slice(from, next);
          if (!isLetterInitial(part)) addTo(this.bySurname, part, e);
          if (next >= 0) addTo(this.bySurname, lower.slice(from), e);
          sp = next;
        }
      } else {
        addTo(this.byOrgKey, this.orgKeyOf(e.name, lower), e);
        // "Kovacs" for "Kovacs Energy"
        // (`isUpperCode` is `/^\p{Lu}/u` of the first letter, by char code for the common ASCII case)
        if (e.name.includes(' ') && isUpperCode(codePointAt(e.name, 0))) addTo(this.byFirstWord, lower.slice(0, lower.indexOf(' ')), e);
      }
    }
    for (const a of e.anaphors) addTo(this.byAnaphor, a, e);
  }

  addAnaphor(e: SourceEntity, word: string): void {
    if (e.anaphors.has(word)) return;
    e.anaphors.add(word);
    // Keys are never removed, so while the name and kind are those of the last `index` every
    // earlier key is filed already: only the new word is (a full `index` per word re-filed the
    // name and every anaphor). A changed name or kind ("Vale" turned a person: surname keys) re-indexes.
    if (e.indexedKind !== undefined && e.indexedName === e.name && e.indexedKind === e.kind) addTo(this.byAnaphor, word, e);
    else this.index(e);
  }

  /** Makes a hidden entity a source (it gets an id), and records where it was seen. */
  promote(e: SourceEntity, offset: number): SourceEntity {
    e.lastSeen = Math.max(e.lastSeen, offset);
    if (!e.hidden) return e;
    e.hidden = false;
    e.noted = false;
    e.firstSeen = Math.min(e.firstSeen, offset);
    e.id = this.idFor(e);
    this.sources.push(e);
    return e;
  }

  /** Records a mention of `e` at `offset` (reading order), for later pronouns. */
  mention(e: SourceEntity, offset: number, subject: boolean): void {
    e.lastSeen = Math.max(e.lastSeen, offset);
    this.mentions.push({ entity: e, offset, subject });
  }

  /** The most recent entity under a name key that was known at `offset`. */
  byFullName(name: string, offset: number, test?: (e: SourceEntity) => boolean): SourceEntity | null {
    return this.byLowerName(name.toLowerCase(), offset, test);
  }

  /** `byFullName` of a name already lower-cased (callers that ask several keys of one name lower-case it once). */
  byLowerName(lower: string, offset: number, test?: (e: SourceEntity) => boolean): SourceEntity | null {
    return latest(this.byName.get(lower), offset, test);
  }

  bySurnameKey(surname: string, offset: number, test?: (e: SourceEntity) => boolean): SourceEntity | null {
    return this.byLowerSurname(surname.toLowerCase(), offset, test);
  }

  /** `bySurnameKey` of a surname already lower-cased. */
  byLowerSurname(lower: string, offset: number, test?: (e: SourceEntity) => boolean): SourceEntity | null {
    return latest(this.bySurname.get(lower), offset, test);
  }

  byOrganizationKey(name: string, offset: number, test?: (e: SourceEntity) => boolean): SourceEntity | null {
    return latest(this.byOrgKey.get(this.orgKeyOf(name)), offset, test);
  }

  /** `byOrganizationKey`, given `lower`, `name.toLowerCase()`. */
  byOrganizationKeyOfLower(name: string, lower: string, offset: number, test?: (e: SourceEntity) => boolean): SourceEntity | null {
    return latest(this.byOrgKey.get(this.orgKeyOf(name, lower)), offset, test);
  }

  /** A body whose name starts with this word ("Kovacs" → "Kovacs Energy"). */
  byFirstNameWord(word: string, offset: number, test?: (e: SourceEntity) => boolean): SourceEntity | null {
    return this.byLowerFirstWord(word.toLowerCase(), offset, test);
  }

  /** `byFirstNameWord` of a word already lower-cased. */
  byLowerFirstWord(lower: string, offset: number, test?: (e: SourceEntity) => boolean): SourceEntity | null {
    return latest(this.byFirstWord.get(lower), offset, test);
  }

  byAnaphorWord(word: string, offset: number, test?: (e: SourceEntity) => boolean): SourceEntity | null {
    return this.byLowerAnaphor(word.toLowerCase(), offset, test);
  }

  /** `byAnaphorWord` of a word already lower-cased. */
  byLowerAnaphor(lower: string, offset: number, test?: (e: SourceEntity) => boolean): SourceEntity | null {
    return latest(this.byAnaphor.get(lower), offset, test);
  }

  /**
   * Walks the mentions before `offset` from the most recent, within a bounded window, and
   * returns the first entity `pick` accepts.
   */
  recent(offset: number, pick: (m: MentionRecord) => boolean): SourceEntity | null {
    const ms = this.mentions;
    let seen = 0;
    for (let i = ms.length - 1; i >= 0 && seen < RECENT_WINDOW; i--) {
      const m = ms[i]!;
      if (m.offset > offset) continue;
      seen++;
      if (pick(m)) return m.entity;
    }
    return null;
  }

  /** The one source for agentless attributions ("reportedly", "it is believed"). */
  unspecified(offset: number): SourceEntity {
    this.unspecifiedEntity ??= this.create({ kind: 'unspecified', name: 'unspecified' }, offset);
    return this.promote(this.unspecifiedEntity, offset);
  }

  /** A kind changes (a name later called "it" was an organisation): keeps id and indexes right. */
  changeKind(e: SourceEntity, kind: SourceKind): void {
    e.kind = kind;
    if (e.name && kind !== 'person') {
      addTo(this.byOrgKey, this.orgKeyOf(e.name), e);
    }
    if (!e.hidden) {
      this.usedIds.delete(e.id);
      e.id = this.idFor(e);
    }
  }

  /** `orgKey(name)`, memoised; `lower`, when given, is `name.toLowerCase()`. */
  private orgKeyOf(name: string, lower?: string): string {
    let key = this.orgKeys.get(name);
    if (key === undefined) this.orgKeys.set(name, (key = lower === undefined ? orgKey(name) : orgKeyOfLower(name, lower)));
    return key;
  }

  private idFor(e: SourceEntity): string {
    // (the name's lower case kept by `index` while the name is the one indexed)
    const base = e.kind === 'unspecified' ? 'unspecified' : `${e.kind}:${e.name !== null && e.name === e.indexedName && e.indexedLower !== undefined ? slugOfLower(e.indexedLower) : slug(e.name ?? [...e.anaphors][0] ?? 'unknown')}`;
    let id = base;
    for (let n = 2; this.usedIds.has(id); n++) id = `${base}-${n}`;
    this.usedIds.add(id);
    return id;
  }
}

// An empty registry keeps the class's hidden class alive between documents (see `anchorShape`):
// a dozen of its methods deoptimised at each memory-reducing GC without it.
anchorShape(new SourceRegistry());

/**
 * What a key is filed under: its one entity, or a list once a second one shares the key (most keys
 * name one entity: no array of one per key).
 */
type Filed = SourceEntity | SourceEntity[];

/** Files `e` under `key` (once). */
function addTo(map: Map<string, Filed>, key: string, e: SourceEntity): void {
  const filed = map.get(key);
  if (filed === undefined) map.set(key, e);
  else if (Array.isArray(filed)) {
    if (!filed.includes(e)) filed.push(e);
  } else if (filed !== e) map.set(key, [filed, e]);
}

/** Entities per key looked at, newest first: bounds a lookup when thousands share a key. */
const KEY_WINDOW = 64;

function latest(filed: Filed | undefined, offset: number, test?: (e: SourceEntity) => boolean): SourceEntity | null {
  if (filed === undefined) return null;
  if (!Array.isArray(filed)) return filed.firstSeen <= offset && (!test || test(filed)) ? filed : null;
  const list = filed;
  let best: SourceEntity | null = null;
  for (let i = list.length - 1; i >= 0 && i >= list.length - KEY_WINDOW; i--) {
    const e = list[i]!;
    if (e.firstSeen <= offset && (!test || test(e)) && (!best || e.lastSeen > best.lastSeen)) best = e;
  }
  return best;
}

import { lexiconKind, type Lexicon, type LexiconEntry } from '../schema/lexicon.js';
import { foldName, withoutFinalDot } from './nameKeys.js';
import { DEFAULT_ENTITY_WORDS } from './defaultEntityWords.js';
import { entityLexiconsFromJson, hasDefaultEntityLexicons } from './precomputedEntityWords.js';
import * as WORD from './wordSetBits.js';

export type KnownType = 'organization' | 'group' | 'place';

/** The gazetteer lexicons of one analysis, compiled for lookup (keys folded: lower case, no accents). */
export interface EntityLexicons {
  /** Given names → 'f' | 'm' | ''. */
  givenNames: Map<string, string>;
  surnames: Set<string>;
  /** Demonyms (Mexican, Mexicans). */
  demonyms: Set<string>;
  /** Known names of organisations, groups and places (and their aliases) → canonical name and type. */
  known: Map<string, { canonical: string; type: KnownType }>;
  /** Most words in a known name, to bound lookups. */
  longestKnown: number;
  /**
   * The first word (up to the first space) of every known name of more than one word: a run of
   * words is looked up in `known` only when its first word is one of these.
   */
  knownFirst: Set<string>;
  orgHeads: Set<string>;
  /** Corporate and industry heads: the name without them is an alias ("Voltara Motors" → "Voltara"). */
  orgSuffixes: Set<string>;
  /** Words that open an organisation name (Banco, Grupo, Club). */
  orgFirst: Set<string>;
  /** Lower-case nouns that announce an organisation's name ("the start-up Fjordly"). */
  orgNouns: Set<string>;
  groupHeads: Set<string>;
  placeHeads: Set<string>;
  /** Honorifics (without the dot) → 'f' | 'm' | ''. */
  honorifics: Map<string, string>;
  notNames: Set<string>;
  /** Title Case words of laws, programmes and events: never part of a person's name. */
  titleWords: Set<string>;
  notAcronyms: Set<string>;
  /** Counted nouns (lemmas) → the class of what is counted (custody, dead, security, ...). */
  countClasses: Map<string, string>;
  /** Role nouns that make a label ("leader", "trafficker", "operatives"), as lemmas. */
  roles: Set<string>;
  /** Person titles (president, minister, spokeswoman) from the person-title lexicons. */
  titles: Set<string>;
  /** Terms of accused people (suspect, drug lord) from the accused-label lexicons. */
  accused: Set<string>;
  /**
   * Words that end a person's name when walking back from its end: the union of `titles`,
   * `roles`, `titleWords`, `notNames`, `demonyms`, `orgHeads` and `placeHeads` (one lookup per
   * word instead of seven).
   */
  nameStops: Set<string>;
  /**
   * Every tail after a space of a multi-word `accused` or `titles` term ("lord" of "drug lord"):
   * a pair "<previous word> <word>" can only be such a term when the word is one of these.
   */
  pairTails: Set<string>;
  /**
   * Folded word → the `WORD` bits (wordSetBits.ts) of the sets above that hold it, filled as words are asked
   * (`wordBitsOf`): the name rules ask up to ten of the sets about one capitalised word, and one
   * lookup here (remembered per word unit, see `lexBitsOf`) answers them all. Filled on demand,
   * not when the lexicons are compiled: that would cost the first analysis of a process more
   * than it saves it.
   */
  wordBits: Map<string, number>;
}

/** Words whose bits `wordBitsOf` keeps at most (then it starts again): bounded memory in a long-running process. */
const WORD_BITS_LIMIT = 50_000;

/** The `WORD` bits of folded word `w`: which of the word sets of `lex` hold it (remembered per word). */
export function wordBitsOf(lex: EntityLexicons, w: string): number {
  let b = lex.wordBits.get(w);
  if (b !== undefined) return b;
  const known = lex.known.get(w);
  b =
    (lex.givenNames.has(w) ? WORD.GIVEN : 0) |
    (lex.surnames.has(w) ? WORD.SURNAME : 0) |
    (lex.demonyms.has(w) ? WORD.DEMONYM : 0) |
    (known !== undefined ? WORD.KNOWN : 0) |
    (known?.type === 'place' ? WORD.KNOWN_PLACE : 0) |
    (lex.knownFirst.has(w) ? WORD.KNOWN_FIRST : 0) |
    (lex.orgHeads.has(w) ? WORD.ORG_HEAD : 0) |
    (lex.orgFirst.has(w) ? WORD.ORG_FIRST : 0) |
    (lex.groupHeads.has(w) ? WORD.GROUP_HEAD : 0) |
    (lex.placeHeads.has(w) ? WORD.PLACE_HEAD : 0) |
    (lex.honorifics.has(withoutFinalDot(w)) ? WORD.HONORIFIC : 0) |
    (lex.notNames.has(w) ? WORD.NOT_NAME : 0) |
    (lex.titleWords.has(w) ? WORD.TITLE_WORD : 0) |
    (lex.titles.has(w) ? WORD.TITLE : 0) |
    (lex.roles.has(w) ? WORD.ROLE : 0) |
    (lex.nameStops.has(w) ? WORD.NAME_STOP : 0);
  if (lex.wordBits.size >= WORD_BITS_LIMIT) lex.wordBits.clear();
  lex.wordBits.set(w, b);
  return b;
}


const cache = new WeakMap<readonly Lexicon[], EntityLexicons>();

/** How a gazetteer entry is filed, by its category (see `filingOf`). */
type Filing = (out: EntityLexicons, term: string, entry: LexiconEntry, aliases: { term: string; canonical: string }[]) => void;

/**
 * Compiles the gazetteer, person-title and accused-label lexicons of `all` (the resolved lexicon
 * set of an analysis), cached per set. Those of the defaults are read from their precompiled form
 * (see precomputedEntityWords.ts).
 */
export function entityLexicons(all: readonly Lexicon[]): EntityLexicons {
  const hit = cache.get(all);
  if (hit) return hit;
  const out = hasDefaultEntityLexicons(all) ? entityLexiconsFromJson(DEFAULT_ENTITY_WORDS) : compileEntityLexicons(all);
  cache.set(all, out);
  return out;
}

/**
 * Compiles the gazetteer, person-title and accused-label lexicons of `all`, uncached (what
 * `entityLexicons` does for lexicons other than the defaults, and what the precompiled sets of the
 * defaults are made from).
 */
export function compileEntityLexicons(all: readonly Lexicon[]): EntityLexicons {
  const out: EntityLexicons = {
    givenNames: new Map(), surnames: new Set(), demonyms: new Set(), known: new Map(), longestKnown: 1, knownFirst: new Set(),
    orgHeads: new Set(), orgSuffixes: new Set(), orgFirst: new Set(), orgNouns: new Set(), groupHeads: new Set(), placeHeads: new Set(), honorifics: new Map(), notNames: new Set(), titleWords: new Set(), notAcronyms: new Set(), countClasses: new Map(), roles: new Set(), titles: new Set(), accused: new Set(), nameStops: new Set(), pairTails: new Set(), wordBits: new Map(),
  };
  const aliases: { term: string; canonical: string }[] = [];
  // The first analysis of a process compiles the defaults' 7,000 entries with code that has not
  // been optimised yet: a category is read once per distinct category (a few dozen), not per entry.
  const filings = new Map<string, Filing | null>();
  for (const l of all) {
    const kind = lexiconKind(l);
    if (kind === 'person-title') for (const e of l.entries) out.titles.add(foldTerm(e.term));
    if (kind === 'accused-label') for (const e of l.entries) out.accused.add(foldTerm(e.term));
    if (kind !== 'gazetteer') continue;
    for (const e of l.entries) {
      const cat = e.category ?? '';
      let filing = filings.get(cat);
      if (filing === undefined) filings.set(cat, (filing = filingOf(cat)));
      if (filing !== null) filing(out, foldTerm(e.term), e, aliases);
    }
  }
  for (const a of aliases) {
    const target = out.known.get(a.canonical);
    out.known.set(a.term, { canonical: a.canonical, type: target?.type ?? 'organization' });
  }
  for (const k of out.known.keys()) {
    out.longestKnown = Math.max(out.longestKnown, wordCount(k));
    const space = k.indexOf(' ');
    if (space >= 0) out.knownFirst.add(k.slice(0, space));
  }
  for (const set of [out.titles, out.roles, out.titleWords, out.notNames, out.demonyms, out.orgHeads, out.placeHeads]) for (const w of set) out.nameStops.add(w);
  for (const set of [out.accused, out.titles]) {
    for (const term of set) for (let i = term.indexOf(' '); i >= 0; i = term.indexOf(' ', i + 1)) out.pairTails.add(term.slice(i + 1));
  }
  return out;
}

/** Where a gazetteer category files its terms; null for a category the entity stage does not use. */
function filingOf(cat: string): Filing | null {
  const type: KnownType | null = cat === 'organization' || cat === 'group' ? cat : cat === 'country' || cat === 'region' || cat === 'city' ? 'place' : null;
  if (type) return (out, term) => out.known.set(term, { canonical: term, type });
  if (cat.startsWith('alias:')) {
    const canonical = foldName(cat.slice(6));
    return (_out, term, _e, aliases) => aliases.push({ term, canonical });
  }
  if (cat.startsWith('given-name')) {
    const gender = cat.split(':')[1] ?? '';
    return (out, term) => out.givenNames.set(term, gender);
  }
  if (cat === 'surname') return (out, term) => out.surnames.add(term);
  if (cat === 'demonym') return (out, term) => out.demonyms.add(term);
  if (cat === 'org-head') {
    return (out, term, e) => {
      out.orgHeads.add(term.replace(/\.$/, ''));
      if (e.note) out.orgSuffixes.add(term.replace(/\.$/, ''));
    };
  }
  if (cat === 'org-first') return (out, term) => out.orgFirst.add(term);
  if (cat === 'org-noun') return (out, term) => out.orgNouns.add(term);
  if (cat === 'group-head') return (out, term) => out.groupHeads.add(term);
  if (cat === 'place-head') return (out, term) => out.placeHeads.add(term);
  if (cat.startsWith('honorific')) {
    const gender = cat.split(':')[1] ?? '';
    return (out, term) => out.honorifics.set(term.replace(/\.$/, ''), gender);
  }
  if (cat === 'not-name') return (out, term) => out.notNames.add(term);
  if (cat === 'title-word') return (out, term) => out.titleWords.add(term);
  if (cat === 'not-acronym') return (out, term) => out.notAcronyms.add(term);
  if (cat === 'role') return (out, term) => out.roles.add(term);
  if (cat.startsWith('count-class:')) {
    const cls = cat.slice(12);
    return (out, term) => out.countClasses.set(term.replace(/^count:/, ''), cls);
  }
  return null;
}

/** A lexicon term that is already folded: lower-case ASCII letters, dots and hyphens (most terms). */
const FOLDED_WORD = /^[a-z][a-z.-]*$/;

/** `foldName(term)`, without its character-by-character checks for a term that is already folded. */
const foldTerm = (term: string): string => (FOLDED_WORD.test(term) ? term : foldName(term));

/** The number of words in a folded name (`name.split(' ').length`, without the array). */
function wordCount(name: string): number {
  let n = 1;
  for (let i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) n++;
  return n;
}

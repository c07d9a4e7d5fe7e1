import { lexiconKind, type Lexicon } from '../schema/lexicon.js';
import { foldName } from './nameKeys.js';

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
}

const cache = new WeakMap<readonly Lexicon[], EntityLexicons>();

/**
 * Compiles the gazetteer, person-title and accused-label lexicons of `all` (the resolved lexicon
 * set of an analysis), cached per set.
 */
export function entityLexicons(all: readonly Lexicon[]): EntityLexicons {
  const hit = cache.get(all);
  if (hit) return hit;
  const out: EntityLexicons = {
    givenNames: new Map(), surnames: new Set(), demonyms: new Set(), known: new Map(), longestKnown: 1,
    orgHeads: new Set(), orgSuffixes: new Set(), orgFirst: new Set(), orgNouns: new Set(), groupHeads: new Set(), placeHeads: new Set(), honorifics: new Map(), notNames: new Set(), titleWords: new Set(), notAcronyms: new Set(), countClasses: new Map(), roles: new Set(), titles: new Set(), accused: new Set(), nameStops: new Set(), pairTails: new Set(),
  };
  const aliases: { term: string; canonical: string }[] = [];
  const typeOf = (cat: string): KnownType | null => (cat === 'organization' || cat === 'group' ? cat : cat === 'country' || cat === 'region' || cat === 'city' ? 'place' : null);
  for (const l of all) {
    const kind = lexiconKind(l);
    if (kind === 'person-title') for (const e of l.entries) out.titles.add(foldName(e.term));
    if (kind === 'accused-label') for (const e of l.entries) out.accused.add(foldName(e.term));
    if (kind !== 'gazetteer') continue;
    for (const e of l.entries) {
      const term = foldName(e.term);
      const cat = e.category ?? '';
      const type = typeOf(cat);
      if (type) out.known.set(term, { canonical: term, type });
      else if (cat.startsWith('alias:')) aliases.push({ term, canonical: foldName(cat.slice(6)) });
      else if (cat.startsWith('given-name')) out.givenNames.set(term, cat.split(':')[1] ?? '');
      else if (cat === 'surname') out.surnames.add(term);
      else if (cat === 'demonym') out.demonyms.add(term);
      else if (cat === 'org-head') {
        out.orgHeads.add(term.replace(/\.$/, ''));
        if (e.note) out.orgSuffixes.add(term.replace(/\.$/, ''));
      } else if (cat === 'org-first') out.orgFirst.add(term);
      else if (cat === 'org-noun') out.orgNouns.add(term);
      else if (cat === 'group-head') out.groupHeads.add(term);
      else if (cat === 'place-head') out.placeHeads.add(term);
      else if (cat.startsWith('honorific')) out.honorifics.set(term.replace(/\.$/, ''), cat.split(':')[1] ?? '');
      else if (cat === 'not-name') out.notNames.add(term);
      else if (cat === 'title-word') out.titleWords.add(term);
      else if (cat === 'not-acronym') out.notAcronyms.add(term);
      else if (cat === 'role') out.roles.add(term);
      else if (cat.startsWith('count-class:')) out.countClasses.set(term.replace(/^count:/, ''), cat.slice(12));
    }
  }
  for (const a of aliases) {
    const target = out.known.get(a.canonical);
    out.known.set(a.term, { canonical: a.canonical, type: target?.type ?? 'organization' });
  }
  for (const k of out.known.keys()) out.longestKnown = Math.max(out.longestKnown, k.split(' ').length);
  for (const set of [out.titles, out.roles, out.titleWords, out.notNames, out.demonyms, out.orgHeads, out.placeHeads]) for (const w of set) out.nameStops.add(w);
  for (const set of [out.accused, out.titles]) {
    for (const term of set) for (let i = term.indexOf(' '); i >= 0; i = term.indexOf(' ', i + 1)) out.pairTails.add(term.slice(i + 1));
  }
  cache.set(all, out);
  return out;
}

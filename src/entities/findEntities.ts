import type { SlantDocument } from '../document/readDocument.js';
import { ANALYSED_KINDS } from '../document/segments/segmentDocument.js';
import { firstEndingAfter } from '../document/spanSearch.js';
import type { VoiceMap } from '../attribution/voiceMap.js';
import type { Entity, EntityType, Segment, Source, VoicedSpan } from '../schema/articleAnalysis.js';
import { anchorShape } from '../document/shapeAnchor.js';
import { findCountedGroups } from './countedGroups.js';
import { isRoleWord, labelsAround, ROLE_LEMMA, roleForms } from './entityLabels.js';
import { wordBitsOf, type EntityLexicons } from './entityLexicons.js';
import * as WORD from './wordSetBits.js';
import { acronymOf, foldName, institutionKey, isPlainWord, nameParts, pushNamePart, slugOf, withoutFinalDot } from './nameKeys.js';
import { findNameRuns, isCapWord, NAME_PARTICLES, type NameRun } from './nameRuns.js';
import { CAP, foldedOf, lexBitsOf, POSSESSIVE, SENTENCE_START, wordUnits, type WordUnits } from './wordUnits.js';
import { isAcronymShape, isUpperInitial, upperLength } from '../document/letterRuns.js';
import { charCodeAt } from '../document/charCodes.js';
import { sortStable } from './stableSort.js';

/** A name found in the text, before mentions are merged into entities. */
interface Mention {
  /** Unit indices of the name itself (titles and honorifics excluded). */
  from: number;
  to: number;
  type: EntityType;
  /** Merge key: name parts for persons, canonical or institutional key for bodies and places. */
  key: string;
  prefix?: string;
  /** Unit index where the surface form starts (an honorific before the name) and ends (a possessive). */
  aliasFrom: number;
  aliasTo: number;
  gender: string | undefined;
  /** Weak: a run of capitalised words that looks like a name but needs support elsewhere. */
  weak: boolean;
  /** Introduced by "known as": another name of the body named just before. */
  aliasOfPrevious: boolean;
  /** Unit indices of a title before the name ("Mexican President") that labels it. */
  labelFrom: number | undefined;
  labelTo: number | undefined;
}

/**
 * A mention of the name at units `[from, to)` in one literal shape (all fields present): spreads
 * and literals of other key sets made hidden classes that a memory-reducing GC between documents
 * freed, and `findEntities` deoptimised each time (see `anchorShape`). Arguments, not an object
 * of the fields: the call sites' objects had two shapes, and reading a field each (perf39's
 * callgrind) cost a megamorphic load per field.
 */
function mention(from: number, to: number, type: EntityType, key: string, aliasFrom: number, aliasTo: number, prefix?: string, aliasOfPrevious = false, gender?: string, labelFrom?: number, labelTo?: number): Mention {
  return { from, to, type, key, prefix, aliasFrom, aliasTo, gender, weak: false, aliasOfPrevious, labelFrom, labelTo };
}

/** Text order of mentions (a module function: one comparator for all the sorts of mentions). */
const byFrom = (a: Mention, b: Mention): number => a.from - b.from;

/** `m` under another merge key (and type, and weakness). */
function rekeyed(m: Mention, key: string, type: EntityType = m.type, weak: boolean = m.weak): Mention {
  return { from: m.from, to: m.to, type, key, prefix: m.prefix, aliasFrom: m.aliasFrom, aliasTo: m.aliasTo, gender: m.gender, weak, aliasOfPrevious: m.aliasOfPrevious, labelFrom: m.labelFrom, labelTo: m.labelTo };
}

/** An entity while it is being built. */
interface Draft {
  type: EntityType;
  key: string;
  prefix: string;
  parts: string[];
  mentions: Mention[];
  gender: string | undefined;
  labels: { start: number; end: number }[];
  quantity: Quantity | undefined;
  /** Sorted unit starts of the mentions, for `nearest` (rebuilt when mentions were added). */
  starts: number[] | undefined;
}

type Quantity = { value: number; qualifier?: string };

const REPORTING = new Set(['say', 'tell', 'add', 'state', 'announce', 'note', 'write', 'argue', 'claim', 'insist', 'explain', 'warn', 'deny', 'confirm', 'ask', 'reply', 'respond', 'acknowledge', 'recall', 'tweet', 'post']);
/** Nouns after a possessive that belong to a person: "Tarnow's government", "Kowal's lawyer". */
const PERSONAL_NOUNS = new Set(['government', 'administration', 'office', 'family', 'campaign', 'cabinet', 'lawyer', 'attorney', 'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'adviser', 'advisor', 'wife', 'husband', 'son', 'daughter', 'mother', 'father', 'ally', 'critic', 'supporter', 'presidency', 'predecessor', 'successor', 'remark', 'comment', 'decision', 'speech']);
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'from', 'to', 'into', 'throughout']);
// Word tests below run per mention or name run: Sets and hoisted patterns, not regex literals (each evaluation allocates).
/** Words before a single capitalised word that make it a place for the whole article ("to Nordia", "visited Valdora"). */
const PLACE_WORD_LEADS = new Set([...PLACE_PREPOSITIONS, 'inside', 'visit', 'visited', 'toward', 'towards']);
/** Prepositions after which a place word that is also a given name stays a place. */
const PLACE_NAME_PREPOSITIONS = new Set(['in', 'to', 'from']);
/** A country word before a body's name, left out of its acronym ("U.S. Drug Enforcement Administration" → DEA). */
const COUNTRY_BEFORE_BODY = /^(?:U\.S\.|US|Mexican|American)\s+/;
/** Head words of "Republic of X"-style place names. */
const STATE_HEADS = new Set(['republic', 'kingdom', 'state', 'commonwealth', 'emirate', 'principality', 'province', 'city', 'county', 'island', 'isle']);
/** The links of "<Title> to|of|for <Place> <Name>". */
const TITLE_LINKS = new Set(['to', 'of', 'for']);
/** A final plural "s" after a letter that is not "s". */
const PLURAL_S = /(?<=[^s])s$/;
/** Dashes after a shouted word; the hyphen only at the text's start. */
const LONG_DASHES = new Set(['—', '–']);
/** Marks after a name that end its clause. */
const CLAUSE_END_MARKS = new Set(['.', ',', ';']);
const ACRONYM = { test: isAcronymShape };

export interface FindEntitiesInput {
  doc: SlantDocument;
  segments: readonly Segment[];
  voices: VoiceMap;
  lexicons: EntityLexicons;
  /** Sources from the attribution stage: a named person source confirms a name. */
  sources?: readonly Source[];
}

/**
 * Finds the people, organisations, places and groups named in the analysed text (body,
 * headings, editor's notes), merges their mentions ("Claudia Tarnow", "Tarnow",
 * "Ms. Tarnow's" are one person; "Justice Department", "Department of Justice" and "DOJ"
 * one body), and attaches the role words used for each ("cartel leader", "Mexican
 * President"). Counted groups ("26 cartel operatives") are groups with a `quantity`.
 *
 * Method: capitalised runs over wink-nlp tokens, trimmed of sentence-initial words that are
 * not names; a run is a person when a title or honorific stands before it, when it starts with
 * a known given name or ends with a known surname, or (otherwise) when its last word recurs
 * alone or it speaks as a source; organisations and groups by their head noun or the
 * gazetteer; places by the gazetteer or a place head. Title Case phrases made of words of law,
 * programme and event names ("National Security") are never names. Headings are only searched
 * for names found in the text or in the gazetteer. Linear in the length of the text.
 *
 * @example
 * ```ts
 * const doc = readDocument(text);
 * const entities = findEntities({ doc, segments, voices, lexicons: entityLexicons(lexicons.all) });
 * entities.find((e) => e.name === 'Claudia Tarnow')?.aliases; // ["Claudia Tarnow", "Tarnow", "Tarnow's"]
 * ```
 */
export function findEntities(input: FindEntitiesInput): Entity[] {
  const { doc, segments, voices, lexicons: lex } = input;
  const ranges: [number, number][] = [];
  const headingLine = new Uint8Array(doc.lines.length);
  for (const s of segments) {
    if (!ANALYSED_KINDS.has(s.kind)) continue;
    const line = doc.lines[s.line];
    if (!line || line.tokenEnd <= line.tokenStart) continue;
    ranges.push([line.tokenStart, line.tokenEnd]);
    if (s.kind === 'heading') headingLine[s.line] = 1;
  }
  const units = wordUnits(doc, ranges, headingLine);
  const n = units.length;
  const { start: uStart, end: uEnd, sentence: uSentence, line: uLine, flags: uFlags, heading: headingUnit, text: uText, lower: uLower, lemma: uLemma } = units;

  // Pass 1: capitalised runs in the story text (not headings: Title Case throughout).
  const c: Scan = { doc, lex, voices, units, n, uStart, uEnd, uSentence, uLine, uFlags, headingUnit, uText, uLower, uLemma, mentions: [], pendingSingles: [], drafts: [], byKey: new Map(), lastBody: undefined };
  const { mentions, pendingSingles, drafts, byKey } = c;
  // Each heading line's units as a pair `from, to`, in text order, for the heading pass below (which
  // then does not test every unit again for being on a heading).
  const headingRuns: number[] = [];
  let segStart = 0;
  while (segStart < n) {
    let segEnd = segStart + 1;
    while (segEnd < n && uLine[segEnd] === uLine[segStart]) segEnd++;
    if (!headingUnit[segStart]) {
      for (const run of findNameRuns(units, segStart, segEnd, lex)) classifyRun(c, run);
    } else headingRuns.push(segStart, segEnd);
    segStart = segEnd;
  }

  // Merge persons: full names first, then single words (surnames) against them.
  const bySurname = new Map<string, Draft[]>();
  const sourceNames = new Set((input.sources ?? []).filter((s) => s.kind === 'person' && s.name).map((s) => foldName(s.name)));
  const standalone = new Set(pendingSingles.map((m) => m.key));
  const persons = mentions.filter((m) => m.type === 'person' && m.to - m.from >= 2);
  for (const m of persons) {
    const parts = m.key.split(' ');
    // A weak run counts when its surname recurs alone, or it is a named source.
    if (m.weak && !standalone.has(parts[parts.length - 1]!) && !sourceNames.has(m.key) && !followedByReporting(c, m.to)) continue;
    const surname = parts[parts.length - 1]!;
    const same = (bySurname.get(surname) ?? []).concat(bySurname.get(`part:${surname}`) ?? []).find((d) => compatible(d.parts, parts));
    if (same) {
      same.mentions.push(m);
      if (parts.length > same.parts.length) same.parts = parts;
      same.gender ||= m.gender;
      continue;
    }
    const d = newDraft(c, m, parts);
    const add = (key: string) => {
      const list = bySurname.get(key);
      if (list) list.push(d);
      else bySurname.set(key, [d]);
    };
    add(surname);
    for (const p of parts.slice(0, -1)) if (!NAME_PARTICLES.has(p)) add(`part:${p}`);
  }
  // Titled single names ("Mr. Halvorsen", "President Varga") and pending single capitalised words.
  const singles: Mention[] = mentions.filter((m) => m.type === 'person' && m.to - m.from === 1).concat(pendingSingles);
  sortStable(singles, byFrom);
  // Words used as places somewhere in the article ("to Nordia", "in Valdora") are places
  // everywhere in it, also when they "say" things or own a government ("Nordia's government").
  const placeWords = new Set<string>();
  for (const m of pendingSingles) {
    if (m.from > 0 && uSentence[m.from - 1] === uSentence[m.from] && PLACE_WORD_LEADS.has(uLower[m.from - 1]!)) placeWords.add(m.key);
  }
  // Core names of companies ("Quorvane" of "Quorvane Inc.") are not people when they "say" things.
  const orgCores = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'organization' && m.type !== 'group') continue;
    if (m.to - m.from === 1) orgCores.add(fold(c, m.from));
    else if (lex.orgSuffixes.has(withoutFinalDot(fold(c, m.to - 1)))) {
      orgCores.add(foldName(text(c, m.from, m.to - 1)));
      const firstWord = fold(c, m.from);
      if (m.to - m.from >= 3 && orgFirstWordAlias(c, firstWord) && !bySurname.has(firstWord)) orgCores.add(firstWord);
    }
  }
  for (const m of singles) {
    const word = m.key.slice(m.key.lastIndexOf(' ') + 1); // the last word, without an array
    if (orgCores.has(word)) continue;
    const candidates = bySurname.get(word) ?? bySurname.get(`part:${word}`) ?? [];
    if (candidates.length > 0) {
      const d = nearest(candidates, m.from);
      d.mentions.push(rekeyed(m, d.key));
      d.gender ||= m.gender;
      continue;
    }
    if (!m.weak) {
      const d = newDraft(c, rekeyed(m, word), [word]);
      bySurname.set(word, [d]);
      continue;
    }
    // A lone capitalised word: a place after "in", a person when it speaks.
    if (lex.known.has(word)) continue;
    const prev = m.from - 1;
    if (placeWords.has(word)) {
      if (!lex.givenNames.has(word) || (prev >= 0 && PLACE_NAME_PREPOSITIONS.has(uLower[prev]!))) mentions.push(rekeyed(m, word, 'place', false));
    } else if (prev >= 0 && uSentence[prev] === uSentence[m.from] && PLACE_PREPOSITIONS.has(uLower[prev]!)) {
      // a lone capitalised word after "from" or "to" is not enough to call it a place or a person
    } else if (followedByReporting(c, m.to) || sourceNames.has(word) || personalPossessive(c, m.to)) {
      const d = newDraft(c, rekeyed(m, word, m.type, false), [word]);
      bySurname.set(word, [d]);
    }
  }

  // Bodies, groups and places: by key, a country prefix only where it tells two apart.
  const acronyms = new Map<string, Draft>();
  const others = sortStable(mentions.filter((m) => m.type !== 'person'), byFrom);
  for (const m of others) {
    if (m.key.startsWith('acronym:')) continue;
    // "Mendoza declined to comment": a one-word place that is the surname of a person named here.
    const asPerson = m.type === 'place' && m.to - m.from === 1 ? bySurname.get(fold(c, m.from)) : undefined;
    if (asPerson) {
      const d = nearest(asPerson, m.from);
      d.mentions.push(rekeyed(m, d.key, 'person'));
      continue;
    }
    if (m.aliasOfPrevious) {
      const d = c.lastBody && c.lastBody.sentence === uSentence[m.from] ? c.lastBody.draft : undefined;
      if (d) {
        d.mentions.push(rekeyed(m, d.key, d.type));
        continue;
      }
    }
    mergeBody(c, m);
  }
  // Where each body's mentions end, for "(DEA)" and "known as the EMA" after it.
  const bodyEnds = new Map<number, Draft>();
  const bodyByEnd: { end: number; draft: Draft }[] = [];
  for (const d of drafts) {
    if (d.type !== 'organization' && d.type !== 'group') continue;
    for (const x of d.mentions) {
      bodyEnds.set(x.to, d);
      bodyByEnd.push({ end: x.to, draft: d });
    }
  }
  sortStable(bodyByEnd, (x, y) => x.end - y.end);
  const bodyBefore = (from: number): Draft | undefined => {
    const lo = firstEndingAfter(bodyByEnd, from);
    const hit = lo > 0 ? bodyByEnd[lo - 1]! : undefined;
    return hit && uSentence[hit.end - 1] === uSentence[from] ? hit.draft : undefined;
  };
  for (const d of drafts) {
    if (d.type !== 'organization' && d.type !== 'group') continue;
    const name = text(c, d.mentions[0]!.from, d.mentions[0]!.to);
    // "Federal Trade Commission" → FTC; "U.S. Drug Enforcement Administration" → DEA as well.
    for (const form of [name, name.replace(COUNTRY_BEFORE_BODY, '')]) {
      const acr = acronymOf(form);
      if (acr && !acronyms.has(acr)) acronyms.set(acr, d);
    }
  }
  for (const m of others) {
    if (!m.key.startsWith('acronym:')) continue;
    const acr = m.key.slice(8);
    const parenthetical = m.from >= 2 && uText[m.from - 1] === '(' ? bodyEnds.get(m.from - 1) : undefined;
    const introduced = m.aliasOfPrevious ? bodyBefore(m.from) : undefined;
    const target = parenthetical ?? introduced ?? acronyms.get(acr);
    if (target) target.mentions.push(rekeyed(m, target.key, target.type));
    else mergeBody(c, m);
  }

  // Pass 2: every later use of a known alias, also in headings ("Tarnow", "DOJ", "Mexico").
  const covered = new Uint8Array(n);
  for (const d of drafts) for (const m of d.mentions) for (let k = m.aliasFrom; k < m.aliasTo; k++) covered[k] = 1;
  const single = new Map<string, Draft | null>();
  const multi = new Map<string, { words: string[]; draft: Draft }[]>();
  const addAlias = (words: string[], d: Draft) => {
    if (words.length === 1) {
      const prev = single.get(words[0]!);
      single.set(words[0]!, prev === undefined || prev === d ? d : null); // null: ambiguous
    } else {
      const list = multi.get(words[0]!) ?? [];
      if (!list.some((x) => x.draft === d && x.words.join(' ') === words.join(' '))) list.push({ words, draft: d });
      multi.set(words[0]!, list);
    }
  };
  for (const d of drafts) {
    for (const m of d.mentions) {
      const words: string[] = [];
      for (let k = m.from; k < m.to; k++) words.push(fold(c, k));
      addAlias(words, d);
    }
    if (d.type === 'person' && d.parts.length >= 2) addAlias([d.parts[d.parts.length - 1]!], d);
    // "Voltara Motors" → "Voltara", "Quorvane Inc." → "Quorvane".
    if (d.type === 'organization') {
      for (const m of d.mentions) {
        if (m.to - m.from < 2 || !lex.orgSuffixes.has(withoutFinalDot(fold(c, m.to - 1)))) continue;
        const words: string[] = [];
        for (let k = m.from; k < m.to - 1; k++) words.push(fold(c, k));
        if (!(words.length === 1 && (lex.known.has(words[0]!) || lex.givenNames.has(words[0]!)))) addAlias(words, d);
        // "Lakeshore Medical Partners" → "Lakeshore": a distinctive first word stands for the company.
        if (words.length >= 2 && orgFirstWordAlias(c, words[0]!) && !bySurname.has(words[0]!)) addAlias([words[0]!], d);
      }
    }
  }
  for (const list of multi.values()) sortStable(list, (x, y) => y.words.length - x.words.length);
  for (let i = 0; i < n; i++) {
    // (`isCapWord` on the local column: `i` is a unit, so its range test is not needed)
    if (covered[i] || (uFlags[i]! & (CAP | POSSESSIVE)) !== CAP) continue;
    const f = fold(c, i);
    let hit: { to: number; draft: Draft } | null = null;
    for (const cand of multi.get(f) ?? []) {
      let ok = i + cand.words.length <= n;
      for (let w = 1; ok && w < cand.words.length; w++) ok = !covered[i + w] && fold(c, i + w) === cand.words[w] && uSentence[i + w] === uSentence[i];
      if (ok) {
        hit = { to: i + cand.words.length, draft: cand.draft };
        break;
      }
    }
    if (!hit) {
      const d = single.get(f);
      // A surname alone must not run on into another capitalised word ("Harfuch Street").
      if (d && !(i + 1 < n && isCapWord(units, i + 1) && uSentence[i + 1] === uSentence[i] && d.type === 'person')) hit = { to: i + 1, draft: d };
    }
    if (!hit) continue;
    const poss = hit.to < n && uFlags[hit.to]! & POSSESSIVE ? hit.to + 1 : hit.to;
    hit.draft.mentions.push(mention(i, hit.to, hit.draft.type, hit.draft.key, i, poss));
    for (let k = i; k < poss; k++) covered[k] = 1;
    i = poss - 1;
  }
  // Headings: names from the gazetteer that the text did not use.
  // (a heading line's units are one run of pass 1's lines: the heading mark is the line's)
  const headingMentions: Mention[] = [];
  for (let r = 0; r < headingRuns.length; r += 2) {
    const i = headingRuns[r]!;
    const j = headingRuns[r + 1]!;
    const found: Mention[] = [];
    knownInside(c, i, j, found);
    for (const m of found) {
      let free = true;
      for (let k = m.from; k < m.to; k++) if (covered[k]) free = false;
      if (free) headingMentions.push(m);
    }
  }
  for (const m of headingMentions) mergeBody(c, m);

  // Counted groups: "26 cartel operatives", "more than twenty suspects".
  for (const g of findCountedGroups(units, lex)) {
    // Large counts are one group by value ("22 alleged members" … "the 22 detainees"); small
    // ones only with the same noun ("two inspectors" and "two officials" are different people).
    const key = g.value >= 10 ? `count:${g.value}` : `count:${g.value}:${uLemma[g.to - 1]}`;
    const list = byKey.get(`group:${key}`);
    const m = mention(g.from, g.to, 'group', key, g.from, g.to);
    const label = { start: uStart[g.labelFrom]!, end: uEnd[g.labelTo - 1]! };
    if (list) {
      list[0]!.mentions.push(m);
      list[0]!.labels.push(label);
      continue;
    }
    const d = newDraft(c, m, [key]);
    d.quantity = g.qualifier ? { value: g.value, qualifier: g.qualifier } : { value: g.value };
    d.labels.push(label);
    byKey.set(`group:${key}`, [d]);
  }

  // Labels: titles before the name and role appositives after it.
  for (const d of drafts) {
    if (d.quantity) continue;
    for (const m of d.mentions) {
      if (m.labelFrom !== undefined && m.labelTo! > m.labelFrom) d.labels.push({ start: uStart[m.labelFrom]!, end: uEnd[m.labelTo! - 1]! });
      for (const l of labelsAround(units, m.labelFrom ?? m.aliasFrom, m.aliasTo, lex)) d.labels.push(l);
    }
  }

  return finish(c, drafts);

}

/**
 * One document's scan: its word units and what the passes found so far. The passes are module
 * functions taking it, not closures made per document: a closure's optimised code lives only as
 * long as the closure, so a memory-reducing GC between documents dropped it and every document
 * after one compiled the passes again (see bench/HISTORY.md, perf23).
 */
interface Scan {
  doc: SlantDocument;
  lex: EntityLexicons;
  voices: VoiceMap;
  units: WordUnits;
  n: number;
  uStart: Int32Array;
  uEnd: Int32Array;
  uSentence: Int32Array;
  uLine: Int32Array;
  uFlags: Uint8Array;
  headingUnit: Uint8Array;
  uText: readonly string[];
  uLower: readonly string[];
  uLemma: readonly string[];
  mentions: Mention[];
  /** Single capitalised words waiting for support elsewhere (a title, a speech verb). */
  pendingSingles: Mention[];
  drafts: Draft[];
  /** Drafts of bodies, groups and places by `type:key`. */
  byKey: Map<string, Draft[]>;
  /** The body named last, for "known as" after it in the same sentence. */
  lastBody: { draft: Draft; sentence: number } | undefined;
}

/** Unit `i` exists and starts with a capital letter. */
function cap(c: Scan, i: number): boolean {
  return i >= 0 && i < c.n && (c.uFlags[i]! & CAP) !== 0;
}

/** Folded form of unit `i` (asked for many times per word: computed once, on demand). */
function fold(c: Scan, i: number): string {
  return foldedOf(c.units, i);
}

/** Which word sets hold unit `i`'s folded form (`WORD` bits): one lookup per unit for all of them. */
function lb(c: Scan, i: number): number {
  return lexBitsOf(c.units, i, c.lex);
}

/** The text of units [from, to). */
function text(c: Scan, from: number, to: number): string {
  return c.doc.text.slice(c.uStart[from]!, c.uEnd[to - 1]!);
}

/**
 * `nameParts(text(c, from, to))`, read from the units' folded forms when that is what it gives: every unit a plain
 * word (`isPlainWord`, which `foldName` only lower-cases, as `foldedOf` keeps it), one space between each and the
 * next, and not "the" first (`foldName` drops it from a phrase). Most names are such; they then cost no copy of
 * the text, lower-cased and split, and their parts are the units' strings, already hashed by the word lookups.
 */
function namePartsOf(c: Scan, from: number, to: number): string[] {
  const { uText, uStart, uEnd } = c;
  const input = c.doc.text;
  for (let k = from; k < to; k++) {
    const joined = k === from || (uStart[k] === uEnd[k - 1]! + 1 && charCodeAt(input, uEnd[k - 1]!) === 32);
    if (!joined || !isPlainWord(uText[k]!)) return nameParts(text(c, from, to));
  }
  if (to - from >= 2 && fold(c, from) === 'the') return nameParts(text(c, from, to));
  const parts: string[] = [];
  for (let k = from; k < to; k++) pushNamePart(parts, fold(c, k));
  return parts;
}

/** A new entity draft of mention `m`, added to the scan's drafts. */
function newDraft(c: Scan, m: Mention, parts: string[]): Draft {
  const d: Draft = { type: m.type, key: m.key, prefix: m.prefix ?? '', parts, mentions: [m], gender: m.gender, labels: [], quantity: undefined, starts: undefined };
  c.drafts.push(d);
  return d;
}

/** The folded words of units [from, to) joined by spaces (the folded forms are cached per word). */
function foldedRun(c: Scan, from: number, to: number): string {
  let out = fold(c, from);
  for (let k = from + 1; k < to; k++) out += ` ${fold(c, k)}`;
  return out;
}

function known(c: Scan, from: number, to: number): { canonical: string; type: 'organization' | 'group' | 'place' } | undefined {
  const { lex } = c;
  if (to - from > lex.longestKnown) return undefined;
  if (to - from === 1) return lb(c, from) & WORD.KNOWN ? lex.known.get(fold(c, from)) : undefined;
  // A name of several words is asked for only when it can start with this word (no string joined for the rest).
  const first = fold(c, from);
  const space = first.indexOf(' ');
  if (space < 0 ? !(lb(c, from) & WORD.KNOWN_FIRST) : !lex.knownFirst.has(first.slice(0, space))) return undefined;
  return lex.known.get(foldedRun(c, from, to));
}

/** Adds the mention of units `[from, to)` (see `mention`). */
function addMention(c: Scan, from: number, to: number, type: EntityType, key: string, aliasFrom: number, aliasTo: number, prefix?: string, aliasOfPrevious = false): void {
  c.mentions.push(mention(from, to, type, key, aliasFrom, aliasTo, prefix, aliasOfPrevious));
}

/** Known names (gazetteer) inside units [from, to), longest first; used for title prefixes and headings. */
function knownInside(c: Scan, from: number, to: number, out: Mention[]) {
  const { lex, units } = c;
  let i = from;
  while (i < to) {
    let matched = 0;
    for (let len = Math.min(lex.longestKnown, to - i); len >= 1; len--) {
      if (!isCapWord(units, i) || !isCapWord(units, i + len - 1)) continue;
      const k = known(c, i, i + len);
      if (!k) continue;
      out.push(mention(i, i + len, k.type, k.canonical, i, i + len));
      matched = len;
      break;
    }
    i += matched || 1;
  }
}

function classifyRun(c: Scan, run: NameRun) {
  const { lex, units, uSentence, uFlags, uText, uLower, uLemma, mentions, pendingSingles } = c;
  const { from, to } = run;
  const aliasTo = run.possessive >= 0 ? run.possessive + 1 : to;
  // "..., known as Cal Fire": another name of the body just named.
  // A dateline or shouted words ("PORTO VALE —"): capitals throughout say nothing about names.
  if (isShouted(c, from, to)) return;
  if (knownAs(c, from)) return addMention(c, from, to, 'organization', foldName(text(c, from, to)), from, aliasTo, undefined, true);
  const whole = known(c, from, to);
  if (whole) return addMention(c, from, to, whole.type, whole.canonical, from, aliasTo, undefined, knownAs(c, from));
  // "American Red Cross", "U.S. Department of Justice": a country word before a known name.
  const stripped = to - from >= 2 && lb(c, from) & (WORD.DEMONYM | WORD.KNOWN_PLACE) ? known(c, from + 1, to) : undefined;
  if (stripped && stripped.type !== 'place') return addMention(c, from, to, stripped.type, stripped.canonical, from, aliasTo, fold(c, from).replaceAll('.', ''));
  // A single acronym: a known body, or an organisation of its own ("the EMA", "FEMA").
  if (to - from === 1 && ACRONYM.test(uText[from]!)) {
    const f = fold(c, from);
    const k = lex.known.get(f) ?? lex.known.get(f.replaceAll('.', ''));
    if (k) return addMention(c, from, to, k.type, k.canonical, from, aliasTo);
    if (lex.notAcronyms.has(f.replaceAll('.', '')) || upperLength(uText[from]!) < 2) return;
    return addMention(c, from, to, 'organization', `acronym:${f.replaceAll('.', '')}`, from, aliasTo, undefined, knownAs(c, from));
  }
  // The last word without a final dot: its sets are the unit's own bits when it has none.
  const lastFolded = fold(c, to - 1);
  const last = withoutFinalDot(lastFolded);
  const lastBits = last === lastFolded ? lb(c, to - 1) : wordBitsOf(lex, last);
  // (folded on first use, inline: a closure made per run is compiled again after each memory-reducing GC, see `Scan`)
  let lastLemma: string | undefined;
  // Organisations and groups by their head noun: "Foreign Ministry", "Department of Justice", "Sinaloa Cartel".
  let headOf = -1;
  for (let k = from; k < to - 1; k++) if (uLower[k + 1] === 'of' && lb(c, k) & WORD.ORG_HEAD) headOf = k;
  const isGroup = to - from >= 2 && (lastBits & WORD.GROUP_HEAD || lex.groupHeads.has((lastLemma ??= foldName(uLemma[to - 1]!))));
  if (to - from >= 2 && (lastBits & WORD.ORG_HEAD || isGroup || headOf >= 0 || lb(c, from) & WORD.ORG_FIRST)) {
    // A title before a body name is not part of it: "Interior Minister" stays out of "Interior Ministry".
    let a = from;
    while (a < to - 1 && lb(c, a) & (WORD.TITLE | WORD.NOT_NAME)) a++;
    const pre = knownPrefix(c, a, to);
    const withoutPrefix = pre > a ? known(c, pre, to) : undefined;
    const inst = institutionKey(text(c, a, to));
    const key = withoutPrefix?.canonical ?? known(c, a, to)?.canonical ?? inst.key;
    return addMention(c, a, to, isGroup ? 'group' : (withoutPrefix?.type ?? 'organization'), key, a, aliasTo, inst.prefix, knownAs(c, a));
  }
  if (to - from >= 3 && STATE_HEADS.has(fold(c, from)) && uLower[from + 1] === 'of') {
    // "Republic of Marisol" is the place "Marisol".
    return addMention(c, from, to, 'place', foldName(text(c, from + 2, to)), from, aliasTo);
  }
  if (to - from >= 2 && (lastBits & WORD.PLACE_HEAD || lex.placeHeads.has((lastLemma ??= foldName(uLemma[to - 1]!)))) && !(lb(c, from) & WORD.TITLE)) {
    return addMention(c, from, to, 'place', foldName(text(c, from, to)), from, aliasTo);
  }
  // A person's name at the end of the run, after titles, places and honorifics.
  let s = to;
  while (s > from && to - s < 4) {
    if (NAME_PARTICLES.has(uLower[s - 1]!) && s - 1 > from && s < to) {
      s--;
      continue;
    }
    if (!isCapWord(units, s - 1)) break;
    const bits = lb(c, s - 1);
    if (bits & (WORD.NAME_STOP | WORD.HONORIFIC)) break;
    const afterName = s === to && to - from >= 2 && (lb(c, to - 2) & (WORD.SURNAME | WORD.GIVEN)) !== 0;
    if (bits & WORD.KNOWN && !(bits & (WORD.GIVEN | WORD.SURNAME)) && !afterName) break;
    if (ACRONYM.test(uText[s - 1]!)) break;
    s--;
  }
  // "Rafael Caro Quintero": a particle or a fourth part is fine; a known place before a given name is not the name.
  while (s < to && NAME_PARTICLES.has(uLower[s]!)) s++;
  // "Ambassador to Mexico Ronald Johnson": after "<Title> to|of|for", the first words are the
  // place or body of the title and the name is the last two words (three with an initial).
  let chainFrom = -1;
  const link = from - 1;
  if (link >= 0 && TITLE_LINKS.has(uLower[link]!) && from >= 2 && uSentence[link] === uSentence[from]) {
    const linkSentence = uSentence[link];
    let t = from - 2;
    while (t >= 0 && cap(c, t) && uSentence[t] === linkSentence && !(lb(c, t) & WORD.TITLE)) t--;
    if (t >= 0 && cap(c, t) && lb(c, t) & WORD.TITLE && to - from >= 3) {
      while (t > 0 && cap(c, t - 1) && uSentence[t - 1] === linkSentence) t--;
      chainFrom = t;
      const initial = isUpperInitial(uText[to - 2]!);
      s = Math.max(s, to - (initial ? 3 : 2));
    }
  }
  const prefixFrom = from;
  const prefixTo = s;
  const honorific = prefixTo > prefixFrom && lb(c, prefixTo - 1) & WORD.HONORIFIC ? lex.honorifics.get(withoutFinalDot(fold(c, prefixTo - 1))) : undefined;
  let titled = chainFrom >= 0;
  for (let k = prefixFrom; !titled && k < prefixTo; k++) titled = (lb(c, k) & (WORD.TITLE | WORD.ROLE)) !== 0;
  // Known places and bodies inside the prefix: "U.S. Ambassador to Mexico", "White House Press Secretary".
  if (prefixTo > prefixFrom) {
    const inside: Mention[] = [];
    knownInside(c, prefixFrom, prefixTo, inside);
    // "Ambassador to Marisol Thomas Whitaker-Reyes": an unknown word before the name is the title's place.
    // "FTC Chair Lina Osgood": an acronym in the title is a body.
    for (let k = prefixFrom; k < prefixTo; k++) {
      const f = fold(c, k).replaceAll('.', '');
      if (ACRONYM.test(uText[k]!) && !inside.some((x) => x.from <= k && k < x.to) && !lex.notAcronyms.has(f) && !lex.honorifics.has(f) && !lex.known.has(fold(c, k))) inside.push(mention(k, k + 1, 'organization', `acronym:${f}`, k, k + 1));
    }
    if (chainFrom >= 0 && inside.length === 0) inside.push(mention(prefixFrom, prefixTo, 'place', foldName(text(c, prefixFrom, prefixTo)), prefixFrom, prefixTo));
    mentions.push(...inside);
  }
  if (s >= to) return;
  const len = to - s;
  const first = fold(c, s);
  const aliasFrom = honorific !== undefined ? prefixTo - 1 : s;
  const labelFrom = titled ? (chainFrom >= 0 ? chainFrom : prefixFrom) : undefined;
  const labelTo = titled ? (honorific !== undefined ? prefixTo - 1 : prefixTo) : undefined;
  const parts = namePartsOf(c, s, to);
  if (parts.length === 0) return;
  const person = mention(s, to, 'person', parts.join(' '), aliasFrom, aliasTo, undefined, false, honorific || lex.givenNames.get(first) || undefined, labelFrom, labelTo);
  if (len >= 2) {
    const roleBefore = from > 0 && !cap(c, from - 1) && uSentence[from - 1] === uSentence[from] && isRoleWord(units, from - 1, lex);
    if (honorific !== undefined || titled || roleBefore || lb(c, s) & WORD.GIVEN || lex.surnames.has(parts[parts.length - 1]!)) {
      c.mentions.push(person);
      return;
    }
    c.mentions.push(rekeyed(person, person.key, 'person', true));
    return;
  }
  // One word.
  // "the search company Quorvane", "start-up Fjordly": an organisation noun announces the name.
  const announced = from > 0 && !cap(c, from - 1) && lex.orgNouns.has(uLemma[from - 1]!);
  if (announced && !(lb(c, s) & WORD.GIVEN)) return addMention(c, s, to, 'organization', first, s, aliasTo);
  if (roleForms(units, s, lex) & ROLE_LEMMA) return;
  // A plural common noun opening a sentence ("Doctors said"): names are not plural.
  const lower = uLower[s]!;
  const singular = lower.replace(PLURAL_S, '');
  if (uFlags[s]! & SENTENCE_START && singular !== lower && (lex.titles.has(singular) || lex.roles.has(singular) || lex.accused.has(singular) || lex.orgNouns.has(singular))) return;
  if (honorific !== undefined || titled) {
    c.mentions.push(person);
    return;
  }
  pendingSingles.push(rekeyed(person, parts[0]!, 'person', true));
}

function isShouted(c: Scan, from: number, to: number): boolean {
  const { n, uText } = c;
  const upper = (k: number) => {
    const t = uText[k]!;
    if (t.length < 2) return false;
    // A lower-case ASCII letter rules it out (no upper-case mapping yields one) without
    // building an upper-case copy of every capitalised word.
    const len = t.length;
    for (let i = 0; i < len; i++) {
      const c = charCodeAt(t, i);
      if (c >= 97 && c <= 122) return false;
    }
    return t === t.toUpperCase() && t !== t.toLowerCase() && !t.includes('.');
  };
  if (!upper(from)) return false;
  if (to - from >= 2) {
    for (let k = from; k < to; k++) if (!upper(k)) return false;
    return true;
  }
  const next = to < n ? uText[to]! : undefined;
  return next !== undefined && (next === '-' || LONG_DASHES.has(next)) && from === 0 || (next !== undefined && LONG_DASHES.has(next));
}

/** "..., known as the EMA": the name is another name of the body named just before. */
function knownAs(c: Scan, from: number): boolean {
  const { uLower } = c;
  const a = from >= 1 ? uLower[from - 1] : undefined;
  const b = from >= 2 ? uLower[from - 2] : undefined;
  const third = from >= 3 ? uLower[from - 3] : undefined;
  return (a === 'as' && b === 'known') || (a === 'the' && b === 'as' && third === 'known');
}

/** Index after a leading country word of a body name ("U.S." in "U.S. Justice Department"). */
function knownPrefix(c: Scan, from: number, to: number): number {
  if (to - from < 3) return from;
  return lb(c, from) & (WORD.KNOWN_PLACE | WORD.DEMONYM) ? from + 1 : from;
}

function mergeBody(c: Scan, m: Mention) {
  const { uSentence, byKey } = c;
  const list = byKey.get(`${m.type}:${m.key}`) ?? [];
  const prefix = m.prefix ?? '';
  let d = list.find((x) => x.prefix === prefix) ?? (prefix === '' && list.length === 1 ? list[0] : undefined) ?? list.find((x) => x.prefix === '');
  if (d) {
    d.mentions.push(m);
    if (d.prefix === '' && prefix !== '') d.prefix = prefix;
  } else {
    d = newDraft(c, m, [m.key]);
    list.push(d);
    byKey.set(`${m.type}:${m.key}`, list);
  }
  if (m.type === 'organization' || m.type === 'group') c.lastBody = { draft: d, sentence: uSentence[m.from]! };
}

/** A first word that can stand alone for a company: not a place, person's name, title or common Title Case word. */
function orgFirstWordAlias(c: Scan, w: string): boolean {
  const { lex } = c;
  return !(lex.known.has(w) || lex.givenNames.has(w) || lex.surnames.has(w) || lex.titleWords.has(w) || lex.titles.has(w) || lex.demonyms.has(w) || lex.notNames.has(w) || lex.orgHeads.has(w) || lex.placeHeads.has(w) || w.length < 4 || w.endsWith('.'));
}

/** "Tarnow's government", "Halvorsen's lawyers": a possessive before a word of people or office. */
function personalPossessive(c: Scan, to: number): boolean {
  const { lex, n, uFlags, uLemma } = c;
  if (to >= n || !(uFlags[to]! & POSSESSIVE) || to + 1 >= n || cap(c, to + 1)) return false;
  const noun = uLemma[to + 1]!;
  return PERSONAL_NOUNS.has(noun) || lex.titles.has(noun) || (lex.roles.has(noun) && !lex.accused.has(noun));
}

/** "Harfuch said", "said Harfuch": the name speaks. */
function followedByReporting(c: Scan, to: number): boolean {
  const { n, uSentence, uText, uLemma } = c;
  const sentence = uSentence[to - 1];
  const next = to < n;
  if (next && uSentence[to] === sentence && REPORTING.has(uLemma[to]!)) return true;
  let from = to - 1;
  while (from > 0 && cap(c, from - 1) && uSentence[from - 1] === sentence) from--;
  const before = from - 1;
  return before >= 0 && uSentence[before] === sentence && REPORTING.has(uLemma[before]!) && (!next || uSentence[to] !== sentence || CLAUSE_END_MARKS.has(uText[to]!));
}

function finish(c: Scan, list: Draft[]): Entity[] {
  const { doc, voices, uStart, uEnd } = c;
  const ids = new Set<string>();
  const out: Entity[] = [];
  // (filled by a loop: an array made by `.map` in optimised code has another elements kind than
  // the builtin's, and sorting it deoptimised this function once, bench/HISTORY.md perf42)
  const ordered: { d: Draft; first: number }[] = [];
  for (const d of list) {
    if (d.mentions.length === 0) continue;
    let first = Infinity;
    for (const m of d.mentions) first = Math.min(first, m.from);
    ordered.push({ d, first });
  }
  sortStable(ordered, (x, y) => x.first - y.first);
  for (const { d } of ordered) {
    const ms = sortStable([...d.mentions], byFrom);
    const deduped = ms.filter((m, i) => i === 0 || m.from !== ms[i - 1]!.from);
    let best = deduped[0]!;
    for (const m of deduped) if (m.to - m.from > best.to - best.from) best = m;
    const name = text(c, best.from, best.to);
    const aliases: string[] = [];
    const seen = new Set<string>();
    const addForm = (form: string) => {
      if (!seen.has(form)) {
        seen.add(form);
        aliases.push(form);
      }
    };
    for (const m of deduped) {
      addForm(text(c, m.from, m.to));
      // The surface form with an honorific or a possessive, when it has one.
      if (m.aliasFrom !== m.from || m.aliasTo !== m.to) addForm(text(c, m.aliasFrom, m.aliasTo));
    }
    const base = `${d.type === 'organization' ? 'org' : d.type}-${slugOf(d.quantity ? `${d.quantity.value}` : name)}`;
    let id = base;
    for (let k = 2; ids.has(id); k++) id = `${base}-${k}`;
    ids.add(id);
    const labels = dedupeSpans(d.labels).map((l) => ({ start: l.start, end: l.end, text: doc.text.slice(l.start, l.end), voice: voices.voiceAt(l.start) }));
    const spans = deduped.map((m) => {
      const start = uStart[m.from]!;
      const end = uEnd[m.to - 1]!;
      return { start, end, text: doc.text.slice(start, end), voice: voices.voiceAt(start) };
    });
    out.push(entityRecord(id, name, d.type, entityKey(d, name), aliases, spans, labels, d.gender === 'f' || d.gender === 'm' ? d.gender : undefined, d.quantity));
  }
  return out;
}

/** The public record of an entity (`gender` and `quantity` only when set). */
function entityRecord(id: string, name: string, type: EntityType, key: string, aliases: string[], mentions: VoicedSpan[], labels: VoicedSpan[], gender: 'f' | 'm' | undefined, quantity: Quantity | undefined): Entity {
  return {
    id,
    name,
    type,
    key,
    aliases,
    mentions,
    labels,
    ...(gender ? { gender } : {}),
    ...(quantity ? { quantity } : {}),
  };
}

// The records with `gender` or `quantity` get those keys by spreads, whose hidden classes are
// reached only by weak transitions: one record of each of the four shapes kept alive (see `anchorShape`).
for (let bits = 0; bits < 4; bits++) anchorShape(entityRecord('', '', 'person', '', [], [], [], bits & 1 ? 'f' : undefined, bits & 2 ? { value: 0.5 } : undefined));

/** The cross-article key of an entity: surname for persons, canonical or institutional key for the rest. */
function entityKey(d: Draft, name: string): string {
  if (d.type === 'person') return `person:${d.parts[d.parts.length - 1]}`;
  if (d.quantity) return `group:count:${d.quantity.value}`;
  if (d.key.startsWith('acronym:')) return `${d.type}:${d.key}`;
  return `${d.type}:${d.key || foldName(name)}`;
}

/** True when one list of name parts is a contiguous run of the other ("Tarnow" in "Claudia Tarnow"). */
function compatible(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  for (let i = 0; i + short.length <= long.length; i++) {
    let ok = true;
    for (let k = 0; ok && k < short.length; k++) ok = long[i + k] === short[k];
    if (ok) return true;
  }
  return false;
}

/**
 * The candidate with the nearest mention before unit `at` (a recency rule); else the first
 * named. Each candidate's mention starts are sorted once and searched by bisection, so a
 * surname repeated many times costs O(log n) per use, not a scan of every earlier mention.
 */
function nearest(candidates: Draft[], at: number): Draft {
  if (candidates.length === 1) return candidates[0]!;
  let best = candidates[0]!;
  let bestAt = -1;
  for (const d of candidates) {
    if (!d.starts || d.starts.length !== d.mentions.length) d.starts = sortStable(d.mentions.map((m) => m.from), (x, y) => x - y);
    const starts = d.starts;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    const before = lo > 0 ? starts[lo - 1]! : -1;
    if (before > bestAt) {
      best = d;
      bestAt = before;
    }
  }
  return best;
}

function dedupeSpans(spans: { start: number; end: number }[]): { start: number; end: number }[] {
  const sorted = sortStable([...spans], (a, b) => a.start - b.start || b.end - a.end);
  return sorted.filter((s, i) => i === 0 || s.start !== sorted[i - 1]!.start || s.end !== sorted[i - 1]!.end);
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LEXICON_LIST } from '../src/lexicons/defaultLexicons.js';
import { lexiconCatalogueMarkdown } from '../src/lexicons/describeLexicons.js';
import { lexiconWords } from '../src/lexicons/lexiconMatcher.js';
import { MATCHER_KINDS } from '../src/lexicons/resolveLexicons.js';
import { americanSpellings, defaultSpellingsModule, hasPrecomputedSpellings, precomputedAmericanSpellings } from '../src/lexicons/spellingNormalizer.js';
import { lexiconKind } from '../src/schema/lexicon.js';
import { compileEntityLexicons, entityLexicons } from '../src/entities/entityLexicons.js';
import { entityLexiconsFromJson, entityWordsModule, hasDefaultEntityLexicons } from '../src/entities/precomputedEntityWords.js';
import { DEFAULT_ENTITY_WORDS } from '../src/entities/defaultEntityWords.js';
import { resolveLexicons } from '../src/lexicons/resolveLexicons.js';
import { matcherFilingModule } from '../src/lexicons/matcherFilingModule.js';
import { VALENCE } from '../src/language/scoreSentiment.js';

describe('lexicons/README.md', () => {
  it('is up to date with the default lexicons (run npm run lexicons:readme)', () => {
    const onDisk = readFileSync(new URL('../lexicons/README.md', import.meta.url), 'utf8');
    expect(onDisk).toBe(lexiconCatalogueMarkdown(DEFAULT_LEXICON_LIST));
  });

  it('comes with src/lexicons/defaultSpellings.ts up to date: wink-nlp\'s normal forms of the matched words (run npm run lexicons:readme)', () => {
    const onDisk = readFileSync(new URL('../src/lexicons/defaultSpellings.ts', import.meta.url), 'utf8');
    expect(onDisk).toBe(defaultSpellingsModule(lexiconWords(DEFAULT_LEXICON_LIST.filter((l) => MATCHER_KINDS.includes(lexiconKind(l))))));
  });

  it('comes with src/entities/defaultEntityWords.ts up to date: the entity stage\'s compiled word sets (run npm run lexicons:readme)', () => {
    const onDisk = readFileSync(new URL('../src/entities/defaultEntityWords.ts', import.meta.url), 'utf8');
    expect(onDisk).toBe(entityWordsModule(compileEntityLexicons(DEFAULT_LEXICON_LIST)));
  });

  it('comes with src/lexicons/defaultMatcherFiling.ts up to date: the default matchers\' first-word filing (run npm run lexicons:readme)', () => {
    const onDisk = readFileSync(new URL('../src/lexicons/defaultMatcherFiling.ts', import.meta.url), 'utf8');
    expect(onDisk).toBe(matcherFilingModule(VALENCE));
  });

  it('reads the precompiled entity word sets for the default lexicons only, equal to compiling them', () => {
    const all = resolveLexicons().all;
    expect(hasDefaultEntityLexicons(all)).toBe(true);
    expect(hasDefaultEntityLexicons(resolveLexicons(undefined, 'policy').all)).toBe(true);
    // (read afresh: the cached sets of earlier analyses have their word bits filled)
    const read = entityLexiconsFromJson(DEFAULT_ENTITY_WORDS);
    const compiled = compileEntityLexicons(all);
    expect(read).toEqual(compiled);
    // same order too (a Map or Set iterates in insertion order)
    for (const key of Object.keys(compiled) as (keyof typeof compiled)[]) {
      const v = compiled[key];
      if (v instanceof Map || v instanceof Set) expect([...(read[key] as Iterable<unknown>)], key).toEqual([...v]);
    }
    // a changed copy of a gazetteer, or one more entity lexicon, is compiled
    const places = DEFAULT_LEXICON_LIST.find((l) => l.id === 'places')!;
    const edited = DEFAULT_LEXICON_LIST.map((l) => (l === places ? { ...places, entries: [...places.entries, { term: 'Varnholt', category: 'city' }] } : l));
    expect(hasDefaultEntityLexicons(edited)).toBe(false);
    expect(entityLexicons(edited).known.get('varnholt')).toEqual({ canonical: 'varnholt', type: 'place' });
    expect(hasDefaultEntityLexicons([...DEFAULT_LEXICON_LIST, { ...places, id: 'more-places' }])).toBe(false);
    expect(hasDefaultEntityLexicons(DEFAULT_LEXICON_LIST.filter((l) => l !== places))).toBe(false);
  });

  it('files British spellings under wink-nlp\'s normal form, from the precomputed table or read for new words', () => {
    expect(americanSpellings(['defence', 'court']).get('defence')).toBe('defense');
    expect(americanSpellings(['defence', 'court']).has('court')).toBe(false);
    // words no default lexicon has are read with wink-nlp
    expect(americanSpellings(['jewellery', 'marvellousness'])).toEqual(new Map([['jewellery', 'jewelry']]));
  });

  it('answers from the precomputed table what reading the words gives, for the default matched lexicons only', () => {
    const matched = DEFAULT_LEXICON_LIST.filter((l) => MATCHER_KINDS.includes(lexiconKind(l)));
    expect(hasPrecomputedSpellings(matched)).toBe(true);
    const words = lexiconWords(matched);
    const read = americanSpellings(words);
    const table = precomputedAmericanSpellings();
    for (const w of words) expect(table.get(w), w).toBe(read.get(w));
    expect(table.get('defence')).toBe('defense');
    // a copy of a default lexicon, or a default the matchers do not use, has its words read
    expect(hasPrecomputedSpellings([structuredClone(matched[0]!)])).toBe(false);
    expect(hasPrecomputedSpellings([...matched, DEFAULT_LEXICON_LIST.find((l) => lexiconKind(l) === 'reporting-verb')!])).toBe(false);
  });

  it('keeps the shipped lexicons from being changed in place (the precomputed table would disagree): a copy is the way to edit', () => {
    const hedges = DEFAULT_LEXICON_LIST.find((l) => l.id === 'hedges')!;
    expect(() => (hedges.entries as unknown[]).push({ term: 'colour' })).toThrow(TypeError);
    expect(() => Object.assign(hedges, { version: '9.9.9' })).toThrow(TypeError);
    const copy = structuredClone(hedges);
    copy.entries.push({ ...copy.entries[0]!, term: 'colour' });
    expect(copy.entries.length).toBe(hedges.entries.length + 1);
  });

  it('gives every frame lexicon at least 40 entries and a Policy Frames Codebook dimension', () => {
    for (const l of DEFAULT_LEXICON_LIST.filter((x) => x.id.startsWith('frame-'))) {
      expect(l.entries.length, l.id).toBeGreaterThanOrEqual(40);
      expect(l.policyFrame, l.id).toBeTruthy();
    }
  });

  it.each([['default'], ['policy']])('explains every term shared by two frames of the %s set', (set) => {
    const frames = DEFAULT_LEXICON_LIST.filter((x) => x.id.startsWith('frame-') && (x.frameSet ?? 'default') === set);
    const owners = new Map<string, string[]>();
    for (const l of frames) for (const e of l.entries) owners.set(e.term, [...new Set([...(owners.get(e.term) ?? []), l.id])]);
    for (const [term, ids] of owners) {
      if (ids.length < 2) continue;
      for (const id of ids) expect(frames.find((l) => l.id === id)!.entries.find((e) => e.term === term)!.note, `${term} in ${id}`).toBeTruthy();
    }
  });
});

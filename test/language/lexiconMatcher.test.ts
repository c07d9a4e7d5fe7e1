import { describe, expect, it } from 'vitest';
import { LexiconMatcher, readDocument, validateLexicon, type Lexicon } from '../../src/index.js';
import { filedRootsOf, LexiconMatcherGroup, type TermMatch, type TokenKeys } from '../../src/lexicons/lexiconMatcher.js';
import { DEFAULT_LEXICON_LIST } from '../../src/lexicons/defaultLexicons.js';
import { MATCHER_KINDS } from '../../src/lexicons/matcherKinds.js';
import { defaultGroupFiling } from '../../src/lexicons/precomputedFiling.js';
import { lexiconKind } from '../../src/schema/lexicon.js';

const lexicon = (entries: Lexicon['entries'], id = 'loaded-test'): Lexicon => ({ id, version: '1.0.0', description: 'test', language: 'en', license: 'CC0-1.0', source: 'test', entries });
const matches = (lexicons: Lexicon[], text: string) => {
  const doc = readDocument(text);
  const out: { text: string; terms: string[] }[] = [];
  new LexiconMatcher(lexicons).match(doc, 0, doc.tokenCount, (m) => out.push({ text: text.slice(doc.start[m.tokStart]!, doc.end[m.tokEnd - 1]!), terms: m.terms.map((t) => `${t.lexicon.id}:${t.entry.term}`) }));
  return out;
};

describe('LexiconMatcher over many lexicons', () => {
  it('credits each entry to its own lexicon among hundreds, empty ones in between', () => {
    // Every third lexicon is empty; the others hold a plain word and a phrase (filed by the
    // general path), so each entry's lexicon is found from its position among all entries.
    const lexicons = Array.from({ length: 300 }, (_, i) => lexicon(i % 3 === 1 ? [] : [{ term: `levy${i}` }, { term: `harbour toll${i}` }], `frame-many-${i}`));
    const found = matches(lexicons, 'Vale raised levy0, then levy299 and the harbour toll150, and levy2.');
    expect(found.map((m) => m.terms)).toEqual([['frame-many-0:levy0'], ['frame-many-299:levy299'], ['frame-many-150:harbour toll150'], ['frame-many-2:levy2']]);
  });
});

describe('LexiconMatcher walk stack', () => {
  // The walk's stack belongs to the matcher and is reused by every call (scale44).
  it('finds the same matches when onMatch walks the same matcher again, and call after call', () => {
    const m = new LexiconMatcher([lexicon([{ term: 'harbour toll' }, { term: 'harbour' }, { term: 'levy' }, { term: 'appear {ADJ}' }])]);
    const text = 'Vale said the harbour toll and the levy appear unfair, and the harbour stays.';
    const doc = readDocument(text);
    const spans = (from: number, to: number) => {
      const out: string[] = [];
      m.match(doc, from, to, (x) => out.push(text.slice(doc.start[x.tokStart]!, doc.end[x.tokEnd - 1]!)));
      return out;
    };
    const alone = spans(0, doc.tokenCount);
    expect(alone).toEqual(['harbour toll', 'levy', 'appear unfair', 'harbour']);
    const outer: string[] = [];
    const inner: string[][] = [];
    m.match(doc, 0, doc.tokenCount, (x) => {
      inner.push(spans(0, doc.tokenCount)); // a nested walk of the whole text on the same stack
      outer.push(text.slice(doc.start[x.tokStart]!, doc.end[x.tokEnd - 1]!));
    });
    expect(outer).toEqual(alone);
    expect(inner).toEqual(alone.map(() => alone));
    expect(spans(0, doc.tokenCount)).toEqual(alone);
  });
});

describe('LexiconMatcher inner words by first letter', () => {
  // Each trie node keeps a bit per first letter of the words below it and asks its map only
  // about a token whose lower-case form or other key has one of them (perf54): a filter, never a
  // change of what matches.
  it('continues a phrase by the lower-case form, the lemma and the singular, and nothing else', () => {
    const l = lexicon([{ term: 'harbour toll' }, { term: 'tarn ferry levy' }, { term: 'ruiz plan' }]);
    expect(matches([l], 'Vale backed the harbour tolls and the Tarn ferry levies.').map((m) => m.text)).toEqual(['harbour tolls', 'Tarn ferry levies']);
    expect(matches([l], 'The Harbour Toll rose; Ruiz planned more.').map((m) => m.text)).toEqual(['Harbour Toll', 'Ruiz planned']);
    // A lemma of another first letter than the form ("went" → go) is asked by its own letter.
    expect(matches([lexicon([{ term: 'berg go' }])], 'Berg went home; Berg goes on; Berg walked.').map((m) => m.text)).toEqual(['Berg went', 'Berg goes']);
    // Words that share the next word's first letter (or its bit: "4" and "t" share one) are not it.
    expect(matches([l], 'The harbour tax, the harbour 4, the tarn ferry lane and the Ruiz pier.')).toEqual([]);
  });

  it('keeps words of other first letters that share a bit apart, and finds each below the same node', () => {
    // "t" (116) and "T" (84) share bit 20, as do "a" (97) and "A" (65): lower-case forms are what is filed.
    const l = lexicon([{ term: 'berg ale' }, { term: 'berg tide' }, { term: 'berg ébène' }]);
    expect(matches([l], 'Berg Tide, berg ale and berg ébène, but not berg time or berg ant.').map((m) => m.text)).toEqual(['Berg Tide', 'berg ale', 'berg ébène']);
  });
});

describe('LexiconMatcher constraints', () => {
  it('fills a {POS} slot with any word of that part of speech', () => {
    const l = lexicon([{ term: 'appear {ADJ}' }]);
    expect(matches([l], 'The plan appears unlikely.').map((m) => m.text)).toEqual(['appears unlikely']);
    expect(matches([l], 'She appeared in court.')).toEqual([]);
  });

  it('checks the part of speech of the first word', () => {
    const l = lexicon([{ term: 'blast', pos: ['VERB'] }]);
    expect(matches([l], 'Critics blasted the plan.').map((m) => m.text)).toEqual(['blasted']);
    expect(matches([l], 'The blast broke windows.')).toEqual([]);
  });

  it('accepts a word tagged PROPN only because a headline capitalises it', () => {
    const l = lexicon([{ term: 'slam', pos: ['VERB'] }]);
    expect(matches([l], 'Senator Slams New Tax Plan').map((m) => m.text)).toEqual(['Slams']);
  });

  it('looks at words near, before and after the match, within the sentence', () => {
    const near = lexicon([{ term: 'strike', context: { near: ['drone', 'missile'], window: 3 } }]);
    expect(matches([near], 'A drone strike hit the camp.').map((m) => m.text)).toEqual(['strike']);
    expect(matches([near], 'Workers went on strike. A drone flew over.')).toEqual([]);
    const notAfter = lexicon([{ term: 'boast', context: { notFollowedBy: ['a', 'an'] } }]);
    expect(matches([notAfter], 'He boasted about it.').map((m) => m.text)).toEqual(['boasted']);
    expect(matches([notAfter], 'The town boasts a museum.')).toEqual([]);
    const before = lexicon([{ term: 'agenda', context: { precededBy: ['hidden', 'secret'] } }]);
    expect(matches([before], 'a hidden agenda').map((m) => m.text)).toEqual(['agenda']);
    expect(matches([before], 'the meeting agenda')).toEqual([]);
  });

  it('falls back to a shorter entry when a longer one’s constraints fail', () => {
    const l = lexicon([{ term: 'war' }, { term: 'war on drugs', context: { near: ['police'] } }]);
    expect(matches([l], 'Police expanded the war on drugs.')[0]).toEqual({ text: 'war on drugs', terms: ['loaded-test:war on drugs'] });
    expect(matches([l], 'Voters debated the war on drugs.')[0]).toEqual({ text: 'war', terms: ['loaded-test:war'] });
  });

  it('puts the most specific entry first: constrained before plain, then the lexicon listed first', () => {
    const a = lexicon([{ term: 'sham' }], 'loaded-a');
    const b = lexicon([{ term: 'sham', pos: ['NOUN', 'ADJ'] }], 'loaded-b');
    expect(matches([a, b], 'It was a sham.')[0]!.terms).toEqual(['loaded-b:sham', 'loaded-a:sham']);
    const c = lexicon([{ term: 'sham' }], 'loaded-c');
    expect(matches([a, c], 'It was a sham.')[0]!.terms).toEqual(['loaded-a:sham', 'loaded-c:sham']);
  });

  it('keeps, in order, only the entries whose constraints hold, and a match’s entries stay as found', () => {
    // Constrained entries sort first (lexicon order between them), the plain one last.
    const a = lexicon([{ term: 'toll', context: { precededBy: ['ferry'] } }], 'loaded-a');
    const b = lexicon([{ term: 'toll' }], 'loaded-b');
    const c = lexicon([{ term: 'toll', context: { notFollowedBy: ['road'] } }], 'loaded-c');
    const matcher = new LexiconMatcher([a, b, c]);
    const found: (readonly { lexicon: { id: string } }[])[] = [];
    const idsIn = (text: string) => {
      const doc = readDocument(text);
      const ids: string[][] = [];
      matcher.match(doc, 0, doc.tokenCount, (m) => {
        found.push(m.terms);
        ids.push(m.terms.map((t) => t.lexicon.id));
      });
      return ids;
    };
    expect(idsIn('The ferry toll rose in Tarn County.')).toEqual([['loaded-a', 'loaded-c', 'loaded-b']]);
    expect(idsIn('The ferry toll road closed.')).toEqual([['loaded-a', 'loaded-b']]);
    expect(idsIn('The toll rose.')).toEqual([['loaded-c', 'loaded-b']]);
    expect(idsIn('The toll road closed.')).toEqual([['loaded-b']]);
    expect(found.map((terms) => terms.map((t) => t.lexicon.id))).toEqual([['loaded-a', 'loaded-c', 'loaded-b'], ['loaded-a', 'loaded-b'], ['loaded-c', 'loaded-b'], ['loaded-b']]);
  });

  it('keeps lexicon order between entries of the same words when only one is a plain word', () => {
    // The constructor files plain one-word entries before the others: the order is restored.
    const l = lexicon([{ term: 'Ferry' }, { term: 'ferry' }, { term: 'ferry toll' }]);
    expect(matches([l], 'The ferry left at noon.')[0]!.terms).toEqual(['loaded-test:Ferry', 'loaded-test:ferry']);
    const r = lexicon([{ term: 'ferry' }, { term: 'Ferry' }]);
    expect(matches([r], 'The ferry left at noon.')[0]!.terms).toEqual(['loaded-test:ferry', 'loaded-test:Ferry']);
  });

  it('matches British spellings through wink-nlp’s American normal form, in terms and in context words', () => {
    const l = lexicon([{ term: 'defence', context: { near: ['labour'] } }]);
    expect(matches([l], 'The labour defence fund.').map((m) => m.text)).toEqual(['defence']);
    expect(matches([l], 'The defense fund of the labor union.').map((m) => m.text)).toEqual(['defense']);
  });

  it('builds the same trie for the default lexicons from the precomputed spellings as for copies whose words it reads', () => {
    // The words of default lexicons come from the generated table (src/lexicons/defaultSpellings.ts);
    // a copy is not a default lexicon, so its words are read with wink-nlp.
    const trie = (m: LexiconMatcher) => {
      const lines: string[] = [];
      const walk = (node: ReturnType<LexiconMatcher['rootNode']>, path: string) => {
        const terms = node.terms.map((t) => `${t.lexicon.id}:${t.entry.term}:${t.words.join(' ')}:${t.rank}:${JSON.stringify(t.check, (_k, v: unknown) => (v instanceof Set ? [...v] : v))}`);
        lines.push(`${path} => ${terms.join(' ; ')}`);
        for (const [w, child] of node.next) walk(child, `${path} ${w}`);
        for (const slot of node.slots ?? []) walk(slot.node, `${path} {${[...slot.tags].join('|')}}`);
      };
      walk(m.builtRoot(), '');
      return lines;
    };
    for (const kind of MATCHER_KINDS) {
      const shipped = DEFAULT_LEXICON_LIST.filter((l) => lexiconKind(l) === kind);
      const fromTable = trie(new LexiconMatcher(shipped));
      expect(fromTable.length, kind).toBeGreaterThan(10);
      expect(fromTable, kind).toEqual(trie(new LexiconMatcher(shipped.map((l) => structuredClone(l)))));
    }
  });

  it('builds the part of the trie under each first word on first use, the same whatever the order of the texts', () => {
    const a = lexicon([{ term: 'war' }, { term: 'war on drugs', context: { near: ['police'] } }, { term: 'far-right' }, { term: 'appear {ADJ}' }], 'loaded-a');
    const b = lexicon([{ term: 'war', pos: ['NOUN'] }, { term: 'defence' }, { term: 'labour {NOUN}' }], 'loaded-b');
    const texts = ['Police expanded the war on drugs.', 'A far-right group backed the war.', 'The defense plan appears unlikely.', 'The labour party voted.'];
    const found = (m: LexiconMatcher, text: string) => {
      const doc = readDocument(text);
      const out: string[] = [];
      m.match(doc, 0, doc.tokenCount, (x) => out.push(`${text.slice(doc.start[x.tokStart]!, doc.end[x.tokEnd - 1]!)}=${x.terms.map((t) => `${t.lexicon.id}:${t.entry.term}`).join(',')}`));
      return out;
    };
    const forward = new LexiconMatcher([a, b]);
    const backward = new LexiconMatcher([a, b]);
    const inOrder = texts.map((t) => found(forward, t));
    const reversed = [...texts].reverse().map((t) => found(backward, t)).reverse();
    expect(reversed).toEqual(inOrder);
    expect(inOrder).toEqual([
      ['war on drugs=loaded-a:war on drugs'],
      ['far-right=loaded-a:far-right', 'war=loaded-b:war,loaded-a:war'],
      ['defense=loaded-b:defence', 'appears unlikely=loaded-a:appear {ADJ}'],
      ['labour party=loaded-b:labour {NOUN}'],
    ]);
  });

  it('refuses a slot that names no part of speech, and a duplicate of the same term and part of speech', () => {
    expect(() => validateLexicon(lexicon([{ term: 'appear {ADJECTIVE}' }]))).toThrow(/slot/);
    expect(() => validateLexicon(lexicon([{ term: 'claim', pos: ['VERB'] }, { term: 'claim', pos: ['NOUN'] }]))).not.toThrow();
    expect(() => validateLexicon(lexicon([{ term: 'claim', pos: ['VERB'] }, { term: 'Claim', pos: ['VERB'] }]))).toThrow(/duplicate/);
  });
});

describe('LexiconMatcherGroup', () => {
  // Written for this test: lemmas ("invaded" → invade), a capitalised plural wink-nlp keeps
  // ("Thugs"), a part-of-speech slot as the first word, hyphenated terms, context constraints.
  const text = [
    'Thugs invaded the square on Monday, and an angry mob followed.',
    'Officials said the far-left group was headline-grabbing, according to a report.',
    'A drone strike hit the camp; critics blasted the plan as a hidden agenda.',
  ].join('\n');
  const lexicons = [
    lexicon([{ term: 'thug' }, { term: 'invade' }, { term: 'far-left' }], 'loaded-a'),
    lexicon([{ term: '{ADJ} mob' }, { term: 'headline-grabbing' }], 'loaded-b'),
    lexicon([{ term: 'strike', context: { near: ['drone'] } }, { term: 'blast', pos: ['VERB'] }], 'loaded-c'),
    lexicon([{ term: 'agenda', context: { precededBy: ['hidden'] } }, { term: 'accord' }, { term: 'report' }], 'loaded-d'),
  ];
  const run = (matcher: LexiconMatcher, doc: ReturnType<typeof readDocument>, ranges: [number, number][], keys?: TokenKeys) => {
    const out: string[] = [];
    for (const [from, to] of ranges) matcher.match(doc, from, to, (m) => out.push(`${m.tokStart}-${m.tokEnd}:${m.terms.map((t) => t.entry.term).join('|')}`), keys);
    return out;
  };

  it('finds the same matches with the shared keys as each matcher alone', () => {
    const doc = readDocument(text);
    const matchers = lexicons.map((l) => new LexiconMatcher([l]));
    const group = new LexiconMatcherGroup(matchers);
    const lines: [number, number][] = doc.lines.filter((l) => !l.blank).map((l) => [l.tokenStart, l.tokenEnd]);
    for (const ranges of [[[0, doc.tokenCount]] as [number, number][], lines]) {
      const keys = group.keysOf(doc, ranges);
      for (const m of matchers) {
        const alone = run(m, doc, ranges);
        expect(alone.length).toBeGreaterThan(0);
        expect(run(m, doc, ranges, keys)).toEqual(alone);
      }
    }
    // "according to" is not a form of "accord"; "Thugs" is found through its singular.
    expect(run(matchers[3]!, doc, lines).some((m) => m.endsWith(':accord'))).toBe(false);
    expect(run(matchers[0]!, doc, lines)[0]).toBe('0-1:thug');
  });

  it('gives the same keys from its table by word id as from the words, document after document', () => {
    const group = new LexiconMatcherGroup(lexicons.map((l) => new LexiconMatcher([l])));
    const plain = new LexiconMatcherGroup(lexicons.map((l) => new LexiconMatcher([l])));
    // Read twice: the second time every word's id is in the group's table.
    // Written for this test: one word id with two lemmas of its own, "leaves" as a verb (leave)
    // and as a noun (leaf), in one document and again in the next.
    const twoLemmas = 'Vale leaves the harbour at dawn. The leaves fell, and Vale leaves again.';
    // And one word id whose lemma is now another word, now itself ("saw": see, saw).
    const ownLemma = 'Vale saw the saw, and the saw cut; Ruiz saw it.';
    for (const t of [text, 'Ruiz called the hidden agenda a report on thugs.', text, twoLemmas, twoLemmas, ownLemma, ownLemma]) {
      const doc = readDocument(t);
      expect(doc.vocabulary).not.toBeNull();
      const ranges: [number, number][] = [[0, doc.tokenCount]];
      const byId = group.keysOf(doc, ranges);
      const byWord = plain.keysOf({ ...doc, vocabulary: null }, ranges);
      expect(Array.from(byId.mayStart)).toEqual(Array.from(byWord.mayStart));
      expect(Array.from(byId.lowerWord)).toEqual(Array.from(byWord.lowerWord));
      expect(Array.from(byId.altWord)).toEqual(Array.from(byWord.altWord));
      expect(byId.alt).toEqual(byWord.alt);
      // Words that are their own lemma with no other key ("the", "harbour") give null, first read or remembered.
      const harbour = [...Array(doc.tokenCount).keys()].filter((k) => doc.lower[k] === 'the' || doc.lower[k] === 'harbour');
      if (t === twoLemmas) expect(harbour.length).toBeGreaterThan(1);
      expect(harbour.map((k) => byId.alt[k])).toEqual(harbour.map(() => null));
      if (t === twoLemmas) {
        // The same word id has each token's own lemma as its other key, whichever came first.
        const leaves = [...Array(doc.tokenCount).keys()].filter((k) => doc.lower[k] === 'leaves');
        expect(leaves.map((k) => byId.alt[k])).toEqual(['leave', 'leaf', 'leave']);
        expect(new Set(leaves.map((k) => doc.lowerId[k])).size).toBe(1);
        continue;
      }
      if (t === ownLemma) {
        const saw = [...Array(doc.tokenCount).keys()].filter((k) => doc.lower[k] === 'saw');
        expect(saw.map((k) => byId.alt[k])).toEqual(['see', null, null, 'see']);
        expect(new Set(saw.map((k) => doc.lowerId[k])).size).toBe(1);
        continue;
      }
      expect(Array.from(byId.lowerWord).some((w) => w >= 0)).toBe(true);
      // "thugs" is found through its singular, remembered with the word's id.
      expect(Array.from(byId.altWord).some((w) => w >= 0)).toBe(true);
    }
  });

  it('matchRanges finds what match finds range by range, with or without keys, in and outside the group', () => {
    const doc = readDocument(text);
    const matchers = lexicons.map((l) => new LexiconMatcher([l]));
    const outside = new LexiconMatcher([lexicon([{ term: 'angry mob' }, { term: 'camp' }], 'loaded-e')]);
    const lines: [number, number][] = doc.lines.filter((l) => !l.blank).map((l) => [l.tokenStart, l.tokenEnd]);
    const keys = new LexiconMatcherGroup(matchers).keysOf(doc, lines);
    const all = (matcher: LexiconMatcher, ranges: [number, number][], k?: TokenKeys) => {
      const out: string[] = [];
      matcher.matchRanges(doc, ranges, (m) => out.push(`${m.tokStart}-${m.tokEnd}:${m.terms.map((t) => t.entry.term).join('|')}`), k);
      return out;
    };
    for (const m of [...matchers, outside]) {
      expect(all(m, lines, keys)).toEqual(run(m, doc, lines));
      expect(all(m, lines)).toEqual(run(m, doc, lines));
    }
    expect(all(outside, lines, keys).length).toBe(2);
    // A phrase across a range's end is not matched: each range is walked on its own.
    const mob = [...Array(doc.tokenCount).keys()].find((k) => doc.lower[k] === 'mob')!;
    expect(all(outside, [[0, mob], [mob, doc.tokenCount]], keys).map((m) => m.split(':')[1])).toEqual(['camp']);
    expect(all(outside, [], keys)).toEqual([]);
  });

  it('matchRangesWith finds what matchRanges finds, each match given with the caller’s context', () => {
    const doc = readDocument(text);
    const matchers = lexicons.map((l) => new LexiconMatcher([l]));
    const lines: [number, number][] = doc.lines.filter((l) => !l.blank).map((l) => [l.tokenStart, l.tokenEnd]);
    const keys = new LexiconMatcherGroup(matchers).keysOf(doc, lines);
    const show = (m: TermMatch) => `${m.tokStart}-${m.tokEnd}:${m.terms.map((t) => t.entry.term).join('|')}`;
    const keep = (context: { out: string[] }, m: TermMatch) => context.out.push(show(m));
    let found = 0;
    for (const matcher of matchers) {
      for (const k of [keys, undefined]) {
        const unary: string[] = [];
        matcher.matchRanges(doc, lines, (m) => unary.push(show(m)), k);
        const context = { out: [] as string[] };
        matcher.matchRangesWith(doc, lines, keep, context, k);
        expect(context.out).toEqual(unary);
        found += unary.length;
      }
    }
    expect(found).toBeGreaterThan(0);
    // near miss: ranges without the phrases give the context nothing
    const context = { out: [] as string[] };
    matchers[0]!.matchRangesWith(doc, [], keep, context, keys);
    expect(context.out).toEqual([]);
  });

  it('leaves a matcher outside the group to walk every token', () => {
    const doc = readDocument(text);
    const inGroup = new LexiconMatcher([lexicons[0]!]);
    const outside = new LexiconMatcher([lexicons[1]!]);
    const keys = new LexiconMatcherGroup([inGroup]).keysOf(doc, [[0, doc.tokenCount]]);
    expect(run(outside, doc, [[0, doc.tokenCount]], keys)).toEqual(run(outside, doc, [[0, doc.tokenCount]]));
  });
});

describe('sentiment read in the shared lookup', () => {
  // Written for this test: positive and negative words, a negated one ("not good"), a quotation,
  // and "constructor", an ordinary word that must not find Object's own properties.
  const text = 'The mayor called it a good, fair deal. “It is not good,” a critic said, calling the constructor a disaster.';
  it('scores the same with the group keys as with its own lookups', async () => {
    const { resolveLexicons } = await import('../../src/lexicons/resolveLexicons.js');
    const { scoreSentiment } = await import('../../src/language/scoreSentiment.js');
    const { createVoiceMap } = await import('../../src/attribution/voiceMap.js');
    const doc = readDocument(text);
    const ranges: [number, number][] = [[0, doc.tokenCount]];
    const voices = createVoiceMap([], []);
    const own = scoreSentiment(doc, ranges, voices);
    expect(own.overall).not.toBe(0);
    expect(Number.isNaN(own.overall)).toBe(false);
    const keys = resolveLexicons().matchers.keysOf(doc, ranges);
    expect(scoreSentiment(doc, ranges, voices, keys)).toEqual(own);
    // Keys of a group without the sentiment word list are not read.
    const other = new LexiconMatcherGroup([new LexiconMatcher([lexicon([{ term: 'deal' }])])]).keysOf(doc, ranges);
    expect(scoreSentiment(doc, ranges, voices, other)).toEqual(own);
  });
});

describe('the default matchers filed at build time', () => {
  // Written for this test: words of several default lexicons (frames, loaded words, hedges,
  // intensifiers), a British spelling, a lemma ("invaded"), a capitalised plural, a negation.
  const text = [
    'Thugs invaded the orchard, and the council called the harbour levy a disgraceful, utterly cynical defence of cronies.',
    'Vale said the tram fare rise would perhaps be a victory; critics were not happy and warned of a crisis.',
  ].join('\n');

  it('files each default matcher from the precomputed filing, as filing copies of its lexicons at run time does', async () => {
    const { resolveLexicons } = await import('../../src/lexicons/resolveLexicons.js');
    const set = resolveLexicons();
    const roots = (m: LexiconMatcher) => [...m.rootNode().next].map(([w, node]) => `${w}:${[...(node.pending ?? [])].sort((a, b) => a - b).join(',')}`);
    for (const [kind, m, lexicons] of [
      ['frame', set.frameMatcher, set.frames],
      ['topic', set.topicMatcher, set.topics],
      ['loaded', set.loadedMatcher, set.all.filter((l) => lexiconKind(l) === 'loaded')],
      ['intensifier', set.intensifierMatcher, set.all.filter((l) => lexiconKind(l) === 'intensifier')],
      ['hedge', set.hedgeMatcher, set.all.filter((l) => lexiconKind(l) === 'hedge')],
      ['accused-label', set.labelMatcher, set.all.filter((l) => lexiconKind(l) === 'accused-label')],
    ] as const) {
      expect(filedRootsOf(m), kind).toBeDefined();
      // (new matchers: the analyses of other tests have built parts of the shared ones)
      const fresh = new LexiconMatcher(lexicons);
      expect(filedRootsOf(fresh), kind).toBeDefined();
      const copies = new LexiconMatcher(lexicons.map((l) => structuredClone(l)));
      expect(filedRootsOf(copies), kind).toBeUndefined();
      expect(roots(fresh), kind).toEqual(roots(copies));
    }
  });

  it('gives the same keys and matches from the precomputed group words as a group that collects them', async () => {
    const { resolveLexicons } = await import('../../src/lexicons/resolveLexicons.js');
    const { VALENCE } = await import('../../src/language/scoreSentiment.js');
    const set = resolveLexicons();
    const filed = [set.frameMatcher, set.topicMatcher, set.loadedMatcher, set.intensifierMatcher, set.hedgeMatcher, set.labelMatcher];
    const lists = filed.map((m) => [...new Set(m.rootNode().next.values())].length);
    expect(lists.every((n) => n > 10)).toBe(true);
    const copies = [set.frames, set.topics, ...(['loaded', 'intensifier', 'hedge', 'accused-label'] as const).map((k) => set.all.filter((l) => lexiconKind(l) === k))].map((ls) => new LexiconMatcher(ls.map((l) => structuredClone(l))));
    const collected = new LexiconMatcherGroup(copies, VALENCE);
    for (const t of [text, text.toUpperCase(), 'Vale.']) {
      const doc = readDocument(t);
      const ranges: [number, number][] = [[0, doc.tokenCount]];
      const a = set.matchers.keysOf(doc, ranges);
      const b = collected.keysOf(doc, ranges);
      expect(Array.from(a.mayStart)).toEqual(Array.from(b.mayStart));
      expect(Array.from(a.values)).toEqual(Array.from(b.values));
      expect(Array.from(a.lowerWord)).toEqual(Array.from(b.lowerWord));
      expect(Array.from(a.altWord)).toEqual(Array.from(b.altWord));
      filed.forEach((m, i) => {
        const fromFiling: string[] = [];
        const fromCopies: string[] = [];
        m.match(doc, 0, doc.tokenCount, (x) => fromFiling.push(`${x.tokStart}-${x.tokEnd}:${x.terms.map((term) => `${term.lexicon.id}:${term.entry.term}`).join('|')}`), a);
        copies[i]!.match(doc, 0, doc.tokenCount, (x) => fromCopies.push(`${x.tokStart}-${x.tokEnd}:${x.terms.map((term) => `${term.lexicon.id}:${term.entry.term}`).join('|')}`), b);
        expect(fromFiling).toEqual(fromCopies);
      });
    }
    const table = set.matchers.wordTable();
    expect(table.words).toEqual(collected.wordTable().words);
    expect(table.bits).toEqual(collected.wordTable().bits);
    expect(table.values).toEqual(collected.wordTable().values);
    // (the precomputed words were used: the group's words are the filing's, in order)
    expect(table.words).toEqual(defaultGroupFiling().words);
  });

  it('files at run time a matcher of other lexicons, and a group of them collects its words', async () => {
    const { resolveLexicons } = await import('../../src/lexicons/resolveLexicons.js');
    // The policy frames are not a default matcher's lexicons: that matcher is filed at run time,
    // the other five from the filing; the group then collects its words, with the same matches.
    const policy = resolveLexicons(undefined, 'policy');
    expect(filedRootsOf(policy.frameMatcher)).toBeUndefined();
    expect(filedRootsOf(policy.loadedMatcher)).toBeDefined();
    expect(policy.matchers.wordTable().words).not.toEqual(defaultGroupFiling().words);
    // The default loaded-word lexicons in another order, or some of them, are not a default matcher's.
    const loaded = DEFAULT_LEXICON_LIST.filter((l) => lexiconKind(l) === 'loaded');
    expect(loaded.length).toBeGreaterThan(2);
    expect(filedRootsOf(new LexiconMatcher(loaded))).toBeDefined();
    expect(filedRootsOf(new LexiconMatcher([...loaded].reverse()))).toBeUndefined();
    expect(filedRootsOf(new LexiconMatcher(loaded.slice(1)))).toBeUndefined();
    expect(filedRootsOf(new LexiconMatcher([lexicon([{ term: 'levy' }])]))).toBeUndefined();
    const doc = readDocument(text);
    const ranges: [number, number][] = [[0, doc.tokenCount]];
    const keys = policy.matchers.keysOf(doc, ranges);
    const found: string[] = [];
    policy.loadedMatcher.match(doc, 0, doc.tokenCount, (x) => found.push(x.terms[0]!.entry.term), keys);
    const alone: string[] = [];
    policy.loadedMatcher.match(doc, 0, doc.tokenCount, (x) => alone.push(x.terms[0]!.entry.term));
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(alone);
  });
});

describe('sentiment per voice read by runs of the voice map', () => {
  // Written for this test: a paragraph in the author's voice, a quotation with loaded words, an editor's note.
  const text = ['The harbour plan is a good and fair deal, Vale wrote.', '“It is a terrible, awful mess,” Ruiz said of the plan.', 'Editor’s note: the pier reopened, a happy ending.'].join('\n');
  it('scores each voice as a lookup per word does', async () => {
    const { scoreSentiment } = await import('../../src/language/scoreSentiment.js');
    const { createVoiceMap } = await import('../../src/attribution/voiceMap.js');
    const doc = readDocument(text);
    const ranges: [number, number][] = doc.lines.filter((l) => !l.blank).map((l) => [l.tokenStart, l.tokenEnd]);
    const open = text.indexOf('“');
    const segments = [{ kind: 'editorial', start: text.indexOf('Editor'), end: text.length }] as never[];
    const quotes = [{ start: open, end: text.indexOf('”') + 1 }] as never[];
    const voices = createVoiceMap(segments, quotes);
    const byRuns = scoreSentiment(doc, ranges, voices);
    const perWord = scoreSentiment(doc, ranges, { voiceAt: voices.voiceAt, voiceOf: voices.voiceOf });
    expect(byRuns).toEqual(perWord);
    expect(byRuns.quoted).toBeLessThan(0);
    expect(byRuns.author).toBeGreaterThan(0);
    expect(byRuns.editorial).toBeGreaterThan(0);
    // A map whose runs claim the first voice for the whole text gives other scores: the runs are read.
    const wrong = { ...voices, runs: () => ({ at: voices.voiceAt, until: Infinity }) };
    expect(scoreSentiment(doc, ranges, wrong)).not.toEqual(byRuns);
  });
});

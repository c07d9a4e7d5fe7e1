import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compileAttributionLexicons, DEFAULT_ATTRIBUTION_LEXICONS } from '../../src/attribution/attributionLexicons.js';
import { findAttributions } from '../../src/attribution/findAttributions.js';
import { ANY_CUE, CAP, CUE_FUNCTION_WORD, CUE_NOUN_KEY, NOUN_WORD, OWN_KIND, REPORTS_NOUN, tokenFlags, VERB_GATE } from '../../src/attribution/tokenFlags.js';
import { readDocument } from '../../src/document/readDocument.js';
import { segmentDocument } from '../../src/document/segments/segmentDocument.js';
import { EXPERIENCER_VERBS } from '../../src/attribution/experiencerCues.js';
import type { Lexicon } from '../../src/schema/lexicon.js';

// The per-token flags computed once per document: a clear flag lets the cue finder and the
// mention pass leave a token without asking the lexicons, so each flag must be set wherever
// the check it guards could say yes. Sentences and lexicons written for these tests; names are invented.

const lexicon = (id: string, kind: Lexicon['kind'], terms: [string, string][]): Lexicon =>
  ({ id, version: '1.0.0', description: 'test lexicon', language: 'en', license: 'CC0-1.0', source: 'written for this test', kind, entries: terms.map(([term, category]) => ({ term, category })) }) as Lexicon;

const flagsOf = (text: string, lex = DEFAULT_ATTRIBUTION_LEXICONS) => {
  const doc = readDocument(text);
  const flags = tokenFlags(doc, lex);
  return (word: string) => flags[doc.value.indexOf(word)]!;
};

describe('token flags', () => {
  it('marks the words each cue test looks for, and nothing on a word no test wants', () => {
    const at = flagsOf('According to Vale, there were fears that officials reportedly plan to close the ferry, and reports emerged that it is unclear why.');
    expect(at('According') & CUE_FUNCTION_WORD).not.toBe(0);
    expect(at('Vale') & CAP).not.toBe(0);
    expect(at('fears') & CUE_NOUN_KEY).not.toBe(0);
    expect(at('fears') & NOUN_WORD).not.toBe(0);
    expect(at('reportedly') & OWN_KIND).not.toBe(0);
    expect(at('plan') & VERB_GATE).not.toBe(0);
    expect(at('reports') & REPORTS_NOUN).not.toBe(0);
    expect(at('it') & CUE_FUNCTION_WORD).not.toBe(0);
    expect(at('ferry') & ANY_CUE).toBe(0);
    expect(at('ferry') & CAP).toBe(0);
  });

  it('reads the verbs of the lexicon set it is given, for the same document', () => {
    const say = lexicon('test-verbs', 'reporting-verb', [['say', 'speech:neutral']]);
    const sayAndMutter = lexicon('test-verbs-2', 'reporting-verb', [['say', 'speech:neutral'], ['mutter', 'speech:distancing']]);
    const doc = readDocument('Berg and Okafor mutter that the harbour fees are far too high.');
    const { segments } = segmentDocument(doc);
    const cues = (lexicons: Lexicon[]) => findAttributions(doc, segments, compileAttributionLexicons(lexicons)).attributions.map((a) => a.cue);
    expect(cues([say])).not.toContain('mutter');
    expect(cues([sayAndMutter])).toContain('mutter');
    expect(cues([say])).not.toContain('mutter');
  });

  it('lets a reporting noun in its -ies plural through', () => {
    const say = lexicon('test-verbs', 'reporting-verb', [['say', 'speech:neutral']]);
    const worry = lexicon('test-nouns', 'reporting-noun', [['worry', 'belief:neutral']]);
    const lex = compileAttributionLexicons([say, worry]);
    expect(flagsOf('Vale’s worries that the dam would fail were ignored.', lex)('worries') & NOUN_WORD).not.toBe(0);
    const doc = readDocument('Vale’s worries that the dam would fail were ignored.');
    const rels = findAttributions(doc, segmentDocument(doc).segments, lex).attributions;
    expect(rels.map((r) => r.cue)).toContain('worries');
  });

  it('sets the verb flag on an inflected form only when a stem of it is a verb of the lexicon', () => {
    const verbs = lexicon('test-verbs', 'reporting-verb', [['say', 'speech:neutral'], ['plot', 'intention:neutral'], ['hint', 'speech:neutral'], ['decry', 'evaluation:distancing'], ['muse', 'belief:neutral']]);
    const at = flagsOf('Vale was plotting, Berg hinted, while a hundred musing critics praised the wedding plan.', compileAttributionLexicons([verbs]));
    expect(at('plotting') & VERB_GATE).not.toBe(0);
    expect(at('hinted') & VERB_GATE).not.toBe(0);
    expect(at('musing') & VERB_GATE).not.toBe(0);
    expect(at('hundred') & VERB_GATE).toBe(0);
    expect(at('wedding') & VERB_GATE).toBe(0);
    expect(at('praised') & VERB_GATE).toBe(0); // not a verb of this lexicon set
  });

  it('gives a word read again the flags of its own lemma and lexicon set (the table by word id)', () => {
    const verbs = lexicon('test-verbs', 'reporting-verb', [['leave', 'speech:neutral'], ['say', 'speech:neutral']]);
    const other = lexicon('test-verbs-3', 'reporting-verb', [['plot', 'intention:neutral']]);
    const lex = compileAttributionLexicons([verbs]);
    const lexOther = compileAttributionLexicons([other]);
    const at = (doc: ReturnType<typeof readDocument>, lx: typeof lex, word: string) => tokenFlags(doc, lx)[doc.value.indexOf(word)]!;
    // the same form, once with the lemma "leave" (a verb of this set) and once a noun with the lemma "left"
    expect(at(readDocument('Berg left the harbour meeting early.'), lex, 'left') & VERB_GATE).not.toBe(0);
    const noun = readDocument('Voters on the left were angry about the toll.');
    expect(noun.lemma[noun.value.indexOf('left')]).toBe('left');
    expect(at(noun, lex, 'left') & VERB_GATE).toBe(0);
    expect(at(readDocument('Okafor left before the ferry vote.'), lex, 'left') & VERB_GATE).not.toBe(0);
    // "says" in a later document: a verb for the set that has "say", not for one that lacks it
    expect(at(readDocument('Ruiz says the toll will rise.'), lex, 'says') & VERB_GATE).not.toBe(0);
    expect(at(readDocument('The toll, Ruiz says, will rise.'), lexOther, 'says') & VERB_GATE).toBe(0);
    expect(at(readDocument('The fee, Vale says, will fall.'), lex, 'says') & VERB_GATE).not.toBe(0);
  });
});

describe('token flag bits', () => {
  it('are distinct bits that fit their tables, in a module the bundler can inline (no imports)', async () => {
    const bits = await import('../../src/attribution/tokenFlagBits.js');
    const tokenBits = [bits.OWN_KIND, bits.CUE_NOUN_KEY, bits.NOUN_WORD, bits.REPORTS_NOUN, bits.VERB_GATE, bits.CAP, bits.CUE_FUNCTION_WORD, bits.EXISTENTIAL_GROUND];
    const wordBits = [bits.W_OWN_KIND, bits.W_CUE_NOUN_KEY, bits.W_NOUN_WORD, bits.W_REPORTS_NOUN, bits.W_VERB_LEMMA, bits.W_VERB_FORM, bits.W_VERB_S_FORM, bits.W_CUE_FUNCTION_WORD, bits.W_EXISTENTIAL_GROUND, bits.W_STATE_ADJECTIVE];
    for (const set of [tokenBits, wordBits]) {
      for (const b of set) expect(b & (b - 1)).toBe(0);
      expect(new Set(set).size).toBe(set.length);
    }
    // (per token in a Uint8Array; per word 1 + the flags in a Uint16Array)
    expect(Math.max(...tokenBits)).toBeLessThan(256);
    expect(Math.max(...wordBits) * 2).toBeLessThan(65535);
    // (every token bit but the capital's marks a possible cue: a bit added without joining ANY_CUE fails here)
    expect(ANY_CUE).toBe(tokenBits.filter((b) => b !== bits.CAP).reduce((x, b) => x | b, 0));
    expect(ANY_CUE & CAP).toBe(0);
    // esbuild inlines a top-level constant only from a module without imports
    const source = readFileSync(new URL('../../src/attribution/tokenFlagBits.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/^\s*(?:import|export\s+(?:\*|\{[^}]*\})\s+from)\b/m);
  });

  it('sets the own-kind flag on every verb of feeling, known by its lemma (findCues asks feelsObject only there)', () => {
    const doc = readDocument('The toll angered Ruiz, the vote worries Berg and the ruling has rattled the Harbour Times, which surprised many.');
    const flags = tokenFlags(doc, DEFAULT_ATTRIBUTION_LEXICONS);
    const felt = [...Array(doc.tokenCount).keys()].filter((k) => EXPERIENCER_VERBS.has(doc.lemma[k]!));
    expect(felt.map((k) => doc.value[k])).toEqual(['angered', 'worries', 'rattled', 'surprised']);
    for (const k of felt) expect(flags[k]! & OWN_KIND, doc.value[k]).not.toBe(0);
    // and the cue of feeling is still found
    const rels = findAttributions(doc, segmentDocument(doc).segments, DEFAULT_ATTRIBUTION_LEXICONS).attributions;
    expect(rels.map((r) => r.cue)).toContain('angered');
  });
});

import { describe, expect, it } from 'vitest';
import { compileAttributionLexicons } from '../../src/attribution/attributionLexicons.js';
import { describeSource } from '../../src/attribution/describeSource.js';
import { findAttributions } from '../../src/attribution/findAttributions.js';
import { readDocument } from '../../src/document/readDocument.js';
import { segmentDocument } from '../../src/document/segments/segmentDocument.js';
import { DEFAULT_LEXICON_LIST } from '../../src/lexicons/defaultLexicons.js';
import type { Lexicon } from '../../src/schema/lexicon.js';

// The lookup tables the attribution stage builds for speed (one lookup per token instead of
// several): they must find exactly what the lexicons hold. Sentences and lexicons written for
// these tests; names are invented.

const lexicon = (id: string, kind: Lexicon['kind'], terms: [string, string][]): Lexicon =>
  ({ id, version: '1.0.0', description: 'test lexicon', language: 'en', license: 'CC0-1.0', source: 'written for this test', kind, entries: terms.map(([term, category]) => ({ term, category })) }) as Lexicon;

const relationsWith = (text: string, lexicons: readonly Lexicon[]) => {
  const doc = readDocument(text);
  const { segments } = segmentDocument(doc);
  return findAttributions(doc, segments, compileAttributionLexicons(lexicons)).attributions;
};

describe('reporting nouns by word (cueNounKeys)', () => {
  it('maps a noun and its plural in -s to the noun, and keeps a noun that is another noun plus -s as itself', () => {
    const lex = compileAttributionLexicons([lexicon('test-nouns', 'reporting-noun', [['worry', 'belief:neutral'], ['hint', 'speech:neutral'], ['hints', 'speech:distancing']])]);
    expect(lex.cueNounKeys.get('worry')).toBe('worry');
    expect(lex.cueNounKeys.get('hint')).toBe('hint');
    expect(lex.cueNounKeys.get('hints')).toBe('hints');
    expect(lex.cueNounKeys.get('worrys')).toBe('worry');
    expect(lex.cueNounKeys.has('worries')).toBe(false); // the -ies plural is nounSense's own rule
    expect(lex.cueNounKeys.has('hin')).toBe(false);
  });

  it('finds a custom reporting noun in the plural after "there are"', () => {
    const verbs = lexicon('test-verbs', 'reporting-verb', [['say', 'speech:neutral']]);
    const nouns = lexicon('test-nouns', 'reporting-noun', [['murmur', 'speech:neutral']]);
    const rels = relationsWith('There were murmurs that the ferry would stop running in May.', [verbs, nouns]);
    expect(rels.map((r) => r.cue)).toContain('There were murmurs');
  });
});

describe('source-noun tables (one reading per category)', () => {
  it('files each noun by its category, the same way for nouns that share one, in the order listed', () => {
    const lex = compileAttributionLexicons([
      lexicon('test-sources', 'source-noun', [
        ['ferry board', 'organization:other:generic'],
        ['harbour guild', 'organization:other'],
        ['levy ledger', 'record:message'],
        ['tram board', 'organization:other:generic'],
        ['toll survey', 'document'],
        ['quay crowd', 'collective'],
      ]),
    ]);
    expect([...lex.genericBodyNouns]).toEqual(['ferry board', 'tram board']);
    expect([...lex.peopleNouns]).toEqual(['ferry board', 'harbour guild', 'tram board']);
    expect([...lex.nouns.keys()]).toEqual(['ferry board', 'harbour guild', 'tram board']);
    // (records, documents and collectives say what a phrase is, never who speaks)
    expect([...lex.recordNouns]).toEqual(['levy ledger']);
    expect([...lex.messageNouns]).toEqual(['levy ledger']);
    expect([...lex.documentNouns]).toEqual(['toll survey']);
    expect([...lex.collectiveNouns]).toEqual(['quay crowd']);
    expect(lex.speakerNouns.has('levy ledger')).toBe(false);
  });
});

describe('particle phrases (particleSeconds)', () => {
  it('holds the second word of every phrase', () => {
    const lex = compileAttributionLexicons([lexicon('test-verbs', 'reporting-verb', [['say', 'speech:neutral'], ['grumble about', 'speech:distancing'], ['sound off on', 'speech:neutral']])]);
    expect([...lex.particleSeconds].sort()).toEqual(['about', 'off']);
    // (the first two words of the phrases of three or more words: only there are longer keys built)
    expect([...lex.particleLonger]).toEqual(['sound off']);
  });

  it('finds a "be" phrase after a form of "be" and an adverb', () => {
    const verbs = lexicon('test-verbs', 'reporting-verb', [['say', 'speech:neutral'], ['be wary', 'belief:neutral']]);
    const rels = relationsWith('Okafor is deeply wary that the harbour toll will rise again.', [verbs]);
    expect(rels.map((r) => r.cue)).toContain('is deeply wary');
    expect(rels.find((r) => r.cue === 'is deeply wary')?.contentSpans.map((p) => p.text)).toEqual(['the harbour toll will rise again']);
  });

  it('finds the longer phrase before the shorter one', () => {
    const verbs = lexicon('test-verbs', 'reporting-verb', [['say', 'speech:neutral'], ['sound off', 'speech:neutral'], ['sound off on', 'evaluation:distancing']]);
    const rels = relationsWith('Councillor Edda Brann sounded off on the new parking rules at the meeting.', [verbs]);
    expect(rels.map((r) => r.cue)).toContain('sounded off on');
    expect(rels.find((r) => r.cue === 'sounded off on')?.cueClass).toBe('evaluation');
  });
});

describe('describeSource memo', () => {
  it('keeps a mention alone apart from the same mention with a context or an appositive', () => {
    const lex = compileAttributionLexicons(DEFAULT_LEXICON_LIST);
    const alone = describeSource('two officials', '', '', lex);
    const withContext = describeSource('two officials', 'who spoke on condition of anonymity', '', lex);
    expect(describeSource('two officials', '', '', lex)).toEqual(alone);
    expect(withContext).toEqual(describeSource('two officials', 'who spoke on condition of anonymity', '', compileAttributionLexicons(DEFAULT_LEXICON_LIST)));
    expect(withContext?.kind).toBe('anonymous');
    expect(alone?.kind).not.toBe('anonymous');
  });
});

import { describe, expect, it } from 'vitest';
import { compileAttributionLexicons, DEFAULT_ATTRIBUTION_LEXICONS } from '../../src/attribution/attributionLexicons.js';
import { findAttributions } from '../../src/attribution/findAttributions.js';
import { bitsOfVerbLemma, verbLemmaBits, verbLemmaBitsOf } from '../../src/attribution/verbLemmaBits.js';
import { VL_COPULA, VL_ENACTING, VL_FLOATING, VL_JOINING, VL_LEAVING, VL_PARTICLE_FIRST, VL_PARTICLE_ONLY, VL_STANCE_HOLDER_LINK, VL_VERB_START, VL_VOICING } from '../../src/attribution/verbLemmaBitNumbers.js';
import { readDocument } from '../../src/document/readDocument.js';
import { segmentDocument } from '../../src/document/segments/segmentDocument.js';
import type { Lexicon } from '../../src/schema/lexicon.js';

// The lemma sets `verbSense` asks, answered as bits per word (by word id for a token's own lemma).
// Sentences and lexicons written for these tests; names are invented.

const lexicon = (id: string, kind: Lexicon['kind'], terms: [string, string][]): Lexicon =>
  ({ id, version: '1.0.0', description: 'test lexicon', language: 'en', license: 'CC0-1.0', source: 'written for this test', kind, entries: terms.map(([term, category]) => ({ term, category })) }) as Lexicon;

const TEXTS = [
  'Vale floated the idea that the pier would close, and Ruiz remained a critic of the plan.',
  'Berg made a statement about the levy; the council passed a bill and voiced support for it.',
  'Ana Vale came away convinced that the Harbour Times had talked openly about the ferry.',
  'Officials said the vote was close, Ruiz says, and Berg is saying nothing about the toll.',
];

describe('verb lemma bits', () => {
  it('answers for every token what the sets say about its lemma, on first and later reads', () => {
    for (let round = 0; round < 2; round++) {
      for (const text of TEXTS) {
        const doc = readDocument(text);
        for (let k = 0; k < doc.tokenCount; k++) {
          expect(verbLemmaBits(doc, k, DEFAULT_ATTRIBUTION_LEXICONS), `${doc.value[k]} (${doc.lemma[k]})`).toBe(bitsOfVerbLemma(doc.lemma[k]!, DEFAULT_ATTRIBUTION_LEXICONS));
        }
      }
    }
  });

  it('sets the bit of each set on its words and none on a word of no set', () => {
    const lex = DEFAULT_ATTRIBUTION_LEXICONS;
    expect(bitsOfVerbLemma('float', lex) & VL_FLOATING).not.toBe(0);
    expect(bitsOfVerbLemma('say', lex) & VL_VERB_START).not.toBe(0);
    expect(bitsOfVerbLemma('make', lex) & VL_JOINING).not.toBe(0);
    expect(bitsOfVerbLemma('remain', lex)).toBe(bitsOfVerbLemma('remain', lex) | VL_COPULA | VL_STANCE_HOLDER_LINK);
    expect(bitsOfVerbLemma('pass', lex) & VL_ENACTING).not.toBe(0);
    expect(bitsOfVerbLemma('talk', lex) & (VL_PARTICLE_FIRST | VL_PARTICLE_ONLY)).toBe(VL_PARTICLE_FIRST | VL_PARTICLE_ONLY);
    expect(bitsOfVerbLemma('walk', lex) & VL_LEAVING).not.toBe(0);
    expect(bitsOfVerbLemma('voice', lex) & VL_VOICING).not.toBe(0);
    expect(bitsOfVerbLemma('ferry', lex)).toBe(0);
    expect(verbLemmaBitsOf('ferry', lex)).toBe(0);
    expect(verbLemmaBitsOf('float', lex)).toBe(bitsOfVerbLemma('float', lex));
  });

  it('reads the lexicon set it is given for the same word id', () => {
    const say = compileAttributionLexicons([lexicon('test-verbs', 'reporting-verb', [['say', 'speech:neutral']])]);
    const mutter = compileAttributionLexicons([lexicon('test-verbs-2', 'reporting-verb', [['say', 'speech:neutral'], ['mutter', 'speech:distancing']])]);
    const doc = readDocument('Berg and Okafor mutter that the harbour fees are far too high.');
    const k = doc.value.indexOf('mutter');
    expect(verbLemmaBits(doc, k, say) & VL_VERB_START).toBe(0);
    expect(verbLemmaBits(doc, k, mutter) & VL_VERB_START).not.toBe(0);
    expect(verbLemmaBits(doc, k, say) & VL_VERB_START).toBe(0);
    const cues = findAttributions(doc, segmentDocument(doc).segments, mutter).attributions.map((a) => a.cue);
    expect(cues).toContain('mutter');
  });
});

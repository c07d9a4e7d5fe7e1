import { describe, expect, it } from 'vitest';
import { analyseChecked, slicedByCue } from '../helpers.js';

// Direct and mixed quotations still missed (issue 10, direct48).
// Every sentence is written for these tests; names, places and bodies are invented.

describe('an -ing cue inside a participle phrase that opens the sentence', () => {
  it('"Holding signs calling Berg “a fraud,” the crowd marched …": the label ends at the comma inside the mark', () => {
    const text = 'Holding signs calling Berg “a fraud,” the protesters marched to the pier.';
    expect(slicedByCue(text, 'calling').text).toBe('Berg “a fraud,”');
  });

  it('the main clause keeps its own quotation: "…, the protesters chanted “Berg out now.”"', () => {
    const text = 'Carrying a banner calling Berg “a fraud,” the protesters chanted “Berg out now.”';
    expect(slicedByCue(text, 'calling').text).toBe('Berg “a fraud,”');
    expect(slicedByCue(text, 'chanted')).toMatchObject({ text: '“Berg out now.”', sourceSpan: { text: 'the protesters' } });
  });

  it('a near miss: the phrase after the subject is no opening phrase, and its list runs over commas', () => {
    const text = 'The protesters held signs calling Berg a fraud, a liar and a coward.';
    expect(slicedByCue(text, 'calling').text).toBe('Berg a fraud, a liar and a coward');
  });
});

describe('an infinitive in a phrase set off after the subject ends at the comma the main verb follows', () => {
  it('a quotation\'s tag keeps its speaker past an appositive holding an infinitive ("to challenge the toll")', () => {
    const text = '“The ruling protects everyone,” Ana Vale, counsel to two of the unions to challenge the toll, said in a statement.';
    expect(slicedByCue(text, 'said in a statement')).toMatchObject({ text: 'The ruling protects everyone,', sourceSpan: { text: 'Ana Vale' } });
  });

  it('"Vale, a lawyer for two of the unions to challenge the toll, said …": two reports, the infinitive\'s ending at its comma', () => {
    const text = 'Ana Vale, a lawyer for two of the unions to challenge the toll, said the ruling protects everyone.';
    expect(slicedByCue(text, 'to challenge').text).toBe('the toll');
    expect(slicedByCue(text, 'said')).toMatchObject({ text: 'the ruling protects everyone', sourceSpan: { text: 'Ana Vale' } });
  });

  it('an adjective the infinitive follows: "Vale, eager to close the pier, said …"', () => {
    const text = 'Vale, eager to close the pier, said the vote was near.';
    expect(slicedByCue(text, 'eager').text).toBe('to close the pier');
    expect(slicedByCue(text, 'said').text).toBe('the vote was near');
  });

  it('near misses: a list inside the phrase runs on, and a finite verb after the set-off subject keeps its whole list', () => {
    expect(slicedByCue('Vale, eager to close the pier, the ferry and the tram, said the vote was near.', 'eager').text).toBe('to close the pier, the ferry and the tram');
    expect(slicedByCue('Vale, the mayor, wants to close the pier, the ferry and the tram.', 'wants').text).toBe('to close the pier, the ferry and the tram');
    expect(slicedByCue('Vale wants to close the pier, said Berg.', 'said')).toMatchObject({ text: 'Vale wants to close the pier', sourceSpan: { text: 'Berg' } });
  });
});

describe('an -ing cue on a noun inside a participle phrase set off after the subject', () => {
  it('"Vale, holding a sign calling Berg “a fraud,” marched …": the label ends at the comma inside the mark', () => {
    const text = 'Vale, holding a sign calling Berg “a fraud,” marched to the pier.';
    expect(slicedByCue(text, 'calling')).toMatchObject({ text: 'Berg “a fraud,”', sourceSpan: { text: 'Vale' } });
  });

  it('near misses: a phrase opened by a preposition keeps its own source, and a progressive main verb keeps its list', () => {
    const text = 'Vale, after a survey by the Harbour Times showing support for the toll at ten percent, told the council that the pier would close.';
    expect(slicedByCue(text, 'showing')).toMatchObject({ text: 'support for the toll at ten percent', sourceSpan: { text: 'the Harbour Times' } });
    expect(slicedByCue('Vale, the mayor, is calling Berg a fraud, a liar and a coward.', 'is calling').text).toBe('Berg a fraud, a liar and a coward');
  });
});

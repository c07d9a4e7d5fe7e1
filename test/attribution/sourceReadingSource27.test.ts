import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// Source reading (issue 10, source27): subjects the reader stopped inside or gave up on. Every sentence is
// written for these tests; names and places are invented.

const rows = (text: string) => analyse(text).attributions.map((x) => [x.cueSpan?.text, x.sourceSpan?.text ?? null, x.text]);

describe('an object relative whose verb stands right before the cue', () => {
  it('the head before "that" or "whom" is the source, not the relative clause', () => {
    expect(rows('The study that the union funded found that fares rose.')).toEqual([['found', 'The study', 'fares rose']]);
    expect(rows('The study that the union had funded found that fares rose.')).toEqual([['found', 'The study', 'fares rose']]);
    expect(rows('The farmers whom Vale met said the levy was high.')).toEqual([['said', 'The farmers', 'the levy was high']]);
  });

  it('not a clause completing a noun when no cue follows its verb', () => {
    expect(rows('The claim that the union lied angered the growers.')).toEqual([['The claim', null, 'the union lied']]);
    expect(rows('Okafor reminded the board that the growers had complained.')).toEqual([['reminded', 'Okafor', 'the growers had complained']]);
  });
});

describe('a bare form the tagger read as a verb ending the subject', () => {
  it('is the head of the subject before an inflected cue', () => {
    expect(rows('The orchard suspect said he was at home.')).toEqual([['said', 'The orchard suspect', 'he was at home']]);
    expect(rows('A tram suspect says he was framed.')).toEqual([['says', 'A tram suspect', 'he was framed']]);
  });

  it('not a verb of a plural subject, nor a suspect who reports nothing', () => {
    expect(rows('Officials suspect the fire was set.')).toEqual([['suspect', 'Officials', 'the fire was set']]);
    expect(rows('The orchard suspect fled.')).toEqual([]);
  });
});

describe('an opening "Let me" before a verb of saying', () => {
  it('the speaker put forward is the source', () => {
    expect(rows('Let me just say that the tram fare is too high.')).toEqual([['just say', 'me', 'the tram fare is too high']]);
  });

  it('not a request to the reader', () => {
    expect(rows('Let me know if the tram fare rises.')).toEqual([]);
    expect(rows('Let us say the levy passes.')).toEqual([]);
  });
});

describe('a name after an opening preposition whose object ends on a word read as an adjective', () => {
  it('the name is the subject, not part of the phrase', () => {
    expect(rows('During the primary Vale argued that the levy was unfair.')).toEqual([['argued', 'Vale', 'the levy was unfair']]);
    expect(rows('In the final Dara Okafor argued that the levy was unfair.')).toEqual([['argued', 'Dara Okafor', 'the levy was unfair']]);
  });

  it('not an adjective before a name with no preposition opening the sentence, nor after one that opens a clause', () => {
    expect(rows('The embattled Vale argued that the levy was unfair.')).toEqual([['argued', 'The embattled Vale', 'the levy was unfair']]);
    expect(rows('After a desperate Vale asked the growers to wait, the board agreed.').map((r) => r[1])).toContain('a desperate Vale');
  });
});

describe('a name after a day or a month closing an opening phrase with no comma', () => {
  it('the name is the subject', () => {
    expect(rows('In an essay published Monday Vale wrote that the harbour needs dredging.')).toEqual([['wrote', 'Vale', 'the harbour needs dredging']]);
    expect(rows('In a letter sent in March Dara Okafor argued that the levy was unfair.')).toEqual([['argued', 'Dara Okafor', 'the levy was unfair']]);
  });

  it('not a day that opens a name of its own', () => {
    expect(rows('The Monday Herald said that fares rose.')).toEqual([['said', 'The Monday Herald', 'fares rose']]);
  });
});

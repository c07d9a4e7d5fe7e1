import { describe, expect, it } from 'vitest';
import { attributionRows as rows } from '../helpers.js';

// leads60 (session 36): leads from review38. Every sentence is written for these tests; names and
// places are invented.

describe('a past that is its bare form, read as a noun right after the clause\'s own verb, is the main verb', () => {
  it('"Rumours that the mayor would quit | spread fast": the noun cue\'s content stops before it', () => {
    expect(rows('Rumours that the mayor would quit spread fast.')).toEqual([[null, 'Rumours', 'the mayor would quit']]);
    expect(rows('Reports that the clerk resigned spread quickly.')).toEqual([[null, 'Reports', 'the clerk resigned']]);
    expect(rows('Claims that the levy rose spread.')).toEqual([[null, 'Claims', 'the levy rose']]);
  });

  it('still: after an article the word is the verb\'s object ("would take a hit")', () => {
    expect(rows('Fears that Vale would take a hit spread.')).toEqual([[null, 'Fears', 'Vale would take a hit spread']]);
  });

  it('still: a word outside the set after the clause\'s verb is not read as the main verb', () => {
    expect(rows('Reports that the clerk resigned grew louder.')).toEqual([[null, 'Reports', 'the clerk resigned']]);
    expect(rows('Berg said the mayor would quit politics.')).toEqual([['Berg', 'said', 'the mayor would quit politics']]);
  });
});

describe('a contact relative whose preposition is stranded before the main verb reports nothing; the whole phrase is the source', () => {
  it('"The letter Vale asked for | says …", "the plan Berg voted against | says …"', () => {
    expect(rows('The letter Vale asked for says the levy is fair.')).toEqual([['The letter Vale asked for', 'says', 'the levy is fair']]);
    expect(rows('The plan Berg voted against says the levy is fair.')).toEqual([['The plan Berg voted against', 'says', 'the levy is fair']]);
    expect(rows('The letter the clerk asked for says the levy is fair.')).toEqual([['The letter the clerk asked for', 'says', 'the levy is fair']]);
  });

  it('still: the verb with its own object keeps its cue ("asked for more time", "voted against the plan")', () => {
    expect(rows('Vale asked for more time.')).toEqual([['Vale', 'asked for', 'more time']]);
    expect(rows('Berg voted against the plan.')).toEqual([['Berg', 'voted against', 'the plan']]);
  });
});

import { describe, expect, it } from 'vitest';
import { analyseChecked, sourcelessByCue } from '../helpers.js';

// A reporting noun's that-clause whose subject is "I", "we" or "they" and whose verb is a plain present form
// (issue 10, thirty-fourth round). Every sentence is written for these tests; names, places and things are invented.

const cues = (text: string) => analyseChecked(text).attributions.map((x) => x.cue);

describe('a base form right after "I", "we" or "they" is a finite verb, so the noun keeps its clause', () => {
  it('the reporting noun with no possessor is a sourceless relation holding the whole clause', () => {
    expect(sourcelessByCue('Despite complaints that they distort the vote, the board kept its seats.', 'complaints').text).toBe('they distort the vote');
    expect(sourcelessByCue('Amid fears that we lose the ferry, the growers met in Tarn County.', 'fears').text).toBe('we lose the ferry');
    expect(sourcelessByCue('Despite claims that I favour the growers, Vale signed the levy.', 'claims').text).toBe('I favour the growers');
    // (an adverb between the pronoun and its verb)
    expect(sourcelessByCue('Despite complaints that they simply ignore the pier, Berg stayed.', 'complaints').text).toBe('they simply ignore the pier');
  });

  it('the verb inside the clause is no relation of its own (nested relations are not reported)', () => {
    expect(cues('Despite complaints that they distort the vote, the board kept its seats.')).toEqual(['complaints']);
  });

  it('not: a relative clause about the noun, whose verb takes the noun as its object', () => {
    expect(cues('The claims that they make about the pier are false.')).toEqual([]);
    expect(cues('The fears that we share keep the growers awake.')).toEqual([]);
  });

  it('not: "you", which is an object too ("let you know"), is left as before', () => {
    expect(cues('Despite complaints that you ignore the pier, Berg stayed.')).not.toContain('complaints');
  });
});

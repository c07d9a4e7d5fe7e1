import { describe, expect, it } from 'vitest';
import { analyseChecked, sourcelessByCue } from '../helpers.js';

// Sourceless relations (issue 10, thirty-fourth round): a reporting noun's that-clause with "I", "we" or "they"
// and a plain present verb; a free relative "what" named by a passive "called". Every sentence is written for
// these tests; names, places and things are invented.

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

describe('a free relative "what" with a passive "called" names a thing as "what is known as" does', () => {
  it('the naming is a sourceless relation holding "what" and the name (also after a perfect auxiliary)', () => {
    const blue = 'The board scrapped what had been called the “Blue Week,” a ferry holiday.';
    const named = sourcelessByCue(blue, 'been called');
    expect(named.cueClass).toBe('naming');
    expect(named.text).toBe('what had been called the “Blue Week,”');
    expect(sourcelessByCue('The storm shook up what is called a “ferry race” in Tarn County.', 'is called').text).toBe('what is called a “ferry race”');
  });

  it('"what had been known as": the thing named is "what", not the clause around it', () => {
    expect(sourcelessByCue('The board scrapped what had been known as the Blue Week.', 'been known as').text).toBe('what had been known as the Blue Week');
    expect(sourcelessByCue('The board scrapped what is known as the Blue Week.', 'is known as').text).toBe('what is known as the Blue Week');
  });

  it('not: a plain name after "which" or a passive subject, nor an appositive "known as" with an article', () => {
    expect(cues('The fund, which is called the Harbour Plan, grew.')).toEqual([]);
    expect(cues('The holiday is called “Blue Week.”')).toEqual([]);
    expect(cues('The growers, known as a “harbour bloc”, met on Monday.')).toEqual([]);
  });
});

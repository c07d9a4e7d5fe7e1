import { describe, expect, it } from 'vitest';
import { attributionRows as rows } from '../helpers.js';

// leads59 (session 36): leads left by leads56, leads57 and perf67. Every sentence is written for these tests;
// names and places are invented.

describe('a finite verb of feeling with an object is no belief of the clause before it', () => {
  it('"The claims that the pier was unsafe worried Ruiz": only the noun cue\'s relation, no "worried" with the clause as source', () => {
    expect(rows('The claims that the pier was unsafe worried Ruiz.')).toEqual([[null, 'The claims', 'the pier was unsafe']]);
    expect(rows('News that the levy would rise alarmed the growers.')).toEqual([[null, 'News', 'the levy would rise']]);
    expect(rows('Reports that the ferry was late annoyed the clerks.')).toEqual([[null, 'Reports', 'the ferry was late']]);
  });

  it('still: the verb with a clause is a belief, a plain stimulus makes a cue of feeling, and an infinitive is left as it was', () => {
    expect(rows('Vale worried that the pier was unsafe.')).toEqual([['Vale', 'worried', 'the pier was unsafe']]);
    expect(rows('Vale worries the pier will fall.')).toEqual([['Vale', 'worries', 'the pier will fall']]);
    expect(rows('The levy angered fishermen.')).toEqual([['fishermen', 'angered', 'The levy']]);
  });
});

describe('a verb of feeling after a subject with a relative clause', () => {
  it('"Surveys that show Vale ahead worry Ruiz": the surveys are no one who worries', () => {
    expect(rows('Surveys that show Vale at 12 percent worry Ruiz.')).toEqual([]);
  });

  it('still: a belief verb after the same subject keeps the plural before "that" as its source', () => {
    expect(rows('Surveys that show Vale at 12 percent predict a loss for Ruiz.')).toEqual([['Surveys', 'predict', 'a loss for Ruiz']]);
  });
});

describe('a light verb and a reporting noun over adjectives joined by "and", "or" or a comma', () => {
  it('"made vague and misleading claims that": one cue, the subject its source', () => {
    expect(rows('Vale made vague and misleading claims that the pier was unsafe.')).toEqual([['Vale', 'made vague and misleading claims', 'the pier was unsafe']]);
    expect(rows('Vale made vague, misleading claims that the pier was unsafe.')).toEqual([['Vale', 'made vague, misleading claims', 'the pier was unsafe']]);
    expect(rows('Berg made loud or angry complaints about the levy.')).toEqual([['Berg', 'made loud or angry complaints about', 'the levy']]);
  });

  it('still: no reporting noun after the joined adjectives gives no cue', () => {
    expect(rows('Vale made old and new friends at the pier.')).toEqual([]);
    expect(rows('Berg gave warm and friendly greetings to the clerks.')).toEqual([]);
  });
});

describe('a past that is its bare form, read as an adjective right after the clause\'s verb, before its object', () => {
  it('"Fears that the levy would rise cut sales": the content ends before "cut"', () => {
    expect(rows('Fears that the levy would rise cut sales.')).toEqual([[null, 'Fears', 'the levy would rise']]);
    expect(rows('Claims that the fares would rise hit the growers.')).toEqual([[null, 'Claims', 'the fares would rise']]);
  });

  it('still: the same word as the clause\'s own verb after a modal stays in the content', () => {
    expect(rows('Fears that the levy would cut sales grew.')).toEqual([[null, 'Fears', 'the levy would cut sales']]);
    expect(rows('Vale said the board would make cut flowers cheaper.')).toEqual([['Vale', 'said', 'the board would make cut flowers cheaper']]);
  });
});

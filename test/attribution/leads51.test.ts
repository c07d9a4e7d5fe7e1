import { describe, expect, it } from 'vitest';
import { attributionRows as rows } from '../helpers.js';

// leads51 (session 34): leads reported this session. Every sentence is written for these tests;
// names and places are invented.

describe('a relative clause on an appositive set off by a comma ends at the comma that closes the aside', () => {
  it('"Ana Vale, a clerk who said the levy was unfair, left the port": the main clause is no part of the report', () => {
    expect(rows('Ana Vale, a clerk who said the levy was unfair, left the port.')).toEqual([['who', 'said', 'the levy was unfair']]);
    expect(rows('Tom Ruiz, the harbour master who believes the pier is unsafe, will close it on Monday.')).toEqual([['who', 'believes', 'the pier is unsafe']]);
    expect(rows('Ana Vale, a clerk who said the levy was unfair, has left the port.')).toEqual([['who', 'said', 'the levy was unfair']]);
  });

  it('still: a list inside the reported clause goes on, and a relative that no comma sets off keeps its clause whole', () => {
    expect(rows('Ana Vale, a clerk who said the growers were angry, tired and broke, left the port.')).toEqual([['who', 'said', 'the growers were angry, tired and broke']]);
    expect(rows('The board heard from a clerk who said the levy was unfair, the fares were high and the pier was unsafe.')).toEqual([['who', 'said', 'the levy was unfair, the fares were high and the pier was unsafe']]);
  });
});

describe('a capitalised verb before a colon in a title-case heading reports nothing unless it is a verb of saying', () => {
  it('"The One Thing Both Growers Want: Lower Fares", "In the Harbour We Love: A Memoir …": no attribution', () => {
    expect(rows('The One Thing Both Growers Want: Lower Fares')).toEqual([]);
    expect(rows('In the Harbour We Love: A Memoir of Tarn County')).toEqual([]);
  });

  it('still: a verb of saying or asking in the heading, a quotation after the colon, and the same words in prose are reports', () => {
    expect(rows('Vale Says: Pier Unsafe')).toEqual([['Vale', 'Says:', 'Pier Unsafe']]);
    expect(rows('Ruiz Asks: Who Pays for the Pier?')).toEqual([['Ruiz', 'Asks:', 'Who Pays for the Pier']]);
    expect(rows('Ruiz Vows: "We will rebuild."')).toEqual([['Ruiz', 'Vows:', 'We will rebuild.']]);
    expect(rows('Both growers want lower fares.')).toEqual([['Both growers', 'want', 'lower fares']]);
  });
});

describe('a list of addressees before a question or a told clause is no part of the content', () => {
  it('"asked Ruiz, Berg and Tarn whether …", "asked the clerks and the growers if …": the content is the question', () => {
    expect(rows('The board asked Ruiz, Berg and Tarn whether the pier was safe.')).toEqual([['The board', 'asked', 'whether the pier was safe']]);
    expect(rows('The board asked the clerks and the growers if the pier was safe.')).toEqual([['The board', 'asked', 'if the pier was safe']]);
    expect(rows('Vale asked growers, dockers and clerks whether the fares were fair.')).toEqual([['Vale', 'asked', 'whether the fares were fair']]);
  });

  it('still: the ones urged or asked to act stay the subject of the infinitive, and a told list stays in the cue', () => {
    expect(rows('The board asked Ruiz, Berg and Tarn to inspect the pier.')).toEqual([['The board', 'asked', 'Ruiz, Berg and Tarn to inspect the pier']]);
    expect(rows('The board urged Ruiz, Berg and Tarn to wait.')).toEqual([['The board', 'urged', 'Ruiz, Berg and Tarn to wait']]);
    expect(rows('Vale told Ruiz, Berg and Tarn that the pier was safe.')).toEqual([['Vale', 'told Ruiz, Berg and Tarn', 'the pier was safe']]);
  });
});

describe('a passive that takes no complement, followed by several place or time phrases, reports its subject', () => {
  it('"The new fares were announced on a poster at the dock": the fares are what was announced', () => {
    expect(rows('The new fares were announced on a poster at the dock.')).toEqual([[null, 'were announced', 'The new fares']]);
    expect(rows('The closure of the pier was announced in a notice at the harbour office.')).toEqual([[null, 'was announced', 'The closure of the pier']]);
    expect(rows('The new fares were announced on a poster at the dock, and the growers left.')).toEqual([[null, 'were announced', 'The new fares']]);
  });

  it('a lone "it" before such a passive is what it reports, with no clause after it', () => {
    expect(rows('It was announced on Monday.')).toEqual([[null, 'was announced', 'It']]);
    expect(rows('A year after it was announced, the levy was dropped.')).toEqual([[null, 'was announced', 'it']]);
  });

  it('still: a passive with a clause after it reports the clause, and an active cue keeps its clause', () => {
    expect(rows('It was announced on Monday at the dock that the fares would rise.')).toEqual([[null, 'It was announced', 'the fares would rise']]);
    expect(rows('Vale announced on Monday at the dock that the fares would rise.')).toEqual([['Vale', 'announced', 'the fares would rise']]);
  });
});

describe('an aside set off by commas right after "and" or "but" before the second verb', () => {
  it('"Vale chairs the board and, as expected, has spoken about the fares": the second verb keeps the subject', () => {
    expect(rows('Vale chairs the board and, as expected, has spoken about the fares.')).toEqual([['Vale', 'has spoken about', 'the fares']]);
    expect(rows('Vale runs the board and, as expected, has spoken about the fares.')).toEqual([['Vale', 'has spoken about', 'the fares']]);
  });

  it('the first verb\'s object ends before the conjunction: "backed the levy and, in March, said …"', () => {
    expect(rows('Vale backed the levy and, in March, said it would rise.')).toEqual([['Vale', 'backed', 'the levy'], ['Vale', 'said', 'it would rise']]);
    expect(rows('Vale backed the levy but, in the end, voted against it.')).toEqual([['Vale', 'backed', 'the levy'], ['Vale', 'voted against', 'it']]);
  });

  it('still: a subject of its own after the aside is the source', () => {
    expect(rows('Vale chairs the board and, as expected, Ruiz has spoken about the fares.')).toEqual([['Ruiz', 'has spoken about', 'the fares']]);
  });
});

describe('a past form the tagger reads as an adjective, before a preposition, is the verb a set-off participle shares', () => {
  it('"Vale hedged on whether the pier would open, telling reporters …": the source is Vale, not the question\'s subject', () => {
    expect(rows('Vale hedged on whether the pier would open, telling reporters it depended on the weather.')).toEqual([['Vale', 'telling reporters', 'it depended on the weather']]);
    expect(rows('Vale hedged on the pier, telling reporters it depended on the weather.')).toEqual([['Vale', 'telling reporters', 'it depended on the weather']]);
  });

  it('still: a known verb before the question keeps its own relation and subject', () => {
    expect(rows('Vale spoke about whether the pier would open, telling reporters it depended on the weather.')).toEqual([['Vale', 'spoke about', 'whether the pier would open'], ['Vale', 'telling reporters', 'it depended on the weather']]);
  });
});

describe('a reporting noun\'s that-clause behind an aside set off by commas', () => {
  it('"Vale\'s claim, made on Monday, that the pier was unsafe was wrong": the clause is the content, up to the main verb', () => {
    expect(rows("Vale's claim, made on Monday, that the pier was unsafe was wrong.")).toEqual([['Vale', 'claim', 'the pier was unsafe']]);
    expect(rows("Vale's claim, which she made on Monday, that the pier was unsafe was wrong.")).toEqual([['Vale', 'claim', 'the pier was unsafe']]);
    expect(rows('The claim, made on Monday, that the pier was unsafe was wrong.')).toEqual([[null, 'The claim', 'the pier was unsafe']]);
  });

  it('still: a speaker\'s tag as the aside is a report of its own, not the noun\'s', () => {
    expect(rows('The claim, Vale said, that the pier was unsafe was wrong.').map((r) => r[1])).toEqual(['said']);
  });
});

describe('the past of a linking verb the tagger reads as an adjective after a subject clause is the main verb', () => {
  it('"The growers\' fears that the levy would rise proved right": the clause ends before "proved"', () => {
    expect(rows("The growers' fears that the levy would rise proved right.")).toEqual([['The growers', 'fears', 'the levy would rise']]);
    expect(rows('The fear that prices would fall proved right.')).toEqual([[null, 'The fear', 'prices would fall']]);
  });

  it('still: an adjective before a noun after the clause\'s verb is no main verb', () => {
    expect(rows('The plan that would ban licensed boats failed.')[0]![2]).toContain('would ban licensed boats');
  });
});

describe('"left" read as a noun right after a predicate adjective is the main verb after a subject relative', () => {
  it('"The clerk who said the levy was unfair left the port": the report ends before "left"', () => {
    expect(rows('The clerk who said the levy was unfair left the port.')).toEqual([['who', 'said', 'the levy was unfair']]);
    expect(rows('Growers who fear the frost was severe left the valley.')).toEqual([['who', 'fear', 'the frost was severe']]);
  });

  it('still: a verb the tagger reads as one ends it as before', () => {
    expect(rows('The clerk who said the levy was unfair quit the port.')).toEqual([['who', 'said', 'the levy was unfair']]);
  });
});

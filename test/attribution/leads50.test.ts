import { describe, expect, it } from 'vitest';
import { attributionRows as rows } from '../helpers.js';

// leads50 (session 33): leads reported this session. Every sentence is written for these tests;
// names and places are invented.

describe('a speaker before a colon whose surname the tagger reads as a past verb', () => {
  it('"Dara Rose: “…”", "Lena Fell: “…”": the whole name is the source, the colon the cue', () => {
    expect(rows('Dara Rose: "The fares are too high."')).toEqual([['Dara Rose', ':', 'The fares are too high.']]);
    expect(rows('Lena Fell: "The pier is unsafe."')).toEqual([['Lena Fell', ':', 'The pier is unsafe.']]);
    expect(rows('Harbour master Dara Rose: "The fares are too high."')).toEqual([['Harbour master Dara Rose', ':', 'The fares are too high.']]);
  });

  it('still: without a given name before it, or in lower case, the verb is no part of the name', () => {
    expect(rows('Tarn Prices Rose: "We expected it."').map((r) => r[0])).toEqual(['Tarn Prices']);
    expect(rows('Dara fell: "It was sudden."')).toEqual([['Dara', 'fell:', 'It was sudden.']]);
  });
});

describe('"decide" + a plain noun object settles it: no report', () => {
  it('"won\'t decide the race", "will decide the case", "decided her appeal": no attribution', () => {
    expect(rows("The voters won't decide the race until May.")).toEqual([]);
    expect(rows('The court will decide the case on Monday.')).toEqual([]);
    expect(rows('The panel decided her appeal in March.')).toEqual([]);
  });

  it('still: a clause after "decide" is reported, also when it opens with a determiner', () => {
    expect(rows('The judge decided the case was moot.')).toEqual([['The judge', 'decided', 'the case was moot']]);
    expect(rows('Ruiz decided his vote would go to Berg.')).toEqual([['Ruiz', 'decided', 'his vote would go to Berg']]);
    expect(rows('Vale decided that the pier would close.')).toEqual([['Vale', 'decided', 'the pier would close']]);
    expect(rows('The board decided to close the pier.')).toEqual([['The board', 'decided', 'to close the pier']]);
  });
});

describe('a free relative\'s "what" before a progressive report is no part of the source', () => {
  it('"What the riders are saying about the fares is telling": source "the riders", topic ends before the main verb', () => {
    expect(rows('What the riders are saying about the fares is telling.')).toEqual([['the riders', 'are saying about', 'the fares']]);
    expect(rows('What Vale is saying about the pier is wrong.')).toEqual([['Vale', 'is saying about', 'the pier']]);
  });

  it('still: a plain progressive or participle keeps its whole subject, and an embedded free relative is the content', () => {
    expect(rows('The riders are saying the fares are high.')).toEqual([['The riders', 'are saying', 'the fares are high']]);
    expect(rows('The board knows what the riders are saying about the fares.')).toEqual([['The board', 'knows', 'what the riders are saying about the fares']]);
  });
});

describe('a reported clause\'s series whose first verb is itself a cue stays whole', () => {
  it('"Vale said she backed the levy, praised the board, and left": one report, no relation of "praised"', () => {
    expect(rows('Vale said she backed the levy, praised the board, and left.')).toEqual([['Vale', 'said', 'she backed the levy, praised the board, and left']]);
    expect(rows('Ruiz wrote that Berg opposed the toll, criticized the mayor, and resigned.')).toEqual([['Ruiz', 'wrote', 'Berg opposed the toll, criticized the mayor, and resigned']]);
  });

  it('also with no comma before "and"', () => {
    expect(rows('Vale said she backed the levy, praised the board and left.')).toEqual([['Vale', 'said', 'she backed the levy, praised the board and left']]);
    expect(rows('Vale said the crews fixed the pier, praised the board and left.')).toEqual([['Vale', 'said', 'the crews fixed the pier, praised the board and left']]);
  });

  it('still: the speaker\'s own series of cue verbs keeps a relation for each cue', () => {
    expect(rows('Vale backed the levy, praised the board, and left.')).toEqual([['Vale', 'backed', 'the levy'], ['Vale', 'praised', 'the board']]);
    expect(rows('Vale backed the levy, praised the board and left.')).toEqual([['Vale', 'backed', 'the levy'], ['Vale', 'praised', 'the board']]);
  });
});

import { describe, expect, it } from 'vitest';
import { attributionRows as rows } from '../helpers.js';

// A poll's or study's finding that sets two results side by side (issue 10, round 37, partial41): "A survey found that
// 40 percent backed the levy, while 30 percent opposed it" reports one finding; the second result was split off as a
// relation of its own and the finding cut at the comma. Every sentence is written for these tests; names, places and
// bodies are invented.

describe('"A survey found that 40 percent backed the levy, while 30 percent opposed it": one finding', () => {
  it('the finding runs on over ", while" or ", whereas" with a second result, which is no relation of its own', () => {
    expect(rows('A survey found that 40 percent of clerks backed the levy, while 30 percent opposed it.')).toEqual([
      ['A survey', 'found', '40 percent of clerks backed the levy, while 30 percent opposed it'],
    ]);
    expect(rows('The study showed that growers favored the levy, while clerks opposed it.')).toEqual([
      ['The study', 'showed', 'growers favored the levy, while clerks opposed it'],
    ]);
    expect(rows('The poll finds that 40 percent of growers support Vale, whereas 30 percent back Ruiz.')).toEqual([
      ['The poll', 'finds', '40 percent of growers support Vale, whereas 30 percent back Ruiz'],
    ]);
  });

  it('after "according to" a document, and with respondents who said something in the second result', () => {
    expect(rows('According to the survey, 40 percent backed the levy, while 30 percent opposed it.')).toEqual([
      ['the survey', 'According to', '40 percent backed the levy, while 30 percent opposed it'],
    ]);
    expect(rows('In a Harbour Times poll, 40 percent of clerks said the levy was fair, while 30 percent said it was not.')).toEqual([
      ['a Harbour Times poll', 'In', '40 percent of clerks said the levy was fair, while 30 percent said it was not'],
    ]);
  });

  it('after "and" a count of respondents is a second result of the finding too', () => {
    expect(rows('The survey found that 59 percent of clerks disapprove of the levy, and 74 percent said the port is on the wrong track.')).toEqual([
      ['The survey', 'found', '59 percent of clerks disapprove of the levy, and 74 percent said the port is on the wrong track'],
    ]);
    expect(rows('The poll found 79 percent of clerks said they were satisfied and 60 percent said they wanted more ferries.')).toEqual([
      ['The poll', 'found', '79 percent of clerks said they were satisfied and 60 percent said they wanted more ferries'],
    ]);
  });

  it('not: a person\'s finding or a saying cue keeps the second report apart', () => {
    expect(rows('Vale found that the pier was unsafe, while Ruiz argued it was sound.')).toEqual([
      ['Vale', 'found', 'the pier was unsafe'],
      ['Ruiz', 'argued', 'it was sound'],
    ]);
    expect(rows('Vale said the pier was unsafe, while Ruiz argued it was sound.')).toEqual([
      ['Vale', 'said', 'the pier was unsafe'],
      ['Ruiz', 'argued', 'it was sound'],
    ]);
  });

  it('not: a named party\'s report beside a document\'s finding, nor a second result with no count joined by "and"', () => {
    expect(rows('The audit found that the port lost money, whereas the board claimed a profit.')).toEqual([
      ['The audit', 'found', 'the port lost money'],
      ['the board', 'claimed', 'a profit'],
    ]);
    expect(rows('The audit found that the port lost money, and the board claimed a profit.')).toEqual([
      ['The audit', 'found', 'the port lost money'],
      ['the board', 'claimed', 'a profit'],
    ]);
    expect(rows('The study found the pier was unsafe and Ruiz argued it was sound.')).toEqual([
      ['The study', 'found', 'the pier was unsafe'],
      ['Ruiz', 'argued', 'it was sound'],
    ]);
    const joined = rows('The study showed that growers favored the levy, and clerks opposed it.');
    expect(joined[0]).toEqual(['The study', 'showed', 'growers favored the levy']);
  });
});

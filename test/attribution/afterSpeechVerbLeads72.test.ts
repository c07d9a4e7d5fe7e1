import { describe, expect, it } from 'vitest';
import { attributionRows as rows } from '../helpers.js';

// What follows a verb of saying before (or instead of) what was said (issue 10, forty-second round): a clause of
// time, a longer addressee after "to", the one who held an interview. Every sentence is written for these tests;
// names are invented.

describe('a clause of time between the cue and "that"', () => {
  it.each([
    ['Vale explained as the meeting ended that the toll was fair.', 'explained'],
    ['Vale said while the crowd waited that the toll was fair.', 'said'],
    ['Vale said before visiting the pier that the toll was fair.', 'said'],
    ['Vale told the board as the hearing began that the toll was fair.', 'told'],
  ])('"%s": the reported clause starts after "that"', (sentence, cue) => {
    expect(rows(sentence)).toEqual([['Vale', cue, 'the toll was fair']]);
  });

  it('"that" before a time is no clause opener: "ended that day that …"', () => {
    expect(rows('Vale said as the meeting ended that day that the toll was fair.')).toEqual([['Vale', 'said', 'the toll was fair']]);
  });

  it.each([
    ['Vale said after learning that the toll was fair.'],
    ['Vale said after she learned that the toll was fair.'],
  ])('near miss: "%s": the "that" clause is what was learned, not the reported clause alone', (sentence) => {
    const found = rows(sentence);
    expect(found.map(([, , content]) => content)).not.toContain('the toll was fair');
  });

  it('near miss: after a verb of thinking a participle keeps its own "that" (a relative clause may follow its object)', () => {
    const found = rows('Voters think before agreeing to the plans that the board drew up.');
    expect(found.map(([, cue, content]) => [cue, content])).not.toContainEqual(['think', 'the board drew up']);
  });
});

describe('a clause of time closing a tag', () => {
  it.each([
    ['The toll was fair, Vale explained as the meeting ended.', 'explained'],
    ['The toll was fair, Vale said after she met the board.', 'said'],
    ['The toll was fair, Vale said when asked about the pier.', 'said'],
  ])('"%s": the clause before the tag is what was said', (sentence, cue) => {
    expect(rows(sentence)).toContainEqual(['Vale', cue, 'The toll was fair']);
  });

  it('after "as" and its source the clause before is what was said', () => {
    expect(rows('The toll is a tax on the poor, as Ruiz suggested after the board voted.')).toContainEqual(['Ruiz', 'suggested', 'The toll is a tax on the poor']);
  });

  it('near miss: a phrase with an infinitive inside is no clause of time ("before the board about the plan to …")', () => {
    expect(rows('Vale will testify before the harbour board about the plan to close the pier.')).toEqual([['Vale', 'will testify', 'about the plan to close the pier']]);
  });

  it('with nothing before the tag, a clause of time alone reports nothing', () => {
    expect(rows('Vale said as the meeting ended.')).toEqual([]);
    expect(rows('Vale explained before leaving the hall.')).toEqual([]);
    expect(rows('Vale said after she met the board.')).toEqual([]);
  });

  it('near miss: "when" with a subject and verb may ask, and is what was explained', () => {
    expect(rows('The pier was closed, Vale explained when it would open.')).toEqual([['Vale', 'explained', 'when it would open']]);
  });

  it('near miss: a source with a verb of its own is no tag ("residents who were voting … complained when …")', () => {
    const found = rows('Ruiz said residents in Tarn County, who were voting for the first time, complained when they saw the ballot.');
    expect(found.find(([, cue]) => cue === 'said')?.[2]).toContain('residents in Tarn County');
  });

  it('near miss: a reaction keeps its clause of time ("was shocked as she read the report")', () => {
    expect(rows('Vale was shocked as she read the report.')).toEqual([['Vale', 'was shocked', 'as she read the report']]);
  });
});

describe('"to" and a longer addressee before what was said', () => {
  it('a participle phrase on the addressee is passed over to "that"', () => {
    expect(rows('Vale said to reporters waiting outside that the pier was unsafe.')).toEqual([['Vale', 'said', 'the pier was unsafe']]);
  });

  it('"about" after the addressee opens what was written', () => {
    expect(rows('Vale wrote to the harbour board about the fares.')).toEqual([['Vale', 'wrote', 'about the fares']]);
  });

  it('near miss: "to" and its object with nothing after it stays as it was', () => {
    expect(rows('Vale wrote to residents living near the pier.')).toEqual([['Vale', 'wrote', 'to residents living near the pier']]);
    expect(rows('Vale admitted to the theft.')).toEqual([['Vale', 'admitted to', 'the theft']]);
  });
});

describe('"in an interview with" someone', () => {
  it.each([
    ['Vale said in an interview with the Harbour Times explaining that the pier was unsafe.'],
    ['Vale said in an interview with the Harbour Times arguing that the pier was unsafe.'],
    ['Vale said in an interview with Berg the pier was unsafe.'],
    ['Vale said in an interview with the Harbour Times that the pier was unsafe.'],
  ])('"%s": the interviewer (and a participle of saying after it) is no content', (sentence) => {
    expect(rows(sentence)).toEqual([['Vale', 'said in an interview', 'the pier was unsafe']]);
  });

  it('a setting alone after the tag leaves the clause before it as the content', () => {
    expect(rows('The pier is unsafe, Vale said in an interview with the Harbour Times on Monday.')).toEqual([['Vale', 'said in an interview', 'The pier is unsafe']]);
  });

  it('near miss: with nothing said, the setting is no content', () => {
    expect(rows('Vale said in an interview with the Harbour Times on Monday.')).toEqual([]);
  });
});

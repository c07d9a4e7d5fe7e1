import { describe, expect, it } from 'vitest';
import { attributionRows } from '../helpers.js';

// A reporting noun heading its sentence's subject, with a participle before it or an opening adjunct before
// the subject, and a cue word's "on" before a date (issue 10). Every sentence is written for these tests;
// names are invented.

describe('a participle modifying the reporting noun is no speaker', () => {
  it('a hyphenated compound ending in a participle ("long-standing", "oft-cited")', () => {
    expect(attributionRows('The long-standing claim that the pier was unsafe proved false.')).toEqual([[null, 'claim', 'the pier was unsafe']]);
    expect(attributionRows('The oft-cited fears that the pier was unsafe kept crowds away.')).toEqual([[null, 'fears', 'the pier was unsafe']]);
  });

  it('an -ing form opening the sentence before a plural ("Growing fears", "Mounting claims")', () => {
    expect(attributionRows('Growing fears that the pier was unsafe led the council to act.')).toEqual([[null, 'fears', 'the pier was unsafe']]);
    expect(attributionRows('Mounting claims that the pier was unsafe worried Berg.')).toEqual([[null, 'claims', 'the pier was unsafe']]);
  });

  it('not: a compound noun or a name before the verb keeps its verb', () => {
    expect(attributionRows('The fact-checkers claim that the pier was unsafe.')).toEqual([['The fact-checkers', 'claim', 'the pier was unsafe']]);
    expect(attributionRows('Vale claims that the pier was unsafe.')).toEqual([['Vale', 'claims', 'the pier was unsafe']]);
  });
});

describe('a subject after an opening adjunct ends before the main verb', () => {
  it('a possessed noun after "For example," or "In March,"', () => {
    expect(attributionRows("For example, Vale's claim that the pier was unsafe angered the board.")).toEqual([['Vale', 'claim', 'the pier was unsafe']]);
    expect(attributionRows('In March, the claim that the pier was unsafe angered the board.')).toEqual([[null, 'the claim', 'the pier was unsafe']]);
  });

  it('a participle with its own phrase inside the subject is no main verb', () => {
    expect(attributionRows("Vale's remark about a pier built in 1900 was wrong.")).toEqual([['Vale', 'remark about', 'a pier built in 1900']]);
  });

  it('not: a participle with no verb group after it is the main verb', () => {
    expect(attributionRows("Vale's claim about the ferry failed in court.")).toEqual([['Vale', 'claim about', 'the ferry']]);
  });

  it('not: an opening preposition right before the possessor, whose phrase ends at its comma', () => {
    expect(attributionRows("Despite Vale's claim that the pier was unsafe, the board kept it open.")).toEqual([['Vale', 'claim', 'the pier was unsafe']]);
  });
});

describe('a subjunctive verb read as a noun is the clause\'s verb', () => {
  it('"the demand that the council fund the pier | was ignored"', () => {
    expect(attributionRows('The demand that the council fund the pier was ignored.')).toEqual([[null, 'The demand', 'the council fund the pier']]);
    expect(attributionRows("The board's recommendation that the council close the pier was ignored.")).toEqual([['The board', 'recommendation', 'the council close the pier']]);
  });

  it('not: a compound noun with no object after it', () => {
    expect(attributionRows('The claim that the council fund was empty angered Vale.')).toEqual([[null, 'The claim', 'the council fund was empty']]);
  });
});

describe('an "on" before a date is no particle of the cue', () => {
  it('"commented on Tuesday that …" has the cue "commented"', () => {
    expect(attributionRows('Berg commented on Tuesday that the pier was unsafe.')).toEqual([['Berg', 'commented', 'the pier was unsafe']]);
    expect(attributionRows('Berg reflected on March 3 that the pier was unsafe.')).toEqual([['Berg', 'reflected', 'the pier was unsafe']]);
  });

  it('not: a topic, a day\'s possessive included', () => {
    expect(attributionRows('Berg commented on the pier.')).toEqual([['Berg', 'commented on', 'the pier']]);
    expect(attributionRows("Berg commented on Tuesday's vote.")).toEqual([['Berg', 'commented on', "Tuesday's vote"]]);
  });
});

describe('a time phrase closing the addressee of "told" stays out of the cue', () => {
  it('"told the Harbour Times Tuesday that …" shows the addressee without the day, as "on Monday" is shown', () => {
    expect(attributionRows('Vale told the Harbour Times Tuesday that the pier was unsafe.')).toEqual([['Vale', 'told the Harbour Times', 'the pier was unsafe']]);
    expect(attributionRows('Vale told reporters Tuesday night that the pier was unsafe.')).toEqual([['Vale', 'told reporters', 'the pier was unsafe']]);
    expect(attributionRows('Vale told the Harbour Times last week that the pier was unsafe.')).toEqual([['Vale', 'told the Harbour Times', 'the pier was unsafe']]);
  });

  it('not: a month after a name, which may be a surname', () => {
    expect(attributionRows('Vale told Ana May that the pier was unsafe.')).toEqual([['Vale', 'told Ana May', 'the pier was unsafe']]);
  });
});

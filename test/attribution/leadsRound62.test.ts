import { describe, expect, it } from 'vitest';
import { attributionRows as rows } from '../helpers.js';

// leads62 (session 37): leads from the first list. Every sentence is written for these tests; names and
// places are invented.

describe('a relative clause on the noun of the cue\'s adjunct does not open the content; the "that" behind it does', () => {
  it('"said in an interview | that aired Sunday | that …" (the cue holds the adjunct)', () => {
    expect(rows('Vale said in an interview that aired Sunday that the pier was unsafe.')).toEqual([['Vale', 'said in an interview', 'the pier was unsafe']]);
    expect(rows('Vale said in a statement which was read aloud that the levy was unfair.')).toEqual([['Vale', 'said in a statement', 'the levy was unfair']]);
  });

  it('"in a letter that was published", "in a speech that lasted an hour", "at a hearing that ran late"', () => {
    expect(rows('Vale said in a letter that was published Friday that the pier was unsafe.')).toEqual([['Vale', 'said', 'the pier was unsafe']]);
    expect(rows('Berg argued in a speech that lasted an hour that the levy was unfair.')).toEqual([['Berg', 'argued', 'the levy was unfair']]);
    expect(rows('Ruiz wrote in a memo that circulated last week that the ferry would close.')).toEqual([['Ruiz', 'wrote', 'the ferry would close']]);
    expect(rows('Vale said at a hearing that ran late that the pier was unsafe.')).toEqual([['Vale', 'said', 'the pier was unsafe']]);
  });

  it('still: a "that" right after the adjunct opens the content', () => {
    expect(rows('Vale said in an interview that the pier was unsafe.')).toEqual([['Vale', 'said in an interview', 'the pier was unsafe']]);
    expect(rows('Vale said in a letter that the pier was unsafe.')).toEqual([['Vale', 'said', 'the pier was unsafe']]);
  });

  it('still: an -ing form after "that" is the reported clause\'s gerund subject, not a relative clause', () => {
    const found = rows('Berg said at the meeting that rebuilding the pier was slow work.');
    expect(found.map(([source, cue]) => [source, cue])).toEqual([['Berg', 'said']]);
    expect(found[0]![2]).toContain('rebuilding the pier was slow work');
  });

  it('still: a relative clause with an object of its own keeps the "that" on that object\'s noun in it', () => {
    expect(rows('Ruiz issued a statement that tried to calm the fears that the levy stirred.')).toEqual([['Ruiz', 'issued a statement', 'that tried to calm the fears that the levy stirred']]);
  });
});

describe('a relative clause with "that"/"which" closed by a stranded preposition before the main verb reports nothing', () => {
  it('"A study that the union asked for | found …": the head is the source of the main verb', () => {
    expect(rows('A study that the union asked for found the levy was unfair.')).toEqual([['A study', 'found', 'the levy was unfair']]);
    expect(rows('A survey which Vale paid for found the ferry was late.')).toEqual([['A survey', 'found', 'the ferry was late']]);
    expect(rows('The board that Ruiz voted against warns the levy is unfair.')).toEqual([['The board', 'warns', 'the levy is unfair']]);
  });

  it('"The memo that the clerks argued over | claims …": an -s main verb the tagger reads as a plural noun', () => {
    expect(rows('The memo that the clerks argued over claims the pier is unsafe.')).toEqual([['The memo', 'claims', 'the pier is unsafe']]);
    expect(rows('The report that the clerks argued over claims the pier is unsafe.')).toEqual([['The report', 'claims', 'the pier is unsafe']]);
    expect(rows('The memo Berg argued over claims the pier is unsafe.')).toEqual([['The memo Berg argued over', 'claims', 'the pier is unsafe']]);
  });

  it('still: a preposition with its own object keeps the relative verb\'s cue, and a plural after "over" stays its object', () => {
    expect(rows('Vale asked for more time.')).toEqual([['Vale', 'asked for', 'more time']]);
    expect(rows('Vale argued over claims the pier was unsafe.')).toEqual([['Vale', 'argued over', 'claims the pier was unsafe']]);
    expect(rows('Concerns grew over claims that the pier was unsafe.')).toEqual([[null, 'claims', 'the pier was unsafe']]);
  });

  it('still: a relative clause on a subject with its verb\'s object in it has that verb\'s cue', () => {
    expect(rows('The union that asked for talks said the levy was unfair.').map(([source, cue]) => [source, cue])).toContainEqual(['The union', 'said']);
  });
});

describe('a contact relative whose verb is followed by an infinitive with its own object before the main verb', () => {
  it('"The plan Vale proposed | to fix the pier | was rejected": the name is the source, the head the content', () => {
    expect(rows('The plan Vale proposed to fix the pier was rejected.')).toEqual([['Vale', 'proposed', 'The plan']]);
    expect(rows('The changes Berg wanted to fix the old ferry were rejected.')).toEqual([['Berg', 'wanted', 'The changes']]);
  });

  it('still: an infinitive with no object of its own, or a verb with no head before it', () => {
    expect(rows('Vale proposed to fix the pier.')).toEqual([['Vale', 'proposed', 'to fix the pier']]);
    expect(rows('The plan Vale proposed to fix was rejected.')).toEqual([['Vale', 'proposed', 'The plan']]);
  });
});

describe('a stranded "to" before an inflected main verb is no infinitive', () => {
  it('"The clerks the Harbour Times spoke to | said …" keeps the whole phrase before the verb', () => {
    expect(rows('Two clerks the Harbour Times spoke to said the pier was unsafe.')[0]![0]).toMatch(/^Two clerks/);
  });
});

import { describe, expect, it } from 'vitest';
import { attributionRows as rows } from '../helpers.js';

// leads54 (session 35): leads reported in earlier sessions. Every sentence is written for these tests;
// names and places are invented.

describe('an "it" passive set off by a comma is a parenthetical, also behind a time phrase or closing its sentence', () => {
  it('"The levy, it was reported on Monday, will rise": the clause around the aside, never the lone "it"', () => {
    expect(rows('The levy, it was reported on Monday, will rise.')).toEqual([[null, 'it was reported', 'The levy, it was reported on Monday, will rise']]);
    expect(rows('The ferry, it is believed this week, will not sail.')).toEqual([[null, 'it is believed', 'The ferry, it is believed this week, will not sail']]);
    expect(rows('The pier, it was said last week, is unsafe.')).toEqual([[null, 'it was said', 'The pier, it was said last week, is unsafe']]);
  });

  it('"The fare will rise, it was reported.": closing the sentence, the clause before its comma', () => {
    expect(rows('The fare will rise, it was reported.')).toEqual([[null, 'it was reported', 'The fare will rise']]);
    expect(rows('The clerks will leave the harbour board, it was announced on Tuesday.')).toEqual([[null, 'it was announced', 'The clerks will leave the harbour board']]);
  });

  it('still: an "it" that opens its clause is what is announced', () => {
    expect(rows('It was announced on Monday.')).toEqual([[null, 'was announced', 'It']]);
    expect(rows('The ferry closed, and it was reported on Monday.')).toEqual([[null, 'was reported', 'it']]);
    expect(rows('It was reported on Monday that the levy will rise.')).toEqual([[null, 'It was reported', 'the levy will rise']]);
  });
});

describe('a passive perfect participle of telling: the one told is the clause subject, what was told follows the cue', () => {
  it('"Having been told that the pier was unsafe, Vale closed it": no source, the told clause up to the main clause', () => {
    expect(rows('Having been told that the pier was unsafe, Vale closed it.')).toEqual([[null, 'been told', 'the pier was unsafe']]);
    expect(rows('Having never been told that the levy would rise, the growers were angry.')).toEqual([[null, 'been told', 'the levy would rise']]);
    expect(rows('Having been told that the pier, which is old, was unsafe, Ruiz left.')).toEqual([[null, 'been told', 'the pier, which is old, was unsafe']]);
  });

  it('"Vale, having long been told that …, left": set off after its subject, up to the comma closing it', () => {
    expect(rows('The clerks, having long been told that the levy would fall, were angry.')).toEqual([[null, 'been told', 'the levy would fall']]);
    expect(rows('Berg, having been told that the ferry was late, waited.')).toEqual([[null, 'been told', 'the ferry was late']]);
  });

  it('still: an active perfect participle keeps the main clause subject as its source', () => {
    expect(rows('Having announced that the pier would close, Vale left.')).toEqual([['Vale', 'announced', 'the pier would close']]);
  });
});

describe('"and" before a participle that modifies a noun with a verb of its own joins two subjects, no second predicate', () => {
  it('"said the delays and cancelled ferries had hurt the town": the reported clause runs on', () => {
    expect(rows('Vale said the delays and cancelled ferries had hurt the town.')).toEqual([['Vale', 'said', 'the delays and cancelled ferries had hurt the town']]);
    expect(rows('Ruiz said the storm and delayed ferry crews will cost the port.')).toEqual([['Ruiz', 'said', 'the storm and delayed ferry crews will cost the port']]);
    expect(rows('Vale said the levy and closed piers hurt growers.')).toEqual([['Vale', 'said', 'the levy and closed piers hurt growers']]);
  });

  it('still: a past form after "and" with no verb behind its noun is the speaker\'s second predicate', () => {
    expect(rows('Vale praised the crews and cancelled ferries.')).toEqual([['Vale', 'praised', 'the crews']]);
    expect(rows('Vale acknowledged the delay and closed the bridge.')).toEqual([['Vale', 'acknowledged', 'the delay']]);
  });
});

describe('"weekends" measures an amount of time like "weeks"', () => {
  it('"said two weekends ago that …": the time phrase after the cue is no part of the content', () => {
    expect(rows('Vale said two weekends ago that the pier was unsafe.')).toEqual([['Vale', 'said', 'the pier was unsafe']]);
    expect(rows('Ruiz wrote three weekends ago that the fares would rise.')).toEqual([['Ruiz', 'wrote', 'the fares would rise']]);
  });

  it('still: "weekends" as a subject or an object in the reported clause stays in it', () => {
    expect(rows('Vale said weekends were quiet at the pier.')).toEqual([['Vale', 'said', 'weekends were quiet at the pier']]);
    expect(rows('Vale said she spent two weekends at the pier.')).toEqual([['Vale', 'said', 'she spent two weekends at the pier']]);
  });
});

describe('an appositive with an "of" phrase between an addressee and "if"/"whether"/"that" stays with the addressee', () => {
  it('"asked the clerk, a friend of Vale, if …": the question starts at "if"', () => {
    expect(rows('Ruiz asked the clerk, a friend of Vale, if the pier was safe.')).toEqual([['Ruiz', 'asked', 'if the pier was safe']]);
    expect(rows('Berg asked Ruiz, the head of the harbour board, whether the fares would rise.')).toEqual([['Berg', 'asked', 'whether the fares would rise']]);
  });

  it('still: an "of" phrase inside the question is the question\'s', () => {
    expect(rows('Ruiz asked the clerk whether a friend of Vale was safe.')).toEqual([['Ruiz', 'asked', 'whether a friend of Vale was safe']]);
  });
});

describe('"in addition to" + a gerund cue: a participle lead like "after", and its "to" is no infinitive marker', () => {
  it('"In addition to stating that …, Ruiz closed it": the cue is the gerund, the content ends at the main clause', () => {
    expect(rows('In addition to stating that the pier was unsafe, Ruiz closed it.')).toEqual([['Ruiz', 'stating', 'the pier was unsafe']]);
  });

  it('"Ruiz, in addition to warning that …, closed it": set off after the subject, the content ends at the closing comma', () => {
    expect(rows('Ruiz, in addition to warning that the pier was unsafe, closed it.')).toEqual([['Ruiz', 'warning', 'the pier was unsafe']]);
    expect(rows('The clerks, in addition to claiming that the levy was unfair, left the hall.')).toEqual([['The clerks', 'claiming', 'the levy was unfair']]);
  });

  it('still: an infinitive shows its "to", and "in addition to" before a noun is part of the reported clause', () => {
    expect(rows('Vale went on to say the pier was unsafe.')).toEqual([['Vale', 'went on to say', 'the pier was unsafe']]);
    expect(rows('Vale said that in addition to the levy, the fares would rise.')).toEqual([['Vale', 'said', 'in addition to the levy, the fares would rise']]);
  });
});

describe('a verb of leaving with "away" or "out" links a state like "became" ("came away convinced that …")', () => {
  it('"Berg came away convinced that …": one cue from the verb to the state, the subject is the source', () => {
    expect(rows('Berg came away convinced that the pier was unsafe.')).toEqual([['Berg', 'came away convinced', 'the pier was unsafe']]);
    expect(rows('Berg walked away convinced that the pier was unsafe.')).toEqual([['Berg', 'walked away convinced', 'the pier was unsafe']]);
    expect(rows('The clerks went out sure that the levy would fall.')).toEqual([['The clerks', 'went out sure', 'the levy would fall']]);
  });

  it('still: with no clause after the state, or no state, nothing is attributed', () => {
    expect(rows('Berg came out convinced.')).toEqual([]);
    expect(rows('Berg came away with a plan.')).toEqual([]);
  });
});

describe('a capitalised "May" after a word that leads a time phrase is the month when stepping back over adjuncts', () => {
  it('"A memo drafted for the board in May, and seen by …, says": the subject ends before the time phrase, as with "March"', () => {
    expect(rows('A memo drafted for the board in May, and seen by the Courier, says the levy will rise.')).toEqual([['A memo drafted for the board', 'says', 'the levy will rise']]);
    expect(rows('A memo drafted for the board in March, and seen by the Courier, says the levy will rise.')).toEqual([['A memo drafted for the board', 'says', 'the levy will rise']]);
  });

  it('still: the modal and a surname "May" are no month', () => {
    expect(rows('Vale may say the levy will rise.')).toEqual([['Vale', 'may say', 'the levy will rise']]);
    expect(rows('Nell May said the levy would rise.')).toEqual([['Nell May', 'said', 'the levy would rise']]);
  });
});

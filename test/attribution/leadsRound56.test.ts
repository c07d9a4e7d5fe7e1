import { describe, expect, it } from 'vitest';
import { attributionRows as rows } from '../helpers.js';

// leads56 (session 36): constructions from the lead's first list. Every sentence is written for
// these tests; names and places are invented.

describe('an adverb of degree or amount before an adjective or a number is part of a noun-phrase content', () => {
  it('"reported sharply lower fares", "predicted far higher tolls", "much lower"', () => {
    expect(rows('The clerk reported sharply lower fares.')).toEqual([['The clerk', 'reported', 'sharply lower fares']]);
    expect(rows('The board predicted far higher tolls.')).toEqual([['The board', 'predicted', 'far higher tolls']]);
    expect(rows('The clerk reported much lower fares.')).toEqual([['The clerk', 'reported', 'much lower fares']]);
  });

  it('an -ly adverb grading a predicate adjective after the object stays as it was', () => {
    expect(rows('Vale called the levy obviously unfair.')).toEqual([['Vale', 'called', 'the levy obviously unfair']]);
  });

  it('still: an adverb before a clause says how or when it was said, not what', () => {
    expect(rows('The clerk said repeatedly they were late.')).toEqual([['The clerk', 'said', 'they were late']]);
    expect(rows('The clerk said repeatedly that fares would fall.')).toEqual([['The clerk', 'said', 'fares would fall']]);
  });

  it('still: "early" before a noun is an adjective of the content, and a bare object is unchanged', () => {
    expect(rows('Berg said early voting was slow.')).toEqual([['Berg', 'said', 'early voting was slow']]);
    expect(rows('The clerk reported lower fares.')).toEqual([['The clerk', 'reported', 'lower fares']]);
  });
});

describe('a past that is its bare form, read as a noun after a predicate adjective, is the main verb', () => {
  it('"Claims that the pier was unsafe | spread …": the noun cue\'s content stops before it', () => {
    expect(rows('Claims that the pier was unsafe spread on Monday.')).toEqual([[null, 'Claims', 'the pier was unsafe']]);
    expect(rows('Reports that the ferry was late hit the town hard.')).toEqual([[null, 'Reports', 'the ferry was late']]);
    expect(rows('Rumours that the levy was illegal set off a row.')).toEqual([[null, 'Rumours', 'the levy was illegal']]);
    expect(rows('Claims that the levy was fair cost Vale the vote.')).toEqual([[null, 'Claims', 'the levy was fair']]);
  });

  it('still: a verb the tagger reads as a verb ends it as before', () => {
    expect(rows('The claim that the pier was unsafe grew louder.')).toEqual([[null, 'The claim', 'the pier was unsafe']]);
  });

  it('still: after an article the word is a noun of the clause ("was a big hit")', () => {
    expect(rows('Claims that the pier was a big hit spread.')).toEqual([[null, 'Claims', 'the pier was a big hit spread']]);
  });
});

describe('existential "there" before a reporting noun with coordinated adjectives', () => {
  it('"There were vague and misleading claims that …" is one sourceless relation, as with one adjective', () => {
    expect(rows('There were vague and misleading claims that the pier was unsafe.')).toEqual([[null, 'There were vague and misleading claims', 'the pier was unsafe']]);
    expect(rows('There were vague, misleading claims that the pier was unsafe.')).toEqual([[null, 'There were vague, misleading claims', 'the pier was unsafe']]);
    expect(rows('There were new or troubling reports that the ferry was late.')).toEqual([[null, 'There were new or troubling reports', 'the ferry was late']]);
    expect(rows('There is broad and deep agreement that the levy is unfair.')).toEqual([[null, 'There is broad and deep agreement', 'the levy is unfair']]);
  });

  it('still: one adjective as before, and no relation without a clause or a noun cue', () => {
    expect(rows('There were vague claims that the pier was unsafe.')).toEqual([[null, 'There were vague claims', 'the pier was unsafe']]);
    expect(rows('There were vague and misleading signs.')).toEqual([]);
    expect(rows('There were tall and narrow piers that the crews built.')).toEqual([]);
  });
});

describe('a reduced relative with an irregular participle or a stranded preposition stays on its noun', () => {
  it('"A report paid for by the guild says …": the report is the source, as with "released by"', () => {
    expect(rows('A report paid for by the guild says the levy is unfair.')).toEqual([['A report paid for by the guild', 'says', 'the levy is unfair']]);
    expect(rows('A report released by the guild says the levy is unfair.')).toEqual([['A report released by the guild', 'says', 'the levy is unfair']]);
  });

  it('"A poll done for the guild", "done by", "made for": the same', () => {
    expect(rows('A poll done for the guild says the levy is unfair.')).toEqual([['A poll done for the guild', 'says', 'the levy is unfair']]);
    expect(rows('A poll done by the guild says the levy is unfair.')).toEqual([['A poll done by the guild', 'says', 'the levy is unfair']]);
    expect(rows('A study made for the board shows the levy is unfair.')).toEqual([['A study made for the board', 'shows', 'the levy is unfair']]);
  });

  it('still: a finite verb with "for" in a clause joined by "and" leaves the second subject its own', () => {
    expect(rows('The guild paid for a report and the clerk says the levy is unfair.')).toEqual([['the clerk', 'says', 'the levy is unfair']]);
    expect(rows('Vale paid for the report, and Ruiz says the levy is unfair.')).toEqual([['Ruiz', 'says', 'the levy is unfair']]);
  });
});

describe('"As <title of …> <name> said, …": a lower-case title with "of" before the name', () => {
  it('attributes the main clause to the name, as "As mayor Ana Vale said, …" does', () => {
    expect(rows('As secretary of state Ana Vale said, the pier was unsafe.')).toEqual([['Ana Vale', 'said', 'the pier was unsafe']]);
    expect(rows('As chief of staff Ana Vale said, the pier was unsafe.')).toEqual([['Ana Vale', 'said', 'the pier was unsafe']]);
    expect(rows('As director of communications Tom Berg noted, the fares rose.')).toEqual([['Tom Berg', 'noted', 'the fares rose']]);
    expect(rows('As mayor Ana Vale said, the pier was unsafe.')).toEqual([['Ana Vale', 'said', 'the pier was unsafe']]);
  });

  it('closing the sentence: "…, as chief of staff Ana Vale put it"', () => {
    expect(rows('The pier was unsafe, as chief of staff Ana Vale put it.')).toEqual([['Ana Vale', 'put it', 'The pier was unsafe']]);
  });

  it('still: a role set off by its own comma is no title ("As a member of staff, Ana Vale said …")', () => {
    expect(rows('As a member of staff, Ana Vale said the pier was unsafe.')).toEqual([['Ana Vale', 'said', 'the pier was unsafe']]);
  });
});

describe('a plural reporting noun after a possessive and an adjective is a noun, not a verb with that subject', () => {
  it('"Vale\'s vague claims that …", "his vague claims", "the board\'s false claims": the possessor is the source', () => {
    expect(rows('Vale\'s vague claims that the pier was unsafe angered Ruiz.')).toEqual([['Vale', 'vague claims', 'the pier was unsafe']]);
    expect(rows('His vague claims that the pier was unsafe angered Ruiz.')).toEqual([['His', 'vague claims', 'the pier was unsafe']]);
    expect(rows('The board\'s false claims that the levy was fair angered Ruiz.')).toEqual([['The board', 'false claims', 'the levy was fair']]);
  });

  it('a participle there as well ("Vale\'s repeated claims that …")', () => {
    // (the participle shown with the noun, as an adjective there is: leads63)
    expect(rows('Vale\'s repeated claims that the pier was unsafe angered Ruiz.')).toEqual([['Vale', 'repeated claims', 'the pier was unsafe']]);
  });

  it('still: an adjective that names a person is the subject of the verb ("The official claims that …", "The board\'s official claims that …")', () => {
    expect(rows('The official claims that the pier was unsafe.')).toEqual([['The official', 'claims', 'the pier was unsafe']]);
    expect(rows('The board\'s official claims that the pier was unsafe.')).toEqual([['The board\'s official', 'claims', 'the pier was unsafe']]);
  });
});

describe('an article and an adjective before a plural reporting noun whose clause is followed by the main verb', () => {
  it('"The vague claims that … angered Ruiz": the plural heads the subject, a sourceless claim', () => {
    expect(rows('The vague claims that the pier was unsafe angered Ruiz.')).toEqual([[null, 'The vague claims', 'the pier was unsafe']]);
    expect(rows('The new reports that the pier was unsafe worried Ruiz.')[0]).toEqual([null, 'The new reports', 'the pier was unsafe']);
  });

  it('still: with no verb after the clause the adjective is the subject ("The official claims that …")', () => {
    expect(rows('The official claims that the pier was unsafe.')).toEqual([['The official', 'claims', 'the pier was unsafe']]);
    expect(rows('The official claims that the pier was unsafe and closed it.')).toEqual([['The official', 'claims', 'the pier was unsafe and closed it']]);
  });
});

import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse } from '../helpers.js';

// Open leads of earlier rounds (issue 10, round 17, recall6).
// Every sentence is written for these tests; names, places and bodies are invented.

const rows = (a: ArticleAnalysis) => a.attributions.map((x) => [x.sourceSpan ? x.sourceSpan.text : null, x.cueSpan?.text ?? null, x.text]);

describe('a connective adverb opening the clause is no part of the source', () => {
  it('"and then his office said", "so the board says"', () => {
    expect(rows(analyse('Vale left the hall, and then his office said the budget was too small.'))).toEqual([['his office', 'said', 'the budget was too small']]);
    expect(rows(analyse('The pier is shut, so the harbour board says the ferry will wait.'))).toEqual([['the harbour board', 'says', 'the ferry will wait']]);
  });
});

describe('a relative clause on the addressee before the reported clause', () => {
  it('"complained to the man that runs the depot that …": the second "that" opens the content', () => {
    expect(rows(analyse('Vale complained to the man that runs the depot that the trucks were late.'))).toEqual([['Vale', 'complained', 'the trucks were late']]);
  });

  it('not: a relative clause with no reported clause behind it', () => {
    expect(analyse('Berg reports to the harbour manager that runs the depot.').attributions).toEqual([]);
  });
});

describe('"named" with quoted titles before "as"', () => {
  it('"named “X” and “Y” as …" is a naming', () => {
    const a = analyse('Ruiz named “Harbor Lights” and “Grey Tide” as the best films of the year.');
    expect(rows(a)).toEqual([['Ruiz', 'named', '“Harbor Lights” and “Grey Tide” as the best films of the year']]);
  });

  it('not: a plain "named" with no "as"', () => {
    expect(analyse('Ruiz named “Grey Tide” after her aunt.').attributions).toEqual([]);
  });
});

describe('a stance withdrawn "from" its object', () => {
  it('"withheld support from", "withdrew her support from"', () => {
    expect(rows(analyse('The mayor withheld support from the toll plan.'))).toEqual([['The mayor', 'withheld support', 'the toll plan']]);
    expect(rows(analyse('Okafor withdrew her support from the Tarnow bill.'))).toEqual([['Okafor', 'withdrew her support', 'the Tarnow bill']]);
  });

  it('not: support coming from someone, or a plain object withheld', () => {
    expect(analyse('The mayor withheld funds from the depot.').attributions).toEqual([]);
  });
});

describe('a short aside set off by commas before the "as" of a naming or seeing verb', () => {
  it('"saw Vale, then 44, as the ideal choice"', () => {
    expect(rows(analyse('The board saw Vale, then 44, as the ideal choice to lead the port.'))).toEqual([['The board', 'saw', 'Vale, then 44, as the ideal choice to lead the port']]);
  });

  it('not: an "as" clause with its own verb after the aside', () => {
    expect(analyse('The board saw Vale, then 44, as he left the hall.').attributions).toEqual([]);
  });
});

describe('a reporting noun that needs an owner, as the object of a light verb', () => {
  it('"levelled an attack on", "unleashed withering attacks against"', () => {
    expect(rows(analyse('Vale levelled an attack on Ruiz.'))).toEqual([['Vale', 'levelled an attack on', 'Ruiz']]);
    expect(rows(analyse('Berg unleashed withering attacks against the Tarnow council.'))).toEqual([['Berg', 'unleashed withering attacks against', 'the Tarnow council']]);
  });

  it('not: the noun with no owner and no light verb', () => {
    expect(analyse('The attack on the depot came at night.').attributions).toEqual([]);
  });
});

describe('a base verb the tagger reads as a noun after those polled and a time phrase', () => {
  it('"Most voters polled on Monday support Vale"', () => {
    const a = analyse('Most voters polled on Monday support Vale.');
    expect(a.attributions.map((x) => [x.cueSpan?.text, x.text])).toEqual([['support', 'Vale']]);
  });
});

describe('an -ing head with a "that" relative clause is the subject of the verb after it', () => {
  it('"The polling that was done in May showed that …"', () => {
    expect(rows(analyse('The polling that was done in May showed that Vale was ahead.'))).toEqual([['The polling', 'showed', 'Vale was ahead']]);
  });
});

describe('a document put out by a light verb stays a document', () => {
  it('not: "published a report on the harbour budget"', () => {
    expect(analyse('The council published a report on the harbour budget.').attributions).toEqual([]);
  });
});

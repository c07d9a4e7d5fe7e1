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

import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse } from '../helpers.js';

// Sourceless relations (issue 10, round 28, less28). Every sentence is written for these tests;
// names, places and bodies are invented.

const rows = (a: ArticleAnalysis) => a.attributions.map((x) => [x.sourceSpan ? x.sourceSpan.text : null, x.cueSpan?.text ?? null, x.cueClass, x.text]);

describe('a work given its title with "titled": a naming with no source', () => {
  it('after a noun, set off after it, or as the predicate of a passive; the title quoted or capitalised', () => {
    expect(rows(analyse('The campaign released an ad titled “Harbour Lights” on Monday.'))).toEqual([[null, 'titled', 'naming', 'an ad titled “Harbour Lights”']]);
    expect(rows(analyse('A documentary titled Tram Fare opens next week.'))).toEqual([[null, 'titled', 'naming', 'A documentary titled Tram Fare']]);
    expect(rows(analyse('The pamphlet is titled “Orchard Days.”'))).toEqual([[null, 'is titled', 'naming', 'The pamphlet is titled “Orchard Days.”']]);
  });

  it('not: the active verb of titling, "entitled to", a plain name after "called" or "known as"', () => {
    expect(rows(analyse('Vale titled her memoir “Orchard Days.”'))).toEqual([['Vale', 'titled', 'naming', 'her memoir “Orchard Days.”']]);
    expect(rows(analyse('Okafor, entitled to a pension, left the harbour board.'))).toEqual([]);
    expect(rows(analyse('A documentary called Tram Fare opens next week.'))).toEqual([]);
    expect(rows(analyse('The ferry line, also known as the Blue Route, runs twice a day.'))).toEqual([]);
  });

  it('not a person given a title of rank (review26 #12), a work still is', () => {
    expect(rows(analyse('Vale was titled Earl of the Harbour in 1990.'))).toEqual([]);
    expect(rows(analyse('He was titled Earl of the Harbour.'))).toEqual([]);
    expect(rows(analyse('The pamphlet was titled Orchard Days in 1990.'))).toEqual([[null, 'was titled', 'naming', 'The pamphlet was titled Orchard Days']]);
  });
});

import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse } from '../helpers.js';

// Title-case headlines (issue 10, twenty-seventh round, head27). Every sentence is written for these tests;
// names, places and bodies are invented.

const BODY = '\n\nThe glasshouse growers of the valley met on Friday to discuss the price of heating oil.';
const rows = (a: ArticleAnalysis, line: string) =>
  a.attributions.filter((x) => x.start < line.length).map((x) => [x.cue, x.sourceSpan ? x.sourceSpan.text : null, x.text]);
const headline = (line: string) => rows(analyse(line + BODY), line);

describe('a capitalised -s noun heading a prepositional phrase after the headline verb', () => {
  it('"… Boosts Spending In Swing States To …": "States" is the object of "In", no cue', () => {
    expect(headline('Harbour Party Boosts Spending In Swing States To Avoid Mistakes Of The Last Race.')).toEqual([]);
    expect(headline('Vale Boosts Funding For Harbour Plans To Widen The Road.')).toEqual([]);
  });

  it('still a verb with no verb before the phrase: "Mayor From Harbour Town Slams Levy"', () => {
    expect(headline('Mayor From Harbour Town Slams Tram Levy.')).toEqual([['Slams', 'Mayor From Harbour Town', 'Tram Levy']]);
  });

  it('still a verb after a preposition that may open a clause: "Ruiz Quits As Harbour Board Worries About Tolls"', () => {
    expect(headline('Ruiz Quits As Harbour Board Worries About Tolls.')).toEqual([['Worries', 'Harbour Board', 'About Tolls']]);
  });
});

describe('the second verb of a headline series behind an object with a prepositional phrase', () => {
  it('"Vale Aims Jab At Ruiz, Slams Harbour Levy": "Slams" shares the subject "Vale"', () => {
    expect(headline('Vale Aims Jab At Ruiz, Slams Harbour Levy.')).toEqual([['Slams', 'Vale', 'Harbour Levy']]);
    expect(headline('Berg Meets Growers In Orchard Town, Praises Crews.')).toEqual([['Praises', 'Berg', 'Crews']]);
  });

  it('not a list of nouns with no subject before its first -s word: "Claims Of Graft In Harbour, Praises For Crews"', () => {
    expect(headline('Claims Of Graft In Harbour, Praises For Crews.').filter((r) => r[0] === 'Praises')).toEqual([]);
  });
});

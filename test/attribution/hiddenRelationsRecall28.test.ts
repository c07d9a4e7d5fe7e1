import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse } from '../helpers.js';

// Relations lost or hidden after their cue was found (issue 10, round 28, recall28).
// Every sentence is written for these tests; names, places and bodies are invented.

const rows = (a: ArticleAnalysis) => a.attributions.map((x) => [x.sourceSpan ? x.sourceSpan.text : null, x.cueSpan?.text ?? null, x.text]);

describe('a title-case headline verb the tagger reads as a name: "Vale Cuts Fares Amid Harbour Fears"', () => {
  it('an -s noun heading the object of "amid" after such a verb is no cue', () => {
    expect(rows(analyse('Vale Cuts Fares Amid Harbour Fears Over Tolls'))).toEqual([]);
  });

  it('not: the same -s word as the headline verb right after its subject', () => {
    expect(rows(analyse('Harbour Board Fears Levy Will Fall'))).toEqual([['Harbour Board', 'Fears', 'Levy Will Fall']]);
  });
});

describe('a headline series verb after a comma before a clause: "Vale Backs Ferry Plan, Says Levy Will Fall"', () => {
  it('shares the first verb’s subject; the clause after it is the content', () => {
    expect(rows(analyse('Berg Quits Harbour Board, Says Vale Must Go'))).toContainEqual(['Berg', 'Says', 'Vale Must Go']);
    expect(rows(analyse('Ruiz Opens Orchard Office, Says Fares Are Too High'))).toEqual([['Ruiz', 'Says', 'Fares Are Too High']]);
  });

  it('not: an inverted speaker after the tag ("…, Says Vale")', () => {
    expect(rows(analyse('Tram Fares Will Rise, Says Vale'))).toEqual([['Vale', 'Says', 'Tram Fares Will Rise']]);
    expect(rows(analyse('Okafor Wins Seat, Thanks Voters'))).toEqual([['Okafor', 'Thanks', 'Voters']]);
  });
});

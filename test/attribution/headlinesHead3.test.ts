import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse } from '../helpers.js';

// Headlines and title-case lines (issue 10, twenty-second round, head3). Every sentence is written
// for these tests; names, places and bodies are invented.

const BODY = '\n\nThe glasshouse growers of the valley met on Friday to discuss the price of heating oil.';
const rows = (a: ArticleAnalysis, line: string) =>
  a.attributions.filter((x) => x.start < line.length).map((x) => [x.cue, x.sourceSpan ? x.sourceSpan.text : null, x.text]);
const headline = (line: string) => rows(analyse(line + BODY), line);

describe('a colon headline whose name ends in a word the tagger reads as a verb', () => {
  it('"Orchard Watch: …" names a group: its last word is a noun after a singular noun', () => {
    expect(headline('Orchard Watch: Valley Council Kept Frost Damage Secret')).toEqual([[':', 'Orchard Watch', 'Valley Council Kept Frost Damage Secret']]);
  });

  it('not after "and": "Vale and Okafor Meet: …" is a clause, no speaker', () => {
    expect(headline('Vale and Okafor Meet: glasshouse levy talks go on')).toEqual([]);
  });
});

describe('a label and a dash before the name of a colon headline', () => {
  it('"EXCLUSIVE – Lena Okafor: …": the name after the dash speaks', () => {
    expect(headline('EXCLUSIVE – Lena Okafor: Do Not Sell the Valley Orchards')).toEqual([[':', 'Lena Okafor', 'Do Not Sell the Valley Orchards']]);
  });

  it('not a lower-case word before the dash: "Frost – Lena Okafor: …" keeps no relation', () => {
    expect(headline('Frost – Lena Okafor: Do Not Sell the Valley Orchards')).toEqual([]);
  });
});

describe('an intransitive first verb in a headline series', () => {
  it('"Berg Laughs, Dodges Grower\'s Question": the second verb shares the subject', () => {
    expect(headline("Orchard Chief Berg Laughs, Dodges Grower's Question")).toContainEqual(['Dodges', 'Orchard Chief Berg', "Grower's Question"]);
  });

  it('not a list of nouns: "Levies, Tariffs Hit Growers" has no series subject', () => {
    expect(headline('Frost Levies, Tariffs Hit Valley Growers').filter((r) => r[0] === 'Tariffs')).toEqual([]);
  });
});

describe('a reported clause with its own verb, then a second verb of the headline series', () => {
  it('"Okafor Says Orchard Levy Is Unfair, Blames Council": the clause ends at the comma; the second verb shares Okafor', () => {
    expect(headline('Okafor Says Orchard Levy Is Unfair, Blames Council')).toEqual([
      ['Says', 'Okafor', 'Orchard Levy Is Unfair'],
      ['Blames', 'Okafor', 'Council'],
    ]);
  });

  it('not a clause with a subject of its own after the comma: "…, Growers Fear Losses" stays in the content', () => {
    expect(headline('Berg Says Frost Was Early, Growers Fear Losses')).toContainEqual(['Says', 'Berg', 'Frost Was Early, Growers Fear Losses']);
  });
});

import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse } from '../helpers.js';

// Review mends of round 15c (issue 10). Every sentence is written for these tests; names and places are invented.

const rows = (a: ArticleAnalysis) => a.attributions.map((x) => [x.cue, x.sourceSpan ? x.sourceSpan.text : null, x.text]);

describe('"claim" with a prize noun that is the subject of a that-less clause', () => {
  it('keeps the claim when a finite verb follows the prize noun phrase', () => {
    expect(rows(analyse('Ruiz claimed the title was rigged by the judges.'))).toEqual([['claimed', 'Ruiz', 'the title was rigged by the judges']]);
    expect(rows(analyse('Vale claimed 40 percent of the money was wasted.'))).toEqual([['claimed', 'Vale', '40 percent of the money was wasted']]);
    expect(rows(analyse('Okafor claimed the seat belonged to her party.'))).toEqual([['claimed', 'Okafor', 'the seat belonged to her party']]);
    expect(rows(analyse('Berg claimed the majority of voters backed him.'))).toEqual([['claimed', 'Berg', 'the majority of voters backed him']]);
  });

  it('still drops a prize won or taken', () => {
    expect(rows(analyse('Ruiz claimed the title in May.'))).toEqual([]);
    expect(rows(analyse('Vale claimed 41 percent of the vote.'))).toEqual([]);
  });
});

describe('a nominal adjective tagged ADJ before an -s verb', () => {
  it('keeps the verb when "that" and a clause with its own subject follow', () => {
    expect(rows(analyse('An official states that the port closed.'))).toEqual([['states', 'An official', 'the port closed']]);
    expect(rows(analyse('The official notes that fares rose.'))).toEqual([['notes', 'The official', 'fares rose']]);
  });

  it('still reads a plural noun before a relative clause', () => {
    expect(analyse('The other states that Ruiz won were small.').attributions.map((x) => x.cue)).not.toContain('states');
  });
});

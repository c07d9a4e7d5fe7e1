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

describe('a phrasal verb after "that" is no relative clause about the noun', () => {
  it('finds the content of "fears", "worry", "hopes"', () => {
    expect(analyse('Fears that Ruiz would give in to the unions grew.').attributions[0]).toMatchObject({ cue: 'Fears', text: 'Ruiz would give in to the unions' });
    expect(analyse('The worry that the board would give up on the pier spread.').attributions[0]?.text).toMatch(/^the board would give up on the pier/);
    expect(analyse('Hopes that the council would make up for the losses faded.').attributions[0]).toMatchObject({ cue: 'Hopes', text: 'the council would make up for the losses' });
  });

  it('still reads a relative clause with a gap', () => {
    expect(analyse('The commitment that the county needs in May is missing.').attributions).toEqual([]);
    expect(analyse('The worry that Vale gave up was old.').attributions).toEqual([]);
  });
});

describe('an assault "launched" is no spoken attack', () => {
  it('gives nothing for an armed or electronic attack', () => {
    expect(analyse('Rebels launched an attack on the town at dawn.').attributions).toEqual([]);
    expect(analyse("Hackers launched an attack on the bank's servers.").attributions).toEqual([]);
  });

  it('keeps an attack levelled or made in words', () => {
    expect(rows(analyse("Vale levelled an attack on the mayor's budget."))).toEqual([['levelled an attack on', 'Vale', "the mayor's budget"]]);
  });
});

describe('"plans to" in a noun compound is no verb with a subject', () => {
  it('not a passive infinitive, an -ing noun before it or a finite verb after it', () => {
    expect(analyse('The new spending plans to be announced on Tuesday include a levy.').attributions).toEqual([]);
    const sources = analyse('The Tarnow housing plans to build on the marsh drew protests.').attributions.map((x) => x.sourceSpan?.text ?? null);
    expect(sources).not.toContain('The Tarnow housing');
  });

  it('keeps a subject that plans', () => {
    expect(rows(analyse('The city plans to close the pier in May.'))).toEqual([['plans', 'The city', 'to close the pier in May']]);
  });
});

describe('"according to" with a parenthesis in its source', () => {
  it('keeps an abbreviation in brackets whole', () => {
    expect(rows(analyse('According to the Tarnow Port Authority (TPA), the pier is unsafe.'))).toEqual([['According to', 'the Tarnow Port Authority (TPA)', 'the pier is unsafe']]);
  });

  it('still stops at a parenthesis opened before the cue', () => {
    expect(analyse('Fares rose (by 15 percent, according to the board) and riders left.').attributions[0]?.sourceSpan?.text).toBe('the board');
  });
});

import { describe, expect, it } from 'vitest';
import { attributionRows } from '../helpers.js';

// Constructions checked in issue 10's leads57 round that already read right, kept so (every sentence is written for
// these tests; names and places are invented).

describe('a share after a semicolon keeps its own report', () => {
  it('"…; 3 percent said they were unsure" → «3 percent», after a poll\'s first share too', () => {
    expect(attributionRows('Sixty percent said they backed the levy; 3 percent said they were unsure.')).toEqual([
      ['Sixty percent', 'said', 'they backed the levy'],
      ['3 percent', 'said', 'they were unsure'],
    ]);
    expect(attributionRows('Of those polled in Tarn, most backed the fare; 3 percent said they were unsure.')).toContainEqual(['3 percent', 'said', 'they were unsure']);
  });

  it('negative: a share with no cue after the semicolon reports nothing', () => {
    const rows = attributionRows('Sixty percent said they backed the levy; 3 percent were unsure.');
    expect(rows).toEqual([['Sixty percent', 'said', 'they backed the levy']]);
  });
});

describe('"charge that …" after a plural subject reports a charge', () => {
  it('"Police charge that …", "Critics also charge that …"', () => {
    expect(attributionRows('Police charge that the clerk lied.')).toEqual([['Police', 'charge', 'the clerk lied']]);
    expect(attributionRows('Critics also charge that the clerk lied.')).toEqual([['Critics', 'also charge', 'the clerk lied']]);
  });

  it('negative: a charge as a noun with no clause reports nothing', () => {
    expect(attributionRows('The charge was dropped in May.')).toEqual([]);
  });
});

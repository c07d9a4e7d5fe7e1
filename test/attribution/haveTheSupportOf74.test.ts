import { describe, expect, it } from 'vitest';
import { attributionRows } from '../helpers.js';

// "Vale has the support of the growers": a backing the subject has, given by those named after "of", as "won the
// support of" and "earned the backing of" read (leads74). Sentences invented.

describe('"have" the support, backing or endorsement of', () => {
  it('those after "of" give the backing; the subject is what they back', () => {
    expect(attributionRows('Vale has the support of the growers.')).toEqual([['the growers', 'has the support of', 'Vale']]);
    expect(attributionRows('The bill has the backing of most of the union’s members.')).toEqual([['most of the union’s members', 'has the backing of', 'The bill']]);
    expect(attributionRows('Berg has the support of 55 percent of parents.')).toEqual([['55 percent of parents', 'has the support of', 'Berg']]);
    expect(attributionRows('Vale had the endorsement of the Harbour Times.')).toEqual([['the Harbour Times', 'had the endorsement of', 'Vale']]);
  });

  it('near-miss: "have" with a noun of no stance, or with no one after it, attributes nothing', () => {
    expect(attributionRows('Vale has the look of a winner.')).toEqual([]);
    expect(attributionRows('Vale has the keys of the old pier.')).toEqual([]);
    expect(attributionRows('Vale has the support she needs.')).toEqual([]);
    // ("enjoy" tells an advantage: precisionRound12)
    expect(attributionRows('Vale has enjoyed the support of the unions.')).toEqual([]);
  });
});

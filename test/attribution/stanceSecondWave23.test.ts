import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Endorsements, backings and poll shares as their givers (issue 10, twenty-third round, second
// wave). Every sentence is written for these tests.

describe('a passive of stance inside a clause reported with no "that"', () => {
  it('the passive subject starts after the reporting verb, which keeps its own relation', () => {
    const a = analyse('Vale said the levy was backed by Berg.');
    expect(byCue(a, 'said').text).toBe('the levy was backed by Berg');
    expect(a.attributions.some((x) => x.text.startsWith('Vale said'))).toBe(false);
  });

  it('a verb closing a relative clause on the subject stays in it', () => {
    const x = byCue(analyse('The plan Vale praised was backed by Berg.'), 'was backed');
    expect(x.text).toBe('The plan Vale praised');
    expect(x.sourceSpan?.text).toBe('Berg');
  });
});

describe('a backing picked up with a particle verb', () => {
  it('"picked up an endorsement from": the giver is the source, the subject what is backed', () => {
    const x = byCue(analyse('Vale also picked up an endorsement from the dock union.'), 'picked up an endorsement from');
    expect(x.text).toBe('Vale');
    expect(x.sourceSpan?.text).toBe('the dock union');
  });

  it('"picked up" with an object of its own reports nothing', () => {
    const a = analyse('Vale picked up the ledger from the dock union.');
    expect(a.attributions).toHaveLength(0);
  });
});

describe('a share of a group gives a backing', () => {
  it('a percent sign: "backed by 33% of tenants"', () => {
    const x = byCue(analyse('The levy was backed by 33% of tenants.'), 'was backed');
    expect(x.text).toBe('The levy');
    expect(x.sourceSpan?.text).toBe('33% of tenants');
  });

  it('a number of a number after a degree adverb: "support from nearly four in 10 tenants"', () => {
    const x = byCue(analyse('Okafor won support from nearly four in 10 tenants.'), 'won support from');
    expect(x.text).toBe('Okafor');
    expect(x.sourceSpan?.text).toBe('nearly four in 10 tenants');
  });

  it('a number with no share and no group is no source', () => {
    const a = analyse('The levy was backed by 33 in June.');
    expect(a.attributions.some((x) => x.sourceSpan?.text.startsWith('33'))).toBe(false);
  });
});

describe('a backing won by a second coordinated verb', () => {
  it('goes to the first verb\'s subject: "has drawn crowds and won the backing of"', () => {
    const x = byCue(analyse('Vale has drawn crowds and won the backing of the dock union.'), 'won the backing of');
    expect(x.text).toBe('Vale');
    expect(x.sourceSpan?.text).toBe('the dock union');
  });

  it('a subject of its own after "and" stays the one backed', () => {
    const x = byCue(analyse('Vale drew crowds, and the tram union won the backing of Berg.'), 'won the backing of');
    expect(x.text).toBe('the tram union');
  });
});

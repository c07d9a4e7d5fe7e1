import { describe, expect, it } from 'vitest';
import { relationByCueSpan as rel } from '../helpers.js';

// The agent of a passive that stands after the passive's complement (issue 10, source49): a plural noun of persons
// outside the lexicons ("was described as reckless by the growers" had no source, while "was criticized by the
// growers" had one), an addressee phrase before the agent ("was described to him by a reporter"), and a reduced
// passive set off after its noun ("measures - deemed unfair by the growers - …"). Every sentence is written for
// these tests; names and places are invented.

const source = (text: string, cue: string) => rel(text, cue).sourceSpan?.text ?? null;

describe('an agent after the complement of a passive names who judges', () => {
  it('"was described as reckless by the growers" → «the growers»', () => {
    const r = rel('The plan was described as reckless by the growers.', 'was described');
    expect(r.sourceSpan?.text).toBe('the growers');
    expect(r.text).toBe('The plan was described as reckless');
  });

  it('"was seen as a mistake by orchardists" → «orchardists»', () => {
    expect(source('The levy was seen as a mistake by orchardists.', 'was seen')).toBe('orchardists');
  });

  it('not a measure or a time: "by a wide margin", "by the end of May", "by appealing to …"', () => {
    expect(source('Ruiz is expected to win by a wide margin.', 'is expected')).toBeNull();
    expect(source('The plan was described as unfair by the end of May.', 'was described')).toBeNull();
    expect(source('The plan was seen as a way to win by appealing to farmers.', 'was seen')).toBeNull();
  });
});

describe('an addressee phrase between the passive and its agent', () => {
  it('"was described to him by a Harbour Times reporter" → «a Harbour Times reporter»', () => {
    const r = rel('The plan was described to him by a Harbour Times reporter.', 'was described');
    expect(r.sourceSpan?.text).toBe('a Harbour Times reporter');
    expect(r.text).toBe('The plan was described to him');
  });

  // (fixAK, review41 M2: what the agent's describer judged follows the agent)
  it('"was described to him by a clerk as reckless": the judgement after the agent stays in the content', () => {
    const r = rel('The plan was described to him by a clerk as reckless.', 'was described');
    expect(r.sourceSpan?.text).toBe('a clerk');
    expect(r.text).toBe('The plan was described to him by a clerk as reckless');
  });

  it('no agent: "was described to reporters on Monday" and "to the board by the end of May" stay sourceless', () => {
    expect(source('The plan was described to reporters on Monday.', 'was described')).toBeNull();
    expect(source('The plan was described to the board by the end of May.', 'was described')).toBeNull();
  });
});

describe('a reduced passive set off after its noun', () => {
  it('"Some measures - deemed unfair by the growers - have failed." → «the growers»', () => {
    const r = rel('Some measures - deemed unfair by the growers - have failed.', 'deemed');
    expect(r.sourceSpan?.text).toBe('the growers');
    expect(r.text).toBe('Some measures - deemed unfair');
  });

  it('"Vale, considered a moderate by most voters, won." → «most voters»', () => {
    expect(source('Vale, considered a moderate by most voters, won.', 'considered')).toBe('most voters');
  });

  it('not a time: "Vale, considered a moderate by May, won." stays sourceless', () => {
    expect(source('Vale, considered a moderate by May, won.', 'considered')).toBeNull();
  });
});

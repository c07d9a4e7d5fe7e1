import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// Recall leads of round 41 (issue 10): reports lost next to a passive with its agent. Every sentence is written
// for these tests; names are invented.

const LEAD = 'The council met in the old hall. ';
const relationsOf = (text: string) =>
  analyse(`${LEAD}${text}`).attributions.map((a) => ({ cue: a.cue, source: a.sourceSpan?.text ?? null, content: a.contentSpans.map((s) => s.text).join(' | ') }));

describe('a tag after a clause whose passive names its agent', () => {
  it('the tag reports the whole clause, agent included', () => {
    expect(relationsOf('The plan was backed by the growers, Ruiz said.')).toEqual([{ cue: 'said', source: 'Ruiz', content: 'The plan was backed by the growers' }]);
    expect(relationsOf('Vale was criticized by the growers, Ruiz said.')).toEqual([{ cue: 'said', source: 'Ruiz', content: 'Vale was criticized by the growers' }]);
    expect(relationsOf('The levy was opposed by most dockers last year, the mayor told reporters.')).toEqual([{ cue: 'told', source: 'the mayor', content: 'The levy was opposed by most dockers last year' }]);
    expect(relationsOf('The plan was backed by the growers, said Ruiz.')).toEqual([{ cue: 'said', source: 'Ruiz', content: 'The plan was backed by the growers' }]);
  });

  it('a passive with a reason after its agent keeps its own relation beside the tag', () => {
    const rels = relationsOf('Vale was criticized by the growers for raising the toll, Ruiz said.');
    expect(rels.find((r) => r.cue === 'was criticized')).toEqual({ cue: 'was criticized', source: 'the growers', content: 'Vale | for raising the toll' });
    expect(rels.find((r) => r.cue === 'said')?.source).toBe('Ruiz');
  });

  it('without a tag the passive keeps its relation, and a later report with its own content stays apart', () => {
    expect(relationsOf('The plan was backed by the growers.')).toEqual([{ cue: 'was backed', source: 'the growers', content: 'The plan' }]);
    const rels = relationsOf('The plan was backed by the growers, and Ruiz said it would pass.');
    expect(rels.find((r) => r.cue === 'said')).toEqual({ cue: 'said', source: 'Ruiz', content: 'it would pass' });
    expect(rels.find((r) => r.cue === 'was backed')).toEqual({ cue: 'was backed', source: 'the growers', content: 'The plan' });
  });
});

describe('a passive judgement with its agent and charge, before "according to"', () => {
  it('keeps its own relation, its charge ending before the tag', () => {
    const rels = relationsOf('Vale was accused by a clerk of lying, according to Ruiz.');
    expect(rels).toEqual([
      { cue: 'was accused', source: 'a clerk', content: 'Vale | of lying' },
      { cue: 'according to', source: 'Ruiz', content: 'Vale was accused by a clerk of lying' },
    ]);
    expect(relationsOf('Berg was praised by the board for her work, according to a memo.').find((r) => r.cue === 'was praised')).toEqual({ cue: 'was praised', source: 'the board', content: 'Berg | for her work' });
  });

  it('a judgement with no charge is only reported by the tag', () => {
    expect(relationsOf('The toll was criticized by the growers, according to Ruiz.')).toEqual([{ cue: 'according to', source: 'Ruiz', content: 'The toll was criticized by the growers' }]);
  });
});

describe('a name in an absolute "with" phrase before a passive participle and its agent', () => {
  it('the agent is the source, the name what is judged', () => {
    expect(relationsOf('With Berg backed by unions, Ruiz lost.')).toEqual([{ cue: 'backed', source: 'unions', content: 'Berg' }]);
    expect(relationsOf('With Tom Berg criticized by the union, Ruiz lost.')).toEqual([{ cue: 'criticized', source: 'the union', content: 'Tom Berg' }]);
    expect(relationsOf('Without Vale backed by the growers, the levy failed.')).toEqual([{ cue: 'backed', source: 'the growers', content: 'Vale' }]);
  });

  it('a name that is a subject keeps its active verb', () => {
    expect(relationsOf('Berg backed the levy.')).toEqual([{ cue: 'backed', source: 'Berg', content: 'the levy' }]);
    expect(relationsOf('Vale criticized the plan.')).toEqual([{ cue: 'criticized', source: 'Vale', content: 'the plan' }]);
    expect(relationsOf('Ruiz said Berg backed the levy.')).toEqual([{ cue: 'said', source: 'Ruiz', content: 'Berg backed the levy' }]);
  });
});

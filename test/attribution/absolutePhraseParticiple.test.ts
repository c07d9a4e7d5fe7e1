import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// fixV (review #5): a reporting verb's past participle in an absolute phrase («With the slides projected to the wall, …»)
// reports nothing: the noun phrase after «with» is what was projected, not who projects. A forecast no one named («With
// fares projected to rise, …») stays an agentless cue. Every sentence is written for these tests; names are invented.

const LEAD = 'The council met in the old hall. ';
const relationsOf = (text: string) =>
  analyse(`${LEAD}${text}`).attributions.map((a) => ({ cue: a.cue, source: a.sourceSpan?.text ?? null, content: a.contentSpans.map((s) => s.text).join(' | ') }));

describe('a participle in an absolute phrase that forecasts nothing', () => {
  it('"With the slides projected to the wall, Vale said …": no relation of "projected", and no "With the slides" source', () => {
    expect(relationsOf('With the slides projected to the wall, Vale said the plan would work.')).toEqual([{ cue: 'said', source: 'Vale', content: 'the plan would work' }]);
    expect(relationsOf('With the film projected onto a screen, Vale said the plan would work.')).toEqual([{ cue: 'said', source: 'Vale', content: 'the plan would work' }]);
    expect(relationsOf('Ruiz spoke for an hour, with the maps of the harbour projected behind her.')).toEqual([]);
  });

  it('a forecast with an infinitive stays an agentless report with no source', () => {
    expect(relationsOf('With fares projected to rise, the board met on Monday.')).toEqual([{ cue: 'projected', source: null, content: 'fares | to rise' }]);
    expect(relationsOf('With the mayor expected to win, Ruiz said nothing.').find((r) => r.cue === 'expected')).toEqual({ cue: 'expected', source: null, content: 'the mayor | to win' });
  });

  it('a participle before a clause still reports: "With many worried that the ferry would sink, …"', () => {
    expect(relationsOf('With many worried that the ferry would sink, Vale said nothing.').some((r) => r.cue === 'worried')).toBe(true);
  });
});

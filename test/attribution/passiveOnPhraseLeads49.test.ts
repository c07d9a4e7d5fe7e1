import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// leads49: a passive that takes no complement ("was announced") followed only by a phrase with "on" that names a
// place or a medium ("on the radio") is an agentless report of its subject, as with "on Monday". Every sentence is
// written for these tests; names are invented.

const LEAD = 'The council met in the old hall. ';
const relationsOf = (text: string) =>
  analyse(`${LEAD}${text}`).attributions.map((a) => ({ cue: a.cue, source: a.sourceSpan?.text ?? null, content: a.contentSpans.map((s) => s.text).join(' | ') }));

describe('a passive with an "on" phrase after it', () => {
  it('"was announced on the radio" reports its subject with no source', () => {
    expect(relationsOf('The plan was announced on a ferry radio.')).toEqual([{ cue: 'was announced', source: null, content: 'The plan' }]);
    expect(relationsOf('The plan was announced on the radio.')).toEqual([{ cue: 'was announced', source: null, content: 'The plan' }]);
    expect(relationsOf('The closure was announced on the harbour radio, and the crews left.')).toEqual([{ cue: 'was announced', source: null, content: 'The closure' }]);
  });

  it('a day after "on" still reads as before, and a relative clause after the phrase is no bare adjunct', () => {
    expect(relationsOf('The plan was announced on Monday.')).toEqual([{ cue: 'was announced', source: null, content: 'The plan' }]);
    expect(relationsOf('The plan was announced on the radio that Vale runs.')).toEqual([]);
  });

  it('a speech tag before "on the radio" keeps its speaker', () => {
    expect(relationsOf('“The pier is safe,” Vale said on the radio.').map((r) => [r.cue, r.source])).toEqual([['said', 'Vale']]);
  });
});

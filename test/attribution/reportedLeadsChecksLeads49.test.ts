import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// leads49: two constructions reported as leads, checked to hold (guards against a later rule undoing them). Every
// sentence is written for these tests; names are invented.

const LEAD = 'The council met in the old hall. ';
const relationsOf = (text: string) =>
  analyse(`${LEAD}${text}`).attributions.map((a) => ({ cue: a.cue, source: a.sourceSpan?.text ?? null, content: a.contentSpans.map((s) => s.text).join(' | ') }));

describe('a feeling participle set off after its subject, with a clause with no "that"', () => {
  it('"Vale, worried the board would balk, phoned Ruiz": the subject holds the worry, the clause ends at the comma', () => {
    expect(relationsOf('Vale, worried the board would balk, phoned Ruiz.')).toEqual([{ cue: 'worried', source: 'Vale', content: 'the board would balk' }]);
    expect(relationsOf('The mayor, convinced the pier was unsafe, closed it.')).toEqual([{ cue: 'convinced', source: 'The mayor', content: 'the pier was unsafe' }]);
  });

  it('no clause after the participle: no relation', () => {
    expect(relationsOf('The crews, worried by the storm, stayed home.')).toEqual([]);
  });
});

describe('a relative clause set off inside a reported clause', () => {
  it('"Vale said the crews, who had waited all day, were tired": the content keeps the relative clause', () => {
    expect(relationsOf('Vale said the crews, who had waited all day, were tired.')).toEqual([{ cue: 'said', source: 'Vale', content: 'the crews, who had waited all day, were tired' }]);
    expect(relationsOf('Ruiz told Berg the ferry, which had sailed at dawn, was late.')).toEqual([{ cue: 'told Berg', source: 'Ruiz', content: 'the ferry, which had sailed at dawn, was late' }]);
  });
});

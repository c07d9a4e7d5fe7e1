import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// "In <a poll>, 40 percent of voters said …": what a poll's respondents say is the poll's finding,
// so the opener "In" is the cue and the poll the source, even when the clause has a reporting verb
// of its own. A report, memo or study opener leaves the clause its own cue and subject. Every
// sentence is written for these tests; names, papers and places are invented.

const rels = (text: string) => analyse(text).attributions.map((x) => ({ cue: x.cue, source: x.sourceSpan?.text ?? null, content: x.contentSpans.map((s) => s.text).join(' ') }));

describe('a poll opener over its respondents\' verb (cue35)', () => {
  it('the poll reports what its respondents said or backed', () => {
    expect(rels('In a Harbour Times poll released Monday, 31% of voters said they backed the levy.')).toEqual([
      { cue: 'In', source: 'a Harbour Times poll released Monday', content: '31% of voters said they backed the levy' },
    ]);
    expect(rels('In the latest orchard survey, conducted in May, 40 percent of growers approved of Vale.')).toEqual([
      { cue: 'In', source: 'the latest orchard survey', content: '40 percent of growers approved of Vale' },
    ]);
  });

  it('not for a memo or report opener: the clause keeps its own cue and subject', () => {
    expect(rels('In a memo released Tuesday, Vale said the levy had failed.')).toEqual([
      { cue: 'said', source: 'Vale', content: 'the levy had failed' },
    ]);
    expect(rels('In a report on the flood, the harbour board said the dam had failed.')).toEqual([
      { cue: 'said', source: 'the harbour board', content: 'the dam had failed' },
    ]);
  });
});

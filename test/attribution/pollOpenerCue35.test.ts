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

  it('not for a speaker of his own, nor a poll that only follows the head', () => {
    expect(rels('In a poll of his own members, Vale said the levy was popular.')).toEqual([
      { cue: 'said', source: 'Vale', content: 'the levy was popular' },
    ]);
    expect(rels('In an interview about the poll, Berg said the levy would pass.')).toEqual([
      { cue: 'said', source: 'Berg', content: 'the levy would pass' },
    ]);
  });

  it('a share of respondents after an adverb or a bare plural group is the poll\'s too', () => {
    expect(rels('In a poll, just 8 percent of growers said they would vote for Vale.')).toEqual([
      { cue: 'In', source: 'a poll', content: 'just 8 percent of growers said they would vote for Vale' },
    ]);
    expect(rels('In the orchard survey, likely voters said the tram fare was too high.')).toEqual([
      { cue: 'In', source: 'the orchard survey', content: 'likely voters said the tram fare was too high' },
    ]);
  });
});

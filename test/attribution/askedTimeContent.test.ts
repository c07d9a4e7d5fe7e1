import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// leads38: a time phrase right after an opening «Asked» says when the question was put; it is no part of the
// question (content) and its preposition no part of the cue. Sentences and names are invented.

const relationsOf = (text: string) =>
  analyse(`The ferry ran late on Sunday. ${text}`).attributions.map((a) => ({ cue: a.cue, source: a.sourceSpan?.text ?? null, content: a.contentSpans.map((s) => s.text).join(' | ') }));

describe('"Asked Tuesday about the plan, …"', () => {
  it('the question starts after the time phrase, with or without "on"', () => {
    expect(relationsOf('Asked Tuesday about the plan, Vale said it was dead.')[0]).toEqual({ cue: 'Asked', source: null, content: 'about the plan' });
    expect(relationsOf('Asked on Tuesday whether the plan was dead, Vale said yes.')[0]).toEqual({ cue: 'Asked', source: null, content: 'whether the plan was dead' });
    expect(relationsOf('Asked last week if the ferry would run, Ruiz shrugged.')[0]).toEqual({ cue: 'Asked', source: null, content: 'if the ferry would run' });
  });

  it('no time phrase: the question is unchanged; a time phrase alone is no question', () => {
    expect(relationsOf('Asked about the plan, Vale said it was dead.')[0]).toEqual({ cue: 'Asked about', source: null, content: 'the plan' });
    expect(relationsOf('Asked whether the toll would rise, Berg said no.')[0]).toEqual({ cue: 'Asked', source: null, content: 'whether the toll would rise' });
    expect(relationsOf('Asked last week, Vale said nothing.').some((r) => r.cue === 'Asked')).toBe(false);
  });
});

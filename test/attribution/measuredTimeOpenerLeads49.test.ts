import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// leads49: an amount of time that opens a clause with no comma ("Days later", "Three years ago") is no part of the
// subject after it. Every sentence is written for these tests; names are invented.

const LEAD = 'The council met in the old hall. ';
const relationsOf = (text: string) =>
  analyse(`${LEAD}${text}`).attributions.map((a) => ({ cue: a.cue, source: a.sourceSpan?.text ?? null, content: a.contentSpans.map((s) => s.text).join(' | ') }));

describe('an opening amount of time before the subject', () => {
  it('"Days later Vale said …": the source is the name, not the time phrase', () => {
    expect(relationsOf('Days later Vale said the pier was safe.')).toEqual([{ cue: 'said', source: 'Vale', content: 'the pier was safe' }]);
    expect(relationsOf('Three years ago Ruiz wrote that the ferry was late.')).toEqual([{ cue: 'wrote', source: 'Ruiz', content: 'the ferry was late' }]);
    expect(relationsOf('A few days later the board said the levy would stay.')).toEqual([{ cue: 'said', source: 'the board', content: 'the levy would stay' }]);
    expect(relationsOf('Moments later Berg told reporters the dock was closed.')).toEqual([{ cue: 'told reporters', source: 'Berg', content: 'the dock was closed' }]);
  });

  it('a plural subject or a possessive after the phrase is the whole source', () => {
    expect(relationsOf('Weeks later growers said the fares were too high.')).toEqual([{ cue: 'said', source: 'growers', content: 'the fares were too high' }]);
    expect(relationsOf("Years later Vale's aide said the memo was lost.")).toEqual([{ cue: 'said', source: "Vale's aide", content: 'the memo was lost' }]);
  });

  it('a unit of time that is the subject itself stays whole, and a comma still sets the phrase off', () => {
    expect(relationsOf('Two days of talks showed the plan would fail.')).toEqual([{ cue: 'showed', source: 'Two days of talks', content: 'the plan would fail' }]);
    expect(relationsOf('Days later, Vale said the pier was safe.')).toEqual([{ cue: 'said', source: 'Vale', content: 'the pier was safe' }]);
  });
});

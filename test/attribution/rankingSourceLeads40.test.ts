import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// leads40: a ranking is a document that speaks ("The ranking says …", source-nouns 1.7.0), as a filing or a poll
// is. Every sentence is written for these tests; names are invented.

const LEAD = 'The council met in the old hall. ';
const relationsOf = (text: string) =>
  analyse(`${LEAD}${text}`).attributions.map((a) => ({ cue: a.cue, source: a.sourceSpan?.text ?? null, content: a.contentSpans.map((s) => s.text).join(' | ') }));

describe('a ranking as a source', () => {
  it('"The ranking says …", "One ranking pegs …" report with the ranking as source', () => {
    expect(relationsOf('The ranking says the pier is the oldest.')).toEqual([{ cue: 'says', source: 'The ranking', content: 'the pier is the oldest' }]);
    expect(relationsOf('One ranking pegs the cost at two million dollars.')).toEqual([{ cue: 'pegs', source: 'One ranking', content: 'the cost at two million dollars' }]);
    expect(relationsOf('The rankings show the pier is the oldest.')).toEqual([{ cue: 'show', source: 'The rankings', content: 'the pier is the oldest' }]);
  });

  it('a ranking member stays a person, and a ranking in an object is no source', () => {
    expect(relationsOf('The ranking member on the panel said the pier was unsafe.')).toEqual([{ cue: 'said', source: 'The ranking member on the panel', content: 'the pier was unsafe' }]);
    expect(relationsOf('Vale topped the ranking, saying the pier was safe.')).toEqual([{ cue: 'saying', source: 'Vale', content: 'the pier was safe' }]);
  });
});

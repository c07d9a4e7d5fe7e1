import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// leads40: a participle of promising set off by a comma after its clause, which the tagger reads as an adjective, is
// still a cue when one adjective stands before its bare noun object (", promising impossible growth"); not when it is
// the second of two adjectives before a noun. Every sentence is written for these tests; names are invented.

const LEAD = 'The council met in the old hall. ';
const relationsOf = (text: string) =>
  analyse(`${LEAD}${text}`).attributions.map((a) => ({ cue: a.cue, source: a.sourceSpan?.text ?? null, content: a.contentSpans.map((s) => s.text).join(' | ') }));

describe('", promising" before an adjective and a bare noun', () => {
  it('reports the promise with the clause\'s subject as source', () => {
    expect(relationsOf('The firm sold the bonds to savers, promising impossible growth.')).toEqual([{ cue: 'promising', source: 'The firm', content: 'impossible growth' }]);
    expect(relationsOf('The firm sold the bonds to savers, promising steady growth in return.')).toEqual([{ cue: 'promising', source: 'The firm', content: 'steady growth in return' }]);
    expect(relationsOf('The firm sold the bonds to savers, promising growth.')).toEqual([{ cue: 'promising', source: 'The firm', content: 'growth' }]);
  });

  it('two adjectives before a noun, or an appositive, report nothing', () => {
    expect(relationsOf('Berg is a bright, promising young pilot.')).toEqual([]);
    expect(relationsOf('Berg is a bright, promising pilot.')).toEqual([]);
    expect(relationsOf('It was a long, promising season for the club.')).toEqual([]);
    expect(relationsOf('The firm hired Berg, a promising young pilot.')).toEqual([]);
  });
});

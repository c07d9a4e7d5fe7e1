import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// leads38: a quantifier alone before a cue verb at a sentence's start («Both oppose the new fare.») is its subject even
// when a plain object follows; a lone capitalised word after a quotation keeps its reading. Sentences are invented.

const relationsOf = (text: string) =>
  analyse(`The ferry ran late on Sunday. ${text}`).attributions.map((a) => ({ cue: a.cue, source: a.sourceSpan?.text ?? null, content: a.contentSpans.map((s) => s.text).join(' | ') }));

describe('a lone quantifier subject before a cue with an object', () => {
  it('"Both oppose the new fare.", "Most backed the levy."', () => {
    expect(relationsOf('Both oppose the new fare.')).toEqual([{ cue: 'oppose', source: 'Both', content: 'the new fare' }]);
    expect(relationsOf('Most backed the levy.')).toEqual([{ cue: 'backed', source: 'Most', content: 'the levy' }]);
  });

  it('a clause after the verb and a quantifier before a noun keep their readings', () => {
    expect(relationsOf('Both said the fare was high.')).toEqual([{ cue: 'said', source: 'Both', content: 'the fare was high' }]);
    expect(relationsOf('Both growers oppose the new fare.')).toEqual([{ cue: 'oppose', source: 'Both growers', content: 'the new fare' }]);
    expect(relationsOf('Vale and Ruiz both oppose the new fare.')[0]?.source).toBe('Vale and Ruiz');
  });
});

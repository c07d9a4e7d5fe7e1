import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// fixV (review #6): «The trouble is critics say …» — a short noun phrase and a copula open the clause; the subject of
// the cue follows the copula. Every sentence is written for these tests; names are invented.

const LEAD = 'The tram line closed in March. ';
const relationsOf = (text: string) =>
  analyse(`${LEAD}${text}`).attributions.map((a) => ({ cue: a.cue, source: a.sourceSpan?.text ?? null, content: a.contentSpans.map((s) => s.text).join(' | ') }));

describe('a copula in the middle of the subject phrase', () => {
  it('"The trouble is critics say …": the source is "critics"', () => {
    expect(relationsOf('The trouble is critics say the levy is unfair.')).toEqual([{ cue: 'say', source: 'critics', content: 'the levy is unfair' }]);
    expect(relationsOf('The real worry is the board believes the fare will rise.')).toEqual([{ cue: 'believes', source: 'the board', content: 'the fare will rise' }]);
  });

  it('also past the "that" after the copula: "The problem was that voters thought …"', () => {
    expect(relationsOf('The problem was that voters thought the plan was too costly.')).toEqual([{ cue: 'thought', source: 'voters', content: 'the plan was too costly' }]);
  });

  it('a copula inside the content or before a comma tag leaves the source as it was', () => {
    expect(relationsOf('Ruiz said the trouble is critics.')).toEqual([{ cue: 'said', source: 'Ruiz', content: 'the trouble is critics' }]);
    expect(relationsOf('The mayor is Vale, aides said.')).toEqual([{ cue: 'said', source: 'aides', content: 'The mayor is Vale' }]);
    // (a name before the copula is no opening phrase of this kind: Berg is the one who is sure)
    expect(relationsOf('Berg is sure voters think the fare is fair.')[0]).toEqual({ cue: 'is sure', source: 'Berg', content: 'voters think the fare is fair' });
  });
});

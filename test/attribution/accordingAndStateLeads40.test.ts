import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// leads40: "according to the book" is conformity only as the whole phrase ("by the book"), not the first of two
// sources; and a state word set off after a subject's appositive ("The mayor, Tom Vale, worried that …") with no
// verb before it is the sentence's own verb. Every sentence is written for these tests; names are invented.

const LEAD = 'The council met in the old hall. ';
const relationsOf = (text: string) =>
  analyse(`${LEAD}${text}`).attributions.map((a) => ({ cue: a.cue, source: a.sourceSpan?.text ?? null, content: a.contentSpans.map((s) => s.text).join(' | ') }));

describe('"according to the book" only as the idiom', () => {
  it('two sources joined by "and" are a source', () => {
    expect(relationsOf('According to the book and the film, the pier was built in 1900.')).toEqual([{ cue: 'According to', source: 'the book and the film', content: 'the pier was built in 1900' }]);
    expect(relationsOf('According to the plan and the budget, the pier will close in May.')).toEqual([{ cue: 'According to', source: 'the plan and the budget', content: 'the pier will close in May' }]);
  });

  it('the whole phrase stays conformity, and "according to plan" too', () => {
    expect(relationsOf('The pier was built according to the book.')).toEqual([]);
    expect(relationsOf('Everything went according to the plan.')).toEqual([]);
    expect(relationsOf('The vote went according to plan.')).toEqual([]);
  });
});

describe('a state word after a subject\'s appositive is the verb', () => {
  it('"The mayor, Tom Vale, worried that …" reports with the name as source', () => {
    expect(relationsOf('The mayor, Tom Vale, worried that the pier would fall.')).toEqual([{ cue: 'worried', source: 'Tom Vale', content: 'the pier would fall' }]);
    expect(relationsOf('Vale, a pilot, worried that the pier would fall.')).toEqual([{ cue: 'worried', source: 'Vale', content: 'the pier would fall' }]);
    expect(relationsOf('The harbour master, Ana Ruiz, confident that the pier would hold.')).toEqual([{ cue: 'confident', source: 'Ana Ruiz', content: 'the pier would hold' }]);
  });

  it('an opening phrase with no subject before the state word gives it none', () => {
    expect(relationsOf('In March, worried that the pier would fall, Vale called the board.').filter((r) => r.cue === 'worried' && r.source === 'March')).toEqual([]);
    expect(relationsOf('In March, worried that the pier would fall.')).toEqual([]);
  });
});

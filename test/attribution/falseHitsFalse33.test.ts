import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// false33 (issue 10, precision): constructions the gold (almost) never marks. Every sentence is written
// for these tests; names and places are invented.

const cues = (text: string) => analyse(text).attributions.map((r) => r.cue);

describe('"called" as a telephone call', () => {
  it('a person rung, then a time adjunct, an adverb of time, a coordinator or a comma: no naming', () => {
    expect(cues('Ruiz called both councillors Tuesday night and asked for their votes.')).toEqual(['asked for']);
    expect(cues('Okafor, who called Berg shortly after the vote, said the levy was fair.')).toEqual(['said']);
    expect(cues('Dara called three councillors, asking each for an answer.')).toEqual(['asking']);
    expect(cues('Vale called him again on Monday.')).toEqual([]);
  });

  it('still: a name or a description given to the person', () => {
    expect(cues('Vale called Berg a liar.')).toEqual(['called']);
    expect(cues('Vale called the councillors cowards.')).toEqual(['called']);
    expect(cues('Ruiz called the councillors "reckless" on Tuesday.')).toEqual(['called']);
    expect(cues('Berg called Ruiz, his rival, a fraud.')).toEqual(['called']);
    expect(cues('Dara called farmers from the valley "the harbour\'s backbone".')).toEqual(['called']);
  });
});

describe('"looked like" a thing or a person', () => {
  it('a past resemblance with a noun phrase: no impression', () => {
    expect(cues('The harbour looked like a building site.')).toEqual([]);
    expect(cues('Vale looked like the winner that night.')).toEqual([]);
  });

  it('still: a clause after it, or the present judgement', () => {
    expect(cues('It looked like the levy would pass.')).toEqual(['looked']);
    expect(cues('The growers looked like they had won.')).toEqual(['looked']);
    expect(cues('The pier looks like a ruin.')).toEqual(['looks']);
  });
});

import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// fixX (review32): mends of the second review's findings. Every sentence is written for these tests; names are invented.

const LEAD = 'The council met in the old hall. ';
const relationsOf = (text: string) =>
  analyse(`${LEAD}${text}`).attributions.map((a) => ({ cue: a.cue, source: a.sourceSpan?.text ?? null, content: a.contentSpans.map((s) => s.text).join(' | ') }));

describe('M1: a participle in a «with» phrase that names its agent is a report', () => {
  it('«with the levy opposed by most growers»: source the agent', () => {
    expect(relationsOf('The board gave up, with the levy opposed by most growers.')).toEqual([{ cue: 'opposed', source: 'most growers', content: 'the levy' }]);
    expect(relationsOf('Ruiz spoke, with the levy strongly opposed by growers.').find((r) => r.cue.includes('opposed'))?.source).toBe('growers');
    expect(relationsOf('Vale spoke, with the plan praised by Berg as bold.').find((r) => r.cue === 'praised')?.source).toBe('Berg');
  });

  it('no agent, no report: «with the slides projected to the wall», «with the plan described as bold»', () => {
    expect(relationsOf('Ruiz spoke for an hour, with the maps of the harbour projected behind her.')).toEqual([]);
    expect(relationsOf('With the film projected onto a screen, Vale said the plan would work.')).toEqual([{ cue: 'said', source: 'Vale', content: 'the plan would work' }]);
  });
});

describe('M1b: «With the mayor quoted as saying …»', () => {
  it('the source of «saying» is the noun phrase, without «quoted as»', () => {
    const rels = relationsOf('With the mayor quoted as saying the plan was dead, Ruiz resigned.');
    expect(rels).toEqual([{ cue: 'saying', source: 'the mayor', content: 'the plan was dead' }]);
    expect(relationsOf('With Berg cited as saying the tram was late, the board met.').find((r) => r.cue === 'saying')?.source).toBe('Berg');
  });

  it('an ordinary participle subject is untouched', () => {
    expect(relationsOf('With Vale saying the plan was dead, Ruiz resigned.')).toEqual([{ cue: 'saying', source: 'Vale', content: 'the plan was dead' }]);
  });
});

describe('M2: «on» before a medium or stage is no topic of a question', () => {
  const cueOf = (text: string) => relationsOf(text).map((r) => r.cue);
  it('«was asked on the radio», «pressed on television», «asked on camera»: the cue stops at the verb', () => {
    expect(cueOf('Vale was asked on the radio whether she would run.')).toEqual(['was asked']);
    expect(cueOf('Ruiz was pressed on television whether she would run.')).toEqual(['was pressed']);
    expect(cueOf('Vale was asked on camera about the toll.')).toEqual(['was asked']);
    expect(cueOf('Berg was asked on her weekly show whether the ferry was safe.')).toEqual(['was asked']);
  });

  it('a topic after «on» still joins the cue', () => {
    expect(cueOf('Ruiz was pressed on the toll.')).toEqual(['was pressed on']);
    expect(cueOf('Vale was asked on the levy whether she would run.')).toEqual(['was asked on']);
  });
});

describe('M2: a surface one is pressed on stays no question', () => {
  it('«pressed on the harbour wall» gives no relation', () => {
    expect(relationsOf('Berg was pressed on the harbour wall as the crowd surged.')).toEqual([]);
  });
});

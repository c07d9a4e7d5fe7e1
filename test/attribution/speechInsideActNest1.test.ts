import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// A plain report of speech nested in the content of a relation that reports an act, a view or a
// question (issue 10, twenty-third round): the saying is reported too, beside the holder. Every
// sentence is written for these tests; names and places are invented.

const cues = (text: string) => analyse(text).attributions.map((x) => x.cue);
const withCue = (text: string, cue: string) => analyse(text).attributions.find((x) => x.cue === cue);

describe('a saying inside an act, a view or a question', () => {
  it('a view that holds a saying: both are reported', () => {
    const text = 'Dara remembers that Vale said the orchard was safe.';
    expect(withCue(text, 'remembers')).toMatchObject({ text: 'Vale said the orchard was safe', speaker: 'Dara' });
    expect(withCue(text, 'said')).toMatchObject({ text: 'the orchard was safe', speaker: 'Vale' });
  });

  it('a question that holds a saying: both are reported', () => {
    const text = 'Ruiz was asked about the levy at a forum where he said it was fair.';
    expect(cues(text)).toEqual(['was asked about', 'said']);
    expect(withCue(text, 'said')?.text).toBe('it was fair');
  });
});

describe('where the nested saying stays part of the holder', () => {
  it('a report of speech holds the saying: one relation ("Vale said Ruiz told …")', () => {
    expect(cues('Vale said Ruiz told the council that the port will close.')).toEqual(['said']);
  });

  it('a negated, modal or infinitive saying is no report', () => {
    expect(cues('Dara remembers that Vale never said the orchard was safe.')).toEqual(['remembers']);
    expect(cues('Berg wants to know whether Vale could say the levy was fair.')).toEqual(['wants']);
  });

  it('a saying whose object is a moved "what" is no report of its own', () => {
    expect(cues('Berg hopes voters will see what Vale said about the levy.')).toEqual(['hopes']);
  });

  it('the respondents of a finding are the finding itself', () => {
    expect(cues('A poll found that 40 percent of voters said the levy was fair.')).toEqual(['found']);
  });
});

import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, sourcelessByCue } from '../helpers.js';

// Sourceless relations (issue 10, sourceless34). Every sentence is written for these tests; names and
// places are invented.

const cues = (text: string) => analyse(text).attributions.map((x) => x.cue);

describe('"X is shown V-ing": a depicted act that no one named shows', () => {
  it('the passive of "show" before an -ing verb is a sourceless relation over its clause', () => {
    expect(sourcelessByCue('Vale is shown waving to the crowd at the harbour.', 'is shown').text).toBe('Vale is shown waving to the crowd at the harbour');
    expect(sourcelessByCue('In the footage, the dockers were shown hauling nets.', 'were shown').text).toBe('the dockers were shown hauling nets');
  });

  it('also over a short setting in which the act is shown', () => {
    expect(sourcelessByCue('Ruiz is shown in a photograph holding the levy notice.', 'is shown').text).toBe('Ruiz is shown in a photograph holding the levy notice');
  });

  it('not a thing shown somewhere, a thing shown to someone, nor an -ing preposition', () => {
    expect(cues('The film was shown at the orchard festival.')).toEqual([]);
    expect(cues('The film was shown in the old hall during the spring.')).toEqual([]);
    expect(cues('Berg was shown the door.')).toEqual([]);
    expect(cues('The slides were shown following the vote.')).toEqual([]);
  });

  it('(fixT, review29 #9) not an -ing preposition after a setting', () => {
    expect(cues('The film was shown in the old hall following the vote.')).toEqual([]);
  });
});

describe('a judgement passed by no one named, over a time phrase to its adjunct', () => {
  it('"was booed Monday during …", "was mocked last week over …": sourceless relations', () => {
    expect(sourcelessByCue('Vale was booed Monday during a breakfast at the harbour.', 'was booed').text).toBe('Vale was booed Monday during a breakfast at the harbour');
    expect(sourcelessByCue('Vale was mocked last week over the levy.', 'was mocked').text).toBe('Vale was mocked last week over the levy');
  });

  it('an agent after the time phrase is still the source; a time clause after it is no adjunct of the judgement', () => {
    const a = analyse('Vale was mocked last week by Ruiz over the levy.');
    expect(a.attributions.map((x) => x.sourceSpan?.text)).toEqual(['Ruiz']);
    expect(cues('Vale was booed Monday upon arriving at the hall.')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, sourcelessByCue } from '../helpers.js';

// Noun cues that are the object of a verb (issue 10, twenty-second round). Every sentence is written for these tests.

/** The attribution whose cue contains `word`; throws, listing the cues, when there is none. */
function cueWith(text: string, word: string) {
  const a = analyse(text);
  const x = a.attributions.find((y) => y.cue.split(' ').includes(word));
  if (!x) throw new Error(`no cue with ${JSON.stringify(word)} in ${JSON.stringify(a.attributions.map((y) => y.cue))}`);
  return x;
}

describe('a question or a doubt that is the object of answering or sowing', () => {
  it('the one who answers the question speaks to its topic', () => {
    const x = cueWith('The conductor Vale answered a question about the orchestra budget.', 'question');
    expect(x.sourceSpan?.text).toBe('The conductor Vale');
    expect(x.text).toBe('the orchestra budget');
    expect(cueWith('Okafor answered questions on the choir tour for an hour.', 'questions').sourceSpan?.text).toBe('Okafor');
  });

  it('through an infinitive, the subject of the main verb', () => {
    expect(cueWith('Berg struggled to answer a question on the school timetable.', 'question').sourceSpan?.text).toBe('Berg');
  });

  it('a person who sows doubts holds them; a thing that sows them is only their occasion', () => {
    expect(cueWith('Tarnow sowed doubts about the new timetable.', 'doubts').sourceSpan?.text).toBe('Tarnow');
    const x = sourcelessByCue('The leaked memo sowed doubts about the timetable.', 'doubts about');
    expect(x.text).toBe('the timetable');
  });

  it('a call answered is another\'s: no source', () => {
    sourcelessByCue('The choir answered the call for volunteers.', 'the call for');
  });

  it('one who faces questions is asked them: still no source', () => {
    const x = sourcelessByCue('Ruiz continues to face questions about the choir funds.', 'questions about');
    expect(x.text).toBe('the choir funds');
  });
});

import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue, sourcelessByCue } from '../helpers.js';

// A question put by no one named, in a participle clause that does not open the sentence (issue 10,
// sourceless33): "when asked …" set off after the subject, and ", asked about …" right after a
// speech tag. Every sentence is written for these tests.

describe('"X, when asked …, V": the question set off after the subject keeps its relation', () => {
  it('not a condition: "if asked" puts no question (review28 #8)', () => {
    const a = analyse('Ruiz, if asked about the levy, will say it is fair.');
    expect(a.attributions.map((x) => x.cue)).toEqual(['will say']);
    expect(byCue(a, 'will say').sourceSpan?.text).toBe('Ruiz');
    // near: "when asked" keeps its question
    expect(sourcelessByCue('Ruiz, when asked about the levy, replied that it was fair.', 'asked about').text).toBe('the levy');
  });

  it('a "when asked" clause between the subject and its verb is a sourceless question', () => {
    const text = 'Ruiz, when asked specifically what about the levy was wrong, replied that the numbers did not add up.';
    const asked = sourcelessByCue(text, 'asked specifically');
    expect(asked.text).toBe('what about the levy was wrong');
    expect(byCue(analyse(text), 'replied').sourceSpan?.text).toBe('Ruiz');
  });

  it('also before a main verb that reports nothing', () => {
    expect(sourcelessByCue('Berg, when asked about her own errors, often changes the subject.', 'asked about').text).toBe('her own errors');
  });

  it('a relative clause on the subject still describes the speaker (no question of its own)', () => {
    const a = analyse('Vale, who was asked about the levy, said it was fair.');
    expect(a.attributions.map((x) => x.cue)).toEqual(['said']);
  });
});

describe('", asked about …" right after a speech tag: the tagged words answer a question put by no one named', () => {
  it('after the tag\'s verb', () => {
    const text = '“It has been seven years,” Vale said, asked about the delay in an interview.';
    expect(sourcelessByCue(text, 'asked about').text).toBe('the delay in an interview');
    expect(byCue(analyse(text), 'said').sourceSpan?.text).toBe('Vale');
  });

  it('after a speaker named behind the tag\'s verb', () => {
    const text = '“Forget it,” said the retired grower Dara Berg, asked about her claims that the orchard had flooded.';
    expect(sourcelessByCue(text, 'asked about').text).toBe('her claims that the orchard had flooded');
  });

  it('with an embedded question', () => {
    expect(sourcelessByCue('“Never,” Okafor said, asked whether the harbour levy would pass.', 'asked').text).toBe('whether the harbour levy would pass');
  });

  it('not after a verb that reports nothing: the subject asked', () => {
    const a = analyse('The mayor paused, asked whether the levy would pass, and left.');
    expect(a.attributions.filter((x) => x.cue.startsWith('asked') && x.sourceSpan === null)).toEqual([]);
  });

  it('not with a person asked after it: the speaker asks again', () => {
    const a = analyse('“Why now?” Dara said, asked Okafor whether the tram fare would rise, and waited.');
    expect(a.attributions.filter((x) => x.cue.startsWith('asked') && x.sourceSpan === null)).toEqual([]);
  });
});

describe('"was pressed on/about …" with no agent: a question put to a person by no one named', () => {
  it('"were pressed about" the matter', () => {
    const x = sourcelessByCue('The harbour meeting turned tense once Okafor and Berg were pressed about the fees each had charged the growers.', 'were pressed about');
    expect(x.text).toContain('about the fees each had charged');
  });

  it('"was pressed on why …"', () => {
    expect(sourcelessByCue('Okafor was pressed on why the tram fare had doubled.', 'was pressed on').text).toContain('why the tram fare had doubled');
  });

  it('not a thing pressed somewhere', () => {
    const a = analyse('The olives were pressed on a stone floor behind the orchard.');
    expect(a.attributions).toEqual([]);
  });

  it('not with a "by" agent in the clause (review28 #3): the asker is named, or it is pushing', () => {
    expect(analyse('Vale was pressed on the levy by Ruiz.').attributions.some((x) => x.cue.startsWith('was pressed'))).toBe(false);
    expect(analyse('Vale was pressed on the railing by the crowd.').attributions).toEqual([]);
    // near: no agent, the question stays; a comma ends the search for one
    expect(sourcelessByCue('Vale was pressed on the levy.', 'was pressed on').text).toContain('on the levy');
    expect(sourcelessByCue('Okafor was pressed on why the ferry was late, by all accounts.', 'was pressed on').text).toContain('why the ferry was late');
  });

  it('not pressed bodily on a surface or a part of the body, with no agent either (fixS)', () => {
    expect(analyse('Vale was pressed on the railing.').attributions).toEqual([]);
    expect(analyse('Ruiz was pressed on the harbour wall as the crowd surged.').attributions).toEqual([]);
    expect(analyse('Berg was pressed on his chest.').attributions).toEqual([]);
    // near: a matter whose noun only modifies its head, and a matter of the same shape, stay questions
    expect(sourcelessByCue('Vale was pressed on the wall tax.', 'was pressed on').text).toContain('on the wall tax');
    expect(sourcelessByCue('Dara was pressed on the orchard levy.', 'was pressed on').text).toContain('on the orchard levy');
    // (fixU, review30 #2: a seat, a table or a bench is mostly a political matter one is questioned about)
    expect(sourcelessByCue('Berg was pressed on the seat she gave up in March.', 'was pressed on').text).toContain('on the seat she gave up');
    expect(sourcelessByCue('Okafor was pressed on the council seat.', 'was pressed on').text).toContain('on the council seat');
    expect(sourcelessByCue('Vale was pressed on the table of harbour fees.', 'was pressed on').text).toContain('on the table of harbour fees');
  });
});

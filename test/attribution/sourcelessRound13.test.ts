import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue, sourcelessByCue } from '../helpers.js';

// Cues with no holder (issue 10, thirteenth round). Every sentence is written for these tests.

describe('"raise questions/concerns" with a subject that cannot hold them', () => {
  it('a thing or a document gives rise to the questions: no source', () => {
    const x = sourcelessByCue('The flood raises concerns that the levee at Marlow is too low.', 'raises concerns');
    expect(x.text).toBe('the levee at Marlow is too low');
    const y = sourcelessByCue('The leaked memos raise questions about whether Ruiz knew.', 'raise questions about');
    expect(y.text).toBe('whether Ruiz knew');
  });

  it('a person or a body raising them asks them: the subject stays the source', () => {
    const a = byCue(analyse('Vale raised questions about the harbour budget.'), 'raised questions about');
    expect(a.sourceSpan?.text).toBe('Vale');
    const b = byCue(analyse('The Marlow council raised concerns that the dam could fail.'), 'raised concerns');
    expect(b.sourceSpan?.text).toBe('The Marlow council');
    expect(b.text).toBe('the dam could fail');
  });
});

describe('talk held by no one named after existential "there"', () => {
  it('"chatter" and "rumblings" report what is talked about', () => {
    expect(sourcelessByCue('There have been rumblings about the Marlow budget for months.', 'There have been rumblings about').text).toBe('the Marlow budget for months');
    expect(sourcelessByCue('On the quay there is chatter about which ferry the council will sell.', 'there is chatter about').text).toBe('which ferry the council will sell');
  });

  it('"there is recognition that" reports a shared view; elsewhere "recognition" is no cue', () => {
    expect(sourcelessByCue('There is widespread recognition that the Marlow port must change.', 'There is widespread recognition').text).toBe('the Marlow port must change');
    const cues = analyse('Okafor lacks the name recognition that Vale enjoys in Marlow.').attributions.map((x) => x.cue);
    expect(cues.some((c) => c.includes('recognition'))).toBe(false);
  });

  it('chatter with nothing after it attributes nothing', () => {
    expect(analyse('The firehouse chatter was loud in Marlow.').attributions).toEqual([]);
  });
});

describe('a cue verb in an infinitive that no one controls', () => {
  it('"how to" after a noun\'s preposition has no source', () => {
    const x = sourcelessByCue('After a short session on how to remind voters where to go, Ruiz left Marlow.', 'to remind');
    expect(x.text.startsWith('voters where to go')).toBe(true);
  });

  it('a reason handed over by the subject is held by no one named', () => {
    expect(sourcelessByCue('The floods provided good reasons to worry about the Marlow dam.', 'to worry about').text).toBe('the Marlow dam');
    expect(sourcelessByCue('Tarnow has supplied plenty of reasons to question his toll figures.', 'to question').text).toBe('his toll figures');
  });

  it('the subject who holds the reason, or who works out how, stays the source', () => {
    expect(byCue(analyse('Okafor has no reason to doubt the Marlow figures.'), 'to doubt').sourceSpan?.text).toBe('Okafor');
    const a = analyse('Her aides are grappling with how to convince voters in Marlow.');
    expect(a.attributions.some((x) => x.sourceSpan === null && x.cue === 'to convince')).toBe(false);
  });
});

describe('"as expected" closing a clause before a commenting participle', () => {
  it('the clause before it is what was expected, by no one named', () => {
    const x = sourcelessByCue('Fewer people signed up in Marlow as expected, meaning the port saves money.', 'as expected');
    expect(x.text).toBe('Fewer people signed up in Marlow');
  });

  it('set off by commas inside the clause it is no cue', () => {
    expect(analyse('The mayor, as expected, resigned on Friday.').attributions.map((x) => x.cue)).not.toContain('as expected');
  });
});

describe('a raising cue whose subject stands before an aside set off by commas', () => {
  it('the subject and its aside open what is expected or considered', () => {
    expect(sourcelessByCue('Other candidates, such as Berg, are not considered likely to win.', 'are not considered').text).toBe('Other candidates, such as Berg, are not considered likely to win');
    expect(sourcelessByCue('Okafor, who denies any wrongdoing, is expected to resign.', 'is expected').text).toBe('Okafor, who denies any wrongdoing, is expected to resign');
    expect(sourcelessByCue('He, too, is thought to be leaving Marlow.', 'is thought').text).toBe('He, too, is thought to be leaving Marlow');
    expect(sourcelessByCue('The Marlow ferry, a relic of the old port, is widely seen as doomed.', 'is widely seen').text).toBe('The Marlow ferry, a relic of the old port, is widely seen as doomed');
  });

  it('a fronted phrase before the subject and an adverb cue keep their extent', () => {
    expect(sourcelessByCue('After the vote, the Marlow council is expected to meet.', 'is expected').text).toBe('the Marlow council is expected to meet');
    expect(sourcelessByCue('For a moment, Vale paused, seemingly stunned by the question.', 'seemingly').text.startsWith('For a moment')).toBe(false);
  });
});

describe('an attitude noun that is the object of a verb stirring it', () => {
  it('"raised fears that" is the noun, not a verb whose subject ends in "raised"', () => {
    const x = sourcelessByCue('The storms raised fears that the Marlow levee would fail.', 'fears');
    expect(x.text).toBe('the Marlow levee would fail');
    const y = sourcelessByCue('The delays fueled new worries that the port would close.', 'new worries');
    expect(y.text).toBe('the port would close');
  });

  it('a person who stirs them keeps being their source, and the verb "fears" keeps its subject', () => {
    expect(byCue(analyse('Okafor raised fears that the Marlow levee would fail.'), 'raised fears').sourceSpan?.text).toBe('Okafor');
    expect(byCue(analyse('Vale fears that the Marlow levee will fail.'), 'fears').sourceSpan?.text).toBe('Vale');
  });
});

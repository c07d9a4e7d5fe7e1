import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue, sourcelessByCue } from '../helpers.js';

// Cues with no holder (issue 10, twelfth round). Every sentence is written for these tests.

describe('"debate": a matter argued over', () => {
  it('the passive has no source and its subject is what is debated', () => {
    const x = sourcelessByCue('The causes of the flood in Marlow are hotly debated.', 'are hotly debated');
    expect(x.text).toBe('The causes of the flood in Marlow');
    expect(x.cueClass).toBe('speech');
    expect(sourcelessByCue('The new harbour toll was debated for years.', 'was debated').text).toContain('The new harbour toll');
  });

  it('the active reports what is argued over, with its holder', () => {
    const a = analyse('The Vale council debated whether to close the pier.');
    const x = byCue(a, 'debated');
    expect(x.sourceSpan?.text).toBe('The Vale council');
    expect(x.text).toBe('whether to close the pier');
    const b = byCue(analyse('Ruiz and Berg debated the harbour budget.'), 'debated');
    expect(b.text).toBe('the harbour budget');
  });

  it('a contest with a person or at a time reports nothing, nor does the plural noun', () => {
    const cues = (t: string) => analyse(t).attributions.map((x) => x.cue);
    expect(cues('Okafor debated Ruiz on Friday.')).not.toContain('debated');
    expect(cues('The two candidates will debate in Marlow on Friday.')).not.toContain('will debate');
    expect(cues('The mayoral debates drew large crowds in Marlow.')).toEqual([]);
  });
});

describe('a raising cue in a restrictive relative clause with nothing after it', () => {
  it('is about the noun phrase the clause hangs on, not the modal before the cue', () => {
    const x = sourcelessByCue('These were the sorts of toll schemes that would be hotly debated.', 'would be hotly debated');
    expect(x.text).toBe('the sorts of toll schemes');
    const y = sourcelessByCue('These are the toll plans that were widely mocked.', 'were widely mocked');
    expect(y.text).toBe('the toll plans');
  });

  it('keeps what follows the cue when something does', () => {
    const x = sourcelessByCue('Vale met a man who is said to be the leader of the group.', 'is said');
    expect(x.text).toBe('a man who is said to be the leader of the group');
    const y = sourcelessByCue('It is a levy that is not expected to last.', 'is not expected');
    expect(y.text).toBe('a levy that is not expected to last');
  });
});

describe('a reporting noun that is its sentence\'s subject', () => {
  it('its "that" clause ends before the main verb', () => {
    expect(sourcelessByCue('Speculation that Ruiz will run for mayor has grown in recent weeks.', 'Speculation').text).toBe('Ruiz will run for mayor');
    expect(sourcelessByCue('Fears that the dam could fail have grown.', 'Fears').text).toBe('the dam could fail');
    expect(sourcelessByCue('The speculation that the ferry will soon close has unsettled Marlow.', 'The speculation').text).toBe('the ferry will soon close');
  });

  it('a verb of a relative clause inside it is no main verb', () => {
    expect(sourcelessByCue('Reports that the man who rowed will win are false.', 'Reports').text).toBe('the man who rowed will win');
  });

  it('with no main verb after it the clause runs on', () => {
    expect(sourcelessByCue('There is speculation that Ruiz will run for mayor next year.', 'There is speculation').text).toBe('Ruiz will run for mayor next year');
  });
});

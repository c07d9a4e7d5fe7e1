import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue, sourcelessByCue } from '../helpers.js';

// Cues with no holder (issue 10, fourteenth round). Every sentence is written for these tests.

describe('a gerund that opens the sentence as its subject', () => {
  it('has no source: the phrase after it is its object', () => {
    const x = sourcelessByCue('Denouncing bankers as thieves has become common in Marlow.', 'Denouncing');
    expect(x.text).toBe('bankers as thieves');
    expect(sourcelessByCue('Criticizing Vale as weak was a mistake.', 'Criticizing').text).toBe('Vale as weak');
    expect(sourcelessByCue('Blaming the Marlow council for the flood is easy.', 'Blaming').text).toBe('the Marlow council for the flood');
  });

  it('a reported clause ends before the main verb', () => {
    expect(sourcelessByCue('Saying the dam is safe does not make it safe.', 'Saying').text).toBe('the dam is safe');
  });

  it('a headline fragment with no main verb keeps its whole phrase', () => {
    expect(sourcelessByCue('Asserting the council\'s role as a planner.', 'Asserting').text).toBe('the council\'s role as a planner');
  });

  it('an opening participle before a comma still takes the main clause\'s subject', () => {
    const a = byCue(analyse('Calling the levy a theft, Okafor left the hall.'), 'Calling');
    expect(a.sourceSpan?.text).toBe('Okafor');
  });

  it('"is like" + gerund: the tagger\'s noun "like" is no source', () => {
    const a = analyse('Voting for Vale is like buying a boat and expecting to reform the harbour.');
    expect(a.attributions.some((x) => x.sourceSpan?.text === 'like')).toBe(false);
  });
});

describe('impersonal "it seems that" / "it appears that"', () => {
  it('the clause after "that" is what seems; "it" goes with the cue', () => {
    const x = sourcelessByCue('It seems that the Marlow ferry will close in May.', 'It seems');
    expect(x.text).toBe('the Marlow ferry will close in May');
    expect(sourcelessByCue('It now appears that Vale has won.', 'It now appears').text).toBe('Vale has won');
  });

  it('"that" as a determiner opens no clause', () => {
    const a = analyse('It seems that way to Okafor.');
    expect(a.attributions.some((x) => x.text === 'way to Okafor')).toBe(false);
  });
});

describe('"Assuming …," opening a sentence', () => {
  it('lays down a condition held by no one named; the content ends at the comma', () => {
    expect(sourcelessByCue('Assuming that Vale wins the vote, the Marlow port might close.', 'Assuming').text).toBe('Vale wins the vote');
    expect(sourcelessByCue('Assuming the dam holds, Ruiz will reopen the road.', 'Assuming').text).toBe('the dam holds');
  });

  it('a subject who is assuming keeps the source', () => {
    expect(byCue(analyse('Ruiz is assuming the dam holds.'), 'is assuming').sourceSpan?.text).toBe('Ruiz');
  });
});

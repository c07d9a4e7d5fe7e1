import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Cue overlap, fourteenth attribution round (issue 10): the reporting act is the cue, not a word
// around it that says nothing of what was said. Every sentence is written for these tests; names
// and places are invented.

describe('"went on to" + a reporting verb: that verb is in the cue', () => {
  it('the cue runs to the verb (and its particle) and takes its class; the content follows it', () => {
    const a = analyse('Vale went on to attack the mayor over the toll.');
    expect(byCue(a, 'went on to attack')).toMatchObject({ text: 'the mayor over the toll', speaker: 'Vale', cueClass: 'evaluation' });
    expect(byCue(analyse('Berg went on to point out that the pier is closed.'), 'went on to point out')).toMatchObject({ text: 'the pier is closed', speaker: 'Berg' });
    expect(byCue(analyse('Okafor has gone on to argue that the levy is fair.'), 'has gone on to argue').text).toBe('the levy is fair');
    expect(byCue(analyse('Ruiz went on to say, “We will not pay.”'), 'went on to say')).toMatchObject({ text: 'We will not pay.', mode: 'direct' });
    expect(byCue(analyse('The letter goes on to sharply fault the council.'), 'goes on to sharply fault').text).toBe('the council');
  });

  it('still: "went on" alone, with a medium between, or with no reporting verb after "to"', () => {
    expect(byCue(analyse('“We will rebuild,” Okafor went on.'), 'went on').text).toBe('We will rebuild,');
    expect(byCue(analyse('Vale went on Harbour Radio to defend the toll.'), 'to defend').text).toBe('the toll');
    expect(analyse('Berg went on to win the harbour seat.').attributions).toEqual([]);
  });
});

describe('a "that" right after the cue, then a preposition and no verb, is a pronoun object', () => {
  it('the content starts with "that"', () => {
    expect(byCue(analyse('Officials cannot attribute that to the board.'), 'cannot attribute').text).toBe('that to the board');
    expect(byCue(analyse('Vale did not say that to the mayor.'), 'did not say').text).toBe('that to the mayor');
  });

  it('still: "that" opens a reported clause with a fronted phrase; an aside\'s comma stays outside', () => {
    expect(byCue(analyse('Ruiz said that in March the pier would close.'), 'said').text).toBe('in March the pier would close');
    expect(byCue(analyse('Berg said that, after the vote, the levy would rise.'), 'said').text).toBe('after the vote, the levy would rise');
  });
});

describe('a campaign is an effort, not an attributed intention', () => {
  it('"a campaign to …" attributes nothing', () => {
    for (const text of ['The union began a campaign to block the new toll.', 'Ruiz’s campaign to win the harbour seat ended in March.']) {
      expect(analyse(text).attributions).toEqual([]);
    }
  });

  it('still: "his plan to …" attributes the intention to its holder', () => {
    expect(byCue(analyse('His plan to cut the toll drew crowds.'), 'plan').text).toMatch(/^to cut the toll/);
  });
});

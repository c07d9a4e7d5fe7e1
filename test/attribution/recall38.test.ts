import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, slicedByCue } from '../helpers.js';

// Indirect relations found short (issue 10, round 34). Every sentence is written for these tests; names are invented.

describe('the one asked, urged or ordered before an infinitive is part of the content', () => {
  it('a verb of directing keeps its object, the infinitive\'s subject, in what was asked', () => {
    expect(slicedByCue('Ruiz has asked the county court to intervene.', 'has asked').text).toBe('the county court to intervene');
    expect(slicedByCue('Vale urged the shipping board to do more.', 'urged').text).toBe('the shipping board to do more');
    expect(slicedByCue('Berg challenged Vale to debate him.', 'challenged').text).toBe('Vale to debate him');
    expect(slicedByCue('The mayor ordered the crews to clear the pier.', 'ordered').text).toBe('the crews to clear the pier');
    expect(slicedByCue('Ruiz persuaded the council to wait a year.', 'persuaded').text).toBe('the council to wait a year');
  });

  it('the source and cue stay as they were', () => {
    const x = slicedByCue('Vale urged the shipping board to do more.', 'urged');
    expect(x.sourceSpan?.text).toBe('Vale');
    expect(x.cue).toBe('urged');
  });

  it('not: "told" keeps its addressee out of the content, and "for" of asking opens it', () => {
    expect(slicedByCue('Ruiz told the crews to strike.', 'told').text).toBe('to strike');
    expect(slicedByCue('Vale asked voters for patience.', 'asked').text).toBe('for patience');
    expect(slicedByCue('We asked our readers what the levy should pay for.', 'asked').text).toBe('what the levy should pay for');
  });

  it('not: a "not" before the infinitive still opens the content', () => {
    expect(slicedByCue('Vale urged voters not to wait.', 'urged').text).toBe('not to wait');
  });

  it('not: a passive with its agent keeps the infinitive alone', () => {
    const x = slicedByCue('Vale was asked by reporters to explain.', 'was asked');
    expect(x.text).toBe('to explain');
    expect(x.sourceSpan?.text).toBe('reporters');
  });
});

describe('a parenthetical tag followed by a coordinated clause with its own subject', () => {
  it('"and", "but" or "so" with a subject and a verb goes on with what was said', () => {
    const x = slicedByCue('The pier was safe, Vale said, and the ferry would run on Monday.', 'said');
    expect(x.text).toBe('The pier was safe, Vale said, and the ferry would run on Monday');
    expect(x.contentSpans?.map((p) => p.text)).toEqual(['The pier was safe', 'and the ferry would run on Monday']);
    expect(x.sourceSpan?.text).toBe('Vale');
    expect(slicedByCue('The quay may not be pretty, they say, but it is still sound.', 'say').text).toBe('The quay may not be pretty, they say, but it is still sound');
    expect(slicedByCue('The levy was too high, Berg argued, so the growers would leave.', 'argued').text).toBe('The levy was too high, Berg argued, so the growers would leave');
  });

  it('not: a verb with no subject of its own is the speaker\'s', () => {
    expect(slicedByCue('The pier was safe, Vale said, and left the room.', 'said').text).toBe('The pier was safe');
  });

  it('not: a clause whose verb reports is a report or reaction of its own', () => {
    expect(slicedByCue('The mill was old, the miller said, and the villagers agreed.', 'said').text).toBe('The mill was old');
    const a = analyse('The pier is old, Vale said, and the board said it would close.');
    expect(a.attributions.map((x) => [x.sourceSpan?.text, x.cue, x.text])).toEqual([
      ['Vale', 'said', 'The pier is old'],
      ['the board', 'said', 'it would close'],
    ]);
  });

  it('not: a coordinator before a participle or a preposition ends the report', () => {
    expect(slicedByCue('The fee was fair, Ruiz said, and with the vote over, the port reopened.', 'said').text).toBe('The fee was fair');
  });
});

describe('"named" with the post someone is appointed to', () => {
  it('"named her to the county court": the one named and the post are the content', () => {
    const x = slicedByCue('The governor named Anna Ruiz to the county court.', 'named');
    expect(x.text).toBe('Anna Ruiz to the county court');
    expect(x.sourceSpan?.text).toBe('The governor');
    expect(slicedByCue('Vale named five growers to the harbour board.', 'named').text).toBe('five growers to the harbour board');
  });

  it('not: a participle naming someone, a naming after someone, or a bare naming', () => {
    const cues = (t: string) => analyse(t).attributions.map((x) => x.cue);
    expect(cues('A clerk named Vale to the north of the pier waved.')).toEqual([]);
    expect(cues('The council named the square after Vale.')).toEqual([]);
    expect(cues('Ruiz named the streets.')).toEqual([]);
  });

  it('still: "named Ruiz as her deputy" as before', () => {
    expect(slicedByCue('Vale named Ruiz as her deputy.', 'named').text).toBe('Ruiz as her deputy');
  });
});

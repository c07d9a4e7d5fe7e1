import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, slicedByCue } from '../helpers.js';

// Mends of round 34's review (issue 10). Every sentence is written for these tests; names are invented.

describe('a reported clause whose own subject has a series of verb phrases is reported whole', () => {
  it('the series belongs to the reported clause\'s subject, not the cue\'s', () => {
    const x = slicedByCue('Police said the man entered the store, took the cash, and fled.', 'said');
    expect(x.text).toBe('the man entered the store, took the cash, and fled');
    expect(x.sourceSpan?.text).toBe('Police');
    expect(slicedByCue('Vale said the crews worked hard, fixed the pier, and cleaned the quay.', 'said').text).toBe('the crews worked hard, fixed the pier, and cleaned the quay');
    expect(slicedByCue('Vale reported the clerk opened the box, counted the votes, and left.', 'reported').text).toBe('the clerk opened the box, counted the votes, and left');
    expect(slicedByCue('Vale said she visited the pier, spoke to the crews, and left.', 'said').text).toBe('she visited the pier, spoke to the crews, and left');
    expect(slicedByCue('Vale said that the crews fixed the pier, painted the rails, and left.', 'said').text).toBe('the crews fixed the pier, painted the rails, and left');
    expect(slicedByCue('Witnesses said a boat hit the pier, sank, and drifted away.', 'said').text).toBe('a boat hit the pier, sank, and drifted away');
  });

  it('not: a series of the cue\'s own subject still ends each member\'s content', () => {
    expect(slicedByCue('Ruiz vowed to cut fares, declined to name the owners, and defended the levy.', 'vowed').text).toBe('to cut fares');
    expect(slicedByCue('Berg praised the crews, thanked the board, and left.', 'praised').text).toBe('the crews');
    expect(slicedByCue('Vale asked the council to wait, said the pier was safe, and left.', 'said').text).toBe('the pier was safe');
  });
});

describe('"Vale said the pier was safe, warned that the tram was late, and left": a report in the middle of a series', () => {
  it('the first report ends before the next member, which keeps the series\' subject', () => {
    expect(slicedByCue('Vale said the pier was safe, warned that the tram was late, and left.', 'said').text).toBe('the pier was safe');
    const x = slicedByCue('Vale said the pier was safe, warned that the tram was late, and left.', 'warned');
    expect(x.text).toBe('the tram was late');
    expect(x.sourceSpan?.text).toBe('Vale');
    const y = slicedByCue('Vale said the pier was safe, warned the tram was late, and left.', 'warned');
    expect(y.text).toBe('the tram was late');
    expect(y.sourceSpan?.text).toBe('Vale');
    const z = slicedByCue('Berg said the levy would pass, added that the growers agreed, and went home.', 'added');
    expect(z.text).toBe('the growers agreed');
    expect(z.sourceSpan?.text).toBe('Berg');
  });

  it('not: a member that reports nothing leaves the reported clause whole', () => {
    expect(slicedByCue('Vale said the clerk counted the votes, sealed the box, and left.', 'said').text).toBe('the clerk counted the votes, sealed the box, and left');
  });
});

describe('an opening "if" hedge of the writer\'s is no part of what a speaker says', () => {
  it('a condition on "you" or "I", or a set phrase with a subjunctive "be", is left out', () => {
    const x = slicedByCue('If you ask me, Vale said the pier was safe.', 'said');
    expect(x.contentSpans.map((s) => s.text)).toEqual(['the pier was safe']);
    expect(x.sourceSpan?.text).toBe('Vale');
    expect(slicedByCue('If truth be told, Berg said the levy was too high.', 'said').contentSpans.map((s) => s.text)).toEqual(['the levy was too high']);
    expect(slicedByCue('If need be, Ruiz said the crews would work at night.', 'said').contentSpans.map((s) => s.text)).toEqual(['the crews would work at night']);
  });

  it('not: a condition with a subject of its own, even with a modal "be", stays the first piece', () => {
    expect(slicedByCue('If the ferry is late again, Berg said the crews would strike.', 'said').contentSpans.map((s) => s.text)).toEqual(['If the ferry is late again', 'the crews would strike']);
    expect(slicedByCue('If the tolls must be raised, Vale said the council should vote.', 'said').contentSpans.map((s) => s.text)).toEqual(['If the tolls must be raised', 'the council should vote']);
  });
});

describe('a restrictive "which" right after its noun is no content, as "that" is not', () => {
  it('"the fees which Vale opposed" reports nothing', () => {
    expect(analyse('The fees which Vale opposed were cut.').attributions).toEqual([]);
    expect(analyse('The plan which Berg rejected was shelved.').attributions).toEqual([]);
  });

  it('not: a "which" set off by a comma keeps its relation', () => {
    const x = slicedByCue('Vale backed the levy, which Ruiz said was a disgrace.', 'said');
    expect(x.sourceSpan?.text).toBe('Ruiz');
    expect(x.contentSpans.map((s) => s.text)).toEqual(['which', 'was a disgrace']);
  });
});

describe('"named X to <post>" is an appointment only when X is a person', () => {
  it('a name, a pronoun or a noun of people is appointed', () => {
    expect(slicedByCue('The mayor named Berg to the harbour board.', 'named').text).toBe('Berg to the harbour board');
    expect(slicedByCue('The mayor named her to the county court.', 'named').text).toBe('her to the county court');
    expect(slicedByCue('The governor named five growers to the board.', 'named').text).toBe('five growers to the board');
  });

  it('not: a thing named to a list', () => {
    expect(analyse('The mayor named the pier to the heritage list.').attributions).toEqual([]);
    expect(analyse('The council named the old quay to the landmark register.').attributions).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { attributionRows as rows } from '../helpers.js';

// leads52 (session 34): leads reported this session. Every sentence is written for these tests;
// names and places are invented.

describe('an expletive "it" passive reaches its "that" clause over an aside set off by commas', () => {
  it('"It was reported on Monday, however, that …", "It is believed, by some, that …": the clause is the content', () => {
    expect(rows('It was reported on Monday, however, that the fares would rise.')).toEqual([[null, 'It was reported', 'the fares would rise']]);
    expect(rows('It was reported, however, that the fares would rise.')).toEqual([[null, 'It was reported', 'the fares would rise']]);
    expect(rows('It is believed, by some, that the pier will close.')).toEqual([[null, 'It is believed', 'the pier will close']]);
  });

  it('still: with no aside the clause is the content, and a second report in the aside is no aside of this kind', () => {
    expect(rows('It was reported on Monday that the fares would rise.')).toEqual([[null, 'It was reported', 'the fares would rise']]);
    const second = rows('It was reported, Vale said, that the fares would rise.');
    expect(second.some(([, cue]) => cue === 'It was reported')).toBe(false);
  });
});

describe('an -ing form after an opening "In addition to" has the main clause\'s subject as its source', () => {
  it('"In addition to warning that …, Ruiz has vowed …": Ruiz warned', () => {
    const warned = rows('In addition to warning that the pier was unsafe, Ruiz has vowed to close it.').find(([, cue]) => cue.endsWith('warning'));
    expect(warned?.[0]).toBe('Ruiz');
    expect(warned?.[2]).toBe('the pier was unsafe');
    const worried = rows('Yet in addition to worrying that the levy would rise, Vale is angry about the fares.').find(([, cue]) => cue.endsWith('worrying'));
    expect(worried?.[0]).toBe('Vale');
  });

  it('still: "in addition to" after a verb is no opening, and an -ing form with no main clause after its comma gets no source from it', () => {
    const after = rows('Vale spoke in addition to warning that the pier was unsafe.').find(([, cue]) => cue.endsWith('warning'));
    expect(after?.[0]).toBe('Vale');
    expect(rows('In addition to warning that the pier was unsafe.').every(([source]) => source === null)).toBe(true);
  });
});

describe('a second participle joined by "and" and set off by commas after its subject is an aside, like the first', () => {
  it('"A memo drafted for the board, and obtained by the Harbour Times, concluded that …": the memo concluded', () => {
    expect(rows('A memo drafted for the board, and obtained by the Harbour Times, concluded that the pier was unsafe.')).toEqual([['A memo drafted for the board', 'concluded', 'the pier was unsafe']]);
    expect(rows('A letter addressed to the clerks, and seen by the Ledger, warned that the fares would rise.')).toEqual([['A letter addressed to the clerks', 'warned', 'the fares would rise']]);
  });

  it('still: a piece after ", and" that opens with no participle is no aside of this kind', () => {
    expect(rows('The clerks, and the growers, said the pier was unsafe.')).toEqual([['The clerks', 'said', 'the pier was unsafe']]);
    expect(rows('A memo, obtained by the Harbour Times, concluded that the pier was unsafe.')).toEqual([['A memo', 'concluded', 'the pier was unsafe']]);
  });
});

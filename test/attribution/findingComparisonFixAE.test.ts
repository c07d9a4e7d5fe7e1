import { describe, expect, it } from 'vitest';
import { attributionRows as rows } from '../helpers.js';

// Mend of the poll-finding merge (review 37): after ", while"/", whereas" a document's finding runs on only over a
// count of respondents or a bare plural group; a named party's or a definite group's view is a relation of its own.
// Every sentence is written for these tests.

describe('a named party\'s view beside a document\'s finding keeps its own relation', () => {
  it('a name, a definite group or a count of a kind of reporter', () => {
    expect(rows('The audit found that the port lost money, while Mayor Vale backs the levy.')).toEqual([
      ['The audit', 'found', 'the port lost money'],
      ['Mayor Vale', 'backs', 'the levy'],
    ]);
    expect(rows('The report found fares rose, while the guild hopes they will fall.')).toEqual([
      ['The report', 'found', 'fares rose'],
      ['the guild', 'hopes', 'they will fall'],
    ]);
    expect(rows('The audit found the port lost money, while 12 inspectors said it made a profit.')).toEqual([
      ['The audit', 'found', 'the port lost money'],
      ['12 inspectors', 'said', 'it made a profit'],
    ]);
  });

  it('still one finding over a count of respondents or a bare plural group', () => {
    expect(rows('The poll found that most growers back Vale, whereas only 19 back Ruiz.')).toEqual([
      ['The poll', 'found', 'most growers back Vale, whereas only 19 back Ruiz'],
    ]);
    expect(rows('The survey showed that pilots favored the toll, while growers opposed it.')).toEqual([
      ['The survey', 'showed', 'pilots favored the toll, while growers opposed it'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { analyseChecked, sourcelessByCue } from '../helpers.js';

// Cues with no holder (issue 10, twenty-fourth round). Every sentence is written for these tests;
// names, places and things are invented.

const relations = (text: string) => analyseChecked(text).attributions.map((x) => ({ cue: x.cue, source: x.sourceSpan?.text ?? null, text: x.text }));

describe('a reduced passive after a pronoun-like head ("the few regarded as", "those seen as", "many of them known as")', () => {
  it('is held by no one named, with the pronoun phrase as what is described', () => {
    expect(sourcelessByCue('Okafor is among the few openly regarded as fit to steer the harbour board.', 'regarded').text).toBe('the few openly regarded as fit to steer the harbour board');
    expect(sourcelessByCue('Vale is among those widely seen as loyal to the board.', 'seen').text).toBe('those widely seen as loyal to the board');
    expect(sourcelessByCue('Ruiz was among the many considered a threat to the levy.', 'considered').text).toBe('the many considered a threat to the levy');
  });

  it('a characterising name after a partitive is a sourceless naming relation', () => {
    const x = sourcelessByCue('Dozens of orchards closed, many of them derisively known as “mud patches.”', 'derisively known as');
    expect(x).toMatchObject({ cueClass: 'naming', text: 'many of them derisively known as “mud patches.”' });
  });

  it('not: the same pronoun as the subject of an active verb keeps its source', () => {
    expect(relations('Many regarded him as a hero of the harbour.')).toEqual([{ cue: 'regarded', source: 'Many', text: 'him as a hero of the harbour' }]);
    expect(relations('Some accused Vale of lying about the levy.')).toEqual([{ cue: 'accused', source: 'Some', text: 'Vale of lying about the levy' }]);
    expect(relations('Few expected the levy to pass.')).toEqual([{ cue: 'expected', source: 'Few', text: 'the levy to pass' }]);
    // (leads38: "Most", which the tagger reads as an adverb, is the subject as "Many" is)
    expect(relations('Most considered the plan a failure.')).toEqual([{ cue: 'considered', source: 'Most', text: 'the plan a failure' }]);
    // (a plain name after a pronoun reports nobody's view, as after a noun)
    expect(relations('Dozens of orchards closed, many of them known as “mud patches.”')).toEqual([]);
  });
});

describe('"became known as": a reputation, like "is known as"', () => {
  it('is a sourceless naming relation; a relative "that" before the verb opens the content', () => {
    expect(sourcelessByCue('The uprising became known as the Harbour Spring.', 'became known as').text).toBe('The uprising became known as the Harbour Spring');
    expect(sourcelessByCue('The uprising that became known as the Harbour Spring ended in May.', 'became known as').text).toBe('that became known as the Harbour Spring');
  });

  it('not: a comparison "as early as", nor a reputation "for" read as a name', () => {
    expect(relations('The tram became known as early as May.')).toEqual([]);
    expect(relations('The pier became known for its eels.').filter((x) => x.cue.includes('as'))).toEqual([]);
  });
});

describe('an agentless passive of "request" or "argue" with nothing after it', () => {
  it('is a request or a case put by no one named, whose subject is what is asked for or argued', () => {
    expect(sourcelessByCue('A recount was requested.', 'was requested').text).toBe('A recount');
    expect(sourcelessByCue('When the Okafor case was argued in May, Vale spoke first.', 'was argued').text).toMatch(/^the Okafor case/);
  });

  it('not: an agent after "by" is the source; the active verb keeps its subject; "it was argued that" keeps its clause', () => {
    expect(relations('The files had been requested by the council.')).toEqual([{ cue: 'had been requested', source: 'the council', text: 'The files' }]);
    expect(relations('Vale requested the files.')).toEqual([{ cue: 'requested', source: 'Vale', text: 'the files' }]);
    expect(sourcelessByCue('It was argued that the levy was unfair.', 'It was argued').text).toBe('the levy was unfair');
    expect(relations('Vale was argued with by the clerks.').filter((x) => x.source === null)).toEqual([]);
  });
});

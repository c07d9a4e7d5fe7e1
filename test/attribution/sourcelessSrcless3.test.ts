import { describe, expect, it } from 'vitest';
import { analyseChecked, sourcelessByCue } from '../helpers.js';

// Cues with no holder (issue 10, twenty-fifth round). Every sentence is written for these tests;
// names, places and things are invented.

const relations = (text: string) => analyseChecked(text).attributions.map((x) => ({ cue: x.cue, source: x.sourceSpan?.text ?? null, text: x.text }));

describe('an agentless passive that takes no complement, with adjuncts only after it ("was announced on Monday")', () => {
  it('attributes its subject alone, never its own cue or the clause that follows', () => {
    expect(sourcelessByCue('The ferry merger was announced on Monday, and the harbour levy will rise in March.', 'was announced').text).toBe('The ferry merger');
    expect(sourcelessByCue('Extra ferries were requested for the fair.', 'were requested').text).toBe('Extra ferries');
    expect(sourcelessByCue('Orchard gifts are usually reported in yearly totals.', 'are usually reported').text).toBe('Orchard gifts');
    // (a relative word alone says nothing of what is disclosed: only that the cue stays out of the content)
    expect(sourcelessByCue('Vale ran a tram fare poll, whose winners will be disclosed at the harbour.', 'will be disclosed').text).not.toContain('disclosed');
  });

  it('not: a that-clause after the adjuncts is what is reported (review23 #2; leads52: the expletive "it" and its cue as with no aside)', () => {
    expect(sourcelessByCue('It was reported on Monday, however, that the tram fare will rise.', 'It was reported').text).toBe('the tram fare will rise');
    expect(sourcelessByCue('It was announced at the harbour, to cheers, that the levy would fall.', 'It was announced').text).toBe('the levy would fall');
  });

  it('with no clause after the adjuncts a lone "it" is what is reported, as news annotation marks it (leads51; was the whole sentence, cue and all)', () => {
    expect(sourcelessByCue('It was announced on Monday.', 'was announced').text).toBe('It');
  });

  it('an infinitive on the subject\'s head noun stays in the subject: "The plan to raise the levy was announced on Monday." (review23 #3)', () => {
    expect(sourcelessByCue('The plan to raise the levy was announced on Monday.', 'was announced').text).toBe('The plan to raise the levy');
  });

  it('not: a clause of its own before the passive keeps its relation ("Vale asked for the tram files to be disclosed.")', () => {
    expect(relations('Vale asked for the tram files to be disclosed.').some((x) => x.text === 'the tram files')).toBe(false);
  });

  it('a relative clause later in the next clause does not stop the trim ("the tram fare that Vale wanted")', () => {
    expect(sourcelessByCue('The ferry merger was announced on Monday, and the tram fare that Vale wanted will rise.', 'was announced').text).toBe('The ferry merger');
  });

  it('a time noun before the subject heads a relative clause with no relative word: the subject starts after it', () => {
    expect(sourcelessByCue('On May 8, the day the harbour merger was announced, Vale sold the ferry.', 'was announced').text).toBe('the harbour merger');
  });

  it('not: a complement after the passive ("was announced the winner", "was revealed as the donor") stays in the content', () => {
    expect(sourcelessByCue('Okafor was announced the winner of the orchard prize.', 'was announced').text).toBe('Okafor was announced the winner of the orchard prize');
    expect(sourcelessByCue('Berg was revealed last week as the donor.', 'was revealed').text).toBe('Berg was revealed last week as the donor');
  });

  it('not: a later "according to" still attributes the whole clause the passive stands in', () => {
    expect(relations('Vale met the builder twice before the pier tender was announced, according to the Harbour Post.')).toEqual([
      { cue: 'according to', source: 'the Harbour Post', text: 'Vale met the builder twice before the pier tender was announced' },
    ]);
  });

  it('not: an infinitive passive after a clause of its own keeps the relation of that clause', () => {
    expect(relations('Vale asked for the tram files to be disclosed.')).toEqual([{ cue: 'asked for', source: 'Vale', text: 'the tram files to be disclosed' }]);
  });
});

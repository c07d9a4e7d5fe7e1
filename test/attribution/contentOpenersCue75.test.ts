import { describe, expect, it } from 'vitest';
import { attributionRows as rows } from '../helpers.js';

// A word right after a verb cue that opens what was reported stays in the content (issue 10, forty-second
// round): a negation after the verb ("vowed not to …"), the "both" of a pair, "just" on a clause. Left out,
// the content said the opposite or lost its scope. Every sentence is written for these tests.

describe('a negation after the verb belongs to the content', () => {
  it('"not" before an infinitive or a phrase, "never" before an infinitive', () => {
    expect(rows('Vale vowed not to raise the toll.')).toEqual([['Vale', 'vowed', 'not to raise the toll']]);
    expect(rows('Ruiz decided not to run for mayor.')).toEqual([['Ruiz', 'decided', 'not to run for mayor']]);
    expect(rows('Vale said not all of the crews were paid.')).toEqual([['Vale', 'said', 'not all of the crews were paid']]);
    expect(rows('Ruiz vowed never to return to the harbour.')).toEqual([['Ruiz', 'vowed', 'never to return to the harbour']]);
  });

  it('not "not long ago", a time, nor a negation before the verb, which is the cue\'s', () => {
    expect(rows('Vale said not long ago that the pier was unsafe.')).toEqual([['Vale', 'said', 'the pier was unsafe']]);
    expect(rows('Vale did not say the toll was fair.')).toEqual([['Vale', 'did not say', 'the toll was fair']]);
  });
});

describe('"both" of a pair and "just" on a clause open the content', () => {
  it('keeps them', () => {
    expect(rows('Vale said both Ruiz and Berg had lied.')).toEqual([['Vale', 'said', 'both Ruiz and Berg had lied']]);
    expect(rows('The tally showed just how weak the guild was.')).toEqual([['The tally', 'showed', 'just how weak the guild was']]);
  });

  it('not "both" before "that", which opens two clauses', () => {
    expect(rows('Vale said both that the pier was unsafe and that the toll was fair.')).toEqual([['Vale', 'said', 'the pier was unsafe and that the toll was fair']]);
  });
});

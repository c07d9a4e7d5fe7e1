import { describe, expect, it } from 'vitest';
import { attributionRows } from '../helpers.js';

// "called" + people rung, then a time phrase opened by a preposition ("after the vote") or the caller's
// emphatic reflexive ("himself"): a telephone call, with nothing said of the people (issue 10, round 40).
// Before, "Vale called a dozen harbour directors after the vote." gave a "called" relation with content
// «a dozen harbour directors after the vote».
// Every sentence is written for these tests; names and places are invented.

const calls = (text: string) => attributionRows(text).filter(([, cue]) => /call/i.test(cue));

describe('a group of people rung, then a time preposition or the caller\'s reflexive: no relation', () => {
  it('"Vale called a dozen harbour directors after the vote."', () => {
    expect(calls('Vale called a dozen harbour directors after the vote.')).toEqual([]);
  });

  it('"Ruiz called three wardens before the meeting."', () => {
    expect(calls('Ruiz called three wardens before the meeting.')).toEqual([]);
  });

  it('"Berg is even calling major donors himself."', () => {
    expect(calls('Berg is even calling major donors himself.')).toEqual([]);
  });

  it('"Berg called major donors himself on Monday." (a time phrase after the reflexive)', () => {
    expect(calls('Berg called major donors himself on Monday.')).toEqual([]);
  });
});

describe('near misses: a name given to the people still calls them something', () => {
  it('"Vale called the harbour directors cowards after the vote."', () => {
    expect(calls('Vale called the harbour directors cowards after the vote.')).toContainEqual(['Vale', 'called', 'the harbour directors cowards after the vote']);
  });

  it('"Ruiz called the wardens themselves “cowards”." (a reflexive stressing the people, then the name)', () => {
    expect(calls('Ruiz called the wardens themselves “cowards”.')).toContainEqual(['Ruiz', 'called', 'the wardens themselves “cowards”']);
  });

  it('"Vale called the directors themselves cowards." (an unquoted bare noun after the reflexive is the name)', () => {
    expect(calls('Vale called the directors themselves cowards.')).toContainEqual(['Vale', 'called', 'the directors themselves cowards']);
  });

  it('"Berg called the wardens themselves corrupt." (an adjective after the reflexive is the name)', () => {
    expect(calls('Berg called the wardens themselves corrupt.')).toContainEqual(['Berg', 'called', 'the wardens themselves corrupt']);
  });
});

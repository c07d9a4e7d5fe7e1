import { describe, expect, it } from 'vitest';
import { attributionRows as rows } from '../helpers.js';

// fixAB (session 33): mends of review35's findings. Every sentence is written for these tests; names and
// places are invented.

describe('the pro-form "so" ends before an adverb of addition, a time word, a preposition or a subordinator', () => {
  it('"so either", "so anyway", "so as well"', () => {
    expect(rows('Ruiz did not say so either.')).toEqual([['Ruiz', 'did not say', 'so']]);
    expect(rows('Ruiz said so anyway.')).toEqual([['Ruiz', 'said', 'so']]);
    expect(rows('Ruiz said so as well.')).toEqual([['Ruiz', 'said', 'so']]);
  });

  it('"so today", "so last week", "so repeatedly"', () => {
    expect(rows('Ruiz said so today.')).toEqual([['Ruiz', 'said', 'so']]);
    expect(rows('Ruiz said so last week.')).toEqual([['Ruiz', 'said', 'so']]);
    expect(rows('Ruiz has said so repeatedly.')).toEqual([['Ruiz', 'has said', 'so']]);
  });

  it('"so to reporters on Monday" and "so because …"', () => {
    expect(rows('Ruiz said so to reporters on Monday.')).toEqual([['Ruiz', 'said', 'so']]);
    expect(rows('Vale did not say so because the pier was closed.')).toEqual([['Vale', 'did not say', 'so']]);
  });

  it('still: "so as to", "so to speak" and "so early" are no pro-forms', () => {
    expect(rows('Vale said so as to calm the crews.')).toEqual([['Vale', 'said', 'so as to calm the crews']]);
    expect(rows('Vale said so to speak.')).toEqual([['Vale', 'said', 'so to speak']]);
    expect(rows('Ruiz said so early in the talks.')).toEqual([['Ruiz', 'said', 'so early in the talks']]);
  });
});

describe('"what X said about Y": a question as the topic, and a main verb read as a noun', () => {
  it('a topic opening with a question word ends before the main verb', () => {
    expect(rows('What Vale said about who runs the pier was wrong.')).toEqual([['Vale', 'said about', 'who runs the pier']]);
    expect(rows('What Vale said about whether the pier was safe surprised Berg.')).toEqual([['Vale', 'said about', 'whether the pier was safe']]);
  });

  it('after a contact relative\'s verb, a plural-looking noun is the main verb ("… Vale set | matters")', () => {
    expect(rows('What Ruiz said about the fares Vale set matters.')).toEqual([['Ruiz', 'said about', 'the fares Vale set']]);
    expect(rows('What Ruiz said about the fares Vale set is wrong.')).toEqual([['Ruiz', 'said about', 'the fares Vale set']]);
  });

  it('still: with no "what" before the source, the clause after the question topic is reported', () => {
    expect(rows('Vale said about who runs the pier that it was a scandal.')).toEqual([['Vale', 'said about', 'who runs the pier that it was a scandal']]);
  });
});

describe('a tag inside a dashed phrase: the pair closing after the tag ends that phrase', () => {
  it('a dashed aside with a tag inside an earlier report leaves that report whole', () => {
    expect(rows('Vale said the fare — a rise, Ruiz said, that hurts riders — was fair.')).toEqual([['Vale', 'said', 'the fare — a rise, Ruiz said, that hurts riders — was fair']]);
  });

  it('the tag\'s content ends at the closing dash', () => {
    expect(rows('The bill — a provision, Vale said, that protects the crews — passed in May.')).toEqual([['Vale', 'said', 'a provision, Vale said, that protects the crews']]);
  });

  it('still: with no closing dash, the tag reports the phrase after the opening dash', () => {
    expect(rows('The bill bars closures — a provision, Vale said, that protects the crews.')).toEqual([['Vale', 'said', 'a provision, Vale said, that protects the crews']]);
  });
});

describe('"told" + a list of addressees closed by a comma before the clause', () => {
  it('the list is the addressee and the clause after the comma the content', () => {
    expect(rows('Vale told Ruiz, Berg and Tarn, the pier was safe.')).toEqual([['Vale', 'told Ruiz, Berg and Tarn', 'the pier was safe']]);
    expect(rows('Berg told the pilots, the clerks and the crews, the tram would be late.')).toEqual([['Berg', 'told the pilots, the clerks and the crews', 'the tram would be late']]);
  });

  it('still: a relative clause after the list is not the content', () => {
    expect(rows('Vale told Ruiz, Berg and Tarn, who had waited all day, that the pier was safe.').map((r) => r[2])).not.toContain('who had waited all day, that the pier was safe');
  });
});

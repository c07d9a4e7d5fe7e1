import { describe, expect, it } from 'vitest';
import { attributionRows as rows } from '../helpers.js';

// Words that complete a verb cue belong to the cue, not to what is reported (issue 10, forty-second
// round): the particle "out" of a message sent out, the reflexive and preposition of a verb reflexive by
// nature, and the plea of "plead". Every sentence is written for these tests.

describe('the particle "out" of a message sent out', () => {
  it('goes to the cue; the content starts at the object', () => {
    expect(rows('The Vale campaign tweeted out a statement saying the pier was unsafe.')).toEqual([['The Vale campaign', 'tweeted out', 'a statement saying the pier was unsafe']]);
    expect(rows('Vale began tweeting out rude jokes about the ferry board.')).toEqual([['Vale', 'began tweeting out', 'rude jokes about the ferry board']]);
    expect(rows("Ruiz's office has blasted out dozens of emails attacking Berg.")).toEqual([["Ruiz's office", 'has blasted out', 'dozens of emails attacking Berg']]);
  });

  it('not "out of" or "out loud", phrases of their own, nor a verb with no particle', () => {
    expect(rows('Ruiz tweeted out of frustration that the toll was unfair.')).toEqual([['Ruiz', 'tweeted', 'the toll was unfair']]);
    expect(rows('Vale said out loud that the pier was unsafe.')).toEqual([['Vale', 'said', 'the pier was unsafe']]);
    expect(rows('Vale tweeted a photo of the pier.')).toEqual([['Vale', 'tweeted', 'a photo of the pier']]);
  });
});

describe('the reflexive of a verb reflexive by nature', () => {
  it('goes to the cue with its preposition', () => {
    expect(rows('Vale distanced himself from the toll plan.')).toEqual([['Vale', 'distanced himself from', 'the toll plan']]);
    expect(rows("Vale quickly distanced herself from Berg's remarks.")).toEqual([['Vale', 'quickly distanced herself from', "Berg's remarks"]]);
    expect(rows('We distanced ourselves from the toll plan.')).toEqual([['We', 'distanced ourselves from', 'the toll plan']]);
  });

  it('not the object of another verb, nor an object that is no reflexive', () => {
    expect(rows('Vale described herself as a friend of the crews.')).toEqual([['Vale', 'described', 'herself as a friend of the crews']]);
    expect(rows('Vale distanced the county from the toll plan.')).toEqual([['Vale', 'distanced', 'the county from the toll plan']]);
  });
});

describe('the plea of "plead"', () => {
  it('goes to the cue, with its negation', () => {
    expect(rows('Vale pleaded guilty to taking bribes from the guild.')).toEqual([['Vale', 'pleaded guilty', 'to taking bribes from the guild']]);
    expect(rows('Ruiz pleaded not guilty to the charges of fraud.')).toEqual([['Ruiz', 'pleaded not guilty', 'to the charges of fraud']]);
  });

  it('not "pleaded with" someone', () => {
    expect(rows('Ruiz pleaded with the council to keep the pier open.')).toEqual([['Ruiz', 'pleaded with', 'the council to keep the pier open']]);
  });
});

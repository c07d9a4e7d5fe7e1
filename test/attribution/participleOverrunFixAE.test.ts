import { describe, expect, it } from 'vitest';
import { attributionRows as rows } from '../helpers.js';

// Mend of "and" + participle modifier (review 37): the second subject of a reported clause is read so only after a
// plain verb of saying; after a verb that takes an object, "and" + a new subject and verb ends the object.
// Every sentence is written for these tests.

describe('"and" + participle + noun + verb', () => {
  it('ends a bare object after a verb that takes one', () => {
    expect(rows('Vale denied the claim and blocked roads remain shut.')).toEqual([['Vale', 'denied', 'the claim']]);
    expect(rows('Ruiz acknowledged the delay and closed piers remain shut.')).toEqual([['Ruiz', 'acknowledged', 'the delay']]);
    expect(rows('Berg admitted the error and fixed piers need paint.')).toEqual([['Berg', 'admitted', 'the error']]);
  });

  it('is a second subject of the reported clause after a plain verb of saying', () => {
    expect(rows('Vale said the delays and cancelled ferries had hurt the town.')).toEqual([['Vale', 'said', 'the delays and cancelled ferries had hurt the town']]);
    expect(rows('Berg told reporters the fares and delayed ferry crews were a problem.')).toEqual([['Berg', 'told reporters', 'the fares and delayed ferry crews were a problem']]);
  });
});

import { describe, expect, it } from 'vitest';
import { attributionRows as rows } from '../helpers.js';

// A reporting verb's past that the tagger reads as an adjective (issue 10, fortieth round): after a perfect
// "have" or behind adverbs after its subject, with an object after it, the -ed word is the verb. Every
// sentence is written for these tests.

describe('an -ed past read as an adjective', () => {
  it('behind adverbs after a subject pronoun or a name', () => {
    expect(rows('She also referenced the pier loophole.')).toEqual([['She', 'also referenced', 'the pier loophole']]);
    expect(rows('They uniformly scorned Berg.')).toEqual([['They', 'uniformly scorned', 'Berg']]);
  });

  it('after a perfect "have", with or without adverbs', () => {
    expect(rows('Vale has repeatedly referenced her years as harbour master.')).toEqual([['Vale', 'has repeatedly referenced', 'her years as harbour master']]);
    expect(rows('Ruiz could have referenced the old ferry dispute.')).toEqual([['Ruiz', 'could have referenced', 'the old ferry dispute']]);
    expect(rows('The council had particularly disliked the summits.')).toEqual([['The council', 'had particularly disliked', 'the summits']]);
  });
});

describe('no verb read in', () => {
  it('"have" of possession before an adjective and its bare noun', () => {
    expect(rows('The growers have informed opinions on the pier.')).toEqual([]);
    expect(rows('Vale and Ruiz have preferred seats at the council.')).toEqual([]);
  });

  it('an adjective before its noun after a determiner', () => {
    expect(rows('The referenced report was never published.')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// A subject stressed by a reflexive ("Vale herself") and followed by a piece set off by commas ("as well as her
// staff", "a clerk", "not her staff") keeps its verb's source (issue 10, round 36, recall40): before, the
// reflexive read as the head of the phrase before the comma and the verb had no relation.
// Every sentence is written for these tests; names and places are invented.

const contentOf = (a: ReturnType<typeof analyse>, cue: string) => byCue(a, cue).contentSpans.map((s) => s.text).join(' ');

describe('a subject stressed by a reflexive before a set-off piece', () => {
  it('"Vale herself, as well as her staff, has maintained that …": Vale is the source', () => {
    const a = analyse('Vale herself, as well as her staff, has maintained that the pier was secure.');
    expect(byCue(a, 'has maintained').sourceSpan?.text).toBe('Vale');
    expect(contentOf(a, 'has maintained')).toBe('the pier was secure');
  });

  it('with a title and an adverb: "Ms. Vale herself, as well as her office, has always said …"', () => {
    const a = analyse('Ms. Vale herself, as well as her office, has always said the pier was secure.');
    expect(byCue(a, 'has always said').sourceSpan?.text).toBe('Ms. Vale');
  });

  it('with an appositive: "Ruiz himself, a harbour clerk, argued that …"', () => {
    const a = analyse('Ruiz himself, a harbour clerk, argued that the levy was unfair.');
    expect(byCue(a, 'argued').sourceSpan?.text).toBe('Ruiz');
    expect(contentOf(a, 'argued')).toBe('the levy was unfair');
  });
});

describe('not a stressed subject', () => {
  it('a reflexive object before the comma leaves the next clause its own subject', () => {
    const a = analyse('The crews blamed themselves, and Vale said the pier was secure.');
    expect(byCue(a, 'said').sourceSpan?.text).toBe('Vale');
  });
});

import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// A subject followed by a list set off by dashes and opened by an -ing preposition ("— including Vale and
// Ruiz —") keeps its verb's source (issue 10, round 36, recall40): before, the aside read as a clause of its
// own and the verb was left with no source, or with no relation at all before a that-clause.
// Every sentence is written for these tests; names and places are invented.

const contentOf = (a: ReturnType<typeof analyse>, cue: string) => byCue(a, cue).contentSpans.map((s) => s.text).join(' ');

describe('a subject before a dashed list opened by "including"', () => {
  it('"Harbour officials — including Vale and Ruiz — argued that …": the officials are the source', () => {
    const a = analyse('Harbour officials — including Vale and Ruiz — argued that the cranes are a risk.');
    expect(byCue(a, 'argued').sourceSpan?.text).toBe('Harbour officials');
    expect(contentOf(a, 'argued')).toBe('the cranes are a risk');
  });

  it('with "said" and double hyphens: "Harbour officials -- including Vale -- said …"', () => {
    const a = analyse('Harbour officials -- including Vale -- said the cranes are a risk.');
    expect(byCue(a, 'said').sourceSpan?.text).toBe('Harbour officials');
    expect(contentOf(a, 'said')).toBe('the cranes are a risk');
  });

  it('with "excluding": "Several growers — excluding Berg — said the levy was unfair"', () => {
    const a = analyse('Several growers — excluding Berg — said the levy was unfair.');
    expect(byCue(a, 'said').sourceSpan?.text).toBe('Several growers');
  });
});

describe('not a subject before the list', () => {
  it('the list after an object leaves the verb after "and" with the first subject', () => {
    const a = analyse('Vale thanked the crews — including Ruiz — and said the pier was safe.');
    expect(byCue(a, 'said').sourceSpan?.text).toBe('Vale');
  });

  it('a clause of its own after the list keeps its own subject', () => {
    const a = analyse('The crews cheered — including Ruiz — when Vale said the pier was safe.');
    expect(byCue(a, 'said').sourceSpan?.text).toBe('Vale');
  });
});

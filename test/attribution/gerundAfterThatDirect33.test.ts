import { describe, expect, it } from 'vitest';
import { slicedByCue } from '../helpers.js';

// A gerund subject right after the "that" of a reported clause behind an adjunct (issue 10, direct33).
// Every sentence is written for these tests; names, places and bodies are invented.

describe('"that" before an -ing form and an auxiliary opens the reported clause', () => {
  it('"told a town hall in Lorn, Eastshire on Monday that trawling is “…”" reports the clause', () => {
    const text = 'Dara Vale told a town hall in Lorn, Eastshire on Monday that trawling is “a crime” against the harbour.';
    expect(slicedByCue(text, 'told a town hall')).toMatchObject({ text: 'trawling is “a crime” against the harbour', sourceSpan: { text: 'Dara Vale' } });
  });

  it('"said in Lorn on Monday that netting was …": the place and time stay out of the content', () => {
    const text = 'Okafor said in Lorn on Monday that netting was ruining the orchard coast.';
    expect(slicedByCue(text, 'said')).toMatchObject({ text: 'netting was ruining the orchard coast', sourceSpan: { text: 'Okafor' } });
  });

  it('"wrote to the board that dredging would …": the addressee stays out of the content', () => {
    const text = 'Berg wrote to the board that dredging would harm the pier.';
    expect(slicedByCue(text, 'wrote')).toMatchObject({ text: 'dredging would harm the pier' });
  });
});

describe('a relative "that" before a verb is not the reported clause', () => {
  it('"told growers in Lorn that voted for her that …": the relative stays with the addressee', () => {
    const text = 'Ruiz told growers in Lorn that voted for her that the levy is fair.';
    expect(slicedByCue(text, 'told growers')?.text).not.toBe('voted for her that the levy is fair');
    expect(slicedByCue(text, 'told growers')?.text).toMatch(/the levy is fair$/);
  });

  it('an -ing form with no auxiliary after it is no gerund subject: "said in the town that backing the levy, …"', () => {
    const text = 'Vale said in the town that backing the levy, growers would lose.';
    expect(slicedByCue(text, 'said')?.text).not.toBe('backing the levy, growers would lose');
  });
});

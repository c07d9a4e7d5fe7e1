import { describe, expect, it } from 'vitest';
import { slicedByCue } from '../helpers.js';

// Quotations inside the verb phrase of a report (issue 10, sixteenth round, direct24).
// Every sentence is written for these tests; names, places and bodies are invented.

describe('a second reporting verb after a quotation closed by "!" or "?"', () => {
  it('"declared “…!” and said that …" keeps the second report with its speaker', () => {
    const text = 'Tarnow declared “What a night!” and said that her party would keep its seats.';
    expect(slicedByCue(text, 'declared')).toMatchObject({ sourceSpan: { text: 'Tarnow' } });
    expect(slicedByCue(text, 'said')).toMatchObject({ text: 'her party would keep its seats', sourceSpan: { text: 'Tarnow' } });
  });

  it('"asked “…?” and added that …" likewise', () => {
    const text = 'Mayor Okafor asked “Who pays for this?” and added that the budget was closed.';
    expect(slicedByCue(text, 'added')).toMatchObject({ text: 'the budget was closed', sourceSpan: { text: 'Mayor Okafor' } });
  });
});

import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Missing direct quotations (issue 10, fifteenth round, direct22).
// Every sentence is written for these tests; names, places and bodies are invented.

describe('a numbered provision as the subject of a verb the tagger reads as a noun', () => {
  it('"Article 9 affirms: “…”" is direct, the source the numbered provision', () => {
    const a = analyse('Article 9 affirms: “Every tenant of Marrow County has a right to heat.”');
    expect(byCue(a, 'affirms:')).toMatchObject({ mode: 'direct', text: 'Every tenant of Marrow County has a right to heat.', sourceSpan: { text: 'Article 9' } });
  });

  it('"Clause 14 states: “…”" likewise', () => {
    const a = analyse('Clause 14 states: “No levy may be raised without a vote.”');
    expect(byCue(a, 'states:')).toMatchObject({ mode: 'direct', text: 'No levy may be raised without a vote.', sourceSpan: { text: 'Clause 14' } });
  });

  it('not a plural noun after a number before a list: "Voters in 12 states: …"', () => {
    const a = analyse('Turnout rose among voters in 12 states: Ostra, Vell and Marn.');
    expect(a.attributions).toHaveLength(0);
  });

  it('not a numbered label before an ordinary object: "Route 9 crosses the river."', () => {
    const a = analyse('Route 9 crosses the river near Tarnow.');
    expect(a.attributions).toHaveLength(0);
  });
});

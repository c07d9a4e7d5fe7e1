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

describe('a colon introduction whose subject names no speaker, when its verb makes what follows plain', () => {
  it('"A footnote in the ledger makes that clear: “…”" is direct, the whole noun phrase the source', () => {
    const a = analyse('A footnote in the ledger makes that clear: “The grant for Ostra was never paid.”');
    expect(byCue(a, 'makes that clear:')).toMatchObject({ mode: 'direct', text: 'The grant for Ostra was never paid.', sourceSpan: { text: 'A footnote in the ledger' } });
  });

  it('"made it plain:" likewise', () => {
    const a = analyse('One line of the memo made it plain: “Berg will not be rehired.”');
    expect(byCue(a, 'made it plain:')).toMatchObject({ mode: 'direct', text: 'Berg will not be rehired.', sourceSpan: { text: 'One line of the memo' } });
  });

  it('not another verb of such a subject before a colon: "A footnote in the ledger was long: “…”"', () => {
    const a = analyse('A footnote in the ledger was long: “The grant for Ostra was never paid.”');
    expect(a.attributions.find((x) => x.cue === 'was long:')).toBeUndefined();
  });
});

describe('"sniped that": a verb of sniping remarks reports a clause', () => {
  it('"Vale sniped that Berg … was “…”" is found, with Vale the source', () => {
    const a = analyse('Vale sniped that Berg, a first-time harbour master, was "learning on the job."');
    const r = byCue(a, 'sniped');
    expect(r).toMatchObject({ sourceSpan: { text: 'Vale' } });
    expect(r?.text).toContain('"learning on the job."');
  });

  it('not sniping with guns: "Gunmen sniped at the convoy"', () => {
    const a = analyse('Gunmen sniped at the convoy from the ridge above Tarnow.');
    expect(a.attributions.find((x) => x.cue === 'sniped')).toBeUndefined();
  });
});

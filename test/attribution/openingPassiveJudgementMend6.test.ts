import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Opening passive participles of judgement (round 25, issue 10). Every sentence is written for these
// tests; names and places are invented.

describe('an opening passive participle of judgement judges the main subject', () => {
  it('"Criticized by growers, the levy …": the by-agent judged; what it judged is the main subject', () => {
    const r = byCue(analyse('Criticized by growers, the levy was dropped last week.'), 'Criticized');
    expect(r.sourceSpan?.text).toBe('growers');
    expect(r.text).toBe('the levy');
  });

  it('"Challenged by Okafor on the tram fare, Vale said …": the matter after the agent is the content', () => {
    const a = analyse('Challenged by Okafor on the tram fare, Vale said the levy was fair.');
    const r = byCue(a, 'Challenged');
    expect(r.sourceSpan?.text).toBe('Okafor');
    expect(r.text).toBe('on the tram fare');
    expect(byCue(a, 'said').sourceSpan?.text).toBe('Vale');
  });

  it('"Praised as a reformer, Vale …": with no agent, no one named praised', () => {
    const r = byCue(analyse('Praised as a reformer, Vale said the harbour would reopen.'), 'Praised');
    expect(r.sourceSpan).toBeFalsy();
  });

  it('not: a participle with an object is active and keeps the main subject ("Criticized the levy, Vale said")', () => {
    expect(byCue(analyse('Criticized the levy, Vale said.'), 'Criticized').sourceSpan?.text).toBe('Vale');
  });

  it('not: a participle of feeling keeps the main subject ("Worried about the orchard, Berg …")', () => {
    expect(byCue(analyse('Worried about the orchard, Berg said the levy must go.'), 'Worried about').sourceSpan?.text).toBe('Berg');
    const a = analyse('Alarmed by the unrest at the harbour, Vale called for calm.');
    expect(a.attributions.every((r) => r.sourceSpan?.text !== 'the unrest at the harbour')).toBe(true);
  });
});

describe('a thing noun before "learned" and "is" is the thing learned, not the learner', () => {
  it('"One lesson learned from the harbour is that …": no one named learned', () => {
    const r = byCue(analyse('One lesson learned from the harbour is that levies fail.'), 'learned');
    expect(r.sourceSpan).toBeFalsy();
  });

  it('not: people who learned a clause keep their source ("The growers learned from the flood that …")', () => {
    expect(byCue(analyse('The growers learned from the flood that the levy was high.'), 'learned').sourceSpan?.text).toBe('The growers');
    expect(byCue(analyse('Vale learned from the flood that the levy was high.'), 'learned').sourceSpan?.text).toBe('Vale');
  });
});
